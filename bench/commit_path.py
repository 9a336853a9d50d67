"""The commit path: ``factcheck check`` on a real article, warm, against codespell.

    pip install codespell
    python bench/commit_path.py [--rounds 21] [--file ../shared/seeds/000_f0a68b9a35df172c.txt]

Both are what pre-commit runs on every commit: a fresh Python process on one
file. In each round the commands run one after the other, alternately, so
that whatever else the machine is doing weighs on all of them alike; the
figures are medians of the rounds. factcheck runs with the shipped database
and a warm compiled cache (a private cache folder, warmed first), in the
hook's default table format and in JSON. Target (issue 6): factcheck at most
1.2 times codespell.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1, 65):  # 1: findings; 65: codespell found typos
        sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()[-300:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=ROOT.parent / "shared" / "seeds" / "000_f0a68b9a35df172c.txt")
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    codespell = shutil.which("codespell")
    if codespell is None:
        sys.exit("codespell is not installed: pip install codespell")
    factcheck = shutil.which("factcheck")
    base = [factcheck] if factcheck else [sys.executable, "-m", "factcheck"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("FACTCHECK_NO_CACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled once, not on every run
    commands = {
        "codespell": [codespell, str(args.file)],
        "factcheck (table)": [*base, "check", str(args.file)],
        "factcheck (json)": [*base, "check", "--format", "json", str(args.file)],
        "factcheck (text, the hook's)": [*base, "check", "--format", "text", str(args.file)],
    }
    with tempfile.TemporaryDirectory() as cache:
        env["FACTCHECK_CACHE_DIR"] = cache
        for command in commands.values():  # warm: the cache, the OS's file cache, the .pyc files
            timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, command in commands.items():
                times[name].append(timed(command, env))
    size = args.file.stat().st_size
    print(f"file: {args.file} ({size / 1000:.1f} KB); {args.rounds} alternated rounds; {os.cpu_count()} cores")
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, command in commands.items():
        shown = " ".join(Path(c).name if c == command[0] else c for c in command)
        print(f"  {name:<18} median {medians[name] * 1000:6.0f} ms  (min {min(times[name]) * 1000:.0f}, "
              f"max {max(times[name]) * 1000:.0f})   {shown}")
    for name in commands:
        if name != "codespell":
            print(f"  ratio {name} / codespell: {medians[name] / medians['codespell']:.2f}  (target <= 1.2)")


if __name__ == "__main__":
    main()
