from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The suite's compiled caches in a folder of its own, for in-process runs
    and the subprocesses (git, pre-commit) that inherit the environment: never
    in the user's. Tests about the cache set their own folder."""
    import os

    before = os.environ.get("FACTCHECK_CACHE_DIR")
    os.environ["FACTCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("factcheck-cache"))
    yield
    if before is None:
        del os.environ["FACTCHECK_CACHE_DIR"]
    else:
        os.environ["FACTCHECK_CACHE_DIR"] = before


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    """Invoke the CLI in-process; exceptions are not caught (a bug shows)."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def run_json(*args: str, input: str | None = None) -> tuple[int, dict]:  # type: ignore[type-arg]
    result = run(*args, "--format", "json", input=input)
    return result.exit_code, json.loads(result.stdout)


def subprocess_run(*args: str, cwd: Path | None = None, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True,
                          cwd=cwd, input=input, timeout=120)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


SOURCE = """
id: test-source
title: A test source
publisher: Test Daily
published: 2023-12-08
language: en
"""

ENTITIES = """
entities:
  Beijing: [北京, 北京市, the Chinese capital]
  Shanghai: [上海, 上海市]
  China: [中国, 全国, nationwide]
"""

CLAIMS = """
defaults:
  source: test-source
claims:
  - id: beijing.digital-economy.gdp-share.2023-q1-q3
    entity: Beijing
    metric: digital economy share of GDP
    kind: share
    value: 44.3
    unit: percent
    period: 2023-Q1/2023-Q3
    keywords: [digital economy, GDP, 数字经济, 地区生产总值, 比重]
  - id: beijing.digital-economy.value-added.2023
    entity: Beijing
    metric: digital economy value added
    value: 1.88 trillion
    unit: CNY
    period: 2023
    keywords: [digital economy, value added, 数字经济, 增加值]
  - id: beijing.digital-economy.growth.2023
    entity: Beijing
    metric: digital economy value added growth
    kind: growth
    value: 8.5
    unit: percent
    period: 2023
    keywords: [digital economy, value added, growth, 数字经济, 增加值, 增长]
  - id: china.high-tech-investment.growth.2024-h1
    entity: China
    metric: high-tech industry investment growth
    kind: growth
    value: 10.6
    unit: percent
    period: 2024-H1
    keywords: [high-tech industry, investment, 高技术产业, 投资]
  - id: china.rd-intensity.change.2023
    entity: China
    metric: R&D intensity change
    kind: change
    value: 0.1
    unit: percentage_points
    period: 2023
    keywords: [R&D intensity, research and development, 研发投入强度]
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A small claim database; returns the claims folder."""
    write(tmp_path / "db" / "sources" / "test-source.yaml", SOURCE)
    write(tmp_path / "db" / "claims" / "entities.yaml", ENTITIES)
    write(tmp_path / "db" / "claims" / "test.yaml", CLAIMS)
    return tmp_path / "db" / "claims"
