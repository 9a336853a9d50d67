"""Baselines: accepted findings of an archive; CI fails only on new ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run, write

HEAD = "---\ndate: 2024-03-01\n---\n"
WRONG = "Beijing's digital economy value added grew 9.5% in 2023.\n"
WRONG_TOO = "In 2023 Beijing's digital economy value added reached 1.5 trillion yuan.\n"


def baseline(db: Path, output: Path, *paths: str) -> str:
    result = run("baseline", *paths, "--claims", str(db), "--output", str(output))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def check(db: Path, base: Path, *paths: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    result = run("check", *paths, "--claims", str(db), "--baseline", str(base), "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def test_accepted_findings_pass_and_new_ones_fail(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "archive" / "old.md", HEAD + WRONG)
    out = baseline(db, tmp_path / "baseline.json", "archive")
    assert out == "recorded 1 finding(s) of 1 file(s) in " + str(tmp_path / "baseline.json") + "\n"
    recorded = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert recorded == {"version": 1, "findings": [{
        "path": "archive/old.md", "claim_id": "beijing.digital-economy.growth.2023", "text": "9.5%",
        "verdict": "contradicted", "count": 1}]}

    code, report = check(db, tmp_path / "baseline.json", "archive")
    assert code == 0
    assert report["summary"]["suppressed"] == 1 and report["summary"]["contradicted"] == 0

    # Lines move (a paragraph added above): still accepted.
    write(tmp_path / "archive" / "old.md", HEAD + "A new opening paragraph.\n\n" + WRONG)
    assert check(db, tmp_path / "baseline.json", "archive")[0] == 0

    # A new mistake, and the same mistake a second time, are new.
    write(tmp_path / "archive" / "old.md", HEAD + WRONG + "\n" + WRONG_TOO + "\n" + WRONG)
    code, report = check(db, tmp_path / "baseline.json", "archive")
    assert code == 1
    active = [(f["line"], f["text"]) for f in report["findings"] if not f["suppressed"]]
    assert active == [(6, "1.5 trillion yuan"), (8, "9.5%")]


def test_matched_by_file_from_any_folder(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.md", HEAD + WRONG)
    write(tmp_path / "b.md", HEAD + WRONG)
    monkeypatch.chdir(tmp_path)
    baseline(db, tmp_path / "ci" / "base.json", "a.md")
    monkeypatch.chdir(tmp_path / "ci")  # paths are kept relative to the baseline file
    code, report = check(db, tmp_path / "ci" / "base.json", "../a.md", "../b.md")
    assert [(Path(f["path"]).name, f["suppressed"]) for f in report["findings"]] == [("a.md", True), ("b.md", False)]
    assert code == 1


def test_fixed_findings_ask_for_a_refresh(tmp_path: Path, db: Path) -> None:
    draft = write(tmp_path / "a.md", HEAD + WRONG)
    baseline(db, tmp_path / "base.json", str(draft))
    write(draft, HEAD + "Beijing's digital economy value added grew 8.5% in 2023.\n")
    result = run("check", str(draft), "--claims", str(db), "--baseline", str(tmp_path / "base.json"))
    assert result.exit_code == 0
    assert "1 baseline finding(s) in" in result.stderr and "factcheck baseline" in result.stderr


def test_configured_baseline(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".factcheck.yaml", f"claims: {db}\nbaseline: .factcheck-baseline.json\n")
    write(tmp_path / "a.md", HEAD + WRONG)
    assert run("check", "a.md").exit_code == 2  # configured but not made yet: said, not ignored
    assert run("baseline", "a.md").exit_code == 0  # writes the configured file, ignoring the old one
    assert (tmp_path / ".factcheck-baseline.json").is_file()
    assert run("check", "a.md").exit_code == 0


@pytest.mark.parametrize(("text", "reason"), [
    ("{not json", "base.json:1: not a factcheck baseline (invalid JSON"),
    ('{"version": 2, "findings": []}', "expected version 1"),
    ('{"version": 1, "findings": [{"path": "a.md"}]}', "finding 1: expected path, claim_id, text"),
])
def test_bad_baseline_exits_2(tmp_path: Path, db: Path, text: str, reason: str) -> None:
    draft = write(tmp_path / "a.md", HEAD + WRONG)
    (tmp_path / "base.json").write_text(text, encoding="utf-8")
    result = run("check", str(draft), "--claims", str(db), "--baseline", str(tmp_path / "base.json"))
    assert result.exit_code == 2 and reason in result.stderr


def test_baseline_needs_an_output(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("baseline", "--claims", str(db), "-")
    assert result.exit_code == 2 and "--output" in result.stderr
