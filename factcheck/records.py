"""The database's runtime records: plain, frozen and cheap to load.

Pydantic validates files (``schema``); these are what the checker uses, and
what the compiled cache stores.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from factcheck.periods import Period
from factcheck.units import unit_label


class Source(NamedTuple):
    id: str
    title: str
    publisher: str
    published: date | None
    language: str
    url: str | None = None
    file: str | None = None
    notes: str | None = None
    path: str = ""
    line: int = 0


class Claim(NamedTuple):
    id: str
    entity: str
    metric: str
    value: float
    value_text: str  # as curated: "853.69 billion"
    unit: str
    period: Period
    source: str
    kind: str
    statement: str | None = None
    keywords: tuple[str, ...] = ()
    quote: str | None = None
    tolerance: float | None = None
    qualifier: str | None = None
    tags: tuple[str, ...] = ()
    notes: str | None = None
    path: str = ""
    line: int = 0

    @property
    def shown(self) -> str:
        """The value as the source gives it: "more than 60%", "853.69 billion yuan"."""
        qualifier = f"{self.qualifier.replace('_', ' ')} " if self.qualifier else ""
        return f"{qualifier}{self.value_text}{unit_label(self.unit)}"


class Problem(NamedTuple):
    """One thing wrong with the database, with where it is."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class Database(NamedTuple):
    claims: tuple[Claim, ...]
    sources: dict[str, Source]
    entities: dict[str, tuple[str, ...]]
    part_of: dict[str, str]  # entity -> the entity it is part of

    def related(self, a: str, b: str) -> bool:
        return related(self.part_of, a, b)

    def ancestors(self, name: str) -> list[str]:
        return ancestors(self.part_of, name)

    def source_of(self, claim: Claim) -> Source | None:
        return self.sources.get(claim.source)

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)


def related(part_of: dict[str, str], a: str, b: str) -> bool:
    """Same entity, or one is (transitively) part of the other."""
    return a == b or b in ancestors(part_of, a) or a in ancestors(part_of, b)


def ancestors(part_of: dict[str, str], name: str) -> list[str]:
    found: list[str] = []
    while name in part_of and part_of[name] not in found:
        name = part_of[name]
        found.append(name)
    return found
