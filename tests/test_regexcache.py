"""The regular-expression cache: a pattern read back from it behaves as
``re.compile``'s, a second run compiles nothing, and a damaged or foreign
cache file is ignored, never trusted."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract, regexcache, timeexpr
from tests.conftest import ROOT

# A run that must not compile any of factcheck's patterns: re's parser fails
# when factcheck's code calls re (the standard library compiles its own),
# then the modules with most patterns are imported.
NO_COMPILING = """
import re._parser, sys
parse = re._parser.parse
def refuse(*args, **kwargs):
    frame = sys._getframe(1)
    while frame.f_code.co_filename.replace("\\\\", "/").split("/")[-2] == "re":
        frame = frame.f_back  # re.compile's own frames: who called it?
    if "factcheck" in frame.f_code.co_filename:
        raise SystemExit("compiled a pattern: " + repr(args[0])[:80])
    return parse(*args, **kwargs)
re._parser.parse = refuse
import factcheck.extract, factcheck.timeexpr, factcheck.context, factcheck.markup
print("from the cache")
"""


def python(code: str, cache: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "FACTCHECK_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT), **env}
    environment.pop("FACTCHECK_NO_CACHE", None)
    environment.update(env)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=60)


def warm(cache: Path) -> Path:
    done = python("import factcheck.extract, factcheck.timeexpr, factcheck.context, factcheck.markup", cache)
    assert done.returncode == 0, done.stderr
    [table] = cache.glob("regex-*.marshal")
    return table


def test_a_second_run_compiles_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = python(NO_COMPILING, cache)
    assert first.returncode != 0 and "compiled a pattern" in first.stderr + first.stdout  # nothing cached yet
    warm(cache)
    second = python(NO_COMPILING, cache)
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "from the cache"


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage"])
def test_a_damaged_table_is_ignored_and_rewritten(tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "cache"
    table = warm(cache)
    data = table.read_bytes()
    if damage == "truncate":
        table.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        middle = len(data) // 2
        table.write_bytes(data[:middle] + bytes([data[middle] ^ 0x55]) + data[middle + 1 :])
    else:
        table.write_bytes(b"not a cache at all")
    assert python(NO_COMPILING, cache).returncode != 0  # not used: compiled afresh
    done = python("import factcheck.extract as e; print(len(e.extract('up 12.1% to 853.69 billion yuan')))", cache)
    assert done.returncode == 0 and done.stdout.strip() == "2", done.stderr
    warm(cache)
    assert python(NO_COMPILING, cache).returncode == 0  # rewritten, and good again


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_table_others_can_write_is_not_trusted(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    table = warm(cache)
    table.chmod(0o666)
    assert python(NO_COMPILING, cache).returncode != 0
    table.chmod(0o600)
    cache.chmod(0o777)
    assert python(NO_COMPILING, cache).returncode != 0


def test_no_table_when_caching_is_off(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    done = python("import factcheck.extract", cache, FACTCHECK_NO_CACHE="1")
    assert done.returncode == 0, done.stderr
    assert not list(cache.glob("regex-*")) if cache.exists() else True


def _patterns() -> list[re.Pattern[str]]:
    found = [value for module in (extract, timeexpr) for value in vars(module).values()
             if isinstance(value, re.Pattern)]
    found += [pattern for _, pattern in timeexpr._PATTERNS]
    return found


def _fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "_loaded", None)
    monkeypatch.setattr(regexcache, "_used", {})
    monkeypatch.setattr(regexcache, "_patterns", {})  # nothing compiled yet in this "process"


def test_patterns_read_back_are_the_same_patterns(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, tmp_path)
    patterns = _patterns()
    assert len(patterns) > 30
    compiled = [regexcache.compile(p.pattern, p.flags) for p in patterns]
    regexcache.save()
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(re._parser, "parse", None)  # from here on, only the table can give patterns
    again = [regexcache.compile(p.pattern, p.flags) for p in patterns]
    for original, first, second in zip(patterns, compiled, again):
        assert (second.pattern, second.flags, second.groups, second.groupindex) == (
            original.pattern, original.flags, original.groups, original.groupindex)
        assert first.pattern == original.pattern


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,% -年月亿万元约近超过first quarter ofH1Q3")), max_size=80))
def test_cached_patterns_match_as_compiled_ones(text: str) -> None:
    for pattern in _patterns():
        table = regexcache._table()
        entry = table.get((pattern.pattern, int(pattern.flags))) if table is not None else None
        if entry is None:
            continue
        import _sre

        cached = _sre.compile(pattern.pattern, *entry)
        assert [m.span() for m in cached.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert [m.groupdict() for m in cached.finditer(text)] == [m.groupdict() for m in pattern.finditer(text)]


def test_the_table_keeps_what_the_last_run_used_within_its_size(monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    # Every run reads the whole file: patterns of databases no longer used (a large database's
    # entity names alone are hundreds of kilobytes) must not weigh on every run after.
    monkeypatch.setattr(regexcache, "MAX_BYTES", 40_000)

    def names(prefix: str) -> str:  # a pattern of about 17 KB with its code, as an entity trie is
        return "|".join(f"{prefix}{number:05d}" for number in range(300))

    def run(*patterns: str) -> dict[tuple[str, int], object]:
        _fresh(monkeypatch, tmp_path)
        monkeypatch.setattr(regexcache, "_dirty", False)
        for pattern in patterns:
            regexcache.compile(pattern)
        regexcache.save()
        return regexcache._read(next(tmp_path.glob("regex-*.marshal")))

    small = r"\d+(?:\.\d+)?%"
    first = run(small, names("alpha"))
    assert {key[0] for key in first} == {small, names("alpha")}
    second = run(names("beta"))
    assert {key[0] for key in second} == {names("beta"), small, names("alpha")}  # room for all
    third = run(names("gamma"))
    # this run's pattern first, then the most recent others while they fit: alpha is the oldest
    assert {key[0] for key in third} == {names("gamma"), names("beta"), small}
    assert sum(len(key[0]) + len(entry[1]) for key, entry in third.items()) <= 40_000



def test_a_table_grown_past_its_size_is_trimmed_by_the_next_run(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    # (a table an earlier version let grow: trimmed even by a run that compiles nothing new)
    table = warm(tmp_path)
    grown = table.stat().st_size
    monkeypatch.setattr(regexcache, "MAX_BYTES", grown // 2)
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(regexcache, "_dirty", False)
    pattern, flags = next(iter(regexcache._read(table)))
    regexcache.compile(pattern, flags)  # in the table already: nothing new compiled
    assert regexcache._used and not regexcache._patterns.keys() - regexcache._used.keys()
    regexcache.save()
    assert table.stat().st_size <= grown // 2 + 4096
