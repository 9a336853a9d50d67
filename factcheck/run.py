"""Glue between the command line and the pure core: load the database,
read the drafts, check them, collect one Report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NamedTuple

from factcheck.config import dated, selected
from factcheck.drafts import DraftError, NotText, expand_paths, read_draft
from factcheck.finding import FileResult, Report
from factcheck.index import Index
from factcheck.locate import shipped_claims_dir
from factcheck.records import Database
from factcheck.suppress import suppress


class Fail(Exception):
    """The command cannot do its job: exit 2 with this one-line reason."""


class Options(NamedTuple):
    claims: tuple[Path, ...] = ()
    sources: Path | None = None
    date: date | None = None
    severities: tuple[tuple[str, str], ...] = ()
    show_all: bool = False
    # From the configuration (factcheck/config.py) and the editors' options:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    root: Path | None = None  # the folder include and exclude are relative to
    date_policy: str = "auto"
    changed_since: str | None = None
    baseline: Path | None = None
    jobs: int = 1  # processes checking files in parallel (factcheck/parallel.py)


def load_index(claims: Sequence[Path], sources: Path | None) -> Index:
    """The claims' index, from the compiled cache when nothing has changed."""
    from factcheck.cache import cached_index

    paths = list(claims) or [shipped_claims_dir()]
    return cached_index(paths, sources, _load_database)


def database(claims: Sequence[Path], sources: Path | None) -> Database:
    return load_index(claims, sources).db


def _load_database(paths: Sequence[Path], sources: Path | None) -> Database:
    # Imported only on a cache miss: a warm run never loads YAML or pydantic.
    from factcheck.database import DatabaseError, load_database

    try:
        return load_database(paths, sources)
    except DatabaseError as exc:
        first = exc.problems[0]
        more = len(exc.problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''}; run 'factcheck claims validate')" if more else ""
        raise Fail(f"invalid claim database: {first}{tail}") from None


def check_paths(paths: Sequence[str], options: Options, today: date) -> Report:
    index = load_index(options.claims, options.sources)
    results = []
    notices = []
    try:
        files = list(expand_paths(paths or ["-"]))
    except DraftError as exc:
        raise Fail(str(exc)) from None
    files = [f for f in files if selected(f, options.include, options.exclude, options.root or Path.cwd())]
    changed = _changed(options.changed_since, files)
    if changed is not None:
        files = [path for path in files if changed[path]]  # nothing new in the others since the revision
    if options.jobs > 1 and len(files) > 1 and "-" not in files:
        from factcheck.parallel import check_in_parallel

        outcomes = check_in_parallel(files, options, today, index, changed)
    else:
        outcomes = (check_one(path, options, today, index, changed[path] if changed is not None else None)
                    for path in files)
    for outcome in outcomes:
        if isinstance(outcome, str):
            notices.append(outcome)
        else:
            results.append(outcome)
    report = Report(tuple(results), tuple(notices))
    if options.baseline is not None:
        from factcheck import baseline

        try:
            report = baseline.apply(report, options.baseline)
        except baseline.BaselineError as exc:
            raise Fail(str(exc)) from None
    return report


def check_one(path: str, options: Options, today: date, index: Index, lines: set[int] | None) -> FileResult | str:
    """One file's result, or a notice when it is skipped; ``lines``: only
    findings on these (None: all). Runs in worker processes too."""
    from factcheck.check import check_text

    try:
        draft = read_draft(path)
    except DraftError as exc:
        if isinstance(exc, NotText):  # skipped with a notice, never counted as checked
            return str(exc)
        raise Fail(str(exc)) from None
    try:
        when, where = dated(draft.text, options.date, today, options.date_policy, path)
    except DraftError as exc:
        raise Fail(str(exc)) from None
    count, findings = check_text(draft.text, when, index, path, dict(options.severities), options.show_all)
    findings = suppress(draft.text, findings)
    if lines is not None:
        findings = [f for f in findings if lines & set(range(f.line, f.end_line + 1))]
    return FileResult(path, when, where, count, tuple(findings), draft.notices, draft.text)


def _changed(revision: str | None, files: Sequence[str]) -> dict[str, set[int]] | None:
    """Per file, the lines new or changed since ``revision`` (None: no filter)."""
    if revision is None:
        return None
    if "-" in files:
        raise Fail("--changed-since needs files in a git repository, not standard input")
    from factcheck.gitdiff import ChangedLines, GitError

    lines = ChangedLines(revision)
    try:
        return {path: lines(path) for path in files}
    except GitError as exc:
        raise Fail(str(exc)) from None
