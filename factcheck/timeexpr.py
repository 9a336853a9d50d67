"""Time expressions in drafts ("the first three quarters of this year",
"2023年上半年", "by the end of October", "去年") turned into Periods.

Relative expressions are resolved against the draft's date; a part of a year
named without its year ("前三季度", "the first half") is the latest such
period that has begun by that date, as a news reader would understand it.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import NamedTuple

from factcheck.periods import (
    Period,
    half_period,
    make_range,
    month_end,
    month_period,
    point_period,
    quarter_period,
    year_period,
)
from factcheck.regexcache import compile as rx

_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_EN_COUNT = {"two": 2, "three": 3, "2": 2, "3": 3}
_COUNT_WORDS = {
    **{str(n): n for n in range(1, 12)},
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    "十一": 11,
}
_ZH_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_MONTH = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_ZH_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"

# Dashes between the ends of a range, as typeset: hyphen, en and em dashes,
# full-width forms, tildes.
_DASH = "-–—―－~～〜"
_YEAR_EN = r"(?:calendar )?(?P<y>(?:19|20)\d{2})|(?P<rel>this year|last year|the previous year|the past year|next year|the same year|that year|the year)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # English ---------------------------------------------------------------
    ("en_ytd", rx(r"\b(?=[sSyY])(?:so far (?:this year|in (?P<y>(?:19|20)\d{2}))|year to date|year-to-date"
                  r"|since the start of (?:the|this) year)\b", re.I)),
    ("zh_ytd", rx(r"(?:今年|年初)以来|今年迄今")),  # the year so far, as "so far this year"
    ("en_quarters", rx(
        r"\b(?=[tTfF])(?:the )?first (?P<n>two|three|2|3) quarters(?: of (?:" + _YEAR_EN + r"))?", re.I)),
    ("en_q_range", rx(r"\b(?=[qQ])Q(?P<a>[1-4])\s?[" + _DASH + r"]\s?Q(?P<b>[1-4])(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2}))?\b", re.I)),
    ("en_quarter", rx(
        r"\b(?=[tTfFsS1-4])(?:the )?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of (?:" + _YEAR_EN + r")|\s+(?P<y3>(?:19|20)\d{2})\b)?", re.I)),
    ("en_q", rx(r"\bQ(?P<q>[1-4])(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2}))?\b|\b(?P<y2>(?:19|20)\d{2})[- ]?Q(?P<q2>[1-4])\b")),
    ("en_half", rx(
        r"\b(?=[tTfFsShH])(?:the )?(?P<o>first|second)[- ]half(?: of (?:" + _YEAR_EN + r")|\s+(?P<y3>(?:19|20)\d{2})\b)?|\bH(?P<h>[12])(?:\s+(?P<y2>(?:19|20)\d{2}))?\b", re.I)),
    ("en_month_range", rx(
        # ("between January and May": "and" only after "between"; "in January and May" is two months)
        r"\b(?=[fFjJmMaAsSoOnNdDbB])(?:from |(?P<between>between ))?(?P<a>" + _MONTH + r")\.?\s?"
        r"(?:to|through|[" + _DASH + r"]|(?(between)and|(?!)))\s?(?P<b>" + _MONTH + r")\b(?:\s+(?:of\s+)?(?:" + _YEAR_EN + r"))?",
        re.I)),
    ("en_months", rx(
        r"\b(?=[tTfF])(?:the )?first (?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]) months(?: of (?:" + _YEAR_EN + r"))?", re.I)),
    ("zh_months", rx(
        r"(?=[\d今去上前本])(?:(?P<y>(?:19|20)\d{2})年|(?P<rel>今年|去年|上年|前年|本年))?前(?P<n>[二两三四五六七八九十]|十一|[2-9]|1[01])个月")),
    ("en_end", rx(
        r"\b(?=[bBaAuUtTeE])(?:by |at |as of |until |to )?(?:the end of |end of |end-)(?:(?P<lm>last|the previous) month|(?P<this>this )?(?P<m>" + _MONTH + r")(?:,?\s+(?:of\s+)?(?:(?P<y>(?:19|20)\d{2})|(?P<rel2>this year|last year|the same year|the previous year)))?|(?:" + _YEAR_EN.replace("(?P<y>", "(?P<y3>") + r")|(?:the )?year)", re.I)),
    # "at the year end", in a report on a year gone by: the last year's end
    ("en_year_end", rx(r"\b(?=[aA])at (?:the )?year[- ]end\b", re.I)),
    ("en_month", rx(r"\bin (?P<m>" + _MONTH + r")(?:\s+(?P<y>(?:19|20)\d{2})|\s+of\s+(?P<rel>the same year|this year|last year))?\b(?!\.?\s+\d)", re.I)),
    # "as of June": the last June, as "in June" (a pattern of its own: "in " alone is found faster)
    ("en_month_as", rx(r"\bas (?:of|at) (?P<m>" + _MONTH + r")(?:\s+(?P<y>(?:19|20)\d{2}))?\b(?!\.?\s+\d)", re.I)),
    # "in autumn 2024", "the spring of 2023": that year's months of the season
    ("en_season_year", rx(r"\b(?=[sSaAfFwW])(?P<s>spring|summer|autumn|fall|winter)(?:\s+of)?\s+(?P<y>(?:19|20)\d{2})\b"
                          r"(?!\d|[,.]\d)", re.I)),
    ("en_month_year", rx(r"\b(?=[fFjJmMaAsSoOnNdD])(?P<m>" + _MONTH + r")\.?,?\s+(?P<y>(?:19|20)\d{2})\b(?!\d|[,.]\d)", re.I)),
    ("ago", rx(r"\b(?=[\dtfseaoAO])(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years ago|(?P<one>a|one) year ago)\b|(?=[\d一两二三四五六七八九十])(?P<zn>\d{1,2}|[一两二三四五六七八九十])年前(?![0-9一二三四五六七八九十]*月)", re.I)),
    ("year_range", rx(r"(?=[12])(?<![\d.])(?P<a>(?:19|20)\d{2})(?:\s?[" + _DASH + r"至到]\s?|\s(?:to|through|until)\s)(?P<b>(?:19|20)\d{2})(?:年)?(?![\d.])")),
    ("whole_year", rx(r"\b(?=[ftwo])(?:(?:(?:for |over |in )?the (?:whole|full|entire) year|full[- ]year)"
                      r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})(?![\d,.]\d))?\b|the year as a whole\b)|(?<!年)全年",
                      re.I)),  # "2023年全年": zh_year's; "full-year 2023": its own year
    # "over those six months", "in the same period": the period named before (see find_times)
    ("back", rx(r"\b(?=[tT])(?:those|these|the same) (?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"
                r"|eleven) months\b", re.I)),
    ("last_quarter", rx(r"\b(?=[tlp])(?:the )?(?:previous|last|preceding) quarter\b|上一?季度", re.I)),
    ("now", rx(r"\b(?=[usatcbnrh])(?:up to now|so far|to date|at present|currently|as of now|by now|now|recently"
                       r"|today(?!['’]s)|nowadays|these days"  # (not "today's notifications": a label)
                       r"|ha(?:ve|s) since"  # "by the end of 2023 ...; providers have since placed": up to now
                       r"|(?:as of )?this (?:month|quarter|week|spring|summer|autumn|fall|winter)"
                       r"|(?:in )?the current quarter)\b"
                       r"|(?=[目至截迄现如近当本这])(?:目前|(?<!截)至今|截至目前|迄今|现已|现在|如今|近日|当前|(?:截至)?本(?:月|季度|周)"
                       r"|这个月)", re.I)),
    ("en_year", rx(r"\b(?=[iofdsbtlem])(?:(?:(?:in|for|of|during|since|by|through|throughout|late|early|mid)\s+|mid-)(?P<y>(?:19|20)\d{2})\b|(?P<rel>this year|last year|the previous year|the past year)\b)|(?=[12])(?<![\d,.-])(?P<y2>(?:19|20)\d{2})(?=['’]s\b|\s+(?:figure|data|total|level|output|average))", re.I)),
    # Chinese ---------------------------------------------------------------
    ("zh_year_part", rx(
        r"(?=[\d今去上前明本当那第一二三四五六七八九十下截止到年底末])(?:(?P<y>(?:19|20)\d{2})年|(?P<rel>今年|去年|上年|前年|明年|本年|当年|那一?年))?"
        r"(?:(?P<q3>前(?P<n>[二两三2-3])(?:个)?季度)|(?P<qs>(?:第)?(?P<qn>[一二三四1-4])季度)|(?P<half>[上下])半年"
        r"|(?P<mr>(?P<ma>" + _ZH_MONTH + r")(?:月份?)?\s?[" + _DASH + r"至到]\s?(?P<mb>" + _ZH_MONTH + r")月(?:份)?)"
        r"|(?P<end>(?:截至|截止|到)?(?P<me>" + _ZH_MONTH + r")月(?:底|末))|(?P<ye>(?:截至|截止到?)?(?:年底|年末)|(?<=年)[底末])"
        r"|(?P<m>" + _ZH_MONTH + r")月(?:份)?(?![\d一二三四五六七八九十]*日))"
    )),
    ("zh_year", rx(r"(?P<y>(?:19|20)\d{2})年(?:全年|度)?(?![\d一二三四五六七八九十]+月|[上下]半年|前|第?[一二三四]季度)|(?P<rel>今年|去年|上年|前年|本年|过去的?一年)(?!前|第?[一二三四]季度|[上下]半年|\d|[一二三四五六七八九十]+月)")),
    # ("、2055件": a count with its measure word is no year)
    ("bare_year", rx(r"(?=[12])(?<![\d,.\w-])(?P<y>(?:19|20)\d{2})(?![\d%件个家项所台辆人名条套份万亿元倍]|[,.]\d"
                     r"|\s*(?:percent|yuan|people|companies|units))"
                     # "《国际科技创新中心指数2023》": the year an edition's title ends with
                     r"|(?<=[\u4e00-\u9fff])(?P<y2>(?:19|20)\d{2})(?=》)")),
]
# "the same period last year", "同比": a comparison base, not the figure's period.
# "established in 2021", "成立于2015年": when something began, not the figure's period.
# The Chinese and the English bases apart: the Chinese ones all begin with a
# literal, which lets the regex engine skip to them instead of trying every
# position (neither can begin inside the other's match, so the spans are the
# same as one pattern's).
_COMPARISONS = [
    rx(r"(?=[上去同比较与成创始设自从])(?:上年同期|去年同期|同期|比上年|比去年|较上年|较去年|[比较](?:19|20)\d{2}年(?:同期)?"
       r"|与(?:19|20)\d{2}年(?:同期)?相比|(?:成立|创立|始建|设立|创办)于?(?:19|20)\d{2}年|[自从](?:19|20)\d{2}年(?:起|以来|开始))"),
    rx(r"\b(?=[sotfcebliuvaSOTFCEBLIUVA])(?:same period (?:of )?last year"
       r"|(?:over|than|from|compared (?:with|to)|on) (?:the previous|the preceding|last|a) year"
       r"|(?:than|compared (?:with|to)|versus|vs\.?|on) (?:in |the )?(?:19|20)\d{2}\b(?!\s*(?:to|-|–)\s*(?:19|20)\d{2})"
       r"|(?:established|founded|set up|created|launched|opened|built|started|introduced|began)\s+in\s+(?:19|20)\d{2}"
       # "founded just 7 years ago": when it began, not the period of the sentence's figures
       r"|(?:established|founded|set up|created|launched|started)\s+(?:(?:just|only|some|about|nearly|almost)\s+)?"
       r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago"
       r"|\bsince\s+(?:19|20)\d{2}"
       # "rising 34.3% on the same months of 2023", "up 100% on the same months of last year"
       r"|(?:on|over|from|than(?: in)?|against|compared (?:with|to)|versus) (?:the )?same (?:months?|period|quarters?|half) "
       r"(?:(?:of|in) (?:(?:19|20)\d{2}|last year|the previous year)|last year|a year (?:earlier|before|ago)))",
       re.I),
]

# What each pattern cannot match without (in the case-folded text): a
# pattern none of whose words is in the draft is not run at all. Most drafts
# are in one language and name few kinds of period, so most of the patterns
# are skipped. tests/test_timeexpr.py checks every match has one.
_YEAR_SO_FAR = tuple(pattern for kind, pattern in _PATTERNS if kind in ("en_ytd", "zh_ytd"))
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NEEDS: dict[str, tuple[str, ...]] = {
    "en_ytd": ("so far this year", "so far in", "year to date", "year-to-date", "since the start of"),
    "zh_ytd": ("以来", "迄今"),
    "en_quarters": ("quarters",),
    "en_q_range": ("q1", "q2", "q3", "q4"),
    "en_quarter": ("quarter",),
    "en_q": ("q1", "q2", "q3", "q4"),
    "en_half": ("half", "h1", "h2"),
    "en_month_range": _MONTH_STEMS,
    "en_months": ("months",),
    "zh_months": ("个月",),
    "en_end": ("end of", "end-"),
    "en_year_end": ("year end", "year-end"),
    "en_month": tuple(f"in {stem}" for stem in _MONTH_STEMS),
    "en_month_as": ("as of ", "as at "),
    "en_month_year": _MONTH_STEMS,
    "ago": ("years ago", "year ago", "年前"),
    "year_range": ("19", "20"),
    "whole_year": ("year", "全年"),
    "back": ("those", "these", "the same"),
    "last_quarter": ("quarter", "季度"),
    "now": ("now", "so far", "to date", "at present", "currently", "recently", "have since", "has since",
            "today", "these days",
            "this month", "this quarter", "this week", "current quarter", "this spring",
            "this summer", "this autumn", "this fall", "this winter",
            "目前", "至今", "迄今", "现已", "现在", "如今", "近日", "当前", "本月", "本季度", "本周", "这个月"),
    "en_year": ("19", "20", "year"),
    "en_season_year": ("spring", "summer", "autumn", "fall", "winter"),
    "zh_year_part": ("季度", "半年", "月", "年"),
    "zh_year": ("年",),
    "bare_year": ("19", "20"),
}
_COMPARISON_NEEDS = (
    ("同期", "上年", "去年", "年"),
    ("year", "than", "compared", "versus", "against", "vs", "on ", "established", "founded", "set up", "created", "launched", "opened", "built", "started",
     "introduced", "began", "since"),
)


_YEAR_WORD = rx(r"(?:19|20)\d\d|this year|last year|next year|the year|今年|去年|上年|前年|明年|本年|当年|那一?年", re.I)
_SENTENCE_BREAK = rx(r"[。！？!?]|\.\s|\s#{1,6}\s")  # (a Markdown heading ends it too, in a flattened text)
# A year named as such ("in 2023", "2023年", "last year", "a year ago", 去年),
# not one carried over ("全年") nor a bare number that may be a count.
_YEAR_NAMED = rx(
    r"\b(?:in|during|for|of) (?:19|20)\d\d|(?:19|20)\d\d年|this year|last year|next year|years? ago"
    r"|今年|去年|上年|前年|明年|本年|年前",
    re.I,
)


_BASE = rx(r"(?:的)?(?:基数|同期|水平)")


def _bare_part(text: str, time: TimeMention, before: TimeMention) -> bool:
    """A part of a year named without its year ("the first half") shortly
    after a whole year in the same sentence ("A year ago, ..."): of that year."""
    return (
        part_without_year(text, time)
        and before.period.label.isdigit()
        and bool(_YEAR_NAMED.search(text, before.start, before.end))
        and time.start - before.end <= 100
        and not _SENTENCE_BREAK.search(text, before.end, time.start)
        and not _BASE.match(text, before.end)  # "上年基数较高": a comparison's base, no period of what follows
    )


def part_without_year(text: str, time: TimeMention) -> bool:
    """A part of a year that names none ("by the end of October", "上半年"):
    resolved against the draft's date for want of one."""
    return (
        time.relative
        and not time.current
        and time.period.label[:4].isdigit()
        and not time.period.label.isdigit()
        and not _YEAR_WORD.search(text, time.start, time.end)
    )


