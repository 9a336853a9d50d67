"""Safe YAML loading that remembers where every mapping and key stood.

Only the safe loader is used (no Python object tags), duplicate keys are
refused, and documents whose aliases would expand past a bound are refused
before they are built (the "billion laughs" attack).
"""

from __future__ import annotations

import reprlib
from typing import Any

import yaml

MAX_EXPANDED_NODES = 2_000_000


class YamlProblem(Exception):
    """A YAML file that cannot be read; ``line`` counts from 1."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class LineDict(dict):  # type: ignore[type-arg]
    """A mapping that knows its own line and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


# libyaml's parser when PyYAML has it (ten times faster, and it keeps the
# marks that give line numbers); the pure-Python one otherwise. Either way
# only the safe constructors are registered.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc,valid-type]
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise YamlProblem("a mapping key must be plain text", key_node.start_mark.line + 1) from None
        if key in result:
            raise YamlProblem(f"duplicate key {key!r}", key_node.start_mark.line + 1)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def _scalar(kind: str, build: Any) -> Any:
    """PyYAML lets ValueError out of some scalars, with no line: a date
    "2024-44-22" (found by fuzzing), an integer of 5,000 digits."""

    def construct(loader: _Loader, node: yaml.ScalarNode) -> Any:
        try:
            return build(loader, node)
        except (ValueError, OverflowError):
            raise YamlProblem(f"{reprlib.repr(node.value)} is not a valid {kind}", node.start_mark.line + 1) from None

    return construct


for _tag, _kind, _build in (("timestamp", "date", yaml.SafeLoader.construct_yaml_timestamp),
                            ("int", "integer", yaml.SafeLoader.construct_yaml_int),
                            ("float", "number", yaml.SafeLoader.construct_yaml_float)):
    _Loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _scalar(_kind, _build))


def _expanded_size(root: yaml.Node) -> int:
    """Number of nodes the document has once aliases are expanded."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        children: list[yaml.Node] = []
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        if done or not children:
            sizes[id(node)] = 1 + sum(sizes.get(id(child), 0) for child in children)
            if sizes[id(node)] > MAX_EXPANDED_NODES:
                raise YamlProblem(
                    "aliases expand to too many nodes (an alias bomb?)", node.start_mark.line + 1
                )
            continue
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
    return sizes[id(root)]


def _reader_problem(text: str, exc: yaml.reader.ReaderError) -> YamlProblem:
    line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else None
    character = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
    return YamlProblem(f"character {character} is not allowed in YAML ({exc.reason})", line)


def load_yaml(text: str) -> Any:
    """Parse one YAML document; raise YamlProblem (with a line) on any error."""
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:  # the reader refuses control characters, up front or later
        raise _reader_problem(text, exc) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _expanded_size(node)
        return loader.construct_document(node)
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = exc.problem or exc.context or "invalid YAML"
        if exc.problem and "could not determine a constructor" in exc.problem:
            reason = f"tag not allowed (safe loading only): {exc.problem.split('tag ')[-1]}"
        raise YamlProblem(reason, line) from None
    except yaml.reader.ReaderError as exc:
        raise _reader_problem(text, exc) from None
    except yaml.YAMLError as exc:  # one line: a reason, never PyYAML's multi-line report
        raise YamlProblem(f"invalid YAML: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    except RecursionError:
        raise YamlProblem("YAML nested too deeply") from None
    except (ValueError, OverflowError) as exc:  # a scalar PyYAML cannot build, e.g. an int of 5,000 digits
        raise YamlProblem(f"invalid value: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    finally:
        loader.dispose()
