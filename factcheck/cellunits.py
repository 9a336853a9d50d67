"""A bare number in a table cell, in the unit its row or column names.

Tables put units in their labels ("| Technology contract turnover, billion
yuan | 853.69 |", "| 数值（亿元） |"): the cell's "853.69" is 853.69 billion
yuan, and is judged as such rather than as a bare number.
"""

from __future__ import annotations

from factcheck.extract import Mention, extract
from factcheck.regexcache import compile as rx
from factcheck.tables import Tables

# The end of a label that names a unit: after its last comma, or in brackets.
_UNIT_TAIL = rx(r"(?:[,，;；]\s*|[(（]\s*)(?P<unit>[^,，;；()（）]{1,24}?)\s*[)）]?\s*$")


def in_table_unit(mention: Mention, text: str, tables: Tables) -> Mention:
    """The mention, with the unit and scale its column's header or another
    cell of its row names (at its end: "..., billion yuan", "（亿元）"), when
    the cell holds the bare number alone; else unchanged."""
    if mention.unit is not None or mention.scale != 1.0 or not tables.rows:
        return mention
    cell = tables.cell_at(mention.start)
    if cell is None or text[cell.cell[0] : cell.cell[1]].strip() != mention.text:
        return mention
    for span in (cell.header, cell.label, *cell.others, _caption(text, cell.header)):
        if span is None:
            continue
        tail = _UNIT_TAIL.search(text, span[0], span[1])
        if tail is None:
            continue
        unit = tail.group("unit").strip()
        probe = f"{mention.number}{' ' if unit[:1].isascii() else ''}{unit}"
        found = extract(probe, probe)
        if (
            found
            and found[0].start == 0
            and found[0].unit is not None
            and found[0].number == mention.number
            # "Value added, high-tech manufacturing": what the row measures, not a thing counted
            and not (found[0].unit == "count" and len(unit.split()) > 1)
        ):
            read = found[0]
            return Mention(
                mention.start, mention.end, mention.line, mention.column, mention.end_line, mention.end_column,
                mention.text, read.value, read.unit, mention.qualifier, mention.number, read.scale,
            )
    return mention


def _caption(text: str, header: tuple[int, int] | None) -> tuple[int, int] | None:
    """The line right above the table, when it is a short caption that ends
    with its unit ("**Table A. China, first half of 2024 (growth, %)**"):
    the span of the caption without the emphasis around it."""
    if header is None:
        return None
    top = text.rfind("\n", 0, header[0])  # the end of the line above the header row
    if top > 0 and not text[text.rfind("\n", 0, top) + 1 : top].strip():
        top = text.rfind("\n", 0, top)  # one blank line between the caption and the table
    if top <= 0:
        return None
    start = text.rfind("\n", 0, top) + 1
    line = text[start:top].strip()
    if not line or len(line) > 160 or line.startswith("|"):
        return None
    first = text.index(line, start)
    last = first + len(line.rstrip("*_ "))
    return (first, last)
