"""Where a draft's sentences end: a figure's words are its sentence's, so a
wrong end merges two figures' contexts or splits one."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.context import Document
from factcheck.entities import EntityFinder


def sentences(text: str) -> list[str]:
    doc = Document(text, text, date(2024, 11, 5), EntityFinder({}))
    return [text[a:b].strip() for a, b in zip(doc.bounds, doc.bounds[1:]) if text[a:b].strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output rose 5.2%. Exports fell.", ["Output rose 5.2%.", "Exports fell."]),
        ("The U.S. economy grew. Then it slowed.", ["The U.S. economy grew.", "Then it slowed."]),
        ("See No. 5 Road. It opened.", ["See No. 5 Road.", "It opened."]),
        ("Mr. Li and Dr. Wang spoke. Both agreed.", ["Mr. Li and Dr. Wang spoke.", "Both agreed."]),
        ("Output was 3.5 trillion. Growth was 4%.", ["Output was 3.5 trillion.", "Growth was 4%."]),
        ("Sales rose (sharply). Then fell.", ["Sales rose (sharply).", "Then fell."]),
        ("Sales rose.[12] Exports fell.", ["Sales rose.", "[12] Exports fell."]),
        ("Growth was 5 percent.", ["Growth was 5 percent."]),
        # a unit's letter after a number ends its sentence; an initial does not
        ("Supply is 12,000 P. By 2023 it was less.", ["Supply is 12,000 P.", "By 2023 it was less."]),
        ("Ask J. Smith first.", ["Ask J. Smith first."]),
        ("the u.s. case. lower case follows.", ["the u.s. case. lower case follows."]),
        ("全市增长5%。出口下降！进口呢？", ["全市增长5%。", "出口下降！", "进口呢？"]),
        ("One line\n\nAnother", ["One line", "Another"]),
        ("Intro\n- item one\n1. item two", ["Intro", "- item one", "1. item two"]),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
