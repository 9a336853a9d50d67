"""The extractor's speed shortcuts find exactly what the plain forms they
stand for find: each is checked against its plain form on the drafts and on
thousands of generated texts dense with the cases the shortcuts reason about
(digit runs before 月 or a colon, qualifiers, units, the letters re.I folds)."""

from __future__ import annotations

import inspect
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import extract as x
from factcheck.markup import mask_markdown

DATA = Path(__file__).parent / "data"
PIECES = [
    "1,", "2.", "3%", "亿", "万", "约", "多", "-", "–", "10 to ", "first ", "half of ", "2023年", "第", "`",
    "9" * 12, ",000", ".5", "十", "百分之", " ", "\n", "\r\n", "\t", "\u3000", "more than ", "前三季度", "截至",
    "12:30", "6.30 pm", " a.m.", "9月4日", "1-5月", "3 月", "5日", "第3", "3rd", "No. 5", "per 10,000 people",
    "+86 10 12345678",
    "13812345678", "2.0 plan", "3.0版", "C919", "Wudao 3.0", "5G", "5GW", "3e5", "十四五规划", "三季度",
    "二〇二三年", "January 5, 2023", "5 May", "in 2023", "2021-2023", "元", "亿元", " percent", "个百分点",
    "US$", "RMB ", "$", "¥", "€", "HK$", "about ", "超过", "近", "余", "以上", "左右", " or more", " billion",
    "k", "M", " companies", " Chinese firms", " auto makers", "\u017f", "\u212a", "\u0131", "\u0130", "~",
    "至", "到", " to ", " and ", "百", "千", "数", "几", "三分之一", "１２", "．５", "％", "e5", "E", "P", "x",
    "(", ")", ",", ".", "three ", " days", "the ", "up to ", "no more than ", "USD", "u\u017fd", "\u017fome ",
    "abouT ", "上", "不超过", "最多达", "大约", "将近", "两", "零", "一百二十", "十余万", "七成", "倍", " times",
    "-fold", " km", " square kilometres", " kWh", " tons", " TB", " months", " years", "个月", "小时", "家",
]

def _generated(count: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60)))


def _drafts() -> Iterator[str]:
    for path in sorted(DATA.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        yield text
        yield mask_markdown(text)


TEXTS = [*_drafts(), *_generated(3000, seed=3)]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (x._NOT_FIGURES, re.compile("|".join(x._HIDDEN))),
        (x._DATE_WORDS, re.compile(x._DATES)),
        (x._ARABIC, re.compile(x._FIGURE)),
        (x._WORD_NUMBER, re.compile(x._WORD_NUMBER.pattern.replace(x._starting("aefhnost"), ""), re.I)),
    ],
    ids=["hidden", "dates", "figures", "words"],
)
def test_a_dispatching_pattern_matches_like_its_plain_form(fast: re.Pattern[str], plain: re.Pattern[str]) -> None:
    for text in TEXTS:
        assert _spans(fast, text) == _spans(plain, text), text[:200]


def test_only_the_runs_of_chinese_numerals_the_loop_keeps_are_found() -> None:
    plain = re.compile(x._NUMERAL + "+")
    for text in TEXTS:
        kept = [
            m.span() for m in plain.finditer(text)
            if not x.CJK_DIGITS.keys().isdisjoint(m.group())
            or text[m.start() - 1:m.start()] in ("数", "几", "上", "近")
            or (m.group()[0] == "十" and len(m.group()) > 1)
            or text[m.end():m.end() + 1] in ("余", "多", "")
        ]
        assert [m.span() for m in x._CJK_RUN.finditer(text)] == kept, text[:200]


@pytest.mark.parametrize("words", [[w for w in x._BEFORE_WORDS if w.isascii()], list("aefhnost")])
def test_the_case_sensitive_first_letters_are_those_re_i_would_match(words: list[str]) -> None:
    insensitive = re.compile("[" + "".join({w[0] for w in words}) + "]", re.I)
    sensitive = re.compile(x._starting(words) + ".", re.S)
    differ = [hex(c) for c in range(sys.maxunicode + 1)
              if bool(insensitive.fullmatch(chr(c))) != bool(sensitive.fullmatch(chr(c)))]
    assert differ == []


def test_what_the_sets_rule_out_the_patterns_never_match() -> None:
    english = [w for w in x._BEFORE_WORDS if w.isascii()]
    plain_before = re.compile(x._BEFORE.pattern.replace(x._starting(english), ""), re.I)

    def plain_qualifier(text: str, start: int) -> str | None:
        window = text[max(0, start - 24):start]
        last = window.rstrip()[-1:]
        if not last or last not in x._QUALIFIER_ENDS:
            return None
        match = plain_before.search(window)
        return x._BEFORE_WORDS.get((match.group("en") or match.group("zh") or "").lower()) if match else None

    for text in TEXTS[:40] + [t for t in TEXTS if len(t) < 2000]:
        for pos in range(len(text) + 1):
            unit = x._UNIT_AFTER.match(text, pos)
            if unit:
                assert x._may_start(text, pos, x._UNIT_STARTS), (text, pos)
            if x._SCALE_AFTER.match(text, pos):
                assert x._may_start(text, pos, x._SCALE_STARTS), (text, pos)
            before = text[pos - 1:pos]
            if x._CURRENCY_BEFORE.search(text, max(0, pos - 5), pos):
                assert before in x._CURRENCY_ENDS, (text, pos)
            if x._RANGE_JOIN.search(text, max(0, pos - 4), pos):
                assert before in x._RANGE_JOIN_ENDS or before.isspace(), (text, pos)
            if x._COUNT_LATER.match(text, pos):
                assert text[pos:pos + 1].isspace()
            assert x._qualifier_before(text, pos) == plain_qualifier(text, pos), (text[max(0, pos - 24):pos], pos)


def test_mentions_are_frozen_records_with_every_field_in_order() -> None:
    fields = list(x.Mention._fields)
    parameters = inspect.signature(x.Mention).parameters
    assert list(parameters) == fields
    assert parameters["scale"].default == 1.0
    mention = x.Mention(1, 4, 1, 2, 1, 5, "3 %", 3.0, "percent", None, "3")
    assert [getattr(mention, name) for name in fields] == [1, 4, 1, 2, 1, 5, "3 %", 3.0, "percent", None, "3", 1.0]
    assert mention == mention._replace() == x.Mention(**mention._asdict())
    assert hash(mention) == hash(x.Mention(**mention._asdict()))
    with pytest.raises(AttributeError):
        mention.value = 4.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # re.I matches ſ to s, ı and İ to i, K to k; the words once went to
        # dictionary lookups unfolded, and the extractor raised KeyError.
        ("5 u\u017fd", ("5 u\u017fd", 5.0, "USD")),
        ("\u017fix thousand", ("\u017fix thousand", 6000.0, None)),
        ("two thou\u017fand", ("two thou\u017fand", 2000.0, None)),
        ("two million\u017f", ("two million\u017f", 2e6, None)),
        ("a th\u0131rd of", ("a th\u0131rd of", 33.33, "percent")),
        ("a th\u0130rd of", ("a th\u0130rd of", 33.33, "percent")),
        ("\u017feveral million", ("\u017feveral million", 1e6, "count")),
        ("\u017fix companies", ("\u017fix companies", 6.0, "count")),
    ],
)
def test_letters_that_re_i_folds_do_not_break_the_extractor(text: str, expected: tuple[str, float, str | None]) -> None:
    found = x.extract(text)
    assert [(m.text, m.value, m.unit) for m in found] == [expected]
