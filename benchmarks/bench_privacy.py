"""What sealing care needs costs: recording 2,000 needs and reading them back, sealed vs unprotected,
and suppressing the published table for the 147 Sheffield neighbourhoods x 12 categories."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.harness import Figure, best_of
from mapper.domain.records import CareNeed
from mapper.domain.taxonomy import taxonomy
from mapper.privacy import aggregates
from mapper.privacy.codec import derive_key
from mapper.privacy.setup import set_passphrase
from mapper.store.project import Project

N = 2000


def _needs(rng: random.Random) -> list[CareNeed]:
    cats = taxonomy().codes("need_categories")
    return [CareNeed(categories=tuple(rng.sample(cats, 2)), age_band="65-74", is_carer=rng.random() < 0.2,
                     consent_by="Bench", consent_at="2026-01-01T10:00:00Z", consent_scope="record and connect",
                     notes=f"bench need {i} with a short note", approx_location="-1.45 53.35")
            for i in range(N)]


def _write_read(folder: Path, name: str, sealed: bool) -> None:
    path = folder / name
    p = Project.create(path, overwrite=True)
    if sealed:
        set_passphrase(p, "benchmark passphrase")
    p.bulk_add(_needs(random.Random(1)))
    assert sum(1 for _ in p.records("care_needs")) == N
    p.close()


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        plain = best_of(lambda: _write_read(folder, "plain.gpkg", False))
        sealed = best_of(lambda: _write_read(folder, "sealed.gpkg", True))
    unlock = best_of(lambda: derive_key("benchmark passphrase", b"0123456789abcdef"))
    rng = random.Random(2)
    table = [[rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 12, 30]) for _ in range(12)] for _ in range(147)]
    extend_only = best_of(lambda: aggregates.extend(table))
    suppressed = best_of(lambda: aggregates.suppress(table))
    return [
        Figure(f"record + read {N} care needs, sealed (scrypt unlock + AES-GCM per field)", sealed,
               "the same, unprotected", plain, "seconds <= 2 (a large project)", ok=sealed <= 2.0,
               notes={"scrypt_unlock_s": round(unlock, 3)}),
        Figure("suppress 147 x 12 table (primary + secondary)", suppressed, "totals only", extend_only,
               "seconds <= 1", ok=suppressed <= 1.0),
    ]
