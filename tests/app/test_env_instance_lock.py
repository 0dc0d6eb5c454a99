"""The one-copy lock says what is really wrong: another copy, a stale lock whose PID now belongs
to some other program, a read-only folder, a path that is a file (issue 11)."""

from __future__ import annotations

import os
import shutil
import site
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from complaint_desk.app.instance_lock import (
    LOCK_NAME,
    InstanceLockError,
    LockFailure,
    acquire,
    is_complaint_desk,
    take,
)
from tests.another_user import as_another_user

REPO = Path(__file__).resolve().parents[2]


def _start(code: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait(10)
    if proc.stdout is not None:
        proc.stdout.close()


def test_another_running_copy_is_named_as_such(tmp_path, qapp):
    folder = tmp_path / "data"
    other = _start(
        f"""
        import time
        from complaint_desk.app.instance_lock import take
        lock = take(__import__("pathlib").Path({str(folder)!r}))
        print("ready", flush=True)
        time.sleep(60)
        """
    )
    try:
        with pytest.raises(InstanceLockError) as err:
            take(folder)
        assert err.value.kind is LockFailure.ANOTHER_COPY
        assert "already open on this data folder" in err.value.user_message
        assert f"process {other.pid}" in err.value.user_message
        assert acquire(folder) is None
    finally:
        _stop(other)


def test_a_stale_lock_whose_pid_now_belongs_to_another_program_is_taken_over(tmp_path, qapp):
    folder = tmp_path / "data"
    folder.mkdir()
    # What a crashed copy leaves behind, written the way QLockFile writes it...
    model = QLockFile(str(tmp_path / "model.lock"))
    assert model.tryLock(0)
    lines = (tmp_path / "model.lock").read_text().splitlines()
    model.unlock()
    # ...whose PID has since been given to some other Python program.
    stranger = _start('import time\nprint("ready", flush=True)\ntime.sleep(60)')
    try:
        lines[0] = str(stranger.pid)
        (folder / LOCK_NAME).write_text("\n".join(lines) + "\n")
        plain = QLockFile(str(folder / LOCK_NAME))
        plain.setStaleLockTime(0)
        assert not plain.tryLock(0), "QLockFile alone takes the stranger for the owner"
        assert not is_complaint_desk(stranger.pid)
        lock = take(folder)
        assert lock.isLocked()
        assert (folder / LOCK_NAME).read_text().splitlines()[0] == str(os.getpid())
        lock.unlock()
        assert stranger.poll() is None  # nobody was killed
    finally:
        _stop(stranger)


def test_this_process_and_a_running_copy_count_as_complaint_desk():
    assert is_complaint_desk(os.getpid())
    assert is_complaint_desk(12345, "some-other-machine")


def test_a_data_path_that_is_a_file_is_named_as_such(tmp_path, qapp):
    path = tmp_path / "data"
    path.write_text("I am a file")
    with pytest.raises(InstanceLockError) as err:
        take(path)
    assert err.value.kind is LockFailure.NOT_A_FOLDER
    assert f"{path} is a file, not a folder" in err.value.user_message
    assert "--data-dir" in err.value.user_message and "File exists" not in err.value.user_message
    assert path.read_text() == "I am a file"


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_the_data_folder_is_made_private(tmp_path, qapp, umask):
    old = os.umask(umask)
    try:
        lock = take(tmp_path / "deep" / "data")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "deep" / "data").stat().st_mode) == 0o700
    lock.unlock()


def test_a_read_only_data_folder_is_named_as_such():
    folder = Path(tempfile.mkdtemp(prefix="cd-ro-lock-"))
    try:
        folder.chmod(0o555)
        code = textwrap.dedent(
            """
            import sys
            from pathlib import Path
            from complaint_desk.app.instance_lock import InstanceLockError, take
            try:
                take(Path(sys.argv[1]))
            except InstanceLockError as exc:
                print(exc.kind)
                print(exc.user_message)
            """
        )
        packages = [Path(p) for p in site.getsitepackages()]
        python, kwargs = as_another_user([REPO, *packages])  # root writes anywhere
        path = os.pathsep.join([str(REPO), *map(str, packages)])
        done = subprocess.run(
            [python, "-c", code, str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd="/",
            env={**os.environ, "PYTHONPATH": path, "HOME": str(folder)},
            **kwargs,
        )
        assert done.returncode == 0, done.stderr
        kind, message = done.stdout.splitlines()[:2]
        assert kind == "read_only_folder"
        assert f"The data folder {folder} is read-only" in message and "--data-dir" in message
        assert "already open" not in message
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder, ignore_errors=True)


def test_the_first_copy_lets_go_on_unlock(tmp_path, qapp):
    first = take(tmp_path / "data")
    with pytest.raises(InstanceLockError):
        take(tmp_path / "data")
    first.unlock()
    again = take(tmp_path / "data")
    again.unlock()
