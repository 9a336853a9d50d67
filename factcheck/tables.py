"""Markdown tables: which row label and column header a cell belongs to.

A figure in a table cell has no sentence; its metric and period usually sit
in the row's first cell and its entity in the column header (or the other
way round), so those are its context.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from factcheck.regexcache import compile as rx

_BAR = rx(r"(?<!\\)\|")

_ROW = rx(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_DELIMITER = rx(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$")

Span = tuple[int, int]


class Cell(NamedTuple):
    line: Span  # the whole row
    cell: Span  # the cell holding the figure
    label: Span  # the row's first cell
    header: Span | None  # the column's header cell
    others: tuple[Span, ...] = ()  # the row's other cells ("what was announced" beside "figure")
    table: int = 0  # where the table starts: rows above are other items, not this one's context


def _cells(text: str, start: int, end: int) -> list[Span]:
    """Cell spans of one row, without the outer pipes and padding."""
    spans = []
    bars = [m.start() for m in _BAR.finditer(text[start:end])]
    for left, right in zip(bars, bars[1:]):
        lo, hi = start + left + 1, start + right
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        spans.append((lo, hi))
    return spans


class Tables:
    def __init__(self, text: str) -> None:
        self.rows: list[tuple[int, int, list[Span], list[Span] | None, int]] = []
        rows = [(m.start(), m.end()) for m in _ROW.finditer(text)]
        header: list[Span] | None = None
        previous_end = -2
        table = 0
        for position, (start, end) in enumerate(rows):
            if start != previous_end + 1:
                header = None  # a new table starts
                table = start
            previous_end = end
            line = text[start:end]
            if _DELIMITER.match(line):
                continue
            cells = _cells(text, start, end)
            following = rows[position + 1] if position + 1 < len(rows) else None
            if header is None and following and _DELIMITER.match(text[following[0]:following[1]]):
                header = cells
                continue
            self.rows.append((start, end, cells, header, table))
        self.starts = [row[0] for row in self.rows]

    def cell_at(self, offset: int) -> Cell | None:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0:
            return None
        start, end, cells, header, table = self.rows[index]
        if not start <= offset < end:
            return None
        for column, span in enumerate(cells):
            if span[0] <= offset < span[1] + 1:
                if column == 0:
                    return None  # a figure in the label column is read as prose
                head = header[column] if header and column < len(header) else None
                others = tuple(other for number, other in enumerate(cells) if number not in (0, column))
                return Cell((start, end), span, cells[0], head, others, table)
        return None
