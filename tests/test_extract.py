"""The extractor, figure by figure: values, units, qualifiers, positions."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.markup import mask_html, mask_markdown


def one(text: str) -> tuple[str, float, str | None, str | None]:
    found = extract(text)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    m = found[0]
    return m.text, m.value, m.unit, m.qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("output was 1,130.9 kilometers", ("1,130.9 kilometers", 1130.9, "km", None)),
        ("a total of 106,552 contracts", ("106,552 contracts", 106552.0, "count", None)),
        ("rose .5 percent", (".5 percent", 0.5, "percent", None)),
        ("增长１２３．５％", ("１２３．５％", 123.5, "percent", None)),
        ("about 2e5 units", ("2e5 units", 200000.0, "count", "about")),
        ("fell by -3.2%", ("-3.2%", -3.2, "percent", None)),
        ("reached 853.69 billion yuan", ("853.69 billion yuan", 853.69e9, "CNY", None)),
        ("达到8536.9亿元", ("8536.9亿元", 853.69e9, "CNY", None)),
        ("已形成1.2万P的总算力", ("1.2万P", 12000.0, "PFLOPS", None)),
        ("规模达2.5万亿元", ("2.5万亿元", 2.5e12, "CNY", None)),
        ("营收3億元", ("3億元", 3e8, "CNY", None)),
        ("$3bn deal", ("$3bn", 3e9, "USD", None)),
        ("reached 5.2k.", ("5.2k", 5200.0, None, None)),
        ("US$ 12 million", ("US$ 12 million", 12e6, "USD", None)),
        ("€40 million", ("€40 million", 40e6, "EUR", None)),
        # a currency code glued to the number is money, not an identifier such as A100
        ("turnover of RMB853.69 billion", ("RMB853.69 billion", 853.69e9, "CNY", None)),
        ("capital of RMB50 million,", ("RMB50 million", 50e6, "CNY", None)),
        ("HKD5.2 billion raised", ("HKD5.2 billion", 5.2e9, "HKD", None)),
        # "trillion-yuan-level" (万亿级) says what size the things counted are
        ("build 4 trillion-yuan-level industrial clusters", ("4", 4.0, "count", None)),
        ("a 1.2 trillion-yuan economy", ("1.2 trillion", 1.2e12, None, None)),
        # held in the smaller unit of the pair: 612PB is 612,000 TB
        ("发布数据集612PB", ("612PB", 612e3, "TB", None)),
        ("reached 12 EFLOPS", ("12 EFLOPS", 12e3, "PFLOPS", None)),
        ("612 GB of data", ("612 GB", 0.612, "TB", None)),
        ("12亿美元", ("12亿美元", 12e8, "USD", None)),
        ("30亿港元", ("30亿港元", 30e8, "HKD", None)),
        ("up 2.7 percentage points", ("2.7 percentage points", 2.7, "percentage_points", None)),
        ("提高2.7个百分点", ("2.7个百分点", 2.7, "percentage_points", None)),
        ("a rise of 3 pp", ("3 pp", 3.0, "percentage_points", None)),
        ("增长8.7％", ("8.7％", 8.7, "percent", None)),
        ("up 8.7 per cent", ("8.7 per cent", 8.7, "percent", None)),
        ("百分之二十的企业", ("百分之二十", 20.0, "percent", None)),
        ("占三成", ("三成", 30.0, "percent", None)),
        ("一百二十家企业", ("一百二十家", 120.0, "count", None)),
        ("两千四百五十个项目", ("两千四百五十个", 2450.0, "count", None)),
        ("十余万人", ("十余万人", 100000.0, "count", "more_than")),
        ("计划引进上万台机器人", ("上万台", 10000.0, "count", "more_than")),  # upwards of ten thousand
        ("上亿元的投资", ("上亿元", 100000000.0, "CNY", "more_than")),
        ("资金占用减少近百万元", ("百万元", 1e6, "CNY", "nearly")),  # nearly a power of ten
        ("接近千家企业", ("千家", 1000.0, "count", "nearly")),
        ("上百亿元的订单", ("上百亿元", 1e10, "CNY", "more_than")),
        ("数百万台电脑", ("数百万台", 1e6, "count", "several")),
        ("300余家企业", ("300余家", 300.0, "count", "more_than")),
        ("1000多家医院", ("1000多家", 1000.0, "count", "more_than")),
        ("约4082P", ("4082P", 4082.0, "PFLOPS", "about")),
        ("4082P左右", ("4082P", 4082.0, "PFLOPS", "about")),
        ("增速均在10%以上", ("10%", 10.0, "percent", "at_least")),
        ("超过60%", ("60%", 60.0, "percent", "more_than")),
        ("逾500家", ("500家", 500.0, "count", "more_than")),
        ("成交额突破8000亿元", ("8000亿元", 8e11, "CNY", "more_than")),
        ("近45%", ("45%", 45.0, "percent", "nearly")),
        ("不到3%", ("3%", 3.0, "percent", "less_than")),
        ("more than 40% of", ("40%", 40.0, "percent", "more_than")),
        ("nearly 43 percent", ("43 percent", 43.0, "percent", "nearly")),
        ("almost 43 percent", ("43 percent", 43.0, "percent", "nearly")),
        ("about 1.9 trillion yuan", ("1.9 trillion yuan", 1.9e12, "CNY", "about")),
        ("around 30 companies", ("30 companies", 30.0, "count", "about")),
        ("roughly 5 million", ("5 million", 5e6, None, "about")),
        ("at least 24 hours", ("24 hours", 24.0, "hours", "at_least")),
        ("up to 48 hours", ("48 hours", 48.0, "hours", "at_most")),
        ("less than 3 percent", ("3 percent", 3.0, "percent", "less_than")),
        ("over 9,000 enterprises", ("9,000 enterprises", 9000.0, "count", "more_than")),
        ("above 10 percent", ("10 percent", 10.0, "percent", "more_than")),
        ("two-thirds of them", ("two-thirds", 66.67, "percent", None)),
        ("a quarter of firms", ("a quarter of", 25.0, "percent", None)),
        ("for nine consecutive years", ("nine consecutive years", 9.0, "years", None)),
        ("five million people", ("five million people", 5e6, "count", None)),
        ("grew 2.5 times", ("2.5 times", 2.5, "times", None)),
        # 增长N倍 is a rise of N x 100% (as the claims state it); 是…的N倍 a ratio
        ("增长2.5倍", ("2.5倍", 250.0, "percent", None)),
        ("同比增长超过1倍", ("1倍", 100.0, "percent", "more_than")),
        ("是去年的3倍", ("3倍", 3.0, "times", None)),
        ("500平方公里的示范区", ("500平方公里", 500.0, "km2", None)),
        ("500 square kilometers", ("500 square kilometers", 500.0, "km2", None)),
        ("612TB的数据集", ("612TB", 612.0, "TB", None)),
        ("6天时间", ("6天", 6.0, "days", None)),
        ("81条道路", ("81条", 81.0, "count", None)),
        ("in six days", ("six days", 6.0, "days", None)),
        ("eight German companies", ("eight", 8.0, "count", None)),
        ("人工智能3大先导产业", ("3大", 3.0, "count", None)),
        ("for every 5 new energy cars sold", ("5", 5.0, "count", None)),  # a ratio, not a denominator
    ],
)
def test_figure_forms(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    got = one(text)
    assert got[0] == expected[0]
    assert got[1] == pytest.approx(expected[1], rel=1e-3)
    assert got[2:] == expected[2:]


@pytest.mark.parametrize(
    "text",
    [
        "in 2023", "2023年", "9月4日", "September 4", "2024-11-05", "at 07:02", "14:41:45", "at 6.30 pm", "9.40 p.m.",
        "doors open 10.15am", "by 9 a.m.", "马上万家灯火", "上一季度", "Booth 12", "Stand 214", "Hall 3",
        "the 20th congress", "第三次", "the first time", "C919", "5G and 6G", "Wudao 3.0", "the 2.0 plan",
        "SAIC MG", "call 010-63074375", "sp20241105", "No.57 Xuanwumen", "前三季度", "上半年",
        "the first three quarters", "二季度", "1-5月", "十四五规划", "11月初", "2023年9月",
        "https://example.com/2023/12/08/44.3", "mail stats2023@example.com",
        "一个重要", "两家企业", "三项", "one of the best", "the first half of the year",
        "1—5月", "1－5月", "2021—2023年", "五千亿级产业集群", "5000亿级", "万亿级", "三大",
        "per 10,000 people", "for every 10,000 workers", "for each 1,000 residents",
        "the CSI 300 index", "the S&P 500", "on Line 2", "Floor 23", "Unit 4",
        "Session 4B", "Hall 4B", "Gate 12A", "Panel 3", "Workshop 2", "Building 5",
        "最近百度发布", "附近百货大楼", "近百年老店",
    ],
)
def test_not_figures(text: str) -> None:
    assert [m.text for m in extract(text)] == []


def test_a_label_letter_is_no_scale() -> None:
    # "Session 4B" is a session's name; "$4B" is four billion dollars
    assert [(m.text, m.value) for m in extract("Session 4B drew about 200 delegates; revenue hit $4B.")] == [
        ("200", 200.0), ("$4B", 4e9)]


def test_ranges_give_both_ends() -> None:
    assert [(m.text, m.value, m.unit) for m in extract("between 10%-20%")] == [
        ("10%", 10.0, "percent"), ("20%", 20.0, "percent")]
    found = extract("10 to 20 percent")
    assert [(m.value, m.unit) for m in found] == [(10.0, "percent"), (20.0, "percent")]
    found = extract("投资3-5亿元")
    assert [(m.value, m.unit) for m in found] == [(3e8, "CNY"), (5e8, "CNY")]
    assert [m.text for m in extract("three to five days")] == ["three", "five days"]
    assert [(m.value, m.unit) for m in extract("a 10-20% range")] == [(10.0, "percent"), (20.0, "percent")]


def test_names_with_numbers_are_not_figures() -> None:
    assert extract("Chang'e-6 returned samples; COVID-19 eased") == []


def test_positions_are_code_points_from_one() -> None:
    text = "标题\n北京数字经济占比44.3%，增长8.5%。\n"
    found = extract(text)
    assert [(m.line, m.column, m.end_line, m.end_column) for m in found] == [(2, 9, 2, 14), (2, 17, 2, 21)]
    for m in found:
        assert text[m.start:m.end] == m.text


def test_crlf_columns() -> None:
    text = "a\r\nGDP grew 5.2%\r\nthen 3%"
    found = extract(text)
    assert [(m.line, m.column) for m in found] == [(2, 10), (3, 6)]


def test_markdown_hides_front_matter_code_comments_and_links() -> None:
    text = (
        "---\ndate: 2024-11-05\nviews: 1200\n---\n"
        "Shares rose 5%. `x = 44.3%` and\n```\nprint(853.69)\n```\n"
        "<!-- draft: 12% -->[the 2023 report](https://x.org/a/12.5%/b) says 7.1%.\n"
        '<img src="chart-42.png" width="300"> 8.8%\n'
    )
    found = extract(text, mask_markdown(text))
    assert [m.text for m in found] == ["5%", "7.1%", "8.8%"]
    for m in found:
        assert text[m.start:m.end] == m.text


def test_html_hides_tags_and_scripts() -> None:
    text = '<p class="x-12">GDP grew <b>5.2%</b></p><script>var a = 44.3;</script>'
    assert [m.text for m in extract(text, mask_html(text))] == ["5.2%"]
