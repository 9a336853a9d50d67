"""CI on content pull requests: --format github / sarif / rdjsonl,
--changed-since on a real git repository, and the workflow of docs/ci.md
run locally."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import CLAIMS, ENTITIES, ROOT, SHARED_DATA, SOURCE, run, write

from factcheck.finding import Finding, SourceRef
from factcheck.report.github import command

HEAD = "---\ndate: 2024-03-01\n---\n"
WRONG = "Beijing's digital economy value added grew 9.5% in 2023."
RIGHT = "Beijing's digital economy value added grew 8.5% in 2023."
ZH_WRONG = "北京数字经济增加值2023年增长9.5%。"
WRAPPED = "In 2023 Beijing's digital economy value added reached 1.5\ntrillion yuan."


def finding(**changes: object) -> Finding:
    base = dict(path="a.md", line=3, column=5, end_line=3, end_column=9, text="9.5%", value=9.5, unit="percent",
                qualifier=None, verdict="contradicted", severity="error", message="m", claim_id="x.y",
                expected=None, source=SourceRef("s", "Test Daily", "2023-12-08"))
    base.update(changes)
    return Finding(**base)  # type: ignore[arg-type]


# ---------------------------------------------------------------- github

def test_github_escapes_data_and_properties() -> None:
    line = command(finding(path="dir:x/a,b.md", message="100% sure\r\nnext: line, here", claim_id="c,d"))
    assert line == ("::error file=dir%3Ax/a%2Cb.md,line=3,col=5,endColumn=8,"
                    "title=factcheck%3A contradicted (c%2Cd)::100%25 sure%0D%0Anext: line, here")
    assert command(finding(severity="info")).startswith("::notice ")
    assert command(finding(severity="warning")).startswith("::warning ")


def test_github_through_the_cli(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a:b,c.md", HEAD + WRONG + "\n" + WRAPPED + "\n")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    result = run("check", "a:b,c.md", "--claims", str(db), "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == ("::error file=a%3Ab%2Cc.md,line=4,col=44,endColumn=47,title=factcheck%3A contradicted "
                        "(beijing.digital-economy.growth.2023)::the draft says 9.5%25, but Beijing's digital economy "
                        "value added growth for 2023 is 8.5%25")
    # A figure broken across lines: lines only (GitHub takes columns on one line), the newline escaped.
    assert lines[1].startswith("::error file=a%3Ab%2Cc.md,line=5,endLine=6,title=")
    assert "::the draft says 1.5%0Atrillion yuan, but" in lines[1]
    assert lines[2].startswith("factcheck: 1 file(s), 2 figure(s): 0 supported, 2 contradicted")
    assert not list(tmp_path.glob("*summary*"))


def test_github_step_summary_is_appended_when_set(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "step_summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    draft = write(tmp_path / "a.md", HEAD + WRONG + "\n\n" + "Growth | 9.5% | in 2023 |\n")
    for _ in range(2):
        assert run("check", str(draft), "--claims", str(db), "--format", "github").exit_code == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## factcheck\n")
    assert text.count("## factcheck") == 2  # appended, never overwritten
    assert "**1** contradicted" in text
    assert f"| {draft} | 4:44 | contradicted | 9.5% | the draft says 9.5%, but" in text
    assert "Test Daily, 2023-12-08 |" in text
    # the table format is not touched by other formats
    run("check", str(draft), "--claims", str(db), "--format", "json")
    assert summary.read_text(encoding="utf-8") == text


def test_github_step_summary_unwritable_exits_2(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "missing" / "summary.md"))
    draft = write(tmp_path / "a.md", HEAD + RIGHT + "\n")
    result = run("check", str(draft), "--claims", str(db), "--format", "github")
    assert result.exit_code == 2 and "cannot append the step summary" in result.stderr


# ---------------------------------------------------------------- sarif

@pytest.mark.skipif(
    not (SHARED_DATA / "sarif-schema-2.1.0.json").is_file(), reason="../shared/data is not beside the repository"
)
def test_sarif_validates_against_the_2_1_0_schema(tmp_path: Path, db: Path) -> None:
    schema = json.loads((SHARED_DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    draft = write(tmp_path / "草稿 one.md", HEAD + "\n".join([
        WRONG, RIGHT, ZH_WRONG, "<!-- factcheck ignore-next-line -->", WRONG, WRAPPED,
        "Its high-tech investment rose 10.6% in the first half of 2025.", ""]))
    result = run("check", str(draft), "--claims", str(db), "--format", "sarif")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    sarif_run = document["runs"][0]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    rules = sarif_run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["factcheck/supported", "factcheck/contradicted", "factcheck/stale",
                                        "factcheck/misattributed", "factcheck/unverified"]
    results = sarif_run["results"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    by_line = {r["locations"][0]["physicalLocation"]["region"]["startLine"]: r for r in results}
    zh = by_line[6]["locations"][0]["physicalLocation"]["region"]
    assert (zh["startColumn"], zh["endColumn"]) == (17, 21)  # code points, end exclusive
    assert by_line[5]["kind"] == "pass" and by_line[5]["level"] == "none"
    assert by_line[8]["suppressions"] == [{"kind": "inSource"}]
    assert by_line[4]["level"] == "error" and "suppressions" not in by_line[4]
    uri = by_line[4]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.endswith("/%E8%8D%89%E7%A8%BF%20one.md")


# ---------------------------------------------------------------- rdjsonl

def test_rdjsonl_columns_are_utf8_bytes(tmp_path: Path, db: Path) -> None:
    draft = write(tmp_path / "a.md", HEAD + "\n".join([WRONG, ZH_WRONG, "<!-- factcheck off -->", ZH_WRONG, ""]))
    result = run("check", str(draft), "--claims", str(db), "--format", "rdjsonl")
    assert result.exit_code == 1
    diagnostics = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(diagnostics) == 2  # the suppressed one is not sent to reviewdog
    english, chinese = diagnostics
    assert english["location"]["range"] == {"start": {"line": 4, "column": 44}, "end": {"line": 4, "column": 48}}
    # 北京数字经济增加值 (9 x 3 bytes) + 2023 (4) + 年增长 (3 x 3): the figure starts at byte 41
    prefix = ZH_WRONG[: ZH_WRONG.index("9.5%")]
    assert len(prefix) + 1 == 17 and len(prefix.encode("utf-8")) + 1 == 41
    assert chinese["location"]["range"] == {"start": {"line": 5, "column": 41}, "end": {"line": 5, "column": 45}}
    assert chinese["severity"] == "ERROR" and chinese["code"] == {"value": "contradicted"}
    assert chinese["source"] == {"name": "factcheck"}


# ---------------------------------------------------------------- --changed-since

def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    done = subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args], cwd=cwd,
                          env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An article repository: its database, configuration, and one draft
    with an old mistake committed on main."""
    repo = tmp_path / "articles"
    write(repo / "claims" / "entities.yaml", ENTITIES)
    write(repo / "claims" / "c.yaml", CLAIMS)
    write(repo / "sources" / "s.yaml", SOURCE)
    write(repo / ".factcheck.yaml", "claims: claims\nsources: sources\nexclude: [README.md]\n")
    write(repo / "2024" / "beijing.md", HEAD + "\n".join([WRONG, "", RIGHT, ""]))
    write(repo / "README.md", WRONG + "\n")
    git("init", "-q", cwd=repo)
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", "archive", cwd=repo)
    monkeypatch.chdir(repo)
    return repo


