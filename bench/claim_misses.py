"""Which claims the checker misses most, over every labelled set.

    python bench/claim_misses.py [--top 25] [--claim ID] [FOLDER ...]

For each claim that labels name, the labelled figures whose verdict the
checker gets wrong (from bench/verdict_quality.py's pairing of findings and
labels), split into errors missed or mistaken (a labelled contradiction,
stale or misattributed figure given another verdict, or a supported one
reported as an error) and the rest. A claim missed again and again in
different drafts most often lacks the words writers use for it: the place
to look first is its ``keywords``. ``--claim`` lists the misses of one.
Folders default to tests/data/drafts and every tests/data/holdout*.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from verdict_quality import ERRORS, evaluate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--claim", help="list the misses of this claim")
    args = parser.parse_args()
    folders = args.folders or [ROOT / "tests/data/drafts", *sorted((ROOT / "tests/data").glob("holdout*"))]
    labelled: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    others: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    for folder in folders:
        tally = evaluate(folder)
        for (gold, predicted, where), claim in zip(tally.pairs, tally.claims):
            if claim is None:
                continue
            labelled[claim] += 1
            if gold == predicted:
                continue
            (errors if gold in ERRORS or predicted in ERRORS else others)[claim] += 1
            misses[claim].append(f"{folder.name}/{where}: labelled {gold}, got {predicted}")
    if args.claim:
        print("\n".join(misses[args.claim]) or f"no misses for {args.claim}")
        return
    print(f"{'errors':>6} {'other':>6} {'labelled':>8}  claim")
    ranked = sorted(misses, key=lambda claim: (-(errors[claim] + others[claim]), claim))
    for claim in ranked[: args.top]:
        print(f"{errors[claim]:>6} {others[claim]:>6} {labelled[claim]:>8}  {claim}")
    print(f"{sum(errors.values())} error misses and {sum(others.values())} others "
          f"over {sum(labelled.values())} labelled figures that name a claim")


if __name__ == "__main__":
    main()
