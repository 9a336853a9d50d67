"""Find every figure in a text: value, unit, qualifier and exact position.

``extract(text)`` is pure (text in, mentions out). The rules it implements
are written down in docs/extraction.md. Every pattern here is anchored or
bounded, so the cost stays linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from factcheck.markup import mask_prose
from factcheck.numbers import (
    CJK_DIGITS,
    FULLWIDTH,
    chinese_numeral,
    cjk_scale,
    scale_factor,
)
from factcheck.regexcache import compile as rx
from factcheck.units import COUNT, PERCENT, POINTS, SCALED

_NEWLINE = rx(r"\r\n|\n|\r(?!\n)")


class Mention(NamedTuple):
    start: int  # offset of the first character
    end: int  # offset after the last character
    line: int
    column: int
    end_line: int
    end_column: int  # one past the last character, as in the contract's example (5 + 12 = 17)
    text: str
    value: float
    unit: str | None
    qualifier: str | None
    number: str  # the number as written, without scale: gives the rounding step
    scale: float = 1.0


# --- qualifiers -----------------------------------------------------------

_BEFORE_WORDS: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "above": "more_than", "exceeding": "more_than",
    "exceeded": "more_than", "exceed": "more_than", "exceeds": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "at least": "at_least", "no less than": "at_least",
    "as little as": "at_least", "up to": "at_most", "no more than": "at_most", "within": "at_most",
    "at most": "at_most", "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than",
    "超过": "more_than", "超": "more_than", "逾": "more_than", "多达": "more_than", "突破": "more_than",
    "将近": "nearly", "接近": "nearly", "近": "nearly", "约": "about", "大约": "about",
    "大概": "about", "不到": "less_than", "不足": "less_than", "至少": "at_least",
    "不少于": "at_least", "不超过": "at_most", "最多": "at_most",
}

# Under re.I these non-ASCII letters match ASCII ones: İ and ı match i, ſ s, K k.
_FOLDED = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_FOLD = str.maketrans({letter: ascii for ascii, letters in _FOLDED.items() for letter in letters})


def _fold(word: str) -> str:
    """``word`` lowercased the way re.I compared it, for a dictionary lookup:
    ``.lower()`` keeps ſ and ı (and makes İ two characters), so "ſix
    thousand" raised a KeyError."""
    return word.translate(_FOLD).lower()


def _starting(words: Iterable[str]) -> str:
    """A case-sensitive lookahead for what ``words`` start with under re.I.
    Tried first, it spares a long case-insensitive alternation (which
    lowercases at every step) at every position (speed only)."""
    firsts = sorted({word[0].lower() for word in words})
    return "(?-i:(?=[" + "".join(c + c.upper() + _FOLDED.get(c, "") for c in firsts) + "]))"


_BEFORE = rx(
    r"(?:" + _starting(w for w in _BEFORE_WORDS if w.isascii()) + r"(?<![A-Za-z])(?P<en>" + "|".join(sorted((re.escape(w) for w in _BEFORE_WORDS if w.isascii()), key=len, reverse=True))
    + r")\s+(?:the\s+)?|(?P<zh>" + "|".join(sorted((w for w in _BEFORE_WORDS if not w.isascii()), key=len, reverse=True))
    + r")(?:了|达|有)?)(?:US\$|HK\$|RMB\s?|[$€£¥￥])?$",
    re.I,
)
_AFTER_QUALIFIER = rx(r"(?:\s|-(?=plus))?(?P<q>以上|左右|上下|以内|以下|多|余|or more|or so|plus)")  # "160-plus"
_AFTER_MAP = {"以上": "at_least", "左右": "about", "上下": "about", "以内": "at_most", "以下": "at_most",
              "多": "more_than", "余": "more_than", "or more": "at_least", "or so": "about", "plus": "more_than"}

# --- units ----------------------------------------------------------------

