"""Precision and recall of the extractor on the labelled seed documents.

    python bench/extraction_quality.py [--seeds ../shared/seeds] [--verbose]

A predicted mention is correct when a labelled one starts at the same line
and column with the same text, value (to 1e-6), unit and qualifier.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.extract import extract  # noqa: E402

LABELS = ROOT / "tests" / "data" / "extraction" / "labels.yaml"


def _key(line: int, column: int) -> tuple[int, int]:
    return line, column


def score(seeds: Path, verbose: bool = False) -> dict[str, float]:
    documents = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
    correct = predicted_total = gold_total = 0
    for document in documents:
        text = (seeds / document["file"]).read_text(encoding="utf-8")
        gold = {_key(m["line"], m["column"]): m for m in document["mentions"]}
        predicted = {_key(m.line, m.column): m for m in extract(text)}
        gold_total += len(gold)
        predicted_total += len(predicted)
        for key, mention in predicted.items():
            label = gold.get(key)
            ok = (
                label is not None
                and label["text"] == mention.text
                and math.isclose(label["value"], mention.value, rel_tol=1e-6)
                and label["unit"] == mention.unit
                and label["qualifier"] == mention.qualifier
            )
            correct += ok
            if verbose and not ok:
                print(
                    f"  {document['file']}:{key[0]}:{key[1]} got {mention.text!r} {mention.value} "
                    f"{mention.unit} {mention.qualifier}; "
                    f"gold {label and (label['text'], label['value'], label['unit'], label['qualifier'])}"
                )
        if verbose:
            for key, label in gold.items():
                if key not in predicted:
                    print(f"  {document['file']}:{key[0]}:{key[1]} missed {label['text']!r}")
    return {
        "gold": gold_total,
        "predicted": predicted_total,
        "correct": correct,
        "precision": correct / predicted_total if predicted_total else 1.0,
        "recall": correct / gold_total if gold_total else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    result = score(args.seeds, args.verbose)
    print(f"labelled mentions: {result['gold']}  predicted: {result['predicted']}  correct: {result['correct']}")
    print(f"precision: {result['precision']:.3f}  recall: {result['recall']:.3f}")


if __name__ == "__main__":
    main()
