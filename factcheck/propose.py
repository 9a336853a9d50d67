"""``factcheck claims propose``: YAML claim skeletons for a curator to edit,
one per figure of a source document."""

from __future__ import annotations

import re
from datetime import date

import yaml

from factcheck.context import Document
from factcheck.database import DatabaseError, load_database
from factcheck.entities import EntityFinder
from factcheck.extract import Mention, extract
from factcheck.locate import shipped_claims_dir
from factcheck.markup import mask_prose
from factcheck.match import DURATIONS, is_economic
from factcheck.records import Database

QUOTE_WIDTH = 50  # characters kept on each side of the figure
_SLUG = re.compile(r"[^a-z0-9]+")


def _entities(db: Database | None) -> dict[str, tuple[str, ...]]:
    if db is None:
        try:
            db = load_database([shipped_claims_dir()])
        except DatabaseError:
            return {}
    return dict(db.entities)


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-") or "x"


def _quote(text: str, mention: Mention, start: int, end: int) -> str:
    lo = max(start, mention.start - QUOTE_WIDTH)
    hi = min(end, mention.end + QUOTE_WIDTH)
    return " ".join(text[lo:hi].split())


def _metric_guess(sentence: str, mention: Mention) -> str:
    """Words just before the figure usually name what it measures."""
    before = sentence[: max(0, sentence.find(mention.text))]
    words = re.findall(r"[A-Za-z][A-Za-z-]+|[\u4e00-\u9fff]+", before)
    return " ".join(words[-5:]) or "TODO"


def propose_claims(text: str, source_id: str, when: date, db: Database | None) -> str:
    finder = EntityFinder(_entities(db))
    masked = mask_prose(text)
    document = Document(text, masked, when, finder)
    mentions = extract(text, masked)
    items = []
    for position, mention in enumerate(mentions):
        if not (is_economic(mention) or mention.unit is not None and mention.unit not in DURATIONS):
            continue
        lo = mentions[position - 1].end if position else 0
        hi = mentions[position + 1].start if position + 1 < len(mentions) else len(text)
        ctx = document.context(mention, lo, hi)
        start = ctx.sentence_start
        end = start + len(ctx.sentence)
        entity = ctx.entity or "TODO"
        period = str(ctx.period) if ctx.period else str(when.year)
        metric = _metric_guess(ctx.sentence, mention)
        claim = {
            "id": f"{_slug(entity)}.{_slug(metric)[:40]}.{_slug(period)}",
            "statement": " ".join(ctx.sentence.split())[:300],
            "entity": entity,
            "metric": metric,
            "kind": ctx.kind or "level",
            "value": _value_text(mention),
            "unit": mention.unit or "count",
            "period": period,
            "keywords": [],
            "source": source_id,
            "quote": _quote(text, mention, start, end),
        }
        if mention.qualifier in ("about", "more_than", "less_than", "at_least", "nearly"):
            claim["qualifier"] = mention.qualifier
        note = f"line {mention.line}, column {mention.column}"
        if ctx.period_text:
            note += f"; period from {ctx.period_text!r}" + (f" resolved against {when}" if ctx.period_relative else "")
        else:
            note += f"; no period in the text: assumed {when.year}"
        claim["notes"] = note
        items.append(claim)
    header = (
        f"# Claim skeletons proposed from a source dated {when} ({len(items)} figure(s)).\n"
        "# Edit every field: entity, metric, period and keywords are guesses.\n"
    )
    body = yaml.safe_dump(
        {"defaults": {"source": source_id}, "claims": items}, allow_unicode=True, sort_keys=False, width=100
    )
    return header + body


def _value_text(mention: Mention) -> float | str:
    """The value as the source writes it ("853.69 billion", "1.2万"); a plain
    number when it has no scale word or is written in words ("tens of thousands")."""
    if mention.scale == 1.0 or not any(ch.isdigit() for ch in mention.number):
        value = mention.value
        return int(value) if value.is_integer() else value
    number = mention.number.replace(",", "")
    match = re.search(r"(万亿|千亿|百亿|亿|万|萬|億|thousand|million|billion|trillion|bn|mn|k)", mention.text)
    return (
        f"{number} {match.group(1)}"
        if match and match.group(1).isascii()
        else f"{number}{match.group(1) if match else ''}"
    )
