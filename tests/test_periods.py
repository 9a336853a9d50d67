from datetime import date

import pytest

from factcheck.periods import parse_period


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31), "2023"),
        (2023, date(2023, 1, 1), date(2023, 12, 31), "2023"),
        ("2023-H1", date(2023, 1, 1), date(2023, 6, 30), "2023-H1"),
        ("2023-H2", date(2023, 7, 1), date(2023, 12, 31), "2023-H2"),
        ("2023-Q3", date(2023, 7, 1), date(2023, 9, 30), "2023-Q3"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        ("2023-01/2023-05", date(2023, 1, 1), date(2023, 5, 31), "2023-01/2023-05"),
        ("2023-Q1/2023-Q3", date(2023, 1, 1), date(2023, 9, 30), "2023-Q1/2023-Q3"),
        ("2023-10-31", date(2023, 10, 31), date(2023, 10, 31), "2023-10-31"),
        (date(2023, 10, 31), date(2023, 10, 31), date(2023, 10, 31), "2023-10-31"),
        ("2022/2023", date(2022, 1, 1), date(2023, 12, 31), "2022-01/2023-12"),
    ],
)
def test_every_period_form(text, start, end, label):
    period = parse_period(text)
    assert (period.start, period.end, period.label) == (start, end, label)


def test_point_in_time_is_a_point():
    assert parse_period("2023-10-31").is_point
    assert not parse_period("2023-10").is_point


@pytest.mark.parametrize(
    "bad", ["2023-13", "2023-Q5", "2023-H3", "last year", "2023-02-30", "2023-05/2023-01", None, 1.5]
)
def test_bad_periods_are_refused(bad):
    with pytest.raises(ValueError):
        parse_period(bad)


def test_a_period_read_again_is_the_same_and_a_bad_one_still_refused():
    # Parsed periods are remembered by their text (a database repeats them); refusals are not.
    assert parse_period(" 2023-Q1/2023-Q3") == parse_period(" 2023-Q1/2023-Q3") == parse_period("2023-Q1/2023-Q3")
    for _ in range(2):
        with pytest.raises(ValueError, match="month 13 does not exist"):
            parse_period("2023-13")
    assert parse_period(2023) == parse_period("2023") and parse_period(2023).label == "2023"
    with pytest.raises(ValueError):
        parse_period(True)


def test_month_ends_agree_with_the_calendar() -> None:
    import calendar

    from factcheck.periods import month_end

    for year in (1900, 2000, 2023, 2024, 2100):  # leap years, and century years that are not
        for month in range(1, 13):
            assert month_end(year, month) == date(year, month, calendar.monthrange(year, month)[1])


@pytest.mark.parametrize("text", ["2023-12-08", "2024-02-29", "2023-1-5", "1999-12-31", "2023-13-01", "2023-02-29",
                                  "23-12-08", "2023/12/08", "2023-12-08T10:00", "yesterday", ""])
def test_days_are_read_as_strptime_reads_them(text: str) -> None:
    from datetime import datetime

    from factcheck.periods import parse_day

    try:
        expected: date | None = datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        expected = None
    assert parse_day(text) == expected
