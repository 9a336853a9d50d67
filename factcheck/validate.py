"""``factcheck claims validate``: every problem in a database, including
quotes checked against the source texts (this catches curation typos)."""

from __future__ import annotations

import math
import re
from pathlib import Path

from factcheck.database import DatabaseError, display_path, load_database
from factcheck.extract import extract
from factcheck.locate import shipped_claims_dir
from factcheck.records import Claim, Database, Problem


def validate_database(claims: list[Path], sources: Path | None, texts: Path | None) -> tuple[list[Problem], int]:
    try:
        db = load_database(claims or [shipped_claims_dir()], sources)
    except DatabaseError as exc:
        return exc.problems, 0
    problems = check_keywords(db)
    problems += check_quotes(db, texts) if texts else []
    return problems, len(db.claims)


def check_keywords(db: Database) -> list[Problem]:
    """A keyword that states the claim's own value ("10亿元", "3个人") makes
    every draft that gives the value look like it names the metric, and
    one that gives another value look like it does not."""
    problems = []
    figures: dict[str, tuple[float, ...]] = {}  # claims share keywords: each is read once
    for claim in db.claims:
        for keyword in claim.keywords:
            if keyword not in figures:
                figures[keyword] = tuple(m.value for m in extract(keyword))
            if _value_in(keyword, claim, figures[keyword]):
                problems.append(
                    Problem(claim.path, claim.line, f"claim '{claim.id}': keyword {keyword!r} states the claim's value")
                )
    return problems


_SMALL_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()


def _value_in(quote: str, claim: Claim, figures: tuple[float, ...] | None = None) -> bool:
    """The quote states the claim's value: as a figure (scale applied), or,
    for small whole numbers, as an English word ("six days"). ``figures``:
    the values of the quote's figures, when already extracted."""
    if figures is None:
        figures = tuple(m.value for m in extract(quote))
    if any(math.isclose(value, claim.value, rel_tol=1e-9) for value in figures):
        return True
    value = claim.value
    if value.is_integer() and 0 <= value < len(_SMALL_WORDS):
        return re.search(rf"\b{_SMALL_WORDS[int(value)]}\b", quote, re.I) is not None
    return False


def check_quotes(db: Database, texts: Path) -> list[Problem]:
    problems = []
    cache: dict[str, str | None] = {}
    if not texts.is_dir():
        return [Problem(display_path(texts), None, "source texts folder not found")]
    for claim in db.claims:
        if not claim.quote:
            continue
        source = db.sources.get(claim.source)
        if source is None or not source.file:
            problems.append(
                Problem(
                    claim.path,
                    claim.line,
                    f"claim '{claim.id}': source '{claim.source}' names no 'file' to check the quote in",
                )
            )
            continue
        if source.file not in cache:
            path = texts / source.file
            cache[source.file] = path.read_text(encoding="utf-8-sig") if path.is_file() else None
        text = cache[source.file]
        if text is None:
            problems.append(Problem(source.path, source.line, f"source text {source.file} not found in {texts}"))
            continue
        if claim.quote not in text and " ".join(claim.quote.split()) not in " ".join(text.split()):
            problems.append(
                Problem(
                    claim.path, claim.line, f"claim '{claim.id}': quote not found in {source.file}: {claim.quote!r}"
                )
            )
        elif not _value_in(claim.quote, claim):
            problems.append(
                Problem(
                    claim.path, claim.line, f"claim '{claim.id}': the quote does not state the value {claim.value_text}"
                )
            )
    return problems