def names_year_so_far(words: str) -> bool:
    """The words of a period are the year so far ("so far this year", 今年以来,
    "since the start of the year")."""
    return any(pattern.fullmatch(words) for pattern in _YEAR_SO_FAR)


def names_a_year(text: str, time: TimeMention) -> bool:
    """A whole year, by its number ("2023", "2023年"; "last year" is not)."""
    return time.period.label.isdigit() and bool(NAMED_YEAR.search(text, time.start, time.end))


def in_year(time: TimeMention, year: int) -> TimeMention:
    """The same part of another year."""
    return TimeMention(time.start, time.end, time.period.shifted_years(year - time.period.end.year), False)


_BASE_BEFORE = rx(
    r"(?:由|从|较|比|自|而|\bfrom|\bsince|compared with)\s?$"  # "由2014年的", "而2014年"
    r"|\b(?:against|from|compared with|versus|vs\.?)\s+[\d.,]+\s*(?:%|percent|per cent)?\s*$",  # "against 48.2 in 2014"
    re.I,
)
_PUBLISHED = rx(
    r"\s+(?:been\s+)?(?:published|released|out|live|available|issued|announced|confirmed|posted|online)\b", re.I
)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (1, 2)}
NAMED_YEAR = rx(r"(?:19|20)\d{2}")  # a span that names its own year
_YEAR_END = rx(r"(?:截至|截止到?)?(?:年底|年末)")  # "年末全市…": the end of the year named before
_SAME_YEAR = rx(
    r"same year|that year|同年|当年|那一?年|(?:whole|full|entire) year|year as a whole|full[- ]year|全年|end of the year", re.I
)


