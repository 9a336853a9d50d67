"""``factcheck check --jobs N``: files checked in worker processes.

The index is handed to each worker once, by the pool's initializer (free
where processes fork; pickled once per worker elsewhere), and each task is
one file's path. Results come back in the order of the files, so the report
is the same as a sequential run's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date

from factcheck.finding import FileResult
from factcheck.index import Index
from factcheck.run import Options, check_one

_index: Index | None = None


def _start(index: Index) -> None:
    global _index
    _index = index


def _check(task: tuple[str, Options, date, set[int] | None]) -> FileResult | str:
    assert _index is not None, "the pool's initializer sets the index"
    path, options, today, lines = task
    return check_one(path, options, today, _index, lines)


def check_in_parallel(files: Sequence[str], options: Options, today: date, index: Index,
                      changed: dict[str, set[int]] | None) -> Iterator[FileResult | str]:
    """check_one for every file, in ``options.jobs`` processes, in order.
    A Fail raised in a worker is raised here."""
    workers = min(options.jobs, len(files))
    tasks = [(path, options, today, changed[path] if changed is not None else None) for path in files]
    # A few tasks per worker at a time: small files cost less than their round trip.
    chunk = max(1, len(tasks) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(index,)) as pool:
        yield from pool.map(_check, tasks, chunksize=chunk)
