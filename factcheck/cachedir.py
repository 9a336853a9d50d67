"""Where factcheck keeps what it compiles between runs, and whether a file
found there can be trusted.

A per-user folder: ``$FACTCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/factcheck``,
else ``~/.cache/factcheck``; ``FACTCHECK_NO_CACHE=1`` turns every cache off.
Its own module, importing almost nothing, because the regular-expression
cache needs it before anything else is imported.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def cache_dir() -> Path | None:
    """Where compiled things go; None when caching is off."""
    if os.environ.get("FACTCHECK_NO_CACHE", "") not in ("", "0"):
        return None
    explicit = os.environ.get("FACTCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factcheck"


def safe(info: os.stat_result) -> bool:
    """Ours alone: owned by this user, writable by nobody else (what is
    read back from the cache decides how code runs)."""
    if not hasattr(os, "getuid"):
        return True  # Windows: the per-user profile folder is private already
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def write_atomically(path: Path, data: bytes) -> None:
    """A reader sees the old file or the new one, never half; a folder that
    is not ours, a read-only or a full disk: nothing is written."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not safe(path.parent.stat()):
            return
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass


def read_ours(path: Path) -> bytes | None:
    """The file's bytes if it and its folder are ours alone, else None."""
    try:
        if not safe(path.parent.stat()):
            return None
        with open(path, "rb") as handle:
            if not safe(os.fstat(handle.fileno())):
                return None
            return handle.read()
    except OSError:
        return None
