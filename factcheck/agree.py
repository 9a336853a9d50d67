"""Do two figures agree? Rounding, qualifiers, tolerance and scale slips.

A figure in a draft stands for an interval: "44%" is anything that rounds
to 44 (43.5 to 44.5), "more than 40%" anything above 40, "almost 43
percent" a little under 43. A claim is an interval too (its own qualifier
and tolerance). They agree when the intervals meet.
"""

from __future__ import annotations

import math

from factcheck.extract import Mention
from factcheck.numbers import significant_step
from factcheck.records import Claim

INF = math.inf
# How far above "more than X" (below "less than X") a value agrees with the bound:
# "more than 40%" is 42.9%, not 70% (a writer who knew 70% would say so) ...
BOUND_REACH = 1.15
# ... though a value a little further still meets it: imprecise, not wrong (never contradicted)
BOUND_HOLDS = 1.25
# ... and for a percentage, in points: "more than 80%" is not 90% (agrees up to
# five points above, holds short of ten: 90% is written so)
BOUND_POINTS = 5.0
BOUND_HOLDS_POINTS = 10.0
# The slips between scale words people make: a zero or two, thousand for
# million or billion (10^3), 万 for 亿 (10^4), 万 for 万亿 (10^8). A "4
# trillion" against a count of 4 is not a slip but another quantity, nor is
# "1 million" joints a year against "more than 10" models (10^5).
SLIP_POWERS = frozenset({1, 2, 3, 4, 8})
_EPS = 1e-9


def mention_interval(mention: Mention, qualified: bool = True, reach: float = BOUND_REACH) -> tuple[float, float]:
    value = mention.value
    step = significant_step(mention.number) * mention.scale
    if mention.scale > 1 and "." not in mention.number:
        # "850 billion" is as likely rounded to the ten as exact.
        trailing = len(mention.number.replace(",", "")) - len(mention.number.replace(",", "").rstrip("0"))
        step *= 10 ** min(trailing, 2)
    half = step / 2
    low, high = _bounds(value, half, mention.qualifier if qualified else None, reach)
    if mention.qualifier is None and "." in mention.number and ("万" in mention.text or "亿" in mention.text):
        # "10.6万项" for 106,552: Chinese figures in 万 and 亿 are cut, not rounded, as often as not
        high = max(high, value + step)
    if mention.unit == "percent" and qualified and mention.qualifier in _LOWER and value > 0:
        # A share's bound is a round figure below it: "more than 60%" is 60-odd
        # percent; 70% would be written so. (Ratios alone cannot say this of 80%.)
        points = value + half + BOUND_POINTS if reach == BOUND_REACH else value + BOUND_HOLDS_POINTS - half
        high = min(high, points)
    return low, high


def claim_interval(claim: Claim) -> tuple[float, float]:
    return _bounds(claim.value, claim.tolerance or 0.0, claim.qualifier)


def _bounds(value: float, half: float, qualifier: str | None, reach: float = BOUND_REACH) -> tuple[float, float]:
    magnitude = abs(value)
    if qualifier == "about":
        spread = max(half, 0.05 * magnitude)
        return value - spread, value + spread
    if qualifier == "nearly":
        return value - max(half, 0.1 * magnitude), value + half
    # A bound is read as a writer means it: "more than 300" is not 3,000.
    if qualifier in ("more_than", "at_least"):
        return value - half, value * reach + half if value > 0 else INF
    if qualifier in ("less_than", "at_most"):
        return (value / reach - half if value > 0 else -INF), value + half
    if qualifier == "several":
        return value, value * 10
    return value - half, value + half


def intervals_meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    scale = max(abs(x) for x in (*a, *b) if math.isfinite(x)) if any(math.isfinite(x) for x in (*a, *b)) else 1.0
    eps = _EPS * max(scale, 1.0)
    return a[0] <= b[1] + eps and b[0] <= a[1] + eps


def restates(mention: Mention, claim: Claim) -> bool:
    """The figure is the claim's as written: a bound's own number ("60%",
    "more than 60%" for more than 60%), not any value the bound allows
    ("68%"), which is a figure of its own."""
    if claim.qualifier not in _LOWER | _UPPER or mention.qualifier in _LOWER | _UPPER:
        return agrees(mention, claim)
    plain = _bounds(claim.value, claim.tolerance or 0.0, None)
    return intervals_meet(mention_interval(mention), plain)


def agrees(mention: Mention, claim: Claim) -> bool:
    if _same_bound(mention.qualifier, claim.qualifier):
        # "more than 70%" where the source says "more than 60%": both are the
        # round figure a bound is written with, and the draft changed it
        plain = _bounds(claim.value, claim.tolerance or 0.0, None)
        return intervals_meet(mention_interval(mention, qualified=False), plain)
    return intervals_meet(mention_interval(mention), claim_interval(claim))


_LOWER = frozenset(("more_than", "at_least"))
_UPPER = frozenset(("less_than", "at_most"))


def _same_bound(ours: str | None, theirs: str | None) -> bool:
    return any(ours in side and theirs in side for side in (_LOWER, _UPPER))


def bound_holds(mention: Mention, claim: Claim) -> bool:
    """The draft's bound is true of the claim's value ("more than 10%" where
    the claim says 12.1%), though too loose to agree with it."""
    if mention.qualifier not in _LOWER | _UPPER:
        return False
    return intervals_meet(mention_interval(mention, reach=BOUND_HOLDS), claim_interval(claim))


def scale_slip(mention: Mention, claim: Claim) -> int | None:
    """The power of ten by which the draft is off when only the scale is
    wrong (billion for trillion, 万 for 亿); None when the digits differ too."""
    if mention.value == 0 or claim.value == 0:
        return None
    ratio = mention.value / claim.value
    if ratio <= 0:
        return None
    power = round(math.log10(ratio))
    if abs(power) not in SLIP_POWERS:
        return None
    shifted = mention._replace(value=mention.value / 10**power, scale=mention.scale / 10**power)
    if {mention.qualifier, claim.qualifier} & (_LOWER | _UPPER):
        # a bound agrees with anything on its side: its digits must be the claim's
        # ("more than 70,000" for more than 700,000; not "3.6万余家" for 41, nor
        # "80 looms" for more than 700,000)
        if abs(shifted.value - claim.value) > 0.1 * abs(claim.value):
            return None
    return power if agrees(shifted, claim) else None
