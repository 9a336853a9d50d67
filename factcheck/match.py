"""Judge one figure against the claims: supported, contradicted, stale,
misattributed or unverified, with the claim and the reason.

The order of the questions is the order in which an editor would ask them:
is there a claim for this entity, metric and period? Does the value agree?
If not, does the value belong to another period, or to another entity?
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from rapidfuzz import fuzz

from factcheck.agree import (
    agrees,
    bound_holds,
    claim_interval,
    intervals_meet,
    mention_interval,
    restates,
    scale_slip,
)
from factcheck.context import CONTRAST, Context, kind_word
from factcheck.extract import Mention
from factcheck.index import MEASURES, NEAR_SPELLED, Entry, Group, Index, family, normal
from factcheck.periods import Period
from factcheck.records import Claim
from factcheck.regexcache import compile as rx
from factcheck.slips import plausible_error, same_digits, swapped_units, transposed, value_agrees, value_weight
from factcheck.timeexpr import names_year_so_far
from factcheck.units import CURRENCIES, PERCENT, POINTS
from factcheck.wording import (
    ENDINGS,
    HAN_NOUN,
    PEOPLE_TERM,
    WORDS4,
    counts_alike,
    has_word,
    other_classifier,
    pinned,
    stem,
)

METRIC_THRESHOLD = 1.0  # a claim's metric words around a figure, weighted (match.metric_score)
CONTRADICTION_THRESHOLD = 2.0  # an error needs more than one matching word...
COVERAGE_THRESHOLD = 0.33  # ...and a third of the claim's terms present,
SPECIFIC_THRESHOLD = 1.0  # unless the entity is named, one claim stands out and the digits tell
SPECIFIC_COVERAGE = 0.15
UNIQUE_ENTITY_THRESHOLD = 2.5  # with no entity, the metric alone must point to one
UNIT_SLIP_THRESHOLD = 1.5  # ... less when the figure is its number in the other unit (percent for points)
MISATTRIBUTION_THRESHOLD = 1.5  # another entity's claim: more than one word, or a telling value
VALUED_THRESHOLD = 0.75  # a weaker metric match, when a value of 3+ digits agrees
IMPLIED_MONTHS = 18  # a figure with no period: claims this recent match
FEW_CLAIMS = 5  # an entity with this few claims of a unit family is "specific"
RELATED_PENALTY = 0.5  # a claim of an entity part of (or containing) the one named
PREVIOUS_WEIGHT = 0.4  # a metric named in the sentence before
REST_WEIGHT = 0.4  # a term in the sentence after the figure's clause (the next figure's words)
NOUN_BONUS = 0.5  # the figure counts what the claim counts ("1,000 hospitals")
VALUE_ALONE_DIGITS = 4  # significant digits that identify a claim of the entity discussed without a metric word
ECONOMIC_UNITS = frozenset({PERCENT, POINTS, "times", *CURRENCIES})
DURATIONS = frozenset({"years", "months", "days", "hours", "minutes", "seconds"})
_POWER = frozenset({"GW", "MW"})


class Judgement(NamedTuple):
    verdict: str
    claim: Claim | None
    message: str
    score: float = 0.0  # how well the claim's words fit the figure's (for two figures on one claim)


class _Scored(NamedTuple):
    entry: Entry
    score: float
    coverage: float
    weak: bool = False  # found only through the sentence before
    valued: bool = False  # agrees in a value of three or more significant digits

    @property
    def claim(self) -> Claim:
        return self.entry.claim


_SCOPE_TERM = rx(r"全球|全国|世界|global|world['’]?s?|worldwide|national|nationwide", re.I)


def _misattributed(mention: Mention, claim: Claim, who: str | None) -> Judgement:
    return Judgement("misattributed", claim, f"{mention.text} is {_about(claim)} for {claim.period}, not {who}'s")


def _called_national(clause: str, figure: str) -> bool:
    """The figure's clause calls it national: "national" in it, not beyond
    a contrast after the figure ("Shanghai's output rose 34.3%, while
    national high-tech manufacturing grew 7.8%": the next figure's)."""
    at = clause.find(figure)
    contrast = CONTRAST.search(clause, at + len(figure)) if at >= 0 else None
    return bool(_NATIONAL.search(clause, 0, contrast.start() if contrast else len(clause)))


def _names_metric(entry: Entry, ctx: Context, scope: bool = True, before: bool = False) -> bool:
    """A term of the claim in the figure's sentence (or, ``before``, the one
    before it too) that names what is measured, not only the kind of figure
    (比重, growth) or (``scope``) where it is measured (全球)."""
    sentence = normal(f"{ctx.previous} {ctx.sentence}" if before else ctx.sentence)
    return any(
        term in sentence and not kind_word(term) and not (scope and _SCOPE_TERM.fullmatch(term))
        for term, _ in entry.keywords
    )


def metric_score(entry: Entry, level: Callable[[str], float]) -> tuple[float, float]:
    """How well a claim's metric words are present around the figure: a
    score, and the share of the claim's terms (in the draft's language)
    found; ``level`` tells how near the figure each term is (Matcher._levels)."""
    score = 0.0
    found = [0.0, 0.0]
    for term, weight in entry.keywords:
        gained = level(term)
        if gained:
            score += gained * weight
            found[0 if term.isascii() else 1] += weight
    english, chinese = entry.totals
    return score, max(found[0] / english if english else 0.0, found[1] / chinese if chinese else 0.0)


def _named_over_agreeing(ranked: list, sentence: str, before: str) -> list:  # type: ignore[type-arg]
    """A claim whose value agrees ranks first, but not over a claim of the
    same entity and period that the words before the figure name more
    closely: one with every term the agreeing claim has and another before
    the figure ("成交额达到8536.9亿元，比上年增长12.1%" is the value's growth,
    whatever the count's growth was)."""
    if not ranked or not (ranked[0][1] and ranked[0][2]):
        return ranked
    agreeing = ranked[0][0]

    def found(entry: Entry) -> set[str]:
        return {term for term, _ in entry.keywords if term in sentence}

    theirs = found(agreeing.entry)
    for position, (other, in_period, agrees_too) in enumerate(ranked[1:], 1):
        if not in_period or agrees_too or other.claim.entity != agreeing.claim.entity:
            continue
        if other.claim.period != agreeing.claim.period or other.claim.metric == agreeing.claim.metric:
            continue  # the same metric at another date is no other metric
        if other.score < agreeing.score + 0.5 or other.weak or agreeing.weak:
            continue
        ours = found(other.entry)
        if theirs <= ours and any(term in before for term in ours - theirs):
            return [ranked[position], *ranked[:position], *ranked[position + 1 :]]
    return ranked


def _a_year_earlier(claim: Period, draft: Period) -> bool:
    """The claim's period is the draft's, whole years earlier, and shorter
    than a year (a year named before is too weak a cue)."""
    if draft.start.year == claim.start.year or draft.end.month - draft.start.month >= 11:
        return False
    return draft.same_span(claim.shifted_years(draft.start.year - claim.start.year))


def _this_year_so_far(period: Period, today: date, claim: Period) -> bool:
    """The draft's period is its own year from January up to now ("前三季度",
    "今年以来" in the autumn), and the claim's ended before that year began:
    even named sentences before, that period is the figure's, and the
    claim's is older."""
    return period.start == date(today.year, 1, 1) and period.end <= today and claim.end < period.start


def _decimal_slip(mention: Mention, claim: Claim) -> bool:
    """A bare decimal of three digits or more ("226.9", "42.8") that is the
    claim's digits in another order: a figure written wrong, not a list
    number."""
    return "." in mention.number and _significant(mention) >= 3 and same_digits(mention, claim)


def _governs(governing: re.Match[str], claim: Claim) -> bool:
    """A bare number the claim's own noun governs ("a team of more than
    160", "its staff had grown to 160", "the team now numbers 160"): the
    figure counts what the claim counts, though no unit follows it."""
    return claim.unit == "count" and governing.group(1).lower() in claim.keywords


def _significant(mention: Mention) -> int:
    """The significant digits the figure is written with ("853.7" has four;
    "a third", "three" none)."""
    return len("".join(ch for ch in mention.number if ch.isdigit()).strip("0"))


def kinds_compatible(mention: Mention, kind: str | None, claim: Claim) -> bool:
    if kind is None:
        return claim.kind in ("share", "growth", "change", "level")
    if kind == claim.kind:
        return True
    # percent for percentage points (or the reverse) is judged, as a contradiction
    if swapped_units(mention, claim):
        return {kind, claim.kind} <= {"growth", "change", "share"}
    # a density ("262.9 patents per 10,000 people") reads as a level
    return kind == "level" and claim.kind in ("level", "change", "ratio") and claim.unit != "times"


def period_matches(period: Period, claim_period: Period, kind: str = "level", target: bool = False) -> bool:
    if period.same_span(claim_period):
        return True
    # A stock stated "as of" a year holds at any date the draft gives within it, and one
    # stated at a date holds for the year the draft names around it ("161 brands as of
    # October 31, 2023" is the figure of "116 brands ... in 2023"). (A density is a stock
    # too: "robot density has reached 260".)
    if kind in ("level", "ratio") and (
        claim_period.label.isdigit() and period.within(claim_period)
        or claim_period.is_point and period.label.isdigit() and claim_period.within(period)
    ):
        return True
    if target and period.overlaps(claim_period) and not period.is_point:
        return True  # a plan's target: "in the 2023-2025 plan", "by 2025"
    # a stock "at the end of 2023" is the 2023 figure of a yearly stock
    if period.is_point and period.end == claim_period.end:
        return True
    return claim_period.is_point and claim_period.end == period.end


_NAMED_MONTH_OF_YEAR = rx(r"(?:今年|去年|前年)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月")  # "今年5月"


def current_matches(today: date, claim_period: Period) -> bool:
    """A figure the draft calls current ("now", "目前", "this year"): the
    draft's year, or last year's early in the year (data published late)."""
    if claim_period.end.year == today.year:
        return True
    return claim_period.end.year == today.year - 1 and today.month <= 3


def implied_matches(today: date, claim_period: Period) -> bool:
    """A figure given with no period at all: any claim recent enough to be
    the figure a writer would cite as it stands (about a year and a half)."""
    months_before = (today.year - claim_period.end.year) * 12 + today.month - claim_period.end.month
    return claim_period.start <= today and months_before <= IMPLIED_MONTHS


def _index_level(mention: Mention, after: str) -> bool:
    """An index's level ("closed at 3,267 points", "收于2974.01点"): a market figure."""
    # (thousands, or hundreds to the hundredth: "100 points" is more often a score out of 100)
    level = abs(mention.value) >= 1000 or abs(mention.value) >= 100 and "." in mention.number
    return mention.unit is None and level and bool(_INDEX_POINTS.match(after))


def _text_length(mention: Mention, after: str) -> bool:
    """A text's length ("500 words", "8000字", "约20万字"): said by a count's own
    words or the words after it, by the words after a number with no unit."""
    if mention.unit == "count":
        return bool(_TEXT_LENGTH.match(mention.text[len(mention.number) :] or after))
    return mention.unit is None and bool(_TEXT_LENGTH.match(after))


def is_economic(mention: Mention, after: str = "") -> bool:
    """Worth reporting as unverified when no claim covers it: money, rates,
    large amounts, counts of things in the hundreds, physical capacities.
    Durations, small counts ("three people", "six days"), head counts of
    people ("200多名专家", "1,500 participants") and figures written in words
    ("half of them") are not."""
    if not any(ch.isdigit() for ch in mention.number):
        return False
    if any(colon in mention.number for colon in ":：∶"):
        return False  # a ratio ("3:1") is reported only when a claim covers it
    value = abs(mention.value)
    if mention.unit is None and _text_length(mention, after):
        return False  # "约20万字": a book's length (before its scale makes it economic)
    if mention.unit == "times" and _FREQUENCY.match(after):
        return False  # "4 times a week": how often, not how much
    if mention.unit == "km" and _AWAY.match(after):
        return False  # "about 60 km from central Beijing": where, not how much
    if mention.unit in ECONOMIC_UNITS or mention.scale >= 1e4 and not _PEOPLE.match(after):
        return True
    if mention.unit is None:
        return value >= 1e5 or _index_level(mention, after)
    if _BASIS_POINTS.match(mention.text[len(mention.number) :] + after):
        return True  # "cut by 18 basis points", "下调18个基点": a rate's move
    if mention.unit == "count":
        if _text_length(mention, after):
            return False
        if not value.is_integer():
            return True  # "11.8 patents per 10,000 people": an average or a density, a statistic
        return value >= 100 and not _PEOPLE.search(mention.text) and not _PEOPLE.match(after)
    if mention.unit in _POWER:
        return True  # "1.8 GW of connection requests": a grid's capacity is one at any size
    return mention.unit in MEASURES and mention.unit not in DURATIONS and value >= 10


_AREA = rx(r"\b(?:Zone|Park|District|Area|County|Town|Zhongguancun)\b|[区园县镇]$")  # areas, not organisations
_LETTERS = rx(r"[a-z]+")
# "3个外资研发中心落地项目" counts projects: the term before such a noun only qualifies it
_MODIFIED = rx(r"[\u4e00-\u9fff]{0,8}?(项目|工程|计划|活动|会议|政策|措施|举措)")
_PAD = "\x00" * 64  # no term holds it: a window overlapping it matches less
_BOUNDED_DRAFT = 8_000  # characters: near spellings in longer drafts cost more to look for than they save
_YEAR = rx(r"(?:19|20)\d\d")
# "39 of the 41", "39 of the country's 41" (the next figure ends "after")
PART_OF = rx(r"\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[A-Za-z-]+['’]s?\s+)?(?:\d|\Z)")
# "the national pilot": the country's, not "nationally" (an alias), nor "far above the national average"
_NATIONAL = rx(r"\bnational\b(?!\s+(?:average|mean|norm)s?\b)", re.I)
_OF_THE_COUNTRY = rx(r"\s*of (?:the|this) country['’]s\b", re.I)  # a share of the country's whole
_INDEX_POINTS = rx(r"\s*(?:index\s+)?points?\b|点(?![钟半多])", re.I)
# "per 10,000 people", 每万人: a density's people are its denominator; a head count is no density
_DENSITY_TERM = rx(r"\bper (?:10,000|10000|1,000|1000|100,000|100000|capita)\b|每(?:万|千|十万|百)人")
_AWAY = rx(r"\s*(?:(?:to the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|from|away|outside|out of)\b"
           r"|\s*(?:以外|之外|外|远)", re.I)
_FREQUENCY = rx(r"\s*(?:(?:a|per|each|every)\s+(?:day|week|fortnight|month|quarter|year)"
                r"|daily|weekly|monthly|yearly)\b", re.I)
# How often a flow is counted: "monthly trading", "月均交易额"; "annual capacity", "年产能"
_RATE = rx(
    r"\bmonthly\b|\b(?:a|per|each|every)\s+month\b|月均|每月"
    r"|\bannual(?:ly)?\b|\bper year\b|\ba year\b|年均|每年|年产能",
    re.I,
)
_CLAUSE_MARK = rx(r"[,;:，；：。]")
_BASIS_POINTS = rx(r"\s*(?:basis[ -]points?|bps?\b)|个?基点", re.I)
_TEXT_LENGTH = rx(r"\s*(?:words|characters|pages)\b|字", re.I)  # "500 words", "8000字": a text's length
_TEXT_PARTS = rx(r"(?:看点|亮点|关键词|要点|启示|方面|维度)")  # "3个看点", "从5个方面": parts of a text or a plan
_FIRM_NAME = rx(
    r"\b(?:[A-Z][A-Za-z&-]+\s+){1,3}(?:Group|Tyres?|Tires?|Works|Holdings|Corporation|Company|Co\.|Ltd\.?|Inc\.?)(?![A-Za-z])"
)
_ANAPHOR = rx(r"(?:这一|该|此)(?:比重|比例|占比|数字|数据|指标|增速|增幅)")  # "这一比重为…": the metric named before
_GOVERNING = rx(
    r"\b([a-z]+)(?:\s+(?:that|which))?\s+(?:of|(?:now\s+|today\s+)?numbers?|numbered|stands?\s+at|stood\s+at|(?:has\s+|had\s+)?grown\s+to"
    r"|grew\s+to|reached|totall?ed|came\s+to|(?:runs?|ran)\s+to|(?:is|was|now)\s+past|passed|topped)\s+(?:just\s+|only\s+)?"
    r"(?:(?:more|fewer|less)\s+than|over|about|around|some|nearly|almost|roughly|at\s+least)?\s*\Z",
    re.I,
)
_PEOPLE = rx(
    r"[多余]?[名位人]|人次|\s*(?:[a-z-]+\s+){0,2}(?:people|persons|participants|attendees|guests|visitors|delegates|"
    r"reporters|journalists|students|experts|scholars|officials|speakers|staff|members|researchers|scientists|"
    r"residents|workers|employees|athletes|tourists|walkers|runners|volunteers|spectators|readers|viewers)\b|\s*(?:[\u4e00-\u9fff]{0,4})(?:专家|学者|嘉宾|代表|观众|游客|记者|学生|员工|人员|人士)"
    r"|[\u4e00-\u9fff、和及与]{0,16}?代表(?:参加|出席|参会|与会)",  # "23家外资企业和研发中心代表参加": who attended
    re.I,
)


class _Words:
    """What the matcher works out once for the figures that stand in the
    same words (several figures to a clause in dense drafts)."""

    __slots__ = ("key", "gains", "levels", "bounds", "alive", "speaking", "said")

    def __init__(self, key: tuple[str, str, str, str]) -> None:
        self.key = key
        self.gains: dict[str, float] = {}
        self.levels: dict[str, float] = {}
        self.bounds: dict[int, float] = {}
        self.alive: dict[float, dict[int, bool]] = {}
        self.speaking: dict[float | None, set[int] | None] = {}
        self.said: tuple[tuple[str, float], ...] | None | bool = False  # False: not yet looked for


class Matcher:
    """Judges the figures of one draft (``text``), against one index."""

    def __init__(
        self, index: Index, text: str, named: tuple[str, ...] = (), tables: bool = True, home: str | None = None
    ) -> None:
        self.index = index
        # The place the draft's opening names (its issuing office, its dateline): where a
        # figure no entity is named for may be from, as well as the country
        self._home = home
        # Entities the draft names anywhere: a part of the figure's entity
        # named there (a zone of the city named) may be what the figure is about.
        self._named = named
        self._kin: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._country = index.finder.country
        # The draft as the matcher reads words: a term absent from it is near
        # none of its figures, so an entity's terms are sifted once per draft.
        self._text = normal(text)
        self._word_set: frozenset[str] | None = None
        # Bounds from the whole draft (terms present, near spellings) pay in
        # short drafts of many figures; in long ones, and in drafts with
        # tables (``tables``: a table figure's sentence joins cells that are
        # not next to each other), they are not used.
        self._unbounded = len(text) > _BOUNDED_DRAFT or tables
        # Terms absent from the draft are absent from every figure's words,
        # in long drafts too; not in tables, whose sentences join cells.
        # (In a long draft against a database with more terms than shapes,
        # asking shape by shape costs more than it saves.)
        self._sifting = not tables and (not self._unbounded or index.few_terms)
        self._quiet_shapes: dict[float | None, tuple[set[int], set[int]]] = {}
        self._vocabulary: tuple[str, ...] | None = None
        self._terms_here: dict[tuple[str, str], tuple[str, ...]] = {}
        self._in_draft: dict[str, bool] = {}
        self._present: dict[int, tuple[tuple[str, float], ...]] = {}
        self._spelled: dict[tuple[str, tuple[str, ...]], bool] = {}
        self._spelled_anywhere: dict[str, bool] = {}
        self._statement_names: dict[str, frozenset[str]] = {}
        self._reaches: dict[int, float] = {}
        self._scratch = _Words(("", "", "", ""))
        self._postings_here: dict[tuple[str, str, float], tuple[dict[str, list[Group]], list[Group], float]] = {}

    def _here(self, term: str) -> bool:
        """The term may stand near some figure of the draft (a bound: an
        English term counts only as words, wording.has_word, so its first
        word, or the term with an inflection, must be a word of the draft;
        a set lookup instead of a search of a long text)."""
        found = self._in_draft.get(term)
        if found is None:
            if _LETTERS.fullmatch(term):
                words = self._words()
                found = any(term + ending in words for ending in ENDINGS) or (
                    term[-1] == "y" and len(stem(term)) < len(term) and stem(term) + "ies" in words
                )
            elif term.isascii() and _LETTERS.fullmatch(first := term.split(" ", 1)[0]):
                found = first in self._words()
            else:
                found = term in self._text
            self._in_draft[term] = found
        return found

    def _words(self) -> frozenset[str]:
        if self._word_set is None:
            self._word_set = frozenset(_LETTERS.findall(self._text))
        return self._word_set

    def _near_spelled(self, term: str, pieces: tuple[str, ...]) -> bool:
        """A near spelling of the term in the figure's sentence (its pieces:
        words before the figure's stretch, the stretch); figures of one
        sentence ask about the same terms. The padding leaves no shorter
        window at either end, so a spelling found here is found in the
        draft too (``_spelled_in_draft``)."""
        key = (term, pieces)
        found = self._spelled.get(key)
        if found is None:
            # One call: no window of the term's length spans a padding.
            found = self._spelled[key] = bool(
                fuzz.partial_ratio(term, _PAD + _PAD.join(pieces) + _PAD, score_cutoff=90)
            )
        return found

    def _postings(self, fam: str, name: str, reachable: float) -> tuple[dict[str, list[Group]], list[Group], float]:
        """Index.postings, with what near spellings can add in this draft
        (``_draft_reach``) in place of what they could add in any."""
        key = (fam, name, reachable)
        found = self._postings_here.get(key)
        if found is None and self._unbounded:
            found = self._postings_here[key] = self.index.postings(fam, name, reachable)
        if found is None:
            table, wide, top_reach = self.index.postings(fam, name, reachable)
            kept = []
            for group in wide:
                most = self._draft_reach(group[0])
                if most >= reachable:
                    kept.append(group)
                else:  # exact terms must help it: it is reached through them
                    top_reach = max(top_reach, most)
            found = self._postings_here[key] = (table, kept, top_reach)
        return found

    def _spelled_in_draft(self, term: str) -> bool:
        """Whether the term, or a near spelling of it, may stand in the draft:
        a bound on ``_near_spelled`` for all its sentences at once (their
        pieces are parts of the draft's text). Long drafts and drafts with
        tables (whose sentences join cells) are not searched: maybe."""
        found = self._spelled_anywhere.get(term)
        if found is None:
            text = self._text
            found = self._spelled_anywhere[term] = (
                self._unbounded
                or term in text
                or len(term) >= NEAR_SPELLED
                and bool(fuzz.partial_ratio(term, f"{_PAD}{text}{_PAD}", score_cutoff=90))
            )
        return found

    def _draft_reach(self, entry: Entry) -> float:
        """The most near spellings can add to the claim's score in this draft."""
        if not entry.reach:
            return 0.0
        key = id(entry.keywords)
        found = self._reaches.get(key)
        if found is None:
            spelled = self._spelled_in_draft
            found = self._reaches[key] = sum(
                0.5 * weight
                for term, weight in entry.keywords
                if term.isascii() and len(term) >= NEAR_SPELLED and spelled(term)
            )
        return found

    def _present_terms(self, keywords: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
        """The terms of a claim found anywhere in the draft: only these can
        be found near a figure, so a bound sums over them alone."""
        key = id(keywords)  # the index shares one tuple between claims with the same terms
        found = self._present.get(key)
        if found is None:
            here = self._here
            found = self._present[key] = tuple(pair for pair in keywords if here(pair[0]))
        return found

    def _terms_in_draft(self, fam: str, name: str, table: dict[str, list[Group]]) -> tuple[str, ...]:
        found = self._terms_here.get((fam, name))
        if found is None:
            here = self._here  # once per term and draft: entities share many
            found = self._terms_here[(fam, name)] = tuple(term for term in table if here(term))
        return found

    def candidates(self, mention: Mention, ctx: Context) -> list[_Scored]:
        """Claims whose metric is named around the figure; failing that,
        those named in the sentence before ("The deals were worth ..."),
        marked weak: enough to support a value, not to contradict one."""
        near = self._near(mention)
        found = self._candidates(mention, ctx, "", near)
        if not ctx.previous.strip():
            return found
        if _ANAPHOR.search(ctx.sentence, 0, max(0, mention.start - ctx.sentence_start)):
            # "这一比重为49.2%": the sentence before names what this one's figure is, as its own words would
            best = {s.claim.id: s for s in found}
            for s in self._candidates(mention, ctx, normal(ctx.previous), near):
                if s.claim.id not in best or s.score > best[s.claim.id].score:
                    best[s.claim.id] = s
            return sorted(best.values(), key=lambda s: (-s.score, s.claim.id))
        if found:
            return found
        return [
            _Scored(s.entry, s.score, s.coverage, weak=True, valued=s.valued)
            for s in self._candidates(mention, ctx, normal(ctx.previous), near)
        ]

    def _entities_for(self, ctx: Context) -> tuple[str, ...]:
        """The entities whose claims a figure's candidates come from: those
        named around it, and those the draft names that are part of one of
        them ("北京…示范区…全市5000平方公里" is the zone's plan; a city's figure is
        no district's, so not the other way)."""
        own = (*ctx.entities, *([ctx.entity] if ctx.entity else []))
        if ctx.entity_source in (None, "guess"):
            # a figure no entity is named for is most often the country's, or (when the
            # guess is no place: a fair, a firm) the draft's own place's
            home = self._home if ctx.entity not in self.index.finder.places(self.index.db.part_of) else None
            own = (*own, *(name for name in (self._country, home) if name and name not in own))
        found = self._kin.get(own)
        if found is None:
            ancestors = self.index.db.ancestors
            kin = [name for name in self._named if name not in own and any(each in own for each in ancestors(name))]
            found = self._kin[own] = (*own, *kin)
        return found

    def _near(self, mention: Mention) -> list[tuple[str, int, int]]:
        """Claims, of any entity, whose value lies near the figure's (where
        they stand in the index's claims by value)."""
        lo, hi = mention_interval(mention)
        lo = lo if math.isfinite(lo) else mention.value / 10
        hi = hi if math.isfinite(hi) else mention.value * 10
        if lo > hi:
            lo, hi = hi, lo
        return self.index.value_windows(mention.unit, lo - abs(lo) * 0.05, hi + abs(hi) * 0.05)

    def _said(self, scratch: _Words, gain: Callable[[str], float]) -> tuple[tuple[str, float], ...] | None:
        """The database's terms in the words around a figure, with what each
        adds (``gain``): looked for among the terms of the draft, once for
        the figures of these words. None when the database has more terms
        than shapes (``_draft_terms``)."""
        if scratch.said is False:
            terms = self._draft_terms()
            scratch.said = None if terms is None else tuple((term, added) for term in terms if (added := gain(term)))
        return scratch.said

    def _speaking(self, reachable: float | None, said: tuple[tuple[str, float], ...] | None) -> set[int] | None:
        """The shapes that may score around a figure that needs ``reachable``
        (None: near spellings cannot help): a term of theirs in its words
        (``said``), or near spellings that may add enough. Most claims near
        a figure's value are of none of them: set aside at once."""
        if said is None:
            return None
        shapes = self.index.term_shapes()
        found: set[int] = set().union(*(shapes[term] for term, _ in said))
        return found if reachable is None else found | self.index.reaching(reachable)

    def _draft_terms(self) -> tuple[str, ...] | None:
        """The database's terms found in the draft, when it has fewer terms
        than shapes (listing them is then cheaper than asking shape by
        shape); None otherwise."""
        if not self.index.few_terms:
            return None
        if self._vocabulary is None:
            here = self._here
            self._vocabulary = tuple(term for term in self.index.term_shapes() if here(term))
        return self._vocabulary

    def _near_entries(self, mention: Mention) -> list[Entry]:
        """The claims whose value lies near the figure's, of any entity."""
        found: list[Entry] = []
        for fam, first, stop in self._near(mention):
            found += self.index.value_shapes(fam)[1][first:stop]
        return found

    def _quiet(self, window: set[int], reachable: float | None) -> set[int]:
        """Of these shapes, those that score nothing anywhere in the draft
        for a figure that needs ``reachable``: no term of theirs in the
        draft, and near spellings cannot add enough (``_speaking`` when
        the database has more terms than shapes)."""
        quiet, decided = self._quiet_shapes.setdefault(reachable, (set(), set()))
        new = window - decided
        if new:
            entries = self.index.shape_entries
            present = self._present_terms
            for number in new:
                entry = entries[number]
                if not present(entry.keywords) and (reachable is None or entry.reach < reachable):
                    quiet.add(number)
            decided |= new
        return quiet

    def _candidates(
        self, mention: Mention, ctx: Context, previous: str, near: list[tuple[str, int, int]]
    ) -> list[_Scored]:
        """Claims that score around the figure. With ``previous`` (the
        sentence before), called only when none did without it: then only
        claims with a term in that sentence can score differently, and so
        only they are weighed."""
        clause = normal(ctx.core or ctx.clause)
        pieces = lead, whole = (normal(ctx.lead), normal(ctx.clause))
        sentence = " ".join(pieces)
        sifting, present = self._sifting, self._present_terms
        # What depends only on these words is shared by the figures that
        # stand in them (several figures to a clause in dense drafts).
        rest = normal(ctx.rest)
        words_key = (clause, sentence, previous, rest)
        if self._scratch.key != words_key:
            self._scratch = _Words(words_key)
        scratch = self._scratch
        gains, levels, bounds, speaking = scratch.gains, scratch.levels, scratch.bounds, scratch.speaking
        # A near spelling (partial_ratio >= 90) shares at least 82% of the
        # term's characters with the sentence: an English term cannot be
        # near-spelled in a sentence with fewer ASCII characters than that.
        letters = len(sentence.encode("ascii", "ignore")) / 0.818
        fuzzy = letters >= NEAR_SPELLED  # else no term can be near-spelled: what near spellings could add is nothing

        def gain(term: str) -> float:
            """What an exact match of the term adds per unit of weight: in the
            figure's clause, its sentence, the sentence before ("Technology
            contracts ... The deals were worth ...")."""
            found = gains.get(term)
            if found is None:
                # (the sentence as its pieces: a term across their seam is not in the draft)
                start = stem(term) if term[-1] == "y" else term  # "industry" stands in "industries" as "industr"
                if start not in whole and start not in lead and start not in previous and start not in rest:
                    found = gains[term] = 0.0  # most terms: absent, found out at C speed
                    return found
                within = has_word if term.isascii() else str.__contains__
                found = gains[term] = (
                    1.0
                    if within(clause, term)
                    else 0.6
                    if within(lead, term) or within(whole, term)
                    else PREVIOUS_WEIGHT
                    if within(previous, term)
                    else REST_WEIGHT
                    if within(rest, term)
                    else 0.0
                )
            return found

        def level(term: str) -> float:
            """How near the figure a term is: an exact match, or a near spelling
            in the sentence (long English terms), which ranks between the
            sentence and the sentence before."""
            found = levels.get(term)
            if found is None:
                found = gain(term)
                if (
                    found < 0.5
                    and term.isascii()
                    and NEAR_SPELLED <= len(term) <= letters
                    and self._near_spelled(term, pieces)
                ):
                    found = 0.5
                levels[term] = found
            return found

        # Only claims that can reach the threshold are scored: what their
        # terms found around the figure add, plus the most that fuzzy matches
        # could (``reach``), must make it. The others would score below it
        # anyway, so the result is the same, at a cost that follows the
        # terms around the figure rather than the size of the database.
        words = WORDS4.findall(mention.text.lower()) if mention.unit == "count" else []
        noun = words[-1].rstrip("s") if words else ""
        # "8台工业机器人": what a Chinese count counts follows its measure word
        head = ctx.after if mention.unit == "count" and HAN_NOUN.match(ctx.after) else ""
        modified = _MODIFIED.match(head)
        counted = "" if modified else head
        # The lowest score before the bonus that may still be kept below.
        telling = value_weight(mention) >= 1.7  # an agreeing value of three or more digits
        lowest = min(METRIC_THRESHOLD, VALUED_THRESHOLD) if telling else METRIC_THRESHOLD
        reachable = lowest - (NOUN_BONUS if noun or counted else 0.0) - 1e-9

        def bound(entry: Entry) -> float:
            """The most the claim can score here (exact only where the
            comparison with ``reachable`` does not depend on the rest)."""
            key = id(entry.keywords)  # shared by claims with the same terms
            exact = bounds.get(key)
            if exact is None:
                # In a short draft, its terms found in the draft: every piece of
                # text a term is looked for in is part of the draft.
                terms = present(entry.keywords) if sifting else entry.keywords
                if previous and not any(term in previous for term, _ in terms):
                    exact = -math.inf  # scores as it did without the sentence before: not enough
                else:
                    exact = sum(gain(term) * weight for term, weight in terms)
                bounds[key] = exact
            if not fuzzy or exact >= reachable:
                return exact
            if exact + entry.reach < reachable:
                return exact + entry.reach
            return exact + self._draft_reach(entry)  # near spellings decide: are there any in this draft?

        people = mention.unit == "count" and bool(
            _PEOPLE.match(mention.text[len(mention.number) :].strip() or "x") or _PEOPLE.match(ctx.after)
        )
        # What depends only on a claim's terms is worked out once per set of
        # terms (claims share them), what depends on its kind and unit once
        # per pair.
        shapes: dict[int, tuple[float, float] | None] = {}
        kinds: dict[tuple[str, str], bool] = {}

        def shape_score(entry: Entry) -> tuple[float, float] | None:
            """(score, coverage) of the claim's terms; None when its terms rule it out."""
            terms = entry.keywords
            if people and (not any(PEOPLE_TERM.search(term) for term, _ in terms)
                           or any(_DENSITY_TERM.search(term) for term, _ in terms)):
                return None  # "1500名代表" is a head count: not a count of events or firms
            if modified and not any(modified.group(1) in term for term, _ in terms):
                return None  # "3个外资研发中心落地项目" counts projects, not the measures for such centres
            score, coverage = metric_score(entry, level)
            if noun and any(term.rstrip("s").endswith(noun) for term, _ in terms) or counted and any(
                counted.startswith(term) for term, _ in terms if not term.isascii()
            ):
                score += NOUN_BONUS  # "1,000 hospitals": the figure counts what the claim counts
            return (score, coverage) if score >= VALUED_THRESHOLD else None

        def shape(entry: Entry) -> tuple[float, float] | None:
            key = id(entry.keywords)
            if key not in shapes:
                shapes[key] = shape_score(entry)
            return shapes[key]

        weights = self.index.weights
        said = self._said(scratch, gain)
        # Claims are weighed by group (same terms, same score): most groups
        # reached fall short, and are set aside whole.
        pools: dict[int, Group] = {}
        # Whether a claim's terms can reach the threshold here, by id of its
        # terms: the same for the claims of a group, and for other entities'.
        alive = scratch.alive.setdefault(reachable, {})  # shared by the figures of these words
        for name in self._entities_for(ctx):
            for fam in self.index.families_for(mention.unit):
                table, wide, top_reach = self._postings(fam, name, reachable)
                if fuzzy:  # near spellings alone may do (in this draft: Matcher._postings)
                    for group in wide:
                        pools[id(group)] = group
                # Terms found, the least telling first: as long as they add up
                # to less than the threshold, a claim needs another one too,
                # so their (long) lists need not be walked.
                if said is None:
                    found = []
                    for term in self._terms_in_draft(fam, name, table):
                        added = gain(term)
                        if added:
                            found.append((added * weights[term], term))
                else:
                    found = [(added * weights[term], term) for term, added in said if term in table]
                found.sort()
                budget, first = reachable - (top_reach if fuzzy else 0.0), len(found)
                for position, (added, _) in enumerate(found):
                    budget -= added
                    if budget <= 0:
                        first = position
                        break
                for _, term in found[first:]:
                    for group in table[term]:
                        key = id(group[0].keywords)
                        good = alive.get(key)
                        if good is None:
                            good = alive[key] = bound(group[0]) >= reachable
                        if good:
                            pools[id(group)] = group
        interval = mention_interval(mention)
        scored: dict[str, _Scored] = {}

        def weigh(entries: Group | list[Entry]) -> None:
            found = shape(entries[0])
            if found is None:
                return
            score, coverage = found
            for entry in entries:
                claim = entry.claim
                fits = kinds.get((claim.kind, claim.unit))
                if fits is None:
                    fits = kinds[(claim.kind, claim.unit)] = kinds_compatible(mention, ctx.kind, claim)
                if fits:
                    valued = telling and intervals_meet(interval, claim_interval(claim))
                    if score >= METRIC_THRESHOLD or valued:
                        scored[claim.id] = _Scored(entry, score, coverage, valued=valued)

        for group in pools.values():
            if not previous or bound(group[0]) > -math.inf:
                weigh(group)
        # Claims of any entity with a value near the figure's, their terms
        # around it: weighed by shape, those of shapes that can reach the
        # threshold (with no term in the draft, most cannot: set aside at once).
        loose: dict[int, list[Entry]] = {}
        shape_entries = self.index.shape_entries
        for fam, first, stop in near:
            numbers, entries = self.index.value_shapes(fam)
            window = set(numbers[first:stop])
            if sifting:
                needs = reachable if fuzzy else None
                if needs not in speaking:
                    speaking[needs] = self._speaking(needs, said)
                said = speaking[needs]
                window = window & said if said is not None else window - self._quiet(window, needs)
            live = set()
            for number in window:
                entry = shape_entries[number]
                good = alive.get(id(entry.keywords))
                if good is None:
                    good = alive[id(entry.keywords)] = bound(entry) >= reachable
                if good:
                    live.add(number)
            if live:
                for position in range(first, stop):
                    if numbers[position] in live:
                        loose.setdefault(numbers[position], []).append(entries[position])
        for group in loose.values():
            weigh(group)
        result = list(scored.values())
        result.sort(key=lambda s: (-s.score, s.claim.id))
        return result

    def judge(
        self, mention: Mention, ctx: Context, today: date, exclude: frozenset[str] = frozenset()
    ) -> Judgement | None:
        """The verdict for one figure; ``exclude`` holds claims that other
        figures of the same sentence already speak about."""
        if mention.unit == "count" and _text_length(mention, ctx.after):
            return None  # "no more than 300 words": a text's length is no claim's figure
        if mention.unit == "count" and _TEXT_PARTS.match(ctx.after):
            return None  # "读懂上海创新药的3个看点": how a text is laid out, no claim's figure
        # "39 of the 41 categories": a count of what the larger number counts, not a list number
        bare = mention.unit is None and mention.scale == 1.0 and not PART_OF.match(ctx.after)
        if bare and abs(mention.value) < 10 and not ctx.cell:
            return None  # a list item, a rank (below: only a table's cell may be more); no claim weighed
        scored = [s for s in self.candidates(mention, ctx) if s.claim.id not in exclude]
        if any("monthly" in s.claim.metric or "annual" in s.claim.metric for s in scored):
            scored = self._at_its_rate(mention, ctx, scored)
        agreeing_only: set[str] = set()  # a bare number's claims that may support it, no more
        governed: set[str] = set()  # claims whose noun governs a bare number ("a team of 160")
        if bare:
            # A bare number is a list item, a rank or a slogan's "0 to 1"
            # unless a claim's metric is plainly named around it; below ten,
            # only a table's cell whose row and column spell the metric out
            # ("| Yunnan | Major science and technology strategic actions | 6 |").
            if abs(mention.value) < 10 and not (
                ctx.cell and any(s.score >= 2 * CONTRADICTION_THRESHOLD for s in scored)
            ):
                return None
            # A large count ("more than 700,000") of a claim of the entity
            # named needs less: list items and ranks are small.
            large = abs(mention.value) >= 1000 and ctx.entity_known
            # Three digits a claim named around it gives exactly ("up from 48.2
            # in 2014") are no list number either: enough to agree, not to contradict.
            telling = _significant(mention) >= 3 or ctx.cell  # (a table's cells are bare by design)
            governing = _GOVERNING.search(ctx.sentence[: max(0, mention.start - ctx.sentence_start)])
            if governing:
                governed = {s.claim.id for s in scored if s.score >= METRIC_THRESHOLD and _governs(governing, s.claim)}
            strong = [
                s
                for s in scored
                if s.score >= CONTRADICTION_THRESHOLD
                or large and s.score >= METRIC_THRESHOLD and s.claim.entity in ctx.entities
                or _decimal_slip(mention, s.claim) and s.score >= METRIC_THRESHOLD
                or s.claim.id in governed
            ]
            agreeing = {
                s.claim.id
                for s in scored
                if telling and s not in strong and s.score >= METRIC_THRESHOLD and value_agrees(mention, s.claim)
            }
            # (a table's cell is a figure of its row's metric: there it may be stale too)
            agreeing_only = set() if ctx.cell else agreeing
            scored = [s for s in scored if s in strong or s.claim.id in agreeing]
            if not scored and not _index_level(mention, ctx.after):
                return None  # (an index's level is still a figure: unverified)
        # "我省" with the province never named: no claim the database holds is about it
        known = set(ctx.entities) if ctx.entity_known else set() if ctx.entity_source == "unnamed" else None
        entity = ctx.entity if known else None

        def period_ok(claim: Claim) -> bool:
            if ctx.period_current:
                # a plan whose horizon is still ahead is current ("now names 3 leading industries ... by 2025")
                # (a "now" said sentences before dates no plan: "…80.1% now use …. Baowu has committed
                # to at least 10,000 robots over the next five years")
                return current_matches(today, claim.period) or "target" in claim.tags and (
                    claim.period.end >= today or ctx.period_inherited
                )
            if ctx.period is None or ctx.period_inherited and ctx.period.start > today:
                # A plan's target named without a date is the plan, not stale; a
                # horizon named sentences before ("by 2027 ... providers have
                # already placed 4,082 P") dates no figure of the present.
                return implied_matches(today, claim.period) or "target" in claim.tags
            if ctx.period_inherited and "target" in claim.tags:
                return True  # "截至2024年10月，…。示范区还将逐步扩围至500平方公里": the sentence before dates no plan
            if ctx.period_inherited and ctx.period.label == str(today.year) and current_matches(today, claim.period):
                return True  # "2025年" named sentences before, in January: last year's data are this year's news
            if ctx.period_inherited and (
                ctx.period.overlaps(claim.period)
                or claim.period.start > ctx.period.end
                # "去年" a sentence or more back: too weak to call a figure stale; but
                # "前三季度" named before, and the same three quarters a year earlier,
                # is last year's figure for this year's
                or ctx.period_relative
                and not _a_year_earlier(claim.period, ctx.period)
                # (the claim's own value given for this year so far, named sentences before: old)
                and not (
                    _this_year_so_far(ctx.period, today, claim.period)
                    and value_ok(claim)
                    and not {"target", "event"} & set(claim.tags)
                )
            ):
                return True  # a period carried over from an earlier sentence cannot make a newer figure stale
            if names_year_so_far(ctx.period_text or "") and claim.period.label == str(ctx.period.start.year):
                return True  # "今年以来…物流效率提升25%": the year so far, of a claim stated for the year
            if ctx.period_carried and claim.period.start > ctx.period.end:
                return True  # a period named for an earlier figure of the sentence cannot make a newer one stale
            return period_matches(ctx.period, claim.period, claim.kind, "target" in claim.tags)

        def value_ok(claim: Claim) -> bool:
            return not swapped_units(mention, claim) and value_agrees(mention, claim)

        # The claim this figure speaks about: the best metric match, helped by
        # agreeing in period and (the more digits, the more) in value; on a
        # tie the period decides, as a claim for the same entity, metric and
        # period contradicts.
        weight = value_weight(mention)
        db = self.index.db

        def entity_fit(claim: Claim) -> float | None:
            """0 for a named entity, a small penalty for one related to a named
            entity (a district of the city named) or named nearby; None otherwise."""
            if known is None or claim.entity in known:
                return 0.0
            # Named in the figure's own sentence: an entity named only elsewhere
            # in the paragraph is another subject ("北京…。上海…15个").
            nearby = () if ctx.entity_leads else ctx.entities_around
            if any(db.related(claim.entity, name) for name in (*known, *nearby)):
                firm = self._firm_apart(claim, ctx)
                if firm is not None and not self._involves(claim, (firm,)):
                    return None  # "Fourier's Shanghai plant": Shanghai says where, Fourier whose
                return RELATED_PENALTY
            # (of the subject that leads the sentence: "cloud providers from Shanghai
            # deployed 4,082 P in Tianjin-Hebei" is no claim about Tianjin's)
            if self._involves(claim, _leading(ctx) or tuple(known)):
                return RELATED_PENALTY  # a claim about two: "10 days after Junshi's approval"
            return None

        fits = {s.claim.id: entity_fit(s.claim) for s in scored}

        def swapped(claim: Claim) -> bool:
            """The same number, in percent where the claim has points (or back)."""
            return swapped_units(mention, claim) and agrees(mention, claim)

        ranked = sorted(
            ((s, period_ok(s.claim), value_ok(s.claim)) for s in scored if fits[s.claim.id] is not None),
            key=lambda t: (
                -(t[0].score - fits[t[0].claim.id] + t[1] + weight * (t[2] or swapped(t[0].claim))),
                not t[1],
                t[0].claim.id,
            ),
        )
        few = self.index.claim_count(mention.unit, entity) <= FEW_CLAIMS
        clause = normal(ctx.core or ctx.clause)
        before = normal(ctx.sentence[: mention.start - ctx.sentence_start])
        ranked = _named_over_agreeing(ranked, normal(ctx.lead) + " " + normal(ctx.clause), before)
        # ("losing a tenth of it", "Five measures": a figure in English words is too loose
        # to be another entity's or wrong; "六成以上" is how Chinese gives a share)
        worded = mention.number.isascii() and not any(ch.isdigit() for ch in mention.number)
        held = False  # a claim the figure's bound holds for came first
        for best, in_period, agreeing in ranked:
            # The first candidate that settles the question decides; one whose
            # value is neither right nor a plausible slip is about something else.
            claim = best.claim
            if in_period and agreeing and not restates(mention, claim):
                continue  # "approximately 58%" where the source says more than 50%: not its figure
            if in_period and agreeing:
                whole = self._whole_period(claim, ctx, ranked) if ctx.cell and ctx.period_inherited else None
                if whole is not None:
                    # "表1 2023年…主要指标", "| 北京 | 44.3% |": the first three quarters' share as the year's
                    return self._the_part_given(mention, whole, claim, best.score)
                stranger = self._unknown_firm(claim, ctx, mention)
                if stranger is not None:
                    return _misattributed(mention, claim, stranger)
                return Judgement("supported", claim, self._supported_message(mention, claim, scored))
            if claim.id in agreeing_only:
                continue
            # A bare number ("numbers 68") is judged only when its metric is
            # plainly named and the value a likely slip of the claim's.
            sure = not bare or (
                not _YEAR.fullmatch(mention.number)  # "2024中关村论坛": a year, written bare
                and (
                    best.score >= CONTRADICTION_THRESHOLD
                    and (
                        same_digits(mention, claim)
                        or pinned(best.entry, clause)
                        or best.score >= 2 * CONTRADICTION_THRESHOLD
                    )
                    # a large count with the claim's digits in another order ("436,000")
                    or abs(mention.value) >= 1000 and transposed(mention, claim)
                    # a decimal, no list number, with the claim's digits in another order ("226.9")
                    or _decimal_slip(mention, claim) and best.score >= METRIC_THRESHOLD
                    or claim.id in governed
                )
            )
            # Four or more of the claim's digits, scaled or two swapped ("8536.9万元"
            # for 8536.9亿元, "4028P" for 4,082), are that figure written wrong,
            # whatever period the draft gives it.
            slipped = not in_period and _significant(mention) >= 4 and same_digits(mention, claim)
            if in_period and not agreeing and bound_holds(mention, claim):
                # "more than 10%" where the claim says 12.1%: imprecise, not wrong; a claim
                # further down may still agree with it, but none may call it wrong
                held = True
                continue
            if (
                (in_period or slipped)
                and sure
                and not best.weak
                and not worded
                and not held
                and plausible_error(mention, claim)
            ):
                evident = few or same_digits(mention, claim) or swapped(claim) or pinned(best.entry, clause)
                if not evident and not _names_metric(best.entry, ctx):
                    break  # "我国制造业增加值占全球比重约30%": only a share's and a scope's words in common
                if not self._may_contradict(
                    best, ranked, ctx, entity, scored, evident, mention
                ):
                    break
                elsewhere = self._elsewhere(scored, ctx, period_ok, value_ok, clause)
                if elsewhere and elsewhere.score > best.score and elsewhere.coverage >= best.coverage:
                    # Another entity's claim fits the words better and agrees.
                    return self._another_entity(mention, elsewhere.claim, entity, ctx, scored)
                message = self.contradiction(mention, claim)
                if slipped:
                    message += f"; the draft dates it {ctx.period or today.year}"
                return Judgement("contradicted", claim, message, best.score)
            if agreeing and not in_period and worded:
                continue  # ("four" clusters dated otherwise: too loose to call stale)
            if agreeing and not in_period:
                if not restates(mention, claim):
                    continue  # "提升至68%" against "more than 60%" a year before: a figure of its own, not that one
                # "工业投资同比增长12%": only a growth's words in common, too little to call it old
                if mention.unit == PERCENT and not ctx.cell and not _names_metric(best.entry, ctx, False, True):
                    continue
                if "event" in claim.tags and (
                    ctx.period is None
                    or ctx.period_current
                    # ("今年5月…启动试点" names the year and month: a date for the event, wrong)
                    or ctx.period_relative and not _NAMED_MONTH_OF_YEAR.search(ctx.period_text or "")
                    or ctx.period_inherited
                ):
                    # a thing that happened once ("a founding team of 3") does not go stale;
                    # only a date the draft names for it can be wrong
                    return Judgement("supported", claim, self._supported_message(mention, claim, scored))
                whole = self._whole_period(claim, ctx, ranked)
                if whole is not None:
                    # "44.3% in 2023 as a whole": the first three quarters' figure for the year's
                    return self._the_part_given(mention, whole, claim, best.score)
                period = ctx.period
                if period is not None and not ctx.period_current and period.within(claim.period):
                    # The draft's period lies within the claim's ("it credits private
                    # firms with 70%", a claim of 2024, in a commentary of May 2024): the
                    # claim's figure, unless the same metric has one for the draft's own
                    # period ("42.9% in the first three quarters", the year's share).
                    own = next(
                        (
                            other.claim
                            for other, _, _ in ranked
                            if other.claim.entity == claim.entity
                            and other.claim.metric == claim.metric
                            and other.claim.period.same_span(period)
                        ),
                        None,
                    )
                    if own is None:
                        message = self._supported_message(mention, claim, scored)
                        return Judgement("supported", claim, f"{message}; the draft says {period}")
                    return self._the_part_given(mention, own, claim, best.score)
                if period is not None and period.start > today and not ctx.period_current:
                    continue  # "1 trillion yuan in 2027": a target or a forecast, not an old figure restated
                if best.weak and ctx.period_inherited:
                    continue  # found through the sentence before: too little to call a figure old
                if ctx.period_current and ctx.period_inherited and implied_matches(today, claim.period):
                    # "…worth 1.66 billion yuan so far. The city has 15 facilities": a "so far" sentences
                    # before is too weak to call a recent figure old
                    return Judgement("supported", claim, self._supported_message(mention, claim, scored))
                if period is not None and period.end < claim.period.start and self._horizon(claim):
                    # "2023年…提出…3大产业…" of a 2025 target: the year the plan was set, the plan's figure
                    message = self._supported_message(mention, claim, scored)
                    return Judgement("supported", claim, f"{message}; the draft says {period}, when it was set")
                said = str(ctx.period) if ctx.period else f"{today.year} (presented as current)"
                return Judgement(
                    "stale", claim, f"{mention.text} is {_about(claim)} for {claim.period}; the draft says {said}"
                )
        if entity is not None and ctx.entity_source in ("sentence", "reference", "paragraph") and not worded:
            def undated_ok(claim: Claim) -> bool:
                # "苏州…机器人密度已达260台/万人" in mid-2024: "已达" presents Shanghai's
                # 2023 density as current; given to another city, that is the error
                # (a period carried over from a sentence before is too weak to tell two
                # entities' figures apart: "…grew 16.2% in January-September 2024. …
                # robot density is 260 per 10,000 workers in the capital's factories")
                # ("今年上海…262.9件": this year's words on a recent claim of another city's)
                this_year = ctx.period is not None and ctx.period_relative and ctx.period.label.isdigit()
                return period_ok(claim) or ctx.period_inherited or (
                    (ctx.period is None or this_year) and implied_matches(today, claim.period)
                ) or (  # "in May" of a claim stated for the year: within it
                    ctx.period is not None and not ctx.period_current and ctx.period.within(claim.period)
                )

            elsewhere = self._elsewhere(scored, ctx, undated_ok, value_ok, clause)
            if elsewhere:
                return self._another_entity(mention, elsewhere.claim, entity, ctx, scored)
        if known is not None and not bare and _significant(mention) >= VALUE_ALONE_DIGITS:
            found = self._by_value(mention, ctx, known, today, period_ok, value_ok, scored)
            if found is not None:
                return found
        if is_economic(mention, ctx.after) and mention.qualifier != "several":
            hint = f"; closest claim: {scored[0].claim.id}" if scored else ""
            return Judgement("unverified", None, f"no claim in the database covers {mention.text}{hint}")
        return None

    def _by_value(  # type: ignore[no-untyped-def]
        self, mention: Mention, ctx: Context, known: set[str], today: date, period_ok, value_ok, scored: list[_Scored]
    ) -> Judgement | None:
        """A figure no metric words placed, judged by its digits alone: four
        or more of a claim of the entity being discussed are no chance."""
        near = [
            entry.claim
            for entry in self._near_entries(mention)
            if entry.claim.entity in known
            and value_ok(entry.claim)
            and kinds_compatible(mention, ctx.kind, entry.claim)
        ]
        # "Roughly 853.7 billion yuan." answering "And what were they worth?":
        # in its unit and period.
        for claim in near:
            if period_ok(claim):
                message = self._supported_message(mention, claim, scored)
                return Judgement("supported", claim, f"{message}, by its value: the sentence names no metric")
        # Six digits or more, given for a later period the sentence itself names
        # ("去年…成交项数106552项" in 2025): last year's figure restated, as the
        # metric words would have found it.
        period = ctx.period
        if (
            _significant(mention) < 6
            or period is None
            or ctx.period_inherited
            or ctx.period_current
            or period.start > today
        ):
            return None
        for claim in near:
            if claim.period.end < period.start:
                return Judgement(
                    "stale",
                    claim,
                    f"{mention.text} is {_about(claim)} for {claim.period}; the draft says {period}"
                    " (by its value: the sentence names no metric)",
                )
        return None

    def _elsewhere(self, scored: list[_Scored], ctx: Context, period_ok, value_ok, clause: str) -> _Scored | None:  # type: ignore[no-untyped-def]
        """The best claim of an entity not named around the figure that
        agrees with it in period and value."""
        if ctx.entity_source not in ("sentence", "reference", "paragraph"):
            return None
        db = self.index.db
        # The subject named before the figure in its sentence: only its own
        # (and related) claims are no error; else any entity named around.
        named = ctx.entities if ctx.entity_leads else ctx.entities_around

        def apart(claim: Claim) -> bool:
            """No entity named here is the claim's, or part of it, or named in it
            (of another firm's, only the firm itself counts: the city named
            beside it says where it is)."""
            firm = self._firm_apart(claim, ctx)
            if firm is not None:
                return not self._involves(claim, (firm,))
            return not any(db.related(claim.entity, name) for name in named) and not self._involves(
                claim, _leading(ctx) or named
            )

        found = [
            s
            for s in scored
            if period_ok(s.claim)
            and value_ok(s.claim)
            and not s.weak  # found through the sentence before: too little to call an error
            and apart(s.claim)
        ]
        # An error needs more than one word in common, or a telling value;
        # and a word of the metric, not only of its kind ("同比增长约12%"; a
        # table's cell has its metric in the column's or row's label).
        found = [
            s
            for s in found
            if (
                s.score >= MISATTRIBUTION_THRESHOLD
                or s.valued
                or pinned(s.entry, clause)
                # (a table's row label names the metric whole: "规上高技术服务业营业收入（1-5月）")
                or ctx.cell and s.score >= METRIC_THRESHOLD and s.coverage >= 0.5
            )
            and (ctx.cell or _names_metric(s.entry, ctx, scope=False))
        ]
        return found[0] if found else None

    @staticmethod
    def _whole_period(part: Claim, ctx: Context, ranked: list) -> Claim | None:  # type: ignore[type-arg]
        """The claim for the draft's own period, when the value agreeing is
        the same metric's for a part of it (a year given the value of its
        first three quarters): a wrong value for the period named, not an
        old one. None when the draft names no period or there is none."""
        period = ctx.period
        # (a table's caption or title dates its cells as a sentence's own words do)
        if period is None or ctx.period_current or ctx.period_inherited and not ctx.cell:
            return None
        if not part.period.within(period) or part.period.same_span(period):
            return None
        for other, in_period, agreeing in ranked:
            claim = other.claim
            if in_period and not agreeing and claim.entity == part.entity and claim.metric == part.metric:
                return claim
        return None

    def _another_firm(self, owner: str, subject: str | None) -> bool:
        """The figure's subject is an organisation other than the claim's,
        and neither is a place nor part of the other: a city named beside
        the subject says where it is, and brings the other's claims no
        nearer ("Fourier's Minhang plant ... 1 million joints" is not
        CloudMinds', though both are in Shanghai)."""
        if subject is None or subject == owner:
            return False
        places = self.index.finder.places(self.index.db.part_of)
        return (
            owner not in places
            and subject not in places
            and self._country not in (owner, subject)
            and not _AREA.search(owner)
            and not _AREA.search(subject)
            and not self.index.db.related(owner, subject)
        )

    def _unknown_firm(self, claim: Claim, ctx: Context, mention: Mention) -> str | None:
        """A company the database does not know, the subject of the figure's
        clause ("Sailun Group … a 25% gain in logistics efficiency", "Qilu Tyre
        Works … reports a 25% gain"), where the claim is another firm's: the
        figure is given to that company. Only English names that say they are
        firms (Group, Tyres, Works, Ltd…) count, and none when the sentence
        names an entity the database knows before the figure."""
        places = self.index.finder.places(self.index.db.part_of)
        if claim.entity in places or claim.entity == self._country or _AREA.search(claim.entity):
            return None
        # (a table's row: its cells, the figure's own excepted)
        before = ctx.sentence if ctx.cell else ctx.sentence[: max(0, mention.start - ctx.sentence_start)]
        found = [m for m in _FIRM_NAME.finditer(before) if not self.index.finder.find(m.group(0))]
        if not found or self.index.finder.find(before):
            return None
        return found[-1].group(0).strip()

    def _firm_apart(self, claim: Claim, ctx: Context) -> str | None:
        """The organisation the figure is given to, other than the claim's
        (``_another_firm``): its subject, or a firm named with the place
        taken for it ("Fourier Intelligence, another Shanghai name, ... 1
        million joints": Fourier's, not CloudMinds', though Shanghai is nearer)."""
        return next((name for name in (ctx.entity, *ctx.entities) if self._another_firm(claim.entity, name)), None)

    def _involves(self, claim: Claim, names: tuple[str, ...]) -> bool:
        """The claim's statement names one of ``names`` too ("fruquintinib was
        approved 10 days after Junshi Biosciences' toripalimab"): a figure
        given to that entity is not another entity's."""
        found = self._statement_names.get(claim.id)
        if found is None:
            found = self._statement_names[claim.id] = frozenset(
                name for _, _, name in self.index.finder.find(claim.statement or "")
            )
        return any(name in found for name in names)

    def _another_entity(
        self, mention: Mention, claim: Claim, entity: str | None, ctx: Context, scored: list[_Scored]
    ) -> Judgement:
        """The judgement of a figure whose value is another entity's claim:
        misattributed, unless its clause gives it to the country."""
        if claim.entity == self._country and (
            _called_national(ctx.clause, mention.text)
            and not any(_NATIONAL.search(term) for term in (claim.metric, *claim.keywords))
            # ("In Hebei, …, and more than 90% of the country's 421 … factories")
            or _OF_THE_COUNTRY.match(ctx.after)
        ):
            # "the national pilot began with 40 universities", in a paragraph
            # about Shanghai: the sentence gives the figure to the country (not
            # when "national" names the metric: "national-level factories")
            message = self._supported_message(mention, claim, scored)
            return Judgement("supported", claim, f"{message}: the sentence calls it national")
        return _misattributed(mention, claim, entity)

    @staticmethod
    def _may_contradict(
        best: _Scored,
        ranked: list,
        ctx: Context,
        entity: str | None,  # type: ignore[type-arg]
        scored: list[_Scored],
        evident: bool,
        mention: Mention,
    ) -> bool:  # type: ignore[no-untyped-def]
        """An error is reported only on clear evidence that the figure speaks
        about this claim; one word is enough only for an entity with few claims
        or for a figure with the claim's own digits (``evident``)."""
        if not counts_alike(mention, best.claim):
            return False  # "a delegation of 15 companies" is no count of events
        if other_classifier(mention, best.claim):
            return False  # "3家德企" counts firms; a claim of 16条 措施 counts measures
        if entity is not None:
            if best.score >= CONTRADICTION_THRESHOLD and best.coverage >= COVERAGE_THRESHOLD:
                return True
            rivals = [
                s
                for s, in_period, _ in ranked[1:]
                if in_period and s.score >= best.score - 0.5
                and (same_digits(mention, s.claim) or not same_digits(mention, best.claim))
            ]
            return (
                best.score >= SPECIFIC_THRESHOLD
                and not rivals
                # three or more of its digits in another order ("1,103.9" for 1,130.9) say more than coverage
                and (best.coverage >= SPECIFIC_COVERAGE or transposed(mention, best.claim))
                and evident
                # (five digits of the claim's in another order are no chance: "835.69" for 853.69)
                and (
                    ctx.entity_explicit
                    or best.score >= 1.5
                    or _significant(mention) >= 5 and transposed(mention, best.claim)
                )
            )
        # No entity named: the metric must belong to one entity only.
        close = {s.claim.entity for s in scored if s.score >= best.score - 1.0}
        # (the claim's digits in another order say which claim as well as more words would:
        # "Invention patents granted in the same five months came to 426,000")
        slip = transposed(mention, best.claim)
        enough = CONTRADICTION_THRESHOLD if slip else UNIQUE_ENTITY_THRESHOLD
        covered = COVERAGE_THRESHOLD if slip else 0.5
        if swapped_units(mention, best.claim) and agrees(mention, best.claim):
            # "快2.7%" where the release says 2.7个百分点: the claim's own number, in the other unit
            enough, covered = UNIT_SLIP_THRESHOLD, COVERAGE_THRESHOLD
        return best.score >= enough and best.coverage >= covered and close == {best.claim.entity}

    def restatement(self, mention: Mention, before: Mention, judged: Judgement) -> Judgement | None:
        """A figure in brackets right after another ("853.69 billion yuan
        (8536.9亿元)") gives the same quantity again: judged by the claim the
        first one was judged by. None when it is no slip of that value (a
        different quantity in brackets keeps its own judgement)."""
        claim = judged.claim
        if claim is None or family(mention.unit) != family(before.unit):
            return None
        if value_agrees(mention, claim):
            return Judgement(judged.verdict, claim, f"{mention.text} gives {before.text} again: {judged.message}")
        if judged.verdict == "supported" and plausible_error(mention, claim) and same_digits(mention, claim):
            return Judgement("contradicted", claim, self.contradiction(mention, claim))
        return None

    @staticmethod
    def _at_its_rate(mention: Mention, ctx: Context, scored: list[_Scored]) -> list[_Scored]:
        """The candidates whose metric's rate does not contradict the words
        right before the figure and right after it, in its clause: "with
        monthly trading above 1 billion yuan" is no year's figure, nor the
        reverse."""
        at = mention.start - ctx.sentence_start
        before = _CLAUSE_MARK.split(ctx.sentence[max(0, at - 30) : max(0, at)])[-1]
        said = {"月" in word or "month" in word.lower()
                for word in _RATE.findall(f"{before} {mention.text}{_CLAUSE_MARK.split(ctx.after[:12])[0]}")}
        if len(said) != 1:
            return scored
        other = "annual" if said.pop() else "monthly"
        return [s for s in scored if other not in s.claim.metric]

    def _the_part_given(self, mention: Mention, right: Claim, part: Claim, score: float) -> Judgement:
        """Contradicted by ``right``, the claim for the period the draft names:
        the figure is the value of a part of that period (``part``: the first
        three quarters' share given as the year's)."""
        message = f"{self.contradiction(mention, right)} ({mention.text} is the figure for {part.period})"
        return Judgement("contradicted", right, message, score)

    def _horizon(self, claim: Claim) -> bool:
        """The claim is a target whose period is its horizon, later than its
        source was published ("4 clusters by 2025", stated in 2023)."""
        record = self.index.db.sources.get(claim.source)
        published = record.published if record else None
        return "target" in claim.tags and published is not None and claim.period.start > published

    def _supported_message(self, mention: Mention, claim: Claim, scored: list[_Scored]) -> str:
        message = f"{mention.text} matches {_about(claim)} for {claim.period} ({claim.shown})"
        newer = [
            s.claim
            for s in scored
            if s.claim.entity == claim.entity
            and s.claim.metric == claim.metric
            and s.claim.period.end > claim.period.end
        ]
        if newer:
            latest = max(newer, key=lambda c: c.period.end)
            message += f"; a newer figure exists: {latest.shown} for {latest.period} ({latest.id})"
        return message

    def contradiction(self, mention: Mention, claim: Claim) -> str:
        base = f"the draft says {mention.text}, but {_about(claim)} for {claim.period} is {claim.shown}"
        if swapped_units(mention, claim):
            if mention.unit == PERCENT:
                return base + " (percent written for percentage points)"
            return base + " (percentage points written for percent)"
        power = scale_slip(mention, claim)
        if power is not None:
            direction = "larger" if power > 0 else "smaller"
            return base + f" (a scale slip: {10 ** abs(power):,} times {direction})"
        if claim.qualifier and claim.qualifier != "about":
            return base + f" (the source says {claim.qualifier.replace('_', ' ')} {claim.value_text})"
        return base


def _leading(ctx: Context) -> tuple[str, ...]:
    """The subject named before the figure in its sentence, when one leads
    it: a claim that names another entity of the sentence ("... in Tianjin-
    Hebei") is not about it for that."""
    return (ctx.entity,) if ctx.entity_leads and ctx.entity else ()


def _about(claim: Claim) -> str:
    return f"{claim.entity}'s {claim.metric}"
