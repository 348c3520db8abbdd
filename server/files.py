"""Writing a file whole or not at all.

A file other processes read (a word list, a model, a backup) is written
under a name of its own beside the target and renamed over it: a reader
sees the old file or the new one, never half of one. Two writers at once
each write their own partial file; the last to finish wins, and neither
finds its partial gone. A failure leaves no partial file behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def written_beside(dest: Path, *, private: bool = False) -> Iterator[Path]:
    """A fresh path beside `dest` to write to; it becomes `dest` when the
    block ends without an error, and is removed when it raises.

    The file is made with the usual permissions (readable by whoever may
    read the folder), or for its owner alone when `private`.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.parent / f".{dest.name}.{secrets.token_hex(8)}.part"
    if private:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        yield partial
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