class TimeMention(NamedTuple):
    start: int
    end: int
    period: Period
    relative: bool  # resolved against the draft's date
    current: bool = False  # "now", "目前": the draft's present, not a named period


def _year(match: re.Match[str], today: date, default_latest: tuple[int, int] | None = None) -> tuple[int, bool]:
    """(year, relative?) named by a match's y / rel groups; defaults to the
    draft's year, or the year before when the part of year has not begun."""
    groups = match.groupdict()
    for key in ("y", "y2", "y3"):
        if groups.get(key):
            return int(groups[key]), False
    rel = (groups.get("rel") or groups.get("rel2") or "").lower()
    if rel in ("last year", "the previous year", "the past year", "去年", "上年", "过去一年", "过去的一年"):
        return today.year - 1, True
    if rel in ("前年",):
        return today.year - 2, True
    if rel in ("next year", "明年"):
        return today.year + 1, True
    if rel and rel != "the year":  # ("the first three quarters of the year" in January: the last ones)
        return today.year, True
    if default_latest and (today.month < default_latest[0]):
        return today.year - 1, True
    return today.year, True


def _resolve(kind: str, m: re.Match[str], today: date) -> tuple[Period, bool] | None:
    g = m.groupdict()
    if kind in ("en_ytd", "zh_ytd") and g.get("y") and int(g["y"]) != today.year:
        return year_period(int(g["y"])), False  # "so far in 2023", written later: that year
    if kind in ("en_ytd", "zh_ytd"):
        return make_range(date(today.year, 1, 1), month_end(today.year, max(1, today.month - 1))), not g.get("y")
    if kind == "en_quarters":
        n = _EN_COUNT[g["n"].lower()]
        year, rel = _year(m, today, (3 * n + 1, 0))
        return make_range(date(year, 1, 1), month_end(year, 3 * n)), rel
    if kind == "en_q_range":
        year, rel = _year(m, today, (3 * int(g["b"]) + 1, 0))
        return make_range(quarter_period(year, int(g["a"])).start, quarter_period(year, int(g["b"])).end), rel
    if kind == "en_quarter":
        q = _EN_ORD[g["o"].lower()]
        year, rel = _year(m, today, (3 * q + 1, 0))
        return quarter_period(year, q), rel
    if kind == "en_q":
        q = int(g["q"] or g["q2"])
        year, rel = _year(m, today, (3 * q + 1, 0))
        return quarter_period(year, q), rel
    if kind == "en_half":
        h = int(g["h"]) if g.get("h") else (1 if g["o"].lower() == "first" else 2)
        year, rel = _year(m, today, (7 if h == 1 else 13, 0))
        return half_period(year, h), rel
    if kind in ("en_months", "zh_months"):
        n = _COUNT_WORDS[g["n"].lower()]
        year, rel = _year(m, today, (n + 1, 0))
        return make_range(date(year, 1, 1), month_end(year, n)), rel
    if kind == "en_month_range":
        a, b = _MONTH_NAMES[g["a"].lower()], _MONTH_NAMES[g["b"].lower()]
        year, rel = _year(m, today, (b + 1, 0))
        return make_range(date(year, a, 1), month_end(year, b)), rel
    if kind == "en_end":
        if g.get("lm"):  # "by the end of last month"
            year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
            return point_period(month_end(year, month)), True
        if g.get("m"):
            month = _MONTH_NAMES[g["m"].lower()]
            # ("the end of this October": the draft's year's, even one still to come)
            year, rel = (today.year, True) if g.get("this") else _year(m, today, (month, 0))
            return point_period(month_end(year, month)), rel
        year, rel = _year(m, today)
        return point_period(date(year, 12, 31)), rel
    if kind == "en_season_year":
        year = int(g["y"])
        first, last = _SEASONS[g["s"].lower()]
        return make_range(date(year, first, 1), month_end(year, last)), False
    if kind == "en_year_end":
        year = today.year if (today.month, today.day) == (12, 31) else today.year - 1
        return point_period(date(year, 12, 31)), True
    if kind in ("en_month", "en_month_as", "en_month_year"):
        month = _MONTH_NAMES[g["m"].lower()]
        year, rel = _year(m, today, (month, 0))
        return month_period(year, month), rel
    if kind == "ago":
        n = 1 if g.get("one") else _COUNT_WORDS.get((g.get("n") or g.get("zn") or "").lower())
        if n is None:
            return None
        return year_period(today.year - n), True
    if kind == "year_range":
        a, b = int(g["a"]), int(g["b"])
        if not a < b:
            return None
        return make_range(date(a, 1, 1), date(b, 12, 31)), False
    if kind == "whole_year":
        if g.get("y"):
            return year_period(int(g["y"])), False
        return year_period(today.year), True  # the year named before, when there is one (see find_times)
    if kind == "back":
        n = _COUNT_WORDS.get(g["n"].lower())
        if n is None or not 1 <= n <= 12:
            return None
        # (a placeholder of its length: find_times puts the period named before in its place)
        return make_range(date(today.year, 1, 1), month_end(today.year, n)), True
    if kind == "last_quarter":
        quarter = (today.month - 1) // 3  # the quarter before the draft's
        year = today.year if quarter else today.year - 1
        return quarter_period(year, quarter or 4), True
    if kind == "now":
        return year_period(today.year), True
    if kind in ("en_year", "zh_year", "bare_year"):
        year, rel = _year(m, today)
        return year_period(year), rel
    if kind == "zh_year_part":
        return _resolve_zh_part(m, today)
    return None


