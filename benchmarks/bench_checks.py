"""Benchmark of the checks engine, in process.

    python benchmarks/bench_checks.py [--runs 200]

Measures the median time of `check_answers` on the largest example answers file (target: at most
50 ms), the first call apart (it compiles the word lists), and `check_text` on that file's texts
repeated as a 15-page document. Prints the figures and, as a machine-independent ratio, the check
time against loading the same file. Exits 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
TARGET_SECONDS = 0.050


def median_seconds(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs

    from akkoord.answers.loading import load_answers
    from akkoord.answers.texts import free_texts
    from akkoord.checks import check_answers, check_text

    largest = max(EXAMPLES.glob("*.yaml"), key=lambda path: path.stat().st_size)
    answers = load_answers(largest)
    start = time.perf_counter()
    findings = check_answers(answers)
    first = time.perf_counter() - start
    check = median_seconds(lambda: check_answers(answers), runs)
    load = median_seconds(lambda: load_answers(largest), max(runs // 10, 5))
    paragraphs = [text for _, text in free_texts(answers)] * 10
    text = median_seconds(lambda: check_text(paragraphs), max(runs // 10, 5))

    print(f"largest example: {largest.name} ({len(findings)} findings)")
    print(f"check_answers, first call:  {first * 1000:6.2f} ms")
    print(f"check_answers, median:      {check * 1000:6.2f} ms  (target <= {TARGET_SECONDS * 1000:.0f} ms)")
    print(f"load_answers, median:       {load * 1000:6.2f} ms  (checking = {check / load:.2f} x loading)")
    print(f"check_text, {len(paragraphs)} paragraphs: {text * 1000:6.2f} ms")
    slowest = max(first, check)
    return 0 if slowest <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
