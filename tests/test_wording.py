"""English metric terms found as words, with their inflections."""

import pytest

from factcheck.index import normal
from factcheck.wording import PEOPLE_TERM, has_word


@pytest.mark.parametrize(
    ("text", "term", "found"),
    [
        ("technology contracts rose", "contract", True),
        ("new plants opened", "plan", False),
        ("investment in high tech industries", "high tech industry", True),
        ("the industry grew", "industry", True),
        ("industry's output", "industry", True),
        ("industrial output", "industry", False),
        ("the county's budget", "count", False),
        ("several companies", "company", True),
        ("a company", "companies", False),
        ("the key days", "key day", True),  # a y after a vowel takes a plain s
        ("monthly trading", "month", True),
    ],
)
def test_has_word(text: str, term: str, found: bool) -> None:
    assert has_word(text, term) is found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Recognised R&D centres", "recognized r&d centers"),
        ("the digitalisation programme", "the digitalization program"),
        ("labour licences, in tonnes and kilometres", "labor licenses, in tons and kilometers"),
        ("New energy cars and high-tech firms", "new energy vehicles and high tech enterprises"),
        ("100 million yuan a month", "100 million yuan monthly"),
        ("it employed 160; its workforce", "it employees 160; its staff"),
        # words that end so in both spellings stay as they are
        ("enterprises rise; exercise, expertise, premises", "enterprises rise; exercise, expertise, premises"),
    ],
)
def test_british_spellings_are_compared_as_american(text: str, written: str) -> None:
    assert normal(text) == written


@pytest.mark.parametrize(
    ("term", "people"),
    [("团队", True), ("员工", True), ("从业人数", True), ("team size", True), ("staff", True),
     ("人工智能", False), ("手术机器人", False), ("人民币", False), ("hospitals", False)],
)
def test_terms_that_count_people(term: str, people: bool) -> None:
    # 人 in 人工智能 (artificial intelligence) and 机器人 (robot) counts no one: a head count
    # ("160多人") is no claim about hospitals that use AI
    assert bool(PEOPLE_TERM.search(term)) is people
