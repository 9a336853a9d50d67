"""Cold start of the claim database against PyYAML's C loader alone.

    python bench/cold_start.py DB [--repeat 5] [--check | --in-process]

DB is a database folder with claims/ and sources/ (as bench/synthetic.py
writes). Each round runs, one after the other so that load on the machine
hits both alike:

- ``FACTCHECK_NO_CACHE=1 python -m factcheck claims validate --claims
  DB/claims`` (must succeed), wall time of the whole process;
- a process that only parses the same files (claims and sources) with
  ``yaml.load(..., Loader=yaml.CSafeLoader)``.

Prints each round, then the medians and their ratio (the target at 100,000
claims is at most 1.5). ``--check`` times ``factcheck check`` on a one-line
draft instead of ``claims validate`` (loading plus the index, without the
validation's own checks); ``--in-process`` times ``load_database`` and the
parse alone inside one process (no interpreter start nor imports).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PARSE_ONLY = """
import sys, yaml
from pathlib import Path
for root in sys.argv[1:]:
    for path in sorted(Path(root).rglob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""


def wall(command: list[str], env: dict[str, str], ok: tuple[int, ...] = (0,)) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in ok:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return elapsed


def in_process(claims: Path, sources: Path) -> tuple[float, float]:
    import gc

    import yaml

    sys.path.insert(0, str(ROOT))
    import factcheck.schema  # noqa: F401  (pydantic imported before the clock starts)
    from factcheck.database import load_database

    gc.collect()
    start = time.perf_counter()
    load_database([claims], sources)
    loaded = time.perf_counter() - start
    gc.collect()
    start = time.perf_counter()
    for root in (claims, sources):
        for path in sorted(root.rglob("*.yaml")):
            yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return loaded, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path, help="database folder with claims/ and sources/")
    parser.add_argument("--repeat", type=int, default=5)
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--check", action="store_true", help="time 'factcheck check' on a one-line draft")
    how.add_argument("--in-process", action="store_true", help="time load_database itself, in this process")
    args = parser.parse_args()
    claims, sources = (args.db / "claims").resolve(), (args.db / "sources").resolve()
    env = {**os.environ, "FACTCHECK_NO_CACHE": "1"}
    ours: list[float] = []
    theirs: list[float] = []
    label = "load_database" if args.in_process else "cold check" if args.check else "cold validate"
    draft = Path(tempfile.mkdtemp(prefix="factcheck-cold-")) / "draft.md"
    draft.write_text("The weather was fine.\n", encoding="utf-8")
    command = [sys.executable, "-m", "factcheck", "claims", "validate", "--claims", str(claims)]
    if args.check:
        command = [sys.executable, "-m", "factcheck", "check", str(draft), "--claims", str(claims)]
    for round_ in range(args.repeat):
        if args.in_process:
            mine, parse = in_process(claims, sources)
        else:
            mine = wall(command, env, ok=(0, 1) if args.check else (0,))
            parse = wall([sys.executable, "-c", PARSE_ONLY, str(claims), str(sources)], env)
        ours.append(mine)
        theirs.append(parse)
        print(f"round {round_ + 1}: {label} {mine:.2f} s, C loader alone {parse:.2f} s, ratio {mine / parse:.2f}",
              flush=True)
    mine, parse = statistics.median(ours), statistics.median(theirs)
    print(f"median of {args.repeat}: {label} {mine:.2f} s, C loader alone {parse:.2f} s, ratio {mine / parse:.2f}")


if __name__ == "__main__":
    main()
