"""Load a claim database (claims/ and sources/) into runtime records.

Every problem is collected with its file and line; a database with any
problem is refused whole (``DatabaseError``), so nothing is ever checked
against half a database.
"""

from __future__ import annotations

import gc
import os
import reprlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from factcheck.locate import default_sources_dir, yaml_files
from factcheck.numbers import parse_value
from factcheck.periods import parse_period
from factcheck.records import Claim, Database, Problem, Source
from factcheck.units import COUNT, PERCENT, POINTS, SCALED
from factcheck.yamlsafe import LineDict, YamlProblem, load_yaml

ENTITIES_FILE = "entities.yaml"


class DatabaseError(Exception):
    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the claim database")
        self.problems = list(problems)


def display_path(path: Path) -> str:
    """A path as the user would like to read it: relative to here when inside."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def infer_kind(metric: str, unit: str) -> str:
    """The kind of quantity when a claim does not say: a growth rate, a share..."""
    words = metric.lower()
    if unit == POINTS:
        return "change"
    if unit == "times" or " times " in f" {words} ":
        return "ratio"
    if unit == PERCENT:
        if any(w in words for w in ("growth", "increase", "rise", "decline", "change", "year-on-year")):
            return "growth"
        return "share"
    return "level"


def read_yaml(path: Path, problems: list[Problem]) -> Any:
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(shown, None, f"cannot read ({exc.strerror or exc})"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(shown, line, f"not UTF-8 text (byte {data[exc.start]:#04x})"))
        return None
    try:
        return load_yaml(text)
    except YamlProblem as exc:
        problems.append(Problem(shown, exc.line, exc.message))
        return None


def _pydantic_problems(shown: str, mapping: LineDict, error: Any) -> list[Problem]:
    found = []
    for item in error.errors():
        loc = item.get("loc", ())
        key = loc[0] if loc else None
        line = mapping.line_of(key) if key is not None else mapping.line
        message = item.get("msg", "invalid").removeprefix("Value error, ")
        if item.get("type") == "missing":
            message = f"missing required field '{key}'"
        elif item.get("type") == "extra_forbidden":
            message = f"unknown field '{key}'"
        elif key is not None:
            message = f"field '{key}': {message}"
        found.append(Problem(shown, line, message))
    return found


def _claims_from(path: Path, data: Any, problems: list[Problem], memo: dict[Any, Any]) -> Iterable[Claim]:
    shown = display_path(path)
    if not isinstance(data, LineDict) or not isinstance(data.get("claims"), list):
        line = data.line_of("claims") if isinstance(data, LineDict) else 1
        problems.append(Problem(shown, line, "expected a mapping with a 'claims:' list"))
        return
    unknown = set(data) - {"claims", "defaults"}
    for key in sorted(map(str, unknown)):
        problems.append(Problem(shown, data.line_of(key), f"unknown top-level key '{key}'"))
    defaults = data.get("defaults") or LineDict()
    if not isinstance(defaults, dict):
        problems.append(Problem(shown, data.line_of("defaults"), "'defaults' must be a mapping"))
        defaults = LineDict()
    raws = data["claims"]
    models = _all_valid(raws, defaults)
    if models is None:
        yield from _claims_one_by_one(shown, data, raws, defaults, problems, memo)
        return
    for raw, model in zip(raws, models):
        yield _record(model, shown, raw.line, memo)


def _all_valid(raws: list[Any], defaults: dict[Any, Any]) -> list[Any] | None:
    """The models of a file's claims in one call to pydantic, when all are
    valid; None when one is not, and ``_claims_one_by_one`` words why."""
    from pydantic import ValidationError

    from factcheck.schema import claims_adapter

    if not all(isinstance(raw, LineDict) for raw in raws):
        return None
    try:
        return claims_adapter().validate_python([{**defaults, **raw} for raw in raws])  # type: ignore[no-any-return]
    except ValidationError:
        return None


def _claims_one_by_one(
    shown: str, data: LineDict, raws: list[Any], defaults: dict[Any, Any], problems: list[Problem],
    memo: dict[Any, Any],
) -> Iterable[Claim]:
    from pydantic import ValidationError

    from factcheck.schema import ClaimModel

    for raw in raws:
        if not isinstance(raw, LineDict):
            # reprlib: an aliased structure of a million nodes makes a short message, not megabytes
            message = f"a claim must be a mapping, not {reprlib.repr(raw)}"
            problems.append(Problem(shown, data.line_of("claims"), message))
            continue
        merged = LineDict({**defaults, **raw})
        merged.line, merged.key_lines = raw.line, {k: raw.line_of(k) for k in merged}
        try:
            model = ClaimModel.model_validate(dict(merged))
        except ValidationError as exc:
            problems.extend(_pydantic_problems(shown, merged, exc))
            continue
        yield _record(model, shown, raw.line, memo)


def _record(model: Any, shown: str, line: int, memo: dict[Any, Any]) -> Claim:
    # Equal texts and keyword lists become one object (``memo`` lives for one
    # load): the cache then pickles each once and loads twice as fast.
    same = memo.setdefault
    keywords = tuple(same(k, k) for k in model.keywords)
    tags = tuple(model.tags)
    value_text, value, unit = str(model.value), parse_value(model.value), model.unit
    if unit in SCALED:  # held in one unit of its pair, as figures are (units.SCALED)
        unit, factor = SCALED[unit]
        value *= factor
        value_text = format(value, ",.12g")
    return Claim(
        id=model.id,
        entity=same(model.entity, model.entity),
        metric=same(model.metric, model.metric),
        value=value,
        value_text=same(value_text, value_text),
        unit=same(unit, unit),
        period=parse_period(model.period),
        source=same(model.source, model.source),
        kind=same(kind := model.kind or infer_kind(model.metric, model.unit), kind),
        statement=model.statement,
        keywords=same(keywords, keywords),
        quote=model.quote,
        tolerance=model.tolerance,
        qualifier=model.qualifier,
        tags=same(tags, tags),
        notes=model.notes,
        path=same(shown, shown),
        line=line,
    )


def _entities_from(
    path: Path, data: Any, problems: list[Problem]
) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Entity names with their aliases, and (an extension) which entity is
    part of which: ``part_of: {Haidian District: Beijing}``."""
    shown = display_path(path)
    table = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        problems.append(Problem(shown, getattr(data, "line", 1), "expected a mapping with an 'entities:' mapping"))
        return {}, {}
    for key in sorted(map(str, set(data) - {"entities", "part_of"})):
        problems.append(Problem(shown, data.line_of(key), f"unknown top-level key '{key}'"))
    from pydantic import ValidationError

    from factcheck.schema import EntityModel

    result = {}
    for name, aliases in table.items():
        if not isinstance(name, str) or not isinstance(aliases, list):
            problems.append(Problem(shown, table.line_of(name), f"entity {name!r}: expected a list of aliases"))
            continue
        try:
            model = EntityModel(name=name, aliases=aliases)
        except ValidationError as exc:
            reason = exc.errors()[0]
            message = reason["msg"].removeprefix("Value error, ") if reason["type"] == "value_error" \
                else "expected a list of aliases"
            problems.append(Problem(shown, table.line_of(name), f"entity {name!r}: {message}"))
            continue
        result[name] = tuple(model.aliases)
    parents = data.get("part_of") or {}
    if not isinstance(parents, dict):
        message = "'part_of' must map an entity to the entity it is part of"
        problems.append(Problem(shown, data.line_of("part_of"), message))
        return result, {}
    # A parent may be a list or a mapping (unhashable: "in" would raise); no entity is.
    known = {c: p for c, p in parents.items() if c in result and isinstance(p, str) and p in result}
    for child, parent in parents.items():
        if child not in known:
            shown_parent = reprlib.repr(parent) if isinstance(parent, (list, dict, set)) else repr(parent)
            message = f"part_of: {child!r} and {shown_parent} must both be entities"
            problems.append(Problem(shown, parents.line_of(child), message))
    return result, known


