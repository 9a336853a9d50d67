"""The command line: ``factcheck check``, ``extract`` and ``claims``.

Options are parsed here and nothing else; the work happens in run.py and
the pure core. Whatever cannot be done ends with exit code 2 and one line
on stderr, never a traceback.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import click

from factcheck import __version__
from factcheck.finding import FAIL_LEVELS, SEVERITIES, VERDICTS, severity_rank


class Date(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        from factcheck.periods import parse_day

        day = parse_day(str(value))
        if day is None:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)
        return day


def _fail(message: str) -> None:
    click.echo(f"factcheck: {message}", err=True)
    sys.exit(2)


class _Group(click.Group):
    """Usage errors (a bad --date, an unknown --format or option) in one line
    on stderr like every other error, not click's usage, hint and error lines."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):  # type: ignore[no-untyped-def,override]
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # 'factcheck' alone: the help, as click shows it
                exc.show()
                sys.exit(exc.exit_code)
            command = exc.ctx.command_path if exc.ctx else "factcheck"
            _fail(f"{exc.format_message()} (see '{command} --help')")
        except click.ClickException as exc:
            _fail(exc.format_message())
        except click.exceptions.Abort:
            click.echo("factcheck: interrupted", err=True)
            sys.exit(130)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Check the economic figures in drafts against a database of sourced claims."""


def _config(config_file: Path | None):  # type: ignore[no-untyped-def]
    from factcheck.config import ConfigError, load_config

    try:
        return load_config(config_file)
    except ConfigError as exc:
        _fail(str(exc))


def _check_options(config_file: Path | None, claims: tuple[Path, ...], sources: Path | None, when: date | None,
                   severity: tuple[str, ...], show_all: bool, **extra: object):  # type: ignore[no-untyped-def]
    """The configuration, and the run's options: the command line wins over it."""
    from factcheck.run import Options

    config = _config(config_file)
    severities = list(config.severities)
    for item in severity:
        verdict, _, level = item.partition("=")
        if verdict not in VERDICTS or level not in SEVERITIES:
            _fail(f"--severity {item!r}: expected VERDICT=LEVEL with a verdict in {', '.join(VERDICTS)} "
                  f"and a level in {', '.join(SEVERITIES)}")
        severities.append((verdict, level))  # later pairs win
    claims, sources = _configured_db(claims, sources, config)
    if extra.get("baseline") is None:
        extra["baseline"] = config.baseline
    return config, Options(claims=claims, sources=sources, date=when, severities=tuple(severities),
                           show_all=show_all, include=config.include, exclude=config.exclude, root=config.root,
                           date_policy=config.date, **extra)  # type: ignore[arg-type]


def _db_options(function):  # type: ignore[no-untyped-def]
    """--claims and --sources, as every command that reads the database takes them."""
    function = click.option("--sources", type=click.Path(path_type=Path),
                            help="Sources folder. Default: beside the claims folder.")(function)
    return click.option("--claims", "claims_paths", multiple=True, type=click.Path(path_type=Path),
                        help="Claims folder or file (repeatable). Default: configured, else shipped.")(function)


_date_option = click.option("--date", "when", type=Date(),
                            help="The drafts' publication date, for 'this year' and the like.")


@cli.command()
@click.argument("paths", nargs=-1)
@_db_options
@_date_option
@click.option("--format", "fmt", type=click.Choice(["table", "text", "json", "sarif", "github", "rdjsonl"]),
              default="table", show_default=True)
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Exit 1 when a finding is at or above this severity. Default: configured, else error.")
@click.option("--severity", "severity", multiple=True, metavar="VERDICT=LEVEL",
              help="Override a verdict's severity, e.g. --severity stale=error (repeatable).")
@click.option("--show-all", is_flag=True, help="Also list plain numbers that no claim covers.")
@click.option("--config", "config_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Configuration file. Default: .factcheck.yaml, setup.cfg or pyproject.toml found upwards.")
@click.option("--changed-since", metavar="REV", help="Only findings on lines added or changed since this git revision.")
@click.option("--baseline", "baseline_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Accept the findings recorded in this file (made by 'factcheck baseline'); fail only on new ones.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Check files in this many processes (0: one per core).")
def check(paths: tuple[str, ...], claims_paths: tuple[Path, ...], sources: Path | None, when: date | None, fmt: str,
          fail_on: str | None, severity: tuple[str, ...], show_all: bool, config_file: Path | None,
          changed_since: str | None, baseline_file: Path | None, jobs: int) -> None:
    """Check PATHS (files, folders, or - for standard input)."""
    from factcheck.report import formatter
    from factcheck.run import Fail, check_paths

    config, options = _check_options(config_file, claims_paths, sources, when, severity, show_all,
                                     changed_since=changed_since, baseline=baseline_file,
                                     jobs=jobs or os.cpu_count() or 1)
    fail_on = fail_on or config.fail_on or "error"
    try:
        report = check_paths(paths, options, date.today())
    except Fail as exc:
        _fail(str(exc))
    click.echo(formatter(fmt)(report), nl=False)
    # Skipped files and files read with trouble (invalid UTF-8), whatever the format.
    for notice in (*report.notices, *(n for r in report.files for n in r.notices)):
        click.echo(f"factcheck: notice: {notice}", err=True)
    if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        from factcheck.report.github import step_summary

        try:
            with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
                handle.write(step_summary(report))
        except OSError as exc:
            _fail(f"{os.environ['GITHUB_STEP_SUMMARY']}: cannot append the step summary ({exc.strerror or exc})")
    if fail_on != "never":
        threshold = severity_rank(fail_on)
        if any(severity_rank(f.severity) >= threshold for f in report.findings if not f.suppressed):
            sys.exit(1)


