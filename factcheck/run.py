"""Glue between the command line and the pure core: load the database,
read the drafts, check them, collect one Report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factcheck.database import DatabaseError, load_database
from factcheck.drafts import DraftError, draft_date, expand_paths, read_draft
from factcheck.finding import FileResult, Report
from factcheck.index import Index
from factcheck.locate import shipped_claims_dir
from factcheck.records import Database


class Fail(Exception):
    """The command cannot do its job: exit 2 with this one-line reason."""


@dataclass(frozen=True)
class Options:
    claims: tuple[Path, ...] = ()
    sources: Path | None = None
    date: date | None = None
    severities: tuple[tuple[str, str], ...] = ()
    show_all: bool = False


def database(claims: Sequence[Path], sources: Path | None) -> Database:
    paths = list(claims) or [shipped_claims_dir()]
    try:
        return load_database(paths, sources)
    except DatabaseError as exc:
        first = exc.problems[0]
        more = len(exc.problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''}; run 'factcheck claims validate')" if more else ""
        raise Fail(f"invalid claim database: {first}{tail}") from None


def check_paths(paths: Sequence[str], options: Options, today: date) -> Report:
    index = Index(database(options.claims, options.sources))
    from factcheck.check import check_text

    results = []
    notices = []
    try:
        files = list(expand_paths(paths or ["-"]))
    except DraftError as exc:
        raise Fail(str(exc)) from None
    for path in files:
        try:
            draft = read_draft(path)
        except DraftError as exc:
            if "binary file" in str(exc):
                notices.append(str(exc))
                continue
            raise Fail(str(exc)) from None
        when, where = draft_date(draft.text, options.date, today)
        count, findings = check_text(draft.text, when, index, path, dict(options.severities), options.show_all)
        results.append(FileResult(path, when, where, count, tuple(findings), draft.notices, draft.text))
    return Report(tuple(results), tuple(notices))
