"""Numbers as people write them: digits, scale words and Chinese numerals.

Shared by the claim loader (``value: "853.69 billion"``) and the extractor,
so a figure in a draft and a figure in the database normalise the same way.
"""

from __future__ import annotations

import math

from factcheck.regexcache import compile as rx

_EXPONENT = rx(r"[eE]")

# Full-width digits and punctuation, as Chinese typesetting produces them.
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－＋", "0123456789.,%-+")

SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "tr": 1e12,
}

CJK_SCALES: dict[str, float] = {
    "十": 10.0,
    "百": 100.0,
    "千": 1e3,
    "万": 1e4,
    "萬": 1e4,
    "亿": 1e8,
    "億": 1e8,
}

CJK_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3,
    "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}

_VALUE_RE = rx(
    r"^\s*(?P<num>[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?)"
    r"\s*(?P<scale>[A-Za-z]+|[十百千万萬亿億]+)?\s*$"
)


def parse_digits(text: str) -> float:
    """``"1,130.9"`` → 1130.9; full-width digits allowed. Raises ValueError."""
    cleaned = text.translate(FULLWIDTH).replace(",", "").strip()
    if not cleaned or cleaned in {"+", "-", "."}:
        raise ValueError(f"not a number: {text!r}")
    return float(cleaned)


def cjk_scale(word: str) -> float:
    """Multiplier of a run of Chinese scale characters: ``万亿`` → 1e12, ``千万`` → 1e7."""
    factor = 1.0
    for char in word:
        factor *= CJK_SCALES[char]
    return factor


def scale_factor(word: str) -> float:
    """Multiplier of an English or Chinese scale word; ValueError if unknown."""
    if not word:
        return 1.0
    if all(ch in CJK_SCALES for ch in word):
        return cjk_scale(word)
    lowered = word.lower()
    if lowered in SCALE_WORDS:
        return SCALE_WORDS[lowered]
    raise ValueError(f"unknown scale word {word!r}")


def parse_value(text: str | int | float) -> float:
    """A claim value: a number, or a string such as ``"853.69 billion"``,
    ``"8536.9亿"``, ``"1.2万"``, ``"4.38 trillion"`` or ``"一百二十"``."""
    if isinstance(text, bool):
        raise ValueError("a value must be a number, not true/false")
    if isinstance(text, (int, float)):
        if not math.isfinite(text):
            raise ValueError(f"a value must be a finite number, not {text!r}")
        return float(text)
    if not isinstance(text, str):
        raise ValueError(f"a value must be a number or text, not {text!r}")
    normalised = text.translate(FULLWIDTH).strip()
    match = _VALUE_RE.match(normalised)
    if match and match.group("num") and any(c.isdigit() for c in match.group("num")):
        return parse_digits(match.group("num")) * scale_factor(match.group("scale") or "")
    if any(ch in CJK_DIGITS for ch in normalised) and all(ch in CJK_DIGITS or ch in CJK_SCALES for ch in normalised):
        return chinese_numeral(normalised)
    raise ValueError(f"not a number with an optional scale word: {text!r}")


def chinese_numeral(text: str) -> float:
    """Value of a Chinese numeral: ``一百二十`` → 120, ``两千四百五`` → 2450,
    ``三万五千`` → 35000, ``十二`` → 12, ``一二三`` (digit by digit) → 123."""
    if not text:
        raise ValueError("empty numeral")
    if all(ch in CJK_DIGITS for ch in text):
        # Digit-by-digit reading, as in 二〇二三.
        return float("".join(str(CJK_DIGITS[ch]) for ch in text))
    total = 0.0  # completed sections above 万/亿
    section = 0.0  # the part below the current 万/亿
    digit: float | None = None
    last_unit = 1.0
    for char in text:
        if char in CJK_DIGITS:
            digit = float(CJK_DIGITS[char])
            if digit == 0:
                last_unit = 1.0  # 一百零五: what follows 零 is a unit digit
        elif char in ("十", "百", "千"):
            unit = CJK_SCALES[char]
            section += (1.0 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        elif char in CJK_SCALES:  # 万, 亿 and variants close a section
            unit = CJK_SCALES[char]
            if section == 0.0 and digit is None and total:
                total *= unit  # compound scale: 万亿
            else:
                section += 1.0 if (digit is None and section == 0.0) else (digit or 0.0)
                if unit > 1e4:
                    total = (total + section) * unit
                else:
                    total += section * unit
            section, digit, last_unit = 0.0, None, unit
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    if digit is not None:
        # A trailing digit after a unit is the next lower place: 两千四百五 = 2450.
        section += digit * (last_unit / 10.0 if last_unit >= 100 else 1.0)
    return total + section


def significant_step(text: str) -> float:
    """The rounding step a written number implies, before scaling:
    ``"44.3"`` → 0.1, ``"853.69"`` → 0.01, ``"300"`` → 1."""
    cleaned = text.translate(FULLWIDTH).replace(",", "")
    mantissa = _EXPONENT.split(cleaned)[0]
    if "." in mantissa:
        return 10.0 ** -len(mantissa.split(".", 1)[1])
    return 1.0
