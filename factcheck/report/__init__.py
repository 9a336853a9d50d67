"""Formatters: one small module each, looked up by name. They only format;
machine formats never import rich."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from factcheck.finding import Report

FORMATS = {
    "table": "factcheck.report.table",
    "text": "factcheck.report.text",
    "json": "factcheck.report.json_format",
    "sarif": "factcheck.report.sarif",
    "github": "factcheck.report.github",
    "rdjsonl": "factcheck.report.rdjsonl",
}

Formatter = Callable[[Report], str]


def formatter(name: str) -> Formatter:
    return import_module(FORMATS[name]).render  # type: ignore[no-any-return]
