"""Inline suppressions (Vale style), through the real CLI on real files."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run, write

from factcheck.suppress import DIRECTIVE, directives

GROWTH = "beijing.digital-economy.growth.2023"
WRONG = "Beijing's digital economy value added grew {} in 2023."


def check(tmp_path: Path, db: Path, body: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    draft = write(tmp_path / "draft.md", "---\ndate: 2024-03-01\n---\n" + body)
    result = run("check", str(draft), "--claims", str(db), "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def verdicts(report: dict) -> list[tuple[int, str, bool]]:  # type: ignore[type-arg]
    return [(f["line"], f["verdict"], f["suppressed"]) for f in report["findings"]]


def test_off_and_on_suppress_the_lines_between(tmp_path: Path, db: Path) -> None:
    body = "\n".join([WRONG.format("9.5%"), "<!-- factcheck off -->", WRONG.format("9.6%"),
                      WRONG.format("9.7%"), "<!-- factcheck on -->", WRONG.format("9.8%"), ""])
    code, report = check(tmp_path, db, body)
    assert verdicts(report) == [(4, "contradicted", False), (6, "contradicted", True),
                                (7, "contradicted", True), (9, "contradicted", False)]
    assert report["summary"]["contradicted"] == 2
    assert report["summary"]["suppressed"] == 2
    assert code == 1


def test_off_without_on_runs_to_the_end_and_the_run_passes(tmp_path: Path, db: Path) -> None:
    code, report = check(tmp_path, db, "<!--   factcheck off   -->\n" + WRONG.format("9.5%") + "\n")
    assert verdicts(report) == [(5, "contradicted", True)]
    assert report["summary"] == {**report["summary"], "contradicted": 0, "suppressed": 1}
    assert code == 0


def test_ignore_next_line_covers_that_line_only(tmp_path: Path, db: Path) -> None:
    body = "<!-- factcheck ignore-next-line -->\n" + WRONG.format("9.5%") + "\n" + WRONG.format("9.6%") + "\n"
    code, report = check(tmp_path, db, body)
    assert verdicts(report) == [(5, "contradicted", True), (6, "contradicted", False)]
    assert code == 1


def test_ignore_claim_id_covers_that_claim_from_there_on(tmp_path: Path, db: Path) -> None:
    body = "\n".join([
        WRONG.format("9.5%"),
        f"<!-- factcheck ignore other.claim, {GROWTH} -->",
        WRONG.format("9.6%"),
        "In 2023 Beijing's digital economy value added reached 1.5 trillion yuan.",
        "",
    ])
    code, report = check(tmp_path, db, body)
    found = {(f["line"], f["claim_id"], f["suppressed"]) for f in report["findings"]}
    assert found == {(4, GROWTH, False), (6, GROWTH, True),
                     (7, "beijing.digital-economy.value-added.2023", False)}  # another claim: still reported
    assert code == 1


def test_on_also_ends_ignored_claims(tmp_path: Path, db: Path) -> None:
    body = "\n".join([f"<!-- factcheck ignore {GROWTH} -->", WRONG.format("9.5%"), "<!-- factcheck on -->",
                      WRONG.format("9.6%"), ""])
    _, report = check(tmp_path, db, body)
    assert verdicts(report) == [(5, "contradicted", True), (7, "contradicted", False)]


def test_a_directive_after_the_figure_on_its_line_does_not_reach_back(tmp_path: Path, db: Path) -> None:
    _, report = check(tmp_path, db, WRONG.format("9.5%") + " <!-- factcheck off -->\n" + WRONG.format("9.6%") + "\n")
    assert verdicts(report) == [(4, "contradicted", False), (5, "contradicted", True)]


def test_suppressed_findings_are_counted_in_the_table_summary(tmp_path: Path, db: Path) -> None:
    draft = write(tmp_path / "d.md", "<!-- factcheck ignore-next-line -->\n" + WRONG.format("9.5%") + "\n")
    result = run("check", str(draft), "--claims", str(db), "--date", "2024-03-01")
    assert result.exit_code == 0
    assert "contradicted (suppressed)" in result.stdout
    assert "1 suppressed" in result.stdout


def test_one_regex_with_named_groups() -> None:
    assert set(DIRECTIVE.groupindex) == {"off", "on", "next", "ids"}
    found = directives("a\n<!-- factcheck ignore a.b c-d -->\n<!-- factcheck of -->\n<!--factcheck on-->")
    assert [(d.line, d.kind, sorted(d.ids)) for d in found] == [(2, "ignore", ["a.b", "c-d"]), (4, "on", [])]
