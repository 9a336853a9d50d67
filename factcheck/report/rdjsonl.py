"""reviewdog's rdjsonl: one diagnostic per line, columns in UTF-8 bytes."""

from __future__ import annotations

import json
import re

from factcheck.finding import Finding, Report

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _byte_column(line_text: str, column: int) -> int:
    return len(line_text[: column - 1].encode("utf-8")) + 1


def diagnostic(finding: Finding, lines: list[str]) -> dict[str, object]:
    start_text = lines[finding.line - 1] if finding.line <= len(lines) else ""
    end_text = lines[finding.end_line - 1] if finding.end_line <= len(lines) else ""
    return {
        "message": finding.message,
        "location": {
            "path": finding.path,
            "range": {
                "start": {"line": finding.line, "column": _byte_column(start_text, finding.column)},
                "end": {"line": finding.end_line, "column": _byte_column(end_text, finding.end_column)},
            },
        },
        "severity": SEVERITY[finding.severity],
        "source": {"name": "factcheck"},
        "code": {"value": finding.verdict},
    }


def render(report: Report) -> str:
    out = []
    for result in report.files:
        lines = re.split(r"\r\n|\n|\r", result.text)
        for finding in result.findings:
            if finding.severity in SEVERITY and not finding.suppressed:
                out.append(json.dumps(diagnostic(finding, lines), ensure_ascii=False))
    return "".join(line + "\n" for line in out)
