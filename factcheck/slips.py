"""How a figure's value stands to a claim's: agreement, and the slips of
a digit, of the scale or of the unit that make a wrong figure an error
rather than another quantity."""

from __future__ import annotations

from factcheck.agree import agrees, scale_slip
from factcheck.extract import Mention
from factcheck.numbers import significant_step
from factcheck.records import Claim
from factcheck.units import PERCENT, POINTS

MAX_RATIO = 20  # beyond this factor (not a scale slip) a value is about something else


def plausible_error(mention: Mention, claim: Claim) -> bool:
    """A wrong figure is a slip of a digit, of the scale or of the unit; a
    value twenty times off with other digits is about something else."""
    if swapped_units(mention, claim):
        return agrees(mention, claim)  # the same number in the wrong unit, not any other number
    if scale_slip(mention, claim) is not None:
        return True
    if mention.value == 0 or claim.value == 0:
        return False
    ratio = abs(mention.value / claim.value)
    return 1 / MAX_RATIO <= ratio <= MAX_RATIO


def _digits(number: float) -> str:
    return f"{abs(number):.10g}".replace(".", "").replace("e+", "").strip("0")[:6]


def same_digits(mention: Mention, claim: Claim) -> bool:
    """The draft's figure has the claim's digits, shifted (a scale slip) or
    two of them swapped (34.3 for 43.3): strong evidence that it is that
    figure, written wrong."""
    ours, theirs = _digits(mention.value), _digits(claim.value)
    if len(ours) < 2:
        # "6%" where the claim has 60%: one digit in common proves nothing;
        # but "more than 70,000" where the claim has "more than 700,000"
        # is the same round figure, a zero lost
        alike = mention.qualifier is not None and mention.qualifier == claim.qualifier
        return alike and abs(claim.value) >= 10_000 and scale_slip(mention, claim) is not None
    power = scale_slip(mention, claim)
    if power is not None and _rounds_to(mention, claim, power):
        return True
    if ours != theirs and sorted(ours) == sorted(theirs):
        return True
    # "170" for 107: a zero swapped with a digit (which the significant digits above do not show)
    whole = [f"{abs(value):.0f}" for value in (mention.value, claim.value) if float(value).is_integer()]
    return len(whole) == 2 and whole[0] != whole[1] and sorted(whole[0]) == sorted(whole[1])


def _rounds_to(mention: Mention, claim: Claim, power: int) -> bool:
    """Shifted by ``power``, the figure is the claim's value as rounded to the
    figure's own last digit: a scale slip keeps the digits ("8536.9万元" for
    8536.9亿元), where "about" would let "roughly 417,000" pass for 421 thousand."""
    unit = significant_step(mention.number)
    digits = mention.number.replace(",", "").lstrip("+-")
    if "." not in digits and digits.strip("0"):  # "854,000": written to the thousand
        unit *= 10.0 ** (len(digits) - len(digits.rstrip("0")))
    step = unit * mention.scale / 10.0**power
    return abs(mention.value / 10.0**power - claim.value) <= step / 2 + 1e-9 * abs(claim.value)


def transposed(mention: Mention, claim: Claim) -> bool:
    """Three or more digits of the claim's in another order ("4280" for
    4082): a slip, even where "about" would let the value pass."""
    ours, theirs = _digits(mention.value), _digits(claim.value)
    nonzero = ours.replace("0", "")
    return len(nonzero) >= 3 and ours != theirs and sorted(nonzero) == sorted(theirs.replace("0", ""))


def swapped_units(mention: Mention, claim: Claim) -> bool:
    """One in percent, the other in percentage points."""
    return {mention.unit, claim.unit} == {PERCENT, POINTS}


def slip_of(mention: Mention, claim: Claim, digits: int = 3) -> bool:
    """The figure is the claim's value written wrong the way editors slip:
    percent for points (or back), the scale, two digits swapped, or one
    digit changed, added or dropped in a value of ``digits`` or more."""
    if swapped_units(mention, claim):
        return agrees(mention, claim)
    if scale_slip(mention, claim) is not None and _digits(mention.value) == _digits(claim.value):
        return True  # "more than 100" joint models where the release says "more than 10" (not 0.1% for 12.1%)
    if not plausible_error(mention, claim):
        return False
    if same_digits(mention, claim) or transposed(mention, claim):
        return True
    ours, theirs = _digits(mention.value), _digits(claim.value)
    return max(len(ours), len(theirs)) >= digits and _one_edit(ours, theirs)


def _one_edit(ours: str, theirs: str) -> bool:
    if len(ours) == len(theirs):
        return sum(a != b for a, b in zip(ours, theirs)) == 1
    if abs(len(ours) - len(theirs)) != 1:
        return False
    short, long = sorted((ours, theirs), key=len)
    return any(long[:at] + long[at + 1 :] == short for at in range(len(long)))


def value_agrees(mention: Mention, claim: Claim) -> bool:
    """The values agree (agree.agrees), and not by transposed digits."""
    return agrees(mention, claim) and not transposed(mention, claim)


def value_weight(mention: Mention) -> float:
    """How much an agreeing value says: "853.69" by chance is unlikely, "6" is not."""
    digits = len(mention.number.replace(",", "").replace(".", "").strip("0")) or 1
    return 0.5 + 0.4 * min(digits, 4)
