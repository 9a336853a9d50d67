"""The database prepared for matching: claims grouped so that a figure's
candidates come from a few small lists, never from a scan of every claim."""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter, defaultdict
from typing import NamedTuple

from factcheck.entities import EntityFinder
from factcheck.periods import Period
from factcheck.records import Claim, Database
from factcheck.regexcache import compile as rx
from factcheck.units import CURRENCIES, PERCENT, POINTS

_STOP = frozenset(
    "of the and in for a an to by on at as with from per its share rate value total number under over first "
    "into more most than been were have this that which their there where other some such each also only "
    "after before during about among between through within without year years month months new".split()
)


# The shortest English term a near spelling can differ from: below ten
# letters, a window of the term's length 90% alike (rapidfuzz partial_ratio,
# the matcher's test) is the term itself, which the exact match finds.
NEAR_SPELLED = 10

# Units with a dimension of their own; every other unit is a kind of count
# ("cores", "units per 10,000 people") and compares with counts.
# (GB, PB and EFLOPS are held as TB and PFLOPS: units.SCALED)
MEASURES = frozenset({"times", "km", "km2", "m2", "TB", "PFLOPS", "GW", "MW", "kWh", "TWh", "GWh",
                      "MWh", "TEU", "tons", "years", "months", "days", "hours", "minutes", "seconds"})


_UNIT_WORDS = frozenset(
    "yuan rmb cny usd dollars percent per cent pct km kilometers days hours years months units people persons "
    "元 亿元 万元 万亿元 美元 公里 千米 平方公里 天 小时 年 个月 "
    "人 家 个 件 项 台 辆 条 套 名 倍 百分点 个百分点".split()
)


# British spellings, as the claims' (mostly American) terms are written:
# "recognised 107 foreign-funded centres" names "recognized ... centers".
_BRITISH = rx(
    r"\b(recogni|organi|digitali|industriali|commerciali|moderni|optimi|standardi|utili|authori|stabili|subsidi"
    r"|capitali|privati|globali|locali|centrali|prioriti|speciali|minimi|maximi|mobili|harmoni|liberali|moneti"
    r"|categori|normali|summari|reali|finali|internationali|computeri|automati|incentivi|memori)s"
    r"(e|ed|es|ing|ation|ations|er|ers)\b"
    r"|\b(cent|fib|met|kilomet|theat)re(s?)\b|\b(programme|labour|licence|catalogue|tonne|favour|behaviour)(s?)\b"
)
_AMERICAN = {"programme": "program", "labour": "labor", "licence": "license", "catalogue": "catalog",
             "tonne": "ton", "favour": "favor", "behaviour": "behavior"}


def _american(match: re.Match[str]) -> str:
    stem, ending, short, plural, word, word_plural = match.groups()
    if stem:
        return f"{stem}z{ending}"
    if short:
        return f"{short}er{plural}"
    return _AMERICAN[word] + word_plural


# Plain words for the claims' official ones, where a draft paraphrases a fixed term
_PLAIN = rx(r"\bnew energy cars?\b|\bhigh tech (?:companies|firms)\b|\b(?:a|per|each|every) month\b"
            r"|\ba (?:typical|normal|single|given) month\b|\ban (?:average|ordinary) month\b"
            r"|\bemploy(?:s|ed|ing)?\b|\b(?:workforce|headcount|payroll)\b|\by/y(?![a-z])|\byoy\b|\byear over year\b")
_OFFICIAL = {"new energy car": "new energy vehicle", "new energy cars": "new energy vehicles",
             "high tech companies": "high tech enterprises", "high tech firms": "high tech enterprises",
             **{f"{word} month": "monthly" for word in ("a", "per", "each", "every", "a typical", "a normal",
                                                        "a single", "a given", "an average", "an ordinary")},
             **dict.fromkeys(("employ", "employs", "employed", "employing"), "employees"),
             **dict.fromkeys(("workforce", "headcount", "payroll"), "staff"),
             **dict.fromkeys(("y/y", "yoy", "year over year"), "year on year")}


@functools.lru_cache(maxsize=4096)  # the figures of a sentence ask for its pieces again and again
def normal(text: str) -> str:
    """Text as metric terms are compared with it: lower case, hyphens as
    spaces ("year-on-year" is "year on year"), whitespace collapsed, the
    statisticians' short forms written out ("规上" is "规模以上"), British
    spellings as American ones ("centres" is "centers")."""
    text = _BRITISH.sub(_american, " ".join(text.lower().replace("-", " ").split()))
    text = _PLAIN.sub(lambda match: _OFFICIAL[match.group(0)], text)
    return text.replace("规上", "规模以上") if "规上" in text else text


