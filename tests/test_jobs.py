"""``factcheck check --jobs N``: the same report as a sequential run, in the
same order, from worker processes; errors still end with exit 2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import ROOT, subprocess_run, write

DRAFTS = ROOT / "tests" / "data" / "drafts"


def test_parallel_report_equals_the_sequential_one(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    shutil.copytree(DRAFTS, folder, ignore=shutil.ignore_patterns("*.yaml"))
    sequential = subprocess_run("check", str(folder), "--format", "json")
    parallel = subprocess_run("check", str(folder), "--format", "json", "--jobs", "2")
    assert sequential.returncode == parallel.returncode == 1, parallel.stderr
    assert parallel.stdout == sequential.stdout  # same findings, same order, same summary
    paths = [d["path"] for d in json.loads(parallel.stdout)["drafts"]]
    assert len(paths) == 30 and paths == sorted(paths)


def test_jobs_zero_means_one_per_core(tmp_path: Path) -> None:
    first = write(tmp_path / "a.md", "Beijing's digital economy accounted for 44.3% of GDP in 2023.\n")
    second = write(tmp_path / "b.md", "北京数字经济增加值占地区生产总值比重达42.9%。\n")
    sequential = subprocess_run("check", str(first), str(second), "--format", "json", "--date", "2024-06-01")
    parallel = subprocess_run("check", str(first), str(second), "--format", "json", "--date", "2024-06-01",
                              "--jobs", "0")
    assert parallel.stdout == sequential.stdout
    assert [d["path"] for d in json.loads(parallel.stdout)["drafts"]] == [str(first), str(second)]


def test_a_refused_draft_in_a_worker_is_a_clean_exit_2(tmp_path: Path) -> None:
    config = write(tmp_path / "setup.cfg", "[factcheck]\ndate = require\n")
    good = write(tmp_path / "a.md",
                 "---\ndate: 2024-06-01\n---\nBeijing's digital economy accounted for 44.3% of GDP.\n")
    undated = write(tmp_path / "b.md", "Beijing's digital economy accounted for 44.3% of GDP.\n")
    for jobs in ("1", "2"):
        done = subprocess_run("check", str(good), str(undated), "--config", str(config), "--jobs", jobs)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        assert done.stderr.startswith(f"factcheck: {undated}: no date"), done.stderr


def test_a_binary_file_is_still_a_notice(tmp_path: Path) -> None:
    good = write(tmp_path / "a.md", "Beijing's digital economy accounted for 44.3% of GDP in 2023.\n")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    done = subprocess_run("check", str(tmp_path), "--jobs", "2", "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert "binary" in done.stderr
    assert [d["path"] for d in json.loads(done.stdout)["drafts"]] == [str(good)]
