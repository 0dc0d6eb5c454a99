"""Only one copy of the app at a time on a data folder."""

from complaint_desk.app.instance_lock import acquire


def test_second_copy_is_refused_until_the_first_lets_go(tmp_path, qapp):
    first = acquire(tmp_path / "data")
    assert first is not None
    assert acquire(tmp_path / "data") is None
    assert acquire(tmp_path / "other") is not None
    first.unlock()
    again = acquire(tmp_path / "data")
    assert again is not None
    again.unlock()
