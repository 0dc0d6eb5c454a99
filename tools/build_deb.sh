#!/usr/bin/env bash
# Build the standalone bundle with PyInstaller (packaging/complaint-desk.spec) and wrap it as
# dist/complaint-desk_<version>_<arch>.deb:
#
#   /opt/complaint-desk/                      the bundle (complaint-desk + _internal/)
#   /usr/bin/complaint-desk                   -> /opt/complaint-desk/complaint-desk
#   /usr/share/applications/<id>.desktop      Exec=/opt/complaint-desk/complaint-desk
#   /usr/share/icons/hicolor/{scalable,16x16…256x256}/apps/<id>.{svg,png}
#   /usr/share/metainfo/<id>.metainfo.xml
#   /usr/share/doc/complaint-desk/copyright
#
# The menu entry, icons and metainfo are written by the same code as
# `complaint-desk --install-desktop-entry` (complaint_desk.app.desktop_entry), with the PNG sizes
# drawn by QtSvg. Depends is computed by dpkg-shlibdeps from the bundle's ELF files: the system
# libraries Qt's X11 (and Wayland) plugin, fontconfig, glib, OpenSSL… need; none of them is
# copied into the bundle (COMPLAINT_DESK_SYSTEM_LIBS=1, see the spec).
#
# PyInstaller goes into a throwaway venv (build/deb/venv, made afresh each run) with the
# app's runtime dependencies from pyproject.toml, nothing else; the project's own venv is not
# touched. Needs: Python 3.11+ built with a shared libpython, pip access to PyPI, dpkg-deb,
# dpkg-shlibdeps (dpkg-dev), strip (binutils), and the system libraries listed in Depends
# (dpkg-shlibdeps must find each one; apt install libwayland-cursor0 if it says it cannot).
#
# Usage: tools/build_deb.sh [--reuse-venv]     (PYTHON=python3.11 to pick the interpreter)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
WORK=$ROOT/build/deb
VENV=$WORK/venv
PKG=$WORK/root
APP_ID=io.github.complaintdesk.ComplaintDesk
MAINTAINER=${DEB_MAINTAINER:-The Complaint Desk contributors <complaintdesk@users.noreply.github.com>}
PYINSTALLER_REQ=${PYINSTALLER_REQ:-pyinstaller>=6.10,<7}
REUSE=0
[ "${1:-}" = "--reuse-venv" ] && REUSE=1

say() { printf '\033[1mbuild_deb:\033[0m %s\n' "$*"; }
die() { printf 'build_deb: error: %s\n' "$*" >&2; exit 1; }

for tool in dpkg-deb dpkg-shlibdeps strip; do
  command -v "$tool" >/dev/null || die "$tool not found (apt install dpkg-dev binutils)"
done
"$PYTHON" - <<'EOF' || die "$PYTHON must be Python 3.11+ built with --enable-shared"
import sys, sysconfig
sys.exit(0 if sys.version_info >= (3, 11) and sysconfig.get_config_var("Py_ENABLE_SHARED") else 1)
EOF

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' complaint_desk/__init__.py)
ARCH=$(dpkg --print-architecture)
DEB=$ROOT/dist/complaint-desk_${VERSION}_${ARCH}.deb
[ -n "$VERSION" ] || die "no __version__ in complaint_desk/__init__.py"
start=$(date +%s)

# -- 1. the throwaway build venv -------------------------------------------------------------
if [ "$REUSE" = 0 ] || [ ! -x "$VENV/bin/pyinstaller" ]; then
  say "build venv: $VENV ($("$PYTHON" --version)), $PYINSTALLER_REQ + runtime dependencies"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$PYTHON" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' \
    >"$WORK/requirements.txt"
  "$VENV/bin/pip" install -q --disable-pip-version-check "$PYINSTALLER_REQ" -r "$WORK/requirements.txt" \
    >"$WORK/pip.log" 2>&1 || { tail -20 "$WORK/pip.log"; die "pip install failed"; }
fi
"$VENV/bin/pip" list --disable-pip-version-check 2>/dev/null \
  | grep -iE '^(pyinstaller|pyside6[-_]essentials|shiboken6|textblob|nltk) ' | tr -s ' ' | sed 's/^/  /'

# -- 2. the bundle ---------------------------------------------------------------------------
say "PyInstaller: packaging/complaint-desk.spec -> $WORK/dist/complaint-desk"
rm -rf "$WORK/dist" "$WORK/work"
# Through a link with a neutral name: other sessions on a shared machine may end stray app
# processes by matching "complaint-desk" in command lines, and PyInstaller runs for a minute.
ln -sfn "$ROOT/packaging/complaint-desk.spec" "$WORK/bundle.spec"
COMPLAINT_DESK_SYSTEM_LIBS=1 "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/work" "$WORK/bundle.spec" \
  >"$WORK/pyinstaller.log" 2>&1 || { tail -40 "$WORK/pyinstaller.log"; die "PyInstaller failed"; }
grep -c '^complaint-desk.spec: left out' "$WORK/pyinstaller.log" \
  | sed 's/^/  entries left out by the spec: /'
BUNDLE=$WORK/dist/complaint-desk
dangling=$(find "$BUNDLE" -xtype l)
[ -z "$dangling" ] || die "dangling links in the bundle: $dangling"
[ ! -e "$BUNDLE/_internal/nltk_data" ] || die "the bundle carries nltk_data"

