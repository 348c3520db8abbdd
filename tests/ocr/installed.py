"""A model file written at install, as the tests check it was written."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path


def written_at_install(build: Callable[[Path], Path], dest: Path) -> Path:
    """`build(dest)` under the usual umask: the folder then holds the file
    alone (nothing half-written), readable by all (the server may run as
    another user than the one who installed)."""
    mask = os.umask(0o022)
    try:
        built = build(dest)
    finally:
        os.umask(mask)
    assert [p.name for p in built.parent.iterdir()] == [dest.name]
    assert stat.S_IMODE(built.stat().st_mode) == 0o644
    return built
