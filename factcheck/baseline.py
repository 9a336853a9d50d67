"""Baselines: today's accepted findings of an existing archive, recorded so
that CI fails only on new ones.

A finding is matched by its file, claim and figure text, never by its line,
so edits above it do not turn it new. Each entry accepts as many findings as
it counts; one more of the same is new. Matched findings are marked
suppressed: they stay in the report and in the summary's count.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from pathlib import Path

from factcheck.finding import Finding, Report
from factcheck.scaffold import default_mode

VERSION = 1
Key = tuple[str, str | None, str]


class BaselineError(Exception):
    """A baseline that cannot be read or written: one line naming the file."""


def _relative(path: str, folder: Path) -> str:
    """The draft's path relative to the baseline's folder, with slashes, so a
    baseline made in one folder is matched from any other."""
    if path == "-":
        return path
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(folder.resolve()).as_posix()
    except ValueError:
        return Path(os.path.relpath(absolute, folder.resolve())).as_posix()


def _text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()  # re-wrapping a paragraph does not make a figure new


def key(finding: Finding, folder: Path) -> Key:
    return (_relative(finding.path, folder), finding.claim_id, _text(finding.text))


def recordable(finding: Finding) -> bool:
    return not finding.suppressed and finding.severity != "none"


def render(report: Report, output: Path) -> str:
    folder = output.parent
    counts = Counter((key(f, folder), f.verdict) for f in report.findings if recordable(f))
    entries = [
        {"path": k[0], "claim_id": k[1], "text": k[2], "verdict": verdict, "count": n}
        for (k, verdict), n in sorted(counts.items(), key=lambda item: (item[0][0][0], item[0][0][2],
                                                                         str(item[0][0][1]), item[0][1]))
    ]
    return json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n"


def write(report: Report, output: Path) -> int:
    """Write the baseline atomically (a crash never leaves half a file); the
    number of findings recorded."""
    text = render(report, output)
    folder = output.parent if str(output.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.chmod(temporary, default_mode())  # mkstemp makes it private; a baseline is shared
            os.replace(temporary, output)
        except BaseException:
            os.unlink(temporary)  # no half-written temporary file left beside the baseline
            raise
    except OSError as exc:
        raise BaselineError(f"{output}: cannot write ({exc.strerror or exc})") from None
    return sum(1 for finding in report.findings if recordable(finding))


def load(path: Path) -> Counter[Key]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file (make one with 'factcheck baseline')") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read the baseline ({exc})") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}: not a factcheck baseline (invalid JSON: {exc.msg})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a factcheck baseline (expected version {VERSION} and a findings list)")
    accepted: Counter[Key] = Counter()
    for number, entry in enumerate(data["findings"], 1):
        try:
            path_, text, count = entry["path"], entry["text"], entry.get("count", 1)
            claim = entry.get("claim_id")
            if not (isinstance(path_, str) and isinstance(text, str) and isinstance(count, int) and count > 0
                    and (claim is None or isinstance(claim, str))):
                raise TypeError
        except (KeyError, TypeError, AttributeError):
            raise BaselineError(f"{path}: finding {number}: expected path, claim_id, text and a positive count") \
                from None
        accepted[(path_, claim, _text(text))] += count
    return accepted


def apply(report: Report, path: Path) -> Report:
    """The report with accepted findings marked suppressed; a notice when
    accepted findings no longer occur (the baseline wants refreshing)."""
    accepted = load(path)
    remaining = Counter(accepted)
    folder = path.parent
    files = []
    for result in report.files:
        findings = []
        for finding in result.findings:
            k = key(finding, folder)
            if recordable(finding) and remaining[k] > 0:
                remaining[k] -= 1
                finding = finding._replace(suppressed=True)
            findings.append(finding)
        files.append(result._replace(findings=tuple(findings)))
    notices = []
    checked = {_relative(r.path, folder) for r in report.files}
    gone = sum(n for k, n in remaining.items() if n > 0 and k[0] in checked)
    if gone:
        notices.append(f"{gone} baseline finding(s) in {path} no longer occur; "
                       "refresh it with 'factcheck baseline'")
    return Report(tuple(files), report.notices + tuple(notices))

