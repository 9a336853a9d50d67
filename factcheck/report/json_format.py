"""The contract's JSON output (CONTRACT.md section 4), version 1."""

from __future__ import annotations

import json
from typing import Any

from factcheck.finding import Finding, Report


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "text": finding.text,
        "value": finding.value,
        "unit": finding.unit,
        "verdict": finding.verdict,
        "severity": finding.severity,
        "message": finding.message,
        "claim_id": finding.claim_id,
        "expected": finding.expected._asdict() if finding.expected else None,
        "source": finding.source._asdict() if finding.source else None,
        # extensions (docs/output.md)
        "qualifier": finding.qualifier,
        "suppressed": finding.suppressed,
    }


def render(report: Report) -> str:
    document = {
        "version": 1,
        "findings": [finding_dict(f) for f in report.findings],
        "summary": report.summary(),
        "drafts": [
            {"path": r.path, "date": r.date.isoformat(), "date_source": r.date_source} for r in report.files
        ],
        "notices": [*report.notices, *(n for r in report.files for n in r.notices)],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
