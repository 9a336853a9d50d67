"""An archive checked with Dask (dask.bag over files, the index shipped once
to each worker) finds what a sequential run finds: the core is a pure
function that a distributed engine can call. The recipe is in
docs/performance.md; this runs it on a local cluster of two processes."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.check import check_text
from factcheck.drafts import draft_date, expand_paths, read_draft
from factcheck.index import Index
from factcheck.run import load_index
from tests.conftest import ROOT

dask_bag = pytest.importorskip("dask.bag", reason="dask is not installed: pip install -e '.[dask]'")
distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed: pip install -e '.[dask]'")

TODAY = date(2025, 1, 1)


def check_file(path: str, index: Index) -> list[tuple[str, int, int, str, str | None]]:
    """What a worker does with one file: read, date, check (the pure core)."""
    text = read_draft(path).text
    when, _ = draft_date(text, None, TODAY)
    _, findings = check_text(text, when, index, path)
    return [(f.path, f.line, f.column, f.verdict, f.claim_id) for f in findings]


def test_dask_bag_over_files_matches_the_sequential_run() -> None:
    files = sorted(expand_paths([str(ROOT / "tests" / "data" / "drafts"), str(ROOT / "examples")]))
    index = load_index([], None)
    expected = [finding for path in files for finding in check_file(path, index)]
    assert len(files) >= 30 and len(expected) > 100

    cluster = distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        shipped = client.scatter(index, broadcast=True)  # once to each worker, not once per file
        bag = dask_bag.from_sequence(files, npartitions=4)
        found = bag.map(check_file, shipped).flatten().compute()
        workers = client.run(lambda: 1)

    assert len(workers) == 2
    assert found == expected  # same findings, same order
