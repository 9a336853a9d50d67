"""Periods: the time a figure is about, as a real interval of days.

Claims write periods in a small grammar (``2023``, ``2023-H1``, ``2023-Q3``,
``2023-05``, ``2023-01/2023-05``, ``2023-Q1/2023-Q3``, ``2023-10-31``);
drafts write them in words, which ``timeexpr`` turns into the same records.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from factcheck.regexcache import compile as rx

_DAY = timedelta(days=1)
_ISO_DAY = rx(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_day(text: str) -> date | None:
    """A YYYY-MM-DD day (as ``strptime(text, "%Y-%m-%d")`` reads it), or None.
    (strptime imports locale and calendar on first use: a millisecond of a run
    given --date.)"""
    match = _ISO_DAY.fullmatch(text.strip())
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


class Period(NamedTuple):
    start: date
    end: date
    label: str  # canonical text, e.g. "2023-Q1/2023-Q3"

    @property
    def is_point(self) -> bool:
        """A stock at a date ("by the end of October") rather than a flow."""
        return self.start == self.end

    def __str__(self) -> str:
        return self.label

    def same_span(self, other: Period) -> bool:
        return self.start == other.start and self.end == other.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def within(self, other: Period) -> bool:
        return other.start <= self.start and self.end <= other.end

    def shifted_years(self, years: int) -> Period:
        """The same span ``years`` later (negative: earlier)."""
        return make_range(_shift(self.start, years), _shift(self.end, years), self.is_point)


def _shift(day: date, years: int) -> date:
    year = day.year + years
    return date(year, day.month, min(day.day, month_end(year, day.month).day))


def month_end(year: int, month: int) -> date:
    # (not calendar.monthrange: importing calendar is half a millisecond of every run)
    return date(year, month + 1, 1) - _DAY if month < 12 else date(year, 12, 31)


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), str(year))


def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * quarter - 2
    return Period(date(year, first, 1), month_end(year, first + 2), f"{year}-Q{quarter}")


def half_period(year: int, half: int) -> Period:
    first = 1 if half == 1 else 7
    return Period(date(year, first, 1), month_end(year, first + 5), f"{year}-H{half}")


def month_period(year: int, month: int) -> Period:
    return Period(date(year, month, 1), month_end(year, month), f"{year}-{month:02d}")


def point_period(day: date) -> Period:
    return Period(day, day, day.isoformat())


def make_range(start: date, end: date, point: bool = False) -> Period:
    """The canonical record for an interval, using the tersest label."""
    if point and start == end:
        return point_period(start)
    return Period(start, end, _label(start, end))


def _label(start: date, end: date) -> str:
    whole_months = start.day == 1 and end == month_end(end.year, end.month)
    if not whole_months:
        return f"{start.isoformat()}/{end.isoformat()}"
    if start.year == end.year:
        first, last = start.month, end.month
        if (first, last) == (1, 12):
            return str(start.year)
        if (first, last) in ((1, 6), (7, 12)):
            return f"{start.year}-H{1 if first == 1 else 2}"
        if first == last:
            return f"{start.year}-{first:02d}"
        if first % 3 == 1 and last == first + 2:
            return f"{start.year}-Q{(first + 2) // 3}"
        if first % 3 == 1 and last % 3 == 0:
            return f"{start.year}-Q{(first + 2) // 3}/{start.year}-Q{last // 3}"
    return f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}"


_SINGLE = rx(
    r"^(?P<year>\d{4})(?:-(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?$"
)


def _parse_single(text: str) -> Period:
    match = _SINGLE.match(text)
    if not match:
        raise ValueError(
            f"{text!r} is not a period (expected 2023, 2023-H1, 2023-Q3, 2023-05 or 2023-10-31)"
        )
    year = int(match.group("year"))
    if match.group("half"):
        return half_period(year, int(match.group("half")[1]))
    if match.group("quarter"):
        return quarter_period(year, int(match.group("quarter")[1]))
    if match.group("month"):
        month = int(match.group("month"))
        if not 1 <= month <= 12:
            raise ValueError(f"{text!r}: month {month} does not exist")
        if match.group("day"):
            try:
                return point_period(date(year, month, int(match.group("day"))))
            except ValueError as exc:
                raise ValueError(f"{text!r}: {exc}") from None
        return month_period(year, month)
    return year_period(year)


_PARSED: dict[str, Period] = {}  # a database repeats a few thousand periods over 100,000 claims


def parse_period(text: object) -> Period:
    """Parse a claim's period; ValueError with a readable reason otherwise."""
    if type(text) is str:
        found = _PARSED.get(text)
        if found is None:
            found = _parse_period(text)
            if len(_PARSED) < 20_000:
                _PARSED[text] = found
        return found
    return _parse_period(text)


def _parse_period(text: object) -> Period:
    if isinstance(text, int) and not isinstance(text, bool):
        text = str(text)
    if isinstance(text, date):
        return point_period(text)
    if not isinstance(text, str):
        raise ValueError(f"a period must be text such as 2023-Q1/2023-Q3, not {text!r}")
    text = text.strip()
    if "/" in text:
        first, _, last = text.partition("/")
        start, end = _parse_single(first.strip()), _parse_single(last.strip())
        if end.end < start.start:
            raise ValueError(f"{text!r}: the range ends before it starts")
        return make_range(start.start, end.end)
    return _parse_single(text)
