"""Safe YAML loading that remembers where every mapping and key stood.

Only the safe loader is used (no Python object tags), duplicate keys are
refused, and documents whose aliases would expand past a bound are refused
before they are built (the "billion laughs" attack).
"""

from __future__ import annotations

import reprlib
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

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


_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
# First characters for which some implicit resolver (int, float, bool, null,
# timestamp...) might apply; any other plain scalar is text.
_RESOLVED_FIRST = frozenset(_Base.yaml_implicit_resolvers)
_FAST_RESOLVE = None not in _RESOLVED_FIRST and not _Base.yaml_path_resolvers


class _Loader(_Base):  # type: ignore[misc,valid-type]
    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        # libyaml's composer calls this for every scalar; PyYAML's tries every
        # regular expression registered for the first character. Same answer,
        # without them when none is registered for it (most names and words).
        if _FAST_RESOLVE and kind is ScalarNode and (not implicit[0] or (value and value[0] not in _RESOLVED_FIRST)):
            return _STR
        return super().resolve(kind, value, implicit)  # type: ignore[no-any-return]


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
    "2024-44-22" (found by fuzzing), an integer of 5,000 digits; and worse
    from explicit tags on text that is not of the kind: ``!!timestamp nope``
    (AttributeError), ``!!int ""`` (IndexError), ``!!bool maybe`` (KeyError)."""

    def construct(loader: _Loader, node: yaml.ScalarNode) -> Any:
        try:
            return build(loader, node)
        except (ValueError, OverflowError, AttributeError, IndexError, KeyError):
            raise YamlProblem(f"{reprlib.repr(node.value)} is not a valid {kind}", node.start_mark.line + 1) from None

    return construct


for _tag, _kind, _build in (("timestamp", "date", yaml.SafeLoader.construct_yaml_timestamp),
                            ("int", "integer", yaml.SafeLoader.construct_yaml_int),
                            ("float", "number", yaml.SafeLoader.construct_yaml_float),
                            ("bool", "boolean", yaml.SafeLoader.construct_yaml_bool)):
    _Loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _scalar(_kind, _build))


def _expanded_size(root: yaml.Node) -> int:
    """Number of nodes the document has once aliases are expanded."""
    sizes: dict[int, int] = {}
    open_: set[int] = set()  # being walked: met again below itself, a node contains itself
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        if not done and id(node) in open_:
            raise YamlProblem("recursive alias (a node that contains itself)", node.start_mark.line + 1)
        children: list[yaml.Node] = []
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        if done or not children:
            open_.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes.get(id(child), 0) for child in children)
            if sizes[id(node)] > MAX_EXPANDED_NODES:
                raise YamlProblem(
                    "aliases expand to too many nodes (an alias bomb?)", node.start_mark.line + 1
                )
            continue
        open_.add(id(node))
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
    return sizes[id(root)]


class _Unusual(Exception):
    """Something the fast construction leaves to PyYAML's (and its message)."""


_BUSY = object()
_SCALAR_TAGS = {
    f"tag:yaml.org,2002:{tag}": _Loader.yaml_constructors[f"tag:yaml.org,2002:{tag}"]
    for tag in ("str", "null", "bool", "int", "float", "timestamp")
}


def _construct_fast(loader: _Loader, root: yaml.Node) -> Any:
    """The document ``construct_document`` would build, in an eighth of the
    time: plain text, numbers, dates, lists and mappings only, each built by
    the same constructor. Anything else (another tag, a merge key, a
    duplicate or unhashable key, a recursive alias, a value PyYAML refuses,
    more than MAX_EXPANDED_NODES once aliases are expanded) raises _Unusual
    or the constructor's error, and the caller takes the careful path."""
    if root.__class__ is ScalarNode:
        return _scalar_fast(loader, root)
    document, size = _container_fast(loader, root, {})
    if size > MAX_EXPANDED_NODES:
        raise _Unusual
    return document


def _scalar_fast(loader: _Loader, node: yaml.Node) -> Any:
    make = _SCALAR_TAGS.get(node.tag)
    if make is None:
        raise _Unusual
    return make(loader, node)


def _container_fast(loader: _Loader, node: yaml.Node, built: dict[int, Any]) -> tuple[Any, int]:
    """A list or mapping and its size once aliases are expanded; ``built``
    maps id(node) to both for the nodes done (an alias reuses them)."""
    found = built.get(id(node))
    if found is not None:
        if found is _BUSY:
            raise _Unusual
        return found  # type: ignore[no-any-return]
    built[id(node)] = _BUSY
    size = 1
    result: Any
    if node.__class__ is MappingNode and node.tag == _MAP:
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = lines = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not ScalarNode:
                raise _Unusual
            key = key_node.value if key_node.tag == _STR else _scalar_fast(loader, key_node)
            if key in result:  # an unhashable key raises TypeError: the careful path words it
                raise _Unusual
            if value_node.__class__ is ScalarNode:
                result[key] = value_node.value if value_node.tag == _STR else _scalar_fast(loader, value_node)
                size += 2
            else:
                result[key], count = _container_fast(loader, value_node, built)
                size += 1 + count
            lines[key] = key_node.start_mark.line + 1
    elif node.__class__ is SequenceNode and node.tag == _SEQ:
        result = []
        for item in node.value:
            if item.__class__ is ScalarNode:
                result.append(item.value if item.tag == _STR else _scalar_fast(loader, item))
                size += 1
            else:
                value, count = _container_fast(loader, item, built)
                result.append(value)
                size += count
    else:
        raise _Unusual
    built[id(node)] = result, size
    return result, size


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
        try:
            return _construct_fast(loader, node)
        except Exception:  # whatever it was, the careful path words it with its line (or builds it)
            pass
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
