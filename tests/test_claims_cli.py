"""claims list, show and propose through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import SEEDS, run


def test_list_filters(db: Path) -> None:
    def ids(*args: str) -> list[str]:
        result = run("claims", "list", "--claims", str(db), "--format", "json", *args)
        assert result.exit_code == 0, result.stderr
        return [c["id"] for c in json.loads(result.stdout)["claims"]]

    assert len(ids()) == 5
    assert all(i.startswith("beijing.") for i in ids("--entity", "北京"))
    assert ids("--entity", "the Chinese capital") == ids("--entity", "Beijing")
    assert ids("--metric", "investment grwoth") == ["china.high-tech-investment.growth.2024-h1"]
    assert ids("--period", "2024") == ["china.high-tech-investment.growth.2024-h1"]
    assert "beijing.digital-economy.value-added.2023" in ids("--search", "数字经济")
    assert ids("--search", "R&D intensty") == ["china.rd-intensity.change.2023"]


def test_list_table_and_bad_period(db: Path) -> None:
    result = run("claims", "list", "--claims", str(db))
    assert result.exit_code == 0 and "5 claim(s)" in result.stdout and "44.3%" in result.stdout
    bad = run("claims", "list", "--claims", str(db), "--period", "soon")
    assert bad.exit_code == 2 and "soon" in bad.stderr


def test_show_with_source(db: Path) -> None:
    result = run("claims", "show", "beijing.digital-economy.value-added.2023", "--claims", str(db))
    assert result.exit_code == 0
    assert "1.88 trillion CNY" in result.stdout and "publisher: Test Daily" in result.stdout
    missing = run("claims", "show", "nope", "--claims", str(db))
    assert missing.exit_code == 2 and "nope" in missing.stderr


def test_shipped_database_lists_by_default() -> None:
    result = run("claims", "list", "--format", "json")
    assert len(json.loads(result.stdout)["claims"]) >= 95


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repository")
def test_propose_on_a_chinese_seed_resolves_relative_periods(tmp_path: Path) -> None:
    result = run(
        "claims",
        "propose",
        str(SEEDS / "003_0a973e99b4c2e154.txt"),
        "--source",
        "xinhua-2024-11-05",
        "--date",
        "2024-11-05",
    )
    assert result.exit_code == 0, result.stderr
    proposed = yaml.safe_load(result.stdout)
    assert proposed["defaults"] == {"source": "xinhua-2024-11-05"}
    by_value = {(c["value"], c["unit"]): c for c in proposed["claims"]}
    share = by_value[(44.3, "percent")]
    assert share["period"] == "2024-Q1/2024-Q3"  # 今年前三季度 resolved against the date
    assert share["entity"] == "Beijing"
    assert "44.3%" in share["quote"] and "今年前三季度" in share["notes"]
    growth = by_value[(16.2, "percent")]
    assert growth["kind"] == "growth"
    assert by_value[("1.2万", "PFLOPS")]["unit"] == "PFLOPS"
    # The skeletons are valid claims once the curator fills in the blanks.
    target = tmp_path / "db"
    (target / "claims").mkdir(parents=True)
    (target / "sources").mkdir()
    (target / "sources" / "x.yaml").write_text(
        "id: xinhua-2024-11-05\ntitle: t\npublisher: Xinhua\npublished: 2024-11-05\nlanguage: zh\n", encoding="utf-8"
    )
    unique = []
    for number, claim in enumerate(proposed["claims"]):
        claim["id"] = f"{claim['id']}.{number}"
        unique.append(claim)
    (target / "claims" / "p.yaml").write_text(
        yaml.safe_dump({"defaults": proposed["defaults"], "claims": unique}, allow_unicode=True), encoding="utf-8"
    )
    assert run("claims", "validate", "--claims", str(target / "claims")).exit_code == 0


def test_propose_on_an_english_seed() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    result = run(
        "claims",
        "propose",
        str(SEEDS / "000_f0a68b9a35df172c.txt"),
        "--source",
        "eid-2023-12-08",
        "--date",
        "2023-12-08",
    )
    proposed = yaml.safe_load(result.stdout)["claims"]
    share = next(c for c in proposed if c["value"] == 44.3)
    assert share["period"] == "2023-Q1/2023-Q3" and share["unit"] == "percent"
    assert any(c["value"] == "1.27 million" for c in proposed)


def test_propose_values_are_valid_claim_values(tmp_path: Path) -> None:
    from factcheck.numbers import parse_value

    source = tmp_path / "s.txt"
    source.write_text("Tens of thousands of robots; output reached 853.69 billion yuan and 1.2万P, up 5%.\n",
                      encoding="utf-8")
    proposed = yaml.safe_load(run("claims", "propose", str(source), "--source", "s", "--date", "2024-01-01").stdout)
    values = [c["value"] for c in proposed["claims"]]
    assert "853.69 billion" in values and "1.2万" in values and 10000 in values
    for value in values:
        parse_value(value)  # every skeleton's value loads