_COUNT_NOUNS = (
    "companies|enterprises|firms|businesses|people|persons|residents|workers|employees|projects|"
    "patents|units|items|institutions|universities|hospitals|roads|brands|products|vehicles|cars|"
    "robots|sets|households|users|members|talents|researchers|scientists|startups|factories|plants|"
    "parks|zones|stations|platforms|laboratories|labs|centers|centres|industries|categories|"
    "clusters|scenarios|schools|cities|countries|regions|provinces|districts|applications|models|"
    "achievements|cases|papers|awards|deals|contracts|transactions|visitors|tourists|trips|"
    "customers|devices|machines|chips|satellites|rockets|flights|pieces|tasks|jobs|cores"
)
# The measure words a Chinese count takes ("161家", "6台", "100余种")
CLASSIFIERS = "家个项条台件人所座名户款辆套位只批次种"
_UNIT_AFTER = rx(
    r"(?P<pp>\s?(?:个百分点|百分点|percentage[ -]points?|pp(?![A-Za-z0-9])|ppt(?![A-Za-z0-9])))"
    r"|(?P<pct>\s?(?:%|％|per ?cent(?![A-Za-z0-9])|pct(?![A-Za-z0-9])))"
    r"|(?P<cur>\s?(?:元人民币|人民币|元|美元|欧元|港元|港币|日元|英镑|yuan(?![A-Za-z0-9])|RMB(?![A-Za-z0-9])|CNY(?![A-Za-z0-9])|USD(?![A-Za-z0-9])|EUR(?![A-Za-z0-9])|HKD(?![A-Za-z0-9])|"
    r"US dollars?(?![A-Za-z0-9])|dollars?(?![A-Za-z0-9])|euros?(?![A-Za-z0-9])|yen(?![A-Za-z0-9])|pounds(?![A-Za-z0-9])))"
    r"|(?P<times>\s?(?:倍|times(?![A-Za-z0-9])|-fold(?![A-Za-z0-9])|fold(?![A-Za-z0-9])))"
    r"|(?P<km2>\s?(?:平方公里|平方千米|km²|km2(?![A-Za-z0-9])|square kilomet(?:er|re)s?(?![A-Za-z0-9])|sq\.? ?km(?![A-Za-z0-9])))"
    r"|(?P<m2>\s?(?:平方米|m²|m2(?![A-Za-z0-9])|square met(?:er|re)s?(?![A-Za-z0-9])))"
    r"|(?P<km>\s?(?:公里|千米|km(?![A-Za-z0-9])|kilomet(?:er|re)s?(?![A-Za-z0-9])))"
    r"|(?P<kwh>\s?(?:千瓦时|kWh(?![A-Za-z0-9])|kilowatt[ -]hours?(?![A-Za-z0-9])))"
    r"|(?P<twh>\s?(?:TWh(?![A-Za-z0-9])|terawatt[ -]hours?(?![A-Za-z0-9])))"
    r"|(?P<gwh>\s?(?:GWh(?![A-Za-z0-9])|gigawatt[ -]hours?(?![A-Za-z0-9])))"
    r"|(?P<mwh>\s?(?:MWh(?![A-Za-z0-9])|megawatt[ -]hours?(?![A-Za-z0-9])))"
    r"|(?P<teu>\s?(?:TEUs?(?![A-Za-z0-9])|标准箱|标箱))"
    r"|(?P<gw>\s?(?:GW(?![A-Za-z0-9])|gigawatts?(?![A-Za-z0-9])))|(?P<mw>\s?(?:MW(?![A-Za-z0-9])|megawatts?(?![A-Za-z0-9])))"
    r"|(?P<tons>\s?(?:吨|tons?(?![A-Za-z0-9])|tonnes?(?![A-Za-z0-9])))"
    r"|(?P<gb>\s?(?:GB(?![A-Za-z0-9/])|gigabytes?(?![A-Za-z0-9])))|(?P<tb>\s?(?:TB(?![A-Za-z0-9])|terabytes?(?![A-Za-z0-9])))|(?P<pb>\s?(?:PB(?![A-Za-z0-9])|petabytes?(?![A-Za-z0-9])))"
    r"|(?P<eflops>\s?(?:EFLOPS(?![A-Za-z0-9])|E(?![A-Za-z0-9])|exaflops(?![A-Za-z0-9])))"
    r"|(?P<pflops>\s?(?:PFLOPS(?![A-Za-z0-9])|P(?![A-Za-z0-9])|petaflops(?![A-Za-z0-9])))"
    r"|(?P<months>个多?月|\s?months?(?![A-Za-z0-9]))"
    r"|(?P<years>年(?![前初底末中度代级份]?[0-9一二三四五六七八九十]?月)|\s(?:consecutive |straight )?years?(?![A-Za-z0-9]))"
    r"|(?P<days>天|\s?days?(?![A-Za-z0-9]))"
    r"|(?P<hours>个?小时|\s?hours?(?![A-Za-z0-9]))"
    r"|(?P<minutes>分钟|\s?minutes?(?![A-Za-z0-9]))|(?P<seconds>秒钟?|\s?seconds?(?![A-Za-z0-9]))"
    r"|(?P<count>[" + CLASSIFIERS + r"](?!百分点)|大(?=[\u4e00-\u9fff])(?![于幅概约多])"  # 3大先导产业
    r"|核(?![心算查准定电酸能])|-core(?![A-Za-z])"  # "256核", "256-core": a chip's cores
    r"|\s(?:" + _COUNT_NOUNS + r")(?![A-Za-z0-9]))",
    re.I,
)
_UNIT_NAMES = {
    "pp": POINTS, "pct": PERCENT, "times": "times", "km2": "km2", "m2": "m2", "km": "km",
    "kwh": "kWh", "twh": "TWh", "gwh": "GWh", "mwh": "MWh", "teu": "TEU", "gw": "GW", "mw": "MW",
    "tons": "tons", "gb": "GB", "tb": "TB", "pb": "PB",
    "eflops": "EFLOPS", "pflops": "PFLOPS", "months": "months", "years": "years", "days": "days",
    "hours": "hours", "minutes": "minutes", "seconds": "seconds", "count": COUNT,
}
_CURRENCY_WORDS = {
    "元人民币": "CNY", "人民币": "CNY", "元": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD",
    "港币": "HKD", "日元": "JPY", "英镑": "GBP", "yuan": "CNY", "rmb": "CNY", "cny": "CNY",
    "usd": "USD", "eur": "EUR", "hkd": "HKD", "us dollar": "USD", "us dollars": "USD",
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY", "pounds": "GBP",
}
_CURRENCY_BEFORE = rx(r"(?P<sym>US\$|HK\$|RMB|CNY|USD|HKD|EUR|[$€£¥￥]) ?$")
_SYMBOLS = {"us$": "USD", "$": "USD", "hk$": "HKD", "hkd": "HKD", "rmb": "CNY", "cny": "CNY", "usd": "USD",
            "eur": "EUR", "€": "EUR", "£": "GBP", "¥": "CNY", "￥": "CNY"}

