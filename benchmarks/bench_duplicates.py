"""How good the possible-duplicate search is: precision and recall on the labelled set of realistic pairs
(benchmarks/duplicate_set.py), over several seeds, with the time of the search beside the time of adding
the records (the baseline). Target: precision and recall both >= 0.9 on every seed."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure

SEEDS = (12, 1, 2, 3, 4, 5, 6, 7, 8, 9)


def run() -> list[Figure]:
    from benchmarks.duplicate_set import population, truth
    from mapper.domain.records import Asset, Group
    from mapper.store.project import Project
    from mapper.sync import duplicates as dup

    found = right = real = 0
    worst_p = worst_r = 1.0
    add_s = search_s = 0.0
    with tempfile.TemporaryDirectory() as d:
        for seed in SEEDS:
            pop = population(seed)
            p = Project.create(Path(d) / f"dup-{seed}.gpkg", author="bench")
            t0 = time.perf_counter()
            p.bulk_add([r for _k, r in pop if isinstance(r, Asset)])
            p.bulk_add([r for _k, r in pop if isinstance(r, Group)])
            t1 = time.perf_counter()
            dup.find_all(p)
            t2 = time.perf_counter()
            pairs = {tuple(sorted(r)) for r in p.conn.execute("SELECT a, b FROM nm_duplicates")}
            p.close()
            want = truth(pop)
            hits = len(pairs & want)
            found, right, real = found + len(pairs), right + hits, real + len(want)
            worst_p = min(worst_p, hits / len(pairs) if pairs else 0.0)
            worst_r = min(worst_r, hits / len(want))
            add_s, search_s = add_s + t1 - t0, search_s + t2 - t1
    precision, recall = right / found, right / real
    return [Figure(f"possible duplicates on the labelled set ({len(SEEDS)} seeds, {real} true pairs)", search_s,
                   "adding the records", add_s, target="precision and recall >= 0.9",
                   ok=worst_p >= 0.9 and worst_r >= 0.9,
                   notes={"precision": f"{precision:.3f}", "recall": f"{recall:.3f}",
                          "worst_precision": f"{worst_p:.3f}", "worst_recall": f"{worst_r:.3f}",
                          "pairs_offered": found})]
