"""The editor's view: a rich table per file, the figure highlighted in its
sentence, what the claim says and where it comes from."""

from __future__ import annotations

import io
import os

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.finding import Finding, Report

STYLES = {
    "supported": "green",
    "contradicted": "bold red",
    "stale": "yellow",
    "misattributed": "bold magenta",
    "unverified": "cyan",
}


def _sentence(finding: Finding) -> Text:
    sentence = finding.sentence
    where = sentence.find(finding.text)
    if where < 0:
        return Text(finding.text, style="bold")
    start = max(0, where - 60)
    end = min(len(sentence), where + len(finding.text) + 60)
    text = Text(("…" if start else "") + sentence[start:where])
    text.append(finding.text, style="bold reverse")
    text.append(sentence[where + len(finding.text) : end] + ("…" if end < len(sentence) else ""))
    return text


def _claim(finding: Finding) -> Text:
    if finding.expected is None:
        return Text(finding.message, style="dim")
    text = Text(finding.message)
    if finding.claim_id:
        text.append(f"\n{finding.claim_id}", style="dim")
    return text


def _source(finding: Finding) -> str:
    if finding.source is None:
        return ""
    return finding.source.origin or finding.source.id


def _counts(summary: dict[str, int]) -> Text:
    text = Text()
    for verdict, style in STYLES.items():
        if text:
            text.append(" · ")
        text.append(f"{summary[verdict]} {verdict}", style=style if summary[verdict] else "dim")
    if summary.get("suppressed"):
        text.append(f" · {summary['suppressed']} suppressed", style="dim")
    return text


def render(report: Report, width: int | None = None, color: bool | None = None) -> str:
    buffer = io.StringIO()
    if color is None:
        color = bool(os.environ.get("FORCE_COLOR")) and not os.environ.get("NO_COLOR")
    console = Console(
        file=buffer,
        width=width or int(os.environ.get("COLUMNS", 120)),
        force_terminal=color,
        no_color=not color,
        highlight=False,
        soft_wrap=False,
    )
    for result in report.files:
        console.print(
            Text(result.path, style="bold underline"),
            Text(f"  dated {result.date.isoformat()} ({result.date_source})", style="dim"),
        )
        for notice in result.notices:
            console.print(Text(f"  notice: {notice}", style="yellow"))
        if result.findings:
            table = Table(show_lines=False, expand=False, pad_edge=False)
            table.add_column("line:col", no_wrap=True)
            table.add_column("verdict", no_wrap=True)
            table.add_column("figure in its sentence", ratio=3)
            table.add_column("what the claim says", ratio=3)
            table.add_column("source", ratio=1)
            for finding in result.findings:
                verdict = Text(
                    finding.verdict + (" (suppressed)" if finding.suppressed else ""),
                    style="dim" if finding.suppressed else STYLES[finding.verdict],
                )
                table.add_row(
                    f"{finding.line}:{finding.column}", verdict, _sentence(finding), _claim(finding), _source(finding)
                )
            console.print(table)
        per_file = Report((result,)).summary()
        console.print(Text(f"  {per_file['mentions']} figure(s): ") + _counts(per_file))
        console.print()
    for notice in report.notices:
        console.print(Text(f"notice: {notice}", style="yellow"))
    total = report.summary()
    console.print(
        Text(f"Total: {total['files']} file(s), {total['mentions']} figure(s): ", style="bold") + _counts(total)
    )
    return buffer.getvalue()
