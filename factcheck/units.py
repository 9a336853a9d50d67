"""Canonical unit names, shared by the claim loader and the extractor."""

from __future__ import annotations

PERCENT = "percent"
POINTS = "percentage_points"
COUNT = "count"

CURRENCIES = frozenset({"CNY", "USD", "EUR", "HKD", "JPY", "GBP"})

_ALIASES: dict[str, str] = {
    "%": PERCENT,
    "pct": PERCENT,
    "per cent": PERCENT,
    "percentage": PERCENT,
    "pp": POINTS,
    "percentage point": POINTS,
    "percentage points": POINTS,
    "percentage-points": POINTS,
    "rmb": "CNY",
    "yuan": "CNY",
    "元": "CNY",
    "us$": "USD",
    "$": "USD",
    "dollars": "USD",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "pflops": "PFLOPS",
    "eflops": "EFLOPS",
    "fold": "times",
    "倍": "times",
    "km²": "km2",
    "square kilometers": "km2",
    "square kilometres": "km2",
    "m²": "m2",
    "square meters": "m2",
    "square metres": "m2",
    "kilometers": "km",
    "kilometres": "km",
    "tonnes": "tons",
    "year": "years",
    "month": "months",
    "day": "days",
}


# Units of one quantity at another magnitude: figures and claims are held in
# one of them, so that "612PB" or "612 GB" written for 612 TB is a slip of
# scale (1,000 times larger or smaller), and "12 EFLOPS" is 12,000 PFLOPS.
SCALED: dict[str, tuple[str, float]] = {"GB": ("TB", 0.001), "PB": ("TB", 1000.0), "EFLOPS": ("PFLOPS", 1000.0)}


def canonical_unit(text: str) -> str:
    """``"%"`` → ``"percent"``, ``"cny"`` → ``"CNY"``; free-form units pass through."""
    stripped = text.strip()
    lowered = stripped.lower()
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    if lowered.replace(" ", "_") in (PERCENT, POINTS, COUNT):
        return lowered.replace(" ", "_")
    if stripped.upper() in CURRENCIES:
        return stripped.upper()
    return stripped



def unit_label(unit: str | None) -> str:
    """How a unit reads in a message."""
    return {PERCENT: "%", POINTS: " percentage points", None: ""}.get(unit, f" {unit}")