_SCALE_AFTER = rx(
    r"(?P<zh>万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|萬|億|千(?=[元人家个台辆亿万]))"
    # ("4 trillion-yuan-level clusters": a count of things of that size, 万亿级; not "a 1.2 trillion-yuan economy")
    r"|(?P<en>\s?(?:thousand|million|billion|trillion)(?![A-Za-z0-9])(?!-(?:(?:yuan|dollar|euro)-)?(?:level|scale|class)\b)"
    r"|\s?(?:bn|mn|tn)(?![A-Za-z0-9])"
    r"|(?:k|M|B)(?![A-Za-z0-9]))",
)

# --- numbers --------------------------------------------------------------

_FIGURE = (
    # Chang'e-6, COVID-19: names; but "RMB10 million" is money
    r"(?:(?<![A-Za-z0-9_\uff10-\uff19])|(?<=\b(?:RMB|CNY|USD|HKD|EUR)))(?<!\d[.,])(?<![A-Za-z]\.)(?<![A-Za-z]-)"
    r"(?P<sign>[-−–](?=[\d.]))?"
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+|[０-９]+(?:[．.][０-９]+)?)"
    r"(?P<exp>[eE][-+]?\d{1,3}(?![A-Za-z0-9]))?"
)
_ARABIC = rx(r"(?=[-−–.\d])" + _FIGURE)  # what a figure starts with, before the lookbehinds (speed only)
# A whole run of Chinese numerals, but only one that ``_cjk`` does not skip at
# once: with a digit, after 数 or 几, 十 and more, or before 余, 多 or the end.
# (Speed only: dense text has runs of bare 十 百 万 亿 by the ten thousand.)
_NUMERAL = "[零〇一二两三四五六七八九十百千万亿萬億]"
_UPWARDS = frozenset(("百", "千", "万", "亿", "百万", "千万", "百亿", "千亿", "万亿"))
_CJK_RUN = rx(
    rf"(?={_NUMERAL})(?<!{_NUMERAL})"
    rf"(?={_NUMERAL}*[零〇一二两三四五六七八九]|(?<=[数几上近])|十{_NUMERAL}|{_NUMERAL}+(?:[余多]|\Z))"
    rf"{_NUMERAL}+"
)
_GROWN_BY = rx(r"(?:增长|增加|提高|提升|上升)了?\s*(?:超过|近|约|逾|达到?)?\s*$")  # "增长1倍" is a rise of 100%; "是…的3倍" a ratio
_PERCENT_ZH = rx(r"百分之(?P<n>[零〇一二两三四五六七八九十百千点.\d]+)")
_FRACTION_WORDS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100, "several": 1, "tens": 10,
    "hundreds": 100,
}
_WORD_NUMBER = rx(
    _starting("aefhnost") + r"(?<![A-Za-z-])(?:"  # every word below starts so
    r"(?P<frac>(?P<fn>one|two|three|four)-(?P<fd>thirds|quarters|fifths|tenths)|(?P<fa>a|one) (?P<fs>half|third|quarter|fifth|tenth) of|(?<!first )(?<!second )(?<!the )(?P<fh>half) of)"
    r"|(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|several|tens|hundreds)"
    r"(?:(?P<of> of)? (?P<ws>thousands?|millions?|billions?|trillions?)(?P<of2> of)?(?!-)|(?P<cons> (?:consecutive|straight) years))"
    r"|(?P<cnt>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)"
    r"(?=(?:\s+(?!(?:to|and|or|of|the|in|on|at|for|by)\b)[a-z-]+){0,2}?\s+(?P<noun>" + _COUNT_NOUNS
    + r"|days?|years?|months?|hours?|weeks?)\b)"
    r")(?![A-Za-z-])",
    re.I,
)

_WORD_RANGE_START = rx(
    r"(?<![A-Za-z-])(?P<a>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:to|or|-)\s+$",
    re.I,
)

