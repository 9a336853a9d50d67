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
