"""Inline suppressions in drafts, in the style editors know from Vale:

    <!-- factcheck off -->              nothing is reported until ...
    <!-- factcheck on -->               ... everything is again (ids too)
    <!-- factcheck ignore-next-line --> nothing on the following line
    <!-- factcheck ignore CLAIM_ID -->  nothing about that claim from here on
                                        (several ids: spaces or commas)

Suppressed findings are kept, marked ``suppressed``: the summary counts them
and the JSON lists them, so nothing is lost silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from factcheck.finding import Finding
from factcheck.regexcache import compile as rx

DIRECTIVE = rx(
    r"<!--\s*factcheck\s+(?:"
    r"(?P<off>off)|(?P<on>on)|(?P<next>ignore-next-line)"
    r"|ignore\s+(?P<ids>[a-z0-9._-]+(?:[\s,]+[a-z0-9._-]+)*)"
    r")\s*-->"
)


class Directive(NamedTuple):
    line: int
    column: int
    end_line: int
    kind: str  # "off", "on", "next", "ignore"
    ids: frozenset[str] = frozenset()


def directives(text: str) -> list[Directive]:
    out = []
    for match in DIRECTIVE.finditer(text):
        start = match.start()
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        end_line = line + match.group(0).count("\n")
        kind = next(k for k in ("off", "on", "next", "ids") if match.group(k))
        ids = frozenset(re.split(r"[\s,]+", match.group("ids"))) if kind == "ids" else frozenset()
        out.append(Directive(line, column, end_line, "ignore" if kind == "ids" else kind, ids))
    return out


def _suppressed(finding: Finding, found: list[Directive]) -> bool:
    off = False
    ignored: set[str] = set()
    for directive in found:
        if directive.kind == "next":
            if finding.line == directive.end_line + 1:
                return True
            continue
        if (directive.line, directive.column) >= (finding.line, finding.column):
            break  # directives come in text order; the rest are after the figure
        if directive.kind == "off":
            off = True
        elif directive.kind == "on":
            off, ignored = False, set()
        else:
            ignored |= directive.ids
    return off or (finding.claim_id is not None and finding.claim_id in ignored)


def suppress(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """The findings, those that a directive covers marked suppressed."""
    found = directives(text)
    if not found:
        return list(findings)
    return [f._replace(suppressed=True) if not f.suppressed and _suppressed(f, found) else f for f in findings]
