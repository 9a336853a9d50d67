"""The safe YAML loader: PyYAML's documents, with lines, and a one-line
reason with its line for anything it refuses."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from conftest import ENTITIES, SOURCE, subprocess_run, write

from factcheck.yamlsafe import LineDict, YamlProblem, load_yaml

DOCUMENTS = [
    # scalars of every kind the safe loader builds, plain, quoted and tagged
    "a: text\nb: 'quoted: yes'\nc: 12\nd: -1.5e3\ne: 0x1F\nf: 1_000\ng: .inf\nh: ~\ni: null\nj: yes\nk: No\n",
    "dates: [2024-01-02, 2024-01-02T03:04:05, '2024-01-02']\nodd: [190:20:30, 0o17, +3, '', \"\\u4e2d\"]\n",
    "tagged: [!!str 12, !!int '7', !!float 2, !!bool true, !!null x, !!timestamp 2024-05-06]\n",
    # anchors and aliases, shared lists and mappings
    "base: &b {unit: percent, period: '2023'}\none: [*b, *b]\nlist: &l [x, y]\nagain: *l\n",
    # merge keys, and keys that are not text
    "base: &b {unit: percent, period: '2023'}\nclaim:\n  <<: *b\n  id: a.b\n",
    "7: seven\n2024-01-02: day\ntrue: yes\n1.5: half\n~: none\n",
    # other tags of the safe loader
    "b: !!binary aGVsbG8=\ns: !!set {a, b}\no: !!omap [a: 1, b: 2]\np: !!pairs [a: 1, a: 2]\n",
    "- just\n- a list\n- [nested, [deeper, {k: v}]]\n",
    "plain text\n",
    "",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_documents_are_pyyaml_safe_loader_documents(text: str) -> None:
    assert load_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader)


def test_every_mapping_knows_its_line_and_its_keys_lines() -> None:
    text = (
        "defaults:\n  source: s\nclaims:\n  - id: a\n    value: 1\n\n"
        "  - id: b\n    tags: &t [x]\n  - {id: c, tags: *t}\n"
    )
    data = load_yaml(text)
    assert isinstance(data, LineDict) and data.line == 1
    assert (data.line_of("defaults"), data.line_of("claims")) == (1, 3)
    first, second, third = data["claims"]
    assert (first.line, first.line_of("id"), first.line_of("value")) == (4, 4, 5)
    assert (second.line, second.line_of("tags")) == (7, 8)
    assert (third.line, third.line_of("tags"), third.line_of("nowhere")) == (9, 9, 9)
    assert third["tags"] == ["x"]


def test_types_are_kept() -> None:
    data = load_yaml("i: 3\nf: 3.0\nd: 2024-01-02\nt: 2024-01-02T03:04:05\nb: true\ns: '3'\n")
    assert [type(v) for v in data.values()] == [int, float, date, datetime, bool, str]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a: 1\nb:\n  c: 2\n  c: 3\n", 4, "duplicate key 'c'"),
        ("a: 1\n? [x]\n: 2\n", 2, "a mapping key must be plain text"),
        ("a: 1\nb: !!python/object/apply:os.system ['echo pwned']\n", 2, "tag not allowed"),
        ("a:\n  - !!timestamp nope\n", 2, "'nope' is not a valid date"),
        ("a:\n\n  b: !!int ''\n", 3, "'' is not a valid integer"),
        ("a: !!float ''\n", 1, "'' is not a valid number"),
        ("a: 1\nb: !!bool maybe\n", 2, "'maybe' is not a valid boolean"),
        ("a: 2024-44-22\n", 1, "'2024-44-22' is not a valid date"),
        ("a: &x [1, *x]\n", 1, "recursive alias"),
        ("a: 1\nb: &x {c: [*x]}\n", 2, "recursive alias"),
        ("a: *nothing\n", 1, "found undefined alias"),
    ],
)
def test_refused_with_a_reason_and_a_line(text: str, line: int, words: str) -> None:
    with pytest.raises(YamlProblem) as problem:
        load_yaml(text)
    assert problem.value.line == line and words in problem.value.message, (problem.value.line, problem.value.message)


def test_a_recursive_alias_in_a_claims_file_is_one_line_not_a_hang(tmp_path: Path) -> None:
    # It used to loop for ever, eating memory, while counting the nodes aliases expand to.
    write(tmp_path / "sources" / "test-source.yaml", SOURCE)
    write(tmp_path / "claims" / "entities.yaml", ENTITIES)
    write(tmp_path / "claims" / "bad.yaml", "claims:\n  - &c\n    id: a.b\n    keywords: [*c]\n")
    done = subprocess_run("claims", "validate", "--claims", str(tmp_path / "claims"))
    assert done.returncode == 2, done.stderr
    assert "bad.yaml:2: recursive alias" in done.stderr and "Traceback" not in done.stderr, done.stderr