# -- 3. the package tree ---------------------------------------------------------------------
say "package tree: $PKG"
rm -rf "$PKG"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/doc/complaint-desk"
cp -a "$BUNDLE" "$PKG/opt/complaint-desk"
ln -s /opt/complaint-desk/complaint-desk "$PKG/usr/bin/complaint-desk"
cp LICENSE "$PKG/usr/share/doc/complaint-desk/copyright"
# The menu entry, the icon (SVG + PNG 16…256) and the metainfo: the --install-desktop-entry code.
QT_QPA_PLATFORM=offscreen PYTHONPATH=$ROOT "$VENV/bin/python" - "$PKG/usr/share" <<'EOF'
import sys
from pathlib import Path

from complaint_desk.__main__ import _png_renderer
from complaint_desk.app import desktop_entry

render = _png_renderer()
assert render is not None, "QtSvg is needed to draw the PNG icons"
files = desktop_entry.install(
    root=Path(sys.argv[1]), command=["/opt/complaint-desk/complaint-desk"], render_png=render
)
print(f"  {len(files)} files from complaint_desk.app.desktop_entry")
EOF
if command -v desktop-file-validate >/dev/null; then
  out=$(desktop-file-validate "$PKG/usr/share/applications/$APP_ID.desktop" 2>&1) || true
  [ -z "$out" ] || die "desktop-file-validate: $out"
  echo "  desktop-file-validate: clean"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml" \
    >"$WORK/appstream.log" 2>&1 && echo "  appstreamcli validate --pedantic: passed" \
    || { cat "$WORK/appstream.log"; say "warning: appstreamcli validate reported the above"; }
fi
chmod -R u=rwX,go=rX "$PKG"

# -- 4. control, maintainer scripts, md5sums -------------------------------------------------
# Depends: what the ELF files link, as packages (dpkg-shlibdeps). The GTK theme plugin is left
# out of that: it is used where GTK 3 is installed and skipped by Qt where it is not.
shl=$WORK/shlibdeps
rm -rf "$shl" && mkdir -p "$shl/debian"
printf 'Source: complaint-desk\n\nPackage: complaint-desk\nArchitecture: any\n' >"$shl/debian/control"
mapfile -t elves < <(find "$PKG/opt/complaint-desk" -type f ! -name libqgtk3.so \
  -exec sh -c 'head -c4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
DEPENDS=$(cd "$shl" && dpkg-shlibdeps -O --ignore-missing-info \
  -l"$PKG/opt/complaint-desk/_internal" -l"$PKG/opt/complaint-desk/_internal/PySide6/Qt/lib" \
  "${elves[@]}" 2>"$shl/warnings" | sed -n 's/^shlibs:Depends=//p') \
  || { grep -v 'warning' "$shl/warnings" >&2; die "dpkg-shlibdeps failed"; }
[ -n "$DEPENDS" ] || die "dpkg-shlibdeps found no dependencies"
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
cat >"$PKG/DEBIAN/control" <<EOF
Package: complaint-desk
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Section: utils
Priority: optional
Homepage: https://github.com/complaintdesk/complaint-desk
Description: write the complaint, let it cool off, then post it
 A private desktop desk for the moment you are angry at a company and about
 to say so in public. It scores how heated a draft reads, holds it for 24 to
 48 hours before it can be copied out, counts it the way each site will, and
 keeps the record of how fast and how well each company answered.
 .
 Everything stays on your computer: no account, no server, no network. This
 package is a self-contained build (Python, Qt and the app in
 /opt/complaint-desk).
EOF
# The caches are refreshed only where they are in use (the tool is installed, the icon cache
# exists), as debhelper does: the package never creates a cache that would outlive it.
cat >"$PKG/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && [ -e /usr/share/icons/hicolor/icon-theme.cache ]; then
    gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true
  fi
fi
exit 0
EOF
cat >"$PKG/DEBIAN/postrm" <<'EOF'
#!/bin/sh
set -e
case "$1" in
  remove|purge)
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d /usr/share/applications ]; then
      update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 \
      && [ -e /usr/share/icons/hicolor/icon-theme.cache ]; then
      gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true
    fi
    ;;
esac
exit 0
EOF
chmod 0755 "$PKG/DEBIAN/postinst" "$PKG/DEBIAN/postrm"
(cd "$PKG" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
  | xargs -0 md5sum >DEBIAN/md5sums)
chmod 0644 "$PKG/DEBIAN/control" "$PKG/DEBIAN/md5sums"

# -- 5. the .deb -----------------------------------------------------------------------------
mkdir -p "$ROOT/dist"
rm -f "$DEB"
say "dpkg-deb -> $DEB"
dpkg-deb --root-owner-group -Zxz -z9 --build "$PKG" "$WORK/package.deb" >/dev/null
mv "$WORK/package.deb" "$DEB"
for field in Package Version Architecture Installed-Size; do
  echo "  $field: $(dpkg-deb -f "$DEB" "$field")"
done
echo "  Depends: $(dpkg-deb -f "$DEB" Depends)" | fold -s -w 100 | sed '2,$s/^/    /'

bundle_bytes=$(du -sb "$BUNDLE" | cut -f1)
deb_bytes=$(stat -c %s "$DEB")
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
say "bundle $(mib "$bundle_bytes") ($(find "$BUNDLE" -type f | wc -l) files), .deb $(mib "$deb_bytes"), installed $((INSTALLED_KB / 1024)) MiB, $(($(date +%s) - start)) s"
echo "$DEB"
