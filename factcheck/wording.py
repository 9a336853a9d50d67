"""A claim's words in a draft's: English terms as words, what a figure
counts, the long terms that name a metric outright."""

from __future__ import annotations

import re

from factcheck.extract import CLASSIFIERS, Mention
from factcheck.index import Entry, normal
from factcheck.numbers import SCALE_WORDS
from factcheck.records import Claim
from factcheck.regexcache import compile as rx
from factcheck.units import PERCENT

WORDS4 = rx(r"[a-z]{4,}")  # the words a figure says it counts ("1,000 hospitals")

# (not 人 in 人工智能, 机器人, 人民币: artificial intelligence, robots and money count no one)
PEOPLE_TERM = rx(r"people|person|team|staff|employee|talent|worker|member|(?<!器)人(?!工智能|民币)|团队|员工|人才",
                 re.I)

ENDINGS = ("", "s", "es", "d", "ed", "ing", "ning", "ned", "ly", "al")


def stem(term: str) -> str:
    """What an English term's inflected forms all begin with: the term, or
    without its final y after a consonant ("industr": industry, industries)."""
    found = _STEMS.get(term)
    if found is None:
        found = _STEMS[term] = (
            term[:-1] if len(term) > 2 and term[-1] == "y" and term[-2] not in "aeiouy" and term.isascii() else term
        )
    return found


_STEMS: dict[str, str] = {}  # terms come from the database: a bounded set


def has_word(text: str, term: str) -> bool:
    """An English term as words of the text: at the start of a word, and
    ending a word or followed by an inflection ("contract" in "contracts",
    "industry" in "industries", not "plan" in "plants")."""
    start = stem(term) if term[-1:] == "y" else term
    at = text.find(start)
    while at >= 0:
        end = at + len(start)
        if at == 0 or not text[at - 1].isalnum():
            rest = end
            while rest < len(text) and text[rest].isalpha():
                rest += 1
            tail = text[end:rest]
            if tail in ENDINGS if len(start) == len(term) else tail == "ies" or tail[:1] == "y" and tail[1:] in ENDINGS:
                return True
        at = text.find(start, at + 1)
    return False


_FIRST_WORD = rx(r"\s*[A-Za-z-]+")
HAN_NOUN = rx(r"[\u4e00-\u9fff]{1,8}")  # what a Chinese count counts, after its classifier
# (to the next figure's "and", not to any "and": "of the specialised and sophisticated firms and 80% of ...")
_SHARE_OF = rx(r"\s*of\s+((?:the\s+|all\s+)?[^,.;:()]+?)(?=\s+and\s+(?:\d|[^\s\d]{1,3}\d)|\s+\d|[,.;:()]|$)", re.I)
_CLASSIFIERS = frozenset({"pieces", "units", "sets", "items", "kinds", "types", "batches", "pairs"})
_MEASURE_WORDS = frozenset(CLASSIFIERS)


def counts_alike(mention: Mention, claim: Claim) -> bool:
    """A figure that says what it counts ("15 companies") counts what the
    claim counts, or the claim does not say."""
    found = counts_what(mention, claim)
    return found is None or found


def other_classifier(mention: Mention, claim: Claim) -> bool:
    """A Chinese count whose measure word (家, 条, 个...) is not one the
    claim counts with, when the claim lists its own among its terms ("3家德企"
    against 16条 measures)."""
    own = mention.text[-1:]
    if mention.unit != "count" or own not in _MEASURE_WORDS:
        return False
    theirs = {term for term in claim.keywords if len(term) == 1 and term in _MEASURE_WORDS}
    return bool(theirs) and own not in theirs


def counts_what(mention: Mention, claim: Claim, after: str = "") -> bool | None:
    """Whether the figure counts what the claim counts ("161 carmakers" and
    a claim about carmakers); None when the figure or the claim does not say.
    ``after``: the words after the figure, read when its own text names no
    noun; in Chinese, the characters after the classifier ("161家车企"),
    against the claim's Chinese keywords."""
    if mention.unit == PERCENT:
        # "90% of the 'little giant' manufacturers": a share says what it is of
        whole = _SHARE_OF.match(after) if after else None
        terms = [normal(term) for term in claim.keywords if term.isascii() and len(term) >= 5]
        if whole is None or not terms:
            return None
        phrase = normal(whole.group(1))  # (British spellings as the claims' American ones)
        return any(term in phrase for term in terms)
    said = mention.text[len(mention.number) :] if mention.text.startswith(mention.number) else ""
    noun = HAN_NOUN.match(after) if after and mention.unit in ("count", None) else None
    if noun:  # "161家车企": the characters after the classifier name what is counted
        terms = [term for term in claim.keywords if not term.isascii()]
        return any(noun.group(0).startswith(term) for term in terms) if terms else None
    if not said.strip() and after and mention.unit in ("count", None):
        said = _FIRST_WORD.match(after).group(0) if _FIRST_WORD.match(after) else ""
        words = WORDS4.findall(said.lower())
    else:
        words = WORDS4.findall(said.lower()) if mention.unit == "count" else []
    # "1.72 million": a scale, not what is counted
    words = [word for word in words if word.removesuffix("s") not in SCALE_WORDS]
    if not words or not claim.metric.isascii() or words[-1] in _CLASSIFIERS:
        return None  # "70,000 pieces (of equipment)": a unit of counting, not what is counted
    stem = words[-1][:6] if len(words[-1]) > 6 else words[-1].rstrip("s")
    terms = (claim.metric, *claim.keywords)
    if PEOPLE_TERM.match(stem):  # "610 people" and a team's size
        return any(PEOPLE_TERM.search(term) for term in terms)
    return any(stem in term.lower() for term in terms)


def pinned(entry: Entry, clause: str) -> bool:
    """A long term of the claim ("优势产业集群", "advantageous industrial
    clusters") stands in the figure's clause: the metric is named, not
    merely touched by a common word."""
    return any(
        term in clause
        for term, _ in entry.keywords
        if (len(term) >= 5 if not term.isascii() else len(term) >= 18 and " " in term)
    )
