"""factcheck check through the CLI: verdicts in both languages, qualifiers,
periods, draft dates, JSON fields and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run, run_json, write


def findings(db: Path, tmp_path: Path, text: str, *extra: str, name: str = "draft.md") -> list[tuple]:  # type: ignore[type-arg]
    """(line, column, text, verdict, claim id) for every judged figure."""
    draft = write(tmp_path / name, text)
    code, out = run_json("check", str(draft), "--claims", str(db), *extra)
    assert code in (0, 1)
    return [(f["line"], f["column"], f["text"], f["verdict"], f["claim_id"]) for f in out["findings"]]


def verdicts(db: Path, tmp_path: Path, text: str, *extra: str) -> list[tuple[str, str]]:
    return [(f[2], f[3]) for f in findings(db, tmp_path, text, *extra)]


def shipped(tmp_path: Path, text: str, when: str) -> dict:  # type: ignore[type-arg]
    """The JSON report of a draft checked against the shipped database as of ``when``."""
    draft = write(tmp_path / "draft.md", text)
    code, out = run_json("check", str(draft), "--date", when)
    assert code in (0, 1)
    return out


SHARE = "beijing.digital-economy.gdp-share.2023-q1-q3"


def test_supported_in_english(db: Path, tmp_path: Path) -> None:
    text = "Beijing's digital economy accounted for 44.3% of GDP in the first three quarters of 2023.\n"
    assert findings(db, tmp_path, text) == [(1, 41, "44.3%", "supported", SHARE)]


def test_supported_in_chinese(db: Path, tmp_path: Path) -> None:
    text = "2023年前三季度，北京数字经济增加值占地区生产总值比重为44.3%。\n"
    column = text.index("44.3%") + 1  # code points, not bytes
    assert column == 30
    assert findings(db, tmp_path, text) == [(1, column, "44.3%", "supported", SHARE)]


@pytest.mark.parametrize(
    ("figure", "verdict"),
    [
        ("44.3%", "supported"),
        ("44%", "supported"),
        ("about 44%", "supported"),
        ("almost 45%", "supported"),
        ("more than 40%", "supported"),
        ("nearly 44.5%", "supported"),
        ("43.4%", "contradicted"),
        ("34.3%", "contradicted"),
        ("more than 50%", "contradicted"),
        ("less than 40%", "contradicted"),
    ],
)
def test_qualifiers_and_rounding(db: Path, tmp_path: Path, figure: str, verdict: str) -> None:
    text = f"In the first three quarters of 2023, Beijing's digital economy accounted for {figure} of GDP.\n"
    assert [v for _, v in verdicts(db, tmp_path, text)] == [verdict]


def test_scale_slip_is_named(db: Path, tmp_path: Path) -> None:
    draft = write(tmp_path / "d.md", "In 2023, Beijing's digital economy value added reached 1.88 billion yuan.\n")
    code, out = run_json("check", str(draft), "--claims", str(db))
    assert code == 1
    (finding,) = out["findings"]
    assert finding["verdict"] == "contradicted"
    assert "scale slip" in finding["message"] and "1,000 times" in finding["message"]


def test_wan_for_yi_is_a_scale_slip(db: Path, tmp_path: Path) -> None:
    text = "2023年，北京数字经济增加值达到18800万元。\n"
    draft = write(tmp_path / "d.md", text)
    _, out = run_json("check", str(draft), "--claims", str(db))
    assert [(f["verdict"], "scale slip" in f["message"]) for f in out["findings"]] == [("contradicted", True)]


def test_chinese_scale_word_agrees_with_english_claim(db: Path, tmp_path: Path) -> None:
    text = "2023年，北京数字经济增加值达到1.88万亿元。\n"
    assert verdicts(db, tmp_path, text) == [("1.88万亿元", "supported")]


def test_percent_for_percentage_points(db: Path, tmp_path: Path) -> None:
    draft = write(tmp_path / "d.md", "In 2023, China's R&D intensity rose 0.1 percent.\n")
    _, out = run_json("check", str(draft), "--claims", str(db))
    (finding,) = out["findings"]
    assert finding["verdict"] == "contradicted"
    assert "percent written for percentage points" in finding["message"]


def test_growth_is_not_a_share(db: Path, tmp_path: Path) -> None:
    # 8.5% is the growth rate; "8.5% of GDP" is a share no claim covers.
    text = (
        "In 2023, Beijing's digital economy value added grew 8.5%.\n"
        "In 2023, the digital economy made up 8.5% of Beijing's GDP.\n"
    )
    assert verdicts(db, tmp_path, text) == [("8.5%", "supported"), ("8.5%", "unverified")]


def test_stale_with_explicit_period(db: Path, tmp_path: Path) -> None:
    text = "In the first three quarters of 2024, Beijing's digital economy accounted for 44.3% of GDP.\n"
    draft = write(tmp_path / "d.md", text)
    _, out = run_json("check", str(draft), "--claims", str(db))
    (finding,) = out["findings"]
    assert finding["verdict"] == "stale"
    assert finding["message"].endswith("for 2023-Q1/2023-Q3; the draft says 2024-Q1/2024-Q3")


def test_stale_through_this_year_in_chinese(db: Path, tmp_path: Path) -> None:
    text = "今年前三季度，北京数字经济增加值占地区生产总值比重为44.3%。\n"
    assert verdicts(db, tmp_path, text, "--date", "2024-11-05") == [("44.3%", "stale")]
    assert verdicts(db, tmp_path, text, "--date", "2023-11-05") == [("44.3%", "supported")]


def test_misattributed_in_both_languages(db: Path, tmp_path: Path) -> None:
    english = "Shanghai's digital economy accounted for 44.3% of GDP in the first three quarters of 2023.\n"
    chinese = "2023年前三季度，上海数字经济增加值占地区生产总值比重为44.3%。\n"
    for text in (english, chinese):
        (finding,) = findings(db, tmp_path, text)
        assert finding[3:] == ("misattributed", SHARE)


def test_lengths_of_texts_and_crowds_are_ordinary(db: Path, tmp_path: Path) -> None:
    text = ("Abstracts of 500 words and papers of up to 8,000 words are welcome; 312 walkers joined the charity walk. "
            "来稿请控制在8000字以内。Turnover was 3.2 billion yuan.\n")
    assert verdicts(db, tmp_path, text) == [("3.2 billion yuan", "unverified")]


def test_unverified_and_ordinary_numbers(db: Path, tmp_path: Path) -> None:
    text = "Guangzhou's exports grew 7.7% in 2023.\nThree reporters spent six days there; 12 people attended.\n"
    assert verdicts(db, tmp_path, text) == [("7.7%", "unverified")]
    shown = verdicts(db, tmp_path, text, "--show-all")
    assert ("six days", "unverified") in shown and ("12 people", "unverified") in shown


def test_capacities_are_economic_at_any_size(db: Path, tmp_path: Path) -> None:
    # a grid's gigawatts, a port's containers, a year's terawatt-hours
    text = ("Connection requests reached 1.8 GW this year. The port handled 1,320 TEU in October. "
            "Demand was 11 TWh. Customers above 10 MW register; a 3 km walk.\n")
    assert verdicts(db, tmp_path, text) == [
        ("1.8 GW", "unverified"), ("1,320 TEU", "unverified"), ("11 TWh", "unverified"), ("10 MW", "unverified"),
    ]


def test_english_draft_against_chinese_keywords_and_back(db: Path, tmp_path: Path) -> None:
    text = "上半年，全国高技术产业投资同比增长10.6%。\n"
    assert verdicts(db, tmp_path, text, "--date", "2024-08-01") == [("10.6%", "supported")]
    text = "In the first half of 2024, China's high-tech industry investment grew 10.6% year on year.\n"
    assert verdicts(db, tmp_path, text) == [("10.6%", "supported")]


def test_json_output_has_exactly_the_contract_fields(db: Path, tmp_path: Path) -> None:
    draft = write(tmp_path / "d.md", "In 2023, Beijing's digital economy value added reached 1.88 billion yuan.\n")
    code, out = run_json("check", str(draft), "--claims", str(db))
    assert code == 1
    assert out["version"] == 1
    assert out["summary"] == {
        "files": 1,
        "mentions": 1,
        "supported": 0,
        "contradicted": 1,
        "stale": 0,
        "misattributed": 0,
        "unverified": 0,
        "suppressed": 0,
    }
    (finding,) = out["findings"]
    contract = {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "text",
        "value",
        "unit",
        "verdict",
        "severity",
        "message",
        "claim_id",
        "expected",
        "source",
    }
    assert contract <= set(finding)
    assert set(finding) - contract == {"qualifier", "suppressed"}  # documented extensions
    assert finding["path"] == str(draft)
    # end_column is one past the last character, as in the contract's example
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (1, 56, 1, 73)
    assert finding["text"] == "1.88 billion yuan"
    assert finding["value"] == pytest.approx(1.88e9)
    assert finding["unit"] == "CNY"
    assert finding["severity"] == "error"
    assert finding["claim_id"] == "beijing.digital-economy.value-added.2023"
    assert finding["expected"] == {"value": 1.88e12, "unit": "CNY", "period": "2023", "entity": "Beijing"}
    assert finding["source"] == {"id": "test-source", "publisher": "Test Daily", "published": "2023-12-08"}
    assert out["drafts"] == [{"path": str(draft), "date": "2024-01-01", "date_source": "date line"}] or out["drafts"][
        0
    ]["path"] == str(draft)


@pytest.mark.parametrize(
    ("text", "args", "date", "source"),
    [
        ("Body 5%.\n", ["--date", "2024-03-01"], "2024-03-01", "--date"),
        ("---\ntitle: x\ndate: 2024-05-22\n---\nBody 5%.\n", [], "2024-05-22", "front matter"),
        ("News page\n发布时间:2024-11-05 14:41:45\n\nBody 5%.\n", [], "2024-11-05", "date line"),
        ("07:02, May 22, 2024 Source: Economic Daily\nBody 5%.\n", [], "2024-05-22", "date line"),
        ("2024年11月5日 新华社\n正文5%。\n", [], "2024-11-05", "date line"),
        # wire datelines abbreviate the month
        ("BEIJING, Nov. 28, 2024 —\nBody 5%.\n", [], "2024-11-28", "date line"),
        ("SHANGHAI, Sept. 3, 2024 (Asia Markets Wire) — Body 5%.\n", [], "2024-09-03", "date line"),
        ("Filed 3 Dec 2023, London\nBody 5%.\n", [], "2023-12-03", "date line"),
        # the end of a range or of a period dates what a text covers; "filed" dates the text
        ("Trip dates: 9-13 June 2024 | Report filed: 14 June 2024\nBody 5%.\n", [], "2024-06-14", "date line"),
        ("# Half-year report for the six months to 30 June 2024\n\nLondon, 30 August 2024\n\nBody 5%.\n", [],
         "2024-08-30", "date line"),
        ("# 截至2024年6月30日的统计\n\n2024年8月2日\n\n正文5%。\n", [], "2024-08-02", "date line"),
        # a spaced em dash after an issue number sets the date apart; it is no range
        ("Members' Bulletin, No. 12 — 3 May 2024\n\nBody 5%.\n", [], "2024-05-03", "date line"),
    ],
)
def test_draft_date_sources(db: Path, tmp_path: Path, text: str, args: list[str], date: str, source: str) -> None:
    draft = write(tmp_path / "d.md", text)
    _, out = run_json("check", str(draft), "--claims", str(db), *args)
    assert out["drafts"] == [{"path": str(draft), "date": date, "date_source": source}]


def test_no_date_falls_back_to_today(db: Path, tmp_path: Path) -> None:
    from datetime import date

    draft = write(tmp_path / "d.md", "Body 5%.\n")
    _, out = run_json("check", str(draft), "--claims", str(db))
    assert out["drafts"][0]["date_source"] == "today"
    assert out["drafts"][0]["date"] == date.today().isoformat()


def test_table_says_which_date_and_summarises(db: Path, tmp_path: Path) -> None:
    draft = write(
        tmp_path / "d.md", "---\ndate: 2024-11-05\n---\n今年前三季度，北京数字经济增加值占地区生产总值比重为44.3%。\n"
    )
    result = run("check", str(draft), "--claims", str(db))
    assert result.exit_code == 0  # stale is a warning
    assert "dated 2024-11-05 (front matter)" in result.stdout
    assert "stale" in result.stdout and "Test Daily, 2023-12-08" in result.stdout
    assert "1 figure(s): 0 supported · 0 contradicted · 1 stale" in result.stdout
    assert "Total: 1 file(s), 1 figure(s)" in result.stdout


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_levels(db: Path, tmp_path: Path, fail_on: str, code: int) -> None:
    draft = write(
        tmp_path / "d.md",
        "In the first three quarters of 2024, Beijing's digital economy accounted for 44.3% of GDP.\n",
    )
    assert run("check", str(draft), "--claims", str(db), "--fail-on", fail_on).exit_code == code


def test_exit_1_on_error_and_0_when_clean(db: Path, tmp_path: Path) -> None:
    good = write(tmp_path / "good.md", "In Q1-Q3 2023, Beijing's digital economy accounted for 44.3% of GDP.\n")
    bad = write(tmp_path / "bad.md", "In Q1-Q3 2023, Beijing's digital economy accounted for 43.4% of GDP.\n")
    assert run("check", str(good), "--claims", str(db)).exit_code == 0
    assert run("check", str(bad), "--claims", str(db)).exit_code == 1
    assert run("check", str(good), str(bad), "--claims", str(db), "--fail-on", "never").exit_code == 0


def test_severity_override(db: Path, tmp_path: Path) -> None:
    draft = write(tmp_path / "d.md", "Guangzhou's exports grew 7.7% in 2023.\n")
    assert run("check", str(draft), "--claims", str(db)).exit_code == 0
    assert run("check", str(draft), "--claims", str(db), "--severity", "unverified=error").exit_code == 1
    bad = run("check", str(draft), "--claims", str(db), "--severity", "unverified=fatal")
    assert bad.exit_code == 2 and "--severity" in bad.stderr


def test_standard_input(db: Path) -> None:
    result = run(
        "check",
        "-",
        "--claims",
        str(db),
        "--format",
        "json",
        input="In Q1-Q3 2023, Beijing's digital economy accounted for 44.3% of GDP.\n",
    )
    out = json.loads(result.stdout)
    assert [(f["path"], f["verdict"]) for f in out["findings"]] == [("-", "supported")]


def test_folder_is_walked(db: Path, tmp_path: Path) -> None:
    write(tmp_path / "drafts" / "a.md", "In Q1-Q3 2023, Beijing's digital economy accounted for 44.3% of GDP.\n")
    write(
        tmp_path / "drafts" / "sub" / "b.txt", "In Q1-Q3 2023, Beijing's digital economy accounted for 43.4% of GDP.\n"
    )
    write(tmp_path / "drafts" / "image.png", "not a draft 12%")
    code, out = run_json("check", str(tmp_path / "drafts"), "--claims", str(db))
    assert code == 1
    assert [(Path(f["path"]).name, f["verdict"]) for f in out["findings"]] == [
        ("a.md", "supported"),
        ("b.txt", "contradicted"),
    ]


def test_bad_inputs_exit_2_with_one_line(db: Path, tmp_path: Path) -> None:
    missing = run("check", str(tmp_path / "nope.md"), "--claims", str(db))
    assert missing.exit_code == 2 and missing.stderr.strip().count("\n") == 0 and "nope.md" in missing.stderr
    assert run("check", "x.md", "--date", "2024-13-01").exit_code == 2
    assert run("check", "x.md", "--format", "xml").exit_code == 2
    broken = write(tmp_path / "broken" / "claims" / "x.yaml", "claims: [\n")
    write(tmp_path / "broken" / "sources" / "s.yaml", "id: s\n")
    result = run("check", str(write(tmp_path / "d.md", "5%\n")), "--claims", str(broken.parent))
    assert result.exit_code == 2
    assert "invalid claim database" in result.stderr and "x.yaml:2" in result.stderr


def test_text_format_one_line_per_finding(db: Path, tmp_path: Path) -> None:
    draft = write(
        tmp_path / "d.md",
        "In Q1-Q3 2023, Beijing's digital economy accounted for 44.3% of GDP.\n"
        "In Q1-Q3 2023, Beijing's digital economy accounted for 43.4% of GDP.\n",
    )
    result = run("check", str(draft), "--claims", str(db), "--format", "text")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{draft}:2:56: contradicted: the draft says 43.4%")
    assert lines[0].endswith(f"[{SHARE}; Test Daily, 2023-12-08]")
    assert lines[1] == (
        "factcheck: 1 file(s), 2 figure(s): 1 supported, 1 contradicted, 0 stale, 0 misattributed, 0 unverified"
    )


# Cases from the third held-out set, checked against the shipped database:
# each stands for a class of wording the matcher once got wrong.
@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        # the period of the figure's own clause, not the sentence's first one
        ("2025-07-25", "New energy vehicle production rose 36.9% in January-June, faster than the 34.3% growth "
         "recorded in the first half of 2024.", [("36.9%", "unverified"), ("34.3%", "supported")]),
        # a comparison base with a year is not the figure's period
        ("2024-02-01", "Beijing registered 106,552 technology contracts in 2023, 12.1% more than in 2022.",
         [("106,552", "supported"), ("12.1%", "supported")]),
        ("2024-06-28", "1—5月，全国规模以上高技术服务业企业营业收入同比增长9.9%。", [("9.9%", "supported")]),
        # "about" does not cover digits in another order
        ("2025-02-18", "来自北京的云服务商在津冀、晋蒙等地部署了4280P左右的智能算力。",
         [("4280P", "contradicted")]),
        # one digit in common with a claim ten times larger proves nothing
        ("2024-03-01", "北京全社会研发投入强度多年保持在6%以上，位居全国前列。", [("6%", "unverified")]),
        # an average is a statistic, whatever its size
        ("2024-06-28", "全国每万人口高价值发明专利拥有量达到11.8件。", [("11.8件", "unverified")]),
        # the metric words of another clause count for less than the figure's own
        ("2025-03-01", "The title also smooths the way into the ranks of China's 463,000 high-tech enterprises, "
         "which pay a reduced corporate income tax rate of 15%.", [("463,000", "supported"), ("15%", "unverified")]),
        # the subject named before the figure in its sentence, not a city of the sentence before
        ("2024-06-30", "截至2023年底，北京通过备案的大模型产品数量占全国的60%以上。"
         "上海紧随其后，截至2023年底共有15个大模型产品通过备案并上线。",
         [("60%", "supported"), ("15个", "misattributed")]),
        # the whole a share is of (全国, "in China") is not its subject
        ("2024-03-01", "截至去年底，北京通过备案并上线的大模型产品有15个，占全国总数的60%以上。",
         [("15个", "supported"), ("60%", "supported")]),
        ("2024-03-01", "Large-model products from Beijing companies have cleared the national filing process. "
         "That is more than 60% of all the products approved in China so far.", [("60%", "supported")]),
        # a name after the figure ("10 days after Junshi's") does not rule out the sentence's subject
        ("2024-03-01", "HUTCHMED's fruquintinib won FDA approval in November 2023, just 10 days after Junshi "
         "Biosciences' toripalimab.", [("10 days", "supported")]),
        # a figure in brackets gives the one before it again, by the same claim
        ("2024-02-20", "Beijing registered 106,552 technology contracts in 2023. Their transaction value came to "
         "853.69 billion yuan (8536.9万元).", [("106,552", "supported"), ("853.69 billion yuan", "supported"),
                                             ("8536.9万元", "contradicted")]),
        ("2024-02-20", "Beijing's technology contracts were worth 853.69 billion yuan (8536.9亿元) in 2023.",
         [("853.69 billion yuan", "supported"), ("8536.9亿元", "supported")]),
        # a plan's target named without a date is the plan, not stale
        ("2024-02-02", "到2025年，上海将打造4个万亿级产业集群和2个五千亿级产业集群。\n\n同时，推动集成电路、生物医药、"
         "人工智能3大先导产业建设世界级产业集群。", [("4个", "supported"), ("2个", "supported"), ("3大", "supported")]),
        # after the figure, "and" begins the next figure's clause
        ("2025-03-05", "Huasheng Rubber said in 2024 that going digital cut its costs by 10% and lifted logistics "
         "efficiency by 52%.", [("10%", "supported"), ("52%", "contradicted")]),
        # the entity before the figure, not one named in the next clause
        ("2025-03-01", "同期江苏全省重点工业企业数字化研发设计工具普及率达到80.1%，均居全国前列。",
         [("80.1%", "misattributed")]),
    ],
)
def test_wordings_from_the_third_held_out_set(tmp_path: Path, when: str, text: str, expected: list) -> None:  # type: ignore[type-arg]
    draft = write(tmp_path / "draft.md", text + "\n")
    code, out = run_json("check", str(draft), "--date", when)
    assert code in (0, 1)
    assert [(f["text"], f["verdict"]) for f in out["findings"]] == expected


@pytest.mark.parametrize(("period", "verdict"), [("Jan-Sep 2023", "supported"), ("Jan-Sep 2024", "stale")])
def test_a_period_column_dates_the_row(tmp_path: Path, period: str, verdict: str) -> None:
    text = ("| Indicator | Period | Beijing |\n| --- | --- | --- |\n"
            f"| Digital economy, share of GDP | {period} | 44.3% |\n")
    draft = write(tmp_path / "table.md", text)
    code, out = run_json("check", str(draft), "--date", "2024-12-10")
    assert [(f["text"], f["verdict"]) for f in out["findings"]] == [("44.3%", verdict)]


def test_hyphens_and_spaces_are_the_same_words(db: Path, tmp_path: Path) -> None:
    """The claim's keyword is "year-on-year", the draft writes "year on year"
    (an error needs two of its words: the other is "exports")."""
    write(db / "trade.yaml", """claims:
  - id: beijing.exports.growth.2023
    entity: Beijing
    metric: exports growth
    value: 8.2
    unit: percent
    period: 2023
    source: test-source
    keywords: [exports, year-on-year]
