"""`make bench`: run every benchmarks/bench_*.py and print each figure as a ratio to its baseline.

`python -m benchmarks [name-fragment ...]` runs only the matching modules.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(p.stem for p in here.glob("bench_*.py"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    missed = 0
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}", flush=True)
        for figure in module.run():
            print("  " + figure.line(), flush=True)
            missed += figure.ok is False
    print(f"{missed} figure(s) missed their target" if missed else "all figures met their targets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