def pull_request(repo: Path) -> None:
    """The pull request: a new paragraph with a mistake, an edited line, a new
    untracked draft; the old mistake (line 4) is left alone."""
    write(repo / "2024" / "beijing.md", HEAD + "\n".join([WRONG, "", RIGHT.replace("grew", "rose"), "",
                                                          ZH_WRONG, ""]))
    write(repo / "2024" / "new.md", HEAD + WRONG + "\n")


def test_changed_since_reports_only_new_and_changed_lines(articles: Path) -> None:
    pull_request(articles)
    result = run("check", ".", "--changed-since", "HEAD", "--format", "json")
    report = json.loads(result.stdout)
    assert [(Path(f["path"]).as_posix(), f["line"], f["verdict"]) for f in report["findings"]] == [
        ("2024/beijing.md", 6, "supported"), ("2024/beijing.md", 8, "contradicted"), ("2024/new.md", 4, "contradicted")]
    assert result.exit_code == 1
    # committed, then compared with the commit before: the same lines
    git("add", "-A", cwd=articles)
    git("commit", "-q", "-m", "pull request", cwd=articles)
    again = json.loads(run("check", ".", "--changed-since", "HEAD~1", "--format", "json").stdout)
    assert again["findings"] == report["findings"]
    # nothing changed since HEAD: nothing to say, and a clean exit
    clean = run("check", ".", "--changed-since", "HEAD", "--format", "json")
    assert clean.exit_code == 0 and json.loads(clean.stdout)["findings"] == []
    # without the option the old mistake is there
    assert (4, "contradicted") in [(f["line"], f["verdict"]) for f in json.loads(
        run("check", "2024/beijing.md", "--format", "json").stdout)["findings"]]


