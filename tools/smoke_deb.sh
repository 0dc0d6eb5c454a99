#!/usr/bin/env bash
# Smoke test of the .deb that tools/build_deb.sh makes: install it, run it, remove it, and check
# that nothing of it is left. Needs root (dpkg -i / dpkg -P): run it on a disposable machine or
# in a fresh root with --chroot.
#
#   tools/smoke_deb.sh [DEB]                  on this machine
#   tools/smoke_deb.sh --chroot BASE [DEB]    in a throwaway copy of BASE, a Debian root made by
#                                             `debootstrap --variant=minbase bookworm BASE`:
#                                             a clean system, so Depends is what installs the
#                                             libraries (apt-get inside, from the Debian mirror)
#
# DEB defaults to the newest dist/complaint-desk_*.deb. Steps (each prints one line):
#  1. install (apt-get install ./DEB where apt can resolve Depends, else dpkg -i);
#  2. the files: /opt/complaint-desk, /usr/bin/complaint-desk, the menu entry (its Exec exists),
#     the icons (SVG and 8 PNG sizes), the metainfo; desktop-file-validate and appstreamcli where
#     installed;
#  3. `complaint-desk --demo --screenshot X.png` offscreen, with no network (unshare -n where
#     the kernel lets us), a fresh HOME, and a PNG of 1280x800 checked; nothing written to HOME
#     but the app's own folders, no NLTK data looked for;
#  4. the bundle's self-test (COMPLAINT_DESK_BUNDLE_SELFTEST=1: TextBlob, tone, twitter-text,
#     the SVG icon, no network);
#  5. the same screenshot through Qt's X11 plugin when Xvfb is available (display :106);
#  6. dpkg -P, then: the package is gone from dpkg's database, /opt/complaint-desk is gone, and
#     no path the package listed (dpkg -L) is left unless it existed before the install.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DISPLAY_NUM=${SMOKE_DISPLAY:-106}
APP_ID=io.github.complaintdesk.ComplaintDesk
CHROOT_BASE=""
if [ "${1:-}" = "--chroot" ]; then
  CHROOT_BASE=${2:?--chroot needs the base root folder}
  shift 2
fi
DEB=${1:-$(ls -t "$ROOT"/dist/complaint-desk_*.deb 2>/dev/null | head -1)}
[ -n "$DEB" ] && [ -f "$DEB" ] || { echo "smoke_deb: no .deb (run tools/build_deb.sh)" >&2; exit 2; }
DEB=$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")
[ "$(id -u)" = 0 ] || { echo "smoke_deb: needs root (dpkg -i / dpkg -P)" >&2; exit 2; }

pass() { printf 'smoke: ok   %s\n' "$*"; }
fail() { printf 'smoke: FAIL %s\n' "$*" >&2; exit 1; }

# -- in a fresh root: copy BASE, run this script inside it, clean up -------------------------
if [ -n "$CHROOT_BASE" ]; then
  [ -x "$CHROOT_BASE/bin/sh" ] || { echo "smoke_deb: $CHROOT_BASE is not a root" >&2; exit 2; }
  jail=$(mktemp -d /var/tmp/complaint-desk-smoke.XXXXXX)
  xvfb_pid=""
  cleanup() {
    for m in tmp/.X11-unix dev/pts dev proc; do
      mountpoint -q "$jail/$m" && umount -l "$jail/$m"
    done
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf --one-file-system "$jail"
  }
  trap cleanup EXIT
  echo "smoke: fresh root $jail (a copy of $CHROOT_BASE)"
  cp -a "$CHROOT_BASE/." "$jail/"
  mount -t proc proc "$jail/proc"
  mount --bind /dev "$jail/dev"
  mount --bind /dev/pts "$jail/dev/pts"
  cp /etc/resolv.conf "$jail/etc/resolv.conf"
  mkdir -p "$jail/smoke"
  cp "$0" "$jail/smoke/smoke_deb.sh"
  cp "$DEB" "$jail/smoke/package.deb" # a neutral name in command lines (see build_deb.sh)
  # Qt's X11 plugin against an X server of this machine's: Xvfb on :106, its socket shared.
  if command -v Xvfb >/dev/null && [ ! -e "/tmp/.X11-unix/X$DISPLAY_NUM" ]; then
    Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.1; done
  fi
  if [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ]; then
    mkdir -p "$jail/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$jail/tmp/.X11-unix"
  fi
  echo "smoke: apt-get update in the fresh root"
  chroot "$jail" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    sh -c 'apt-get update -qq >/dev/null' || { echo "smoke_deb: apt-get update failed" >&2; exit 1; }
  chroot "$jail" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin SMOKE_IN_CHROOT=1 \
    SMOKE_DISPLAY="$DISPLAY_NUM" SMOKE_DEB_NAME="$(basename "$DEB")" bash /smoke/smoke_deb.sh /smoke/package.deb
  exit $?