# Things that look like numbers but are dates, times, ids: hidden first.
# Where two of these can match at the same place, the one listed first wins.
_HIDDEN = [
    r"(?<![\d.,])(?:1[89]|20)\d{2}(?:[-/]\d{1,2}(?:[-/]\d{1,2})?(?![\d.])|年\d{1,2}月(?:\d{1,2}[日号])?|\.\d{1,2}\.\d{1,2})",  # 2024-11-05, 2023年9月4日
    r"\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}(?:\.\d{2})?\s?[aApP]\.?[mM]\b\.?",  # 07:02, 14:41:45, 6.30 pm, 9 a.m.
    r"(?<![\d.])(?:1[89]|20|21)\d{2}(?:\s?[-–—―－~～〜至到]\s?(?:1[89]|20|21)\d{2})?年(?:代|度)?",  # 2023年, 2021-2023年
    r"\d{1,2}(?:\s?[-–—―－~～〜至到]\s?\d{1,2})?\s?月(?:份|初|底|末|中旬|上旬|下旬)?(?:\d{1,2}[日号])?",  # 9月4日, 1—5月
    r"\d{1,2}[日号](?![元])",
    r"第\s?[\d０-９零〇一二两三四五六七八九十百千]+",  # ordinals
    r"(?<![\d.])\d+(?:st|nd|rd|th)\b",
    r"\b(?:No|no|NO)\.\s?\d+",
    # "per 10,000 people", "for every 10,000 workers": a denominator (not "for every 5 cars sold, one is a BYD")
    r"\b(?:per\s+(?:\d{1,3}(?:,\d{3})+|\d+)|for (?:every|each)\s+(?:\d{1,3}(?:,\d{3})+|\d{3,}))"
    r"(?:\s+(?:thousand|million))?\b",
    r"(?<![\d])(?:\+?86[- ]?)?(?:\(?0\d{2,3}\)?[- ])\d{7,8}\b",  # phone
    r"\b1[3-9]\d{9}\b",
    r"(?<![\d.])\d+(?:\.\d+){1,3}(?=\s?(?:plan|version|edition|era|stage)\b|方案|版)",  # 2.0 plan
    r"\b(?!(?:RMB|CNY|USD|HKD|EUR)\d)[A-Z][A-Za-z]*-?\d+[A-Za-z0-9]*\b",  # C919, A100, MG4 (not RMB10 million)
    r"\b[A-Z][a-z]+ \d+\.\d\b(?!\s?(?:%|per|trillion|billion|million|thousand|yuan|times|[A-Za-z]*s\b))",  # Wudao 3.0
    r"(?<![\d.])\d+[A-Za-z][A-Za-z0-9]*",  # 5G, 6G, 3D (unless a unit, see below)
    r"[十]?[一二三四五六七八九]五(?=规划|时期|期间|”|\")",  # 十四五
    # (the lookbehinds make each run start once: no quadratic rescans of long runs)
    r"(?<![零〇一二两三四五六七八九十])[零〇一二两三四五六七八九十]+(?=季度|月|日|号|周年|届|大|中全会|代|级|期|次)",
    r"(?<![零〇一二两三四五六七八九十])[零〇一二两三四五六七八九十]+(?=年)(?!年[多来前间])",
    r"\b(?:Table|Figure|Fig\.|Chart|Exhibit|Appendix|Section|Chapter|Slide|Page|Episode|Volume|Vol\.|Booth|Stand|Hall"
    r"|Gate|Room|Platform|Exit|Floor|Unit|Line|Route|Terminal|Session|Panel|Workshop|Track|Module|Block|Building"
    r"|Day|Week|Phase|Stage|Round|Level|Item|Question|Recommendation|Article|Clause"
    r"|CSI|FTSE|S&P|Nikkei|STOXX|Stoxx|Russell)\s\d+(?:\.\d+)*(?:[A-Z]\b)?",  # Table 7.4, Hall 4B, Line 2, CSI 300
]


def _either(indices: list[int]) -> str:
    return "(?:" + "|".join(_HIDDEN[i] for i in indices) + ")"


