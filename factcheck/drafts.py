"""Reading drafts from disk or standard input, and finding their dates."""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

from factcheck.markup import FRONT_MATTER
from factcheck.regexcache import compile as rx

DRAFT_SUFFIXES = (".md", ".markdown", ".mdx", ".txt", ".text", ".html", ".htm", ".rst")
_BINARY_SNIFF = 8192
# Control characters that never occur in text (tab, line feed, form feed,
# carriage return and escape do); many of them in the first bytes mean binary.
_CONTROL = bytes(set(range(32)) - {9, 10, 11, 12, 13, 27}) + b"\x7f"
MAX_BYTES = 64 * 1024 * 1024  # far beyond any draft; reading more would only exhaust memory

_FRONT_DATE = rx(r"^date:\s*[\"']?(?P<value>[^\"'\n#]+)", re.M)
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
# Wire datelines abbreviate ("BEIJING, Nov. 28, 2024 —"): the first three letters, and "Sept".
_MONTHS |= {**{name[:3]: number for name, number in _MONTHS.items()}, "sept": 9}
_MONTH_NAME = r"(?P<mn>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_FORMS = [
    rx(r"(?<!\d)(?P<y>20\d{2}|19\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    rx(r"(?P<y>20\d{2}|19\d{2})\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日"),
    rx(r"\b" + _MONTH_NAME + r"\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d{2})\b", re.I),
    rx(r"\b(?P<d>\d{1,2})\s+" + _MONTH_NAME + r",?\s+(?P<y>(?:19|20)\d{2})\b", re.I),
]
DATE_LINES = 12  # a news page states its date near the top
# ("Issue 31 — 22 July 2024": a spaced em dash sets a date line apart, it joins no range)
_PERIOD_END = rx(r"(?:\d\s*[-–~]|\d—|\b(?:to|until|through|ending|ended)|截至|至|到)\s*$", re.I)
_PUBLISHED = rx(r"\b(?:filed|published|issued|dated|released|updated)\b|发布|印发|更新", re.I)


class DraftError(Exception):
    """A draft that cannot be read: a one-line reason naming it."""


class NotText(DraftError):
    """A file that is not text (an image, an archive): skipped with a notice,
    never reported as checked."""


class Draft(NamedTuple):
    path: str
    text: str
    notices: tuple[str, ...] = ()


def _line_dates(line: str) -> list[tuple[int, date]]:
    """(offset, date) of each full date on a line, but the end of a range
    ("Trip dates: 9-13 June 2024") or of a period ("the six months to 30
    June 2024", "截至2024年6月30日"): those date what a text covers, not the text."""
    found = []
    for pattern in _DATE_FORMS:
        for match in pattern.finditer(line):
            if _PERIOD_END.search(line, 0, match.start()):
                continue
            groups = match.groupdict()
            month = _MONTHS[groups["mn"].lower()] if groups.get("mn") else int(groups["m"])
            try:
                found.append((match.start(), date(int(groups["y"]), month, int(groups["d"]))))
            except ValueError:
                continue
    return sorted(found)


def date_at(text: str, pos: int) -> bool:
    """A full date, in any of the forms a date line gives it, starts at ``pos``."""
    return any(form.match(text, pos) for form in _DATE_FORMS)


def draft_date(text: str, given: date | None, today: date) -> tuple[date, str]:
    """The draft's date and where it came from (shown in the report)."""
    if given is not None:
        return given, "--date"
    front = FRONT_MATTER.match(text)
    if front:
        field = _FRONT_DATE.search(front.group("body"))
        if field:
            found = _line_dates(field.group("value"))
            if found:
                return found[0][1], "front matter"
    body = text[front.end():] if front else text
    lines = [line for line in body.splitlines() if line.strip()][:DATE_LINES]
    dated = [(line, at, found) for line in lines for at, found in _line_dates(line)]
    # A date the top of the page says it was filed or published on, else the first
    # ("Trip dates: 9-13 June 2024 | Report filed: 14 June 2024").
    for line, at, found in dated:
        if _PUBLISHED.search(line, max(0, at - 24), at):
            return found, "date line"
    if dated:
        return dated[0][2], "date line"
    return today, "today"


def decode(data: bytes, path: str) -> Draft:
    """Text from bytes: UTF-8 (a BOM is dropped, so columns start at 1), or
    UTF-16 with its BOM; invalid bytes become U+FFFD with a notice saying
    where, so the rest is still checked at the right positions."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) and not data.startswith(codecs.BOM_UTF32_LE):
        try:  # as Windows Notepad saves "Unicode"
            return Draft(path, data.decode("utf-16"), (f"{path}: read as UTF-16 (it starts with its byte order mark)",))
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: judged below
    head = data[:_BINARY_SNIFF]
    if b"\x00" in head or (head and sum(head.count(c) for c in _CONTROL) > len(head) // 10):
        raise NotText(f"{path}: binary file, not checked")
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        return Draft(path, body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first = exc.start
    text = body.decode("utf-8", errors="replace")
    prefix = body[:first].decode("utf-8")
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    bad = text.count("\ufffd") - body.decode("utf-8", errors="ignore").count("\ufffd")
    return Draft(path, text, (f"{path}:{line}:{column}: invalid UTF-8 (first of {bad} undecodable byte sequence"
                              f"{'s' if bad != 1 else ''}); read with U+FFFD in their place",))


def _read(path: str) -> bytes:
    """The bytes of a regular file; a pipe, device or socket is refused
    (reading one could wait forever), and so is a file too large to be a draft."""
    try:
        with open(path, "rb", opener=lambda p, flags: os.open(p, flags | os.O_NONBLOCK)) as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise DraftError(f"{path}: is a folder")
            if not stat.S_ISREG(info.st_mode):
                raise DraftError(f"{path}: not a regular file (a pipe, device or socket); give - for standard input")
            if info.st_size > MAX_BYTES:
                raise DraftError(f"{path}: too large to be a draft ({info.st_size // 2**20} MB; the limit is "
                                 f"{MAX_BYTES // 2**20} MB)")
            return handle.read()
    except FileNotFoundError:
        raise DraftError(f"{path}: no such file or folder") from None
    except IsADirectoryError:
        raise DraftError(f"{path}: is a folder") from None
    except OSError as exc:
        raise DraftError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_draft(path: str) -> Draft:
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise DraftError(f"-: standard input too large to be a draft (the limit is {MAX_BYTES // 2**20} MB)")
        return decode(data, "-")
    return decode(_read(path), path)


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


def _walk(top: Path) -> Iterator[Path]:
    # A stack, not recursion: a folder nested thousands deep cannot crash it.
    pending = [top]
    while pending:
        folder = pending.pop()
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
                pending.append(child)
            elif child.is_file():
                yield child