fi

# -- 0. not installed yet --------------------------------------------------------------------
if dpkg-query -W -f '${Status}' complaint-desk 2>/dev/null | grep -q 'installed'; then
  echo "smoke_deb: complaint-desk is already installed here; dpkg -P complaint-desk first" >&2
  exit 2
fi
work=$(mktemp -d /tmp/complaint-desk-smoke.XXXXXX)
x_pid=""
finish() {
  [ -n "$x_pid" ] && kill "$x_pid" 2>/dev/null
  if dpkg-query -W -f '${Status}' complaint-desk 2>/dev/null | grep -q 'installed'; then
    dpkg -P complaint-desk >/dev/null 2>&1 || true # a failed check still removes the package
  fi
  rm -rf "$work"
}
trap finish EXIT
size=$(stat -c %s "$DEB")
echo "smoke: ${SMOKE_DEB_NAME:-$(basename "$DEB")} ($((size / 1048576)) MiB)$([ -n "${SMOKE_IN_CHROOT:-}" ] && echo ', in a fresh root')"

# Which of the package's paths exist before it is installed (folders such as /usr/share/icons).
dpkg-deb --fsys-tarfile "$DEB" | tar -t | sed 's|^\./|/|; s|/$||' | grep -v '^$' | grep -v '^\.$' \
  >"$work/contents"
while read -r p; do [ -e "$p" ] || [ -L "$p" ] && echo "$p"; done <"$work/contents" \
  >"$work/existed" || true

# -- 1. install ------------------------------------------------------------------------------
t0=$(date +%s)
cp "$DEB" "$work/package.deb"
DEB=$work/package.deb
if command -v apt-get >/dev/null && apt-get install -y -qq --no-install-recommends "$DEB" \
  >"$work/install.log" 2>&1; then
  how="apt-get install"
elif dpkg -i "$DEB" >"$work/install.log" 2>&1; then
  how="dpkg -i"
else
  cat "$work/install.log" >&2
  fail "install"
fi
newly=$(grep -c '^Setting up' "$work/install.log" || true)
pass "installed with $how in $(($(date +%s) - t0)) s ($newly packages set up, the dependencies included)"
dpkg -L complaint-desk | grep -v '^/\.$' >"$work/listed"
pass "dpkg -L lists $(wc -l <"$work/listed") paths"

# -- 2. the files ----------------------------------------------------------------------------
[ -x /opt/complaint-desk/complaint-desk ] || fail "/opt/complaint-desk/complaint-desk"
[ "$(readlink /usr/bin/complaint-desk)" = /opt/complaint-desk/complaint-desk ] \
  || fail "/usr/bin/complaint-desk is not the link to /opt"
desktop=/usr/share/applications/$APP_ID.desktop
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[ -x "${exec_line%% *}" ] || fail "the menu entry's Exec ($exec_line) is not executable"
grep -q "^Icon=$APP_ID\$" "$desktop" || fail "the menu entry's Icon"
icons=(/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg)
for s in 16 22 24 32 48 64 128 256; do icons+=("/usr/share/icons/hicolor/${s}x$s/apps/$APP_ID.png"); done
for f in "${icons[@]}" "/usr/share/metainfo/$APP_ID.metainfo.xml"; do
  [ -s "$f" ] || fail "missing $f"
done
pass "menu entry (Exec=$exec_line), ${#icons[@]} icons, metainfo, /usr/bin/complaint-desk link"
if command -v desktop-file-validate >/dev/null; then
  out=$(desktop-file-validate "$desktop" 2>&1) || true
  [ -z "$out" ] || fail "desktop-file-validate: $out"
  pass "desktop-file-validate: clean"
fi
version=$(complaint-desk --version)
pass "complaint-desk --version: $version"

