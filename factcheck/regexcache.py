"""Regular expressions compiled once per user, not once per run.

``re.compile`` parses and compiles a pattern in Python on every run, and
CPython keeps nothing between processes: factcheck's patterns (the
extractor's, the time phrases', the entity trie) took some 35 ms per run,
a quarter of a pre-commit hook's time. The compiler's output is a list of
integers that ``_sre.compile`` turns into a pattern object; this module
keeps those lists in the per-user cache folder (``factcheck.cachedir``),
keyed by the pattern and its flags, in a file of its own per Python
version, and hands them straight to ``_sre.compile`` on the next run.

It is never trusted blindly: the file must be ours (as the database cache)
and carry a matching checksum, and ``_sre.compile`` validates every code
list it is given. Anything unexpected (another Python, internals that have
moved, a damaged file) falls back to plain ``re.compile``, so the worst a
problem costs is the time this module saves.
"""

from __future__ import annotations

import marshal
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any

from factcheck.cachedir import cache_dir, read_ours, write_atomically

MAGIC = b"factcheck-regex-cache 2\n"  # 2: code lists as machine words
MAX_ENTRIES = 500  # patterns kept: those the last run used first, then the most recent others
MAX_BYTES = 512 * 1024  # and the file's size: every run reads all of it (a large database's names are 441 KB)
_FRAMING = 80  # what marshal writes around each entry's pattern and code (about 70 bytes)

try:  # CPython's internals, as re.compile uses them (3.11 to 3.13)
    import _sre
    from re import _compiler, _parser

    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    _internals = (sys.implementation.name == "cpython" and callable(getattr(_compiler, "_code", None))
                  and array("I").itemsize == _sre.CODESIZE)
except (ImportError, AttributeError):
    _internals = False

# flags, the code list as machine words (bytes load far faster than a list
# of ints), the number of groups, group names both ways.
Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]

_loaded: dict[tuple[str, int], Entry] | None = None
_used: dict[tuple[str, int], Entry] = {}
_patterns: dict[tuple[str, int], re.Pattern[str]] = {}
_dirty = False
_path: Path | None = None


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001 - as re.compile
    """``re.compile(pattern, flags)``, from the cache when it can be."""
    global _dirty
    flags = int(flags)
    table = _table()
    if table is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    compiled = _patterns.get(key)  # as re.compile, once per process (patterns built at run time too)
    if compiled is not None:
        return compiled
    entry = table.get(key)
    if entry is not None:
        try:
            compiled = _patterns[key] = _sre.compile(pattern, entry[0], _words(entry[1]), *entry[2:])
            _used[key] = entry
            return compiled
        except Exception:  # a code list this _sre refuses: compile afresh
            pass
    compiled, entry = _compile(pattern, flags)
    _patterns[key] = compiled
    if entry is not None:
        _used[key] = entry
        _dirty = True
    return compiled


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry | None]:
    """What ``re._compiler.compile`` does, keeping the code list; checked
    against ``re.compile`` itself, so internals that have changed are noticed."""
    reference = re.compile(pattern, flags)
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, number in groupindex.items():
            indexgroup[number] = name
        entry: Entry = (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1,
                        groupindex, tuple(indexgroup))
        ours = _sre.compile(pattern, entry[0], _words(entry[1]), *entry[2:])
    except Exception:
        return reference, None
    same = (ours.flags, ours.groups, dict(ours.groupindex)) == (
        reference.flags, reference.groups, dict(reference.groupindex))
    return reference, entry if same else None


def _words(data: bytes) -> list[int]:
    code = array("I")
    code.frombytes(data)
    return code.tolist()


def _table() -> dict[tuple[str, int], Entry] | None:
    """The cached code lists, read once per process; None when off."""
    global _loaded, _path, _dirty
    if _loaded is not None or not _internals:
        return _loaded
    folder = cache_dir()
    if folder is None:
        return None
    _path = folder / f"regex-{_TAG}.marshal"
    _loaded = _read(_path)
    if sum(_weight(key, entry) for key, entry in _loaded.items()) > MAX_BYTES:
        _dirty = True  # written by a version that kept more: this run writes what it uses
    import atexit

    atexit.register(save)
    return _loaded


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    blob = read_ours(path)
    if blob is None or not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 4:
        return {}
    checksum, payload = blob[len(MAGIC):len(MAGIC) + 4], blob[len(MAGIC) + 4:]
    if int.from_bytes(checksum, "big") != zlib.crc32(payload):
        return {}
    try:
        table = marshal.loads(payload)
    except Exception:  # whatever a damaged file raises, start afresh
        return {}
    return table if isinstance(table, dict) else {}


def _weight(key: tuple[str, int], entry: Entry) -> int:
    """About the bytes the entry takes in the file."""
    return len(key[0]) + len(entry[1]) + _FRAMING


def save() -> None:
    """Write the table if this run compiled anything new (at exit)."""
    global _dirty
    if not _dirty or _path is None or _loaded is None:
        return
    # What this run used first, then what runs before used, most recent
    # first (the order the table was written in), while there is room.
    table = dict(_used)
    size = sum(_weight(key, entry) for key, entry in table.items())
    for key, entry in _loaded.items():
        if len(table) >= MAX_ENTRIES:
            break
        if key not in table and size + _weight(key, entry) <= MAX_BYTES:
            table[key] = entry
            size += _weight(key, entry)
    try:
        payload = marshal.dumps(table)
    except ValueError:  # not plain data after all: keep no cache rather than fail at exit
        return
    write_atomically(_path, MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
    _loaded.update(_used)
    _dirty = False
