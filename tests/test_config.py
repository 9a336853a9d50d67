"""Configuration files, found by walking up; the command line wins."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import CLAIMS, ENTITIES, SOURCE, run, write

WRONG = "---\ndate: 2024-03-01\n---\nBeijing's digital economy value added grew 9.5% in 2023.\n"
STALE = "---\ndate: 2024-03-01\n---\nBeijing's digital economy value added grew 8.5% this year.\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An article repository with its own database in db/, and the current
    folder inside it (articles/2024/)."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)  # marks the repository root for the walk
    write(root / "db" / "sources" / "s.yaml", SOURCE)
    write(root / "db" / "claims" / "entities.yaml", ENTITIES)
    write(root / "db" / "claims" / "c.yaml", CLAIMS)
    (root / "articles" / "2024").mkdir(parents=True)
    monkeypatch.chdir(root / "articles" / "2024")
    return root


def check(*args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    result = run("check", *args, "--format", "json")
    return result.exit_code, json.loads(result.stdout) if result.exit_code != 2 else {"stderr": result.stderr}


def test_yaml_config_found_upwards_supplies_the_database(repo: Path) -> None:
    write(repo / ".factcheck.yaml", "claims: db/claims\nsources: db/sources\n")
    write(repo / "articles" / "2024" / "a.md", WRONG)
    code, report = check("a.md")
    assert code == 1
    assert [f["claim_id"] for f in report["findings"]] == ["beijing.digital-economy.growth.2023"]


def test_setup_cfg_section(repo: Path) -> None:
    write(repo / "setup.cfg", "[metadata]\nname = x\n\n[factcheck]\nclaims = db/claims\nfail_on = never\n"
          "severity = stale=error, unverified=none\n")
    write(repo / "articles" / "2024" / "a.md", STALE)
    code, report = check("a.md")
    assert [(f["verdict"], f["severity"]) for f in report["findings"]] == [("stale", "error")]
    assert code == 0  # fail-on never, from the configuration


def test_pyproject_table_and_the_command_line_wins(repo: Path) -> None:
    write(repo / "pyproject.toml", '[project]\nname = "x"\n\n[tool.factcheck]\nclaims = ["db/claims"]\n'
          'fail-on = "never"\nseverity = { stale = "error" }\n')
    write(repo / "articles" / "2024" / "a.md", STALE)
    assert check("a.md")[0] == 0
    code, report = check("a.md", "--fail-on", "warning", "--severity", "stale=warning")
    assert report["findings"][0]["severity"] == "warning"
    assert code == 1


def test_setup_cfg_without_the_section_is_passed_over(repo: Path) -> None:
    write(repo / "articles" / "setup.cfg", "[metadata]\nname = x\n")
    write(repo / ".factcheck.yml", "claims: [db/claims]\n")
    write(repo / "articles" / "2024" / "a.md", WRONG)
    assert check("a.md")[1]["findings"][0]["verdict"] == "contradicted"


def test_the_walk_stops_at_the_repository_root(repo: Path) -> None:
    write(repo.parent / ".factcheck.yaml", "claims: repo/db/claims\nfail-on: never\n")  # outside the repository
    write(repo / "articles" / "2024" / "a.md", WRONG)
    code, report = check("a.md")
    assert report["findings"] == [] or all(f["claim_id"] != "beijing.digital-economy.growth.2023"
                                           for f in report["findings"])  # the shipped database was used
    assert code == 0


@pytest.mark.parametrize(("text", "reason"), [
    ("claims: db/claims\nfial-on: error\n", ".factcheck.yaml:2: fial-on: unknown key"),
    ("fail-on: sometimes\n", ".factcheck.yaml:1: fail-on: 'sometimes' is not one of"),
    ("severity:\n  stale: loud\n", ".factcheck.yaml:1: severity: stale: level 'loud'"),
    ("severity:\n  wrong: error\n", "severity: unknown verdict 'wrong'"),
    ("date: someday\n", ".factcheck.yaml:1: date: 'someday' is not auto, require or a date"),
    ("include: 3\n", ".factcheck.yaml:1: include: expected a list of strings"),
    ("- just\n- a list\n", "expected a mapping of settings"),
    ("claims: [unclosed\n", ".factcheck.yaml:2:"),
])
def test_bad_yaml_configuration_exits_2_naming_file_and_key(repo: Path, text: str, reason: str) -> None:
    write(repo / ".factcheck.yaml", text)
    write(repo / "articles" / "2024" / "a.md", WRONG)
    result = run("check", "a.md")
    assert result.exit_code == 2
    assert str(repo / ".factcheck.yaml") in result.stderr
    assert reason in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bad_ini_and_toml_keys_are_named(repo: Path) -> None:
    write(repo / "setup.cfg", "[factcheck]\nclaim = db/claims\n")
    result = run("check", "-", input="x")
    assert result.exit_code == 2 and "setup.cfg: [factcheck] claim: unknown key" in result.stderr
    (repo / "setup.cfg").unlink()
    write(repo / "pyproject.toml", '[tool.factcheck]\nfail-on = 3\n')
    result = run("check", "-", input="x")
    assert result.exit_code == 2 and "pyproject.toml: [tool.factcheck] fail-on: expected a string" in result.stderr
    write(repo / "pyproject.toml", '[tool.factcheck\n')
    result = run("check", "-", input="x")
    assert result.exit_code == 2 and "pyproject.toml: invalid TOML" in result.stderr


def test_explicit_config_option(repo: Path, tmp_path: Path) -> None:
    config = write(tmp_path / "elsewhere.yaml", f"claims: {repo / 'db' / 'claims'}\n")
    write(repo / "articles" / "2024" / "a.md", WRONG)
    assert check("a.md", "--config", str(config))[1]["findings"][0]["verdict"] == "contradicted"
    result = run("check", "a.md", "--config", str(tmp_path / "missing.yaml"))
    assert result.exit_code == 2 and "missing.yaml: no such configuration file" in result.stderr


def test_include_and_exclude_globs_relative_to_the_config(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / ".factcheck.yaml", "claims: db/claims\ninclude: ['articles/**/*.md']\n"
          "exclude: [README.md, articles/archive]\n")
    for name in ("articles/2024/a.md", "articles/README.md", "articles/archive/old.md", "notes/n.md",
                 "articles/2024/b.txt"):
        write(repo / name, WRONG)
    monkeypatch.chdir(repo)
    code, report = check(".")
    assert sorted({Path(f["path"]).as_posix() for f in report["findings"]}) == ["articles/2024/a.md"]
    assert report["summary"]["files"] == 1
    # explicitly named files pass through the same globs (pre-commit names files)
    assert check("articles/archive/old.md")[1]["summary"]["files"] == 0


def test_date_policies(repo: Path) -> None:
    undated = "Beijing's digital economy value added grew 8.5% this year.\n"
    write(repo / "articles" / "2024" / "u.md", undated)
    write(repo / ".factcheck.yaml", "claims: db/claims\ndate: 2023-06-30\n")
    _, report = check("u.md")
    assert report["drafts"][0] == {"path": "u.md", "date": "2023-06-30", "date_source": "configured default"}
    assert report["findings"][0]["verdict"] == "supported"  # "this year" is 2023
    write(repo / ".factcheck.yaml", "claims: db/claims\ndate: require\n")
    result = run("check", "u.md")
    assert result.exit_code == 2 and "u.md: no date" in result.stderr and "date: require" in result.stderr
    assert check("u.md", "--date", "2023-06-30")[0] == 0  # the command line wins
    write(repo / "articles" / "2024" / "dated.md", STALE)
    assert check("dated.md")[1]["drafts"][0]["date_source"] == "front matter"


def test_claims_commands_use_the_configured_database(repo: Path) -> None:
    write(repo / ".factcheck.yaml", "claims: db/claims\n")
    result = run("claims", "validate")
    assert result.exit_code == 0 and result.stdout.startswith("5 claims OK")
    assert run("claims", "show", "china.high-tech-investment.growth.2024-h1").exit_code == 0


def test_the_examples_in_docs_configuration_load(repo: Path) -> None:
    from factcheck.config import load_config

    text = (Path(__file__).resolve().parent.parent / "docs" / "configuration.md").read_text(encoding="utf-8")
    examples = {kind: re.search(rf"```{kind}\n(.*?)```", text, re.S).group(1)  # type: ignore[union-attr]
                for kind in ("yaml", "ini", "toml")}
    write(repo / ".factcheck.yaml", examples["yaml"])
    config = load_config()
    assert config.fail_on == "error" and dict(config.severities) == {"stale": "error", "unverified": "none"}
    assert config.exclude == ("README.md", "drafts/archive") and config.date == "auto"
    (repo / ".factcheck.yaml").unlink()
    write(repo / "setup.cfg", examples["ini"])
    config = load_config()
    assert config.fail_on == "warning" and config.exclude == ("README.md", "drafts/archive")
    assert config.claims == (repo / "claims",)
    (repo / "setup.cfg").unlink()
    write(repo / "pyproject.toml", examples["toml"])
    assert dict(load_config().severities) == {"stale": "error"}