def _zh_month(text: str) -> int:
    if text.isdigit():
        return int(text)
    return {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
            "十一": 11, "十二": 12}[text]


def _resolve_zh_part(m: re.Match[str], today: date) -> tuple[Period, bool] | None:
    g = m.groupdict()
    if g["q3"]:
        n = _ZH_NUM[g["n"]]
        year, rel = _year(m, today, (3 * n + 1, 0))
        return make_range(date(year, 1, 1), month_end(year, 3 * n)), rel
    if g["qs"]:
        q = _ZH_NUM[g["qn"]]
        year, rel = _year(m, today, (3 * q + 1, 0))
        return quarter_period(year, q), rel
    if g["half"]:
        h = 1 if g["half"] == "上" else 2
        year, rel = _year(m, today, (7 if h == 1 else 13, 0))
        return half_period(year, h), rel
    if g["mr"]:
        a, b = _zh_month(g["ma"]), _zh_month(g["mb"])
        if not (1 <= a <= b <= 12):
            return None
        year, rel = _year(m, today, (b + 1, 0))
        return make_range(date(year, a, 1), month_end(year, b)), rel
    if g["end"]:
        month = _zh_month(g["me"])
        year, rel = _year(m, today, (month, 0))
        return point_period(month_end(year, month)), rel
    if g["ye"]:
        year, rel = _year(m, today)
        return point_period(date(year, 12, 31)), rel
    if g["m"]:
        month = _zh_month(g["m"])
        if not 1 <= month <= 12:
            return None
        year, rel = _year(m, today, (month, 0))
        return month_period(year, month), rel
    return None


