"""Speed of the extractor alone on 1 MB of mixed English and Chinese text,
and on a megabyte of dense adversarial text.

    python bench/extract_speed.py [--seeds ../shared/seeds] [--size 1000000] [--repeat 5]

The text is the seed documents repeated, each English document followed by
the Chinese one, until it holds ``--size`` bytes of UTF-8. The extractor runs
on the whole text at once, in this process (one core); the figure printed is
the median of ``--repeat`` runs, in MB (10^6 bytes of UTF-8) per second.
Target (issue 3): at least 2 MB/s.

The dense megabyte is the one tests/test_property.py times: a million
characters of figure fragments (about 44,000 figures), extracted from its
Markdown mask as a draft would be. Target: well under a second (0.6 s).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.extract import extract  # noqa: E402
from factcheck.markup import mask_markdown  # noqa: E402

# The pieces of tests/test_property.py's ``_adversarial``, in its order.
PIECES = ["1,", "2.", "3%", "亿", "万", "约", "多", "-", "–", "10 to ", "first ", "half of ", "2023年", "第", "`",
          "[x](", "9" * 40, ",000", ".5", "十", "百分之", " ", "\n", "more than ", "前三季度", "截至"]


def mixed_text(seeds: Path, size: int) -> str:
    """English and Chinese seed documents, interleaved, repeated to ``size`` bytes."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    chinese = [t for t in texts if sum(not c.isascii() for c in t) > len(t) / 3]
    english = [t for t in texts if t not in chinese]
    order = [part for text in english for part in (text, *chinese[:1])] or texts
    pieces: list[str] = []
    total = 0
    while total < size:
        for text in order:
            pieces.append(text)
            total += len(text.encode("utf-8"))
            if total >= size:
                break
    return "\n\n".join(pieces)


def dense_text() -> str:
    """The dense adversarial megabyte of tests/test_property.py (same seed, same
    draws: the random megabyte the test makes first is drawn and dropped)."""
    rng = random.Random(7)
    for _ in range(1_000_000):
        rng.randint(32, 0x9FFF)
    return ("".join(rng.choice(PIECES) for _ in range(120_000)) * 4)[:1_000_000]


def timed(text: str, masked: str | None, repeat: int) -> tuple[list[float], int]:
    times = []
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = len(extract(text, masked))
        times.append(time.perf_counter() - start)
    return times, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = mixed_text(args.seeds, args.size)
    size = len(text.encode("utf-8"))
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in text)
    extract(text[:2000])  # compile lazily built patterns outside the timing
    times, count = timed(text, None, args.repeat)
    median = statistics.median(times)
    print(f"text: {size / 1e6:.2f} MB UTF-8, {len(text):,} characters ({cjk:,} Chinese), {count:,} figures")
    print(f"extract: median {median:.3f} s of {args.repeat} runs (min {min(times):.3f}, max {max(times):.3f})")
    print(f"speed: {size / 1e6 / median:.2f} MB/s  ({len(text) / 1e6 / median:.2f} M characters/s)  target >= 2 MB/s")
    dense = dense_text()
    times, count = timed(dense, mask_markdown(dense), args.repeat)
    print(f"dense adversarial megabyte ({len(dense):,} characters, {count:,} figures):"
          f" median {statistics.median(times):.3f} s of {args.repeat} runs"
          f" (min {min(times):.3f}, max {max(times):.3f})  target <= 0.6 s")


if __name__ == "__main__":
    main()
