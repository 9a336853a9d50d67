"""Reading drafts from disk or standard input, and finding their dates."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DRAFT_SUFFIXES = (".md", ".markdown", ".mdx", ".txt", ".text", ".html", ".htm", ".rst")
_BINARY_SNIFF = 8192

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*$", re.S | re.M)
_FRONT_DATE = re.compile(r"^date:\s*[\"']?(?P<value>[^\"'\n#]+)", re.M)
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_DATE_FORMS = [
    re.compile(r"(?<!\d)(?P<y>20\d{2}|19\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?P<y>20\d{2}|19\d{2})\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日"),
    re.compile(r"\b(?P<mn>" + "|".join(_MONTHS) + r")\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})\s+(?P<mn>" + "|".join(_MONTHS) + r"),?\s+(?P<y>(?:19|20)\d{2})\b", re.I),
]
DATE_LINES = 12  # a news page states its date near the top


class DraftError(Exception):
    """A draft that cannot be read: a one-line reason naming it."""


@dataclass(frozen=True)
class Draft:
    path: str
    text: str
    notices: tuple[str, ...] = ()


def parse_date(text: str) -> date | None:
    for pattern in _DATE_FORMS:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        month = _MONTHS[groups["mn"].lower()] if groups.get("mn") else int(groups["m"])
        try:
            return date(int(groups["y"]), month, int(groups["d"]))
        except ValueError:
            continue
    return None


def draft_date(text: str, given: date | None, today: date) -> tuple[date, str]:
    """The draft's date and where it came from (shown in the report)."""
    if given is not None:
        return given, "--date"
    front = _FRONT_MATTER.match(text)
    if front:
        field = _FRONT_DATE.search(front.group("body"))
        if field:
            found = parse_date(field.group("value"))
            if found:
                return found, "front matter"
    body = text[front.end():] if front else text
    lines = [line for line in body.splitlines() if line.strip()][:DATE_LINES]
    for line in lines:
        found = parse_date(line)
        if found:
            return found, "date line"
    return today, "today"


def decode(data: bytes, path: str) -> Draft:
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise DraftError(f"{path}: binary file, not checked")
    notices = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        notices.append(f"{path}: invalid UTF-8 at byte {exc.start}; undecodable bytes replaced with U+FFFD")
    return Draft(path, text, tuple(notices))


def read_draft(path: str) -> Draft:
    if path == "-":
        return decode(sys.stdin.buffer.read(), "-")
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise DraftError(f"{path}: no such file or folder") from None
    except IsADirectoryError:
        raise DraftError(f"{path}: is a folder") from None
    except OSError as exc:
        raise DraftError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(data, path)


def expand_paths(paths: Iterable[str], suffixes: tuple[str, ...] = DRAFT_SUFFIXES) -> Iterator[str]:
    """Files as given; folders walked for draft files, in a stable order;
    symlinked folders are not followed (no loops)."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(_walk(path)):
                if found.suffix.lower() in suffixes:
                    yield str(found)
        elif path.exists() or path.is_symlink():
            yield raw
        else:
            raise DraftError(f"{raw}: no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    try:
        children = list(folder.iterdir())
    except OSError as exc:
        raise DraftError(f"{folder}: cannot list ({exc.strerror or exc})") from None
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_symlink() and child.is_dir():
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child
