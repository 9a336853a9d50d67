"""Fuzzing the extractor, the draft decoder and the loaders (issue 7).

    python bench/fuzz.py TARGET [--seconds 300] [--engine atheris|random] [--seed 1] [--corpus DIR]

TARGET is one of:

- ``extract``: text -> markup masks, figures, time phrases and the whole
  check against the shipped database. No exception; every figure's offsets
  slice back to its text and its line and column agree with the offsets;
  no input takes more than ``SLOW`` seconds per 16 KB.
- ``decode``: bytes -> a draft (binary sniffing, BOMs, invalid UTF-8). Only
  ``NotText`` may be raised; the text is what the bytes say.
- ``yaml``: text -> the safe YAML loader. Only ``YamlProblem`` may be raised.
- ``database``: text as a claims file, an entities file and a source record,
  through the loader and its checks. Only ``Problem`` records, never an
  exception; every problem names the file (and a line when it has one).
- ``config``: text as ``.factcheck.yaml``. Only ``ConfigError``.

With ``--engine atheris`` (the default when atheris is installed: ``pip
install atheris``) the run is coverage-guided by libFuzzer, seeded from the
seed documents, the examples and the shipped claim files; otherwise a
mutational fuzzer (random byte, token and splice mutations of the same
seeds) runs for the same time. Either way a failing input is written to
``fuzz-crash-TARGET-*`` in the current folder and the run stops; the last
line printed says how many inputs ran. docs/robustness.md records the runs.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEEDS = ROOT.parent / "shared" / "seeds"
# Seconds per 16 KB: catastrophic backtracking takes far longer. Dense figures
# cost about 1 ms each per check (every figure weighs its sentence, windowed
# at 3,000 characters): 2.7 KB of "44.3%44.3%..." takes 2 s for three checks.
SLOW = 5.0
TOKENS = [b"44.3%", b"853.69\xe4\xba\xbf", b"1.2\xe4\xb8\x87", b" billion", b" trillion", b"percent", b"-",
          b"\xe5\x89\x8d\xe4\xb8\x89\xe5\xad\xa3\xe5\xba\xa6", b"2023", b"Q3", b"H1", b"\r\n", b"\n\n", b"```",
          b"<!--", b"-->", b"> ", b"- ", b"|", b"[", b"](", b"&a ", b"*a", b"!!python/object:os.system", b"<<: ",
          b"---\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"{", b"}", b": ", b"\t", b"  - ", b"id: ", b"value: ",
          b"period: ", b"claims:\n", b"entities:\n", b"\xe2\x80\x94", b"\xef\xbc\x85", b"about ", b"more than "]


def seeds(target: str) -> list[bytes]:
    files: list[Path] = []
    if target in ("extract", "decode"):
        files += sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "examples").glob("*.md"))
        files += sorted((ROOT / "tests" / "data").rglob("*.md"))[:40]
    else:
        files += sorted((ROOT / "claims").glob("*.yaml")) + sorted((ROOT / "sources").glob("*.yaml"))
        files += [ROOT / "docs" / "configuration.md"] if target == "config" else []
    found = []
    for path in files:
        data = path.read_bytes()
        # Short pieces mutate faster than whole documents.
        found += [data[i : i + 2048] for i in range(0, min(len(data), 16384), 2048)]
    return found or [b"44.3%"]


# ---------------------------------------------------------------- targets


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def target_extract() -> Callable[[bytes], None]:
    from factcheck.check import check_text
    from factcheck.extract import extract
    from factcheck.markup import mask_html, mask_markdown
    from factcheck.run import load_index
    from factcheck.timeexpr import find_times

    index = load_index([], None)
    today = date(2024, 11, 5)

    def one(data: bytes) -> None:
        text = _text(data)
        started = time.perf_counter()
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for masked in (None, mask_markdown(text), mask_html(text)):
            assert masked is None or len(masked) == len(text)
            for m in extract(text, masked):
                assert text[m.start : m.end] == m.text and m.text, (m.start, m.end, m.text)
                assert 1 <= m.line <= m.end_line <= len(lines), (m.line, m.end_line)
        for found in find_times(text, today):
            assert 0 <= found.start < found.end <= len(text)
        for path in ("fuzz.md", "fuzz.html", "fuzz.txt"):
            count, findings = check_text(text, today, index, path, None, True)
            assert len(findings) <= count
            for f in findings:
                assert 1 <= f.line <= len(lines) and f.column >= 1
        assert time.perf_counter() - started < SLOW * (1 + len(text) / 16384), "slow"

    return one


def target_decode() -> Callable[[bytes], None]:
    from factcheck.drafts import NotText, decode

    def one(data: bytes) -> None:
        try:
            draft = decode(data, "fuzz.md")
        except NotText:
            return
        if not draft.notices:  # read cleanly: exactly the bytes' text
            assert draft.text == data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        assert all("\n" not in notice for notice in draft.notices)

    return one


def target_yaml() -> Callable[[bytes], None]:
    from factcheck.yamlsafe import YamlProblem, load_yaml

    def one(data: bytes) -> None:
        try:
            load_yaml(_text(data))
        except YamlProblem as problem:
            assert problem.message and "\n" not in problem.message, problem.message

    return one


def target_database() -> Callable[[bytes], None]:
    from factcheck.database import DatabaseError, load_database

    folder = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    (folder / "claims").mkdir()
    (folder / "sources").mkdir()
    shipped = (ROOT / "sources" / "xinhua-2024-11-05.yaml").read_bytes()
    (folder / "sources" / "xinhua.yaml").write_bytes(shipped)

    def one(data: bytes) -> None:
        for name in ("claims/fuzz.yaml", "claims/entities.yaml", "sources/fuzz.yaml"):
            target = folder / name
            target.write_bytes(data)
            try:
                load_database([folder / "claims"], folder / "sources")
            except DatabaseError as error:
                for problem in error.problems:
                    text = str(problem)
                    assert "fuzz.yaml" in text or "entities.yaml" in text or "xinhua" in text, text
                    assert "\n" not in text, text
            finally:
                target.unlink()

    return one


def target_config() -> Callable[[bytes], None]:
    from factcheck.config import ConfigError, load_config

    folder = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    path = folder / ".factcheck.yaml"

    def one(data: bytes) -> None:
        path.write_bytes(data)
        try:
            load_config(path)
        except ConfigError as error:
            assert "\n" not in str(error) and ".factcheck.yaml" in str(error), str(error)

    return one


TARGETS = {"extract": target_extract, "decode": target_decode, "yaml": target_yaml, "database": target_database,
           "config": target_config}


# ---------------------------------------------------------------- engines


def mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        at = rng.randint(0, len(buffer))
        if choice < 0.25 and buffer:
            buffer[min(at, len(buffer) - 1)] = rng.randrange(256)
        elif choice < 0.5:
            buffer[at:at] = rng.choice(TOKENS) * rng.choice((1, 1, 1, 2, 10, 200))
        elif choice < 0.65 and buffer:
            del buffer[at : at + rng.randint(1, 64)]
        elif choice < 0.8:
            other = rng.choice(pool)
            start = rng.randint(0, len(other))
            buffer[at:at] = other[start : start + rng.randint(1, 512)]
        elif buffer:  # repeat a slice: the shape of nesting and of dense figures
            start = rng.randint(0, len(buffer) - 1)
            buffer[at:at] = bytes(buffer[start : start + rng.randint(1, 16)]) * rng.randint(2, 300)
    return bytes(buffer[:65536])


def run_random(name: str, one: Callable[[bytes], None], seconds: float, seed: int) -> int:
    rng = random.Random(seed)
    pool = seeds(name)
    deadline = time.monotonic() + seconds
    count = 0
    while time.monotonic() < deadline:
        data = rng.choice(pool) if count < len(pool) else mutate(rng, rng.choice(pool), pool)
        try:
            one(data)
        except Exception:
            crash = Path(f"fuzz-crash-{name}-{count}")
            crash.write_bytes(data)
            print(f"{name}: input {count} failed; saved to {crash}", file=sys.stderr)
            raise
        count += 1
        if rng.random() < 0.02 and len(pool) < 5000:
            pool.append(data)  # keep some mutants: deeper mutations later
    return count


def run_atheris(name: str, one: Callable[[bytes], None], seconds: float, corpus: Path | None) -> None:
    import atheris

    folder = corpus or Path(tempfile.mkdtemp(prefix=f"factcheck-corpus-{name}-"))
    folder.mkdir(parents=True, exist_ok=True)
    for number, data in enumerate(seeds(name)):
        (folder / f"seed-{number}").write_bytes(data)
    args = [sys.argv[0], str(folder), f"-max_total_time={int(seconds)}", "-timeout=20", "-rss_limit_mb=4096",
            f"-artifact_prefix=fuzz-crash-{name}-", "-max_len=65536", "-print_final_stats=1"]
    atheris.Setup(args, one)
    atheris.Fuzz()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--engine", choices=("atheris", "random"), default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="atheris: keep the growing corpus here")
    args = parser.parse_args()
    engine = args.engine
    if engine is None:
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "random"
    if engine == "atheris":
        import atheris

        with atheris.instrument_imports(include=["factcheck"]):
            one = TARGETS[args.target]()
        run_atheris(args.target, one, args.seconds, args.corpus)
        return
    started = time.monotonic()
    count = run_random(args.target, TARGETS[args.target](), args.seconds, args.seed)
    elapsed = time.monotonic() - started
    print(f"{args.target}: {count} inputs in {elapsed:.0f} s ({count / elapsed:.0f}/s), no failure")


if __name__ == "__main__":
    main()
