"""The compiled database cache: a warm run never parses YAML nor imports
pydantic; a damaged, stale or foreign cache is rebuilt, never trusted."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from factcheck import cache
from factcheck.index import Index
from factcheck.records import Database
from tests.conftest import ROOT, run, write

DRAFT = "Beijing's digital economy accounted for 44.3% of GDP in the first three quarters of 2023.\n"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    return folder


def check(db: Path, draft: Path) -> tuple[int, list[tuple[str, str | None]]]:
    result = run("check", str(draft), "--claims", str(db), "--date", "2023-12-08", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    return result.exit_code, [(f["verdict"], f["claim_id"]) for f in findings]


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("db-*.pickle")) if folder.is_dir() else []


def imports_of_a_run(db: Path, draft: Path, folder: Path) -> set[str]:
    """Modules a real ``factcheck check`` process imported (python -X importtime)."""
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(folder), "PYTHONPATH": str(ROOT)}
    env.pop("FACTCHECK_NO_CACHE", None)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "factcheck", "check", str(draft), "--claims", str(db),
         "--date", "2023-12-08", "--format", "json"],
        capture_output=True, text=True, env=env, cwd=draft.parent, timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert json.loads(done.stdout)["findings"][0]["verdict"] == "supported"
    return {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}


def test_warm_run_imports_neither_yaml_nor_pydantic(db: Path, tmp_path: Path) -> None:
    draft = write(tmp_path / "draft.txt", DRAFT)
    folder = tmp_path / "cache"
    cold = imports_of_a_run(db, draft, folder)
    assert {"yaml", "pydantic"} <= cold  # the first run parses and validates
    assert len(entries(folder)) == 1
    warm = imports_of_a_run(db, draft, folder)
    assert not {m for m in warm if m.split(".")[0] in ("yaml", "pydantic", "pydantic_core", "rich")}
    # Records are NamedTuples: making a dataclass runs its generated source
    # through exec (about 0.8 ms each, 17 ms for the hook's 22 records); the
    # C unpickler alone, not the pickle module; no calendar for month ends.
    assert not {"dataclasses", "pickle", "calendar"} & warm


def test_json_format_never_imports_rich(db: Path, tmp_path: Path) -> None:
    draft = write(tmp_path / "draft.txt", DRAFT)
    assert not {m for m in imports_of_a_run(db, draft, tmp_path / "cache") if m.startswith("rich")}


def test_warm_run_gives_the_same_findings(db: Path, tmp_path: Path, cache_dir: Path) -> None:
    draft = write(tmp_path / "draft.txt", DRAFT)
    cold = check(db, draft)
    assert cold[1] == [("supported", "beijing.digital-economy.gdp-share.2023-q1-q3")]
    assert len(entries(cache_dir)) == 1
    assert check(db, draft) == cold


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "other-version", "other-format", "bad-digest",
                                    "not-a-database"])
def test_a_damaged_cache_is_rebuilt(db: Path, tmp_path: Path, cache_dir: Path, damage: str) -> None:
    draft = write(tmp_path / "draft.txt", DRAFT)
    expected = check(db, draft)
    [entry] = entries(cache_dir)
    blob = entry.read_bytes()
    header_end = blob.index(b"\n", len(cache.MAGIC))
    header, payload = cache.decode_header(blob[len(cache.MAGIC):header_end]), blob[header_end + 1:]
    assert header is not None

    def with_header(**changes: object) -> bytes:
        return cache.MAGIC + cache.encode_header({**header, **changes}) + b"\n" + payload

    if damage == "garbage":
        entry.write_bytes(os.urandom(len(blob)))
    elif damage == "truncated":
        entry.write_bytes(blob[: len(blob) * 2 // 3])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "other-version":
        entry.write_bytes(with_header(version="0.0.0-other"))
    elif damage == "other-format":
        entry.write_bytes(with_header(format=cache.FORMAT + 1))
    elif damage == "bad-digest":
        entry.write_bytes(with_header(crc32=0))
    else:  # a well-formed entry holding something else
        other = pickle.dumps({"claims": []})
        header["crc32"] = zlib.crc32(other)
        entry.write_bytes(cache.MAGIC + cache.encode_header(header) + b"\n" + other)
    assert check(db, draft) == expected
    # ...and the entry was written again, whole.
    assert cache.read(entry, header["key"]) is not None


def test_a_tampered_entry_is_used_only_when_private(db: Path, tmp_path: Path, cache_dir: Path) -> None:
    """The cache is trusted when its key matches (the claim below comes from
    it, not from the YAML), but not when others could have written it."""
    draft = write(tmp_path / "draft.txt", DRAFT)
    check(db, draft)
    [entry] = entries(cache_dir)
    blob = entry.read_bytes()
    header_end = blob.index(b"\n", len(cache.MAGIC))
    header = cache.decode_header(blob[len(cache.MAGIC):header_end])
    assert header is not None
    key = str(header["key"])
    real = cache.read(entry, key)
    assert isinstance(real, Index) and isinstance(real.db, Database)
    claims = tuple(c._replace(value=55.5) if c.value == 44.3 else c for c in real.db.claims)
    tampered = Index(real.db._replace(claims=claims))
    cache.write(entry, key, tampered)
    assert check(db, draft)[1][0][0] == "contradicted"  # private: used
    if not hasattr(os, "getuid"):
        pytest.skip("ownership and modes are POSIX")
    cache.write(entry, key, tampered)
    entry.chmod(0o666)
    assert check(db, draft)[1][0][0] == "supported"  # writable by others: ignored, rebuilt


def test_an_edited_claim_file_invalidates_the_cache(db: Path, tmp_path: Path, cache_dir: Path) -> None:
    draft = write(tmp_path / "draft.txt", DRAFT)
    assert check(db, draft)[1][0][0] == "supported"
    claims = db / "test.yaml"
    # Same size, edited at once (within the clock's granularity): told apart by content.
    claims.write_text(claims.read_text(encoding="utf-8").replace("value: 44.3", "value: 44.8"), encoding="utf-8")
    assert check(db, draft)[1][0][0] == "contradicted"
    # An older edit: told apart by size and time.
    claims.write_text(claims.read_text(encoding="utf-8").replace("value: 44.8", "value: 44.3"), encoding="utf-8")
    os.utime(claims, (1_600_000_000, 1_600_000_000))
    assert check(db, draft)[1][0][0] == "supported"
    assert len(entries(cache_dir)) == 1  # the entry is replaced, not piled up


def test_an_added_source_file_invalidates_the_cache(db: Path, tmp_path: Path, cache_dir: Path) -> None:
    draft = write(tmp_path / "draft.txt", DRAFT)
    check(db, draft)
    before = entries(cache_dir)[0].read_bytes()
    write(db.parent / "sources" / "second.yaml",
          "id: second\ntitle: T\npublisher: P\npublished: 2024-01-01\nlanguage: en\n")
    check(db, draft)
    assert entries(cache_dir)[0].read_bytes() != before


def test_an_invalid_database_is_never_cached(db: Path, tmp_path: Path, cache_dir: Path) -> None:
    draft = write(tmp_path / "draft.txt", DRAFT)
    write(db / "broken.yaml", "claims:\n  - id: broken\n    entity: Beijing\n")
    for _ in range(2):  # and the second run reports it again
        result = run("check", str(draft), "--claims", str(db), "--format", "json")
        assert result.exit_code == 2
        assert "broken.yaml:2" in result.stderr
    assert entries(cache_dir) == []


def test_no_cache_when_disabled(db: Path, tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    draft = write(tmp_path / "draft.txt", DRAFT)
    assert check(db, draft)[1][0][0] == "supported"
    assert not cache_dir.exists()


def test_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "factcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "factcheck"
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    assert cache.cache_dir() is None


def test_an_unwritable_cache_folder_does_not_stop_the_run(db: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = write(tmp_path / "not-a-folder", "a file where the cache folder should be\n")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    draft = write(tmp_path / "draft.txt", DRAFT)
    assert check(db, draft)[1][0][0] == "supported"


def test_the_cached_database_is_the_loaded_one(tmp_path: Path, cache_dir: Path) -> None:
    """Records, field by field and type by type (107 is not 107.0 in JSON)."""
    from factcheck.database import load_database
    from factcheck.locate import shipped_claims_dir

    loaded = load_database([shipped_claims_dir()])
    built = cache.cached_index([shipped_claims_dir()], None, lambda paths, sources: load_database(paths, sources))
    [entry] = entries(cache_dir)
    key = cache.fingerprint([shipped_claims_dir()], None)
    read = cache.read(entry, key)
    assert read is not None
    assert repr(read.db) == repr(loaded)
    # ...and so is its index, down to the entity finder's pattern.
    fresh = Index(loaded)
    assert read.finder.pattern.pattern == fresh.finder.pattern.pattern and read.finder.names == fresh.finder.names
    assert read.weights == fresh.weights and read.value_keys == fresh.value_keys
    assert {k: [repr(e) for e in v] for k, v in read.by_entity.items()} == {
        k: [repr(e) for e in v] for k, v in fresh.by_entity.items()}
    assert repr(built.by_value) == repr(fresh.by_value)


def test_a_checkout_whose_index_changed_shape_rebuilds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same version and format number, but index.py edited (a developer's
    checkout): the key changes, so no object of the old shape is unpickled."""
    from factcheck.locate import shipped_claims_dir

    before = cache.fingerprint([shipped_claims_dir()], None)
    package = tmp_path / "factcheck"
    package.mkdir()
    for name in cache._SHAPED:
        shutil.copy2(ROOT / "factcheck" / name, package / name)  # the same size and time
    monkeypatch.setattr(cache, "__file__", str(package / "cache.py"))
    assert cache.fingerprint([shipped_claims_dir()], None) == before  # same code, same key
    (package / "index.py").write_text((package / "index.py").read_text() + "\n# changed\n")
    assert cache.fingerprint([shipped_claims_dir()], None) != before


def test_the_cache_keeps_the_most_recently_written_databases(db: Path, tmp_path: Path, cache_dir: Path) -> None:
    # Every database location makes an entry; a folder nobody tends must not grow without end.
    cache_dir.mkdir(mode=0o700)
    for number in range(cache.MAX_ENTRIES + 10):
        old = cache_dir / f"db-{number:016x}.pickle"
        old.write_bytes(b"not a cache entry anyone still needs")
        os.utime(old, ns=(number * 10**9, number * 10**9))  # the higher the number, the more recent
    (cache_dir / "notes.txt").write_text("not ours to remove")
    draft = write(tmp_path / "draft.txt", DRAFT)
    assert check(db, draft)[1] == [("supported", "beijing.digital-economy.gdp-share.2023-q1-q3")]
    kept = entries(cache_dir)
    assert len(kept) == cache.MAX_ENTRIES
    names = {path.name for path in kept}
    assert f"db-{cache.MAX_ENTRIES + 9:016x}.pickle" in names  # the newest old ones stay
    assert "db-0000000000000000.pickle" not in names  # the oldest went
    assert (cache_dir / "notes.txt").exists()
    assert check(db, draft)[1] == [("supported", "beijing.digital-economy.gdp-share.2023-q1-q3")]  # warm again