def test_changed_since_bad_revision_exits_2(articles: Path) -> None:
    result = run("check", ".", "--changed-since", "no-such-branch")
    assert result.exit_code == 2
    assert "--changed-since no-such-branch: not a commit" in result.stderr
    result = run("check", "-", "--changed-since", "HEAD", input="x")
    assert result.exit_code == 2 and "standard input" in result.stderr


# ---------------------------------------------------------------- docs/ci.md

def workflow() -> dict:  # type: ignore[type-arg]
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# Check the figures.*?)```", text, re.S)
    assert block, "docs/ci.md shows the workflow in a yaml block"
    return yaml.safe_load(block.group(1))  # type: ignore[no-any-return]


def test_the_documented_workflow_runs_locally(articles: Path, tmp_path: Path) -> None:
    flow = workflow()
    assert flow[True]["pull_request"]["paths"]  # "on:" is YAML 1.1's true
    steps = flow["jobs"]["factcheck"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # the base commit must be there for --changed-since
    commands = [s["run"] for s in steps if s.get("run", "").startswith("factcheck ")]
    assert any("--changed-since" in c and "--format github" in c for c in commands)

    # What actions/checkout leaves: the base branch as origin/main, the pull request checked out.
    git("update-ref", "refs/remotes/origin/main", "HEAD", cwd=articles)
    git("checkout", "-q", "-b", "pull-request", cwd=articles)
    pull_request(articles)
    git("add", "-A", cwd=articles)
    git("commit", "-q", "-m", "pull request", cwd=articles)

    bin_dir = tmp_path / "bin"  # 'factcheck' as pip would install it, running this checkout
    bin_dir.mkdir()
    shim = bin_dir / "factcheck"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m factcheck "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    summary = tmp_path / "summary.md"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(ROOT),
           "GITHUB_BASE_REF": "main", "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_ACTIONS": "true"}
    done = [subprocess.run(["bash", "-e", "-c", c], cwd=articles, env=env, capture_output=True, text=True,
                           timeout=300) for c in commands]
    validate, check = done
    assert validate.returncode == 0 and validate.stdout.startswith("5 claims OK"), validate.stderr
    assert check.returncode == 1, check.stderr
    annotations = [line for line in check.stdout.splitlines() if line.startswith("::")]
    assert [re.match(r"::(\w+) file=([^,]+),line=(\d+)", a).groups() for a in annotations] == [  # type: ignore[union-attr]
        ("error", "2024/beijing.md", "8"), ("error", "2024/new.md", "4")]
    assert "## factcheck" in summary.read_text(encoding="utf-8")
