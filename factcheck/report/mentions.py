"""Output of ``factcheck extract``: the contract's JSON, or a table."""

from __future__ import annotations

import json
from collections.abc import Sequence

from factcheck.extract import Mention


def mention_dict(path: str, m: Mention) -> dict[str, object]:
    return {
        "path": path, "line": m.line, "column": m.column, "end_line": m.end_line, "end_column": m.end_column,
        "text": m.text, "value": m.value, "unit": m.unit, "qualifier": m.qualifier,
    }


def render(found: Sequence[tuple[str, Sequence[Mention]]], fmt: str) -> str:
    if fmt == "json":
        mentions = [mention_dict(path, m) for path, ms in found for m in ms]
        return json.dumps({"version": 1, "mentions": mentions}, ensure_ascii=False, indent=2) + "\n"
    import io

    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, width=120, no_color=True, highlight=False)
    table = Table("path", "line:col", "text", "value", "unit", "qualifier")
    for path, mentions in found:
        for m in mentions:
            table.add_row(path, f"{m.line}:{m.column}", m.text, f"{m.value:,.10g}", m.unit or "", m.qualifier or "")
    console.print(table)
    console.print(f"{sum(len(ms) for _, ms in found)} figure(s) in {len(found)} file(s)")
    return buffer.getvalue()
