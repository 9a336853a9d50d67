"""A compiled cache of the claim database, so that a run on an unchanged
database never parses YAML nor imports pydantic, nor builds its index.

The cache holds the index (``index.Index``, with the runtime records of
``records.Database`` it is built on) pickled, in the
per-user folder of ``factcheck.cachedir`` (``FACTCHECK_NO_CACHE=1`` turns it
off).

It is never trusted blindly. An entry is used only when its header names
this format and this factcheck, its key (a fingerprint of every database
file's path, size and modification time, and of the content of files edited
in the last seconds) equals the files' now, and the payload's checksum
matches; the folder and the file must belong to the user and be writable by
nobody else, since unpickling runs code. Anything else (corrupt, truncated,
stale, another version) is silently rebuilt. Only a database that loaded
without problems is ever written, atomically.
"""

from __future__ import annotations

import ast
import gc
import os
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

try:  # the C unpickler alone: the pickle module around it is a millisecond more of every run
    from _pickle import loads as _loads
except ImportError:  # another Python
    from pickle import loads as _loads

from factcheck import __version__
from factcheck.cachedir import cache_dir, read_ours, write_atomically
from factcheck.index import Index
from factcheck.locate import default_sources_dir, yaml_files
from factcheck.records import Database

FORMAT = 3  # 2: Database without its unused "roots"; 3: the Index, not just the Database
MAGIC = b"factcheck-database-cache\n"
RACY_NS = 3_000_000_000  # files younger than this are fingerprinted by content too
MAX_ENTRIES = 64  # databases (location and working folder) kept; the least recently written go first
_SHAPED = ("records.py", "periods.py", "index.py", "entities.py", "database.py", "units.py")  # what is pickled, and how


def fingerprint(claims_paths: Sequence[Path], sources: Path | None) -> str:
    """A description of every file the database is read from: a file
    added, removed, resized or touched changes it."""
    parts: list[object] = [FORMAT, __version__, sys.version_info[:2], os.getcwd(), _code()]
    racy_after = time.time_ns() - RACY_NS
    for root in (*claims_paths, sources or default_sources_dir(claims_paths)):
        parts.append(str(root.absolute()))
        for path in yaml_files(root):
            info = path.stat()
            parts.append((str(path), info.st_size, info.st_mtime_ns))
            if info.st_mtime_ns >= racy_after:
                # Edited just now: a second edit of the same size within the
                # clock's granularity would keep size and time; the content
                # tells them apart (as git does for "racily clean" files).
                parts.append(zlib.crc32(path.read_bytes()))
    # The key is the description itself, compared whole: no digest to collide
    # (and no hashlib to import on every run).
    return repr(parts)


def _code() -> list[object]:
    """The modules whose objects the cache holds, by size and modification
    time: a checkout whose records or index changed shape (same version,
    same format number) rebuilds instead of unpickling the old shape."""
    here = Path(__file__).parent
    found: list[object] = []
    for name in _SHAPED:
        try:
            info = (here / name).stat()
            found.append((name, info.st_size, info.st_mtime_ns))
        except OSError:
            found.append(name)
    return found


def _entry(folder: Path, claims_paths: Sequence[Path], sources: Path | None) -> Path:
    # One entry per database location (and working folder, since records
    # carry paths as shown from there): a changed database replaces its entry.
    where = [str(p.absolute()) for p in claims_paths] + [str(sources.absolute()) if sources else "", os.getcwd()]
    data = repr(where).encode("utf-8", "surrogatepass")
    name = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"  # a name; the key inside decides
    return folder / f"db-{name}.pickle"


def encode_header(header: dict[str, object]) -> bytes:
    # A Python literal, read back with ast.literal_eval: ast is loaded with
    # click already, json would be one more import on every run.
    return repr(header).encode("utf-8", "surrogatepass")


def decode_header(line: bytes) -> dict[str, object] | None:
    try:
        header = ast.literal_eval(line.decode("utf-8", "surrogatepass"))
    except (ValueError, SyntaxError, MemoryError, RecursionError, UnicodeDecodeError):
        return None
    return header if isinstance(header, dict) else None


def read(path: Path, key: str) -> Index | None:
    blob = read_ours(path)
    if blob is None:
        return None
    if not blob.startswith(MAGIC):
        return None
    header_end = blob.find(b"\n", len(MAGIC))
    if header_end < 0:
        return None
    header = decode_header(blob[len(MAGIC):header_end])
    payload = blob[header_end + 1:]
    if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("version") != __version__ \
            or header.get("key") != key or header.get("crc32") != zlib.crc32(payload):
        return None
    collecting = gc.isenabled()
    gc.disable()  # a hundred thousand new records would trigger it for nothing
    try:
        index = _loads(payload)
    except Exception:  # whatever a damaged pickle raises, the answer is to rebuild
        return None
    finally:
        if collecting:
            gc.enable()
    return index if isinstance(index, Index) and isinstance(index.db, Database) else None


def write(path: Path, key: str, index: Index) -> None:
    """Atomically: a reader sees the old entry or the new one, never half."""
    import pickle

    payload = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    header = encode_header({"format": FORMAT, "version": __version__, "key": key, "crc32": zlib.crc32(payload)})
    write_atomically(path, MAGIC + header + b"\n" + payload)
    prune(path.parent, keep=path)


def prune(folder: Path, keep: Path, most: int = MAX_ENTRIES) -> None:
    """Remove the least recently written entries beyond ``most``: every
    database location (a checkout, a temporary folder) makes an entry, and
    a folder nobody tends must not grow without end. Only on a write, which
    a warm run never makes; an entry removed is rebuilt when next needed."""
    try:
        entries = [(e.stat().st_mtime_ns, e.path) for e in os.scandir(folder)
                   if e.name.startswith("db-") and e.name.endswith(".pickle") and e.path != str(keep)]
    except OSError:
        return
    entries.sort(reverse=True)
    for _, stale in entries[most - 1:]:
        try:
            os.unlink(stale)
        except OSError:
            pass


def cached_index(
    claims_paths: Sequence[Path], sources: Path | None, load: Callable[[Sequence[Path], Path | None], Database]
) -> Index:
    """The index of ``load(claims_paths, sources)``, from the cache when no
    database file has changed since. Errors from ``load`` pass through, and
    nothing is cached then."""
    folder = cache_dir()
    if folder is None:
        return Index(load(claims_paths, sources))
    try:
        key = fingerprint(claims_paths, sources)
    except OSError:
        return Index(load(claims_paths, sources))
    path = _entry(folder, claims_paths, sources)
    index = read(path, key)
    if index is None:
        index = Index(load(claims_paths, sources))  # whose equal texts are one object already
        write(path, key, index)
    return index