# Speed only, the matches are the same: at each position the engine tries
# just the kinds that can match there, in their order above (numbered from
# 0). Every kind starts with one of the characters in the first lookahead.
# Right after a digit only 1, 3, 4 (which also need a : 月 日 号 or dash
# within two digits, so not with three digits ahead) and those starting with
# a Chinese character can: the others need a word boundary or a lookbehind
# that excludes the digit. Elsewhere, at a digit the kinds that can start
# with one, at anything else the others (the phone number is in both).
_NOT_FIGURES = rx(
    r"(?=[\d(+第NnpfA-Z零〇一二两三四五六七八九十])(?:"
    r"(?<=\d)(?!\d{3})" + _either([1, 3, 4, 5, 15, 16, 17])
    + r"|(?<!\d)(?:(?=\d)" + _either([0, 1, 2, 3, 4, 6, 9, 10, 11, 14])
    + r"|(?!\d)" + _either([5, 7, 8, 9, 12, 13, 15, 16, 17, 18]) + r"))"
)
_FULLWIDTH_CHAR = rx("[０-９．，％－＋]")  # the characters numbers.FULLWIDTH translates
_UNIT_LETTERS = rx(r"\d+(?:GB|TB|PB|GW|MW|kWh|TWh|GWh|MWh|km|bn|mn|tn|k|M|B|P|E|pp|pct)\b|\d+[eE]\d{1,3}")

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_DATES = (
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?|\b\d{{1,2}}\s+(?:{_MONTHS})\b(?:,?\s+\d{{4}})?"
    r"|\b(?:in|since|by|until|from|of|to|and|year|early|late|mid|before|after|during|between|end of)\s+(?:1[89]|20)\d{2}\b(?!\s*(?:%|percent|yuan|people|companies|units))"
    r"|\b(?:1[89]|20)\d{2}\s*(?:[-–/]|to|and)\s*(?:1[89]|20)?\d{2}\b"
    r"|(?<![\d,.])(?:1[89]|20)\d{2}(?!\d|[,.]\d|\s*(?:%|percent|yuan|元|亿|万|people|companies|units|[家个项件台辆套条名位人座所户款批次]))"
)
_DATE_WORDS = rx(
    # What each of these starts with, tested once (speed only): a digit, or
    # one of these letters at the start of a word (the set first: it fails
    # faster). None can start right after a digit (each needs a word boundary
    # or a lookbehind that excludes one): runs of digits are crossed at once.
    r"(?=[\dJFMASONDisbufotaeylmd])(?=\d|\b)(?<!\d)(?:" + _DATES + ")"
)
_LIST_MARKER = rx(r"^[ \t>]*(?:[-*+][ \t]+)?(?:\d{1,3}[.)、](?=[ \t\u3000])|\d{1,3}(?:\.\d{1,3})+(?=[ \t\u3000]+[A-Z\u4e00-\u9fff])|[（(]\d{1,3}[)）]|[一二三四五六七八九十]+、|#+)", re.M)
_VERSION = rx(r"\d+\.0")
_COUNT_LATER = rx(
    r"(?:\s+[A-Z][\w-]*){1,2}(?:\s+[a-z-]+)?\s+(?:" + _COUNT_NOUNS + r")\b"
    r"|\s+(?!(?:of|in|the|and|or|to|with|for|from|by|was|were|is|are|has|have|had|at|on|as|than|"
    r"that|which|per|this|these|its|their|a|an|level|more|less|over|under|after|before|later|ago|"
    r"times|so|but|if|then|when|while|will|would|can|could|may|might|should|shall|be|been|being|"
    r"do|does|did|not|also|only|just|each|every|year|month|day|percent|points?)\b)[a-z][a-z-]*\b"
)
_RANGE_JOIN = rx(r"\s?(?:[-–—―－~～〜至到]|to|and)\s?$")

# What the patterns tried at every figure can start with, after at most one
# space (``_UNIT_AFTER``, ``_SCALE_AFTER``) or end with (``_RANGE_JOIN``,
# ``_CURRENCY_BEFORE``; a space or a newline, before which ``$`` matches,
# too): a set lookup rules most positions out at a tenth of the cost of a
# failed match in a big alternation (speed only: tests/test_extract_shortcuts.py
# checks the sets against the patterns).
_UNIT_STARTS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + "".join(_FOLDED.values()) + "%％-"
    + "个百元人美欧港日英倍平公千吨年天小家项条台件所座名户款辆套位只批次大分秒标核种"
)
_SCALE_STARTS = frozenset("万千百十亿萬億tmbkMB")
_RANGE_JOIN_ENDS = frozenset("-–—―－~～〜至到od")
_CURRENCY_ENDS = frozenset("$€£¥￥BYDR \n")


def _may_start(text: str, pos: int, starts: frozenset[str]) -> bool:
    """Whether ``text`` at ``pos``, after at most one space, starts with one of ``starts``."""
    first = text[pos:pos + 1]
    if first.isspace():
        first = text[pos + 1:pos + 2]
    return first in starts


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _unless_unit(match: re.Match[str]) -> str:
    found = match.group(0)
    return found if _UNIT_LETTERS.fullmatch(found) else " " * len(found)


def _hide(text: str) -> str:
    text = _NOT_FIGURES.sub(_unless_unit, text)
    text = _DATE_WORDS.sub(_blank, text)
    return _LIST_MARKER.sub(_blank, text)


