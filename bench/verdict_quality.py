"""Precision and recall of the checker's verdicts on the labelled drafts.

    python bench/verdict_quality.py [--drafts tests/data/drafts] [--verbose]

Each draft under tests/data/drafts/ has a NN-name.labels.yaml beside it that
labels every figure with the verdict a careful fact-checker gives it
(`none` for ordinary numbers that must not be reported). A finding matches a
label on the same line whose text overlaps the finding's columns. A finding
with no label counts as a report of a `none`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.check import check_text  # noqa: E402
from factcheck.database import load_database  # noqa: E402
from factcheck.drafts import draft_date  # noqa: E402
from factcheck.finding import VERDICTS  # noqa: E402
from factcheck.index import Index  # noqa: E402
from factcheck.locate import shipped_claims_dir  # noqa: E402

ERRORS = frozenset({"contradicted", "stale", "misattributed"})


@dataclass
class Tally:
    pairs: list[tuple[str, str, str]] = field(default_factory=list)  # (gold, predicted, where)
    claims: list[str | None] = field(default_factory=list)  # the labelled claim of each pair, if any
    claim_right: int = 0
    claim_total: int = 0

    def precision_recall(self, verdicts: frozenset[str]) -> tuple[float, float, int, int]:
        predicted = sum(1 for _, p, _ in self.pairs if p in verdicts)
        gold = sum(1 for g, _, _ in self.pairs if g in verdicts)
        both = sum(1 for g, p, _ in self.pairs if g in verdicts and p in verdicts)
        return (both / predicted if predicted else 1.0, both / gold if gold else 1.0, predicted, gold)


def _spans(line: str, text: str) -> list[tuple[int, int]]:
    """Every place ``text`` stands on ``line``, as 1-based column spans."""
    spans, start = [], line.find(text)
    while start >= 0:
        spans.append((start + 1, start + len(text)))
        start = line.find(text, start + 1)
    return spans


def _whole_spans(line: str, text: str) -> list[tuple[int, int]]:
    """The places ``text`` stands as a number of its own (a label "6" is not
    the 6 of "66"), else every place it stands."""
    spans = _spans(line, text)
    whole = [
        (first, last)
        for first, last in spans
        if not (first > 1 and line[first - 2].isdigit()) and not (last < len(line) and line[last].isdigit())
    ]
    return whole or spans


def _same(label_text: str, line: str, finding, others: tuple[str, ...] = ()) -> bool:  # type: ignore[no-untyped-def]
    """The finding covers (part of) the labelled figure: their spans overlap.
    A place of the text inside a longer label's text on the line ("70%" in
    "70%以上") is that label's, not this one's."""
    longer = [span for other in others if label_text in other and other != label_text for span in _spans(line, other)]
    for first, last in _spans(line, label_text):
        if any(a <= first and last <= b for a, b in longer):
            continue
        if finding.column <= last and first <= finding.end_column:
            return True
    return False


def evaluate(drafts: Path, verbose: bool = False) -> Tally:
    index = Index(load_database([shipped_claims_dir()]))
    tally = Tally()
    for labels_path in sorted(drafts.glob("*.labels.yaml")):
        draft_path = labels_path.with_name(labels_path.name.replace(".labels.yaml", ".md"))
        labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
        text = draft_path.read_text(encoding="utf-8")
        when, _ = draft_date(text, None, labels["date"])
        _, findings = check_text(text, when, index, draft_path.name)
        unmatched = list(findings)
        lines = text.splitlines()
        # First the findings with the label's very text, then those that
        # overlap the label's first occurrence: a list number "3" must not
        # take "853.69", and "more than 700,000" may be "700,000 machines".
        pairing: dict[int, object] = {}
        for number, label in enumerate(labels["figures"]):
            line = lines[label["line"] - 1]
            texts = tuple(other["text"] for other in labels["figures"] if other["line"] == label["line"])
            exact = next(
                (
                    f
                    for f in unmatched
                    if f.line == label["line"] and f.text == label["text"] and _same(label["text"], line, f, texts)
                ),
                None,
            )
            if exact is not None:
                pairing[number] = exact
                unmatched.remove(exact)
        for number, label in enumerate(labels["figures"]):
            if number in pairing:
                continue
            line = lines[label["line"] - 1]
            # The second label with the same text on a line is its second place, and so on.
            twins = sum(1 for other in labels["figures"][:number]
                        if other["line"] == label["line"] and other["text"] == label["text"])
            first = _whole_spans(line, label["text"])[twins : twins + 1]
            found = next(
                (
                    f
                    for f in unmatched
                    if f.line == label["line"] and first and f.column <= first[0][1] and first[0][0] <= f.end_column
                ),
                None,
            )
            if found is not None:
                pairing[number] = found
                unmatched.remove(found)
        for number, label in enumerate(labels["figures"]):
            found = pairing.get(number)  # type: ignore[assignment]
            predicted = "none"
            if found is not None:
                predicted = found.verdict
                if label.get("claim") and predicted == label["verdict"]:
                    tally.claim_total += 1
                    tally.claim_right += found.claim_id == label["claim"]
            where = f"{draft_path.name}:{label['line']} {label['text']!r}"
            tally.pairs.append((label["verdict"], predicted, where))
            tally.claims.append(label.get("claim"))
            if verbose and predicted != label["verdict"]:
                message = f" — {found.message}" if found is not None else ""
                print(f"  {where}: expected {label['verdict']}, got {predicted}{message}")
        for finding in unmatched:
            where = f"{draft_path.name}:{finding.line} {finding.text!r}"
            tally.pairs.append(("none", finding.verdict, where))
            tally.claims.append(None)
            if verbose:
                print(f"  {where}: not labelled, reported {finding.verdict} — {finding.message}")
    return tally


def report(tally: Tally) -> str:
    lines = [f"{'verdict':<15}{'precision':>10}{'recall':>8}{'predicted':>11}{'labelled':>10}"]
    for verdict in VERDICTS:
        p, r, n_pred, n_gold = tally.precision_recall(frozenset({verdict}))
        lines.append(f"{verdict:<15}{p:>10.3f}{r:>8.3f}{n_pred:>11}{n_gold:>10}")
    p, r, n_pred, n_gold = tally.precision_recall(ERRORS)
    lines.append(f"{'errors (c+s+m)':<15}{p:>10.3f}{r:>8.3f}{n_pred:>11}{n_gold:>10}")
    ordinary = [pred for gold, pred, _ in tally.pairs if gold == "none"]
    flagged = sum(1 for pred in ordinary if pred != "none")
    lines.append(f"ordinary numbers reported: {flagged} of {len(ordinary)} labelled or unlabelled")
    if tally.claim_total:
        lines.append(f"right claim when the verdict is right: {tally.claim_right}/{tally.claim_total}")
    confusion = Counter((g, p) for g, p, _ in tally.pairs if g != p)
    if confusion:
        lines.append(
            "confusions (expected -> got): " + ", ".join(f"{g}->{p} {n}" for (g, p), n in confusion.most_common())
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=Path, default=ROOT / "tests" / "data" / "drafts")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    print(report(evaluate(args.drafts, args.verbose)))


if __name__ == "__main__":
    main()
