"""Entity names in a text: every alias of every entity, in both languages.

The aliases are merged into one trie-shaped regular expression: a few tests
per position of the text, however many aliases there are (one alternative
per alias would test every alias at every position). At a position the
longest alias wins; English aliases stand between non-letters, Chinese ones
match anywhere.
"""

from __future__ import annotations

import re

from factcheck.regexcache import compile as rx

# Names of places end so ("北京市", "广东省"): a city, a province, a region.
PLACE_ENDINGS = ("市", "省", "自治区", "特别行政区")


class EntityFinder:
    def __init__(self, entities: dict[str, tuple[str, ...]]) -> None:
        names: dict[str, str] = {}
        for canonical, aliases in entities.items():
            for alias in (canonical, *aliases):
                names.setdefault(alias.lower(), canonical)
        self.names = names
        # Where an English and a Chinese alias both match, the Chinese one is
        # the longer (the English one is its prefix), so it goes first.
        chinese = _trie([a for a in names if a and not a.isascii()])
        english = _trie([a for a in names if a and a.isascii()])
        parts = ([chinese] if chinese else []) + ([rf"(?<![A-Za-z]){english}(?![A-Za-z])"] if english else [])
        self.pattern = rx("|".join(parts), re.I) if parts else None

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled in the database cache: the pattern comes back through the
        # regular-expression cache, not compiled again by pickle.
        source = self.pattern.pattern if self.pattern is not None else None
        return (_restore, (self.names, source))

    @property
    def country(self) -> str | None:
        """The entity the database calls "the country", "全国"."""
        return self.names.get("the country") or self.names.get("全国")

    def place_kinds(self) -> dict[str, frozenset[str]]:
        """The entities a name of which ends like a place's, with those
        endings (市, 省...): worked out once per database, not per draft."""
        kinds = getattr(self, "_place_kinds", None)
        if kinds is None:  # not kept in the database cache, like the alias groups
            found: dict[str, set[str]] = {}
            for alias, canonical in self.names.items():
                for ending in PLACE_ENDINGS:
                    if alias.endswith(ending):
                        found.setdefault(canonical, set()).add(ending)
            kinds = self._place_kinds = {name: frozenset(endings) for name, endings in found.items()}
        return kinds

    def places(self, part_of: dict[str, str]) -> frozenset[str]:
        """The entities that are places: a name of theirs ends in 市, 省,
        自治区 or 特别行政区, or something is part of them (a company without a
        city is no "city"). Worked out once per database (thousands of
        entities in a large one), not per draft; not kept in the cache."""
        cached = getattr(self, "_places", None)
        if cached is None or cached[0] is not part_of:
            cached = self._places = (part_of, frozenset(self.place_kinds()) | frozenset(part_of.values()))
        return cached[1]

    def aliases(self, name: str) -> tuple[str, ...]:
        """Every name of the entity, lower case (its canonical one first)."""
        grouped = getattr(self, "_grouped", None)
        if grouped is None:  # worked out on first need; not kept in the database cache
            grouped = {}
            for alias, canonical in self.names.items():
                grouped.setdefault(canonical, [canonical.lower()]).append(alias)
            grouped = self._grouped = {canonical: tuple(names) for canonical, names in grouped.items()}
        return grouped.get(name, (name.lower(),))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) of every name in ``text``."""
        if self.pattern is None:
            return []
        return [(m.start(), m.end(), self.names[m.group(0).lower()]) for m in self.pattern.finditer(text)]


def _restore(names: dict[str, str], source: str | None) -> EntityFinder:
    finder = EntityFinder.__new__(EntityFinder)
    finder.names = names
    finder.pattern = rx(source, re.I) if source is not None else None
    return finder


def _trie(words: list[str]) -> str:
    """A pattern matching any of ``words``, the longest first."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root) if root else ""


def _emit(node: dict) -> str:  # type: ignore[type-arg]
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word may end here: a greedy "?" tries the longer words first.
    return f"(?:{body})?" if "" in node else body
