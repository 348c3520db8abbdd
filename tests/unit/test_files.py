"""Files written whole or not at all, beside the target and renamed over it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from server.files import written_beside


def test_a_failed_write_leaves_the_old_file_and_nothing_beside_it(tmp_path: Path) -> None:
    dest = tmp_path / "words.txt"
    dest.write_text("old\n")
    with pytest.raises(RuntimeError), written_beside(dest) as partial:
        partial.write_text("half")
        raise RuntimeError("stopped")
    assert dest.read_text() == "old\n"
    assert sorted(tmp_path.iterdir()) == [dest]


def test_two_writers_at_once_both_finish_and_the_last_one_wins(tmp_path: Path) -> None:
    dest = tmp_path / "deep" / "model.onnx"
    with written_beside(dest) as first:
        first.write_text("first")
        with written_beside(dest) as second:
            second.write_text("second")
        assert dest.read_text() == "second"
    assert dest.read_text() == "first"
    assert sorted(dest.parent.iterdir()) == [dest]


def test_a_shared_file_is_readable_by_others_and_a_private_one_by_its_owner_alone(
    tmp_path: Path,
) -> None:
    mask = os.umask(0o022)
    try:
        with written_beside(tmp_path / "shared.txt") as partial:
            partial.write_text("words")
        with written_beside(tmp_path / "backup.zip", private=True) as partial, partial.open("wb"):
            pass
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "shared.txt").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "backup.zip").stat().st_mode) == 0o600