def family(unit: str | None) -> str:
    """Units that can be confused with each other share a family."""
    if unit in (PERCENT, POINTS):
        return "percent"
    if unit in CURRENCIES:
        return unit.lower()
    if unit in MEASURES:
        return unit.lower()
    return "count"


# A bare "853.69 billion" may be money the writer left implicit.
_BARE_FAMILIES = ("count", *sorted(c.lower() for c in CURRENCIES))

class Entry(NamedTuple):
    claim: Claim
    keywords: tuple[tuple[str, float], ...]  # lowercased, with weight
    totals: tuple[float, float]  # total weight of the English and of the Chinese terms
    reach: float = 0.0  # the most that fuzzy matches of its terms can add to a metric score


# Claims of one entity and unit family with the same metric terms.
Group = tuple[Entry, ...]


class Index:
    def __init__(self, db: Database) -> None:
        self.db = db
        entities = {name: tuple(aliases) for name, aliases in db.entities.items()}
        for claim in db.claims:
            entities.setdefault(claim.entity, ())
        self.finder = EntityFinder(entities)
        counts: Counter[str] = Counter()
        terms_of: list[frozenset[str]] = []
        # Claims share metrics and keywords: work each combination out once.
        seen: dict[tuple[tuple[str, ...], str], frozenset[str]] = {}
        for claim in db.claims:
            terms = seen.get((claim.keywords, claim.metric))
            if terms is None:
                # One Chinese character (条, 家) or a unit word (yuan, 亿元, days)
                # says nothing about the metric.
                found = {normal(k) for k in claim.keywords
                         if len(k.strip()) > 1 and k.lower().strip() not in _UNIT_WORDS}
                words = re.findall(r"[a-z][a-z-]+[a-z]", claim.metric.lower())
                found |= {normal(w) for w in words if len(w) > 3 and w not in _STOP}
                terms = seen[(claim.keywords, claim.metric)] = frozenset(found)
            terms_of.append(terms)
            counts.update(terms)
        total = max(len(db.claims), 1)
        self.weights = {term: _weight(df, total) for term, df in counts.items()}
        self.by_entity: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        self.by_value: dict[str, list[tuple[float, Entry]]] = defaultdict(list)
        self._postings: dict[tuple[str, str], tuple[dict[str, list[Entry]], list[Entry], list[float]]] = {}
        shapes: dict[frozenset[str], tuple[tuple[tuple[str, float], ...], tuple[float, float], float]] = {}
        for claim, terms in zip(db.claims, terms_of):
            shape = shapes.get(terms)
            if shape is None:
                weighted = tuple((term, self.weights[term]) for term in sorted(terms, key=len, reverse=True))
                totals = (sum(w for t, w in weighted if t.isascii()), sum(w for t, w in weighted if not t.isascii()))
                reach = 0.5 * sum(w for t, w in weighted if t.isascii() and len(t) >= NEAR_SPELLED)
                shape = shapes[terms] = (weighted, totals, reach)
            entry = Entry(claim, shape[0], shape[1], shape[2])
            fam = family(claim.unit)
            self.by_entity[(fam, claim.entity)].append(entry)
            self.by_value[fam].append((claim.value, entry))
        # Fewer terms than shapes: a draft's terms are listed from the vocabulary
        # (Matcher._draft_terms); more: claims are asked about shape by shape.
        self.few_terms = len(self.weights) <= len(shapes)
        for values in self.by_value.values():
            values.sort(key=lambda pair: pair[0])
        self.value_keys = {fam: [v for v, _ in values] for fam, values in self.by_value.items()}
        self._value_shapes: dict[str, tuple[list[int], list[Entry]]] = {}
        self._shape_numbers: dict[int, int] = {}
        self.shape_entries: list[Entry] = []  # one claim of each shape (Entry.keywords), by shape number
        self._term_shapes: dict[str, list[int]] | None = None
        self._reaching: dict[float, frozenset[int]] = {}
        self._releases: dict[tuple[str, str, Period], tuple[Claim, ...]] | None = None

    def __getstate__(self) -> dict[str, object]:
        # The postings and shape numbers are built on first use: not worth storing.
        return {**self.__dict__, "_postings": {}, "_value_shapes": {}, "_shape_numbers": {}, "shape_entries": [],
                "_term_shapes": None, "_reaching": {}, "_releases": None}

    def families_for(self, unit: str | None) -> tuple[str, ...]:
        if unit is None:
            return _BARE_FAMILIES
        return (family(unit),)

    def postings(self, fam: str, entity: str, reach: float) -> tuple[dict[str, list[Group]], list[Group], float]:
        """An entity's claims of a unit family by metric term, so that a
        figure's candidates come from the terms around it, not from all
        the entity's claims; those whose fuzzy matches alone may ``reach``
        a score, and the highest reach of the others. Claims with the same
        terms (a metric tracked over many periods) come as one group: they
        score alike, so a figure weighs each group once."""
        key = (fam, entity)
        found = self._postings.get(key)
        if found is None:  # built on first use
            shapes: dict[int, list[Entry]] = {}
            for entry in self.by_entity.get(key, ()):
                shapes.setdefault(id(entry.keywords), []).append(entry)
            groups = [tuple(members) for members in shapes.values()]
            table: dict[str, list[Group]] = defaultdict(list)
            for group in groups:
                for term, _ in group[0].keywords:
                    table[term].append(group)
            widest = sorted(groups, key=lambda g: -g[0].reach)
            found = self._postings[key] = (dict(table), widest, [-g[0].reach for g in widest])
        table, widest, reaches = found
        wide = bisect.bisect_right(reaches, -reach)  # those with reach >= reach come first
        return table, widest[:wide], widest[wide][0].reach if wide < len(widest) else 0.0

    def claim_count(self, unit: str | None, entity: str | None) -> int:
        # Counted from the lists' lengths: this runs for every figure, and an
        # entity may have thousands of claims.
        if not entity:
            return 0
        return sum(len(self.by_entity.get((fam, entity), ())) for fam in self.families_for(unit))

    def value_windows(self, unit: str | None, lo: float, hi: float, limit: int = 200) -> list[tuple[str, int, int]]:
        """Where the claims whose value lies in [lo, hi] stand in each unit
        family's claims by value (``value_shapes``): at most ``limit`` each."""
        found = []
        for fam in self.families_for(unit):
            keys = self.value_keys.get(fam)
            if not keys:
                continue
            first = bisect.bisect_left(keys, lo)
            stop = min(bisect.bisect_right(keys, hi), first + limit)
            if first < stop:
                found.append((fam, first, stop))
        return found

    def value_shapes(self, fam: str) -> tuple[list[int], list[Entry]]:
        """A unit family's claims in value order, and the number of each
        one's shape (its metric terms, ``shape_entries``): claims near a
        value share few shapes, and a shape that cannot score is set aside
        for all its claims at once."""
        found = self._value_shapes.get(fam)
        if found is None:  # built on first use: ids are not kept by the cache
            numbers, shapes, entries = [], self._shape_numbers, []
            for _, entry in self.by_value.get(fam, ()):
                number = shapes.get(id(entry.keywords))
                if number is None:
                    number = shapes[id(entry.keywords)] = len(self.shape_entries)
                    self.shape_entries.append(entry)
                numbers.append(number)
                entries.append(entry)
            found = self._value_shapes[fam] = (numbers, entries)
        return found

    def term_shapes(self) -> dict[str, list[int]]:
        """The shapes (``value_shapes``) each metric term belongs to."""
        if self._term_shapes is None:
            for fam in self.by_value:
                self.value_shapes(fam)
            found = defaultdict(list)
            for number, entry in enumerate(self.shape_entries):
                for term, _ in entry.keywords:
                    found[term].append(number)
            self._term_shapes = dict(found)
        return self._term_shapes

    def released_with(self, claim: Claim) -> tuple[Claim, ...]:
        """The claims of the same source, entity and period as ``claim``
        (itself included): the figures of one release."""
        if self._releases is None:  # built on first need: most checks never ask
            found: dict[tuple[str, str, Period], list[Claim]] = defaultdict(list)
            for each in self.db.claims:
                found[(each.source, each.entity, each.period)].append(each)
            self._releases = {key: tuple(claims) for key, claims in found.items()}
        return self._releases.get((claim.source, claim.entity, claim.period), (claim,))

    def reaching(self, reach: float) -> frozenset[int]:
        """The shapes whose near spellings alone may add ``reach`` to a score."""
        found = self._reaching.get(reach)
        if found is None:
            self.term_shapes()  # every shape numbered
            found = self._reaching[reach] = frozenset(
                number for number, entry in enumerate(self.shape_entries) if entry.reach >= reach
            )
        return found


def _weight(df: int, total: int) -> float:
    """Rare terms say more about the metric than common ones."""
    if total < 20:
        return 1.0 if df <= 3 else 0.5
    return min(1.0, math.log(1 + total / df) / math.log(1 + total / 3))
