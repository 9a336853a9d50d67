"""`factcheck extract` through the CLI, item by item of issue 3: the forms
it must find and normalise, what it must not report, its JSON, its inputs
(files, folders, standard input; Markdown, text, HTML) and its positions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run, write

# (line of a draft, the figures found: text, value, unit, qualifier)
FORMS = [
    # digits in every common form
    ("the road is 1,130.9 km long", [("1,130.9 km", 1130.9, "km", None)]),
    ("106,552 contracts", [("106,552 contracts", 106552.0, "count", None)]),
    ("a rate of .5 percent", [(".5 percent", 0.5, "percent", None)]),
    ("增长１２３．５亿元", [("１２３．５亿元", 1.235e10, "CNY", None)]),
    ("about 2e5 tonnes", [("2e5 tonnes", 2e5, "tons", "about")]),
    ("the index fell to -3.2%", [("-3.2%", -3.2, "percent", None)]),
    ("between 10%-20% of firms", [("10%", 10.0, "percent", None), ("20%", 20.0, "percent", None)]),
    ("10 to 20 percent", [("10", 10.0, "percent", None), ("20 percent", 20.0, "percent", None)]),
    ("营收1-5亿元", [("1", 1e8, "CNY", None), ("5亿元", 5e8, "CNY", None)]),
    # scale words
    ("5 thousand units", [("5 thousand units", 5000.0, "count", None)]),
    ("2.5 million yuan", [("2.5 million yuan", 2.5e6, "CNY", None)]),
    ("853.69 billion yuan", [("853.69 billion yuan", 8.5369e11, "CNY", None)]),
    ("1.9 trillion yuan", [("1.9 trillion yuan", 1.9e12, "CNY", None)]),
    ("30k users", [("30k users", 3e4, "count", None)]),
    ("5M users", [("5M users", 5e6, "count", None)]),
    ("3 bn yuan", [("3 bn yuan", 3e9, "CNY", None)]),
    ("4 mn yuan", [("4 mn yuan", 4e6, "CNY", None)]),
    ("三千家企业", [("三千家", 3000.0, "count", None)]),
    ("3万亿元", [("3万亿元", 3e12, "CNY", None)]),
    ("1.2萬", [("1.2萬", 12000.0, None, None)]),
    ("3億元", [("3億元", 3e8, "CNY", None)]),
    ("1.2万P", [("1.2万P", 12000.0, "PFLOPS", None)]),
    ("853.69亿元", [("853.69亿元", 8.5369e10, "CNY", None)]),
    # Chinese numerals
    ("一百二十家", [("一百二十家", 120.0, "count", None)]),
    ("两千四百五十家", [("两千四百五十家", 2450.0, "count", None)]),
    ("十余万人", [("十余万人", 1e5, "count", "more_than")]),
    ("数百万人", [("数百万人", 1e6, "count", "several")]),
    ("百分之二十", [("百分之二十", 20.0, "percent", None)]),
    ("三成", [("三成", 30.0, "percent", None)]),
    # English number words that carry a statistic
    ("two-thirds of firms", [("two-thirds", 66.67, "percent", None)]),
    ("nine consecutive years", [("nine consecutive years", 9.0, "years", None)]),
    ("a quarter of firms", [("a quarter of", 25.0, "percent", None)]),
    ("five million people", [("five million people", 5e6, "count", None)]),
    # units
    ("44.3％", [("44.3％", 44.3, "percent", None)]),
    ("44.3 per cent", [("44.3 per cent", 44.3, "percent", None)]),
    ("2.7 percentage points", [("2.7 percentage points", 2.7, "percentage_points", None)]),
    ("2.7 pp", [("2.7 pp", 2.7, "percentage_points", None)]),
    ("2.7个百分点", [("2.7个百分点", 2.7, "percentage_points", None)]),
    ("100 RMB", [("100 RMB", 100.0, "CNY", None)]),
    ("100 US dollars", [("100 US dollars", 100.0, "USD", None)]),
    ("$100", [("$100", 100.0, "USD", None)]),
    ("100美元", [("100美元", 100.0, "USD", None)]),
    ("100港元", [("100港元", 100.0, "HKD", None)]),
    ("€100", [("€100", 100.0, "EUR", None)]),
    ("500 square kilometers", [("500 square kilometers", 500.0, "km2", None)]),
    ("500平方公里", [("500平方公里", 500.0, "km2", None)]),
    ("612 TB", [("612 TB", 612.0, "TB", None)]),
    ("11 TWh of demand", [("11 TWh", 11.0, "TWh", None)]),
    ("storage of 19.6 GWh", [("19.6 GWh", 19.6, "GWh", None)]),
    ("a 3.2 MWh battery", [("3.2 MWh", 3.2, "MWh", None)]),
    ("1,320 TEU in October", [("1,320 TEU", 1320.0, "TEU", None)]),
    ("吞吐量达5150万标准箱", [("5150万标准箱", 5.15e7, "TEU", None)]),
    # a chip's cores, and "-plus" after a number
    ("一款256核区块链专用加速芯片", [("256核", 256.0, "count", None)]),
    ("a 256-core chip", [("256-core", 256.0, "count", None)]),
    ("a team of 160-plus", [("160", 160.0, None, "more_than")]),
    ("3核心产业", [("3", 3.0, None, None)]),
    # a ratio of small whole numbers, as a number of times
    ("财政投入与社会投入首次达到1:1", [("1:1", 1.0, "times", None)]),
    ("两者之比为1∶2", [("1∶2", 0.5, "times", None)]),
    ("fiscal and external funding will be 3:2.", [("3:2", 1.5, "times", None)]),
    ("300台", [("300台", 300.0, "count", None)]),
    # qualifiers
    ("more than 300 firms", [("300 firms", 300.0, "count", "more_than")]),
    ("nearly 43%", [("43%", 43.0, "percent", "nearly")]),
    ("roughly 43%", [("43%", 43.0, "percent", "about")]),
    ("at least 43%", [("43%", 43.0, "percent", "at_least")]),
    ("up to 43%", [("43%", 43.0, "percent", "at_most")]),
    ("less than 43%", [("43%", 43.0, "percent", "less_than")]),
    ("逾300家", [("300家", 300.0, "count", "more_than")]),
    ("300家以上", [("300家", 300.0, "count", "at_least")]),
    ("将近300家", [("300家", 300.0, "count", "nearly")]),
    ("300家左右", [("300家", 300.0, "count", "about")]),
    ("300余家", [("300余家", 300.0, "count", "more_than")]),
    ("不到300家", [("300家", 300.0, "count", "less_than")]),
]

NOT_FIGURES = [
    "in 2023", "2023年", "9月4日", "September 4", "2024-11-05", "at 07:02", "the 20th congress", "第三次",
    "the first time", "C919", "5G and 6G", "Wudao 3.0", "the 2.0 plan", "SAIC MG", "call 010-63074375",
    "section No. 5", "see https://example.com/2023/12/08/44.3", "1—5月", "at 2:15 p.m.", "会议10:30开始",
    "On Day 2 we visit", "Phase 3 of the plan", "see Recommendation 4", "under Article 19",
]


def mentions(tmp_path: Path, text: str, name: str = "draft.txt") -> list[dict]:  # type: ignore[type-arg]
    draft = write(tmp_path / name, text)
    result = run("extract", str(draft), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["mentions"]  # type: ignore[no-any-return]


def test_every_form_of_the_issue_one_file(tmp_path: Path) -> None:
    """All forms in one draft, a line each: values normalised, exact text,
    line and column of each, and nothing else found."""
    text = "\n".join(line for line, _ in FORMS) + "\n"
    found: dict[int, list[tuple]] = {}  # type: ignore[type-arg]
    lines = text.splitlines()
    for m in mentions(tmp_path, text):
        found.setdefault(m["line"], []).append((m["text"], m["value"], m["unit"], m["qualifier"]))
        start = m["column"] - 1
        assert lines[m["line"] - 1][start : m["end_column"] - 1] == m["text"]  # positions slice back
    for number, (line, expected) in enumerate(FORMS, start=1):
        got = found.get(number, [])
        assert [(t, u, q) for t, _, u, q in got] == [(t, u, q) for t, _, u, q in expected], line
        for (_, value, _, _), (_, want, _, _) in zip(got, expected):
            assert value == pytest.approx(want, rel=1e-3), line


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_what_must_not_be_reported(tmp_path: Path, text: str) -> None:
    assert mentions(tmp_path, text + "\n") == []


def test_a_currency_sign_belongs_to_one_figure(tmp_path: Path) -> None:
    # The RMB ending one line was taken again as the sign of the next line's figure.
    found = mentions(tmp_path, "100 RMB\n100 CNY\n100元\nworth RMB\n100 million\n")
    assert [(m["text"], m["line"], m["end_line"]) for m in found] == [
        ("100 RMB", 1, 1), ("100 CNY", 2, 2), ("100元", 3, 3), ("RMB\n100 million", 4, 5)]


def test_json_has_exactly_the_contract_fields(tmp_path: Path) -> None:
    draft = write(tmp_path / "d.md", "Beijing's digital economy reached 44.3 percent of GDP.\n")
    result = run("extract", str(draft), "--format", "json")
    out = json.loads(result.stdout)
    assert set(out) == {"version", "mentions"} and out["version"] == 1
    (mention,) = out["mentions"]
    assert mention == {"path": str(draft), "line": 1, "column": 35, "end_line": 1, "end_column": 47,
                       "text": "44.3 percent", "value": 44.3, "unit": "percent", "qualifier": None}


def test_markdown_hides_front_matter_code_comments_and_link_targets(tmp_path: Path) -> None:
    text = ("---\ndate: 2024-01-01\nnote: 99%\n---\n"
            "GDP grew 5.2% to 1.2万亿元 `code 42%` <!-- 7% --> [link](http://x.cn/12%).\n\n"
            "```\n88%\n```\n")
    found = mentions(tmp_path, text, "d.md")
    assert [(m["text"], m["line"], m["column"]) for m in found] == [("5.2%", 5, 10), ("1.2万亿元", 5, 18)]


def test_html_positions_point_into_the_original_file(tmp_path: Path) -> None:
    text = "<p>Output rose <b>8.7%</b> in <i>2023</i></p><!-- 3% --><script>var x = 5%;</script>\n"
    found = mentions(tmp_path, text, "d.html")
    assert [(m["text"], m["column"]) for m in found] == [("8.7%", 19)]
    assert text[found[0]["column"] - 1 : found[0]["end_column"] - 1] == "8.7%"


def test_folders_standard_input_and_the_table(tmp_path: Path) -> None:
    write(tmp_path / "drafts" / "a.md", "Output rose 8.7%.\n")
    write(tmp_path / "drafts" / "sub" / "b.txt", "营收853.69亿元。\n")
    result = run("extract", str(tmp_path / "drafts"), "--format", "json")
    assert result.exit_code == 0
    paths = {Path(m["path"]).name: m["text"] for m in json.loads(result.stdout)["mentions"]}
    assert paths == {"a.md": "8.7%", "b.txt": "853.69亿元"}
    result = run("extract", "-", "--format", "json", input="增长12.1%\n")
    assert [(m["path"], m["text"]) for m in json.loads(result.stdout)["mentions"]] == [("-", "12.1%")]
    table = run("extract", str(tmp_path / "drafts"))
    assert table.exit_code == 0 and "853.69亿元" in table.stdout and "2 figure(s) in 2 file(s)" in table.stdout
