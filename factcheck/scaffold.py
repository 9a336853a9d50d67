"""``factcheck init``: set up an article repository.

Writes a configuration, an example claim with its source, a pre-commit
configuration and a GitHub Actions workflow. An existing file is never
overwritten, and each file appears whole or not at all.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from factcheck.config import find_config

CONFIG = """\
# factcheck configuration; see factcheck's docs/configuration.md.
# Paths and globs are relative to this file. The command line wins.
claims: claims            # this repository's claim database ...
sources: sources          # ... and the sources its claims cite
fail-on: error            # exit 1 at or above: error | warning | info | never
severity:                 # per verdict: none | info | warning | error
  contradicted: error
  misattributed: error
  stale: warning
  unverified: info
include: ["**/*.md", "**/*.txt"]
exclude: [README.md, claims, sources]
date: auto                # a draft's date: auto (its own, else today) | require | YYYY-MM-DD
"""

ENTITIES = """\
# Canonical entity name -> the other names drafts use for it.
entities:
  Beijing: [北京, 北京市, the Chinese capital, Beijing Municipality]
  China: [中国, 全国, 我国, nationwide]
"""

CLAIM = """\
# One record per sourced figure; see factcheck's docs/database.md.
claims:
  - id: beijing.digital-economy.gdp-share.2023-q1-q3
    statement: Beijing's digital economy value added was 44.3% of its gross regional product in Q1-Q3 2023.
    entity: Beijing
    metric: digital economy value added share of GDP
    kind: share
    value: 44.3
    unit: percent
    period: 2023-Q1/2023-Q3
    keywords: [digital economy, value added, GDP, gross regional product, share, 数字经济, 增加值, 地区生产总值, 比重]
    source: eid-2023-12-08
    quote: "44.3 percent! This is the first three quarters"
"""

SOURCE = """\
id: eid-2023-12-08
title: Scientific and technological innovation opens the door to "new quality productivity"
publisher: Economic Information Daily
published: 2023-12-08
language: en
"""

PRE_COMMIT = """\
# Check staged drafts on every commit: pip install pre-commit && pre-commit install
# (needs factcheck installed; docs/ci.md in factcheck shows the remote-repository form).
repos:
  - repo: local
    hooks:
      - id: factcheck
        name: factcheck
        entry: factcheck check
        language: system
        types_or: [markdown, plain-text]
        require_serial: true
"""

WORKFLOW = """\
# Check the figures that a pull request adds or changes; see factcheck's docs/ci.md.
name: factcheck
on:
  pull_request:
    paths: ["**.md", "**.txt", "claims/**", "sources/**", ".factcheck.yaml"]
permissions:
  contents: read
jobs:
  factcheck:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0  # --changed-since needs the pull request's base commit
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install factcheck
        run: pip install "$FACTCHECK_PACKAGE"
        env:
          # Where your copy of factcheck lives: a git URL, a wheel or a package name.
          FACTCHECK_PACKAGE: git+https://github.com/your-org/factcheck@v0.1.0
      - name: Validate the claim database
        run: factcheck claims validate
      - name: Check the figures this pull request adds or changes
        run: factcheck check . --format github --changed-since "origin/$GITHUB_BASE_REF"
"""

FILES = {
    ".factcheck.yaml": CONFIG,
    "claims/entities.yaml": ENTITIES,
    "claims/example.yaml": CLAIM,
    "sources/eid-2023-12-08.yaml": SOURCE,
    ".pre-commit-config.yaml": PRE_COMMIT,
    ".github/workflows/factcheck.yml": WORKFLOW,
}


class ScaffoldError(Exception):
    """A file that cannot be written: one line naming it."""


def default_mode() -> int:
    """The mode a new file gets under the umask (mkstemp makes files private)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_new(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` unless it exists: True if written. The
    text goes to a temporary file first and is linked into place, which
    fails if ``path`` appeared meanwhile, so nothing is ever overwritten."""
    if path.exists() or path.is_symlink():
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            os.chmod(temporary, default_mode())  # mkstemp makes it private; a config is not
            try:
                os.link(temporary, path)
            except FileExistsError:
                return False
            except OSError:  # a file system without hard links
                if path.exists():
                    return False
                os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError as exc:
        raise ScaffoldError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return True


def init(folder: Path) -> list[tuple[Path, str]]:
    """Set up ``folder``; each file with what happened to it."""
    done = []
    existing = find_config(folder.resolve())
    for name, text in FILES.items():
        path = folder / name
        if name == ".factcheck.yaml" and existing is not None and existing.parent == folder.resolve():
            done.append((folder / existing.name, "kept (already configured)"))
            continue
        done.append((path, "created" if write_new(path, text) else "kept (exists)"))
    return done
