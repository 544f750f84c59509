"""Tiny benchmark harness: each figure is measured beside a named baseline in the same run.

A benchmark module ``benchmarks/bench_*.py`` defines ``run() -> list[Figure]``.
"""

from __future__ import annotations

import gc
import resource
import time
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Figure:
    name: str
    seconds: float
    baseline: str
    baseline_seconds: float
    target: str = ""  # e.g. "ratio <= 1.0", "seconds <= 2"
    ok: bool | None = None
    notes: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline_seconds if self.baseline_seconds else float("inf")

    def line(self) -> str:
        verdict = "" if self.ok is None else ("  OK" if self.ok else "  MISSED")
        extra = "".join(f", {k}={v}" for k, v in self.notes.items())
        return (f"{self.name}: {self.seconds:.3f} s vs {self.baseline} {self.baseline_seconds:.3f} s "
                f"-> ratio {self.ratio:.2f} [{self.target}]{verdict}{extra}")


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """Fastest wall time of ``repeat`` runs (garbage collected before each)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
