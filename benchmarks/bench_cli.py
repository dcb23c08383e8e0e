"""Benchmark of the command line, measured as ratios against a floor taken in the same run.

    python benchmarks/bench_cli.py [--runs 7]

Measures the median wall time of:
  * the floor: python -c "import docx; docx.Document().save(...)";
  * `akkoord maak` on the largest example (target: at most 2.5 x the floor);
  * `akkoord --help` (target: at most 0.15 s);
  * `akkoord maak` with 50 answers files in one call (target: at most 60 ms per document).
Exits 1 when a target is missed, so it can guard a change; the machine is noisy, so compare the ratios.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
AKKOORD = [str(Path(sys.executable).with_name("akkoord"))]


def median_seconds(command: list[str], runs: int, cwd: Path) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def largest_example() -> Path:
    return max(EXAMPLES.glob("*.yaml"), key=lambda path: path.stat().st_size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        floor = median_seconds([sys.executable, "-c", "import docx; docx.Document().save('floor.docx')"],
                               args.runs, work)
        example = largest_example()
        single = median_seconds([*AKKOORD, "maak", str(example), "-o", "een.docx", "--overschrijf"],
                                args.runs, work)
        help_time = median_seconds([*AKKOORD, "--help"], args.runs, work)
        batch_dir, out_dir = work / "vijftig", work / "uit"
        batch_dir.mkdir()
        out_dir.mkdir()
        examples = sorted(EXAMPLES.glob("*.yaml"))
        for number in range(50):
            shutil.copy(examples[number % len(examples)], batch_dir / f"overeenkomst-{number:02d}.yaml")
        batch = median_seconds([*AKKOORD, "maak", *map(str, sorted(batch_dir.glob("*.yaml"))),
                                "-o", str(out_dir), "--overschrijf"], max(3, args.runs // 2), work)
    per_document = batch / 50
    rows = [
        ("floor: import docx + Document().save()", floor, ""),
        (f"akkoord maak {example.name}", single, f"{single / floor:.2f} x floor (doel <= 2.5 x)"),
        ("akkoord --help", help_time, "doel <= 0.150 s"),
        ("akkoord maak, 50 bestanden in één aanroep", batch, f"{per_document * 1000:.0f} ms per document (doel <= 60 ms)"),
    ]
    for label, seconds, note in rows:
        print(f"{label:<48} {seconds:7.3f} s  {note}")
    missed = [single / floor > 2.5, help_time > 0.15, per_document > 0.060]
    if any(missed):
        print("Doel niet gehaald.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
