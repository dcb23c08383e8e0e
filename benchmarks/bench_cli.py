"""Benchmark of the command line: every figure a ratio against the floor and the peer, measured in the same run.

    python benchmarks/bench_cli.py [--runs 15] [--batch-runs 5] [--baseline OTHER_VENV/bin/python]

Run it with the Python of a regular install (`pip install '.[bench]'`, not editable: without .pyc
files an editable install recompiles akkoord on every start). `akkoord` is taken from beside that
Python. The floor is `import docx; docx.Document().save(...)`; the peer is docxtpl rendering the
same text from a Word template (benchmarks/peer.py). `--baseline` times the same akkoord commands
with another install in the same rounds (an older commit, say) and prints that ratio too.
Exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peer
from inputs import batch_folder, pages_document
from rounds import Command, median, ratio, run_rounds

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
HOUSE_STYLE = ROOT / "templates" / "huisstijl.docx"
MB = 1_000_000 / 2**20  # peak memory is read in MiB; the goals are in MB


@dataclass
class Row:
    label: str
    value: str
    floor: str
    floor_cpu: str
    peer: str
    baseline: str
    goal: str
    met: bool | None


def akkoord_of(python: str) -> str:
    return str(Path(python).with_name("akkoord"))


def fmt(r: tuple[float, float, float]) -> str:
    return f"{r[0]:.2f} ({r[1]:.2f}-{r[2]:.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--batch-runs", type=int, default=5)
    parser.add_argument("--baseline", help="Python of another akkoord install to compare with")
    args = parser.parse_args()
    python = sys.executable
    akkoord, base = akkoord_of(python), akkoord_of(args.baseline) if args.baseline else None
    example = max(EXAMPLES.glob("*.yaml"), key=lambda path: path.stat().st_size)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        cache = {"XDG_CACHE_HOME": str(work / "cache")}
        env = {**_environ(), **cache}
        made = work / "een.docx"
        run_checked([akkoord, "maak", str(example), "-o", str(made), "--overschrijf"], work, env)
        template, context = peer.make_peer(made, HOUSE_STYLE, work)
        peer_out = work / "peer"
        peer_out.mkdir()
        floor = Command([python, "-c", "import docx; docx.Document().save('floor.docx')"], env)

        def peer_command(count: int) -> Command:
            return Command([python, str(Path(peer.__file__)), str(template), str(context), str(peer_out), str(count)],
                           env)

        def maak(program: str, *files: Path, out: Path) -> Command:
            return Command([program, "maak", *map(str, files), "-o", str(out), "--overschrijf"], env)

        # One document: the largest example.
        run_checked(peer_command(1).argv, work, env)
        shapes = peer.shape(made), peer.shape(peer_out / "peer-000.docx")
        print(f"same work: akkoord {shapes[0]}, docxtpl {shapes[1]} (paragraphs, tables, characters)")
        single = {"floor": floor, "peer": peer_command(1), "akkoord": maak(akkoord, example, out=made)}
        if base:
            single["baseline"] = maak(base, example, out=work / "basis.docx")
        s = run_rounds(single, work, args.runs, warmup=2)
        m_floor = ratio(s, "akkoord", "floor")
        m_peer = ratio(s, "akkoord", "peer")
        rows.append(Row(f"maak {example.name}", f"{median([x.wall for x in s['akkoord']]):.3f} s",
                        fmt(m_floor), fmt(ratio(s, "akkoord", "floor", "cpu")), fmt(m_peer),
                        fmt(ratio(s, "akkoord", "baseline")) if base else "",
                        "<= 1.5 x floor, < 1 x docxtpl", m_floor[0] <= 1.5 and m_peer[0] < 1))
        rows.append(Row("  docxtpl, same document", f"{median([x.wall for x in s['peer']]):.3f} s",
                        fmt(ratio(s, "peer", "floor")), fmt(ratio(s, "peer", "floor", "cpu")), "", "", "", None))
        rows.append(Row("  floor", f"{median([x.wall for x in s['floor']]):.3f} s", "", "", "", "", "", None))

        # --help, and first runs against a warm one: a new user (empty user cache), and the first
        # run after installing (nothing cached anywhere: the caches beside the package removed too).
        # A new user: an empty home, and no XDG_CACHE_HOME (a user who sets it keeps the cache there).
        cold_home = work / "nieuw"
        # Every cache a run keeps beside the package (compiled clauses, pattern code, check screens, the
        # catalogue), not the .pyc files the install wrote; what the wheel carries stays, as after installing.
        package_caches = _package_dir(python) / "__pycache__"

        def empty_home() -> None:
            shutil.rmtree(cold_home, ignore_errors=True)
            cold_home.mkdir()

        def empty_every_cache() -> None:
            empty_home()
            for cache in package_caches.iterdir():
                if cache.is_dir():
                    shutil.rmtree(cache, ignore_errors=True)

        cold_env = {key: value for key, value in env.items() if key != "XDG_CACHE_HOME"}
        cold_env["HOME"] = str(cold_home)
        helps = {"floor": floor, "help": Command([akkoord, "--help"], env),
                 "warm": maak(akkoord, example, out=made),
                 "new user": Command(maak(akkoord, example, out=made).argv, cold_env, prepare=empty_home),
                 "cold": Command(maak(akkoord, example, out=made).argv, cold_env, prepare=empty_every_cache)}
        if base:
            helps["baseline"] = Command([base, "--help"], env)
        h = run_rounds(helps, work, args.runs, warmup=1)
        help_wall = median([x.wall for x in h["help"]])
        rows.append(Row("akkoord --help", f"{help_wall:.3f} s", fmt(ratio(h, "help", "floor")),
                        fmt(ratio(h, "help", "floor", "cpu")), "",
                        fmt(ratio(h, "help", "baseline")) if base else "", "<= 0.060 s", help_wall <= 0.060))
        new_user = ratio(h, "new user", "warm")
        rows.append(Row("a new user's first run / warm run", f"{median([x.wall for x in h['new user']]):.3f} s",
                        fmt(ratio(h, "new user", "floor")), "", "", "", "<= 1.2 x warm: " + fmt(new_user),
                        new_user[0] <= 1.2))
        cold = ratio(h, "cold", "warm")
        rows.append(Row("first run after install / warm run", f"{median([x.wall for x in h['cold']]):.3f} s",
                        fmt(ratio(h, "cold", "floor")), "", "", "", "<= 1.2 x warm: " + fmt(cold), cold[0] <= 1.2))

        # 50 documents in one call, round-robin over the examples; docxtpl renders its template 50 times.
        fifty, out50 = batch_folder(work / "vijftig", EXAMPLES, 50), work / "uit50"
        out50.mkdir()
        batch = {"floor": floor, "peer": peer_command(50), "akkoord": maak(akkoord, *fifty, out=out50)}
        if base:
            (work / "basis50").mkdir()
            batch["baseline"] = maak(base, *fifty, out=work / "basis50")
        b = run_rounds(batch, work, args.batch_runs, warmup=1)
        per_doc = median([x.cpu for x in b["akkoord"]]) / 50 * 1000
        rows.append(Row("maak, 50 files in one call", f"{per_doc:.1f} ms CPU/doc", fmt(ratio(b, "akkoord", "floor")),
                        fmt(ratio(b, "akkoord", "floor", "cpu")),
                        fmt(ratio(b, "akkoord", "peer", "cpu")),
                        fmt(ratio(b, "akkoord", "baseline", "cpu")) if base else "",
                        "<= 25 ms CPU/doc", per_doc <= 25))
        rows.append(Row("  docxtpl, 50 documents", f"{median([x.cpu for x in b['peer']]) / 50 * 1000:.1f} ms CPU/doc",
                        "", "", "", "", "", None))

        # Peak memory from 1 to 200 mixed files.
        one, many = batch_folder(work / "een", EXAMPLES, 1), batch_folder(work / "tweehonderd", EXAMPLES, 200)
        (work / "uit1").mkdir()
        (work / "uit200").mkdir()
        memory = {"one": maak(akkoord, *one, out=work / "uit1"), "many": maak(akkoord, *many, out=work / "uit200")}
        mem = run_rounds(memory, work, max(2, args.batch_runs // 2), warmup=0)
        peak1, peak200 = (median([x.peak for x in mem[k]]) / MB for k in ("one", "many"))
        rows.append(Row("peak memory, 1 -> 200 mixed files", f"{peak1:.1f} -> {peak200:.1f} MB", "", "", "", "",
                        "<= 60 MB, flat (+10 % at most)", peak200 <= 60 and peak200 <= peak1 * 1.1))

        # controleer on a 200-page document.
        pages = pages_document(made, work / "pages200.docx")
        check = {"floor": floor, "akkoord": Command([akkoord, "controleer", str(pages), "--json"], env)}
        if base:
            check["baseline"] = Command([base, "controleer", str(pages), "--json"], env)
        c = run_rounds(check, work, max(5, args.runs // 2), warmup=1)
        c_floor = ratio(c, "akkoord", "floor")
        rows.append(Row("controleer, 200-page .docx", f"{median([x.wall for x in c['akkoord']]):.3f} s", fmt(c_floor),
                        fmt(ratio(c, "akkoord", "floor", "cpu")), "(no peer)",
                        fmt(ratio(c, "akkoord", "baseline")) if base else "", "<= 1.5 x floor",
                        c_floor[0] <= 1.5))
    print_rows(rows, bool(base))
    missed = [row.label for row in rows if row.met is False]
    if missed:
        print("goal missed: " + "; ".join(missed))
        return 1
    return 0


def _package_dir(python: str) -> Path:
    import subprocess

    found = subprocess.run([python, "-c", "import akkoord, os; print(os.path.dirname(akkoord.__file__))"],
                           capture_output=True, text=True, check=True)
    return Path(found.stdout.strip())


def _environ() -> dict[str, str]:
    import os

    return dict(os.environ)


def run_checked(argv, cwd: Path, env) -> None:
    import subprocess

    result = subprocess.run(list(argv), cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{argv[0]} failed ({result.returncode}): {result.stderr}")


def print_rows(rows: list[Row], with_baseline: bool) -> None:
    header = ["measurement", "akkoord", "/ floor, wall (min-max)", "/ floor, cpu", "/ docxtpl",
              *(["/ baseline"] if with_baseline else []),
              "goal", "met"]
    table = [header] + [[r.label, r.value, r.floor, r.floor_cpu, r.peer, *([r.baseline] if with_baseline else []),
                         r.goal,
                         "" if r.met is None else ("yes" if r.met else "NO")] for r in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


if __name__ == "__main__":
    sys.exit(main())
