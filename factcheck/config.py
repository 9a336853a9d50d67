"""Configuration: ``.factcheck.yaml``, ``[factcheck]`` in setup.cfg or
``[tool.factcheck]`` in pyproject.toml, found by walking up from the current
folder to the repository root (as flake8 and yamllint do).

A configuration only supplies defaults; the command line always wins. Paths
and globs in it are relative to the folder of the file that holds them, so
the same file works from any folder of the repository.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from factcheck.finding import FAIL_LEVELS, SEVERITIES, VERDICTS
from factcheck.periods import parse_day
from factcheck.regexcache import compile as rx

DATE_POLICIES = ("auto", "require")
KEYS = ("claims", "sources", "fail-on", "severity", "include", "exclude", "date", "baseline")
YAML_NAMES = (".factcheck.yaml", ".factcheck.yml")


class ConfigError(Exception):
    """A configuration that cannot be used: one line naming the file and key."""


class Config(NamedTuple):
    path: Path | None = None  # the file it was read from; None: no configuration
    claims: tuple[Path, ...] = ()
    sources: Path | None = None
    fail_on: str | None = None
    severities: tuple[tuple[str, str], ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    date: str = "auto"  # "auto", "require", or a YYYY-MM-DD used when a draft states no date
    baseline: Path | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()


# ---------------------------------------------------------------- discovery

def _section(path: Path) -> tuple[dict[str, Any], str] | None:
    """The factcheck settings held by ``path`` and how to name them, or None
    when the file holds none (a setup.cfg without ``[factcheck]``)."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    if name in YAML_NAMES or path.suffix in (".yaml", ".yml"):
        # Imported here: a configuration in setup.cfg or pyproject.toml keeps startup free of YAML.
        from factcheck.yamlsafe import YamlProblem, load_yaml

        try:
            data = load_yaml(text)
        except YamlProblem as exc:
            raise ConfigError(f"{path}{f':{exc.line}' if exc.line else ''}: {exc.message}") from None
        if data is None:
            return {}, ""
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: expected a mapping of settings at the top")
        return data, ""
    if "factcheck" not in text:
        # No table or section of ours can be in it: neither parsed nor imported for.
        return None
    if path.suffix == ".toml":
        try:
            import tomllib
        except ModuleNotFoundError:  # Python 3.10
            if "[tool.factcheck]" in text:
                raise ConfigError(f"{path}: [tool.factcheck] needs Python 3.11 or newer (tomllib)") from None
            return None
        try:
            table = tomllib.loads(text).get("tool", {}).get("factcheck")
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.factcheck] must be a table")
        return table, "[tool.factcheck] "
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        raise ConfigError(f"{path}: invalid INI: {str(exc).splitlines()[0]}") from None
    if not parser.has_section("factcheck"):
        return None
    return dict(parser.items("factcheck")), "[factcheck] "


