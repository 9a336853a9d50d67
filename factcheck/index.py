"""The database prepared for matching: claims grouped so that a figure's
candidates come from a few small lists, never from a scan of every claim."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from factcheck.context import EntityFinder
from factcheck.records import Claim, Database
from factcheck.units import COUNT, CURRENCIES, PERCENT, POINTS

_STOP = frozenset(
    "of the and in for a an to by on at as with from per its share rate value total number under over first "
    "into more most than been were have this that which their there where other some such each also only "
    "after before during about among between through within without year years month months new".split()
)


# Units with a dimension of their own; every other unit is a kind of count
# ("cores", "units per 10,000 people") and compares with counts.
MEASURES = frozenset({"times", "km", "km2", "m2", "TB", "PB", "PFLOPS", "EFLOPS", "GW", "MW", "kWh", "tons",
                      "years", "months", "days", "hours"})


def family(unit: str | None) -> str:
    """Units that can be confused with each other share a family."""
    if unit in (PERCENT, POINTS):
        return "percent"
    if unit in CURRENCIES:
        return unit.lower()
    if unit in MEASURES:
        return unit.lower()
    return "count"


@dataclass(frozen=True)
class Entry:
    claim: Claim
    keywords: tuple[tuple[str, float], ...]  # lowercased, with weight
    metric: str
    totals: tuple[float, float]  # total weight of the English and of the Chinese terms


class Index:
    def __init__(self, db: Database) -> None:
        self.db = db
        entities = {name: tuple(aliases) for name, aliases in db.entities.items()}
        for claim in db.claims:
            entities.setdefault(claim.entity, ())
        self.finder = EntityFinder(entities)
        counts: Counter[str] = Counter()
        terms_of: dict[str, set[str]] = {}
        for claim in db.claims:
            # One Chinese character (条, 家) says nothing about the metric.
            terms = {k.lower().strip() for k in claim.keywords if len(k.strip()) > 1}
            terms |= {w for w in re.findall(r"[a-z][a-z-]+[a-z]", claim.metric.lower()) if len(w) > 3 and w not in _STOP}
            terms_of[claim.id] = terms
            counts.update(terms)
        total = max(len(db.claims), 1)
        self.by_entity: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        self.by_value: dict[str, list[tuple[float, Entry]]] = defaultdict(list)
        for claim in db.claims:
            weighted = tuple(
                (term, _weight(counts[term], total)) for term in sorted(terms_of[claim.id], key=len, reverse=True)
            )
            totals = (sum(w for t, w in weighted if t.isascii()), sum(w for t, w in weighted if not t.isascii()))
            entry = Entry(claim, weighted, claim.metric.lower(), totals)
            self.by_entity[(family(claim.unit), claim.entity)].append(entry)
            self.by_value[family(claim.unit)].append((claim.value, entry))
        for values in self.by_value.values():
            values.sort(key=lambda pair: pair[0])
        self.value_keys = {fam: [v for v, _ in values] for fam, values in self.by_value.items()}

    def families_for(self, unit: str | None) -> tuple[str, ...]:
        if unit is None:
            # A bare "853.69 billion" may be money the writer left implicit.
            return ("count", *sorted(f.lower() for f in CURRENCIES))
        return (family(unit),)

    def for_entity(self, unit: str | None, entity: str) -> list[Entry]:
        found: list[Entry] = []
        for fam in self.families_for(unit):
            found.extend(self.by_entity.get((fam, entity), ()))
        return found

    def claim_count(self, unit: str | None, entity: str | None) -> int:
        return len(self.for_entity(unit, entity)) if entity else 0

    def near_value(self, unit: str | None, lo: float, hi: float, limit: int = 200) -> list[Entry]:
        """Claims whose value lies in [lo, hi], across entities."""
        found: list[Entry] = []
        for fam in self.families_for(unit):
            keys = self.value_keys.get(fam)
            if not keys:
                continue
            first = bisect.bisect_left(keys, lo)
            last = bisect.bisect_right(keys, hi)
            found.extend(entry for _, entry in self.by_value[fam][first:min(last, first + limit)])
        return found


def _weight(df: int, total: int) -> float:
    """Rare terms say more about the metric than common ones."""
    if total < 20:
        return 1.0 if df <= 3 else 0.5
    return min(1.0, math.log(1 + total / df) / math.log(1 + total / 3))
