"""Timing whole processes in rounds: every command once per round, in turn, so ratios stay fair on a busy machine.

A round runs each command once (A B C, A B C, ...). A ratio between two commands is taken per round
and the median of those is reported: when the machine slows down for a while, both sides of a
round slow down together. Wall time from a monotonic clock around start and exit; CPU time (user +
system) and peak memory from the operating system's accounting of the finished child (wait4).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Sample:
    wall: float
    cpu: float
    #: Peak resident memory of the process, in MiB.
    peak: float
    code: int


def run_once(command: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None) -> Sample:
    start = time.perf_counter()
    process = subprocess.Popen(list(command), cwd=cwd, env=dict(env) if env is not None else None,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode)


@dataclass
class Command:
    argv: Sequence[str]
    env: Mapping[str, str] | None = None
    #: Run before each start and not timed (to empty a cache for a cold run, for instance).
    prepare: object = None


def run_rounds(commands: Mapping[str, Command], cwd: Path, runs: int, warmup: int = 1) -> dict[str, list[Sample]]:
    """Each command `warmup` times uncounted, then `runs` rounds of all commands in turn."""
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for round_number in range(warmup + runs):
        for name, command in commands.items():
            if callable(command.prepare):
                command.prepare()
            sample = run_once(command.argv, cwd, command.env)
            if round_number >= warmup:
                samples[name].append(sample)
    return samples


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ratio(samples: dict[str, list[Sample]], a: str, b: str, what: str = "wall") -> tuple[float, float, float]:
    """Median, min and max over rounds of a/b."""
    ratios = [getattr(x, what) / getattr(y, what) for x, y in zip(samples[a], samples[b], strict=True)]
    return statistics.median(ratios), min(ratios), max(ratios)
