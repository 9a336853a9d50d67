"""A normal (non-editable) install carries the shipped database and finds it
from anywhere: installed into a fresh virtualenv."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("install")
    # Build from a copy of the tracked files, as a user's checkout would be.
    source = base / "src"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", "*.egg-info", "build", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis"
        ),
    )
    env_dir = base / "venv"
    # Reuse this interpreter's packages for the dependencies; factcheck itself
    # is built and installed into the venv.
    venv.create(env_dir, with_pip=True, system_site_packages=True)
    python = env_dir / "bin" / "python"
    # A regular (non-editable) install, built in pip's isolated build env.
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", str(source)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return python


def _run(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    return subprocess.run(
        [str(python), "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_installed_package_finds_its_database(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(installed), "-c", "import factcheck.locate as l; print(l.shipped_claims_dir())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout.strip()
    assert "site-packages" in where and where.endswith(os.path.join("factcheck", "shipped", "claims"))
    assert (Path(where) / "entities.yaml").is_file()
    listed = _run(installed, "claims", "list", "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)["claims"]) >= 95
    assert _run(installed, "claims", "validate", cwd=tmp_path).returncode == 0


def test_installed_package_checks_a_draft(installed: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "In the first three quarters of 2023, Beijing's digital economy accounted for 43.4% of GDP.\n", encoding="utf-8"
    )
    result = _run(installed, "check", "draft.md", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["verdict"] == "contradicted"
