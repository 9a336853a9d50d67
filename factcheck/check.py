"""The checker: a pure generator from (text, date, index) to findings.

No I/O happens here, so the same function serves the command line, the
pre-commit hook, parallel workers and distributed engines alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.cellunits import in_table_unit
from factcheck.context import Context, Document
from factcheck.extract import Mention, extract
from factcheck.finding import DEFAULT_SEVERITY, Expected, Finding, SourceRef
from factcheck.index import Index
from factcheck.markup import mask_for
from factcheck.match import Judgement, Matcher
from factcheck.neighbours import revise


def check_text(
    text: str,
    today: date,
    index: Index,
    path: str = "<text>",
    severities: dict[str, str] | None = None,
    show_all: bool = False,
) -> tuple[int, list[Finding]]:
    """Judge every figure of ``text``: (number of mentions, findings).
    ``path`` only labels the findings and chooses the markup."""
    masked = mask_for(path, text)
    mentions = extract(text, masked)
    severities = {**DEFAULT_SEVERITY, **(severities or {})}
    return len(mentions), list(iter_findings(text, masked, mentions, today, index, path, severities, show_all))


def iter_findings(
    text: str,
    masked: str,
    mentions: list[Mention],
    today: date,
    index: Index,
    path: str,
    severities: dict[str, str],
    show_all: bool,
) -> Iterator[Finding]:
    document = Document(text, masked, today, index.finder, index.db.part_of)
    if document.tables.rows:  # "| Turnover, billion yuan | 853.69 |": the cell's number in the row's unit
        mentions = [in_table_unit(mention, text, document.tables) for mention in mentions]
    named = tuple(dict.fromkeys(name for _, _, name in document.entities))
    matcher = Matcher(index, text, named, tables=bool(document.tables.rows), home=document.home)
    contexts: list[Context] = []
    judged: list[Judgement | None] = []
    for position, mention in enumerate(mentions):
        lo = mentions[position - 1].end if position else 0
        hi = mentions[position + 1].start if position + 1 < len(mentions) else len(text)
        context = document.context(mention, lo, hi)
        contexts.append(context)
        judged.append(matcher.judge(mention, context, today))
    revise(text, mentions, contexts, judged, matcher, today)
    for mention, context, judgement in zip(mentions, contexts, judged):
        if judgement is None:
            if not show_all:
                continue
            judgement = Judgement("unverified", None, f"{mention.text}: not an economic figure that any claim covers")
        yield _finding(path, mention, judgement, severities, index, context.sentence)


def _finding(
    path: str, mention: Mention, judgement: Judgement, severities: dict[str, str], index: Index, sentence: str
) -> Finding:
    claim = judgement.claim
    expected = source = None
    if claim is not None:
        expected = Expected(claim.value, claim.unit, str(claim.period), claim.entity)
        record = index.db.sources.get(claim.source)
        source = SourceRef(
            claim.source,
            record.publisher if record else None,
            record.published.isoformat() if record and record.published else None,
        )
    return Finding(
        path=path,
        line=mention.line,
        column=mention.column,
        end_line=mention.end_line,
        end_column=mention.end_column,
        text=mention.text,
        value=mention.value,
        unit=mention.unit,
        qualifier=mention.qualifier,
        verdict=judgement.verdict,
        severity=severities[judgement.verdict],
        message=judgement.message,
        claim_id=claim.id if claim else None,
        expected=expected,
        source=source,
        sentence=" ".join(sentence.split()),
    )