""" + "".join(f"""  - id: beijing.filler-{n}.2023
    entity: Beijing
    metric: filler rate {n}
    value: {n}.5
    unit: percent
    period: 2023
    source: test-source
    keywords: [filler{n}]
""" for n in range(6)))  # enough claims that one word is not evidence enough
    text = "In 2023, Beijing's exports rose 9.1% year on year.\n"
    assert verdicts(db, tmp_path, text) == [("9.1%", "contradicted")]
    assert verdicts(db, tmp_path, text.replace("year on year", "on the year")) == [("9.1%", "unverified")]


# Classes of wording from the fifth held-out set (own sentences, shipped database).
@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        # "the city" / 全市 in a paragraph that names no place: the place last named
        ("2024-08-01", "Officials in Beijing met the press on Thursday.\n\nHigh-tech manufacturing value added in "
         "the city grew 8.7% year on year in the first half.", [("8.7%", "misattributed")]),
        ("2024-08-01", "北京市统计局发布上半年数据。\n\n上半年，全市高技术制造业增加值同比增长8.7%。",
         [("8.7%", "misattributed")]),
        # a figure of the sentence that agrees with a claim says what a sentence
        # naming no entity is about
        ("2024-07-19", "In the first half of 2024, value added of high-tech manufacturing grew 8.7%, 2.7% faster "
         "than industry overall.", [("8.7%", "supported"), ("2.7%", "contradicted")]),
        # the period of a heading dates the bullets under it
        ("2024-07-19", "## The national picture: January to June 2024\n\n- Value added of high-tech manufacturing "
         "grew 8.7%, 2.7% faster than industry overall.", [("8.7%", "supported"), ("2.7%", "contradicted")]),
        # a row's other cells describe its figure; a large count needs no unit
        ("2024-07-12", "| Region | What was reported | Figure |\n| --- | --- | --- |\n"
         "| Ningxia | Existing university patents, all inventoried | 2,055 |\n"
         "| Chengdu | Technology transfer talents to train and introduce in three years | 5,000 |",
         [("2,055", "supported"), ("5,000", "supported")]),
        # a long term of the claim in the figure's clause names the metric: one
        # term is enough to call a wrong value, or another province's, an error
        ("2023-12-01", "2023年，北京共有9个集群入选国家级中小企业特色产业集群。", [("9个", "contradicted")]),
        ("2024-07-01", "吉林提出，今年将做强12个优势产业集群。", [("12个", "misattributed")]),
        # a cell that describes the figure (no digits) names its metric
        ("2024-07-01", "| 省份 | 任务 | 目标 |\n| --- | --- | --- |\n| 辽宁 | 优势产业集群 | 做强做大21个 |",
         [("21个", "contradicted")]),
        # "as of this month" is the draft's present
        ("2026-06-01", "As of this month China counts 421 national-level intelligent manufacturing demonstration "
         "factories.", [("421", "stale")]),
        # a bare number whose metric is plainly named can be wrong; a year written bare is no figure
        ("2024-09-05", "The first batch of national strategic emerging industry clusters numbers 68.",
         [("68", "contradicted")]),
        ("2024-05-01", "2024中关村论坛期间举办了近120场活动。", [("120", "supported")]),
        # "respectively": the claim the first figure agrees with is not the second's
        ("2024-12-01", "截至目前，全国重点工业企业的数字化研发设计工具普及率和关键工序数控化率分别为80.1%和69.2%。",
         [("80.1%", "supported"), ("69.2%", "contradicted")]),
        # "the province" earlier in the paragraph is still the subject of "it"
        ("2024-07-10", "Shandong officials spoke on Monday.\n\nThe province plans more projects. It is also carrying "
         "out 6 major science and technology strategic actions this year.", [("6", "misattributed")]),
        # a figure that says what it counts is no slip of a count of something else
        ("2025-01-20", "We will lead a delegation of 15 companies to the Zhongguancun Forum this spring.", []),
        # a place named only after the figure leaves the subject of the sentence before
        ("2024-03-01", "The best known platform is Feisoo, run by Zhijing Technology. At the end of 2023 it read "
         "operating data from over 700,000 looms across the country.", [("700,000", "supported")]),
        # seconds are a unit (秒): a count of robots is not a time
        ("2024-10-01", "| 企业 | 做法 | 用时 |\n| --- | --- | --- |\n"
         "| 达闼 | 6台工业机器人组装一个人形机器人关节 | 30秒 |",
         [("6台", "supported"), ("30秒", "supported")]),
        # a table or figure number is no figure
        ("2024-09-01", "- Table 7.4 gives comparable figures for Shanghai.", []),
        # "last year" said a sentence before dates that sentence: too little to
        # call the next sentence's figure stale (its own period would be)
        ("2025-03-03", "去年，北京认定登记的技术合同超过10万项。"
         "北京在国际科技创新中心指数学科分析覆盖的11个学科领域中表现突出。",
         [("10万项", "stale"), ("11个", "supported")]),
        # places named in the figure's clause only after it are where things
        # went; the subject named earlier in the sentence is the figure's
        ("2024-12-03", "The cheap capacity is being built by Beijing firms: cloud providers headquartered there "
         "have deployed about 4,802P of intelligent computing power in Tianjin-Hebei and Shanxi-Inner Mongolia.",
         [("4,802P", "contradicted")]),
        # "by the end of the year" after "last year": that year's end
        ("2024-09-18", "Last year Beijing registered 106,552 technology contracts, and by the end of the year it "
         "held 262.9 invention patents for every 10,000 residents.",
         [("106,552", "supported"), ("262.9", "supported")]),
        # "covering 2023 to 2025" is the plan's span: its targets are no older figures
        ("2023-12-20", "Shanghai's three-year action plan for manufacturing, covering 2023 to 2025, names 3 "
         "leading industries and aims to build 4 clusters at the trillion-yuan level.",
         [("3", "supported"), ("4 clusters", "supported")]),
        # a bare number in a table cell, in the unit its row or column names
        ("2024-10-15", "| City | Indicator | Value | Year |\n| --- | --- | --- | --- |\n"
         "| Beijing | Technology contract turnover, billion yuan | 853.69 | 2023 |\n"
         "| Beijing | Digital economy value added, % of GDP | 42.9 | 2023 |\n"
         "| Beijing | Foreign-funded R&D centres recognised, cumulative | 170 | 2024 |\n"
         "| Hangzhou | R&D spending, % of GDP | 3.9 | 2023 |",
         [("853.69", "supported"), ("42.9", "supported"), ("170", "contradicted"), ("3.9", "unverified")]),
        ("2024-10-15", "| 城市 | 指标 | 数值（亿元） |\n| --- | --- | --- |\n| 北京 | 2023年技术合同成交额 | 5836.9 |",
         [("5836.9", "contradicted")]),
        # the document's title dates the sections under it that name no period
        ("2024-10-28", "# 2024年前三季度北京市经济运行分析\n\n## 二、数字经济\n\n"
         "全市数字经济增加值占地区生产总值的比重为44.3%。", [("44.3%", "stale")]),
        # after a semicolon, a statement about another subject is not dated
        # by the year the one before it names
        ("2024-12-16", "2023年，上海工业企业机器人密度达到260台/万人；"
         "达闼的智能工厂里，6台工业机器人30秒即可完成一个柔性关节的组装。",
         [("260台", "supported"), ("6台", "supported"), ("30秒", "supported")]),
        # a date within the claim's period is no later period: the claim's
        # figure, unless the metric has its own claim for that date (then
        # the whole year's share given to the first three quarters is wrong)
        ("2025-02-24", "Read the Economic Daily commentary of May 2024 closely: it credits private firms with 70% "
         "of the country's technological innovation achievements.", [("70%", "supported")]),
        ("2024-09-10", "In the first three quarters of 2023, Beijing's digital economy made up 42.9% of its GDP.",
         [("42.9%", "contradicted")]),
        # 我省, 本市: the writer's own place, named in the document's opening,
        # not the place named last; never named, none the database knows
        ("2024-08-26", "省工商联研究室\n\n兄弟省市的做法：2023年北京技术合同成交额8536.9亿元。\n\n## 我省的短板\n\n"
         "我省民营经济增加值占全省生产总值的比重为62.8%。", [("8536.9亿元", "supported"), ("62.8%", "unverified")]),
        ("2024-12-03", "上海市商务委员会通报\n\n兄弟城市方面，2023年北京技术合同成交额8536.9亿元。"
         "截至去年底，本市生物医药领域科创板上市企业约30家。", [("8536.9亿元", "supported"), ("30家", "supported")]),
        # 本市 in the figure's own sentence names the city, over the country
        # the sentences before named ("在美获批")
        ("2024-12-03", "上海市商务委员会通报。\n\n去年，君实生物的新药在美获批后不久，和黄医药的新药也获美国批准。"
         "截至去年底，本市生物医药领域科创板上市企业约30家。", [("30家", "supported")]),
        # two counts with each other's values, each saying what it counts:
        # both wrong (the carmakers number 146, the brands 161)
        ("2024-12-01", "By the end of October 2023, 1.27 million new energy vehicles had been put on Shanghai's "
         "roads, sold by 161 carmakers under 146 brands.",
         [("1.27 million", "supported"), ("161", "contradicted"), ("146 brands", "contradicted")]),
        # "million" is a scale, not what a figure counts: the vehicles' digits swapped
        ("2024-12-01", "By the end of October 2023, 1.72 million new energy vehicles had been put on the road in "
         "Shanghai.", [("1.72 million", "contradicted")]),
        ("2024-12-01", "By the end of October 2023, Shanghai had promoted 1.27 million new energy vehicles from "
         "146 carmakers under 161 brands.",
         [("1.27 million", "supported"), ("146", "supported"), ("161 brands", "supported")]),
        # the same in Chinese: what is counted follows the classifier
        ("2024-12-01", "截至2023年10月底，上海累计推广新能源汽车127万辆，涉及161家车企、146个品牌。",
         [("127万辆", "supported"), ("161家", "contradicted"), ("146个", "contradicted")]),
        ("2024-12-01", "截至2023年10月底，上海累计推广新能源汽车127万辆，涉及146家车企、161个品牌。",
         [("127万辆", "supported"), ("146家", "supported"), ("161个", "supported")]),
        # "the municipality" is the place named as a subject, not the places
        # named after a figure as where something went (a year is no figure)
        ("2024-12-03", "In 2024, Beijing-based cloud providers deployed about 4,082 PFLOPS of computing power in "
         "Tianjin, Hebei, Shanxi and Inner Mongolia.\n\nForeign R&D is welcome: the municipality has recognized "
         "and supported 107 foreign-funded R&D centres.", [("4,082 PFLOPS", "supported"), ("107", "supported")]),
        # "由2014年的48.2件提高到262.9件": the year qualifies the first figure only
        ("2024-08-20", "北京每万人发明专利拥有量由2014年的48.2件提高到262.9件。",
         [("48.2件", "supported"), ("262.9件", "supported")]),
        # "machines" counts the platform's textile equipment (a keyword): a zero lost
        ("2024-02-01", "In 2023 Zhijing Technology's platform read operating data from more than 70,000 machines.",
         [("70,000 machines", "contradicted")]),
        # "trading", "turnover": how English writes 交易额 (claims' keywords)
        ("2024-06-01", "At the Shanghai Data Exchange, this year's turnover should top 1 billion yuan.",
         [("1 billion yuan", "stale")]),
        ("2024-06-01", "At the Shanghai Data Exchange, trading ran above 100 million yuan a month in 2023.",
         [("100 million yuan", "supported")]),
        # all industry's growth is no figure of high-tech manufacturing's,
        # though both are "above designated size"
        ("2024-07-20", "上半年，全国规模以上工业增加值同比增长6.0%。", [("6.0%", "unverified")]),
        # "在全国1000多家医院": the country named as where the company's
        # technology reached, not as who the figure is about
        ("2023-12-20", "长木谷专注骨科手术机器人研发，其技术已在全国1000多家医院落地应用。",
         [("1000多家", "supported")]),
        # "industries" is "industry" with its plural (stem y): the claim's term
        ("2024-08-01", "Half-year figures:\n\n- Investment in high-tech industries was up 10.9%.\n\nGuangdong and "
         "Anhui did better.", [("10.9%", "contradicted")]),
        # a company named only in a later section is not the subject of the
        # figures before it: the national figure is checked as the country's
        ("2024-08-01", "Half-year figures:\n\n- Output of new energy vehicles rose 34.3%.\n\n## A plant in Shandong\n\n"
         "Huasheng Rubber Group says logistics efficiency improved by 25% after its digital overhaul, and Huasheng "
         "Rubber plans more.", [("34.3%", "supported"), ("25%", "supported")]),
        # no entity named for the figure (the draft names two provinces
        # later): the country's claims are candidates, and one that its
        # words point to alone may contradict it
        ("2024-08-10", "Half-year data are in.\n\n- **Cars.** Output of new energy vehicles jumped 43.3% in the "
         "first half.\n\nGuangdong and Anhui say their own plants did better still.", [("43.3%", "contradicted")]),
        # 规上 is 规模以上 written short: the claim's words, and percent for its points
        ("2024-07-01", "今年1-5月，规上高技术服务业企业营业收入同比增长9.9%，增速比全部规上服务业企业快1.4%。",
         [("9.9%", "supported"), ("1.4%", "contradicted")]),
        # "the city" before the figure, places named only after it: the city
        # is the subject, the places where its providers deploy are not
        ("2024-12-01", "Beijing keeps adding computing capacity.\n\nProviders from the city now run about 4,820 P "
         "of intelligent computing power in Tianjin-Hebei and Shanxi-Inner Mongolia.", [("4,820 P", "contradicted")]),
        # four digits of a claim of the entity discussed, in its unit and
        # period, support a figure whose sentence names no metric; three do not
        ("2024-03-01", "Beijing's technology market kept growing last year. What were the deals worth? Roughly "
         "853.7 billion yuan.", [("853.7 billion yuan", "supported")]),
        ("2024-03-01", "Beijing's technology market kept growing last year. What were the deals worth? Roughly "
         "854 billion yuan.", [("854 billion yuan", "unverified")]),
        # "the platform", "the exchange": the organisation named before
        # (for a kind of organisation, the last one whose name says it is one)
        ("2024-03-04", "Zhijing Technology's Feisoo platform is used by mills across China, and we joined it two "
         "years ago. At the end of last year the platform linked more than 90,000 textile firms and collected data "
         "from over 700,000 machines across the country.",
         [("90,000", "contradicted"), ("700,000 machines", "supported")]),
        ("2024-03-01", "We will visit the Shanghai Data Exchange on Tuesday.\n\nCloudMinds can make more than 10 "
         "joint models on one line. Our hosts at the exchange say monthly trading there passed 100 million yuan "
         "in 2023.", [("10", "supported"), ("100 million yuan", "supported")]),
        # the words after the next figure name this one's metric too
        # ("8台工业机器人协同作业，30秒即可完成…组装"): weakly, as the sentence before
        ("2024-10-01", "达闼科技的智能工厂里，产线上8台工业机器人协同作业，30秒即可完成一个柔性关节的组装。",
         [("8台", "contradicted"), ("30秒", "supported")]),
        # ... and so two figures may reach one claim: the one that gives its
        # value exactly keeps it, the other only came near it
        ("2024-12-01", "Private firms, the saying goes, produce more than 60% of output and account for 70% of "
         "technological innovation.", [("60%", "unverified"), ("70%", "supported")]),
        # a bare number under ten in a table whose row spells out a claim's
        # metric is judged (Guizhou's six actions given to Yunnan); with
        # the metric only hinted at, it is left alone
        ("2024-11-20", "| Province | Measure | Count |\n| --- | --- | --- |\n"
         "| Yunnan | Major science and technology strategic actions under way | 6 |",
         [("6", "misattributed")]),
        ("2024-11-20", "| Province | Measure | Count |\n| --- | --- | --- |\n"
         "| Yunnan | Strategic projects | 6 |", []),
        # from the thirteenth held-out set: "过去一年" in a January report is
        # last year, and last year's figure is the year before's
        ("2025-01-15", "过去一年，本市总算力供给规模达到1.2万P。", [("1.2万P", "stale")]),
        # the words before the figure name its metric, over a sibling claim whose value agrees
        ("2024-02-01", "2023年，北京技术合同成交额达到8536.9亿元，比上年增长12.1%。",
         [("8536.9亿元", "supported"), ("12.1%", "contradicted")]),
        ("2024-02-01", "2023年，北京认定登记技术合同106552项，同比增长12.1%；成交额8536.9亿元。",
         [("106552项", "supported"), ("12.1%", "supported"), ("8536.9亿元", "supported")]),
        # the claim's digits in another order: a slip, even for a bare count
        # and with one word of the metric
        ("2024-12-01", "Private firms make up 90% of the country's high-tech enterprises, of which there were "
         "436,000 in 2024.", [("90%", "supported"), ("436,000", "contradicted")]),
        ("2024-12-01", "Beijing Construction and Maintenance Group cleared them in days. Laid end to end, those "
         "roads measure 1,103.9 kilometres, about the distance from Beijing to Shanghai.",
         [("1,103.9 kilometres", "contradicted")]),
        # a claim whose statement names two companies belongs to both
        ("2024-03-01", "2023年，和黄医药的呋喹替尼在美国获批上市，距君实生物特瑞普利单抗获批仅10天。",
         [("10天", "supported")]),
        # from the seventh held-out set: one claim, two figures contradicted by
        # it: the one its words fit best keeps it
        ("2024-11-20", "The closest comparable is CloudMinds, whose smart factory in Minhang runs 8 industrial "
         "robots on its joint assembly line and makes more than 10 joint models.",
         [("8", "contradicted"), ("10", "supported")]),
        # 沪上 is Shanghai
        ("2024-09-01", "2020年5月，全国40家高校和科研院所启动试点。"
         "截至目前，沪上完成试点任务的6家高校院所已赋权并实施成果675项。",
         [("40家", "supported"), ("6家", "supported"), ("675项", "supported")]),
        # 本市 before the figure, a comparison after it
        ("2023-12-15", "上海市经济信息化委发布数据。\n\n"
         "据介绍，本市工业企业机器人密度已达到260台/万人，在国内主要城市中位居前列。",
         [("260台", "supported")]),
        # the year of a comparison base dates the figure it names
        ("2024-03-01", "2023年北京每万人发明专利拥有量达262.9件，较2014年的48.2件增长数倍。",
         [("262.9件", "supported"), ("48.2件", "supported")]),
        # a claim tagged `event` (a founding team) does not go stale
        ("2025-04-18", "长木谷成立之初，初创团队只有3个人。", [("3个", "supported")]),
        # "the city" after the figure in its sentence refers too; a company
        # with no city is no place ("Pony.ai" is not "the city")
        ("2024-10-01", "# Beijing by numbers\n\n- **1.27 million.** New energy vehicles put on the city's roads by "
         "the end of October 2023.", [("1.27 million", "misattributed")]),
        ("2024-10-01", "Beijing unveiled its plans.\n\nRobotaxi operators such as Pony.ai already carry paying "
         "passengers.\n\n**20**\nFuture industries named in the plan the city issued in September 2023.",
         [("20", "supported")]),
        # a part of the year's value given for the whole year is a wrong value, not an old one
        ("2024-10-01", "Beijing's digital economy accounted for 44.3% of GDP in 2023 as a whole.",
         [("44.3%", "contradicted")]),
        # from the eighth held-out set: a footnote marker does not join two sentences
        ("2024-09-16", "In May 2020, 40 universities and research institutes began a three-year pilot.[1] The "
         "results in Shanghai are the clearest: institutions there have granted rights to 675 achievements by 2024.",
         [("40 universities", "supported"), ("675 achievements", "supported")]),
        # a title's bare year dates no figure under it
        ("2025-02-20", "# 2025高考作文素材汇编\n\n民营企业贡献了我国70%以上的技术创新成果。", [("70%", "supported")]),
        # 那年 is the year named before; so is a 年末 with no year of its own
        ("2024-12-15", "那是2023年秋天的上海。报上说，截至那年10月底，申城累计推广新能源汽车127万辆。",
         [("127万辆", "supported")]),
        ("2024-12-20", "北京市志。\n\n# 技术市场与创新产出（2023年）\n\n"
         "【专利】年末全市每万人口发明专利拥有量262.9件。",
         [("262.9件", "supported")]),
        # a period in a later clause with a figure of its own is that figure's
        ("2024-03-01", "## 2023年统计公报解读\n\n每万人发明专利拥有量达到262.9件，而2014年这一指标只有48.2件。",
         [("262.9件", "supported"), ("48.2件", "supported")]),
        # a part of the city named in the draft (the zone) brings its claims to the city's figure
        ("2024-10-01", "这里是北京高级别自动驾驶示范区的起步区。2023年，北京提出示范区将逐步扩围至全市5000平方公里。",
         [("5000平方公里", "contradicted")]),
        # an English term is a word, or a word with an inflection: "plan" is not in "plants"
        ("2024-09-20", "Steelmaker China Baowu set out plans in 2023 to bring in at least 10,000 robots. Speakers "
         "will ask whether the 35,000 robots installed in the city's auto plants last year have paid for themselves.",
         [("10,000 robots", "supported"), ("35,000 robots", "unverified")]),
        # "more than 70,000" for the claim's "more than 700,000": a zero lost from a round figure;
        # "pieces of equipment" counts equipment
        ("2024-09-10", "By late 2023 Zhijing Technology's Feisoo network had signed up more than 9,000 textile "
         "enterprises and wired in more than 70,000 pieces of equipment.",
         [("9,000", "supported"), ("70,000 pieces", "contradicted")]),
        # "nationally" names the country
        ("2024-12-05", "Shanghai insurers are busy.\n\nNationally, output of new-energy vehicles rose 43.3% year on "
         "year in the first half of 2024.", [("43.3%", "contradicted")]),
        # the period of one row does not date the next
        ("2024-07-12", "| Region | What was reported | Figure |\n| --- | --- | --- |\n"
         "| Hunan | University technology contract registrations, January-May, growth | 100% |\n"
         "| Ningxia | Existing university patents, all inventoried | 2,055 |",
         [("100%", "supported"), ("2,055", "supported")]),
    ],
)
def test_wordings_from_the_fifth_held_out_set(tmp_path: Path, when: str, text: str, expected: list) -> None:  # type: ignore[type-arg]
    draft = write(tmp_path / "draft.md", text + "\n")
    code, out = run_json("check", str(draft), "--date", when)
    assert code in (0, 1)
    assert [(f["text"], f["verdict"]) for f in out["findings"]] == expected


def test_the_city_after_a_district_or_a_company_is_its_city() -> None:
    from datetime import date

    from factcheck.context import Document
    from factcheck.entities import EntityFinder
    from factcheck.extract import extract

    finder = EntityFinder({"China": ("全国",), "Beijing": ("北京",), "Haidian District": ("海淀区",),
                           "Changmugu": ("长木谷",)})
    part_of = {"Haidian District": "Beijing", "Changmugu": "Beijing"}
    for first in ("海淀区举行发布会。", "长木谷举行发布会。", "北京举行发布会。全国同行到场。"):
        text = first + "\n\n上半年，全市技术合同成交额增长12.5%。\n"
        mention = extract(text, text)[-1]
        context = Document(text, text, date(2024, 8, 1), finder, part_of).context(mention, 0, len(text))
        assert (context.entity, context.entity_source) == ("Beijing", "reference"), first
    # nothing named before: no guess dressed up as a reference
    text = "上半年，全市技术合同成交额增长12.5%。\n"
    context = Document(text, text, date(2024, 8, 1), finder, part_of).context(extract(text, text)[0], 0, len(text))
    assert context.entity_source != "reference"


def test_a_claim_reached_through_the_sentence_before_is_no_misattribution(tmp_path: Path) -> None:
    text = ("Nobody votes, but regions compete. Since May 2020, 40 universities and research institutes in China "
            "have piloted giving researchers ownership of their results. Here is how the 6 main contenders stack up.\n")
    draft = write(tmp_path / "draft.md", text)
    code, out = run_json("check", str(draft), "--date", "2024-08-20")
    assert code in (0, 1)
    assert "6" not in [f["text"] for f in out["findings"]]


def test_the_comma_of_a_thousands_separator_ends_no_clause() -> None:
    from datetime import date

    from factcheck.context import Document
    from factcheck.entities import EntityFinder
    from factcheck.extract import extract

    text = "Robot density reached 260 units per 10,000 workers this year, and 1.27 million cars were sold.\n"
    mention = extract(text, text)[0]
    context = Document(text, text, date(2024, 12, 20), EntityFinder({})).context(mention, 0, len(text))
    assert context.core.endswith("per 10,000 workers this year")
    assert context.period_text == "this year"


_PILOT = ("Shanghai's ownership pilot is past its trial stage. 6 universities and research institutes in the city "
          "have finished it, granting researchers rights over 675 results.")
_PILOT_ZH = "上海的赋权改革试点已经收官：全市6家高校院所完成试点，赋权成果675项，"
_AMOUNT = "shanghai.achievement-ownership-pilot.transformation-amount.2024"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the release's third figure, its metric unnamed, one digit dropped
        (f"{_PILOT} Licensees have so far paid 1.66 billion yuan for them.", ("contradicted", _AMOUNT)),
        (f"{_PILOT_ZH}企业为此支付了16.6亿元。", ("contradicted", _AMOUNT)),
        # the same figure given right: four digits of the release's claim
        (f"{_PILOT} Licensees have so far paid 1.066 billion yuan for them.", ("supported", _AMOUNT)),
        # another figure altogether: no slip of the release's
        (f"{_PILOT} Licensees have so far paid 3.2 billion yuan for them.", ("unverified", None)),
        # no figure of the release around it
        ("Licensees of Shanghai's universities have so far paid 1.66 billion yuan for the pilot's results.",
         ("unverified", None)),
        # the release beside it, but in another paragraph
        (f"{_PILOT}\n\nLicensees have so far paid 1.66 billion yuan for them.", ("unverified", None)),
        # the city's release says nothing about one of its districts
        ("Beijing registered 106,552 technology contracts in 2023, 12.1% more than a year before. Haidian's "
         "firms alone took in 835.69 billion yuan that year.", ("unverified", None)),
        ("Beijing registered 106,552 technology contracts in 2023, 12.1% more than a year before. The city's "
         "firms took in 835.69 billion yuan that year.",
         ("contradicted", "beijing.technology-contracts.transaction-value.2023")),
    ],
)
def test_a_release_s_figure_written_wrong_among_its_others(tmp_path: Path, text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    out = shipped(tmp_path, text + "\n", "2024-12-02")
    last = out["findings"][-1]
    assert (last["verdict"], last["claim_id"]) == expected
    # the figures around it keep their own verdicts
    assert all(f["verdict"] == "supported" for f in out["findings"][:-1])
    if expected[0] == "contradicted":
        assert last["message"].endswith("the paragraph's other figures are from the same release")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "the national pilot", in a paragraph about Shanghai: the country's figure, given to it
        ("**Shanghai.** Our hosts walked us through the ownership pilot. The national pilot began in May 2020 "
         "with 40 universities and research institutes.", "supported"),
        ("**Shanghai.** Our hosts walked us through the ownership pilot. Shanghai's own pilot began in May 2020 "
         "with 40 universities and research institutes.", "misattributed"),
        # "national" naming the metric gives nothing to the country
        ("Beijing now has 421 national-level intelligent manufacturing demonstration factories.", "misattributed"),
    ],
)
def test_a_figure_its_clause_calls_national_is_the_country_s(tmp_path: Path, text: str, verdict: str) -> None:
    out = shipped(tmp_path, text + "\n", "2024-10-21")
    (finding,) = out["findings"]
    assert finding["verdict"] == verdict
    assert finding["claim_id"].startswith("china.")


@pytest.mark.parametrize("own", ["我们的", "我司"])
def test_the_speaker_s_own_organisation_is_not_the_country_named_before(tmp_path: Path, own: str) -> None:
    # a company's report: "放眼全国…62.9%。我们的…55%左右" compares the group with
    # the country; the group's rate is no figure of the country's
    text = ("——在华盛橡胶集团职代会上的工作报告\n\n各位代表：过去一年，集团上下围绕数字化转型做了大量工作。\n\n"
            f"放眼全国，重点工业企业关键工序数控化率达62.9%。{own}关键工序数控化率目前在55%左右。\n")
    out = shipped(tmp_path, text, "2024-09-06")
    assert [(f["text"], f["verdict"]) for f in out["findings"]] == [("62.9%", "supported"), ("55%", "unverified")]


def test_a_paragraph_about_the_national_picture_is_the_country_s(tmp_path: Path) -> None:
    text = ("# Robots on the line: a day at Shanghai's automation week\n\n"
            "**11:05** Back to the national picture. The moderator reads out 412 national-level intelligent "
            "manufacturing demonstration factories so far, with artificial intelligence and digital twins in use "
            "at more than 90% of them.\n\n"
            "# Beijing's AI in numbers\n\n"
            "- Large model products cleared for public launch: 15, or more than 60% of the national total\n")
    out = shipped(tmp_path, text, "2024-09-20")
    assert [(f["text"], f["verdict"], f["claim_id"].split(".")[0]) for f in out["findings"]] == [
        ("412", "contradicted", "china"),  # the country's 421
        ("90%", "supported", "china"),
        # "of the national total" is the share's whole: the figures stay Beijing's
        ("15", "supported", "beijing"),
        ("60%", "supported", "beijing"),
    ]


@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        # "more broadly" widens a city's paragraph to the economy
        pytest.param("2024-08-01", "Shenzhen, where the company's main plant sits, is a deep market. More broadly, "
                     "high-tech manufacturing value added grew 8.7% in the first half, 2.7% faster than industry as "
                     "a whole.\n",
                     [("8.7%", "supported", "china.high-tech-manufacturing.value-added-growth.2024-h1"),
                      # (2.7 points: percent for points)
                      ("2.7%", "contradicted", "china.high-tech-manufacturing.value-added-growth-gap.2024-h1")],
                     id="more-broadly-widens-a-city-s-paragraph"),
        # 以北汽、小米为代表: examples of an industry; the figure is the city's
        pytest.param("2024-11-01", "北京市统计部门数据显示，今年前三季度，全市工业生产平稳。"
                     "以北汽、小米为代表的新能源整车制造，增加值增速超过10%。\n",
                     [("10%", "supported", "beijing.nev-manufacturing.value-added-growth.2024-q1-q3")],
                     id="names-given-as-examples-are-not-the-subject"),
        # "The Beijing company" refers to the company named before
        pytest.param("2024-06-01", "Changmugu makes orthopaedic planning software.\n\n"
                     "The Beijing company began in 2018 as a startup of 3 people.\n",
                     [("3 people", "supported", "changmugu.founding-team-size.2018")],
                     id="the-place-company-refers-to-the-company-named-before"),
    ],
)
def test_the_claims_figures_are_judged_by(tmp_path: Path, when: str, text: str, expected: list) -> None:  # type: ignore[type-arg]
    out = shipped(tmp_path, text, when)
    assert [(f["text"], f["verdict"], f["claim_id"]) for f in out["findings"]] == expected


def test_the_city_after_the_figure_is_the_city_not_its_country(tmp_path: Path) -> None:
    # the paragraph names the city and, last, its country; "the city's" after the figure is the city
    text = ("Beijing remains China's showcase for artificial intelligence. In 2023, robot density reached 260 "
            "industrial robots per 10,000 workers in the city's factories.\n")
    out = shipped(tmp_path, text, "2024-06-10")
    (finding,) = out["findings"]
    assert finding["verdict"] == "misattributed"
    assert finding["message"].endswith("not Beijing's")


@pytest.mark.parametrize(
    ("when", "text", "verdict", "claim_id"),
    [
        # the plan to 2025, "at present" in 2023: current, not a 2025 figure presented as 2023's
        pytest.param("2023-12-15", "Shanghai's manufacturers are upbeat. At present the municipal three-year plan for "
                     "manufacturing names 3 leading industries, biomedicine among them.\n",
                     "supported", "shanghai.leading-industries.target.2025", id="a-plan-whose-horizon-is-ahead"),
        # Beijing's providers' 4,082 P in Tianjin-Hebei, given to Shanghai's: the claim names
        # Tianjin too, but the sentence's subject is Shanghai
        pytest.param("2024-12-02", "Cloud providers from Shanghai have deployed about 4,082 P of intelligent computing "
                     "in the Tianjin-Hebei and Shanxi-Inner Mongolia regions.\n",
                     "misattributed", "beijing.cloud-intelligent-computing-deployed-outside.2024",
                     id="places-a-claim-names-as-destinations"),
        # "已达" presents Shanghai's 2023 density as current in mid-2024; given to Suzhou, that is the error
        pytest.param("2024-07-16", "长三角工业机器人应用基础扎实，苏州工业企业机器人密度已达260台/万人。\n",
                     "misattributed", "shanghai.industrial-robot-density.2023",
                     id="a-figure-presented-as-current-given-to-another-city"),
        # clusters worth a trillion yuan are the trillion-yuan clusters
        pytest.param("2024-03-01", "Shanghai's plan is clear: by 2025 the city is meant to have 5 industrial clusters "
                     "worth a trillion yuan each.\n",
                     "contradicted", "shanghai.trillion-yuan-industrial-clusters.target.2025",
                     id="clusters-worth-a-trillion-yuan"),
    ],
)
def test_the_one_figure_s_claim(tmp_path: Path, when: str, text: str, verdict: str, claim_id: str) -> None:
    out = shipped(tmp_path, text, when)
    (finding,) = out["findings"]
    assert (finding["verdict"], finding["claim_id"]) == (verdict, claim_id)


def test_a_place_compared_with_is_not_the_city_referred_to(tmp_path: Path) -> None:
    text = ("Shanghai's plan names 3 leading industries. Keep that in mind; we will compare it with Shenzhen next "
            "week.\n\nRobot density in the city's industrial enterprises reached 260 units per 10,000 workers in "
            "2023.\n")
    out = shipped(tmp_path, text, "2024-03-01")
    assert [(f["text"], f["verdict"]) for f in out["findings"]][-1] == ("260 units", "supported")


def test_a_table_s_caption_gives_its_cells_their_unit(tmp_path: Path) -> None:
    text = ("**Table 1. China, first half of 2024 (growth on a year earlier, %)**\n\n"
            "| Indicator | Growth |\n| --- | --- |\n"
            "| Value added, high-tech manufacturing | 8.7 |\n"
            "| Investment in high-tech industries | 10.6 |\n"
            "| Output of new energy vehicles | 43.3 |\n")
    out = shipped(tmp_path, text, "2024-09-09")
    assert [(f["text"], f["unit"], f["verdict"]) for f in out["findings"]] == [
        ("8.7", "percent", "supported"),
        ("10.6", "percent", "supported"),
        ("43.3", "percent", "contradicted"),  # the NEV output grew 34.3%
    ]


def test_a_bare_jituan_opening_its_clause_is_the_group_of_the_report(tmp_path: Path) -> None:
    # "集团对…改造，物流效率提升25%": the report's group; 25% is Huasheng Rubber's
    text = ("北京建工养护集团社会责任报告摘要\n\n"
            "集团持续推进智慧养护建设，桥梁健康监测等系统已全面应用。\n\n"
            "今年以来，集团对物资仓储和配送体系实施数字化改造，物流效率提升25%。\n")
    out = shipped(tmp_path, text, "2024-06-28")
    (finding,) = out["findings"]
    assert finding["verdict"] == "misattributed"
    assert finding["claim_id"] == "huasheng-rubber.logistics-efficiency.growth.2024"
    assert finding["message"].endswith("not Beijing Construction and Maintenance Group's")


def test_the_country_a_share_is_of_is_not_the_subject_of_the_sentence(tmp_path: Path) -> None:
    text = ("北京市经济和信息化局\n\n大模型产业发展迅速。截至2023年底，15个大模型产品通过备案并正式上线，"
            "占全国备案总数的60%以上。\n")
    out = shipped(tmp_path, text, "2023-12-20")
    assert [(f["text"], f["verdict"], f["claim_id"].split(".")[0]) for f in out["findings"]] == [
        ("15个", "supported", "beijing"), ("60%", "supported", "beijing")]


def test_a_team_grown_to_a_head_count_is_the_team_size(tmp_path: Path) -> None:
    text = "长木谷医疗负责人介绍，2018年公司刚成立时只有3个人，到2023年底团队已有160多人。\n"
    out = shipped(tmp_path, text, "2024-01-10")
    assert ("160多人", "supported", "changmugu.team-size.2023") in [
        (f["text"], f["verdict"], f["claim_id"]) for f in out["findings"]]


STEEL_NOTE = (
    "Rebar futures in Shanghai settled at 3,520 yuan a tonne on Friday. The better news is in manufacturing, where "
    "the official figures for January to June gave us something to work with:\n\n"
    "- Value added in high-tech manufacturing rose 8.7% from a year earlier.\n"
    "- Production of new energy vehicles jumped 34.3%.\n\n"
    "China Baowu said it would bring in more than 10,000 robots over five years."
)


# Wordings from the fourth to sixth sessions' blind sets, each a class the
# checker once got wrong (the rules are in docs/matching.md).
@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        # "同比增长" says the figure is a growth rate, not what grew: industrial
        # investment is no technology contract; the contracts' growth given to
        # Shanghai is Beijing's
        pytest.param("2024-03-12", "上海市经信委答记者问。\n\n去年全市工业投资同比增长约12%。\n\n"
                     "去年上海认定登记技术合同成交项数同比增长12.1%。",
                     [("12%", "unverified"), ("12.1%", "misattributed")], id="kind-words-alone"),
        # "39 of the 41": a count of what the 41 counts, not a list number
        pytest.param("2024-08-01", "Nationally, 39 of the 41 major industrial categories grew in the first half "
                     "of 2024.", [("39", "supported"), ("41", "supported")], id="n-of-the-m"),
        pytest.param("2024-08-01", "In the first half of 2024, value added grew in 39 out of 41 industrial "
                     "categories nationwide.", [("39", "supported"), ("41", "supported")], id="n-out-of-m"),
        # Tianjin leads; Beijing, named in a later clause, is what it is compared with
        pytest.param("2025-01-10", "Zhou shows how Tianjin, whose technology contract turnover reached about 190 "
                     "billion yuan, had by 2024 recognised and supported 107 foreign-funded R&D centres, and asks "
                     "whether Beijing's shadow helps or hurts.",
                     [("190 billion yuan", "unverified"),  # no slip of Beijing's 853.69 billion: Tianjin's own
                      ("107", "misattributed")],  # Beijing's centres given to Tianjin
                     id="later-clause"),
        # a figure for a year still ahead is a target or a forecast, not an old figure restated
        pytest.param("2024-11-20", "Beijing aims for technology contract turnover of 853.69 billion yuan in 2027.",
                     [("853.69 billion yuan", "unverified")], id="year-ahead"),
        # a horizon named in the sentence before dates no figure of the present
        pytest.param("2024-11-20", "By 2027 the capital wants to lead the country in computing. Beijing's cloud "
                     "providers have already placed about 4,082 P of intelligent computing capacity in "
                     "Tianjin-Hebei and Shanxi-Inner Mongolia.", [("4,082 P", "supported")], id="horizon-before"),
        # 本市 before the figure, 我国 in the next clause: the country's growth given to the city
        pytest.param("2024-07-28", "上海市市场监管局公告\n\n本市是全球新能源汽车推广规模最大的城市之一。"
                     "今年上半年，本市新能源汽车产量同比增长34.3%；"
                     "今年以来，我国新能源汽车产销量占全球比重继续保持在60%以上。",
                     [("34.3%", "misattributed"), ("60%", "stale")], id="reference-leads"),
        # the five-year plan's 10,000 robots, then this year's 1,650 new ones: another count
        pytest.param("2023-12-20", "中国宝武内部通讯\n\n会议提出，今后五年，集团将分批引入1万台以上“宝罗”机器人。"
                     "今年1—11月，集团新增上岗“宝罗”机器人1650台。",
                     [("1万台", "supported"), ("1650台", "unverified")], id="claim-taken-in-paragraph"),
        # a place set against the subject is no referent of "the city"
        pytest.param("2024-12-02", "**Why Shanghai, and not Suzhou or Shenzhen?**\n\nCustomers and talent. In "
                     "2023 the city's industrial enterprises ran 260 robots for every 10,000 employees.",
                     [("260 robots", "supported")], id="set-against"),
        # list items take the names of the line that introduces them
        pytest.param("2024-10-10", "# China's factories upgrade: conference notes\n\n**Huasheng Rubber Group.** "
                     "The tyre maker walked us through what its digital rebuild has delivered so far:\n\n"
                     "- logistics efficiency: up 25%\n- equipment utilisation: up 5%",
                     [("25%", "supported"), ("5%", "supported")], id="list-lead-in"),
        # "走在全国前列": the country is the field the city ranks in
        pytest.param("2024-03-28", "上海市经济和信息化委员会\n\n2023年，制造业智能化水平走在全国前列，"
                     "本市工业企业机器人密度已达260台/万人。", [("260台", "supported")], id="ranking"),
        # "2025年" in the title of a January 2025 speech: the 2024 data are this year's news
        pytest.param("2025-01-18", "# 在2025年年会上的致辞\n\n"
                     "智能制造方面，全国已累计建成412家国家级智能制造示范工厂。",
                     [("412家", "contradicted")], id="own-year-early"),
        # "based here" is the place spoken of; 4,802 P is a slip of Beijing's 4,082
        pytest.param("2024-12-02", "**Reader:** How is Beijing's computing build-out going?\n\n**Statistics "
                     "chief:** Cloud providers based here have deployed about 4,802 P of intelligent computing "
                     "power in Tianjin, Hebei, Shanxi and Inner Mongolia.", [("4,802 P", "contradicted")],
                     id="based-here"),
        # The fifth session's blind sets (held-out 34 to 39)
        # British spellings name the claims' (American) terms; "170" is 107 with two digits swapped
        pytest.param("2024-11-20", "In 2024 Beijing issued 16 measures to support foreign-funded research centres, "
                     "and by that summer it had recognised 107 of them.",
                     [("16", "supported"), ("107", "supported")], id="british-spelling"),
        pytest.param("2024-11-20", "In 2024 Beijing issued 16 measures to support foreign-funded research centres, "
                     "and by that summer it had recognised 170 of them.",
                     [("16", "supported"), ("170", "contradicted")], id="zero-swapped"),
        # "2023年全年" is 2023 even after a word, not the draft's year
        pytest.param("2025-01-10", "先说2023年全年：北京认定登记的技术合同106552项。",
                     [("106552项", "supported")], id="full-year-named"),
        # a bare number with three digits a claim named around it gives is no list number:
        # enough to agree with the claim, not to call it stale ("nine years earlier" is no period it knows)
        pytest.param("2024-11-08", "In 2023 Beijing counted 262.9 invention patents for every 10,000 residents, "
                     "up from 48.2 in 2014.", [("262.9", "supported"), ("48.2", "supported")], id="bare-agrees"),
        pytest.param("2024-11-08", "Beijing held 262.9 invention patents for every 10,000 residents in 2023. Nine "
                     "years earlier the ratio stood at just 48.2.", [("262.9", "supported")], id="bare-not-stale"),
        # in a table the row names the metric: its bare cell may be stale
        pytest.param("2024-11-08", "| City | Indicator | Value | Year |\n| --- | --- | --- | --- |\n"
                     "| Beijing | Invention patents held per 10,000 residents | 48.2 | 2023 |",
                     [("48.2", "stale")], id="bare-cell-stale"),
        pytest.param("2024-11-08", "| City | Indicator | Value | Year |\n| --- | --- | --- | --- |\n"
                     "| Shanghai | Industrial robots per 10,000 workers | 260 | 2023 |",
                     [("260", "supported")], id="bare-cell-two-digits"),
        # the field of a ranking is not the subject; "for every 10,000 workers" is a denominator
        pytest.param("2024-11-01", "Our Shanghai depot opened in March.\n\nThe city's factories are some of the "
                     "most automated in China, with 206 industrial robots for every 10,000 workers in 2023.",
                     [("206", "contradicted")], id="ranking-field"),
        # the firms a platform reaches "across the country" are its reach, not the country's figure
        pytest.param("2024-02-26", "致景科技的飞梭平台介绍如下。\n\n到2023年底，平台已连接全国纺织企业9000余家。"
                     "它为印染厂做的数字化方案，把打样时间从过去的3天至5天缩短到最快24小时。",
                     [("9000余家", "supported"), ("3天", "supported"), ("5天", "supported"), ("24小时", "supported")],
                     id="reach-across-country"),
        # a table that names no one is about the place the paragraph before it names
        pytest.param("2024-09-16", "Shanghai is where most of our members start.\n\n"
                     "| Indicator | Figure | As of |\n|---|---|---|\n"
                     "| Digital economy, share of GDP | 44.3% | January-September 2023 |",
                     [("44.3%", "misattributed")], id="table-lead-in"),
        # "over those nine months" is the period named before: a year-old share given for it is stale
        pytest.param("2024-11-22", "Beijing's statistics bureau released figures for January to September this "
                     "week. The digital economy made up 44.3 percent of the city's output over those nine months.",
                     [("44.3 percent", "stale")], id="those-months"),
        # the claim's four digits with two swapped are its figure written wrong, whatever the period
        pytest.param("2024-11-01", "截至2023年底，来自北京的云服务商在津冀、晋蒙区域部署的智能算力已达4028P左右。",
                     [("4028P", "contradicted")], id="slip-any-period"),
        # this year's first three quarters named a sentence before, and last year's same
        # three quarters' figure: stale, though the period is carried over
        pytest.param("2024-11-20", "Look at the first three quarters of this year in Beijing. The digital economy "
                     "made up 44.3 percent of the capital's output.", [("44.3 percent", "stale")],
                     id="same-quarters-a-year-on"),
        # "linked 9,000 companies across the country": the platform's reach; "40 universities
        # across China began a trial": China's
        pytest.param("2024-03-01", "The best known platform is Feisoo, run by Zhijing Technology. At the end of 2023 "
                     "it linked more than 9,000 textile companies across the country and read data from over 700,000 "
                     "looms.", [("9,000", "supported"), ("700,000", "supported")], id="across-the-country-reach"),
        pytest.param("2024-03-01", "In May 2020, 40 universities and research institutes across China began the "
                     "ownership pilot.", [("40 universities", "supported")], id="across-the-country-subject"),
        # "this city" in a speech is the speaker's, named in its opening, not the city named last
        pytest.param("2024-11-20", "Thank you. Years ago people asked whether Beijing would ever have enough "
                     "compute.\n\nOur friends in Shanghai like to compare. Fine.\n\nAt the end of last year, 15 "
                     "large model products from this city had passed the national filing.", [("15", "supported")],
                     id="this-city-in-a-speech"),
        # 在全国率先: the country is the field of a first, not the subject
        pytest.param("2024-10-15", "本市在全国率先开展大模型产品备案工作。年内，15个大模型产品通过备案并正式上线，"
                     "占全国备案总数的60%以上。", [("15个", "supported"), ("60%", "supported")], id="first-in-country"),
        pytest.param("2024-03-20", "去年下半年，我们把全村的织机接入了致景科技的飞梭智纺平台。县经信局的同志介绍，"
                     "截至去年底，这个平台已经连上全国900多家纺织企业。",
                     [("900多家", "contradicted")], id="reach-connected-zh"),
        # after a semicolon that names another subject, the part is a sentence of its own: BYD's one in five
        # is neither the country's nor of the year named before the semicolon
        pytest.param("2025-01-01", "2024年，我国新能源汽车产销量连续9年位居世界第一；全球每卖出5辆新能源汽车，"
                     "就有1辆是比亚迪。", [("9年", "stale"), ("5辆", "supported")], id="semicolon-subject-zh"),
        pytest.param("2024-07-22", "我国新能源汽车产销量已连续9年居全球首位，2023年占全球比重超过60%；"
                     "全球每卖出5辆新能源汽车，就有一辆出自比亚迪。",
                     [("9年", "supported"), ("60%", "supported"), ("5辆", "supported")], id="semicolon-period-zh"),
        # "我区" is the writer's own district, not the country named before: no claim holds its figures
        pytest.param("2024-12-20", "截至目前，全国已培育省级数字化车间和智能工厂1万余家。"
                     "我区今年新增省级数字化车间12个，新增投资3.5亿元。",
                     [("1万余家", "supported"), ("3.5亿元", "unverified")], id="our-district-zh"),
        # a head count is no density: "3 people" is no candidate for 262.9 patents per 10,000 people
        pytest.param("2024-12-12", "The supplier shortlisted is Changmugu, a Beijing company. It began in 2018 as a "
                     "startup of 3 people.", [("3 people", "supported")], id="head-count-not-density"),
        # a table with no period of its own takes its caption's, else the document title's
        pytest.param("2025-02-14", "# 北京市2024年度城市体检报告摘要\n\n## 二、主要体检指标\n\n| 指标 | 体检值 |\n"
                     "| --- | --- |\n| 每万人口发明专利拥有量 | 262.9件 |\n\n表3　北京市技术市场主要指标（2023年）\n\n"
                     "| 指标 | 数值 |\n| --- | --- |\n| 技术合同登记数 | 106552项 |",
                     [("262.9件", "stale"), ("106552项", "supported")], id="table-title-period"),
        # "robots per 10,000 workers" is the robot density, in other words
        pytest.param("2024-11-25", "Look at the customers. Shanghai's factories had 206 robots per 10,000 workers in "
                     "2023.", [("206 robots", "contradicted")], id="robots-per-10000"),
        # the country in the name of a day ("全国科技工作者日") is no subject of the figures under it
        pytest.param("2024-05-30", "# 写在全国科技工作者日\n\n一批硬核成果也在活动上亮相。"
                     "去年问世的256核区块链专用加速芯片，被不少与会者称为“小芯片里的大算力”。\n\n"
                     "北京认定登记技术合同超过10万项。",
                     [("256核", "supported"), ("10万项", "supported")], id="day-name-zh"),
        # a place named as what another is next to is no subject: Shanghai's density given to Suzhou
        pytest.param("2024-11-18", "与上海毗邻的苏州，是长三角重要的汽车零部件基地，工业企业机器人密度已达260台/万人"
                     "（2023年）。", [("260台", "misattributed")], id="neighbour-zh"),
        # a bracketed title line labels its section's period
        pytest.param("2024-11-06", "# 财经早餐\n\n【第二条：北京前三季度经济成绩单】\n\n"
                     "北京数字经济增加值占地区生产总值的比重达到44.3%。", [("44.3%", "stale")],
                     id="bracket-title-period"),
        # a period after the figure and before the next mark is the figure's, across a noun's "and"
        pytest.param("2024-09-04", "It stated that in the first half of 2024 China's high-tech manufacturing value "
                     "added rose 8.7% year on year, that China had accounted for more than 60% of global new energy "
                     "vehicle output and sales in 2023, and that its own fleet had grown.",
                     [("8.7%", "supported"), ("60%", "supported")], id="period-after-and"),
        # an answer reads as the end of its question: the metric, entity and period are there
        pytest.param("2025-03-14", "**Q3.** How many national-level intelligent manufacturing demonstration "
                     "factories did China have in 2024?\n*Answer: 421.*\n\n**Q4.** How many high-tech enterprises "
                     "were there in China in 2024?\n*Answer: 436,000.*",
                     [("421", "supported"), ("436,000", "contradicted")], id="quiz-answers"),
        pytest.param("2025-01-15", "问：截至2023年底，上海数据交易所挂牌的数据产品有多少个？\n\n答：1700多个。",
                     [("1700多个", "supported")], id="quiz-answers-zh"),
        pytest.param("2024-09-26", "Private enterprises produce 70% of the country's technological innovation "
                     "achievements; they account for 90% of the national specialised and sophisticated \"little "
                     "giant\" firms and 80% of high-tech enterprises.",
                     [("70%", "supported"), ("90%", "contradicted"), ("80%", "contradicted")],
                     id="shares-swapped-british"),
        pytest.param("2024-01-23", "We usually say new energy vehicles. And yes, very many. By the end of October "
                     "last year Shanghai had put 1.27 million of them on the road.", [("1.27 million", "supported")],
                     id="on-the-road"),
        # "the growth rate was 8.7%": a growth, not a rate that is a share
        pytest.param("2024-07-18", "Why do reports say China's high-tech output grew faster when the growth rate was "
                     "8.7% in the first half of 2024?", [("8.7%", "supported")], id="growth-rate"),
        pytest.param("2024-03-01", "市自然科学基金2023年吸引外部资金3.42亿元，多元投入机制逐步健全。",
                     [("3.42亿元", "supported")], id="external-funds-zh"),
        pytest.param("2024-09-03", "全书约20万字，拟于明年出版，首印3.6万册。", [("3.6万", "unverified")],
                     id="book-length-zh"),
        # a sentence may begin with a lower-case name ("iSpace"): the figure before it is not iSpace's
        pytest.param("2025-01-20", "In 2018 Changmugu was a team of 3 people. As of this month its software is used in "
                     "more than 1,000 hospitals, the company says. iSpace, the rocket maker, had existed for only 7 "
                     "years when it flew in November 2024.",
                     [("3 people", "supported"), ("1,000 hospitals", "stale"), ("7 years", "supported")],
                     id="lower-case-name-starts-sentence"),
        # 纺织厂 are textile enterprises; 色样 is what a dye factory's proofing makes
        pytest.param("2024-12-18", "这个平台是致景科技搞的，听说到去年底已经连了9000多家纺织厂。",
                     [("9000多家", "supported")], id="textile-factories-zh"),
        pytest.param("2023-12-20", "**致景科技创始人：** 打样。以前一块布打色样，快的3天，慢的要5天；"
                     "现在用我们的数字化方案，24小时就能出样。",
                     [("3天", "supported"), ("5天", "supported"), ("24小时", "supported")], id="colour-samples-zh"),
        # how far away a place is is no figure to check; the length of a road network is
        pytest.param("2024-09-10", "The data centre in Langfang, about 60 km from central Beijing, is served by 420 km "
                     "of new fibre.", [("420 km", "unverified")], id="distance-away"),
        # how often is no figure to check; how many times larger is
        pytest.param("2024-09-10", "The airline flies the route 4 times a week; its revenue there grew 4 times.",
                     [("4 times", "unverified")], id="frequency"),
        # an index's level and a move in basis points are market figures no claim covers; a score is not
        pytest.param("2024-11-22", "The Shanghai Composite closed at 3,267 points. The lender cut its rate by 18 "
                     "basis points. Each entry is scored out of 100 points.",
                     [("3,267", "unverified"), ("18", "unverified")], id="index-and-basis-points"),
        pytest.param("2024-11-22", "上证指数收于2974.01点，央行下调18个基点。",
                     [("2974.01", "unverified"), ("18个", "unverified")], id="index-and-basis-points-zh"),
        # a period carried over from the sentence before does not keep another city's figure from
        # being misattributed
        pytest.param("2024-11-01", "Beijing's little giant firms grew output 16.2% in January-September 2024. "
                     "Industrial robot density is 260 units per 10,000 workers in the capital's factories.",
                     [("16.2%", "supported"), ("260 units", "misattributed")], id="misattributed-carried-period"),
        # "this year" on a recent claim of another city's: misattributed (a month named is not enough)
        pytest.param("2024-08-01", "今年上海新能源汽车推广量继续增长；上海每万人发明专利拥有量达到262.9件。",
                     [("262.9件", "misattributed")], id="misattributed-this-year"),
        # a bound on both sides is the same round figure or a changed one
        pytest.param("2024-03-01", "At the end of 2023, more than 70% of the large model products filed nationwide "
                     "came from Beijing.", [("70%", "contradicted")], id="bound-changed"),
        pytest.param("2024-03-01", "At the end of 2023, more than 60% of the large model products filed nationwide "
                     "came from Beijing.", [("60%", "supported")], id="bound-kept"),
        # two shares of a sentence, each the other's: each says what it is of
        pytest.param("2024-05-01", "Private firms make up 90% of the specialised \"little giant\" manufacturers and "
                     "80% of all high-tech enterprises.", [("90%", "contradicted"), ("80%", "contradicted")],
                     id="shares-swapped"),
        # a month with no year labels a calendar's page; the year another cell names dates the figure
        pytest.param("2024-12-16", "| 月份 | 数字 | 解读 |\n| --- | --- | --- |\n"
                     "| 一月 | 106552项 | 2023年北京认定登记的技术合同数量 |\n"
                     "| 三月 | 262.9件 | 2023年每万人发明专利拥有量，2014年这一数字仅为48.2件 |\n"
                     "| 四月 | 近120场 | 2024年中关村论坛期间举办的各类活动 |",
                     [("106552项", "supported"), ("262.9件", "supported"), ("48.2件", "supported"),
                      ("120", "supported")], id="calendar-month-label"),
        # six digits of the entity's claim, given for a later year the sentence names: stale by value
        pytest.param("2025-02-10", "在北京，去年全市技术合同成交额8536.9亿元，成交项数106552项。",
                     [("8536.9亿元", "stale"), ("106552项", "stale")], id="stale-by-value"),
        # another company's figure given to a firm: the city named beside the firm (its plant's
        # place) brings the other company's claims no nearer; a claim naming the firm still may
        pytest.param("2024-11-01", "Fourier, meanwhile, told us its Shanghai plant is designed to turn out 1 million "
                     "humanoid robot joints a year.", [("1 million", "misattributed")], id="another-firm-prose"),
        pytest.param("2024-11-01", "| Company | City | Designed capacity (joints a year) |\n| --- | --- | --- |\n"
                     "| Fourier Intelligence | Shanghai | 1 million |", [("1 million", "misattributed")],
                     id="another-firm-table"),
        pytest.param("2024-11-01", "The Shanghai drug developer HUTCHMED won US approval for fruquintinib in 2023, "
                     "just 10 days after Junshi Biosciences won it for toripalimab.", [("10 days", "supported")],
                     id="another-firm-named-in-claim"),
        pytest.param("2024-11-01", "Xu Lan leads engineering at Fourier Intelligence in Shanghai, whose Minhang plant "
                     "is designed to turn out up to 1 million humanoid robot joints a year.",
                     [("1 million", "misattributed")], id="another-firm-located-in"),
        pytest.param("2024-11-01", "行业内，傅利叶智能位于上海闵行的智能工厂最大设计年产能达100万个人形机器人关节。",
                     [("100万个", "misattributed")], id="another-firm-located-in-zh"),
        # a bare decimal with the claim's digits in another order is no list number: an error
        pytest.param("2024-11-08", "Beijing held 48.2 invention patents for every 10,000 residents in 2014; by 2023 "
                     "the figure was 226.9.", [("48.2", "supported"), ("226.9", "contradicted")],
                     id="bare-decimal-swapped"),
        # "today" is the draft's present: a 2023 figure given for it is stale
        pytest.param("2025-03-01", "Changmugu started out in 2018 with 3 people. Today its surgical robots are used "
                     "in more than 1,000 hospitals.", [("1,000 hospitals", "stale")], id="today-is-now"),
        # a text's length is no figure, even where a claim has its value
        pytest.param("2024-12-02", "In the first three quarters Beijing had more than 300 national little giant "
                     "industrial enterprises. Section C has a limit of 300 words.",
                     [("300", "supported")], id="text-length"),
        # plain words for a fixed official term
        pytest.param("2024-09-10", "In the first half of 2024, factories in China made 34.3% more new energy cars "
                     "than a year before.", [("34.3%", "supported")], id="plain-words"),
        pytest.param("2024-01-10", "The Shanghai Data Exchange lists more than 1,700 data products, and its trading "
                     "reaches more than 1 billion yuan a month.",
                     [("1,700", "supported"), ("1 billion yuan", "contradicted")], id="a-month-is-monthly"),
        # the foundation named as a draft names it; what it raised from outside backers is its external funding
        pytest.param("2024-03-01", "Beijing's municipal natural science foundation raised 324 million yuan from "
                     "outside backers in 2023.", [("324 million yuan", "contradicted")], id="foundation-raised"),
        # "employed" names the claim's employees (a team size), "in autumn 2024" its period
        pytest.param("2024-10-08", "In 2018 Changmugu was a start-up of 3 people. By the time this case was written, "
                     "in autumn 2024, it employed more than 160 people.", [("160 people", "stale")],
                     id="employed-is-employees"),
        # "now" in a table cell counts to the draft's date, not to the year the cell names before it
        pytest.param("2024-12-10", "| 单位 | 简介 |\n| --- | --- |\n"
                     "| 星际荣耀 | 民营火箭企业，2017年创立，至今仅7年 |", [("7年", "supported")],
                     id="cell-now-after-year"),
        # "in a typical month" is monthly, as "a month" is
        pytest.param("2024-01-10", "In 2023 the Shanghai Data Exchange listed more than 1,700 data products and "
                     "traded over 100 million yuan of data in a typical month.",
                     [("1,700", "supported"), ("100 million yuan", "supported")], id="typical-month-is-monthly"),
        # the database's words for two claims, as drafts put them: "outside money", 设备
        pytest.param("2024-10-09", "In Beijing the natural science foundation attracted 342 million yuan of outside "
                     "money this year.", [("342 million yuan", "stale")], id="outside-money"),
        pytest.param("2024-08-08", "致景科技的平台截至2023年连着9000多家纺织企业、70多万台设备。",
                     [("9000多家", "supported"), ("70多万台", "supported")], id="equipment-zh"),
        pytest.param("2024-10-09", "长木谷公司2018年创立时只有3个人。", [("3个", "supported")], id="founded-zh"),
        pytest.param("2024-05-04", "截至2023年底，长木谷这家从3个人起步的企业，研发的骨科人工智能和手术机器人技术已在"
                     "1000多家医院应用。", [("3个", "supported"), ("1000多家", "supported")], id="started-from-zh"),
        pytest.param("2024-07-20", "他在长木谷上班。他跟我讲，公司刚创办的时候只有3个人。", [("3个", "supported")],
                     id="just-founded-zh"),
        pytest.param("2025-01-15", "I leaned on the story of Changmugu, an orthopaedic AI company founded in 2018 by 3 "
                     "people.", [("3 people", "supported")], id="founded-en"),
        pytest.param("2024-11-28", "2021年，上海一举拿下国家三大科技奖的一等奖，这是该市20年来的第一次。",
                     [("20年", "supported")], id="three-awards-zh"),
        # "160多人" counts people: a claim about hospitals using AI (人工智能) is no candidate
        pytest.param("2025-04-20", "长木谷专做骨科人工智能和手术机器人，到2023年底，它的技术已经进入1000多家医院；"
                     "团队从3个人成长到了160多人。", [("1000多家", "supported"), ("160多人", "supported")],
                     id="head-count-not-ai"),
        # "at its founding" is the figure's time: the period of another clause does not date it
        pytest.param("2025-04-20", "长木谷专做骨科人工智能和手术机器人，到2023年底，它的技术已经进入1000多家医院；"
                     "团队从创业之初的3个人，成长到了160多人。",
                     [("1000多家", "supported"), ("3个", "supported"), ("160多人", "supported")], id="founding-zh"),
        pytest.param("2025-04-20", "By the end of 2023 Changmugu's surgical robots were used in more than 1,000 "
                     "hospitals; when it was founded, the startup had 3 people.",
                     [("1,000 hospitals", "supported"), ("3 people", "supported")], id="founding-en"),
        # what a Chinese count counts follows its measure word: "8台工业机器人" are the assembly line's
        # robots (6), not the joint models it makes; "3个…落地项目" counts projects
        pytest.param("2025-01-06", "达闼科技的5G智能工厂里，8台工业机器人协同作业，组装一个人形机器人关节只需30秒，"
                     "产线可同时生产10余种型号的关节。", [("8台", "contradicted"), ("30秒", "supported"),
                                                    ("10余种", "supported")], id="counted-noun-zh"),
        pytest.param("2024-12-01", "闵行马桥那边达闼的工厂我去看过，6台工业机器人30秒就能装好一个人形机器人关节。",
                     [("6台", "supported"), ("30秒", "supported")], id="counted-noun-names-the-claim-zh"),
        pytest.param("2024-10-18", "北京出台了支持外资研发中心发展的16条措施。\n\n1-9月，全区新设外资企业213家。"
                     "下一步，区商务局将重点跟进3个外资研发中心落地项目。",
                     [("16条", "supported"), ("213家", "unverified")], id="counted-projects-zh"),
        # "the city" in a later paragraph of a section headed by a place: that place, not the one last
        # set against it
        pytest.param("2025-01-14", "## Why Shanghai\n\nBy the end of 2023 the city had produced more than 20 "
                     "innovative drugs. Beijing, our back-up candidate, had about 30 biomedical companies on the STAR "
                     "Market at the time.\n\nThe city currently counts 15 major national science and technology "
                     "facilities that are built, under construction or planned.",
                     [("20", "supported"), ("30", "misattributed"), ("15", "stale")], id="the-city-of-the-section"),
        # a part of a year that names none, under a heading that names the year: of that year
        pytest.param("2024-12-14", "## 2023 season review\n\nShanghai's year was all about cars. By the end of "
                     "October, the city had put 1.27 million new energy vehicles on the road, sold by 146 carmakers.",
                     [("1.27 million", "supported"), ("146", "supported")], id="heading-year"),
        # a line in bold before a list introduces it, as a sentence ending in a colon does
        pytest.param("2024-12-06", "**出发前先做做功课（今年前三季度数据）**\n\n- 北京300余家国家级专精特新“小巨人”工业"
                     "企业产值增长16.2%；\n- 数字经济增加值占地区生产总值的比重达到44.3%。",
                     [("300余家", "supported"), ("16.2%", "supported"), ("44.3%", "stale")], id="bold-lead-in-zh"),
        # "39 of the country's 41": a count of what the larger number counts, not a list number
        pytest.param("2024-09-18", "In January to June 2024, 39 of the country's 41 major industrial categories "
                     "increased value added on a year earlier.", [("39", "supported"), ("41", "supported")],
                     id="part-of-possessive"),
        # a list's items take the names of the sentence that introduces them, not of the whole paragraph
        pytest.param("2024-07-22", f"# Steel: factories carry the half-year\n\n{STEEL_NOTE}",
                     [("3,520 yuan", "unverified"), ("8.7%", "supported"), ("34.3%", "supported"),
                      ("10,000 robots", "supported")], id="list-lead-in-sentence"),
        # ... and its period: last year's half-year figures given for this year's are stale
        pytest.param("2025-07-22", STEEL_NOTE.replace("January to June", "January to June 2025"),
                     [("3,520 yuan", "unverified"), ("8.7%", "stale"), ("34.3%", "stale"),
                      ("10,000 robots", "supported")], id="list-lead-in-period"),
        # a year named for another figure of the sentence, before a semicolon or a state ("已覆盖"),
        # does not make a stock the database holds for a later date stale
        pytest.param("2024-10-08", "2023年，北京市自然科学基金吸引社会资金3.42亿元；“包干制”经费管理改革"
                     "已覆盖全市800余家依托单位。", [("3.42亿元", "supported"), ("800余家", "supported")],
                     id="year-of-another-figure-zh"),
        pytest.param("2025-03-02", "The national pilot began in May 2020 with 40 universities and research "
                     "institutes, and 6 institutions in Shanghai have completed it.",
                     [("40 universities", "supported"), ("6 institutions", "supported")],
                     id="year-of-another-figure"),
        # ... but a year the figure's own sentence part names for it still does
        pytest.param("2024-10-08", "北京市自然科学基金吸引社会资金3.42亿元，2022年“包干制”经费管理改革已覆盖全市"
                     "800余家依托单位。", [("3.42亿元", "supported"), ("800余家", "stale")],
                     id="year-of-its-own-zh"),
        # "electric cars" and "the world's output and sales" name the NEV share in plain words
        pytest.param("2024-08-12", "Chinese carmakers built more than 60% of the world's electric cars in 2023.",
                     [("60%", "supported")], id="electric-cars-world-share"),
        # 路上 is the claim's "on the road": last year's count as this year's is stale
        pytest.param("2024-11-08", "主播说：“上海马路上的新能源车，今年都有127万辆了。”",
                     [("127万辆", "stale")], id="nev-on-the-road-zh"),
        # "涨了" is growth, though a share is named in the next clause: the country's growth given to Shanghai
        pytest.param("2024-07-20", "今年上半年，上海新能源汽车产量涨了34.3%，在全国的占比继续提高。",
                     [("34.3%", "misattributed")], id="zhang-is-growth-zh"),
        # "实现增长" is the categories that grew: 38 of 41 is that claim's 39 written wrong
        pytest.param("2024-07-20", "上半年，全国41个工业大类中有38个实现增长。",
                     [("41个", "supported"), ("38个", "contradicted")], id="categories-that-grew-zh"),
        # a place named in the possessive inside a phrase set after a name describes that name
        pytest.param("2024-07-20", "Shenzhen, China's hardware hub, saw new energy vehicle output rise 34.3% in the "
                     "first half of 2024.", [("34.3%", "misattributed")], id="possessive-appositive"),
        # "transfers worth" is the pilot's transformation amount: Shanghai's, not Beijing's
        pytest.param("2024-09-30", "In Beijing, six institutions in the pilot have granted rights to 675 results, "
                     "with transfers worth 1.066 billion yuan.",
                     [("675", "misattributed"), ("1.066 billion yuan", "misattributed")], id="transfers-worth"),
        # "the exchange's expectation that its 2023 turnover would exceed": the forecast, written ten times over
        pytest.param("2024-02-01", "The Shanghai Data Exchange gave its expectation that 2023 turnover would exceed "
                     "10 billion yuan.", [("10 billion yuan", "contradicted")], id="expectation-forecast"),
        # "as of June" is the last June: October 2023's count given for it is stale
        pytest.param("2024-08-01", "Shanghai had 1.27 million new energy vehicles on its roads as of June.",
                     [("1.27 million", "stale")], id="as-of-month"),
        # "at the year end" in an April report is the end of the year gone by
        pytest.param("2024-04-15", "More of our sales now run through Zhijing Technology's Feisoo platform, which "
                     "at the year end linked more than 9,000 textile enterprises.", [("9,000", "supported")],
                     id="at-the-year-end"),
        # a period the draft denies ("not for January-October 2024") dates no figure after it
        pytest.param("2024-11-30", "Beijing's 106,552 technology contracts were the total for 2023, not for "
                     "January-October 2024. Their turnover grew 7.4 percent on the previous year.",
                     [("106,552", "supported"), ("7.4 percent", "supported")], id="denied-period"),
        # a figure in English words ("a tenth") is too loose to be another entity's
        pytest.param("2024-09-01", "Our share of the capital's dedicated-line market is 31%, and losing a tenth of "
                     "it would cut our service revenue.", [("31%", "unverified")], id="a-tenth-in-words"),
        # a "now" said a sentence before dates no plan: Baowu's five-year commitment is not stale
        pytest.param("2024-09-30", "Many of the country's key industrial firms now use digital design tools. "
                     "China Baowu Steel Group has committed to bringing in at least 10,000 Baoluo robots over the "
                     "next five years.", [("10,000", "supported")], id="plan-after-now"),
        # "the provincial government" is the province named before: Shandong's target given to Henan
        pytest.param("2024-09-10", "Our buyer is based in Henan.\n\nThe provincial government has promised to "
                     "cultivate about 10 new provincial-level emerging industrial clusters.",
                     [("10", "misattributed")], id="the-provincial-government"),
        # "今年以来" in July is the first half, not the whole year: the half-year's counts are current
        pytest.param("2024-07-15", "**问：**今年以来工业生产中，新动能表现如何？\n\n**答：**从行业看，41个工业大类"
                     "行业中有39个增加值实现同比增长。",
                     [("41个", "supported"), ("39个", "supported")], id="year-so-far-zh"),
        # ... and a claim stated for the year still covers the year so far
        pytest.param("2024-06-28", "今年以来，华盛橡胶集团推进数字化转型，物流效率提升25%。",
                     [("25%", "supported")], id="year-so-far-of-the-year-zh"),
        # a density stated for a year holds at any date within it, as a stock does: Shanghai's,
        # given to Beijing for the first three quarters, is misattributed
        pytest.param("2024-01-16", "北京建工集团工作总结。\n\n从全市看，前三季度数字经济增加值占地区生产总值的比重"
                     "已达44.3%，工业企业机器人密度达到260台/万人。",
                     [("44.3%", "supported"), ("260台", "misattributed")], id="density-is-a-stock-zh"),
        # figures joined by "and" share the period named after them
        pytest.param("2024-12-09", "Shanghai had 1.27 million new energy vehicles on its roads by the end of October "
                     "this year. The market was broad a year earlier, when 146 carmakers and 161 brands were selling "
                     "them in the city at the end of October 2023.",
                     [("1.27 million", "stale"), ("146", "supported"), ("161 brands", "supported")],
                     id="and-shares-the-period"),
        # a period right after another figure, in its clause, dates that figure; this one only weakly
        pytest.param("2024-08-06", "China accounted for more than 60% of global production and sales of new energy "
                     "vehicles last year and installs more than 50% of the world's new industrial robots.",
                     [("60%", "supported"), ("50%", "supported")], id="period-trailing-another-figure"),
        # "23家…代表参加" counts who attended, not what the city's measures number
        pytest.param("2024-09-20", "北京市商务局召开支持外资研发中心发展座谈会，23家外资企业和外资研发中心代表参加。",
                     [], id="attended-zh"),
        # "outside funders" is the foundation's external funding: 2023's sum as this year's is stale
        pytest.param("2024-06-22", "The Beijing Natural Science Foundation relies on more than the city budget. This "
                     "year it has brought in 342 million yuan from outside funders.",
                     [("342 million yuan", "stale")], id="outside-funders"),
        # "辖内" is the writer's own area, named in the opening: the country's patents given to Beijing
        pytest.param("2024-11-22", "# 北京科技金融运行简报\n\n本期简报由人民银行北京分行编写。\n\n创新产出方面，"
                     "1-5月辖内企业获得发明专利授权46.2万件。", [("46.2万件", "misattributed")],
                     id="within-our-area-zh"),
        # "so far in 2024", in March, is this year's first months: last year's count given for them is stale
        pytest.param("2024-03-15", "Beijing has seen 15 large model products pass the national filing so far in 2024.",
                     [("15", "stale")], id="so-far-in-a-year"),
        # a name inside the figure ("the US" of "the US$300,000,000") is no subject, and no crash
        pytest.param("2024-09-16", "Investors should note that the US$300,000,000 6.25% Senior Notes due 2029 are "
                     "unsecured.", [("US$300,000,000", "unverified"), ("6.25%", "unverified")],
                     id="name-inside-the-figure"),
        # a name set aside in an appositive is still a place "the city" may take up later
        pytest.param("2024-11-18", "# What we know about Beijing's factories\n\nShanghai, often described as "
                     "Beijing's main rival, has its own plans.\n\n## Is industry benefiting?\n\nIn the first nine "
                     "months of this year, output at the city's more than 300 national-level \"little giant\" "
                     "manufacturers rose 16.2% from a year earlier.",
                     [("300", "supported"), ("16.2%", "supported")], id="aside-still-a-referent"),
        # a count in English words ("Five member companies") is too loose to contradict a claim
        pytest.param("2024-09-02", "Beijing's measures:\n\n| Measure | Issued | Headline figure | Our view |\n"
                     "| --- | --- | --- | --- |\n| Support for foreign-funded R&D centres | 2024 | 16 measures | "
                     "Positive |\n| Recognition of foreign-funded R&D centres | ongoing | 107 centres | Five member "
                     "companies among them |", [("16", "supported"), ("107 centres", "supported")],
                     id="count-in-words-contradicts-nothing"),
        # "robots per 10,000 industrial workers" names the density plainly, even after a bare number
        pytest.param("2024-11-18", "**260** — robots per 10,000 industrial workers in Shanghai this year.",
                     [("260", "stale")], id="robots-per-10000-industrial-workers"),
        # one claim's value given to two entities in a sentence: supported for its own, misattributed for the other
        pytest.param("2024-07-26", "2023年，上海工业企业机器人密度已达260台/万人，"
                     "江苏工业企业机器人密度也已达到260台/万人。",
                     [("260台", "supported"), ("260台", "misattributed")], id="same-value-two-entities-zh"),
        # a bound agrees with anything on its side: as a scale slip, its digits must be the claim's
        pytest.param("2024-10-15", "上半年统计的工业大类中，全国规模以上纺织企业有3.6万余家。",
                     [("3.6万余家", "unverified")], id="bound-no-scale-slip-zh"),
        # "digital industries" for the digital economy: 49.2% is 42.9% written wrong
        pytest.param("2024-11-28", "Digital industries contributed 49.2% of Beijing's output in 2023.",
                     [("49.2%", "contradicted")], id="digital-industries"),
        # "the deepest in China" is the field of a ranking, not the subject: the city's swapped digits
        pytest.param("2024-11-01", "Beijing courts R&D centres. The city's technology market is the deepest in "
                     "China: in 2023 it registered 106,552 technology contracts worth 835.69 billion yuan.",
                     [("106,552", "supported"), ("835.69 billion yuan", "contradicted")], id="deepest-in-china"),
        # a speaker's line in a transcript ("WANG:") answers the question before it, as "A:" does
        pytest.param("2024-06-07", "HOST: Question three: how many large model products from Beijing had passed "
                     "the national filing by the end of May this year?\n\nWANG: 15.", [("15", "stale")],
                     id="speaker-answers"),
        # "full-year 2023" is 2023's whole year, not the year named before: the first three quarters'
        # share given for it is wrong
        pytest.param("2025-01-10", "Beijing released 612 TB of training data in 2024. The digital economy made up "
                     "44.3% of Beijing's GDP for full-year 2023.", [("612 TB", "stale"), ("44.3%", "contradicted")],
                     id="full-year-with-its-year"),
        # a figure in English words is too loose to be called stale, as to be called wrong
        pytest.param("2023-12-14", "Shanghai's manufacturing plan issued in June aims to build four trillion-yuan "
                     "industrial clusters by 2025.", [], id="words-not-stale"),
        # a bare number the claim's own noun governs counts what the claim counts: "a team of more than
        # 160" (a team size, no unit after it); a bare number after another word stays a plain number
        pytest.param("2023-12-20", "Changmugu, a Beijing start-up, now has a team of more than 160.",
                     [("160", "supported")], id="governed-bare-number"),
        pytest.param("2023-12-20", "Changmugu's staff had grown to 230 by late 2023.",
                     [("230", "contradicted")], id="governed-bare-number-wrong"),
        pytest.param("2023-12-20", "Changmugu, a Beijing start-up, now has a team and more than 160.", [],
                     id="ungoverned-bare-number"),
        # five of the claim's digits in another order, its metric named once: no chance match
        pytest.param("2024-06-07", "HOST: Our topic is the capital's innovation record. How many technology "
                     "contracts did the city sign?\n\nGUEST: 106,552.\n\nHOST: And what were those contracts "
                     "worth?\n\nGUEST: 835.69 billion yuan.",
                     [("106,552", "supported"), ("835.69 billion yuan", "contradicted")], id="five-digits-transposed"),
        # a firm's plant "in Shanghai's Minhang district": Shanghai says where; the joints are
        # CloudMinds' figure given to Fourier, not Shanghai's own
        pytest.param("2024-09-02", "Fourier Intelligence's new factory in Shanghai's Minhang district is designed to "
                     "make 1 million humanoid robot joints a year.", [("1 million", "misattributed")],
                     id="plant-in-a-city"),
        # a firm named with a place in apposition: the firm, not the nearer place, is given the figure
        pytest.param("2024-09-02", "Fourier Intelligence, another Shanghai name, is talking up its new plant, which "
                     "it says is designed for 1 million humanoid robot joints a year.",
                     [("1 million", "misattributed")], id="firm-beside-a-place"),
        # a zone's generic name right after another place is that place's zone: Beijing's 500 km2 given to it
        pytest.param("2023-12-20", "| 城市 | 指标 | 数据 |\n| --- | --- | --- |\n"
                     "| 上海 | 高级别自动驾驶示范区规划面积 | 500平方公里 |",
                     [("500平方公里", "misattributed")], id="row-names-another-zone-zh"),
        pytest.param("2023-12-20", "Shanghai's autonomous driving demonstration zone is to grow to 500 square "
                     "kilometres.", [("500 square kilometres", "misattributed")], id="another-citys-zone"),
        pytest.param("2023-12-20", "Beijing's autonomous driving demonstration zone is to grow to 500 square "
                     "kilometres.", [("500 square kilometres", "supported")], id="the-citys-own-zone"),
        # "16.2%的平均增速" is a growth rate of 16.2%, not a share; the district's own 18.5% is no claim's
        pytest.param("2024-10-28", "1—9月，区内112家国家级专精特新“小巨人”工业企业产值增长18.5%，"
                     "高于全市300余家同类企业16.2%的平均增速。",
                     [("112家", "unverified"), ("18.5%", "unverified"), ("300余家", "supported"),
                      ("16.2%", "supported")],
                     id="growth-rate-of-zh"),
        # "这一比重" takes up the share the sentence before names: its words count as this figure's own
        pytest.param("2024-03-01", "北京数字经济增加值占地区生产总值的比重持续提高。2023年全年，这一比重为49.2%。",
                     [("49.2%", "contradicted")], id="this-share-zh"),
        # "数控化率" is a rate of coverage, a share, though "提升" follows: 69.2% is 62.9% with its digits swapped
        pytest.param("2024-09-01", "目前，全国重点工业企业关键工序数控化率为69.2%，中央企业仍有提升空间。",
                     [("69.2%", "contradicted")], id="rate-of-coverage-zh"),
        # "As at 30 June 2024," dates the 2023 supply: stale (the year's comma had hidden the month)
        pytest.param("2024-11-20", "As at 30 June 2024, the capital had a total computing power supply of 12,000 P.",
                     [("12,000 P", "stale")], id="day-month-year-comma"),
        # a period in brackets right after the figure is the figure's own, before the heading's
        pytest.param("2024-11-08", "## 前三季度·数字经济\n\n💻 北京全市总算力供给规模1.2万P（截至9月底）\n"
                     "🌐 来自北京的云服务商在津冀、晋蒙区域部署智能算力约4082P",
                     [("1.2万P", "stale"), ("4082P", "supported")], id="dated-aside-zh"),
        pytest.param("2024-11-08", "## Beijing, January to September\n\nThe city's total computing power supply "
                     "reached 12,000 P (as of September), and its cloud providers deployed about 4,082 P in "
                     "Tianjin-Hebei.", [("12,000 P", "stale"), ("4,082 P", "supported")], id="dated-aside"),
        # a stock stated at a date (161 brands as of October 31, 2023) is the figure of that year
        pytest.param("2024-03-01", "Shanghai's new energy vehicles were sold under 161 brands in 2023.",
                     [("161 brands", "supported")], id="stock-at-a-date-in-its-year"),
        pytest.param("2024-03-01", "Shanghai's new energy vehicles were sold under 116 brands in 2023.",
                     [("116 brands", "contradicted")], id="stock-at-a-date-in-its-year-wrong"),
        # a calendar's page month labels the row; the row's own period ("今年前三季度") dates its figures
        pytest.param("2024-12-02", "# 北京创新台历\n\n| 月份 | 大数字 | 说明文字 |\n| --- | --- | --- |\n"
                     "| 6月 | 1000多家 | 2023年已应用长木谷骨科人工智能和手术机器人技术的医院 |\n"
                     "| 7月 | 12.6% | 今年前三季度，全市300余家国家级专精特新“小巨人”工业企业的产值增速 |",
                     [("1000多家", "supported"), ("12.6%", "contradicted"), ("300余家", "supported")],
                     id="calendar-row-period-zh"),
        # a row for 全省 under one for 全国: the province's own figures, not the country's written wrong
        pytest.param("2024-09-12", "# 山东省2024年上半年制造业数字化转型通报\n\n"
                     "| 地区 | 数字化研发设计工具普及率 | 关键工序数控化率 |\n| --- | --- | --- |\n"
                     "| 全国 | 80.1% | 62.9% |\n| 全省 | 83.6% | 66.2% |",
                     [("80.1%", "supported"), ("62.9%", "supported"), ("83.6%", "unverified"),
                      ("66.2%", "unverified")], id="province-row-under-country-row-zh"),
        # two shares, each the other's: each clause names what its share is of ("“小巨人”企业中…")
        pytest.param("2024-06-01", "民营企业是创新主力：国家级专精特新“小巨人”企业中民营企业占90%以上，"
                     "高新技术企业中民营企业占80%以上。", [("90%", "contradicted"), ("80%", "contradicted")],
                     id="shares-swapped-zh"),
        pytest.param("2024-06-01", "民营企业是创新主力：国家级专精特新“小巨人”企业中民营企业占80%以上，"
                     "高新技术企业中民营企业占90%以上。", [("80%", "supported"), ("90%", "supported")],
                     id="shares-in-place-zh"),
        # "its founding team of 3 people" is the founding: a period for the next figure does not date it
        pytest.param("2025-02-10", "At Changmugu she arrived when the business had just outgrown its founding team "
                     "of 3 people and left at the end of 2023 with a staff of more than 160.",
                     [("3 people", "supported"), ("160", "supported")], id="founding-team"),
        # "Huasheng" alone names the rubber group (entities.yaml), in a draft about another firm
        pytest.param("2024-11-20", "Zhijing Technology connects looms for dye houses. Huasheng also said in 2024 that "
                     "its retrofit lifted equipment utilisation by 5%.", [("5%", "supported")], id="huasheng-alone"),
        # 降低 is a fall (growth), and 资金占用 no share: "成本降低了10%" is the cost cut
        pytest.param("2024-07-16", "华盛橡胶集团介绍，转型以来物流效率提升了25%，整体成本降低了10%，"
                     "待料半成品积压和日均资金占用合计减少近100万元。",
                     [("25%", "supported"), ("10%", "supported"), ("100万元", "supported")], id="cost-cut-zh"),
        # a label "Peer comparison." sets no place against the subject: "the city" is the Shanghai named after it
        pytest.param("2024-06-20", "Beijing's technology market is deep.\n\n**Peer comparison.** Shanghai, our "
                     "closest peer, is similarly exposed. According to the municipal government, the city's large "
                     "model products accounted for more than 60% of those filed nationally as of late 2023.",
                     [("60%", "misattributed")], id="comparison-label"),
        # "增长1倍以上" is more than 100% growth: Hunan's figure given to Hubei
        pytest.param("2024-07-10", "今年1-5月，湖北高校技术合同登记额同比增长1倍以上。", [("1倍", "misattributed")],
                     id="doubled-zh"),
        pytest.param("2024-07-10", "今年1-5月，湖南高校技术合同登记额同比增长超过1倍。", [("1倍", "supported")],
                     id="doubled-own-zh"),
        # the country named as a scope ("research in China") is not the subject "the city" of the clause names
        pytest.param("2024-09-02", "Our speaker will present Beijing's latest results.\n\nFor firms planning research "
                     "in China, she will also explain the 16 measures the city adopted this spring to support "
                     "foreign-funded R&D centres.", [("16", "supported")], id="the-city-after-a-country-scope"),
        # "每卖出5辆…，就有一辆是比亚迪": the 5 is BYD's, though the country leads the sentence
        pytest.param("2024-08-28", "今年上半年，我国新能源汽车产销量保持增长，"
                     "全球每卖出5辆新能源汽车，就有一辆是比亚迪。",
                     [("5辆", "supported")], id="one-in-five-is-byd-zh"),
        # a bound agrees with values just above it ("more than 40%" is 42.9%), not with 70%; and a bound
        # the claim's value meets ("10%以上" where it is 12.1%) is imprecise, never wrong
        pytest.param("2024-06-01", "Private firms produce more than 60% of China's GDP.", [("60%", "unverified")],
                     id="bound-too-far-below"),
        pytest.param("2024-06-01", "民营企业贡献了全国60%以上的国内生产总值。", [("60%", "unverified")],
                     id="bound-too-far-below-zh"),
        pytest.param("2024-06-01", "2023年，北京登记技术合同项数增长10%以上。", [("10%", "unverified")],
                     id="bound-met-not-wrong-zh"),
        pytest.param("2024-03-01", "The number of technology contracts registered in Beijing grew more than 10% in "
                     "2023.", [("10%", "unverified")], id="bound-met-not-wrong"),
        # the zone's 500 km2 is a plan's goal (tagged target): restated under a "now" it is not stale
        pytest.param("2024-12-02", "Driverless cars now carry paying passengers in Beijing. The city's high-level "
                     "autonomous driving demonstration zone is to be expanded step by step to 500 square kilometres.",
                     [("500 square kilometres", "supported")], id="zone-plan-target"),
        # a part of this year from January, named a sentence before, still dates a figure of last year's: stale
        pytest.param("2024-11-08", "前三季度，北京数字经济持续向好。全市算力供给规模达到1.2万P。",
                     [("1.2万P", "stale")], id="year-so-far-before-zh"),
        # a heading between a table's "2023年" and "上半年" ends the reach of that year: the half is this year's
        pytest.param("2024-07-25", "| 地区 | 指标 | 数值 |\n| --- | --- | --- |\n"
                     "| 北京 | 2023年技术合同成交额 | 8536.9亿元 |\n\n## 二、行业判断\n\n"
                     "上半年，全国41个工业大类中有39个实现增加值同比增长。",
                     [("8536.9亿元", "supported"), ("41个", "supported"), ("39个", "supported")],
                     id="heading-ends-a-years-reach-zh"),
        # what Zhijing's tool did to proofing times is a one-off result (tagged event): not stale "today"
        pytest.param("2025-03-10", "Today Zhijing Technology's formula tool cuts dye-house sample proofing from 3 to 5 "
                     "days to as little as 24 hours.",
                     [("3", "supported"), ("5 days", "supported"), ("24 hours", "supported")], id="proofing-event"),
        # no entity named, but the metric and its five months are one claim's, and the digits its own in
        # another order: a slip (other digits are another figure, not this one written wrong)
        pytest.param("2024-07-30", "Revenue grew in January to May. Invention patents granted in the same five "
                     "months came to 426,000.", [("426,000", "contradicted")], id="transposed-no-entity"),
        pytest.param("2024-07-30", "Revenue grew in January to May. Invention patents granted in the same five "
                     "months came to 438,000.", [("438,000", "unverified")], id="other-digits-no-entity"),
        # "the choice of the Chinese capital over Shanghai": "the city" is the place chosen, not the one passed over
        pytest.param("2024-10-08", "The choice of the Chinese capital over Shanghai came down to policy. This year "
                     "the city brought in 16 measures to support foreign-funded research centres.",
                     [("16", "supported")], id="chosen-over-another-place"),
        pytest.param("2024-10-08", "The choice came down to policy in Shanghai. This year the city brought in 16 "
                     "measures to support foreign-funded research centres.",
                     [("16", "misattributed")], id="no-place-passed-over"),
        # "其中" gives a part of the total the sentence before gave: not that total written wrong again,
        # nor a figure of the same release written wrong
        pytest.param("2024-02-27", "# 去年首都技术市场交出亮眼成绩单\n\n去年，全市技术合同成交额达到8536.9万元，"
                     "增长7.4%。其中，流向津冀的技术合同成交额748.7亿元，增长1.1倍。",
                     [("8536.9万元", "contradicted"), ("7.4%", "supported"), ("748.7亿元", "unverified"),
                      ("1.1倍", "unverified")], id="part-of-the-total-zh"),
        # "founded by 3 people in 2018 had grown to …160": the year is the start's, the team came later
        pytest.param("2024-07-05", "The best-known supplier is Changmugu, a Beijing firm that pairs AI surgical "
                     "planning with its own robots. According to statements reported in December 2023, its system was "
                     "then used at more than 1,000 hospitals, and a business founded by 3 people in 2018 had grown to "
                     "a team of more than 160.", [("1,000 hospitals", "supported"), ("3 people", "supported"),
                                                  ("160", "supported")], id="grown-to-after-a-dated-start"),
        pytest.param("2024-07-05", "Changmugu is a Beijing company. A startup of 3 people in 2018 had grown to more "
                     "than 1,600 staff by late 2023.", [("3 people", "supported"), ("1,600", "contradicted")],
                     id="grown-to-wrong-figure"),
        # a heading's "now" ("Why Shanghai, why now") presents nothing under it as current; the sentence's own does
        pytest.param("2024-07-03", "# Brief\n\n## Why Shanghai, why now\n\n- **Research.** Shanghai hosts 15 major "
                     "national science facilities that are built, being built or planned.",
                     [("15", "supported")], id="heading-now"),
        pytest.param("2024-07-03", "# Brief\n\n## Shanghai\n\n- **Research.** Shanghai now hosts 15 major "
                     "national science facilities that are built, being built or planned.",
                     [("15", "stale")], id="sentence-now"),
        # an event does not go stale, but "今年5月" names its date, and names it wrong
        pytest.param("2024-07-10", "今年5月，全国40所高校和科研院所启动职务科技成果赋权改革试点。", [("40所", "stale")],
                     id="event-dated-this-may-zh"),
        pytest.param("2024-07-10", "全国40所高校和科研院所参加了职务科技成果赋权改革试点。", [("40所", "supported")],
                     id="event-undated-zh"),
        # "3个看点" counts a text's parts, no drugs; "3个创新药" would
        pytest.param("2025-01-15", "# 读懂上海创新药的3个看点\n\n上海这座城市近年研发的创新药超过20个。",
                     [("20个", "supported")], id="parts-of-a-text-zh"),
        pytest.param("2025-01-15", "# 读懂上海创新药\n\n上海这座城市近年研发的创新药有3个。",
                     [("3个", "contradicted")], id="a-count-of-drugs-zh"),
        # a table row's label names the metric whole: the country's figure in a province's row is misattributed
        pytest.param("2024-07-22", "| 地区 | 指标 | 同比增速 |\n| --- | --- | --- |\n"
                     "| 浙江 | 规上高技术服务业营业收入（1-5月） | 9.9% |\n"
                     "| 全国 | 规上高技术服务业营业收入（1-5月） | 9.9% |",
                     [("9.9%", "misattributed"), ("9.9%", "supported")], id="table-row-misattributed-zh"),
        # "the self-driving demonstration zone" names the zone as "autonomous driving" does: "the zone" is it
        pytest.param("2025-03-01", "South-east of the centre lies E-Town, home to the self-driving demonstration zone. "
                     "Under a plan announced in 2023, the zone is to expand across 600 square kilometres of the city.",
                     [("600 square kilometres", "contradicted")], id="self-driving-zone-alias"),
        # the country named as a scope, then "the city": a sentence after that names no one is the city's
        pytest.param("2024-06-01", "Beijing is the deepest market for technology transactions in China. In 2023 the "
                     "city registered 106,552 technology contracts. The number of contracts rose faster than their "
                     "value, by 21.1%.", [("106,552", "supported"), ("21.1%", "contradicted")],
                     id="the-city-since-the-country-scope"),
        # a signature's time stamp ("11:18, 6 February 2025 (UTC)") dates no figure of the comment
        pytest.param("2025-02-10", ":In our sources the number of technology contracts registered in Beijing rose "
                     "12.1%, a rate that belongs to 2023, not to the year just ended. — Marrowbone (talk) 11:18, "
                     "6 February 2025 (UTC)", [("12.1%", "supported")], id="signature-time-stamp"),
        pytest.param("2025-02-10", ":In our sources the number of technology contracts registered in Beijing rose "
                     "12.1% in February 2025.", [("12.1%", "stale")], id="a-date-without-a-stamp"),
        # "turnover … (up 7.4%)" is the value's growth
        pytest.param("2024-06-01", "- Beijing's technology market: 106,552 contracts registered, with turnover of "
                     "853.69 billion yuan (up 7.4%) in 2023",
                     [("106,552 contracts", "supported"), ("853.69 billion yuan", "supported"), ("7.4%", "supported")],
                     id="turnover-up"),
        # "vehicle makers" are the carmakers the release counts
        pytest.param("2024-01-14", "# How our data desk counts Shanghai's electric cars\n\nOur anchor is the municipal "
                     "tally of new energy vehicles on the road. At the end of October 2023 the total was spread "
                     "across 146 vehicle makers and 161 brands.", [("146", "supported"), ("161 brands", "supported")],
                     id="vehicle-makers"),
        # a company the database does not know, named as one ("… Tyre Works", "… Group"), takes the figure
        # it is given: another firm's claim is misattributed to it (a name that is no firm's takes nothing)
        pytest.param("2024-11-01", "Huasheng Rubber Group says its digital overhaul has cut costs by 10%. Qilu Tyre "
                     "Works, on the next stand, reports a 25% gain in logistics efficiency from the same kind of "
                     "project.", [("10%", "supported"), ("25%", "misattributed")], id="unknown-firm"),
        pytest.param("2024-11-01", "Huasheng Rubber Group says its digital overhaul has cut costs by 10%. It also "
                     "reports a 25% gain in logistics efficiency from the same project, Reuters Breakingviews noted.",
                     [("10%", "supported"), ("25%", "supported")], id="no-firm-named"),
        pytest.param("2024-11-01", "| Company | Result of digitalisation, 2024 | Figure |\n| --- | --- | --- |\n"
                     "| Sailun Group | Gain in logistics efficiency | 25% |\n"
                     "| Huasheng Rubber Group | Gain in logistics efficiency | 25% |",
                     [("25%", "misattributed"), ("25%", "supported")], id="unknown-firm-row"),
        # two Chinese counts swapped, what each counts named before it ("车企有161家、品牌146个"); and given right
        pytest.param("2024-06-01", "截至2023年10月底，在沪推广新能源汽车的车企有161家、品牌146个。",
                     [("161家", "contradicted"), ("146个", "contradicted")], id="counts-swapped-noun-before-zh"),
        pytest.param("2024-06-01", "截至2023年10月底，在沪推广新能源汽车的车企有146家、品牌161个。",
                     [("146家", "supported"), ("161个", "supported")], id="counts-right-noun-before-zh"),
        # "Nanjing Road West", 南京西路: a street, not the city "the city" takes up
        pytest.param("2024-04-10", "# Shanghai for business travellers\n\nMost visitors base themselves along Nanjing "
                     "Road West. At the last count, in 2023, the city's industrial enterprises ran 260 robots for "
                     "every 10,000 workers.", [("260 robots", "supported")], id="street-named-after-a-city"),
        pytest.param("2024-04-10", "# 上海商务出行指南\n\n多数访客住在南京西路一带。"
                     "2023年，该市工业企业机器人密度达到260台/万人。",
                     [("260台", "supported")], id="street-named-after-a-city-zh"),
        pytest.param("2024-04-10", "# Shanghai for business travellers\n\nMost visitors also see Nanjing. At the last "
                     "count, in 2023, the city's industrial enterprises ran 260 robots for every 10,000 workers.",
                     [("260 robots", "misattributed")], id="the-city-itself"),
        # "X% of the country's …" is a share of the nation's whole, though a province leads the sentence
        pytest.param("2024-07-26", "In Hebei, mills are buying robots, and more than 90% of the country's 421 "
                     "national-level intelligent manufacturing demonstration factories now use AI or digital twins.",
                     [("90%", "supported"), ("421", "supported")], id="share-of-the-countrys-whole"),
        # "end of October" in a row whose Year cell says 2023 is the end of October 2023
        pytest.param("2024-11-28", "| Partner city | Indicator | Value | Year |\n| --- | --- | --- | --- |\n"
                     "| Shanghai | NEVs put on the road (cumulative, end of October) | 1.27 million | 2023 |",
                     [("1.27 million", "supported")], id="row-year-for-a-month"),
        pytest.param("2024-11-28", "| Partner city | Indicator | Value | Year |\n| --- | --- | --- | --- |\n"
                     "| Shanghai | NEVs put on the road (cumulative, end of October) | 1.27 million | 2024 |",
                     [("1.27 million", "stale")], id="row-year-for-a-month-later"),
        # beside a release's figures, a count of something else (unicorns) is no slip of its 11 disciplines;
        # a count of disciplines one digit off is
        pytest.param("2024-12-04", "2023年，北京每万人口发明专利拥有量为262.9件，而2014年时只有48.2件。"
                     "同年，全市独角兽企业达114家。",
                     [("262.9件", "supported"), ("48.2件", "supported"), ("114家", "unverified")],
                     id="release-neighbour-counts-else-zh"),
        pytest.param("2024-12-04", "2023年，北京每万人口发明专利拥有量为262.9件，而2014年时只有48.2件。"
                     "同年，全市理工科学科达114个。",
                     [("262.9件", "supported"), ("48.2件", "supported"), ("114个", "contradicted")],
                     id="release-neighbour-slip-zh"),
        # only a share's and a scope's words in common (全球, 比重) are no evidence of an error; the metric's are
        pytest.param("2024-07-16", "当然也要看到，我国制造业增加值占全球比重约30%，问题还没有根本解决。",
                     [("30%", "unverified")], id="scope-words-only-zh"),
        pytest.param("2024-07-16", "2023年，我国新能源汽车产销量占全球比重约30%。", [("30%", "contradicted")],
                     id="metric-words-zh"),
        # a period from the sentence before does not date a plan's goal (tagged target)
        pytest.param("2024-11-28", "截至2024年10月，北京已有15个大模型产品通过备案上线。"
                     "市里的高级别自动驾驶示范区还将逐步扩围至500平方公里。",
                     [("15个", "stale"), ("500平方公里", "supported")], id="plan-after-a-dated-sentence-zh"),
        # a part after "；" that opens with a place is that place's; the figures before it are not
        pytest.param("2024-10-15", "据工信部数据，重点工业企业数字化研发设计工具普及率达到81.0%，"
                     "关键工序数控化率达到62.9%；浙江省级数字化车间和智能工厂已超过1万家。",
                     [("81.0%", "contradicted"), ("62.9%", "supported"), ("1万家", "misattributed")],
                     id="semicolon-opens-with-a-place-zh"),
        # "1:1" is a ratio the database holds; a ratio no claim covers is not reported ("3:1")
        pytest.param("2024-03-01", "2023年，北京市自然科学基金财政投入与社会投入首次达到1:1。", [("1:1", "supported")],
                     id="ratio-1-to-1-zh"),
        pytest.param("2024-03-01", "The home side won 3:1 at the city's new ground.", [], id="ratio-no-claim"),
        # "、2055件" is a count with its measure word, no year: it dates nothing
        pytest.param("2024-10-18", "| 地区 | 指标 | 数值 |\n| --- | --- | --- |\n"
                     "| 宁夏 | 高校存量有效专利全部盘点入库 | 14所高校、2055件 |",
                     [("14所", "supported"), ("2055件", "supported")], id="count-not-a-year-zh"),
        # "128核" counts a chip's cores: the 256-core chip's figure written wrong
        pytest.param("2024-03-01", "2023年北京发布的高精尖成果中，就有一款128核区块链专用加速芯片。",
                     [("128核", "contradicted")], id="cores-zh"),
        # "赋权实施成果" names the pilot's achievements granted rights and implemented
        pytest.param("2024-12-20", "# 在上海市江西商会年会上的致辞\n\n科技成果转化也在提速。"
                     "复旦、交大等6家高校院所完成赋权改革试点任务，赋权实施成果765项。",
                     [("6家", "supported"), ("765项", "contradicted")], id="pilot-achievements-zh"),
        # "the city's cloud providers have installed in Tianjin-Hebei…": the places are where, the city is who
        pytest.param("2024-11-06", "# Beijing, first nine months\n\nThe capital's digital economy keeps growing.\n\n"
                     "- Intelligent computing that the city's cloud providers have installed in Tianjin-Hebei and "
                     "Shanxi-Inner Mongolia: about 4,802 P.", [("4,802 P", "contradicted")],
                     id="the-city-before-where"),
        # "高于全国平均水平": the country as the average set against, not the subject of what follows
        pytest.param("2024-10-28", "# 北京市2024年前三季度工业经济运行分析\n\n## 一、总体情况\n\n"
                     "前三季度，全市工业生产稳中有进，规模以上工业增加值同比增长7.1%，高于全国平均水平1.3个百分点。新动能持续壮大，"
                     "300余家国家级专精特新“小巨人”工业企业产值同比增长16.2个百分点。",
                     [("7.1%", "unverified"), ("1.3个百分点", "unverified"), ("300余家", "supported"),
                      ("16.2个百分点", "contradicted")], id="above-the-national-average-zh"),
        # "上年基数较高" is a comparison's base: it gives no year to the 上半年 after it
        pytest.param("2024-10-28", "# 北京市工业运行分析\n\n| 行业 | 增加值增速 | 备注 |\n| --- | --- | --- |\n"
                     "| 医药制造 | -2.3% | 上年基数较高 |\n\n从上半年看，全市高技术制造业增加值同比增长8.7%。",
                     [("-2.3%", "unverified"), ("8.7%", "misattributed")], id="base-year-no-period-zh"),
        # "而2014年这一指标仅为48.2件" is a comparison's year: 全年 after it is the year the report is about
        pytest.param("2024-03-22", "翻开2023年公报。年末每万人口发明专利拥有量达到262.9件，而2014年这一指标仅为48.2件。"
                     "全年数字经济实现增加值占地区生产总值的比重为42.9%。",
                     [("262.9件", "supported"), ("48.2件", "supported"), ("42.9%", "supported")],
                     id="whole-year-after-a-contrast-zh"),
        # two shares swapped between wholes each named in its own part of the sentence ("在…企业中，…占比达90%以上；")
        pytest.param("2024-06-20", "民营企业贡献了全国70%以上的技术创新成果；"
                     "在国家级专精特新“小巨人”企业中，民企占比达90%以上；在高新技术企业中，民企也占了80%以上。",
                     [("70%", "supported"), ("90%", "contradicted"), ("80%", "contradicted")],
                     id="shares-swapped-wholes-before-zh"),
        # the year a title ends with ("《…指数2023》") dates what the sentence reports from it
        pytest.param("2025-01-10", "# 北京市科学技术委员会2024年国际科技合作工作总结\n\n"
                     "《国际科技创新中心指数2023》学科分析覆盖11个理工医学科，北京在多数学科中位居全球前列。",
                     [("11个", "supported")], id="edition-year-in-a-title-zh"),
        # "60% of all filed products in the country": the country is the share's whole, not the subject after it
        pytest.param("2024-10-08", "Beijing is where that work concentrates. By the end of 2023 it had put 15 large "
                     "model products through the national filing process, more than 60% of all filed products in the "
                     "country, and by then it had also released 621 TB of high-quality data sets.",
                     [("15", "supported"), ("60%", "supported"), ("621 TB", "contradicted")],
                     id="share-whole-in-country"),
        # "连接了全国9000多家" reaches across the country: the platform is the subject, not the country
        pytest.param("2024-09-03", "老板打开手机给我看致景科技飞梭智纺平台的后台。按公司2023年底对外披露的数据，"
                     "这个平台连接了全国9000多家纺织企业，染厂打样从过去按天计算，缩短到最快24小时。",
                     [("9000多家", "supported"), ("24小时", "supported")], id="reach-with-le-zh"),
        # "the team is past 160": the count claim's noun governs the bare number, as "has grown to" does
        pytest.param("2024-06-01", "When we first backed Changmugu, a Beijing company, it was a startup. "
                     "The team is past 160.", [("160", "supported")], id="team-is-past"),
        pytest.param("2024-06-01", "When we first backed Changmugu, a Beijing company, it was a startup. "
                     "The street is past 160.", [], id="street-is-past"),
        # "against 48.2 in 2014" is a comparison's year: "the full year" after it is 2023, the year named before
        pytest.param("2024-12-05", "The capital's technology market kept growing in 2023. Invention patents per 10,000 "
                     "residents reached 262.9, against 48.2 in 2014.\n\nThe digital economy generated 44.3% of "
                     "Beijing's GDP over the full year.",
                     [("262.9", "supported"), ("48.2", "supported"), ("44.3%", "contradicted")],
                     id="full-year-after-against"),
        # "，这与我们2025年要解决的问题…" speaks of what came before: its year does not date the figure
        pytest.param("2025-01-08", "华盛橡胶推进数字化转型后，物流效率提升25%，成本降低10%，"
                     "这与我们2025年要解决的问题高度相似。",
                     [("25%", "supported"), ("10%", "supported")], id="this-clause-year-zh"),
        # without "其中" the second figure is the total given again, wrong
        pytest.param("2024-02-27", "# 去年首都技术市场交出亮眼成绩单\n\n去年，全市技术合同成交额达到8536.9万元，"
                     "增长7.4%。流向津冀的技术合同成交额748.7亿元。",
                     [("8536.9万元", "contradicted"), ("7.4%", "supported"), ("748.7亿元", "contradicted")],
                     id="the-total-again-zh"),
        # the period right after the first figure of a change is the first's, not the second's
        pytest.param("2024-09-20", "Beijing's stock of invention patents climbed from 48.2 per 10,000 residents "
                     "in 2014 to 262.9 per 10,000 residents in 2023.",
                     [("48.2", "supported"), ("262.9", "supported")], id="from-in-to-in"),
        # metric and period both from the sentence before: too little to call the figure old
        pytest.param("2024-12-10", "截至2024年11月，北京已有大模型产品通过备案上线。"
                     "对智算中心项目，可按总投资的60%以内提供中长期贷款。",
                     [("60%", "unverified")], id="weak-and-inherited-not-stale-zh"),
        # the names of "据…披露的数据，" say whose data; "该市" after them is the subject
        pytest.param("2024-03-05", "北京技术市场去年继续扩容。据北京市科委、中关村管委会近日披露的数据，"
                     "2023年该市共登记技术合同106525项，同比增长12.1%；成交额8536.9亿元，同比增长7.4%。",
                     [("106525项", "contradicted"), ("12.1%", "supported"), ("8536.9亿元", "supported"),
                      ("7.4%", "supported")], id="source-then-the-city-zh"),
        # 种 counts kinds, as 款 and 项 count models and items
        pytest.param("2024-06-20", "达闼的关节产线可同时生产100余种型号。",
                     [("100余种", "contradicted")], id="kinds-counted-zh"),
        # the two ends of a change are levels: neither is a growth rate
        pytest.param("2024-11-25", "The digital economy share of Beijing GDP climbed from 42.9% in 2023 to 44.3% "
                     "in the first three quarters of this year.",
                     [("42.9%", "supported"), ("44.3%", "stale")], id="from-to-levels"),
        pytest.param("2024-11-25", "本市数字经济增加值占地区生产总值的比重从2023年全年的42.9%继续提升，"
                     "今年前三季度达到44.3%。",
                     [("42.9%", "supported"), ("44.3%", "stale")], id="from-to-levels-zh"),
        # a value a bound allows is not the bound's figure restated: "68%" is not "more than 60%" of 2023
        pytest.param("2024-07-20", "上半年，公司新增新能源车辆300台，新能源车占运营车队的比重提升至68%。",
                     [("300台", "unverified"), ("68%", "unverified")], id="within-a-bound-not-stale-zh"),
        pytest.param("2024-07-20", "In the first half, new energy vehicles made up 68% of the cars our fleet added.",
                     [("68%", "unverified")], id="within-a-bound-not-stale"),
        # "far above the national average" compares; it does not give the next figure to the country
        pytest.param("2024-09-01", "Shanghai ran 260 robots for every 10,000 workers in 2023, far above the national "
                     "average, and in the first half of this year the city's high-tech manufacturing value added "
                     "rose 8.7%.", [("260 robots", "supported"), ("8.7%", "misattributed")],
                     id="national-average-compares"),
        # "national" beyond a contrast after the figure is the next figure's
        pytest.param("2024-09-09", "Shanghai's new energy vehicle output rose 34.3% in the first half of 2024, while "
                     "national high-tech manufacturing value added grew 8.7% over the same months.",
                     [("34.3%", "misattributed"), ("8.7%", "supported")], id="national-after-a-contrast"),
        # what a national agency counts is the country's, in a report about a city
        pytest.param("2025-01-15", "# Beijing's patent boom\n\nBeijing is the densest patent city in China.\n\n"
                     "In January-May 2024 the national patent office granted 462,000 invention patents, and "
                     "enterprises held 47% of them.",
                     [("462,000", "supported"), ("47%", "contradicted")], id="national-agency-counts"),
        pytest.param("2024-03-12", "In 2023 monthly trading on the Shanghai Data Exchange averaged RMB10 million, and "
                     "Shanghai aims to build 4 trillion-yuan-level industrial clusters by 2025.",
                     [("RMB10 million", "contradicted"), ("4", "supported")], id="currency-code-glued"),
        # PB for TB is a slip of scale; EFLOPS are thousands of PFLOPS
        pytest.param("2024-03-01", "2023年，北京累计发布大模型高质量数据集612PB。", [("612PB", "contradicted")],
                     id="petabytes-for-terabytes-zh"),
        pytest.param("2024-03-01", "By the end of 2023 Beijing's total computing power supply reached 12 EFLOPS.",
                     [("12 EFLOPS", "supported")], id="exaflops-are-petaflops"),
        pytest.param("2024-03-01", "2023年，北京累计发布大模型高质量数据集612GB。", [("612GB", "contradicted")],
                     id="gigabytes-for-terabytes-zh"),
        # a value a bound allows is not the bound's figure: the source cannot confirm it
        pytest.param("2025-01-10", "In 2024 China's industrial robot installations were 58% of the global total.",
                     [("58%", "unverified")], id="within-a-bound-not-supported"),
        # the year of a cell comparing with an earlier figure is that figure's
        pytest.param("2024-03-01", "Beijing's patents at a glance:\n\n"
                     "| Indicator | Value | Change |\n| --- | --- | --- |\n"
                     "| Invention patents per 10,000 residents | 262.9 | was 48.2 in 2014 |",
                     [("262.9", "supported"), ("48.2", "supported")], id="compared-cell-year"),
        # each year before "的" and a figure is that figure's: neither dates the figure after them
        pytest.param("2024-08-21", "北京每万人发明专利拥有量由2014年的48.2件增至去年的262.9件，"
                     "数字经济增加值占地区生产总值的比重达到42.9%。",
                     [("48.2件", "supported"), ("262.9件", "supported"), ("42.9%", "supported")],
                     id="two-owned-years-zh"),
        # "48.2件 in 2014, 262.9件 last year": each figure's period follows it
        pytest.param("2024-11-18", "Beijing at a glance:\n\n| Indicator | Figures |\n| --- | --- |\n"
                     "| Invention patents per 10,000 residents | 48.2件 in 2014, 262.9件 last year |",
                     [("48.2件", "supported"), ("262.9件", "supported")], id="two-dated-figures-in-a-cell"),
        pytest.param("2024-11-18", "Beijing's invention patents per 10,000 residents: 48.2 in 2014, 262.9 last year.",
                     [("48.2", "supported"), ("262.9", "supported")], id="two-dated-figures-in-a-sentence"),
        # in prose, a period after a figure and a comma is the next figure's too
        pytest.param("2025-01-20", "Beijing registered 106,552 technology contracts last year, 12.1% more than the "
                     "year before.", [("106,552", "stale"), ("12.1%", "stale")], id="last-year-comma-both"),
        # "我市" is the writer's own place, the first the opening names, with a date line before it
        pytest.param("2025-01-12", "# 关于京津冀算力协同的提案\n\n提交日期：2025年1月12日\n提案人：天津市政协委员\n\n"
                     "北京优势明显，算力供给规模领先。\n\n去年前三季度，我市300余家国家级专精特新“小巨人”工业企业产值增长16.2%。",
                     [("300余家", "misattributed"), ("16.2%", "misattributed")], id="our-city-after-a-date-line-zh"),
        # the place the writers visited is not "我市"; a city compared with after the figure is not its subject
        pytest.param("2024-11-28", "# 关于赴北京学习考察数字经济发展情况的报告\n\n廊坊市发展和改革委员会\n\n"
                     "我市数字经济核心产业增加值占地区生产总值比重约为6.5%，与北京相比差距明显。",
                     [("6.5%", "unverified")], id="our-city-not-the-city-visited-zh"),
        # "3家" counts firms: no slip of a claim that counts 条 (measures)
        pytest.param("2024-10-10", "北京出台了支持外资研发中心的61条措施，全市已认定外资研发中心107家。"
                     "我们为此安排专人，协助3家日企申报外资研发中心。",
                     [("61条", "contradicted"), ("107家", "supported")], id="another-classifier-zh"),
        # a place the subject is likened to is not its subject
        pytest.param("2024-12-01", "Beijing is catching up. By the end of 2023 the capital, like Shanghai, had "
                     "about 30 biomedical companies listed on the STAR Market.",
                     [("30", "misattributed")], id="likened-to-a-place"),
        # "its staff runs to more than 160": the claim's noun governs the bare number
        pytest.param("2023-12-20", "Changmugu began in 2018 in a borrowed office. "
                     "Today its staff runs to more than 160.",
                     [("160", "supported")], id="staff-runs-to"),
        # a month within the year another entity's claim is stated for: that claim's figure, given away
        pytest.param("2024-08-28", "On a visit in May we heard that Zhejiang's key industrial enterprises have reached "
                     "80.1% penetration of digital R&D design tools.",
                     [("80.1%", "misattributed")], id="month-within-the-claim-year"),
        # a year in a row's label cell does not make it a figure's cell: its words name the metric
        pytest.param("2024-07-30", "| Province | Indicator | Figure |\n| --- | --- | --- |\n"
                     "| Shandong | New provincial emerging industrial clusters targeted for 2024 | about 20 |",
                     [("20", "contradicted")], id="year-in-label-cell"),
        pytest.param("2024-09-01", "| 月份 | 数字 | 说明 |\n| --- | --- | --- |\n"
                     "| 六月 | 3.42亿元 | 2023年市自然科学基金吸引的社会资金 |",
                     [("3.42亿元", "supported")], id="year-in-label-cell-zh"),
        # a growth's words alone in common with a claim of last year: too little to call a figure old
        pytest.param("2025-01-15", "北京市经信局2024年工作总结。"
                     "全年新认定市级专精特新中小企业1200家，工业投资同比增长12%。",
                     [("1200家", "unverified"), ("12%", "unverified")], id="growth-words-only-not-stale-zh"),
        pytest.param("2024-11-20", "前三季度，北京半导体器件专用设备制造业增加值增长11.4%。",
                     [("11.4%", "unverified")], id="within-a-bound-not-supported-zh"),
        # a share's bound is a round figure below it: "more than 80%" is not a share of 90%
        pytest.param("2024-06-01", "在全国高新技术企业中，民营企业所占比重在80%以上。",
                     [("80%", "contradicted")], id="a-bound-ten-points-short-zh"),
        pytest.param("2024-06-01", "Private firms are more than 80% of China's high-tech enterprises.",
                     [("80%", "contradicted")], id="a-bound-ten-points-short"),
        # "y/y" is "year on year"; the claim's digits in another order say which claim, with a third of its terms
        pytest.param("2024-07-20", "First-half NEV output was up 33.4% y/y.", [("33.4%", "contradicted")],
                     id="y-on-y-digits-swapped"),
        pytest.param("2024-07-20", "Output of NEVs rose 33.4% year over year in the first half.",
                     [("33.4%", "contradicted")], id="year-over-year-digits-swapped"),
        pytest.param("2024-07-20", "上半年新能源汽车产量同比增长33.4%。", [("33.4%", "contradicted")],
                     id="digits-swapped-zh"),
        # a part of the year that the row's words name, under a column of the year, is the figure's period
        pytest.param("2024-03-20", "| 地区 | 指标 | 2023年 |\n| --- | --- | --- |\n"
                     "| 北京市 | 前三季度数字经济增加值占GDP比重 | 44.3% |",
                     [("44.3%", "supported")], id="part-of-the-column-year-zh"),
        pytest.param("2024-03-20", "| Place | Indicator | 2023 |\n| --- | --- | --- |\n"
                     "| Beijing | Digital economy share of GDP, first three quarters | 44.3% |",
                     [("44.3%", "supported")], id="part-of-the-column-year"),
        pytest.param("2024-03-20", "| Place | Indicator | 2023 |\n| --- | --- | --- |\n"
                     "| Beijing | Digital economy share of GDP | 44.3% |",
                     [("44.3%", "contradicted")], id="the-column-year-whole"),
        # a table's caption dates its cells: the first three quarters' share is not the year's
        pytest.param("2024-04-02", "北京主要经济指标（2023年）\n\n| 指标 | 数值 |\n| --- | --- |\n"
                     "| 数字经济增加值占地区生产总值比重 | 44.3% |",
                     [("44.3%", "contradicted")], id="caption-year-whole-zh"),
        pytest.param("2024-04-02", "Table 2. Beijing, main indicators, 2023\n\n| Indicator | Value |\n| --- | --- |\n"
                     "| Digital economy share of GDP | 44.3% |",
                     [("44.3%", "contradicted")], id="caption-year-whole"),
        # with no entity named for a figure, the place the opening names (the issuing office) is a candidate
        pytest.param("2024-09-20", "# 外资工作通讯\n\n北京市商务局编\n\n## 服贸会综述\n\n"
                     "今年服贸会规模创新高，服贸会期间德国、法国企业踊跃参展。\n\n## 政策落实\n\n"
                     "今年出台的支持外资研发中心发展的18条措施已全部落地。\n\n## 兄弟省市\n\n"
                     "上海、天津的外资工作也有新进展。",
                     [("18条", "contradicted")], id="the-opening-place-zh"),
        pytest.param("2024-09-20", "# Foreign investment newsletter\n\nIssued by the Beijing Municipal Commerce Bureau"
                     "\n\n## The trade fair\n\nThis year CIFTIS was bigger than ever, with exhibitors at CIFTIS from "
                     "Germany and France.\n\n## Policy\n\nThe 18 measures to support foreign-funded R&D centers "
                     "adopted this year are now in force.\n\n## Elsewhere\n\n"
                     "Shanghai and Tianjin reported progress too.",
                     [("18", "contradicted")], id="the-opening-place"),
        # when the data came out yields to the period the figure's clause names after it
        pytest.param("2024-09-10", "Data released in March show that Beijing registered 106,552 technology contracts "
                     "in 2023.", [("106,552", "supported")], id="released-then-the-year"),
        pytest.param("2024-09-10", "Data released in March show that Beijing registered 106,552 technology contracts.",
                     [("106,552", "stale")], id="released-alone"),
        # a place named before the figure leads its sentence, though named again after it
        pytest.param("2024-03-12", "# Shanghai notes\n\nShanghai leads the country in new medicines.\n\n"
                     "Our Beijing station reports a comparable base in the north, with about 30 biomedical "
                     "companies from the capital listed on the STAR Market at the end of 2023.",
                     [("30", "misattributed")], id="place-named-before-and-after"),
        pytest.param("2024-03-12", "# 上海创新药观察\n\n上海创新药发展迅速。\n\n"
                     "首都也不示弱，截至2023年底，约30家北京生物医药企业在科创板上市。",
                     [("30家", "misattributed")], id="place-named-before-and-after-zh"),
        # "60% of those filed nationwide": the country as a share's whole is no subject for the next sentence
        pytest.param("2025-01-20", "We asked a founder about Beijing.\n\nBy the end of 2023 the city had 15 large "
                     "models through the national filing process, more than 60% of everything filed nationwide. "
                     "Then last year the government released 612 TB of curated training data.",
                     [("15", "supported"), ("60%", "supported"), ("612 TB", "stale")],
                     id="nationwide-whole"),
        # a place set against before "but" is not the figure's when the part after the turn names one
        pytest.param("2024-10-15", "Talks with investors keep turning to Beijing, but Shanghai's own technology market "
                     "is large: contracts in the city were worth 853.69 billion yuan in 2023.",
                     [("853.69 billion yuan", "misattributed")], id="set-against-before-but"),
        pytest.param("2024-10-15", "人们常拿北京作比较，但上海自身的技术市场同样庞大，"
                     "2023年技术合同成交额达8536.9亿元。",
                     [("8536.9亿元", "misattributed")], id="set-against-before-but-zh"),
        # "连接着全国…": the country the platform reaches across, not its subject
        pytest.param("2025-01-22", "一家织机厂的设备已接入致景科技旗下的平台。"
                     "该平台目前连接着全国9000余家纺织企业、70余万台纺织设备。",
                     [("9000余家", "stale"), ("70余万台", "stale")], id="reaches-across-the-country-zh"),
        # the claim's own number in the other unit says which claim, with no entity named
        pytest.param("2024-07-16", "【宏观】统计局昨天发布了上半年经济数据。"
                     "41个工业大类行业里，有39个行业增加值同比增长，增长面较宽；高技术制造业增加值增长8.7%，增速比全部规上工业快2.7%；新能源汽车产量增长34.3%。"
                     "分地区看，河北高技术产业投资增长10.6%，钢厂周边的需求有所好转。",
                     [("41个", "supported"), ("39个", "supported"), ("8.7%", "supported"), ("2.7%", "contradicted"),
                      ("34.3%", "supported"), ("10.6%", "misattributed")], id="points-as-percent-no-entity-zh"),
        pytest.param("2024-08-09", "# Fleet note\n\nDemand out of Chinese ports stayed firm, and the official data "
                     "for January-June explain why.\n\nHigh-tech manufacturing grew 2.7% faster than industry as a "
                     "whole. That helps a lessor.",
                     [("2.7%", "contradicted")], id="points-as-percent-a-third-of-terms"),
        # "the city" in a section whose heading names no place is the title's place, not one compared before
        pytest.param("2024-09-12", "# Doing research in Beijing\n\n## The comparison\n\nShanghai is different: it "
                     "is stronger in biomedicine.\n\n## Support for foreign labs\n\nThe city has recognised 107 "
                     "foreign-funded R&D centres.", [("107", "supported")], id="section-under-the-title"),
        pytest.param("2024-09-12", "# 在北京设立研发中心\n\n## 比较\n\n上海则不同，生物医药更强。\n\n"
                     "## 外资研发支持\n\n该市已累计认定外资研发中心107家。",
                     [("107家", "supported")], id="section-under-the-title-zh"),
        # "the end of this October": this year's October, so last year's count is old
        pytest.param("2024-11-17", "Shanghai had 1.27 million new energy vehicles on its roads as of the end of "
                     "this October.", [("1.27 million", "stale")], id="end-of-this-month"),
        # "its plant in Shanghai" says where the plant is: the firm before it is the subject
        pytest.param("2024-09-09", "Fourier Intelligence, a customer of ours, says its joint plant in Shanghai is "
                     "designed to turn out 1 million joints a year.", [("1 million", "misattributed")],
                     id="plant-in-a-place"),
        # "Take 2023, the latest full year": the year before the comma, which "full year" refers back to
        pytest.param("2025-01-28", "Take 2023, the latest full year with clean numbers: Beijing registered 106,552 "
                     "technology contracts.", [("106,552", "supported")], id="bare-year-before-a-comma"),
        # another entity's claim that agrees and fits the words better, as fully covered: given away, not wrong
        pytest.param("2024-07-26", "调研组梳理了周边省份的做法。辽宁提出每年组织实施100项重大科技创新工程项目，"
                     "以项目带动民营企业参与研发；黑龙江则聚焦航空装备、船舶和海洋工程装备等12个优势产业集群。",
                     [("100项", "misattributed"), ("12个", "misattributed")], id="another-entity-fits-better-zh"),
        # the foundation's outside money, in another word for those who give it
        pytest.param("2024-09-10", "Outside contributors put RMB 3.42 billion into the Beijing Natural Science "
                     "Foundation in 2023.", [("RMB 3.42 billion", "contradicted")], id="outside-contributors"),
        # a month's figure is no year's: "monthly trading above 1 billion" is the monthly claim's, ten times over
        pytest.param("2023-12-18", "Shanghai keeps building. The city has new science facilities, and its data "
                     "exchange now lists more than 1,700 data products, with monthly trading above 1 billion yuan.",
                     [("1,700", "supported"), ("1 billion yuan", "contradicted")], id="monthly-not-annual"),
        pytest.param("2024-12-01", "上海数据交易所去年挂牌数据产品超过1700个，月均交易额超过10亿元，"
                     "当时预计全年交易额突破10亿元。",
                     [("1700个", "supported"), ("10亿元", "contradicted"), ("10亿元", "supported")],
                     id="monthly-not-annual-zh"),
        # a target's horizon is later than the year it was set: the plan's figure, dated when it was made
        pytest.param("2024-05-01", "2023年，上海出台制造业规划，明确3大先导产业，提出打造4个万亿级产业集群。",
                     [("3大", "supported"), ("4个", "supported")], id="target-dated-when-set-zh"),
        # past a contrast after the figure ("…, while in the capital…") the sentence speaks of another subject
        pytest.param("2024-11-20", "Official figures show output of little giant industrial firms rising 16.2% "
                     "nationwide in January-September, while in the capital the digital economy made up 42.9% of "
                     "GDP last year.", [("16.2%", "misattributed"), ("42.9%", "supported")],
                     id="nationwide-while-the-capital"),
        pytest.param("2024-11-20", "前三季度，全国专精特新“小巨人”工业企业产值增长16.2%，"
                     "而首都数字经济增加值占地区生产总值比重去年已达42.9%。",
                     [("16.2%", "misattributed"), ("42.9%", "supported")], id="nationwide-while-the-capital-zh"),
        # "我省" where only the front matter names the province: the front matter's place
        pytest.param("2024-07-08", "---\ntitle: 高校成果转化政策解读\nsource: 湖北省科学技术厅\n---\n\n"
                     "我省基础扎实。今年1-5月，全省高校技术合同登记额同比增长超过100%。",
                     [("100%", "misattributed")], id="own-place-in-front-matter-zh"),
        pytest.param("2024-07-08", "---\ntitle: Research to market\nsource: Hubei Provincial Department of Science "
                     "and Technology\n---\n\nIn January-May, technical contract registrations at our province's "
                     "universities grew more than 100% year on year.",
                     [("100%", "misattributed")], id="own-place-in-front-matter"),
        # a district's paper speaks of its own city as 全市, whichever city it named since
        pytest.param("2024-11-18", "丰台区人民政府常务会议纪要\n\n一、会议听取了赴深圳学习机器人产业的情况汇报。\n\n"
                     "二、去年全市技术合同成交额8536.9万元，同比增长7.4%。",
                     [("8536.9万元", "contradicted"), ("7.4%", "supported")], id="whole-city-of-a-district-zh"),
        # ... though one five points short still agrees
        pytest.param("2024-06-01", "Private firms are more than 85% of China's high-tech enterprises.",
                     [("85%", "supported")], id="a-bound-five-points-short"),
        # an "and" between nouns ("R&D and design tools") does not cut the province off its clause; and
        # the national claim given to it there contradicts no neighbour whose own clause names other things
        pytest.param("2025-03-01", "Last year China took more than 50% of the world's industrial robot "
                     "installations, and in Zhejiang the penetration of digital R&D and design tools among key "
                     "industrial enterprises reached 80.1% that year.",
                     [("50%", "supported"), ("80.1%", "misattributed")], id="and-between-nouns"),
        # ... but a place named right after the mark is the same subject as the one before it
        pytest.param("2024-06-01", "Chengdu City, Sichuan Province has said it will train and introduce 5,000 "
                     "technology transfer talents in the next three years.", [("5,000", "supported")],
                     id="and-between-verbs-after-a-city-and-its-province"),
        # two figures with each other's values, one of them agreeing with the claim the other names
        pytest.param("2024-11-01", "At Huasheng Rubber Group, logistics efficiency improved by 10%, equipment "
                     "utilisation rose by 5% and costs fell by 25%.",
                     [("10%", "contradicted"), ("5%", "supported"), ("25%", "contradicted")], id="exchanged"),
        pytest.param("2024-11-01", "华盛橡胶集团物流效率提升10%，设备利用率提升5%，成本降低25%。",
                     [("10%", "contradicted"), ("5%", "supported"), ("25%", "contradicted")], id="exchanged-zh"),
        # the pilot's transfers named in other words ("transformation value"), no release around them
        pytest.param("2024-09-01", "The national pilot that started in May 2020 enrolled 40 universities and "
                     "research institutes. In Shanghai, several of them have completed it, with a transformation "
                     "value of 1.66 billion yuan.", [("40 universities", "supported"),
                                                     ("1.66 billion yuan", "contradicted")],
                     id="transformation-value"),
        # "on the same months of last year" is what the figure is compared with, not its period
        pytest.param("2024-07-30", "In Hunan, the value of university technical contracts registered between "
                     "January and May grew by more than 100% compared with the same months of last year.",
                     [("100%", "supported")], id="same-months-of-last-year"),
        pytest.param("2024-07-30", "Hunan's universities registered technical contracts between January and May "
                     "worth more than double, up over 100% on the same months last year.",
                     [("100%", "supported")], id="same-months-last-year"),
        pytest.param("2024-07-30", "Registrations of technical contracts by Hunan's universities more than doubled, "
                     "up over 100% against the same months of 2023.", [("100%", "supported")],
                     id="against-the-same-months"),
        # a "so far" of the sentence before does not make a recent stock old
        pytest.param("2024-10-08", "Shanghai's pilot universities have licensed 675 inventions so far. The city "
                     "counts 15 major science facilities built, being built or planned.",
                     [("675", "supported"), ("15", "supported")], id="so-far-a-sentence-before"),
        pytest.param("2024-10-08", "截至目前，上海试点高校已赋权成果675项。该市重大科技基础设施共15个。",
                     [("675项", "supported"), ("15个", "supported")], id="so-far-a-sentence-before-zh"),
        # the place named in the part after the figure's semicolon is that part's, not the figure's
        pytest.param("2024-10-08", "Three numbers matter: China takes more than 50% of the world's industrial "
                     "robot installations; the numerical control rate of key processes in key industrial "
                     "enterprises is 26.9%; and in Shanghai robot density is 260 per 10,000 workers.",
                     [("50%", "supported"), ("26.9%", "contradicted"), ("260", "supported")],
                     id="semicolon-part-names-the-next"),
        # "好于全国面上": the country as the level a province's figure is set against, not its subject
        pytest.param("2024-07-19", "# 广西上半年新能源车产量增长21.5% 增势好于全国面上",
                     [("21.5%", "unverified")], id="better-than-the-country-as-a-whole-zh"),
        pytest.param("2024-07-19", "# 广西上半年新能源车产量增长21.5% 增速高于全国水平",
                     [("21.5%", "unverified")], id="above-the-national-level-zh"),
        # the foundation named without its city ("the city's natural science foundation")
        pytest.param("2024-09-01", "The Beijing Natural Science Foundation, which drew 342 million yuan from "
                     "beyond the state budget in 2023, now funds more host institutions.",
                     [("342 million yuan", "supported")], id="natural-science-foundation"),
        # "近百万元": nearly a million, written as a power of ten; "working capital tied up" in English
        pytest.param("2024-11-01", "华盛橡胶集团数字化改造后，半成品积压和日均资金占用减少近百万元。",
                     [("百万元", "supported")], id="nearly-a-million-zh"),
        pytest.param("2024-11-01", "Huasheng Rubber Group says its new scheduling system frees almost 1 million "
                     "yuan a day in working capital.", [("1 million yuan", "supported")], id="working-capital"),
        # Zhijing's dye-house software in a buyer's words ("colour sample")
        pytest.param("2024-06-01", "At the mill, a colour sample used to take 3 to 5 days; it now comes back in as "
                     "little as 24 hours.", [("3", "supported"), ("5 days", "supported"), ("24 hours", "supported")],
                     id="colour-sample"),
        # "headcount" is the team's size
        pytest.param("2024-01-15", "Changmugu told the meeting that its headcount stands at more than 160.",
                     [("160", "supported")], id="headcount"),
        # "this quarter", "本季度" are the present, as "this month" is
        pytest.param("2024-11-20", "Beijing's total computing power supply stands at 12,000 P this quarter.",
                     [("12,000 P", "stale")], id="this-quarter"),
        pytest.param("2024-11-20", "本季度北京算力供给规模达1.2万P。", [("1.2万P", "stale")], id="this-quarter-zh"),
        # the company a lag is measured from ("days after Junshi's …") is not the subject of what follows
        pytest.param("2024-03-01", "**HUTCHMED** has a new head of US sales for fruquintinib. The drug won American "
                     "approval in 2023 just 10 days after Junshi's toripalimab, and its first US prescription was "
                     "written within 48 hours.", [("10 days", "supported"), ("48 hours", "supported")],
                     id="lag-measured-from"),
        # a place named only in the dateline is where the writer files from, not what the note is about
        pytest.param("2024-07-19", "HONG KONG, July 19, 2024 —\n\n# Half-year note\n\nHigh-tech manufacturing value "
                     "added grew 8.7% in the first half, and new energy vehicle output rose 34.3%.",
                     [("8.7%", "supported"), ("34.3%", "supported")], id="dateline-place"),
        # "10.6万项" for 106,552: a figure in 万 cut rather than rounded still agrees (10.7万 rounds it)
        pytest.param("2024-06-01", "2023年，北京认定登记技术合同10.6万项。", [("10.6万项", "supported")],
                     id="cut-not-rounded-zh"),
        pytest.param("2024-06-01", "2023年，北京认定登记技术合同10.7万项。", [("10.7万项", "supported")],
                     id="rounded-zh"),
        # ... but a part and its whole are no such pair
        pytest.param("2024-08-01", "In the first half, 39 of the 41 major industrial categories raised their "
                     "value added year on year.", [("39", "supported"), ("41", "supported")],
                     id="a-part-and-its-whole"),
    ],
)
def test_wordings_from_the_blind_sets(tmp_path: Path, when: str, text: str, expected: list) -> None:  # type: ignore[type-arg]
    out = shipped(tmp_path, text + "\n", when)
    assert [(f["text"], f["verdict"]) for f in out["findings"]] == expected


@pytest.mark.parametrize(
    ("draft", "verdict"),
    [
        ("By the end of 2023 the archive held 2 PB of scanned records.", "supported"),
        ("By the end of 2023 the archive held 2,000 TB of scanned records.", "supported"),  # the same, in TB
        ("By the end of 2023 the archive held 2 TB of scanned records.", "contradicted"),  # TB written for PB
    ],
)
def test_a_claim_in_petabytes_is_a_figure_in_terabytes(db: Path, tmp_path: Path, draft: str, verdict: str) -> None:
    """PB and TB (EFLOPS and PFLOPS) are one quantity at two magnitudes: held in the smaller."""
    (db / "archive.yaml").write_text(
        "defaults:\n  source: test-source\nclaims:\n"
        "  - id: archive.scanned-records.volume.2023\n    entity: Beijing\n"
        "    metric: scanned records held by the archive\n    kind: level\n    value: 2\n    unit: PB\n"
        "    period: 2023\n    keywords: [archive, scanned records]\n",
        encoding="utf-8",
    )
    found = findings(db, tmp_path, "Beijing city archive.\n\n" + draft + "\n")
    assert [(f[3], f[4]) for f in found] == [(verdict, "archive.scanned-records.volume.2023")]


@pytest.mark.parametrize(
    "text",
    ["In 2014 Beijing had 48.2 invention patents per 10,000 people.", "2014年，北京每万人发明专利拥有量为48.2件。"],
)
def test_a_supported_figure_names_the_newer_one(tmp_path: Path, text: str) -> None:
    """Issue 4, "Newer data": supported, with the later figure of the same
    entity and metric in the message, in both languages."""
    (finding,) = shipped(tmp_path, text + "\n", "2024-09-01")["findings"]
    assert finding["verdict"] == "supported"
    assert finding["claim_id"] == "beijing.invention-patents-per-10000-people.2014"
    assert finding["message"].endswith(
        "; a newer figure exists: 262.9 patents per 10,000 people for 2023"
        " (beijing.invention-patents-per-10000-people.2023)"
    )
