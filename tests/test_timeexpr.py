"""Time phrases in drafts, resolved against the draft's date."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.timeexpr import find_times

DRAFT = date(2024, 11, 5)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a part of a year named without its year, after a year named as such
        # in the same sentence, is of that year
        ("A year ago, output rose 8.7% in the first half", "2023-H1"),
        ("一年前，上半年产量增长34.3%", "2023-H1"),
        # not across a sentence, nor after a year carried over or a bare number
        ("In 2023, output rose 5%. In the first half, it fell.", "2024-H1"),
        ("2014年为48.2件。全年数字经济比重为42.9%，此前公布的前三季度数据为44.3%", "2024-Q1/2024-Q3"),
        ("甘肃盘点2055件专利，1-5月增长100%", "2024-01/2024-05"),
    ],
)
def test_a_part_of_the_year_named_before(text: str, label: str) -> None:
    assert str(find_times(text, DRAFT)[-1].period) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("in 2023", "2023"),
        ("2023年", "2023"),
        ("先说2023年全年：", "2023"),  # the year's own "full year", after a word, not the draft's
        ("2023年全年", "2023"),
        ("今年全年", "2024"),
        ("this year", "2024"),
        ("last year", "2023"),
        ("今年", "2024"),
        ("去年", "2023"),
        ("过去一年", "2023"),  # as "the past year": the year before the draft's
        ("过去的一年", "2023"),
        ("the first half of 2024", "2024-H1"),
        ("the first half of the year", "2024-H1"),
        ("H1 2024", "2024-H1"),
        ("the first-half data", "2024-H1"),  # hyphenated, as an adjective
        ("third-quarter output", "2024-Q3"),
        ("First-half 2024: the numbers", "2024-H1"),  # a year after a hyphenated half is its year
        ("in autumn 2023, it employed", "2023-09/2023-11"),  # a season of a year named
        ("the spring of 2023", "2023-03/2023-05"),
        ("third-quarter 2023 output", "2023-Q3"),
        ("上半年", "2024-H1"),
        ("2023年上半年", "2023-H1"),
        ("Q1-Q3 2023", "2023-Q1/2023-Q3"),
        ("the first three quarters of this year", "2024-Q1/2024-Q3"),
        ("the first three quarters", "2024-Q1/2024-Q3"),
        ("前三季度", "2024-Q1/2024-Q3"),
        ("今年前三季度", "2024-Q1/2024-Q3"),
        ("去年前三季度", "2023-Q1/2023-Q3"),
        ("一季度", "2024-Q1"),
        ("the third quarter of 2023", "2023-Q3"),
        ("January to May", "2024-01/2024-05"),
        ("January to May this year", "2024-01/2024-05"),
        ("1-5月", "2024-01/2024-05"),
        ("1至5月", "2024-01/2024-05"),
        ("the first five months of this year", "2024-01/2024-05"),
        ("前5个月", "2024-01/2024-05"),
        ("by the end of October", "2024-10-31"),
        ("by the end of October 2023", "2023-10-31"),
        ("as of the end of this October", "2024-10-31"),
        ("the first half of calendar 2023", "2023-H1"),
        ("Take 2023, the latest full year", "2023"),  # a bare year before a comma is a year
        ("截至10月底", "2024-10-31"),
        ("截至2023年底", "2023-12-31"),
        ("by the end of 2023", "2023-12-31"),
        ("in October", "2024-10"),
        ("May 2020", "2020-05"),
        ("Sept. 2023", "2023-09"),
        ("As at 30 June 2024, the capital had", "2024-06"),  # a comma or a full stop after the year ends it
        ("on 30 June 2024.", "2024-06"),
        ("2021-2023年", "2021/2023"),
        ("covering 2021 to 2023", "2021/2023"),
        ("from 2021 through 2023", "2021/2023"),
        ("five years ago", "2019"),
        ("a year ago", "2023"),
        ("一年前", "2023"),
        ("5年前", "2019"),
        ("so far this year", "2024-01/2024-10"),
        ("as of June", "2024-06"),  # the last June
        ("as at March 2023", "2023-03"),
        ("at the year end", "2023-12-31"),  # a report's year end: the last one
        ("at year-end", "2023-12-31"),
        ("今年以来", "2024-01/2024-10"),  # the year so far, as "so far this year"
        ("since the start of the year", "2024-01/2024-10"),
        ("so far in 2024", "2024-01/2024-10"),
        ("so far in 2023", "2023"),  # written later: that year
        ("for full-year 2023", "2023"),  # the whole year, with its own year
        ("the full year of 2023", "2023"),
    ],
)
def test_periods(text: str, label: str) -> None:
    found = find_times(text, DRAFT)
    assert found, text
    assert str(found[0].period) == label or found[0].period.label == label.replace("2021/2023", "2021-01/2023-12")


def test_a_part_of_year_not_yet_begun_is_last_years() -> None:
    # In February, "the first three quarters" can only mean last year's.
    assert str(find_times("前三季度", date(2024, 2, 10))[0].period) == "2023-Q1/2023-Q3"
    # ... unless "this" says the year: "the end of this October", written in February, is to come
    assert str(find_times("by the end of this October", date(2024, 2, 10))[0].period) == "2024-10-31"
    assert str(find_times("by the end of October", date(2024, 2, 10))[0].period) == "2023-10-31"


@pytest.mark.parametrize(
    "text",
    [
        "同比增长5%",
        "比上年增长5%",
        "over the same period last year",
        "an increase over the previous year",
        "established in 2021",
        "成立于2015年",
        "founded just 7 years ago",
        "rising 34.3% on the same months of 2023",
        "a firm set up a year ago",
    ],
)
def test_comparison_bases_and_beginnings_are_not_periods(text: str) -> None:
    assert find_times(text, DRAFT) == []


def test_the_same_year_refers_back() -> None:
    found = find_times("In 2020 the plan began. In May of the same year, 40 universities joined.", DRAFT)
    assert [str(t.period) for t in found] == ["2020", "2020-05"]


def test_a_full_year_with_its_own_year_does_not_refer_back() -> None:
    found = find_times("2022年开局平稳。先说2023年全年：技术合同106552项", DRAFT)
    assert [str(t.period) for t in found] == ["2022", "2023"]


@pytest.mark.parametrize(
    ("text", "today", "label"),
    [
        ("By the end of last month Shanghai had 1.27 million", date(2024, 11, 25), "2024-10-31"),
        ("at the end of the previous month", date(2024, 1, 25), "2023-12-31"),
    ],
)
def test_the_end_of_last_month(text: str, today: date, label: str) -> None:
    (found,) = find_times(text, today)
    assert str(found.period) == label and found.relative


@pytest.mark.parametrize(
    "text", ["The authorities have now published the full tally.", "The table is now live.", "now available online"]
)
def test_now_of_a_publication_dates_no_figure(text: str) -> None:
    assert find_times(text, DRAFT) == []


def test_a_founding_years_ago_dates_no_later_part_of_year() -> None:
    # "founded 7 years ago, flew ... in November": this year's November
    found = find_times("iSpace, founded just 7 years ago, flew its second rocket in November.", date(2024, 12, 9))
    assert [str(t.period) for t in found] == ["2024-11"]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # "that year" is the year named before, "through 2024" names one
        ("The setting kept changing through 2024. By the end of that year 800 units had joined.",
         ["2024", "2024-12-31"]),
        # "late 2023" is of 2023: "that year" after it too
        ("It reached 1,000 hospitals by late 2023, and 160 staff by the end of that year.",
         ["2023", "2023-12-31"]),
        ("Early 2022 was quiet; mid-2021 was not.", ["2022", "2021"]),
    ],
)
def test_that_year_and_years_named_with_through_late_early(text: str, periods: list[str]) -> None:
    assert [str(t.period) for t in find_times(text, DRAFT)] == periods


@pytest.mark.parametrize(
    "text", ["目前", "As of this autumn", "this summer", "so far", "has since", "Today", "these days"]
)
def test_now_words_are_current(text: str) -> None:
    (found,) = find_times(text, DRAFT)
    assert found.current and str(found.period) == "2024" and (found.start, found.end) == (0, len(text))


# find_times skips a pattern when none of the words it needs is in the draft:
# every match of every pattern must contain one of them, or a period would be
# lost. Checked on the seeds, every labelled draft and generated text.
_PIECES = [
    "in 2023", "2023年", "上半年", "前三季度", "the first half of 2022", "Q1-Q3 2024", "H1 2023", "by the end of June",
    "截至6月底", "同期", "去年同期", "比上年", "since 2019", "established in 2020", "so far", "目前", "now",
    "last year", "1-5月", "3年前", "3 years ago", "the whole year", "全年", "the previous quarter", "上季度",
    "first two quarters", "in May", "May to July", "2023 figure", "2021-2023", "ſo far", "YEAR", "İn 2023", "Ｑ1",
    " ", "\n", "x", "1", "0", "２０",
]


def _corpus() -> list[str]:
    from tests.conftest import ROOT

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*/*.md"))]
    return texts


def _needed_words_present(text: str) -> None:
    from factcheck import timeexpr

    patterns = [(needs, pattern) for pattern, needs in zip(timeexpr._COMPARISONS, timeexpr._COMPARISON_NEEDS)]
    patterns += [(timeexpr._NEEDS[kind], pattern) for kind, pattern in timeexpr._PATTERNS]
    for needs, pattern in patterns:
        for match in pattern.finditer(text):
            folded = match.group(0).casefold()
            assert any(word in folded for word in needs), (pattern.pattern[:60], match.group(0))


def test_every_match_has_a_word_its_pattern_needs() -> None:
    for text in _corpus():
        _needed_words_present(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_every_match_has_a_word_its_pattern_needs_generated(text: str) -> None:
    _needed_words_present(text)


_FRAGMENTS = [
    "in 2023", "2023年", "this year", "last year", "a year ago", "years ago", "年前", "the first half", "上半年",
    "Q1-Q3 2023", "前三季度", "January to May", "1-5月", "by the end of October", "截至10月底", "now", "目前",
    "the same year", "全年", "end of the year", "last quarter", "since 2019", "compared with 2022", "比上年", "同期",
    "2021-2023年", "2023 to 2025", "May 2020", "in May", "year", "20", " ", ", ", ". ", "。", "\n\n", "rose 5%",
    "2055件", "recently", "去年", "过去一年", "months", "年底",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.integers(0, 300).map(lambda n: "x" * n)), max_size=40))
def test_scanning_around_the_words_finds_what_a_whole_scan_finds(parts: list[str]) -> None:
    """Each pattern runs only around the words it needs (timeexpr._windows):
    the same periods as scanning the whole text."""
    _same_either_way("".join(parts))


# "ſo far" is "so far" to the case folding that chooses the patterns, and
# to re.I: its windows must be found where it stands
@pytest.mark.parametrize("text", ["Output is ſo far up 5%.", "ſince 2019 up 4%", "the ſecond half of 2023"])
def test_scanning_around_the_words_with_letters_that_fold(text: str) -> None:
    _same_either_way(text)


def _same_either_way(text: str) -> None:
    from unittest import mock

    import factcheck.timeexpr as timeexpr

    windowed = [(t.start, t.end, str(t.period), t.relative) for t in find_times(text, DRAFT)]
    with mock.patch.object(timeexpr, "_windows", lambda folded, needs, length: [(0, length)]):
        whole = [(t.start, t.end, str(t.period), t.relative) for t in find_times(text, DRAFT)]
    assert windowed == whole


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # the last period of as many months named before, across a year in between
        ("In the first half of 2023 X rose. In 2022 it fell. Y climbed over those six months.",
         ["2023-H1", "2022", "2023-H1"]),
        ("The data cover January to September. It made up 44.3% over those nine months.",
         ["2024-Q1/2024-Q3", "2024-Q1/2024-Q3"]),
        ("A year ago, value added rose 8.7% in the first half. Output grew 34.3% over the same six months.",
         ["2023", "2023-H1", "2023-H1"]),
        # none of that length named before: no period
        ("In 2023 output rose. It grew 5% over those six months.", ["2023"]),
    ],
)
def test_those_months_are_the_months_named_before(text: str, periods: list[str]) -> None:
    assert [str(t.period) for t in find_times(text, DRAFT)] == periods


def test_today_s_as_a_label_is_no_period() -> None:
    assert find_times("# Zhongguancun Forum app: today's notifications", DRAFT) == []


def test_the_whole_year_is_not_a_comparisons_base_year() -> None:
    # "由2014年的48.2件提高到262.9件" compares with 2014; "全年" after it is the year the text is about
    text = "2023年，北京每万人发明专利拥有量由2014年的48.2件提高到262.9件。全年涌现出一批成果。"
    times = {text[t.start:t.end]: t.period.label for t in find_times(text, date(2024, 8, 30))}
    assert times["全年"] == "2023"
    english = "In 2023 the count rose from 2014's 48.2 to 262.9. Over the whole year, 106,552 contracts were signed."
    times = {english[t.start:t.end]: t.period.label for t in find_times(english, date(2024, 8, 30))}
    assert times["Over the whole year"] == "2023"


@pytest.mark.parametrize(
    ("today", "text", "expected"),
    [
        (date(2024, 6, 20), "granted between January and May this year",
         {"between January and May this year": "2024-01/2024-05"}),
        (date(2024, 6, 20), "between January and June 2023", {"between January and June 2023": "2023-H1"}),
        # "and" without "between" joins two months, not a range
        (date(2024, 6, 20), "in January and May 2024", {"in January": "2024-01", "May 2024": "2024-05"}),
        # "of that year" after a back-reference takes the year named before it, not the reference's draft year
        (date(2025, 2, 10), "Output rose 16.2% in the first three quarters of 2024 and 12.6% over the same nine "
         "months. Between January and June of that year, investment rose 10.6%.",
         {"the first three quarters of 2024": "2024-Q1/2024-Q3", "the same nine months": "2024-Q1/2024-Q3",
          "Between January and June of that year": "2024-H1"}),
    ],
)
def test_month_ranges_with_between(today: date, text: str, expected: dict[str, str]) -> None:
    found = {text[t.start:t.end]: t.period.label for t in find_times(text, today)}
    assert found == expected


def test_a_part_of_the_year_not_yet_over_is_last_years() -> None:
    # "the first three quarters of the year" in January is last year's, as "the first three quarters" is;
    # "of this year" still says this year
    january = date(2025, 1, 20)
    text = "in the first three quarters of the year; the first half of this year"
    found = {text[t.start:t.end]: t.period.label for t in find_times(text, january)}
    assert found == {"the first three quarters of the year": "2024-Q1/2024-Q3",
                     "the first half of this year": "2025-H1"}


def test_a_month_with_its_day_is_no_month_of_its_own() -> None:
    """ "as of Oct. 31, 2023" is a day of 2023, not October of the draft's year."""
    assert all(t.period.label != "2024-10" for t in find_times("cumulative as of Oct. 31, 2023", DRAFT))
