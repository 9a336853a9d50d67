"""The pre-commit hook, installed by the real pre-commit from this checkout.

pre-commit installs a hook repository at a git revision, so pointing it at
/work/main and its HEAD would test the last commit, not the files as they
are now. The test therefore copies this working tree (tracked and untracked
files, as git lists them, uncommitted edits included) into a temporary git
repository and commits it there: ``repo:`` that copy and ``rev:`` its
commit. That exercises .pre-commit-hooks.yaml itself and a real ``pip
install`` of the package (language: python), exactly as an article
repository would get it. A ``repo: local`` hook would skip both.

pre-commit builds the hook's virtualenv from PyPI on first use (about a
minute); it is cached for the session in a temporary PRE_COMMIT_HOME.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLAIMS, ENTITIES, ROOT, SOURCE, write

CORRECT = "Beijing's digital economy value added grew 8.5% in 2023.\n"
WRONG = "Beijing's digital economy value added grew 9.5% in 2023.\n"


def git(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=600)


def pre_commit() -> list[str]:
    try:
        import pre_commit  # noqa: F401
    except ImportError:  # the test extra lists it; install it where this environment lacks it
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pre-commit>=3"], check=True, timeout=600)
    return [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This working tree, committed in a throwaway repository: (path, sha)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    copy = tmp_path_factory.mktemp("factcheck-hook")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # deleted in the working tree: not part of it
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    assert (copy / ".pre-commit-hooks.yaml").is_file()
    git("init", "-q", cwd=copy)
    git("add", "-A", cwd=copy)
    assert git("commit", "-q", "-m", "snapshot", cwd=copy).returncode == 0
    return copy, git("rev-parse", "HEAD", cwd=copy).stdout.strip()


def test_commit_refused_on_a_contradicted_figure_then_accepted(
    hook_repo: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook_path, sha = hook_repo
    articles = tmp_path / "articles"
    write(articles / "data" / "claims" / "entities.yaml", ENTITIES)
    write(articles / "data" / "claims" / "beijing.yaml", CLAIMS)
    write(articles / "data" / "sources" / "test-source.yaml", SOURCE)
    # The article repository's own database, found through its configuration.
    write(articles / ".factcheck.yaml", "claims: data/claims\nsources: data/sources\n")
    write(articles / ".pre-commit-config.yaml", f"""
        repos:
          - repo: {hook_path}
            rev: {sha}
            hooks:
              - id: factcheck
        """)
    git("init", "-q", cwd=articles)
    git("add", "-A", cwd=articles)
    assert git("commit", "-q", "-m", "database", cwd=articles).returncode == 0
    monkeypatch.setenv("PRE_COMMIT_HOME", str(tmp_path / "pre-commit-home"))  # hook environments, kept apart
    installed = subprocess.run([*pre_commit(), "install"], cwd=articles, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr

    write(articles / "2024" / "beijing.md", "---\ndate: 2024-03-01\n---\n" + WRONG)
    git("add", "-A", cwd=articles)
    refused = git("commit", "-m", "draft", cwd=articles)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "factcheck" in output and "Failed" in output
    assert "contradicted" in output and "2024/beijing.md" in output
    assert "9.5%" in output and "8.5%" in output  # the finding: what the draft says and what the claim says
    assert "Test Daily" in output  # the source of the article repository's own claim
    assert git("log", "--oneline", cwd=articles).stdout.count("\n") == 1  # nothing was committed

    write(articles / "2024" / "beijing.md", "---\ndate: 2024-03-01\n---\n" + CORRECT)
    git("add", "-A", cwd=articles)
    accepted = git("commit", "-m", "draft", cwd=articles)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout + accepted.stderr
    assert git("log", "--oneline", cwd=articles).stdout.count("\n") == 2