class _Lines:
    """Offset → (line, column), both from 1."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def at(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


# What a qualifier (and the currency sign or 了/达/有 that may follow it) can
# end with: anything else right before a number means there is none to find.
_QUALIFIER_ENDS = frozenset("过逾超近约到足少多有达了概最破$€£¥￥") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


# Past that, a window the regex could match ends, when the end is a letter,
# in an English qualifier, "the" or "RMB"; when it is a Chinese character,
# in a Chinese qualifier (and 了, 达 or 有). A window with one of the four
# non-ASCII letters re.I matches to ASCII ones (İ ı ſ K) goes to the regex.
_EN_QUALIFIER_ENDS = tuple(w for w in _BEFORE_WORDS if w.isascii()) + ("the", "rmb")
_EN_QUALIFIER_LONGEST = max(map(len, _EN_QUALIFIER_ENDS))
_ZH_QUALIFIER_ENDS = tuple(w + then for w in _BEFORE_WORDS if not w.isascii() for then in ("", "了", "达", "有"))
_FOLDING = frozenset("".join(_FOLDED.values()))


def _qualifier_before(text: str, start: int) -> str | None:
    before = text[start - 1:start] if start else ""
    if not before or (before not in _QUALIFIER_ENDS and not before.isspace()):
        return None  # the same test as below, without cutting the window out first
    window = text[max(0, start - 24):start]
    stripped = window.rstrip()
    last = stripped[-1:]
    if not last or last not in _QUALIFIER_ENDS:
        return None  # the common case in dense text: no regex search at all
    if last.isascii():
        tail = stripped[-_EN_QUALIFIER_LONGEST:]
        if last.isalpha() and _FOLDING.isdisjoint(tail) and not tail.lower().endswith(_EN_QUALIFIER_ENDS):
            return None  # "first 3", "10 to 20"
    else:
        end = window[:-1] if window.endswith("\n") else window  # $ matches before a last newline too
        if end.endswith(last) and last not in "€£¥￥" and not end.endswith(_ZH_QUALIFIER_ENDS):
            return None  # 多, 不过, 达到
    match = _BEFORE.search(window)
    if not match:
        return None
    word = (match.group("en") or match.group("zh") or "").lower()
    return _BEFORE_WORDS.get(word)


def _unit_after(text: str, pos: int) -> tuple[str | None, int]:
    match = _UNIT_AFTER.match(text, pos) if _may_start(text, pos, _UNIT_STARTS) else None
    if not match:
        return None, pos
    kind = match.lastgroup or ""
    if kind == "cur":
        return _CURRENCY_WORDS[_fold(match.group(0).strip())], match.end()
    return _UNIT_NAMES.get(kind, PERCENT if kind == "pct" else kind), match.end()


def _scale_after(text: str, pos: int) -> tuple[float, int]:
    match = _SCALE_AFTER.match(text, pos) if _may_start(text, pos, _SCALE_STARTS) else None
    if not match:
        return 1.0, pos
    if match.group("zh"):
        return cjk_scale(match.group("zh")), match.end()
    word = match.group("en").strip()
    return scale_factor(word), match.end()


def _finish(
    original: str, lines: _Lines, start: int, end: int, value: float, unit: str | None,
    qualifier: str | None, number: str, scale: float,
) -> Mention:
    # Trailing spaces never belong to a mention.
    while end > start and original[end - 1].isspace():
        end -= 1
    line, column = lines.at(start)
    text = original[start:end]
    if text and "\n" not in text and "\r" not in text:
        end_line, end_column = line, column + (end - start)  # one line: no second bisection
    else:
        end_line, last = lines.at(end - 1)
        end_column = last + 1
    return Mention(start, end, line, column, end_line, end_column, text, value,
                   unit, qualifier, number, scale)


def _arabic(original: str, work: str, lines: _Lines) -> Iterator[tuple[Mention, bool]]:
    taken = 0  # where the last figure's text ends: its unit is not the next one's currency sign
    for match in _ARABIC.finditer(work):
        start, pos = match.span()
        sign, number, exponent = match.group("sign", "num", "exp")
        number = number.translate(FULLWIDTH)
        try:  # parse_digits, less the work already done: no spaces, full-width digits translated
            value = float(number.replace(",", "") + (exponent or ""))
        except ValueError:
            continue
        if sign:
            before = work[start - 1:start] if start else ""
            if before and not before.isspace() and before not in "(（:：,，;；":
                start += 1  # a dash joining a range, not a minus sign
            else:
                value = -value
        currency = None
        symbol = work[start - 1:start] in _CURRENCY_ENDS and _CURRENCY_BEFORE.search(work, max(0, start - 5), start)
        if symbol and symbol.start() >= taken:  # "100 RMB\n100 CNY": RMB belongs to the first
            currency = _SYMBOLS[symbol.group("sym").strip().lower()]
            start = symbol.start()
        qualifier = _qualifier_before(work, start)
        post = _AFTER_QUALIFIER.match(work, pos)
        if post and post.group("q") in ("余", "多"):
            qualifier, pos = _AFTER_MAP[post.group("q")], post.end()
        scale, pos = _scale_after(work, pos)
        post = _AFTER_QUALIFIER.match(work, pos)
        if post and post.group("q") in ("余", "多"):
            qualifier, pos = _AFTER_MAP[post.group("q")], post.end()
        if work.startswith("级", pos):
            continue  # 5000亿级, 3级: a class of size, not a quantity
        unit, unit_end = _unit_after(work, pos)
        if currency and unit in (None, currency):
            unit = currency
        elif unit is None and currency is None and pos < len(work) and work[pos].isalpha() and work[pos].isascii():
            continue  # glued to letters: an identifier
        if unit == "times" and _GROWN_BY.search(work, max(0, start - 8), start):
            unit, value = PERCENT, value * 100  # "同比增长1倍以上": up more than 100%, as the claims say it
        if unit is not None:
            pos = unit_end
            if unit in SCALED:
                unit, factor = SCALED[unit]
                scale *= factor
        elif scale == 1.0 and currency is None and (
            _VERSION.fullmatch(number) or (len(number) >= 7 and number.isdigit())
        ):
            continue  # a stage such as "3.0", or a phone or registration number
        elif work[pos:pos + 1].isspace() and _COUNT_LATER.match(work, pos):
            unit = COUNT  # "146 auto companies": the noun stays out of the text
        post = _AFTER_QUALIFIER.match(work, pos)
        if post and qualifier is None:
            qualifier = _AFTER_MAP[post.group("q")]
        before = work[start - 1:start]
        joins = (before in _RANGE_JOIN_ENDS or before.isspace()) and bool(_RANGE_JOIN.search(work, max(0, start - 4), start))
        taken = pos
        yield _finish(original, lines, start, pos, value * scale, unit, qualifier, number, scale), joins


def _cjk(original: str, work: str, lines: _Lines) -> Iterator[Mention]:
    for match in _PERCENT_ZH.finditer(work):
        raw = match.group("n")
        try:
            value = float(raw) if raw[0].isdigit() else chinese_numeral(raw.split("点")[0])
        except ValueError:
            continue
        yield _finish(original, lines, match.start(), match.end(), value, PERCENT,
                      _qualifier_before(work, match.start()), raw, 1.0)
    for match in _CJK_RUN.finditer(work):
        run, start, pos = match.group(0), match.start(), match.end()
        if work.endswith("百分之", 0, pos) or work[pos:pos + 3].startswith("分之"):
            continue
        several = start > 0 and work[start - 1] in "数几"
        # 上万台, 上亿元: "upwards of" a power of ten
        upwards = start > 0 and work[start - 1] == "上" and run in _UPWARDS and work[start - 2 : start - 1] != "马"
        # 近百万元, 近千家: "nearly" a power of ten (the 近 is the qualifier, as in 近100万元)
        nearly = start > 0 and work[start - 1] == "近" and run in _UPWARDS and (start < 2 or work[start - 2] not in "最附临靠亲")
        has_digit = not CJK_DIGITS.keys().isdisjoint(run)
        if (
            not has_digit
            and not several
            and not upwards
            and not nearly
            and not (run[0] == "十" and len(run) > 1)
            and work[pos:pos + 1] not in "余多"
        ):
            continue
        if several or upwards:
            start -= 1
        qualifier = "several" if several else "more_than" if upwards else _qualifier_before(work, start)
        head = run
        if pos < len(work) and work[pos] in "余多" and re.match(r"[万亿萬億千百十]", work[pos + 1:pos + 2] or " "):
            # 十余万: the qualifier sits between the number and its scale
            qualifier = "more_than"
            scale_match = _SCALE_AFTER.match(work, pos + 1)
            if scale_match:
                head = run + scale_match.group(0)
                pos = scale_match.end()
        elif pos < len(work) and work[pos] in "余多":
            qualifier, pos = "more_than", pos + 1
        try:
            value = 1.0 if several and not has_digit else chinese_numeral(head.replace("余", "").replace("多", ""))
            if several and not has_digit or upwards or nearly:
                value = cjk_scale(head)
        except ValueError:
            continue
        single = len(run) == 1 and run in CJK_DIGITS
        if work.startswith("成", pos):
            yield _finish(original, lines, start, pos + 1, value * 10, PERCENT, qualifier, run, 1.0)
            continue
        if work.startswith("级", pos):
            continue  # 五千亿级, 万亿级: a class of size, not a quantity
        unit, unit_end = _unit_after(work, pos)
        if nearly and unit in (None, "years", "months", "days", "hours", "minutes", "seconds"):
            continue  # "近百年老店" is a word, "近百万元" a sum
        if single and unit not in (POINTS, "times"):
            continue  # 一个, 两家, 三项: words, not figures
        if unit in ("years", "months", "days", "hours", "minutes", "seconds") and not any(c in run for c in "十百千万亿"):
            continue  # 三年, 五天: ordinary words
        yield _finish(original, lines, start, unit_end if unit else pos, value, unit, qualifier, run, 1.0)


def _words(original: str, work: str, lines: _Lines) -> Iterator[Mention]:
    for match in _WORD_NUMBER.finditer(work):
        start, pos = match.start(), match.end()
        qualifier = _qualifier_before(work, start)
        if match.group("frac"):
            if match.group("fh"):
                value = 50.0
            elif match.group("fs"):
                value = _FRACTION_WORDS[_fold(match.group("fs"))]
            else:
                value = _NUMBER_WORDS[_fold(match.group("fn"))] * _FRACTION_WORDS[_fold(match.group("fd"))[:-1]]
            yield _finish(original, lines, start, pos, round(value, 2), PERCENT, qualifier, match.group(0), 1.0)
            continue
        if match.group("cnt"):
            # "six days", "eight German companies": a small count in words
            unit, unit_end = _unit_after(work, pos)
            noun = match.group("noun").lower().rstrip("s")
            if unit is None:
                unit, unit_end = (f"{noun}s" if noun in ("day", "year", "month", "hour") else COUNT), pos
            lower = _WORD_RANGE_START.search(work, max(0, start - 24), start)
            if lower:  # "three to five days": the first end takes the unit too
                yield _finish(original, lines, lower.start(), lower.end("a"),
                              float(_NUMBER_WORDS[_fold(lower.group("a"))]), unit, None, lower.group("a"), 1.0)
            yield _finish(original, lines, start, unit_end, float(_NUMBER_WORDS[_fold(match.group("cnt"))]), unit,
                          qualifier, match.group("cnt"), 1.0)
            continue
        base = float(_NUMBER_WORDS[_fold(match.group("w"))])
        if match.group("cons"):
            yield _finish(original, lines, start, pos, base, "years", qualifier, match.group("w"), 1.0)
            continue
        scale_word = _fold(match.group("ws")).rstrip("s")
        scale = scale_factor(scale_word)
        vague = _fold(match.group("w")) in ("several", "tens", "hundreds") or bool(match.group("of"))
        if match.group("of") and _fold(match.group("w")) not in ("tens", "hundreds"):
            continue  # "two of millions"? not a figure
        if vague:
            qualifier = "several"
        unit, unit_end = _unit_after(work, pos if not match.group("of2") else pos)
        end = unit_end if unit else pos
        if match.group("of2"):
            end = pos - 3
        yield _finish(original, lines, start, end, base * scale, unit or (COUNT if vague else None),
                      qualifier, match.group("w"), scale)


class _Spans:
    """Characters taken so far, one byte each. Whether a new span overlaps
    any then costs its own length, however many spans there are (a dense
    text has tens of thousands, and keeping them in sorted lists cost a list
    insertion per span)."""

    def __init__(self, length: int, mentions: list[Mention]) -> None:
        self.taken = bytearray(length)
        for mention in mentions:
            self.add(mention.start, mention.end)

    def overlaps(self, start: int, end: int) -> bool:
        return self.taken.find(1, start, end) != -1

    def add(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)


# "1:1", "1∶1", "1：1": a ratio of small whole numbers. A colon before two digits
# is a clock ("2:15 p.m."), and a number before a ratio's colon is not its own.
_RATIO = rx(r"(?<![\d.:：∶])([1-9]\d?)\s?([:：∶])\s?([1-9]\d?)(?![\d:：∶]|\.\d)")


def _ratios(original: str, work: str, lines: _Lines) -> Iterator[Mention]:
    """Ratios written with a colon ("财政投入与社会投入之比首次达到1:1"), as a
    number of times: a ratio's value is the first term over the second."""
    if ":" not in work and "：" not in work and "∶" not in work:
        return
    for match in _RATIO.finditer(work):
        left, colon, right = match.group(1), match.group(2), match.group(3)
        if colon == ":" and len(right) > 1:
            continue  # "10:30": a time of day, not a ratio
        yield _finish(original, lines, match.start(), match.end(), int(left) / int(right), "times", None,
                      original[match.start() : match.end()], 1.0)


