"""The figures of one sentence judged in the light of each other.

Each figure is first judged on its own (match.Matcher.judge). A sentence's
figures then tell about each other: a figure in brackets restates the one
before it, a claim one figure agrees with is not its neighbour's, a subject
found through one figure is the sentence's, two figures with each other's
values are both wrong. ``revise`` applies these to the judgements of a
whole draft.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from factcheck.context import Context, kind_word
from factcheck.extract import Mention
from factcheck.index import family, normal
from factcheck.match import PART_OF, Judgement, Matcher, kinds_compatible
from factcheck.records import Claim
from factcheck.regexcache import compile as rx
from factcheck.slips import slip_of, swapped_units, value_agrees
from factcheck.units import PERCENT
from factcheck.wording import counts_alike, counts_what

_BRACKET = rx(r"\s*[(（]\s*")
_PARAGRAPH_BREAK = rx(r"\n[ \t]*\n")
_COUNTED_BEFORE = rx(r"([\u4e00-\u9fff]{2,}?)(?:有|为|达到?|共|约|超过|逾|近)*\Z")
_PART = rx(r"\s*(?:其中|of (?:these|this|which|that|them|the total)\b|among them\b)", re.I)


class _Draft(NamedTuple):
    text: str
    mentions: list[Mention]
    contexts: list[Context]
    judged: list[Judgement | None]
    matcher: Matcher
    today: date
    restated: set[int]
    paragraphs: list[int]  # each figure's paragraph (blank lines part them), by position

    def again(
        self, position: int, exclude: frozenset[str] = frozenset(), context: Context | None = None
    ) -> Judgement | None:
        return self.matcher.judge(self.mentions[position], context or self.contexts[position], self.today, exclude)


def revise(
    text: str,
    mentions: list[Mention],
    contexts: list[Context],
    judged: list[Judgement | None],
    matcher: Matcher,
    today: date,
) -> None:
    """Revise ``judged`` (and ``contexts``, where a subject is found) in place."""
    breaks = [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
    paragraphs = [bisect.bisect(breaks, mention.start) for mention in mentions]
    draft = _Draft(text, mentions, contexts, judged, matcher, today, set(), paragraphs)
    _restatements(draft)
    _subjects(draft)
    _one_claim_one_error(draft)
    _parts(draft)
    _one_claim_one_figure(draft)
    _swapped(draft)
    _exchanged(draft)
    _taken(draft)
    # (a figure _taken judged again may now agree with the claim of what its
    # neighbour names: "90% of the little giants and 80% of high-tech firms")
    _swapped(draft)
    _released_together(draft)


def _restatements(draft: _Draft) -> None:
    """A figure in brackets right after another restates it ("853.69 billion
    yuan (8536.9亿元)"): judged by the same claim."""
    for position in range(1, len(draft.mentions)):
        before, judgement = draft.mentions[position - 1], draft.judged[position - 1]
        if judgement is not None and _BRACKET.fullmatch(draft.text, before.end, draft.mentions[position].start):
            again = draft.matcher.restatement(draft.mentions[position], before, judgement)
            if again is not None:
                draft.judged[position] = again
                draft.restated.add(position)


def _subjects(draft: _Draft) -> None:
    """A sentence that names no entity speaks about the one whose claim a
    figure of it agrees with ("Value added grew 8.7%, 2.7% faster than
    industry"): a figure no claim covered is judged again as about it."""
    subjects: dict[int, set[str]] = {}
    for context, judgement in zip(draft.contexts, draft.judged):
        if judgement and judgement.claim and judgement.verdict == "supported" and context.entity_source != "sentence":
            subjects.setdefault(context.sentence_start, set()).add(judgement.claim.entity)
    for position, (context, judgement) in enumerate(zip(draft.contexts, draft.judged)):
        subject = subjects.get(context.sentence_start, set())
        if len(subject) != 1 or context.entity_source == "sentence" or position in draft.restated:
            continue
        if judgement is None or judgement.verdict != "unverified":
            continue
        (who,) = subject
        about = context._replace(entity=who, entity_source="sentence", entities=(who,), entities_around=(who,))
        again = draft.again(position, context=about)
        if again is not None and again.verdict != "unverified":
            draft.judged[position], draft.contexts[position] = again, about


def _one_claim_one_error(draft: _Draft) -> None:
    """Two figures of a sentence contradicted by one claim ("runs 8
    industrial robots on its line, makes more than 10 joint models"): the
    claim is about the one whose words fit it best; the other is judged
    without it."""
    holder: dict[tuple[int, str], int] = {}
    for position, (context, judgement) in enumerate(zip(draft.contexts, draft.judged)):
        if not (judgement and judgement.claim and judgement.verdict == "contradicted"):
            continue
        key = (context.sentence_start, judgement.claim.id)
        other = holder.get(key)
        if other is None:
            holder[key] = position
            continue
        held = draft.judged[other]
        weaker = position if judgement.score <= (held.score if held else 0.0) else other
        holder[key] = other if weaker == position else position
        draft.judged[weaker] = draft.again(weaker, frozenset({judgement.claim.id}))


def _parts(draft: _Draft) -> None:
    """A sentence that opens with "其中" or "of these" gives parts of what the
    sentence before gave ("成交额8536.9亿元。其中，流向津冀的748.7亿元"): a claim a
    figure of that sentence already speaks about is not a part's."""
    sentences: list[tuple[int, set[str]]] = []  # each sentence's start, and the claims its figures speak about
    for position, (context, judgement) in enumerate(zip(draft.contexts, draft.judged)):
        if not sentences or sentences[-1][0] != context.sentence_start:
            sentences.append((context.sentence_start, set()))
        if judgement is None or judgement.claim is None:
            continue
        if judgement.verdict == "contradicted" and len(sentences) > 1 and _PART.match(context.sentence):
            taken = sentences[-2][1]
            if judgement.claim.id in taken:
                judgement = draft.judged[position] = draft.again(position, frozenset(taken))
                if judgement is None or judgement.claim is None:
                    continue
        if judgement.verdict in ("supported", "contradicted"):
            sentences[-1][1].add(judgement.claim.id)


def _one_claim_one_figure(draft: _Draft) -> None:
    """Two figures of a sentence supported by one claim ("more than 60% of
    output, 70% of innovation"): the claim is about the one that gives its
    value exactly; the other, which only comes near it, is judged without it."""
    exact: dict[tuple[int, str], int] = {}
    near: list[tuple[int, int, str]] = []
    for position, (context, judgement) in enumerate(zip(draft.contexts, draft.judged)):
        if not (judgement and judgement.claim and judgement.verdict == "supported") or position in draft.restated:
            continue
        key = (context.sentence_start, judgement.claim.id)
        if math.isclose(draft.mentions[position].value, judgement.claim.value, rel_tol=1e-9):
            exact[key] = position
        else:
            near.append((position, *key))
    for position, sentence, claim in near:
        if (sentence, claim) in exact:
            draft.judged[position] = draft.again(position, frozenset({claim}))


def _swapped(draft: _Draft) -> None:
    """Two counts of a sentence, each with the other's value ("sold by 161
    carmakers under 146 brands", where the carmakers number 146 and the
    brands 161): each says what it counts, and it is what the other's claim
    counts. Both are wrong: each is contradicted by the claim of what it
    counts."""
    supported = [
        (position, judgement.claim)
        for position, judgement in enumerate(draft.judged)
        if judgement and judgement.claim and judgement.verdict == "supported"
    ]
    for (one, first), (other, second) in zip(supported, supported[1:]):
        if first.id == second.id or draft.contexts[one].sentence_start != draft.contexts[other].sentence_start:
            continue
        a, b = draft.mentions[one], draft.mentions[other]
        after_a, after_b = (
            # (what a share is of may take more words than what a count counts)
            draft.text[mention.end : mention.end + 120] if mention.unit == PERCENT else draft.contexts[at].after
            for at, mention in ((one, a), (other, b))
        )
        says = _whole_named(draft, one, other, first, second) if a.unit == b.unit == PERCENT else None
        if says is not None:
            a_first, a_second, b_first, b_second = says
        else:
            a_first, a_second = counts_what(a, first, after_a), counts_what(a, second, after_a)
            b_first, b_second = counts_what(b, first, after_b), counts_what(b, second, after_b)
            if None in (a_first, a_second, b_first, b_second):
                # "车企有161家、品牌146个": in Chinese what is counted may stand before the figure
                a_first, a_second, b_first, b_second = (
                    _counted_before(draft, at, claim) if found is None else found
                    for at, claim, found in (
                        (one, first, a_first),
                        (one, second, a_second),
                        (other, first, b_first),
                        (other, second, b_second),
                    )
                )
        if a_first is False and b_second is False:
            if a_second and b_first:
                for position, mention, claim in ((one, a, second), (other, b, first)):
                    message = draft.matcher.contradiction(mention, claim)
                    draft.judged[position] = Judgement("contradicted", claim, f"{message} (the two are swapped)")


def _exchanged(draft: _Draft) -> None:
    """Two figures of a sentence with each other's values, one of them agreeing
    with the claim its neighbour names ("logistics efficiency improved by 10% …
    and costs fell by 25%", where efficiency rose 25% and costs fell 10%): the
    claim each names best has the other's value. Both are wrong."""
    sentences: dict[int, list[int]] = {}
    for position, context in enumerate(draft.contexts):
        sentences.setdefault(context.sentence_start, []).append(position)
    found: dict[int, Claim | None] = {}

    def best(position: int) -> Claim | None:
        """The claim the figure's words name best (weighed once per figure)."""
        if position not in found:
            scored = draft.matcher.candidates(draft.mentions[position], draft.contexts[position])
            found[position] = scored[0].claim if scored else None
        return found[position]

    for positions in sentences.values():
        if len(positions) < 2:
            continue
        for one in positions:
            judgement = draft.judged[one]
            if not (judgement and judgement.claim and judgement.verdict == "supported") or one in draft.restated:
                continue
            given = judgement.claim
            for other in positions:
                neighbour = draft.judged[other]
                if other == one or neighbour is None or other in draft.restated:
                    continue
                if neighbour.claim is not None and not (
                    neighbour.verdict == "contradicted" and neighbour.claim.id == given.id
                ):
                    continue  # (no claim, or contradicted by the one its neighbour agrees with)
                if _swap_of(draft, one, other, given, best):
                    break


def _swap_of(draft: _Draft, one: int, other: int, given: Claim, best: Callable[[int], Claim | None]) -> bool:
    """Whether the figure at ``one`` (agreeing with ``given``) and the one at
    ``other`` have each other's values (``best``: the claim a figure's words
    name best); if so, both are judged contradicted."""
    first = draft.mentions[min(one, other)]
    if PART_OF.match(draft.text, first.end):
        return False  # "39 of the 41 categories": a part and its whole, not two figures swapped
    if value_agrees(draft.mentions[other], given):
        return False
    theirs = best(other)
    if theirs is None or theirs.id != given.id:
        return False
    own = best(one)
    if own is None or own.id == given.id or value_agrees(draft.mentions[one], own):
        return False
    if not value_agrees(draft.mentions[other], own):
        return False
    for position, claim in ((one, own), (other, given)):
        message = draft.matcher.contradiction(draft.mentions[position], claim)
        draft.judged[position] = Judgement("contradicted", claim, f"{message} (the two are swapped)")
    return True


def _counts_else(draft: _Draft, position: int, claim: Claim) -> bool:
    """The count says it counts something other than what the claim counts."""
    mention, context = draft.mentions[position], draft.contexts[position]
    if counts_what(mention, claim, context.after) is False:
        return True
    # "全市独角兽企业达114家": a Chinese noun before it, none of the claim's terms near
    # ("年设计产能最高可达10万个" names the claim's 设计产能, whatever stands between)
    window = draft.text[_before_count(draft, position) : mention.start]
    terms = _chinese_terms(claim)
    return bool(terms) and _counted_before(draft, position, claim) is False and not any(t in window for t in terms)


def _counted_before(draft: _Draft, position: int, claim: Claim) -> bool | None:
    """Whether the Chinese noun right before a count ("车企有161家", "品牌146个")
    is one of the claim's terms; None when no Chinese noun stands there."""
    before = _COUNTED_BEFORE.search(draft.text, _before_count(draft, position), draft.mentions[position].start)
    terms = _chinese_terms(claim)
    if before is None or not terms:
        return None
    return any(before.group(1).endswith(term) for term in terms)


def _before_count(draft: _Draft, position: int) -> int:
    """Where the words just before a count that may say what it counts begin."""
    return max(draft.contexts[position].sentence_start, draft.mentions[position].start - 12)


def _chinese_terms(claim: Claim) -> list[str]:
    return [term for term in claim.keywords if not term.isascii() and len(term) >= 2]


def _own_part(draft: _Draft, position: int) -> str:
    """The words of a figure's own part of its sentence: from the last
    semicolon, or the figure before it, to its end ("在国家级专精特新“小巨人”企业中，
    民企占比达90%以上"), with its clause (Context.core)."""
    mention, context = draft.mentions[position], draft.contexts[position]
    start = max(
        context.sentence_start,
        draft.text.rfind("；", context.sentence_start, mention.start) + 1,
        draft.text.rfind(";", context.sentence_start, mention.start) + 1,
    )
    if position and draft.contexts[position - 1].sentence_start == context.sentence_start:
        start = max(start, draft.mentions[position - 1].end)
    return draft.text[start : mention.end] + " " + context.core


def _whole_named(
    draft: _Draft, one: int, other: int, first: Claim, second: Claim
) -> tuple[bool, bool, bool, bool] | None:
    """For two shares in Chinese, whether each one's clause (Context.core) names what the
    first and the second claim are shares of ("“小巨人”企业中民营企业占90%以上，
    高新技术企业中民营企业占80%以上"), by the terms one claim has and the other
    not; None when the clauses do not tell them apart."""
    own = set(first.keywords) - set(second.keywords), set(second.keywords) - set(first.keywords)
    (a_first, a_second), (b_first, b_second) = (
        tuple(any(term in part for term in terms if not term.isascii()) for terms in own)
        for part in (_own_part(draft, one), _own_part(draft, other))
    )
    if a_first == a_second or b_first == b_second:
        return None
    return a_first, a_second, b_first, b_second


def _taken(draft: _Draft) -> None:
    """A claim that one figure of a sentence agrees with is what that figure
    speaks about; it cannot also contradict its neighbours ("146 companies
    and 161 brands"), which are judged again without it; nor be the only
    reading of a neighbour no claim covered ("A and B reached 80.1% and
    69.2% respectively": B's claim may be the one left)."""
    taken = _claims_by_sentence(draft, ("supported", "stale"))
    # A claim whose value a figure gives to another entity is that figure's too, for a
    # neighbour whose own clause names none of its terms ("China took more than 50% of
    # robot installations, and in Zhejiang the use of design tools reached 80.1%")
    given = _claims_by_sentence(draft, ("misattributed",))
    for position, (context, judgement) in enumerate(zip(draft.contexts, draft.judged)):
        if judgement and judgement.claim and judgement.verdict == "contradicted" and position not in draft.restated:
            claim = judgement.claim
            if claim.id in given.get(context.sentence_start, ()) and not _named_in(claim, context.core):
                draft.judged[position] = draft.again(position, frozenset(given[context.sentence_start]))
    for position, (context, judgement) in enumerate(zip(draft.contexts, draft.judged)):
        others = taken.get(context.sentence_start, set())
        if not others or judgement is None or position in draft.restated:
            continue
        # (a claim's value given to another entity as well is misattributed there: "全市…
        # 260台/万人，兄弟省份江苏…也已达到260台/万人")
        if judgement.claim and judgement.verdict not in ("supported", "stale", "misattributed") and (
            judgement.claim.id in others
        ):
            draft.judged[position] = draft.again(position, frozenset(others))
        elif judgement.claim is None:
            again = draft.again(position, frozenset(others))
            if again is not None and again.claim is not None:
                draft.judged[position] = again
    # A claim a figure gives exactly is that figure's in its paragraph too: it
    # contradicts no other figure there ("今后五年…引入1万台以上…机器人。今年
    # 1—11月，集团新增…机器人1650台": the new robots are another count).
    exact: dict[int, set[str]] = {}
    # (not in tables: each row is a statement of its own)
    for paragraph, context, judgement in zip(draft.paragraphs, draft.contexts, draft.judged):
        if judgement and judgement.claim and judgement.verdict == "supported" and not context.cell:
            exact.setdefault(paragraph, set()).add(judgement.claim.id)
    for position, (mention, context, judgement) in enumerate(zip(draft.mentions, draft.contexts, draft.judged)):
        if judgement is None or judgement.verdict != "contradicted" or position in draft.restated or context.cell:
            continue
        others = exact.get(draft.paragraphs[position], set())
        claim = judgement.claim
        if claim is not None and claim.id in others and not slip_of(mention, claim, digits=2):
            # (the claim's own digits with one changed or swapped, its scale or
            # unit slipped, is the same figure given twice, once wrong: "44.3% ...
            # 43.4%", "grew 9.5% ... grew 8.5%")
            draft.judged[position] = draft.again(position, frozenset(others))


def _claims_by_sentence(draft: _Draft, verdicts: tuple[str, ...]) -> dict[int, set[str]]:
    """The claims the figures of each sentence (by its start) are judged by, with one of ``verdicts``."""
    found: dict[int, set[str]] = {}
    for context, judgement in zip(draft.contexts, draft.judged):
        if judgement and judgement.claim and judgement.verdict in verdicts:
            found.setdefault(context.sentence_start, set()).add(judgement.claim.id)
    return found


def _named_in(claim: Claim, words: str) -> bool:
    """A term of the claim that says what it measures (not only its kind) in ``words``."""
    words = normal(words)
    return any((term := normal(keyword)) in words and not kind_word(term) for keyword in claim.keywords)


def _released_together(draft: _Draft) -> None:
    """A figure no claim covered, among figures of its paragraph that claims
    of one release support ("6 universities ... 675 results ... deals worth
    1.66 billion yuan"), may be that release's remaining figure written
    wrong: contradicted when exactly one claim of the release, about the
    same entity (or a part of it) and period, no other figure speaks about,
    is one slip away (a digit, the scale, percent for points) and no claim
    of the release agrees with it."""
    index = draft.matcher.index
    used = {judgement.claim.id for judgement in draft.judged if judgement is not None and judgement.claim is not None}
    releases: dict[int, list[Claim]] = {}  # by paragraph: the claims its supported figures were judged by
    for paragraph, judgement in zip(draft.paragraphs, draft.judged):
        if judgement is not None and judgement.claim is not None and judgement.verdict == "supported":
            releases.setdefault(paragraph, []).append(judgement.claim)
    if not releases:
        return
    ancestors = index.db.ancestors
    for position, (mention, context, judgement) in enumerate(zip(draft.mentions, draft.contexts, draft.judged)):
        if judgement is None or judgement.verdict != "unverified" or not context.entity:
            continue
        if _PART.match(context.sentence):
            continue  # ("其中，流向津冀的…增长1.1倍": a part's figure, not one of the whole's)
        supported = releases.get(draft.paragraphs[position])
        if not supported:
            continue
        fam = family(mention.unit)
        released = {
            claim.id: claim
            for each in supported
            for claim in index.released_with(each)
            if family(claim.unit) == fam
            and (claim.entity == context.entity or context.entity in ancestors(claim.entity))
            and kinds_compatible(mention, context.kind, claim)
        }
        if any(value_agrees(mention, claim) for claim in released.values() if not swapped_units(mention, claim)):
            continue  # the release has it: the words did not say which (another reading, not an error)
        slipped = [
            claim
            for claim in released.values()
            if claim.id not in used
            and counts_alike(mention, claim)
            and slip_of(mention, claim)
            # ("全市独角兽企业达114家" counts unicorns, not the release's 11 disciplines)
            and not (mention.unit == "count" and _counts_else(draft, position, claim))
        ]
        if len(slipped) == 1:
            (claim,) = slipped
            message = draft.matcher.contradiction(mention, claim)
            draft.judged[position] = Judgement(
                "contradicted", claim, f"{message}; the paragraph's other figures are from the same release"
            )
            used.add(claim.id)