@cli.command("baseline")
@click.argument("paths", nargs=-1)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Where to write the baseline. Default: the configured baseline file.")
@_db_options
@_date_option
@click.option("--config", "config_file", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file.")
def baseline_command(paths: tuple[str, ...], output: Path | None, claims_paths: tuple[Path, ...], sources: Path | None,
                     when: date | None, config_file: Path | None) -> None:
    """Record today's findings in PATHS as accepted, so that 'check --baseline' fails only on new ones."""

    from factcheck.baseline import BaselineError, write
    from factcheck.run import Fail, check_paths

    config, options = _check_options(config_file, claims_paths, sources, when, (), False)
    output = output or config.baseline
    if output is None:
        _fail("baseline: give --output FILE (or set 'baseline' in the configuration)")
    try:
        report = check_paths(paths, options._replace(baseline=None), date.today())
        count = write(report, output)
    except (Fail, BaselineError) as exc:
        _fail(str(exc))
    for notice in report.notices:
        click.echo(f"factcheck: notice: {notice}", err=True)
    click.echo(f"recorded {count} finding(s) of {len(report.files)} file(s) in {output}")


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False), default=".")
def init(folder: Path) -> None:
    """Set up an article repository in FOLDER: configuration, an example claim and source,
    a pre-commit configuration and a GitHub Actions workflow. Existing files are kept."""
    from factcheck.config import ConfigError
    from factcheck.scaffold import ScaffoldError
    from factcheck.scaffold import init as scaffold

    try:
        done = scaffold(folder)
    except (ConfigError, ScaffoldError) as exc:
        _fail(str(exc))
    for path, what in done:
        click.echo(f"{what:<26} {path}")


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def extract(paths: tuple[str, ...], fmt: str) -> None:
    """List every figure in PATHS, normalised (no database needed)."""
    from factcheck.drafts import DraftError, NotText, expand_paths, read_draft
    from factcheck.extract import extract as find
    from factcheck.markup import mask_for
    from factcheck.report.mentions import render

    found = []
    try:
        for path in expand_paths(paths or ["-"]):
            try:
                draft = read_draft(path)
            except NotText as exc:  # skipped, as 'check' does
                click.echo(f"factcheck: notice: {exc}", err=True)
                continue
            for notice in draft.notices:
                click.echo(f"factcheck: notice: {notice}", err=True)
            found.append((path, find(draft.text, mask_for(path, draft.text))))
    except DraftError as exc:
        _fail(str(exc))
    click.echo(render(found, fmt), nl=False)


@cli.group()
def claims() -> None:
    """Inspect, validate and curate the claim database."""


@claims.command()
@_db_options
@click.option("--texts", type=click.Path(path_type=Path, file_okay=False),
              help="Folder of source texts: check each quote occurs there and contains the value.")
def validate(claims_paths: tuple[Path, ...], sources: Path | None, texts: Path | None) -> None:
    """Check the database itself; list every problem."""
    from factcheck.validate import validate_database

    claims_paths, sources = _configured_db(claims_paths, sources)
    problems, count = validate_database(list(claims_paths), sources, texts)
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        click.echo(f"factcheck: {len(problems)} problem(s) in the claim database", err=True)
        sys.exit(2)
    click.echo(f"{count} claims OK" + (f"; quotes checked against {texts}" if texts else ""))


def _configured_db(claims_paths: tuple[Path, ...], sources: Path | None,
                   config=None) -> tuple[tuple[Path, ...], Path | None]:  # type: ignore[no-untyped-def]
    """The database named on the command line, else the configured one
    (--claims without --sources means the sources beside those claims)."""
    if claims_paths:
        return claims_paths, sources
    config = config or _config(None)
    return config.claims, sources or config.sources


def _load(claims_paths: tuple[Path, ...], sources: Path | None):  # type: ignore[no-untyped-def]
    from factcheck.run import Fail, database

    claims_paths, sources = _configured_db(claims_paths, sources)
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