def extract(text: str, masked: str | None = None) -> list[Mention]:
    """Every figure in ``text``, in order. ``masked`` is the same text with
    non-prose blanked out (see ``markup``); by default the whole text is prose."""
    # Full-width digits become ASCII one for one, so offsets do not move.
    work = masked if masked is not None else mask_prose(text)
    if _FULLWIDTH_CHAR.search(work):  # translating costs more than looking
        work = work.translate(FULLWIDTH)
    lines = _Lines(text)
    ratios = list(_ratios(text, work, lines))
    work = _hide(work)
    found: list[Mention] = []
    arabic = list(_arabic(text, work, lines))
    if ratios:  # a ratio's terms are no figures of their own
        arabic = [(m, j) for m, j in arabic if not any(r.start <= m.start < r.end for r in ratios)]
    for index, (mention, _joins) in enumerate(arabic):
        # A range's first end takes the unit (and scale) of the second: "3-5亿元", "10 to 20 percent".
        if mention.unit is None and index + 1 < len(arabic):
            nxt, nxt_joins = arabic[index + 1]
            if nxt_joins and nxt.start - mention.end <= 5 and nxt.unit and mention.scale == 1.0:  # a gap of 5 at most
                mention = mention._replace(value=mention.value * nxt.scale, unit=nxt.unit, scale=nxt.scale)
        found.append(mention)
    found += ratios
    taken = _Spans(len(work), found)
    for extra in list(_cjk(text, work, lines)) + list(_words(text, work, lines)):
        if not taken.overlaps(extra.start, extra.end):
            found.append(extra)
            taken.add(extra.start, extra.end)
    found.sort(key=lambda m: m.start)
    return found
