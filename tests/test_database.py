"""Loading and validating a claim database: every error names file and line."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from conftest import CLAIMS, ENTITIES, SOURCE, run, write

from factcheck.database import DatabaseError, load_database


def _db(tmp_path: Path, claims: str, entities: str | None = ENTITIES, source: str = SOURCE) -> Path:
    write(tmp_path / "sources" / "test-source.yaml", source)
    if entities is not None:
        write(tmp_path / "claims" / "entities.yaml", entities)
    write(tmp_path / "claims" / "bad.yaml", claims)
    return tmp_path / "claims"


def _problems(tmp_path: Path, claims: str, **kwargs: str | None) -> list[str]:
    with pytest.raises(DatabaseError) as error:
        load_database([_db(tmp_path, claims, **kwargs)])
    return [str(p) for p in error.value.problems]


ONE = """
claims:
  - id: beijing.x.2023
    entity: Beijing
    metric: something
    value: {value}
    unit: percent
    period: {period}
    source: test-source
"""


def test_the_test_database_loads(db: Path) -> None:
    loaded = load_database([db])
    assert len(loaded.claims) == 5
    by_id = {c.id: c for c in loaded.claims}
    assert by_id["beijing.digital-economy.value-added.2023"].value == pytest.approx(1.88e12)
    assert by_id["beijing.digital-economy.value-added.2023"].kind == "level"  # inferred
    assert by_id["china.rd-intensity.change.2023"].kind == "change"


def test_defaults_apply_unless_the_claim_sets_them(db: Path) -> None:
    loaded = load_database([db])
    assert {c.source for c in loaded.claims} == {"test-source"}


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("853.69 billion", 853.69e9),
        ('"853.69亿"', 85369e6),
        ('"1.2万"', 12000),
        ("4.38 trillion", 4.38e12),
        (44.3, 44.3),
    ],
)
def test_value_forms_in_both_languages(tmp_path: Path, value: object, text: float) -> None:
    loaded = load_database([_db(tmp_path, ONE.format(value=value, period="2023"))])
    assert loaded.claims[0].value == pytest.approx(text)


def test_bad_value_names_file_line_and_field(tmp_path: Path) -> None:
    problems = _problems(tmp_path, ONE.format(value="lots", period="2023"))
    assert len(problems) == 1
    assert "bad.yaml:5:" in problems[0] and "'value'" in problems[0]


def test_bad_period_names_file_line_and_field(tmp_path: Path) -> None:
    problems = _problems(tmp_path, ONE.format(value=1, period="2023-Q7"))
    assert "bad.yaml:7:" in problems[0] and "'period'" in problems[0]


def test_missing_field_names_the_claim_line(tmp_path: Path) -> None:
    text = (
        "claims:\n  - id: a.b\n    entity: Beijing\n    metric: m\n"
        "    unit: count\n    period: 2023\n    source: test-source\n"
    )
    problems = _problems(tmp_path, text)
    assert problems == [f"{Path(tmp_path.name)}/claims/bad.yaml:2: missing required field 'value'"] or (
        problems[0].endswith("bad.yaml:2: missing required field 'value'")
    )


def test_unknown_field_is_an_error(tmp_path: Path) -> None:
    text = ONE.format(value=1, period=2023) + "    colour: blue\n"
    problems = _problems(tmp_path, text)
    assert problems[0].endswith("bad.yaml:9: unknown field 'colour'")


def test_bad_id(tmp_path: Path) -> None:
    problems = _problems(tmp_path, ONE.format(value=1, period=2023).replace("beijing.x.2023", "Beijing X"))
    assert "bad.yaml:2:" in problems[0] and "'id'" in problems[0]


def test_duplicate_ids(tmp_path: Path) -> None:
    text = ONE.format(value=1, period=2023) + ONE.format(value=2, period=2023).replace("claims:\n", "")
    problems = _problems(tmp_path, text)
    assert len(problems) == 1
    assert "bad.yaml:10:" in problems[0] and "duplicate claim id 'beijing.x.2023'" in problems[0]


def test_unknown_source(tmp_path: Path) -> None:
    problems = _problems(tmp_path, ONE.format(value=1, period=2023).replace("test-source", "nowhere"))
    assert "bad.yaml:2:" in problems[0] and "unknown source 'nowhere'" in problems[0]


def test_unknown_entity(tmp_path: Path) -> None:
    problems = _problems(tmp_path, ONE.format(value=1, period=2023).replace("Beijing", "Atlantis"))
    assert "bad.yaml:2:" in problems[0] and "unknown entity 'Atlantis'" in problems[0]


def test_entities_are_optional(tmp_path: Path) -> None:
    loaded = load_database(
        [_db(tmp_path, ONE.format(value=1, period=2023).replace("Beijing", "Atlantis"), entities=None)]
    )
    assert loaded.claims[0].entity == "Atlantis"


def test_every_problem_is_listed_not_just_the_first(tmp_path: Path) -> None:
    text = ONE.format(value="lots", period="2023-Q9") + ONE.format(value=1, period=2023).replace(
        "claims:\n", ""
    ).replace("test-source", "nowhere")
    problems = _problems(tmp_path, text)
    assert len(problems) == 3


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("claims: [\n", 2, "expected"),
        ("claims: 42\n", 1, "'claims:' list"),
        ("- just a list\n", 1, "'claims:' list"),
        ("claims:\n  - !!python/object/apply:os.system ['echo pwned']\n", 2, "tag not allowed"),
        ("a: 1\na: 2\n", 2, "duplicate key"),
    ],
)
def test_yaml_level_errors(tmp_path: Path, text: str, line: int, words: str) -> None:
    problems = _problems(tmp_path, text)
    assert f"bad.yaml:{line}:" in problems[0] and words in problems[0]


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghij":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
        previous = name
    problems = _problems(tmp_path, "\n".join(lines) + "\nclaims: []\n")
    assert "alias bomb" in problems[0]


def test_bad_source_record(tmp_path: Path) -> None:
    problems = _problems(tmp_path, CLAIMS, source=SOURCE.replace("published: 2023-12-08", "published: someday"))
    assert any("test-source.yaml:4:" in p and "'published'" in p for p in problems)


def test_missing_claims_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as error:
        load_database([tmp_path / "nothing"])
    assert "not found" in str(error.value.problems[0])


def test_validate_command_lists_every_problem_and_exits_2(tmp_path: Path) -> None:
    text = ONE.format(value="lots", period="2023-Q9")
    folder = _db(tmp_path, text)
    result = run("claims", "validate", "--claims", str(folder))
    assert result.exit_code == 2
    assert result.stderr.count("bad.yaml:") == 2
    assert "2 problem(s)" in result.stderr


def test_validate_command_clean(db: Path) -> None:
    result = run("claims", "validate", "--claims", str(db))
    assert result.exit_code == 0
    assert "5 claims OK" in result.stdout


def test_validate_texts_catches_a_quote_typo(tmp_path: Path) -> None:
    source = SOURCE + "file: story.txt\n"
    text = ONE.format(value=44.8, period=2023) + '    quote: "reached 44.3 percent in the"\n'
    folder = _db(tmp_path, text, source=source)
    write(tmp_path / "texts" / "story.txt", "The share reached 44.3 percent in the first three quarters.\n")
    result = run("claims", "validate", "--claims", str(folder), "--texts", str(tmp_path / "texts"))
    assert result.exit_code == 2
    assert "bad.yaml:2:" in result.stderr and "does not state the value 44.8" in result.stderr
    text = ONE.format(value=44.3, period=2023) + '    quote: "reached 44.3 percent in teh"\n'
    folder = _db(tmp_path, text, source=source)
    result = run("claims", "validate", "--claims", str(folder), "--texts", str(tmp_path / "texts"))
    assert result.exit_code == 2 and "quote not found" in result.stderr
    text = ONE.format(value=44.3, period=2023) + '    quote: "reached 44.3 percent in the"\n'
    folder = _db(tmp_path, text, source=source)
    result = run("claims", "validate", "--claims", str(folder), "--texts", str(tmp_path / "texts"))
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    ("entities", "line", "words"),
    [
        ("entities:\n  Beijing: [京, 北京]\n", 2, "alias '京' is too short"),
        ("entities:\n  Beijing: [北京]\n  X: [1, 2]\n", 3, "entity 'X': expected a list of aliases"),
        ("entities:\n  Beijing: nope\n", 2, "expected a list of aliases"),
        ("entities:\n  Beijing: [北京]\npart_of:\n  Haidian: Beijing\n", 4, "must both be entities"),
        ("entities:\n  Beijing: [北京]\npart_of:\n  Beijing: [Beijing]\n", 4, "'Beijing' and ['Beijing'] must both"),
        ("entities:\n  Beijing: [北京]\ncolour: blue\n", 3, "unknown top-level key 'colour'"),
        ("entities: [Beijing]\n", 1, "an 'entities:' mapping"),
    ],
)
def test_entity_file_errors_name_file_and_line(tmp_path: Path, entities: str, line: int, words: str) -> None:
    problems = _problems(tmp_path, ONE.format(value=1, period=2023), entities=entities)
    assert any(f"entities.yaml:{line}:" in p and words in p for p in problems), problems


def test_part_of_relates_entities(tmp_path: Path) -> None:
    entities = "entities:\n  Beijing: [北京]\n  Haidian District: [海淀]\npart_of:\n  Haidian District: Beijing\n"
    loaded = load_database([_db(tmp_path, ONE.format(value=1, period=2023), entities=entities)])
    assert loaded.related("Haidian District", "Beijing") and loaded.related("Beijing", "Haidian District")
    assert not loaded.related("Haidian District", "Shanghai")


@pytest.mark.parametrize(
    ("keyword", "flagged"), [("44.3%", True), ("44.3个百分点以上", True), ("2023年", False), ("digital economy", False)]
)
def test_validate_flags_a_keyword_that_states_the_value(tmp_path: Path, keyword: str, flagged: bool) -> None:
    text = ONE.format(value=44.3, period=2023) + f"    keywords: [share, '{keyword}']\n"
    folder = _db(tmp_path, text)
    result = run("claims", "validate", "--claims", str(folder))
    if flagged:
        assert result.exit_code == 2
        assert f"keyword '{keyword}' states the claim's value" in result.stderr and "bad.yaml:2:" in result.stderr
    else:
        assert result.exit_code == 0, result.stderr


def test_anchors_and_merge_keys_make_the_same_claims_as_written_out(tmp_path: Path) -> None:
    # Merge keys and tags take the loader's careful path, plain YAML its fast one: same records.
    claim = "  - id: beijing.{0}.2023\n    entity: Beijing\n    metric: something\n    value: 1\n" \
        "    unit: percent\n    period: 2023\n    source: test-source\n    keywords: [x, y]\n"
    written = "claims:\n" + claim.format("x") + claim.format("y")
    shared = (
        "defaults: &b {entity: Beijing, unit: !!str percent, source: test-source}\nclaims:\n"
        "  - id: beijing.x.2023\n    <<: *b\n    metric: something\n    value: 1\n    period: 2023\n"
        "    keywords: &k [x, y]\n"
        "  - {id: beijing.y.2023, metric: something, value: 1, period: 2023, keywords: *k}\n"
    )
    expected = load_database([_db(tmp_path / "a", written)]).claims
    loaded = load_database([_db(tmp_path / "b", shared)]).claims
    assert [c._replace(path="", line=0) for c in loaded] == [c._replace(path="", line=0) for c in expected]
    assert [c.line for c in loaded] == [3, 9]


def test_loading_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path, db: Path) -> None:
    load_database([db])
    assert gc.isenabled()
    with pytest.raises(DatabaseError):
        load_database([_db(tmp_path, ONE.format(value="lots", period=2023))])
    assert gc.isenabled()
    gc.disable()
    try:
        load_database([db])
        assert not gc.isenabled()
    finally:
        gc.enable()