# -- 3. a screenshot, offscreen, without network ---------------------------------------------
home=$work/home
mkdir -p "$home"
noNet=""
if unshare -n true 2>/dev/null; then noNet="unshare -n"; fi
shot=$work/x.png
t0=$(date +%s%N)
env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
  $noNet complaint-desk --demo --screenshot "$shot" >"$work/run.log" 2>&1 \
  || { cat "$work/run.log" >&2; fail "complaint-desk --demo --screenshot"; }
ms=$((($(date +%s%N) - t0) / 1000000))
check_png() { # PNG signature, IHDR width and height, and more than a blank image's bytes
  local sig w h
  sig=$(od -An -tx1 -N8 "$1" | tr -d ' \n')
  w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
  h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
  [ "$sig" = 89504e470d0a1a0a ] && [ "$w" = 1280 ] && [ "$h" = 800 ] \
    && [ "$(stat -c %s "$1")" -gt 30000 ] || return 1
  echo "${w}x$h, $(stat -c %s "$1") bytes"
}
png=$(check_png "$shot") || fail "the screenshot is not a 1280x800 PNG of the window"
! grep -q Traceback "$work/run.log" || { cat "$work/run.log" >&2; fail "a traceback"; }
pass "--demo --screenshot offscreen${noNet:+, no network (unshare -n)}: $png in $ms ms"
left=$(cd "$home" && find . -mindepth 1 \( -name nltk_data -o -name '*.nltk*' \) | head -3)
[ -z "$left" ] || fail "NLTK data looked for in HOME: $left"
files=$(cd "$home" && find . -mindepth 1 -maxdepth 3 | sort | tr '\n' ' ')
pass "HOME after the run: ${files:-empty (the demo data lives in a temporary folder)}"
cp "$shot" /tmp/complaint-desk-smoke-offscreen.png 2>/dev/null || true

# -- 4. the bundle's self-test ---------------------------------------------------------------
env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  COMPLAINT_DESK_BUNDLE_SELFTEST=1 \
  $noNet complaint-desk >"$work/selftest.log" 2>&1 || { cat "$work/selftest.log" >&2; fail "self-test"; }
sed 's/^/  /' "$work/selftest.log"
pass "bundle self-test"

# -- 5. through Qt's X11 plugin --------------------------------------------------------------
if [ ! -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && command -v Xvfb >/dev/null; then
  Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  x_pid=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.1; done
fi
if [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ]; then
  env -i PATH=/usr/bin:/bin HOME="$home" DISPLAY=":$DISPLAY_NUM" LANG=C.UTF-8 QT_DEBUG_PLUGINS=1 \
    complaint-desk --demo --screenshot "$work/x11.png" >"$work/x11.log" 2>&1 \
    || { tail -30 "$work/x11.log" >&2; fail "the X11 run"; }
  png=$(check_png "$work/x11.png") || fail "the X11 screenshot"
  grep -q 'platforms/libqxcb.so" loaded library' "$work/x11.log" \
    || { tail -30 "$work/x11.log" >&2; fail "Qt did not load its xcb plugin"; }
  pass "--demo --screenshot through the xcb plugin (DISPLAY=:$DISPLAY_NUM): $png"
  cp "$work/x11.png" /tmp/complaint-desk-smoke-x11.png 2>/dev/null || true
else
  echo "smoke: skip the X11 run (no Xvfb, no X server on :$DISPLAY_NUM)"
fi

# -- 6. remove, and nothing left -------------------------------------------------------------
dpkg -P complaint-desk >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "dpkg -P"; }
if dpkg-query -W -f '${Status}' complaint-desk 2>/dev/null | grep -q 'installed'; then
  fail "dpkg still lists complaint-desk"
fi
[ ! -e /opt/complaint-desk ] || fail "/opt/complaint-desk is left"
leftover=$(while read -r p; do
  if { [ -e "$p" ] || [ -L "$p" ]; } && ! grep -qxF "$p" "$work/existed"; then echo "$p"; fi
done <"$work/listed")
[ -z "$leftover" ] || fail "left after dpkg -P: $(echo "$leftover" | head -5 | tr '\n' ' ')"
pass "dpkg -P: package gone, /opt/complaint-desk gone, none of its $(wc -l <"$work/listed") paths left (but the $(wc -l <"$work/existed") shared folders that were there before)"
echo "smoke: all passed"