def _source_from(path: Path, data: Any, problems: list[Problem]) -> Source | None:
    from pydantic import ValidationError

    from factcheck.schema import SourceModel

    shown = display_path(path)
    if not isinstance(data, LineDict):
        problems.append(Problem(shown, 1, "expected a mapping with id, title, publisher, published, language"))
        return None
    try:
        model = SourceModel.model_validate(dict(data))
    except ValidationError as exc:
        problems.extend(_pydantic_problems(shown, data, exc))
        return None
    return Source(**model.model_dump(), path=shown, line=data.line)


def load_database(claims_paths: Sequence[Path], sources_dir: Path | None = None) -> Database:
    """Read, validate and cross-check a database; DatabaseError lists every problem."""
    collecting = gc.isenabled()
    # Everything built here lives on: the collector would walk the growing
    # heap again and again for no garbage (100,000 claims: half the time).
    gc.disable()
    try:
        return _load(claims_paths, sources_dir)
    finally:
        if collecting:
            gc.enable()


def _load(claims_paths: Sequence[Path], sources_dir: Path | None) -> Database:
    problems: list[Problem] = []
    claims: list[Claim] = []
    entities: dict[str, tuple[str, ...]] = {}
    part_of: dict[str, str] = {}
    has_entities = False
    memo: dict[Any, Any] = {}
    for root in claims_paths:
        if not root.exists():
            problems.append(Problem(display_path(root), None, "claims folder or file not found"))
            continue
        for path in yaml_files(root):
            data = read_yaml(path, problems)
            if data is None:
                continue
            if path.name == ENTITIES_FILE:
                has_entities = True
                names, parents = _entities_from(path, data, problems)
                entities.update(names)
                part_of.update(parents)
            else:
                claims.extend(_claims_from(path, data, problems, memo))
    sources_dir = sources_dir or default_sources_dir(claims_paths)
    sources: dict[str, Source] = {}
    if not sources_dir.is_dir():
        problems.append(Problem(display_path(sources_dir), None, "sources folder not found"))
    else:
        for path in yaml_files(sources_dir):
            source = _source_from(path, read_yaml(path, problems), problems)
            if source is None:
                continue
            if source.id in sources:
                first = sources[source.id]
                message = f"duplicate source id '{source.id}' (first in {first.path})"
                problems.append(Problem(source.path, source.line, message))
            sources[source.id] = source
    problems.extend(cross_check(claims, sources, entities if has_entities else None))
    if problems:
        raise DatabaseError(problems)
    return Database(tuple(claims), sources, entities, part_of)


def cross_check(
    claims: Sequence[Claim], sources: dict[str, Source], entities: dict[str, tuple[str, ...]] | None
) -> list[Problem]:
    """Problems between records: duplicate ids, unknown sources and entities."""
    problems = []
    seen: dict[str, Claim] = {}
    for claim in claims:
        if claim.id in seen:
            first = seen[claim.id]
            message = f"duplicate claim id '{claim.id}' (first at {first.path}:{first.line})"
            problems.append(Problem(claim.path, claim.line, message))
        seen.setdefault(claim.id, claim)
        if claim.source not in sources:
            message = f"claim '{claim.id}' cites unknown source '{claim.source}'"
            problems.append(Problem(claim.path, claim.line, message))
        if entities is not None and claim.entity not in entities:
            message = f"claim '{claim.id}' names unknown entity '{claim.entity}' (add it to {ENTITIES_FILE})"
            problems.append(Problem(claim.path, claim.line, message))
        if claim.unit == COUNT and claim.value < 0:
            problems.append(Problem(claim.path, claim.line, f"claim '{claim.id}': a count cannot be negative"))
    return problems
