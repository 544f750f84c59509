"""`make bench`: run every benchmarks/bench_*.py and print each figure as a ratio to its baseline.

`python -m benchmarks [name-fragment ...]` runs only the matching modules;
`python -m benchmarks --scale [N ...]` prints the scaling table (benchmarks/scale.py). Each module runs in a fresh
Python process, so one benchmark's leftovers (memory, caches, garbage) cannot slow the next.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

MISSED = 3  # exit code of a module run with a missed figure


def run_module(name: str) -> int:
    module = importlib.import_module(f"benchmarks.{name}")
    missed = 0
    for figure in module.run():
        print("  " + figure.line(), flush=True)
        missed += figure.ok is False
    return MISSED if missed else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        return run_module(argv[1])
    if argv[:1] == ["--scale"]:  # the scaling table (benchmarks/scale.py)
        from benchmarks import scale

        return scale.main(argv[1:])
    here = Path(__file__).parent
    names = sorted(p.stem for p in here.glob("bench_*.py"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    missed = []
    for name in names:
        print(f"== {name}", flush=True)
        code = subprocess.run([sys.executable, "-m", "benchmarks", "--one", name], cwd=here.parent).returncode
        if code == MISSED:
            missed.append(name)
        elif code != 0:
            missed.append(f"{name} (failed, exit {code})")
    print(f"missed targets in: {', '.join(missed)}" if missed else "all figures met their targets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
