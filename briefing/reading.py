"""Bounded reads of the files a user points us at besides articles: themes, logos, reference documents.

The limit counts bytes actually read, never the size a file reports (0 for a pipe or a device), and
only regular files are opened: a FIFO would block the open, and /dev/zero never ends.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing.errors import BriefingError


def read_regular_file(path: Path, limit: int, what: str, error: type[BriefingError]) -> bytes:
    """At most `limit` bytes of the regular file at `path`, or `error` with a one-line reason."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise error(f"{what} {path} is not a regular file")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise error(f"{what} {path}: no such file") from None
    except OSError as exc:
        raise error(f"{what} {path} cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise error(f"{what} {path} is larger than the {_size(limit)} limit")
    return data


def _size(limit: int) -> str:
    return f"{limit // 1_000_000} MB" if limit >= 1_000_000 else f"{limit // 1000} KB"
