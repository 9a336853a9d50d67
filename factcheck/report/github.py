"""GitHub Actions workflow commands, and the markdown job summary."""

from __future__ import annotations

from factcheck.finding import Finding, Report

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    level = LEVELS[finding.severity]
    props = ",".join([
        f"file={_property(finding.path)}",
        f"line={finding.line}",
        f"col={finding.column}",
        f"endLine={finding.end_line}",
        f"endColumn={finding.end_column}",
        f"title={_property('factcheck: ' + finding.verdict)}",
    ])
    return f"::{level} {props}::{_data(finding.message)}"


def render(report: Report) -> str:
    lines = [command(f) for f in report.findings if f.severity in LEVELS and not f.suppressed]
    summary = report.summary()
    lines.append(
        f"factcheck: {summary['files']} file(s), {summary['mentions']} figure(s): "
        + ", ".join(f"{summary[v]} {v}" for v in ("supported", "contradicted", "stale", "misattributed", "unverified"))
    )
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def step_summary(report: Report) -> str:
    """A markdown report for $GITHUB_STEP_SUMMARY."""
    summary = report.summary()
    out = ["## factcheck", ""]
    out.append(" · ".join(f"**{summary[v]}** {v}" for v in ("contradicted", "misattributed", "stale", "unverified", "supported")))
    out += ["", "| file | line | verdict | figure | message |", "| --- | --- | --- | --- | --- |"]
    for f in report.findings:
        if f.verdict == "supported" or f.suppressed:
            continue
        out.append(f"| {_cell(f.path)} | {f.line}:{f.column} | {f.verdict} | {_cell(f.text)} | {_cell(f.message)} |")
    return "\n".join(out) + "\n"
