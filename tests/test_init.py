"""factcheck init: a working article repository, never overwriting a file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, run, write

from factcheck.scaffold import FILES, WORKFLOW

DRAFT = ("---\ndate: 2024-03-01\n---\n"
         "Beijing's digital economy accounted for {} of its GDP in the first three quarters of 2023.\n")


def test_init_sets_up_a_repository_that_checks_drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    result = run("init")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["created"] * len(FILES)
    for name in FILES:
        assert (tmp_path / name).is_file(), name
        assert (tmp_path / name).stat().st_mode & 0o044, f"{name} must be readable by others"
    assert not list(tmp_path.rglob(".*.yaml.*")), "no temporary file left behind"

    assert run("claims", "validate").stdout.startswith("1 claims OK")
    write(tmp_path / "articles" / "ok.md", DRAFT.format("44.3%"))
    write(tmp_path / "articles" / "wrong.md", DRAFT.format("45.3%"))
    write(tmp_path / "README.md", DRAFT.format("46.3%"))  # excluded by the generated configuration
    result = run("check", ".", "--format", "json")
    report = json.loads(result.stdout)
    assert [(Path(f["path"]).name, f["verdict"]) for f in report["findings"]] == [
        ("ok.md", "supported"), ("wrong.md", "contradicted")]
    assert result.exit_code == 1

    pre_commit = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hook = pre_commit["repos"][0]["hooks"][0]
    assert hook["entry"] == "factcheck check" and hook["require_serial"] is True


def test_init_never_overwrites(tmp_path: Path) -> None:
    write(tmp_path / "claims" / "example.yaml", "# mine\n")
    write(tmp_path / "setup.cfg", "[factcheck]\nclaims = claims\n")
    result = run("init", str(tmp_path))
    assert result.exit_code == 0
    assert re.search(r"kept \(exists\) +.*claims/example.yaml", result.stdout)
    assert re.search(r"kept \(already configured\) +.*setup.cfg", result.stdout)
    assert not (tmp_path / ".factcheck.yaml").exists()
    assert (tmp_path / "claims" / "example.yaml").read_text(encoding="utf-8") == "# mine\n"
    again = run("init", str(tmp_path))
    assert again.exit_code == 0 and "created" not in again.stdout


def test_init_reports_an_unwritable_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = run("init", str(tmp_path / "file" / "below"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_docs_ci_shows_the_workflow_that_init_writes() -> None:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    assert WORKFLOW in blocks
