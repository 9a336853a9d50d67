"""One line per finding, as linters print them: for hooks and logs.

    drafts/a.md:12:5: contradicted: the draft says ... [claim-id; Publisher, 2023-12-08]

Supported figures are not listed (they are counted in the summary line);
no rich, so a pre-commit hook stays light.
"""

from __future__ import annotations

from factcheck.finding import VERDICTS, Finding, Report


def line(finding: Finding) -> str:
    where = f"{finding.path}:{finding.line}:{finding.column}"
    cited = ""
    if finding.claim_id:
        source = finding.source
        origin = source.origin if source else ""
        cited = f" [{finding.claim_id}" + (f"; {origin}" if origin else "") + "]"
    suppressed = " (suppressed)" if finding.suppressed else ""
    return f"{where}: {finding.verdict}{suppressed}: {finding.message}{cited}"


def render(report: Report) -> str:
    out = [line(f) for f in report.findings if f.verdict != "supported"]
    summary = report.summary()
    counts = ", ".join(f"{summary[v]} {v}" for v in VERDICTS)
    if summary.get("suppressed"):
        counts += f", {summary['suppressed']} suppressed"
    out.append(f"factcheck: {summary['files']} file(s), {summary['mentions']} figure(s): {counts}")
    return "\n".join(out) + "\n"
