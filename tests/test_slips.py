"""How a figure's value stands to a claim's: the slips editors make."""

from __future__ import annotations

import pytest

from factcheck.agree import agrees, restates, scale_slip
from factcheck.extract import extract
from factcheck.numbers import parse_value
from factcheck.periods import parse_period
from factcheck.records import Claim
from factcheck.slips import plausible_error, same_digits, slip_of


@pytest.mark.parametrize(
    ("text", "claim_value", "claim_unit", "slipped"),
    [
        ("1.66 billion yuan", "1.066 billion", "CNY", True),  # a digit dropped
        ("835.69 billion yuan", "853.69 billion", "CNY", True),  # two swapped
        ("853.79 billion yuan", "853.69 billion", "CNY", True),  # one changed
        ("8536.9万元", "853.69 billion", "CNY", True),  # 万 for 亿
        ("more than 100", "more than 10", "count", True),  # a zero too many
        ("2.7%", "2.7", "percentage_points", True),  # percent for points
        ("3.7%", "2.7", "percentage_points", False),  # and another number besides
        ("3.2 billion yuan", "1.066 billion", "CNY", False),  # another figure altogether
        ("75%", "76", "percent", False),  # two digits: one changed proves nothing
        ("0.1%", "12.1", "percent", False),  # a power of ten off, but not the claim's digits
        ("1 million", "more than 10", "count", False),  # 10^5: no slip of scale words anyone makes
        ("1.72 million", "1.27 million", "count", True),  # two digits swapped
        ("1.066 billion yuan", "1.066 billion", "CNY", False),  # no slip: the same value
    ],
)
def test_slips_editors_make(text: str, claim_value: str, claim_unit: str, slipped: bool) -> None:
    (mention,) = extract(text)
    number = claim_value.removeprefix("more than ")
    claim = Claim(
        id="x", entity="X", metric="m", value=parse_value(number), value_text=number, unit=claim_unit,
        period=parse_period("2024"), source="s", kind="level",
        qualifier="more_than" if claim_value.startswith("more") else None,
    )
    assert slip_of(mention, claim) is slipped


def _claim(value: str) -> Claim:
    return Claim(id="x", entity="X", metric="m", value=parse_value(value), value_text=value, unit="count",
                 period=parse_period("2024"), source="s", kind="level")


@pytest.mark.parametrize(
    ("text", "claim_value", "same"),
    [
        ("170 centres", "107", True),  # a zero swapped with a digit: the claim's digits in another order
        ("107 centres", "170", True),
        ("710 centres", "107", True),
        ("17 centres", "107", False),  # a digit dropped is a slip, but not the same digits
        ("1,070 centres", "107", True),  # a scale slip
        ("107 centres", "107", False),  # the same figure
        ("421,000 factories", "421", True),  # a scale slip keeps the digits
        ("roughly 417,000 factories", "421", False),  # "roughly" agrees with 421 thousand, but these are other digits
        ("8536.9万家", "853690000", True),  # 万 for 亿, every digit kept
        ("about 854,000 factories", "853.69", True),  # rounded to its own last digit
    ],
)
def test_the_same_digits_in_another_order(text: str, claim_value: str, same: bool) -> None:
    (mention,) = extract(text)
    assert same_digits(mention, _claim(claim_value)) is same


@pytest.mark.parametrize(
    ("text", "power"),
    [
        ("70", -4),  # the claim's digits, 万 dropped
        ("80", None),  # "more than 700,000" stretches to 800,000, but a slip of scale keeps the digits
        ("more than 70", -4),
    ],
)
def test_a_scale_slip_keeps_the_digits_of_a_bound(text: str, power: int | None) -> None:
    (mention,) = extract(f"the {text} looms")
    claim = Claim(
        id="x", entity="X", metric="m", value=700000.0, value_text="700,000", unit="count",
        period=parse_period("2023"), source="s", kind="level", qualifier="more_than",
    )
    assert scale_slip(mention, claim) == power
    assert plausible_error(mention, claim) is (power is not None)


@pytest.mark.parametrize(
    ("text", "restated"),
    [
        ("60%", True),  # the bound's own number
        ("more than 60%", True),
        ("60%以上", True),
        ("68%", False),  # a value the bound allows: a figure of its own
        ("61.5%", False),
        ("55%", False),
    ],
)
def test_a_bound_is_restated_only_by_its_own_number(text: str, restated: bool) -> None:
    (mention,) = extract(text)
    claim = Claim(
        id="x", entity="X", metric="m", value=60.0, value_text="60", unit="percent",
        period=parse_period("2023"), source="s", kind="share", qualifier="more_than",
    )
    assert restates(mention, claim) is restated
    if restated or text == "55%":
        return
    assert agrees(mention, claim)  # (while agreeing with the bound)


@pytest.mark.parametrize(
    ("text", "agreeing"),
    [
        ("10.6万项", True),  # 10.6552万 cut, as Chinese reports often do
        ("10.7万项", True),  # rounded
        ("10.5万项", False),  # cut a digit too far: another figure
        ("106,000", False),  # written out in full, a figure is exact
        ("106.5 thousand", False),  # and an English scale word's figure is rounded, not cut
    ],
)
def test_a_figure_in_wan_may_be_cut_rather_than_rounded(text: str, agreeing: bool) -> None:
    (mention,) = extract(text)
    claim = Claim(
        id="x", entity="X", metric="m", value=106552.0, value_text="106552", unit="count",
        period=parse_period("2023"), source="s", kind="level",
    )
    assert agrees(mention, claim) is agreeing
