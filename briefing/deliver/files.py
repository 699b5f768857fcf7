"""Writing briefs to disk: names from the title and date, never a half-written or clobbered file.

Every file is written to a temporary name in the target directory, flushed,
then moved into place in one step, so an interrupted run leaves either the old
state or the whole new file. Without `force`, every target is checked before
anything is written, and the final move refuses to replace a file that
appeared in the meantime.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import stat
import tempfile
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import OutputError

MAX_SLUG = 60


def slugify(text: str, max_len: int = MAX_SLUG) -> str:
    """'Norland signals openness to talks!' -> 'norland-signals-openness-to-talks'; never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0] or slug[:max_len]
    return slug or "brief"


def output_stem(title: str, published: str | None) -> str:
    return f"{slugify(title)}-{published}" if published else slugify(title)


@dataclass(frozen=True)
class Target:
    path: Path
    data: bytes


def check_targets(targets: Iterable[Target], force: bool) -> None:
    """Refuse before writing anything: a clash within the run, or an existing file without `force`."""
    seen: set[Path] = set()
    for t in targets:
        remove_stale_parts(t.path)  # a run killed between its link and its clean-up left one behind
        try:
            resolved = t.path.resolve()
        except (OSError, RuntimeError) as exc:  # a symlink loop, a path too long
            raise OutputError(f"{t.path}: cannot use this path ({exc})") from None
        if resolved in seen:
            raise OutputError(f"{t.path}: two outputs of this run would write the same file")
        seen.add(resolved)
        if t.path.exists() and not force:
            raise OutputError(f"{t.path} already exists; use --force to overwrite it")
        if t.path.is_dir():
            raise OutputError(f"{t.path} is a directory")
        if force and os.path.lexists(t.path):
            _check_replaceable(t.path)


def _check_replaceable(path: Path) -> None:
    """`--force` replaces a brief, nothing else: a device, a FIFO or a socket is refused, and a
    symlink only when it points to a regular file inside the output folder (`--eml /dev/null
    --force` run as root must not replace /dev/null)."""
    status = path.lstat()
    if stat.S_ISLNK(status.st_mode):
        target = path.resolve()
        inside = target.parent == path.parent.resolve()
        if not (inside and target.is_file()):
            raise OutputError(f"{path} is a link to {target}, outside the output folder; not replaced")
        return
    if not stat.S_ISREG(status.st_mode):
        raise OutputError(f"{path} is not a regular file (a device, a pipe or a socket); not replaced")


def write_atomic(path: Path, data: bytes, *, force: bool) -> None:
    """Write `data` to `path` through a temporary file in the same directory."""
    directory = path.parent
    if force and os.path.lexists(path):
        _check_replaceable(path)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(path)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write to {directory}: {exc.strerror or exc}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644 & ~_umask())
        if force:
            os.replace(tmp, path)
        else:
            _move_no_clobber(tmp, path)
    except FileExistsError:
        raise OutputError(f"{path} already exists; use --force to overwrite it") from None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


STALE_PART_SECONDS = 60  # older than any write of ours takes: left by a run that was killed


def remove_stale_parts(path: Path) -> None:
    """Temporary files of our own naming for this brief, left by a killed run, go."""
    now = time.time()
    for part in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
        with contextlib.suppress(OSError):
            if part.is_file() and now - part.lstat().st_mtime > STALE_PART_SECONDS:
                part.unlink()


def _move_no_clobber(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # fails if `path` exists: no window in which a brief is replaced
    except FileExistsError:
        raise
    except OSError:
        # Filesystems without hard links: check, then rename (a tiny window, but never half a file).
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(tmp, path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_targets(targets: list[Target], *, force: bool) -> list[Path]:
    """Check every target first, then write each atomically; returns the paths written."""
    check_targets(targets, force)
    written = []
    for t in targets:
        write_atomic(t.path, t.data, force=force)
        written.append(t.path)
    return written
