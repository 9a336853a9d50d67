"""GitHub Actions workflow commands, and the markdown job summary.

Escaping follows @actions/core: in the message, %, CR and LF; in property
values also ':' and ','. GitHub takes a column range on one line only, so a
figure broken across lines is annotated by lines alone.
"""

from __future__ import annotations

from factcheck.finding import VERDICTS, Finding, Report

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _path(path: str) -> str:
    path = path.replace("\\", "/")
    return path[2:] if path.startswith("./") else path


def command(finding: Finding) -> str:
    level = LEVELS[finding.severity]
    props = [f"file={_property(_path(finding.path))}", f"line={finding.line}"]
    if finding.end_line == finding.line:
        props += [f"col={finding.column}", f"endColumn={finding.end_column - 1}"]  # GitHub's end is inclusive
    else:
        props.append(f"endLine={finding.end_line}")
    title = f"factcheck: {finding.verdict}" + (f" ({finding.claim_id})" if finding.claim_id else "")
    props.append(f"title={_property(title)}")
    return f"::{level} {','.join(props)}::{_data(finding.message)}"


def render(report: Report) -> str:
    lines = [command(f) for f in report.findings if f.severity in LEVELS and not f.suppressed]
    summary = report.summary()
    lines.append(
        f"factcheck: {summary['files']} file(s), {summary['mentions']} figure(s): "
        + ", ".join(f"{summary[v]} {v}" for v in (*VERDICTS, "suppressed"))
    )
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())  # one table row, whatever the text holds


def step_summary(report: Report) -> str:
    """A markdown report for $GITHUB_STEP_SUMMARY."""
    summary = report.summary()
    out = ["## factcheck", ""]
    order = ("contradicted", "misattributed", "stale", "unverified", "supported", "suppressed")
    out.append(f"{summary['files']} file(s), {summary['mentions']} figure(s): "
               + " · ".join(f"**{summary[v]}** {v}" for v in order))
    shown = [f for f in report.findings if f.verdict != "supported" and not f.suppressed]
    if not shown:
        return "\n".join([*out, "", "No problems found.", ""])
    out += ["", "| file | line | verdict | figure | message | source |", "| --- | --- | --- | --- | --- | --- |"]
    for f in shown:
        source = f.source.origin if f.source else ""
        out.append(f"| {_cell(_path(f.path))} | {f.line}:{f.column} | {f.verdict} | {_cell(f.text)} "
                   f"| {_cell(f.message)} | {_cell(source)} |")
    return "\n".join(out) + "\n\n"
