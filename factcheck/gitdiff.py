"""Lines added or changed since a git revision, for ``--changed-since``:
a pull request is judged on what it changes, not on the whole archive."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from factcheck.regexcache import compile as rx

_HUNK = rx(r"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@", re.M)


class GitError(Exception):
    """git could not answer: a one-line reason."""


def _git(args: Sequence[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd, capture_output=True,
                              text=True, encoding="utf-8", errors="replace", timeout=120)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} took too long") from None
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["failed"])[-1]
        raise GitError(f"git {args[0]}: {reason}")
    return done.stdout


class ChangedLines:
    """Lines (from 1) of files in the working tree that are new or changed
    since ``revision``; a file git does not track is new throughout. Git is
    asked once per folder for what it does not track, then once per file."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        self._verified: set[Path] = set()
        self._untracked: dict[Path, frozenset[str]] = {}

    def _verify(self, folder: Path) -> None:
        if folder in self._verified:
            return
        try:
            _git(["rev-parse", "--verify", "--quiet", f"{self.revision}^{{commit}}"], folder)
        except GitError:
            raise GitError(f"--changed-since {self.revision}: not a commit in the git repository of "
                           f"{folder}") from None
        self._verified.add(folder)

    def _untracked_in(self, folder: Path) -> frozenset[str]:
        if folder not in self._untracked:
            listed = _git(["ls-files", "-z", "--others", "--exclude-standard", "--", "."], folder)
            self._untracked[folder] = frozenset(name for name in listed.split("\0") if name and "/" not in name)
        return self._untracked[folder]

    def __call__(self, path: str) -> set[int]:
        file = Path(path).resolve()
        folder = file.parent
        self._verify(folder)
        if file.name in self._untracked_in(folder):
            text = file.read_text(encoding="utf-8", errors="replace")
            return set(range(1, text.count("\n") + 2))
        diff = _git(["diff", "--no-color", "--no-ext-diff", "--no-renames", "--unified=0", self.revision, "--",
                     file.name], folder)
        lines: set[int] = set()
        for hunk in _HUNK.finditer(diff):
            start, count = int(hunk["start"]), int(hunk["count"] or 1)
            lines.update(range(start, start + count))  # count 0: a pure deletion adds no line
        return lines
