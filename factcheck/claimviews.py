"""``claims list`` and ``claims show``: filtering and displaying claims."""

from __future__ import annotations

import io
import json

from rapidfuzz import fuzz

from factcheck.periods import parse_period
from factcheck.records import Claim, Database, Source

FUZZY_CUTOFF = 75


def filter_claims(
    db: Database,
    entity: str | None = None,
    metric: str | None = None,
    period: str | None = None,
    search: str | None = None,
) -> list[Claim]:
    selected = list(db.claims)
    if entity:
        wanted = entity.lower()
        names = {
            name for name, aliases in db.entities.items() if wanted in (name.lower(), *(a.lower() for a in aliases))
        }
        selected = [c for c in selected if c.entity in names or c.entity.lower() == wanted]
    if metric:
        selected = [c for c in selected if fuzz.partial_ratio(metric.lower(), c.metric.lower()) >= FUZZY_CUTOFF]
    if period:
        span = parse_period(period)
        selected = [c for c in selected if c.period.overlaps(span)]
    if search:
        needle = search.lower()

        def haystack(c: Claim) -> str:
            return " ".join([c.id, c.entity, c.metric, c.statement or "", " ".join(c.keywords)]).lower()

        selected = [c for c in selected if fuzz.partial_ratio(needle, haystack(c)) >= FUZZY_CUTOFF]
    return selected


def render_list(claims: list[Claim], fmt: str) -> str:
    if fmt == "json":
        rows = [
            {
                "id": c.id,
                "entity": c.entity,
                "metric": c.metric,
                "value": c.value,
                "unit": c.unit,
                "period": str(c.period),
                "source": c.source,
            }
            for c in claims
        ]
        return json.dumps({"version": 1, "claims": rows}, ensure_ascii=False, indent=2) + "\n"
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, width=160, no_color=True, highlight=False)
    table = Table("id", "entity", "metric", "value", "period", "source")
    for c in claims:
        table.add_row(c.id, c.entity, c.metric, c.shown, str(c.period), c.source)
    console.print(table)
    console.print(f"{len(claims)} claim(s)")
    return buffer.getvalue()


def render_claim(claim: Claim, source: Source | None) -> str:
    lines = [
        f"id:        {claim.id}",
        f"statement: {claim.statement or ''}",
        f"entity:    {claim.entity}",
        f"metric:    {claim.metric} ({claim.kind})",
        f"value:     {claim.shown}  (= {claim.value:,.10g})",
        f"period:    {claim.period}  ({claim.period.start} to {claim.period.end})",
        f"keywords:  {', '.join(claim.keywords)}",
        f"quote:     {claim.quote or ''}",
        f"defined:   {claim.path}:{claim.line}",
    ]
    if claim.notes:
        lines.append(f"notes:     {' '.join(claim.notes.split())}")
    if source:
        lines += [
            "source:",
            f"  id:        {source.id}",
            f"  title:     {source.title}",
            f"  publisher: {source.publisher}",
            f"  published: {source.published or 'not stated'}",
            f"  language:  {source.language}",
        ]
        if source.url:
            lines.append(f"  url:       {source.url}")
        if source.file:
            lines.append(f"  file:      {source.file}")
    return "\n".join(lines) + "\n"