def find_config(start: Path) -> Path | None:
    """The first folder from ``start`` upwards with factcheck settings; the
    search stops at the repository root (the folder holding ``.git``)."""
    for folder in [start, *start.parents]:
        for name in (*YAML_NAMES, "setup.cfg", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file() and _section(candidate) is not None:
                return candidate
        if (folder / ".git").exists():
            return None
    return None


def load_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    """Read ``explicit`` if given (it must exist), else the discovered file;
    no file at all is an empty configuration."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: no such configuration file")
        path: Path | None = explicit
    else:
        path = find_config((start or Path.cwd()).resolve())
    if path is None:
        return Config()
    found = _section(path)
    if found is None:
        raise ConfigError(f"{path}: no [factcheck] or [tool.factcheck] section")
    settings, prefix = found
    return _parse(path, settings, prefix)


# ---------------------------------------------------------------- values

def _where(path: Path, settings: dict[str, Any], key: str, prefix: str) -> str:
    line = settings.line_of(key) if hasattr(settings, "line_of") else None
    return f"{path}{f':{line}' if line else ''}: {prefix}{key}"


def _strings(value: Any, where: str) -> tuple[str, ...]:
    """A list of strings; INI values may list them on lines or with commas."""
    if isinstance(value, str):
        return tuple(part.strip() for part in re.split(r"[,\n]", value) if part.strip())
    if isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value):
        return tuple(item.strip() for item in value)
    raise ConfigError(f"{where}: expected a list of strings")


def _string(value: Any, where: str) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise ConfigError(f"{where}: expected a string")


def _severities(value: Any, where: str) -> tuple[tuple[str, str], ...]:
    if isinstance(value, str):  # INI: "stale=error, unverified=none"
        pairs = [item.partition("=")[::2] for item in _strings(value, where)]
    elif isinstance(value, dict):
        pairs = list(value.items())
    else:
        raise ConfigError(f"{where}: expected a mapping of verdict to level")
    out = []
    for verdict, level in pairs:
        verdict, level = str(verdict).strip(), str(level).strip()
        if verdict not in VERDICTS:
            raise ConfigError(f"{where}: unknown verdict {verdict!r} (expected one of {', '.join(VERDICTS)})")
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: {verdict}: level {level!r} is not one of {', '.join(SEVERITIES)}")
        out.append((verdict, level))
    return tuple(out)


def _date_policy(value: Any, where: str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    text = _string(value, where)
    if text in DATE_POLICIES:
        return text
    day = parse_day(text)
    if day is None:
        raise ConfigError(f"{where}: {text!r} is not auto, require or a date YYYY-MM-DD")
    return day.isoformat()


def _parse(path: Path, settings: dict[str, Any], prefix: str) -> Config:
    root = path.parent
    values: dict[str, Any] = {}
    for raw_key, value in settings.items():
        key = str(raw_key).replace("_", "-")
        where = _where(path, settings, raw_key, prefix)
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key (expected one of {', '.join(KEYS)})")
        if key == "claims":
            values["claims"] = tuple(root / item for item in _strings(value, where))
        elif key in ("sources", "baseline"):
            values[key] = root / _string(value, where)
        elif key == "fail-on":
            level = _string(value, where)
            if level not in FAIL_LEVELS:
                raise ConfigError(f"{where}: {level!r} is not one of {', '.join(FAIL_LEVELS)}")
            values["fail_on"] = level
        elif key == "severity":
            values["severities"] = _severities(value, where)
        elif key in ("include", "exclude"):
            values[key] = _strings(value, where)
        elif key == "date":
            values["date"] = _date_policy(value, where)
    return Config(path=path, **values)


# ---------------------------------------------------------------- globs

@functools.lru_cache(maxsize=256)  # asked for every candidate path of every file
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """gitignore-like: ``**`` crosses folders, ``*`` and ``?`` do not; a
    pattern without a slash matches a name at any depth."""
    pattern = pattern.strip().removeprefix("./").rstrip("/")
    out = [] if "/" in pattern else ["(?:.*/)?"]
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return rx("".join(out) + r"\Z")


def _matches(relative: PurePosixPath, patterns: tuple[str, ...]) -> bool:
    # A pattern naming a folder covers everything inside it.
    candidates = [str(relative), *(str(parent) for parent in relative.parents if str(parent) != ".")]
    return any(_glob_regex(p).match(c) for p in patterns for c in candidates)


def selected(path: str, include: tuple[str, ...], exclude: tuple[str, ...], root: Path) -> bool:
    """Whether a draft passes the include and exclude globs (standard input always does)."""
    if path == "-" or not (include or exclude):
        return True
    absolute = Path(path).resolve()
    try:
        relative = PurePosixPath(absolute.relative_to(root.resolve()).as_posix())
    except ValueError:
        relative = PurePosixPath(Path(path).as_posix())
    if include and not _matches(relative, include):
        return False
    return not _matches(relative, exclude)


# ---------------------------------------------------------------- draft dates

def dated(text: str, given: date | None, today: date, policy: str, path: str) -> tuple[date, str]:
    """The draft's date under the configured policy: ``auto`` falls back to
    today, a YYYY-MM-DD falls back to that date, ``require`` refuses a draft
    that states none (a dated archive should not be judged against today)."""
    from factcheck.drafts import DraftError, draft_date

    when, where = draft_date(text, given, today)
    if where != "today" or policy == "auto":
        return when, where
    if policy == "require":
        raise DraftError(f"{path}: no date in its front matter or at its top, and the configuration "
                         "requires one (date: require); give --date to check it anyway")
    return date.fromisoformat(policy), "configured default"
