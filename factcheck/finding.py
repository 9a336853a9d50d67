"""The record of one judged figure, and the result of checking files."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

VERDICTS = ("supported", "contradicted", "stale", "misattributed", "unverified")
SEVERITIES = ("none", "info", "warning", "error")
FAIL_LEVELS = ("error", "warning", "info", "never")  # --fail-on: a severity, or never
DEFAULT_SEVERITY = {
    "supported": "none",
    "contradicted": "error",
    "stale": "warning",
    "misattributed": "error",
    "unverified": "info",
}


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


class Expected(NamedTuple):
    value: float
    unit: str
    period: str
    entity: str


class SourceRef(NamedTuple):
    id: str
    publisher: str | None
    published: str | None

    @property
    def origin(self) -> str:
        """"Publisher, date", as far as known."""
        return ", ".join(p for p in (self.publisher, self.published) if p)


class Finding(NamedTuple):
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    value: float
    unit: str | None
    qualifier: str | None
    verdict: str
    severity: str
    message: str
    claim_id: str | None
    expected: Expected | None
    source: SourceRef | None
    sentence: str = ""
    suppressed: bool = False


class FileResult(NamedTuple):
    path: str
    date: date
    date_source: str  # "--date", "front matter", "date line", "today"
    mentions: int
    findings: tuple[Finding, ...]
    notices: tuple[str, ...] = ()
    text: str = ""  # for formatters that need byte offsets


class Report(NamedTuple):
    files: tuple[FileResult, ...]
    notices: tuple[str, ...] = ()

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.files for f in result.findings]

    def summary(self) -> dict[str, int]:
        active = [f for f in self.findings if not f.suppressed]
        counts = {"files": len(self.files), "mentions": sum(r.mentions for r in self.files)}
        for verdict in VERDICTS:
            counts[verdict] = sum(1 for f in active if f.verdict == verdict)
        counts["suppressed"] = sum(1 for f in self.findings if f.suppressed)
        return counts
