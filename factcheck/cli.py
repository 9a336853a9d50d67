"""The command line: ``factcheck check``, ``extract`` and ``claims``.

Options are parsed here and nothing else; the work happens in run.py and
the pure core. Whatever cannot be done ends with exit code 2 and one line
on stderr, never a traceback.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path

import click

from factcheck import __version__
from factcheck.finding import SEVERITIES, VERDICTS, severity_rank

FAIL_LEVELS = ("error", "warning", "info", "never")


class Date(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return datetime.strptime(str(value), "%Y-%m-%d").date()
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


def _fail(message: str) -> None:
    click.echo(f"factcheck: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Check the economic figures in drafts against a database of sourced claims."""


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--claims", "claims", multiple=True, type=click.Path(path_type=Path),
              help="Claims folder or file (repeatable). Default: the shipped database.")
@click.option("--sources", type=click.Path(path_type=Path), help="Sources folder. Default: beside the claims folder.")
@click.option("--date", "when", type=Date(), help="The drafts' publication date, for 'this year' and the like.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "sarif", "github", "rdjsonl"]), default="table",
              show_default=True)
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--severity", "severity", multiple=True, metavar="VERDICT=LEVEL",
              help="Override a verdict's severity, e.g. --severity stale=error (repeatable).")
@click.option("--show-all", is_flag=True, help="Also list plain numbers that no claim covers.")
def check(paths: tuple[str, ...], claims: tuple[Path, ...], sources: Path | None, when: date | None, fmt: str,
          fail_on: str, severity: tuple[str, ...], show_all: bool) -> None:
    """Check PATHS (files, folders, or - for standard input)."""
    from factcheck.report import formatter
    from factcheck.run import Fail, Options, check_paths

    severities = []
    for item in severity:
        verdict, _, level = item.partition("=")
        if verdict not in VERDICTS or level not in SEVERITIES:
            _fail(f"--severity {item!r}: expected VERDICT=LEVEL with a verdict in {', '.join(VERDICTS)} "
                  f"and a level in {', '.join(SEVERITIES)}")
        severities.append((verdict, level))
    options = Options(claims=claims, sources=sources, date=when, severities=tuple(severities), show_all=show_all)
    try:
        report = check_paths(paths, options, date.today())
    except Fail as exc:
        _fail(str(exc))
    click.echo(formatter(fmt)(report), nl=False)
    for notice in report.notices:
        click.echo(f"factcheck: notice: {notice}", err=True)
    if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        from factcheck.report.github import step_summary

        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
            handle.write(step_summary(report))
    if fail_on != "never":
        threshold = severity_rank(fail_on)
        if any(severity_rank(f.severity) >= threshold for f in report.findings if not f.suppressed):
            sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def extract(paths: tuple[str, ...], fmt: str) -> None:
    """List every figure in PATHS, normalised (no database needed)."""
    from factcheck.drafts import DraftError, expand_paths, read_draft
    from factcheck.extract import extract as find
    from factcheck.markup import mask_for
    from factcheck.report.mentions import render

    found = []
    try:
        for path in expand_paths(paths or ["-"]):
            draft = read_draft(path)
            for notice in draft.notices:
                click.echo(f"factcheck: notice: {notice}", err=True)
            found.append((path, find(draft.text, mask_for(path, draft.text))))
    except DraftError as exc:
        _fail(str(exc))
    click.echo(render(found, fmt), nl=False)


@cli.group()
def claims() -> None:
    """Inspect, validate and curate the claim database."""


def _db_options(function):  # type: ignore[no-untyped-def]
    function = click.option("--sources", type=click.Path(path_type=Path),
                            help="Sources folder. Default: beside the claims folder.")(function)
    return click.option("--claims", "claims_paths", multiple=True, type=click.Path(path_type=Path),
                        help="Claims folder or file (repeatable). Default: the shipped database.")(function)


@claims.command()
@_db_options
@click.option("--texts", type=click.Path(path_type=Path, file_okay=False),
              help="Folder of source texts: check each quote occurs there and contains the value.")
def validate(claims_paths: tuple[Path, ...], sources: Path | None, texts: Path | None) -> None:
    """Check the database itself; list every problem."""
    from factcheck.validate import validate_database

    problems, count = validate_database(list(claims_paths), sources, texts)
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        click.echo(f"factcheck: {len(problems)} problem(s) in the claim database", err=True)
        sys.exit(2)
    click.echo(f"{count} claims OK" + (f"; quotes checked against {texts}" if texts else ""))


def _load(claims_paths: tuple[Path, ...], sources: Path | None):  # type: ignore[no-untyped-def]
    from factcheck.run import Fail, database

    try:
        return database(claims_paths, sources)
    except Fail as exc:
        _fail(str(exc))


@claims.command("list")
@_db_options
@click.option("--entity", help="Only this entity (or an alias of it).")
@click.option("--metric", help="Metric, matched fuzzily.")
@click.option("--period", help="Only claims whose period overlaps this one (e.g. 2023, 2024-H1).")
@click.option("--search", help="Free text, matched fuzzily against every field.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def list_claims(claims_paths: tuple[Path, ...], sources: Path | None, entity: str | None, metric: str | None,
                period: str | None, search: str | None, fmt: str) -> None:
    """List claims as a table, filtered."""
    from factcheck.claimviews import filter_claims, render_list

    db = _load(claims_paths, sources)
    try:
        selected = filter_claims(db, entity=entity, metric=metric, period=period, search=search)
    except ValueError as exc:
        _fail(str(exc))
    click.echo(render_list(selected, fmt), nl=False)


@claims.command()
@_db_options
@click.argument("claim_id")
def show(claims_paths: tuple[Path, ...], sources: Path | None, claim_id: str) -> None:
    """Show one claim with its source."""
    from factcheck.claimviews import render_claim

    db = _load(claims_paths, sources)
    claim = db.claim(claim_id)
    if claim is None:
        _fail(f"no claim with id {claim_id!r}")
    click.echo(render_claim(claim, db.source_of(claim)), nl=False)


@claims.command()
@_db_options
@click.argument("source_text", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--source", "source_id", required=True, help="Id of the source record the claims will cite.")
@click.option("--date", "when", type=Date(), required=True, help="The source's publication date.")
def propose(claims_paths: tuple[Path, ...], sources: Path | None, source_text: Path, source_id: str,
            when: date) -> None:
    """Print YAML claim skeletons for every figure in SOURCE_TEXT."""
    from factcheck.drafts import DraftError, read_draft
    from factcheck.propose import propose_claims

    try:
        draft = read_draft(str(source_text))
    except DraftError as exc:
        _fail(str(exc))
    db = _load(claims_paths, sources) if (claims_paths or sources) else None
    click.echo(propose_claims(draft.text, source_id, when, db), nl=False)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("factcheck: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # never a traceback in front of an editor
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        click.echo(f"factcheck: internal error: {type(exc).__name__}: {exc} (set FACTCHECK_DEBUG=1 for details)",
                   err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