class _Spans:
    """Disjoint [start, end) spans kept sorted, so each overlap test is a
    binary search, not a scan (a text with many dates stays linear)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


# Every match of a pattern holds one of its words (_NEEDS) and is far shorter
# than this: a pattern is run only this far around its words' occurrences,
# which finds the same matches (tests/test_timeexpr.py compares both ways).
_WINDOW = 120


def _windows(folded: str | None, needs: tuple[str, ...], length: int) -> list[tuple[int, int]]:
    """The stretches of the text within _WINDOW characters of a word a
    pattern needs, merged; the whole text when they would cover most of it."""
    if folded is None:
        return [(0, length)]
    spans = []
    for word in needs:
        at = folded.find(word)
        while at >= 0:
            spans.append((max(0, at - _WINDOW), min(length, at + len(word) + _WINDOW)))
            if len(spans) > length // (4 * _WINDOW):
                return [(0, length)]  # words everywhere: one scan is cheaper
            at = folded.find(word, at + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def find_times(text: str, today: date) -> list[TimeMention]:
    """Every period named in ``text``, longest first where two overlap."""
    found: list[TimeMention] = []
    back: set[int] = set()  # where "those six months" and the like start
    taken = _Spans()
    folded = text.casefold()
    # Where the words stand: in the case-folded text the patterns were chosen
    # by ("ſo far" is "so far" to it, as to re.I), when folding keeps every
    # offset (it nearly always does; "ß" is "ss").
    windowed = folded if len(folded) == len(text) else None
    for pattern, needs in zip(_COMPARISONS, _COMPARISON_NEEDS):
        if any(word in folded for word in needs):
            for start, end in _windows(windowed, needs, len(text)):
                for match in pattern.finditer(text, start, end):
                    taken.add(match.start(), match.end())
    for kind, pattern in _PATTERNS:
        needs = _NEEDS[kind]
        if not any(word in folded for word in needs):
            continue
        for match in (m for start, end in _windows(windowed, needs, len(text)) for m in pattern.finditer(text, start, end)):
            if match.end() == match.start():
                continue
            if taken.overlaps(match.start(), match.end()):
                continue
            if kind == "now" and _PUBLISHED.match(text, match.end()):
                continue  # "have now published the full tally": the publication's date, not the figures'
            try:
                resolved = _resolve(kind, match, today)
            except (KeyError, ValueError):
                continue
            if resolved is None:
                continue
            period, relative = resolved
            found.append(TimeMention(match.start(), match.end(), period, relative, kind == "now"))
            taken.add(match.start(), match.end())
            if kind == "back":
                back.add(match.start())
    found.sort(key=lambda t: t.start)
    for position, time in enumerate(found):
        if position and _bare_part(text, time, found[position - 1]):
            # "A year ago, value added rose 8.7% in the first half": that year's half.
            found[position] = in_year(time, found[position - 1].period.end.year)
            continue
        if position and (_SAME_YEAR.search(text, time.start, time.end) or _YEAR_END.fullmatch(text, time.start, time.end)):
            if NAMED_YEAR.search(text, time.start, time.end):
                continue  # "2023年全年": its own year
            # "In May of the same year": the year named just before (not a
            # comparison's base: "由2014年的48.2件提高到262.9件。…全年…" is 2023's).
            before = next((t for t in reversed(found[:position])
                           if t.start not in back  # ("the same nine months": resolved below, from what it refers to)
                           and not _BASE_BEFORE.search(text, max(0, t.start - 30), t.start)), None)
            if before is not None:
                found[position] = in_year(time, before.period.end.year)
    return _referred_back(found, back) if back else found


def _referred_back(found: list[TimeMention], back: set[int]) -> list[TimeMention]:
    """ "Over those six months" is the last period of six months named
    before it; with none, it dates nothing."""
    kept: list[TimeMention] = []
    for time in found:
        if time.start in back:
            months = _months(time.period)
            before = next((t for t in reversed(kept) if t.start not in back and _months(t.period) == months), None)
            if before is None:
                continue
            time = TimeMention(time.start, time.end, before.period, before.relative, before.current)
        kept.append(time)
    return kept


def _months(period: Period) -> int:
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
