"""The checker: a pure generator from (text, date, index) to findings.

No I/O happens here, so the same function serves the command line, the
pre-commit hook, parallel workers and distributed engines alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from factcheck.context import Document
from factcheck.extract import Mention, extract
from factcheck.finding import DEFAULT_SEVERITY, Expected, Finding, SourceRef
from factcheck.index import Index
from factcheck.markup import mask_for
from factcheck.match import Judgement, Matcher
from factcheck.regexcache import compile as rx


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
    matcher = Matcher(index, text)
    contexts = []
    judged: list[Judgement | None] = []
    for position, mention in enumerate(mentions):
        lo = mentions[position - 1].end if position else 0
        hi = mentions[position + 1].start if position + 1 < len(mentions) else len(text)
        context = document.context(mention, lo, hi)
        contexts.append(context)
        judged.append(matcher.judge(mention, context, today))
    # A figure in brackets right after another restates it ("853.69 billion
    # yuan (8536.9亿元)"): judged by the same claim.
    restated: set[int] = set()
    for position in range(1, len(mentions)):
        before, judgement = mentions[position - 1], judged[position - 1]
        if judgement is not None and _BRACKET.fullmatch(text, before.end, mentions[position].start):
            again = matcher.restatement(mentions[position], before, judgement)
            if again is not None:
                judged[position] = again
                restated.add(position)
    # A sentence that names no entity speaks about the one whose claim a
    # figure of it agrees with ("Value added grew 8.7%, 2.7% faster than
    # industry"): a figure no claim covered is judged again as about it.
    subjects: dict[int, set[str]] = {}
    for context, judgement in zip(contexts, judged):
        if judgement and judgement.claim and judgement.verdict == "supported" and context.entity_source != "sentence":
            subjects.setdefault(context.sentence_start, set()).add(judgement.claim.entity)
    for position, (mention, context, judgement) in enumerate(zip(mentions, contexts, judged)):
        subject = subjects.get(context.sentence_start, set())
        if len(subject) != 1 or context.entity_source == "sentence" or position in restated:
            continue
        if judgement is None or judgement.verdict != "unverified":
            continue
        (who,) = subject
        about = replace(context, entity=who, entity_source="sentence", entities=(who,), entities_around=(who,))
        again = matcher.judge(mention, about, today)
        if again is not None and again.verdict != "unverified":
            judged[position], contexts[position] = again, about
    # Two figures of a sentence contradicted by one claim ("runs 8 industrial
    # robots on its line, makes more than 10 joint models"): the claim is
    # about the one whose words fit it best; the other is judged without it.
    contradicting: dict[tuple[int, str], int] = {}
    for position, (context, judgement) in enumerate(zip(contexts, judged)):
        if judgement and judgement.claim and judgement.verdict == "contradicted":
            key = (context.sentence_start, judgement.claim.id)
            other = contradicting.get(key)
            if other is None:
                contradicting[key] = position
                continue
            weaker = position if judgement.score <= (judged[other].score if judged[other] else 0.0) else other
            contradicting[key] = other if weaker == position else position
            claim = judgement.claim.id
            judged[weaker] = matcher.judge(mentions[weaker], contexts[weaker], today, frozenset({claim}))
    # A claim that one figure of a sentence agrees with is what that figure
    # speaks about; it cannot also contradict its neighbours ("146 companies
    # and 161 brands"): judge those again without it.
    taken: dict[int, set[str]] = {}
    for context, judgement in zip(contexts, judged):
        if judgement and judgement.claim and judgement.verdict in ("supported", "stale"):
            taken.setdefault(context.sentence_start, set()).add(judgement.claim.id)
    for position, (mention, context, judgement) in enumerate(zip(mentions, contexts, judged)):
        others = taken.get(context.sentence_start, set())
        if judgement and judgement.claim and judgement.verdict not in ("supported", "stale") and (
            judgement.claim.id in others and position not in restated
        ):
            judgement = judged[position] = matcher.judge(mention, context, today, frozenset(others))
        elif others and judgement is not None and judgement.claim is None and position not in restated:
            # "A and B reached 80.1% and 69.2% respectively": with A's claim
            # taken by the first figure, B's may be the only one left.
            again = matcher.judge(mention, context, today, frozenset(others))
            if again is not None and again.claim is not None:
                judgement = judged[position] = again
        if judgement is None:
            if not show_all:
                continue
            judgement = Judgement("unverified", None, f"{mention.text}: not an economic figure that any claim covers")
        yield _finding(path, mention, judgement, severities, index, context.sentence)


_BRACKET = rx(r"\s*[(（]\s*")


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
