"""What a figure stands in: its sentence, the entity and period it is about,
and the kind of quantity its wording makes it (a growth rate, a share...)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from factcheck.extract import Mention
from factcheck.periods import Period
from factcheck.timeexpr import TimeMention, find_times
from factcheck.units import PERCENT, POINTS

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’\"']?|(?<=[a-z0-9%)\]”\"])\.(?=\s+[A-Z“\"(]|\s*$)|\n\s*\n|\n(?=\s*(?:#|[-*+]\s|\d+\.\s))", re.M)
_PARAGRAPH = re.compile(r"\n\s*\n")
_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+)$", re.M)

_GROWTH = re.compile(
    r"(?:grew|grow|growth|grown|increas\w*|rose|rise|risen|rising|up|jump\w*|surg\w*|climb\w*|expand\w*|"
    r"declin\w*|decreas\w*|fell|fall|fallen|drop\w*|down|year[- ]on[- ]year|y/y|yoy|annual rate|"
    r"增长|增速|增加|同比|环比|提高|提升|上升|下降|下滑|减少|增幅|涨|降|回升)", re.I)
_SHARE = re.compile(
    r"(?:share|accounted for|accounting for|accounts for|proportion|percent of|% of|of (?:the )?(?:gdp|total|national)|"
    r"of its|of all|ratio of|penetration|coverage|rate of|占|比重|占比|份额|比例|渗透率|覆盖率)", re.I)


def _flatten(text: str) -> str:
    """Line breaks as spaces, offsets unchanged."""
    return text.replace("\r", " ").replace("\n", " ")


@dataclass(frozen=True)
class Context:
    sentence: str
    sentence_start: int
    clause: str  # the part of the sentence that belongs to this figure
    lead: str  # the sentence before the clause: shared context (the subject)
    entity: str | None  # canonical name
    entity_explicit: bool  # named in the figure's own sentence
    period: Period | None
    period_text: str | None
    period_relative: bool
    kind: str | None  # growth, share, change, level or None (unknown)


class EntityFinder:
    """Finds canonical entities by any of their names, in both languages."""

    def __init__(self, entities: dict[str, tuple[str, ...]]) -> None:
        names: dict[str, str] = {}
        for canonical, aliases in entities.items():
            for alias in (canonical, *aliases):
                names.setdefault(alias.lower(), canonical)
        self.names = names
        parts = []
        for alias in sorted(names, key=len, reverse=True):
            escaped = re.escape(alias)
            parts.append(rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if alias.isascii() else escaped)
        self.pattern = re.compile("|".join(parts), re.I) if parts else None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        if self.pattern is None:
            return []
        return [(m.start(), m.end(), self.names[m.group(0).lower()]) for m in self.pattern.finditer(text)]


class Document:
    """A draft prepared once for the contexts of all its figures."""

    def __init__(self, text: str, masked: str, today: date, finder: EntityFinder) -> None:
        self.text = text
        self.today = today
        self.bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(masked)] + [len(text)]
        self.paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(masked)]
        self.headings = [(m.start(), m.group("title")) for m in _HEADING.finditer(masked)]
        flat = _flatten(masked)  # names and time phrases may wrap across lines
        self.entities = finder.find(flat)
        self.entity_starts = [e[0] for e in self.entities]
        self.times: list[TimeMention] = find_times(flat, today)
        self.time_starts = [t.start for t in self.times]
        counts = Counter(e[2] for e in self.entities)
        self.main_entity = counts.most_common(1)[0][0] if counts else None

    def sentence_span(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.bounds, offset) - 1
        start, end = self.bounds[index], self.bounds[min(index + 1, len(self.bounds) - 1)]
        # "44.3%! This is the first three quarters...": a figure alone in its
        # exclamation belongs with the sentence that explains it.
        if len(self.text[start:end].strip()) <= 16 and index + 2 < len(self.bounds):
            end = self.bounds[index + 2]
        return start, end

    def paragraph_start(self, offset: int) -> int:
        return self.paragraphs[bisect.bisect_right(self.paragraphs, offset) - 1]

    def heading_before(self, offset: int) -> str | None:
        title = None
        for start, text in self.headings:
            if start > offset:
                break
            title = text
        return title

    def _nearest(self, starts: list[int], items: list, lo: int, hi: int, offset: int):  # type: ignore[no-untyped-def]
        first = bisect.bisect_left(starts, lo)
        last = bisect.bisect_left(starts, hi)
        best = None
        for item, start in zip(items[first:last], starts[first:last]):
            # Prefer what comes before the figure; then the nearest after it.
            distance = offset - start if start <= offset else 10_000 + start - offset
            if best is None or distance < best[0]:
                best = (distance, item)
        return best[1] if best else None

    def context(self, mention: Mention, lo: int, hi: int) -> Context:
        start, end = self.sentence_span(mention.start)
        sentence = self.text[start:end]
        clause = self.text[max(start, lo):min(end, hi)]
        entity = self._nearest(self.entity_starts, self.entities, start, end, mention.start)
        explicit = entity is not None
        if entity is None:
            para = self.paragraph_start(mention.start)
            entity = self._nearest(self.entity_starts, self.entities, para, start, start)
        name = entity[2] if entity else None
        if name is None:
            heading = self.heading_before(mention.start)
            if heading:
                found = [e for e in self.entities if heading in self.text[e[0]:e[0] + len(heading)]]
                name = found[0][2] if found else None
        name = name or self.main_entity
        time = self._nearest(self.time_starts, self.times, start, end, mention.start)
        if time is None:
            para = self.paragraph_start(mention.start)
            time = self._nearest(self.time_starts, self.times, para, start, start)
        return Context(
            sentence=sentence,
            sentence_start=start,
            clause=clause,
            lead=self.text[start:max(start, lo)],
            entity=name,
            entity_explicit=explicit,
            period=time.period if time else None,
            period_text=self.text[time.start:time.end] if time else None,
            period_relative=time.relative if time else False,
            kind=kind_of(mention, self.text[max(start, lo):mention.start], self.text[mention.end:min(end, hi)]),
        )


def kind_of(mention: Mention, before: str, after: str) -> str | None:
    """The kind of quantity a figure is, from its unit and nearby words."""
    if mention.unit == POINTS:
        return "change"
    if mention.unit == "times":
        return "ratio"
    near_before = before[-40:]
    near_after = after[:14]
    if mention.unit == PERCENT:
        if _SHARE.search(near_before[-24:]) or re.match(r"\s*(?:of|的)", near_after):
            return "share"
        if _GROWTH.search(near_before) or _GROWTH.search(near_after):
            return "growth"
        if _SHARE.search(near_before):
            return "share"
        return None
    if _GROWTH.search(near_before[-12:]) and re.search(r"(?:by|增加|增长了?)\s*$", near_before):
        return "change"  # "increased by 500 companies"
    return "level"
