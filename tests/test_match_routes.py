"""The matcher's shortcuts give the findings of the long way round.

Claims near a figure's value are set aside by shape (their metric terms)
when none of their terms is around the figure. The matcher finds those
shapes in one of two ways, depending on the database (listing the terms
found in the draft, or asking shape by shape); both must find the same
claims, and so the same findings, on every labelled draft."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from factcheck.check import check_text
from factcheck.drafts import draft_date
from factcheck.match import Matcher
from factcheck.run import load_index
from tests.conftest import ROOT

DRAFTS = sorted((ROOT / "tests" / "data" / "drafts").glob("*.md")) + sorted(
    (ROOT / "tests" / "data" / "holdout13").glob("*.md")
)


def _findings(paths: list[Path], claims: list[Path]) -> list[tuple[object, ...]]:
    index = load_index(claims, None)
    found = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        when, _ = draft_date(text, None, date(2026, 11, 22))
        _, findings = check_text(text, when, index, path.name, show_all=True)
        found += [(path.name, f.line, f.column, f.verdict, f.claim_id, f.message) for f in findings]
    return found


@pytest.mark.parametrize("database", ["shipped", "synthetic"])
def test_both_ways_of_setting_claims_aside_agree(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shipped database has more terms than shapes, bench/synthetic.py's
    # fewer: each takes the other way by itself.
    claims: list[Path] = []
    drafts = DRAFTS
    if database == "synthetic":
        sys.path.insert(0, str(ROOT / "bench"))
        from synthetic import generate

        generate(tmp_path / "db", 3000)
        claims = [tmp_path / "db" / "claims"]
        # A claim found only through near spellings of its terms, its entity unnamed.
        index = load_index(claims, None)
        claim = next(
            entry.claim
            for values in index.by_value.values()
            for _, entry in values
            if entry.claim.metric == "artificial intelligence value added" and "-Q" in entry.claim.period.label
        )
        year, quarter = claim.period.label.split("-")
        misspelled = tmp_path / "misspelled.md"
        misspelled.write_text(f"In {quarter} {year}, artficial inteligence reached {claim.value_text} yuan.\n")
        drafts = [*DRAFTS, misspelled]
        assert ("misspelled.md", 1, claim.id) in {(name, line, claim_id) for name, line, _, _, claim_id, _ in
                                                  _findings([misspelled], claims)}
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    listed: list[bool] = []
    natural = Matcher._draft_terms

    def listing(self: Matcher) -> tuple[str, ...]:
        listed.append(True)
        return tuple(term for term in self.index.term_shapes() if self._here(term))

    monkeypatch.setattr(Matcher, "_draft_terms", listing)
    through_terms = _findings(drafts, claims)
    monkeypatch.setattr(Matcher, "_draft_terms", lambda self: None)
    shape_by_shape = _findings(drafts, claims)
    monkeypatch.setattr(Matcher, "_draft_terms", natural)
    as_it_runs = _findings(drafts, claims)
    assert listed, "the listing way was never taken"
    assert len(through_terms) > 300
    assert through_terms == shape_by_shape == as_it_runs
