"""Parsers never crash, never hang, and positions always slice back."""

from __future__ import annotations

import random
import time
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract
from factcheck.markup import mask_html, mask_markdown
from factcheck.numbers import parse_value
from factcheck.periods import parse_period
from factcheck.timeexpr import find_times
from factcheck.yamlsafe import YamlProblem, load_yaml

# Characters that matter to the parsers, mixed with anything at all.
ALPHABET = st.sampled_from(
    list(
        "0123456789.,%-+ \n\r\t年月日亿万千百十一二两三四五六七八九零余多约近超过成倍个家元％．１２$€()[]<>`#*!-—:/"
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    )
    + [
        "percent",
        " billion",
        "trillion",
        "前三季度",
        "上半年",
        "this year",
        "more than ",
        "about ",
        "2023",
        "<!--",
        "-->",
        "```",
        "---\n",
    ]
)
TEXT = st.one_of(st.text(max_size=400), st.lists(ALPHABET, max_size=200).map("".join))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_extract_never_crashes_and_positions_slice_back(text: str) -> None:
    for masked in (None, mask_markdown(text), mask_html(text)):
        assert (masked is None) or len(masked) == len(text)
        for m in extract(text, masked):
            assert text[m.start : m.end] == m.text
            assert m.text and not m.text[-1].isspace()
            lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            assert m.line >= 1 and m.column >= 1 and m.line <= len(lines)


@SETTINGS
@given(TEXT)
def test_time_phrases_never_crash(text: str) -> None:
    for found in find_times(text, date(2024, 11, 5)):
        assert 0 <= found.start < found.end <= len(text)
        assert found.period.start <= found.period.end


@SETTINGS
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=True), st.booleans(), st.none()))
def test_value_and_period_parsers_raise_only_value_error(value: object) -> None:
    for parse in (parse_value, parse_period):
        try:
            parse(value)  # type: ignore[arg-type]
        except ValueError:
            pass


@SETTINGS
@given(st.text(max_size=300))
def test_yaml_loader_raises_only_yaml_problem(text: str) -> None:
    try:
        load_yaml(text)
    except YamlProblem as problem:
        assert problem.message


def _timed(text: str) -> float:
    start = time.perf_counter()
    extract(text, mask_markdown(text))
    find_times(text, date(2024, 11, 5))
    return time.perf_counter() - start


def _adversarial(rng: random.Random, pieces: int) -> str:
    parts = [
        "1,",
        "2.",
        "3%",
        "亿",
        "万",
        "约",
        "多",
        "-",
        "–",
        "10 to ",
        "first ",
        "half of ",
        "2023年",
        "第",
        "`",
        "[x](",
        "9" * 40,
        ",000",
        ".5",
        "十",
        "百分之",
        " ",
        "\n",
        "more than ",
        "前三季度",
        "截至",
    ]
    return "".join(rng.choice(parts) for _ in range(pieces))


def test_a_megabyte_of_random_or_adversarial_text_is_fast() -> None:
    rng = random.Random(7)
    noise = "".join(chr(rng.randint(32, 0x9FFF)) for _ in range(1_000_000))
    dense = (_adversarial(rng, 120_000) * 4)[:1_000_000]
    for text in (noise, dense):
        # Generous bounds for a shared CI machine; docs/robustness.md has the figures.
        assert _timed(text) < 6.0


def test_cost_grows_linearly() -> None:
    rng = random.Random(11)
    small = _adversarial(rng, 20_000)
    big = small * 10
    t_small = min(_timed(small) for _ in range(3))
    t_big = min(_timed(big) for _ in range(2))
    # Ten times the text may cost at most ~twenty times the time (noise), never a hundred.
    assert t_big < 20 * t_small + 0.05


def test_pathological_inputs() -> None:
    for text in (
        "9" * 200_000,
        "1," * 100_000,
        "亿" * 100_000,
        "一" * 100_000,
        "<!--" * 50_000,
        "`" * 100_000,
        "(" * 100_000,
        "1.1." * 50_000,
        "more than " * 50_000,
        " " * 1_000_000,
        "[a](" * 50_000,
    ):
        assert _timed(text) < 3.0, text[:20]


def _shipped_index():  # type: ignore[no-untyped-def]
    from factcheck.database import load_database
    from factcheck.index import Index
    from factcheck.locate import shipped_claims_dir

    return Index(load_database([shipped_claims_dir()]))


INDEX = _shipped_index()
# The words the checker acts on: the shipped database's names and metric words,
# reference words, periods, figures, punctuation; glued together at random
# ("the US" + "$300,000,000": a name inside a figure once crashed the check).
_NAMES = sorted({alias for aliases in INDEX.db.entities.values() for alias in aliases} | set(INDEX.db.entities))
_TERMS = sorted({term for claim in INDEX.db.claims for term in claim.keywords})
_FIGURES = ["$300,000,000", "44.3%", "853.69 billion yuan", "8536.9亿元", "2.7个百分点", "260台/万人", "1.2万P",
            "more than 60%", "约30家", "3天", "24 hours", "100", "6"]
WORDS = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_TERMS),
    st.sampled_from(
        ["the city", "全市", "本市", "辖内", "the provincial government", "我区", "该公司", "the company", "now",
         "目前", "去年", "last year", "in 2023", "2024年", "前三季度", "上半年", "so far in 2024", "今年以来",
         "as of June", "at the year end", "not for 2024", "而非2023年", "已覆盖", "累计", "has reached"]
    ),
    st.sampled_from([*_FIGURES, "one in five"]),
    st.sampled_from([" ", "，", "。", "；", ", ", ". ", "; ", ": ", "\n\n", "\n- ", "# ", "| ", " |\n", "（", "）",
                     "“", "”", "'s ", " and ", "和", "的", "由", "增至", "not ", "the "]),
)
# a name glued to a figure, the figure inside the name's span or the name inside the figure's
GLUED = st.tuples(st.sampled_from(_NAMES), st.sampled_from(_FIGURES)).map("".join)
DRAFTS = st.lists(st.one_of(WORDS, GLUED), max_size=30).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DRAFTS, st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
def test_checking_never_crashes_on_the_database_s_own_words(text: str, today: date) -> None:
    from factcheck.check import check_text

    _, findings = check_text(text, today, INDEX, "draft.md")
    for finding in findings:
        assert 1 <= finding.line and 1 <= finding.column


def test_every_name_glued_to_a_figure_is_checked_without_crashing() -> None:
    """Each of the database's names, glued before and after figures, alone in
    its sentence: "the US" + "$300,000,000" once crashed the check."""
    from factcheck.check import check_text

    for name in _NAMES:
        for figure in ("$300,000,000", "44.3%", "8536.9亿元", "6"):
            for text in (f"Note that {name}{figure} is due.", f"{figure}{name}。", f"据悉{name}{figure}"):
                check_text(text, date(2024, 9, 16), INDEX, "draft.md")
