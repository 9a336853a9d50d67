"""SARIF 2.1.0: one rule per verdict with a stable id, columns in code
points (declared with ``columnKind``), suppressed findings kept with an
in-source suppression, supported figures as passing results."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.finding import DEFAULT_SEVERITY, VERDICTS, Report

LEVELS = {"error": "error", "warning": "warning", "info": "note", "none": "none"}
DESCRIPTIONS = {
    "supported": "The figure agrees with a claim for its entity, metric and period.",
    "contradicted": "A claim for the figure's entity, metric and period gives another value.",
    "stale": "The value belongs to another period than the one the draft gives.",
    "misattributed": "The value belongs to another entity than the one the draft gives.",
    "unverified": "No claim in the database covers this economic figure.",
}


def rule_id(verdict: str) -> str:
    return f"factcheck/{verdict}"


def render(report: Report) -> str:
    rules = [
        {"id": rule_id(v), "name": v.capitalize(), "shortDescription": {"text": DESCRIPTIONS[v]},
         "defaultConfiguration": {"level": LEVELS[DEFAULT_SEVERITY[v]]}}
        for v in VERDICTS
    ]
    results: list[dict[str, Any]] = []
    for f in report.findings:
        result: dict[str, Any] = {
            "ruleId": rule_id(f.verdict),
            "ruleIndex": VERDICTS.index(f.verdict),
            "kind": "pass" if f.verdict == "supported" else "fail",
            "level": "none" if f.verdict == "supported" else LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": [{
                "physicalLocation": {
                    # A relative URI reference: spaces and non-ASCII names percent-encoded.
                    "artifactLocation": {"uri": quote(f.path.replace("\\", "/"))},
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": f.end_column,  # exclusive in SARIF too
                        "snippet": {"text": f.text},
                    },
                }
            }],
            "properties": {"verdict": f.verdict, "claimId": f.claim_id, "value": f.value, "unit": f.unit},
        }
        if f.suppressed:
            result["suppressions"] = [{"kind": "inSource"}]
        results.append(result)
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": __version__, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
