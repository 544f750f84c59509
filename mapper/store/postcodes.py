"""Offline postcode lookup from the shipped OS Code-Point Open table (S postcode area)."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from mapper.domain.resources import POSTCODES_CSV
from mapper.domain.validation import normalise_postcode


@lru_cache(maxsize=2)
def _table(path: Path = POSTCODES_CSV) -> dict[str, tuple[float, float]]:
    out: dict[str, tuple[float, float]] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                out[row["postcode"]] = (float(row["longitude"]), float(row["latitude"]))
            except (KeyError, ValueError):
                continue
    return out


def lookup(postcode: str | None) -> tuple[float, float] | None:
    """(lon, lat) of a postcode's centre, or None when unknown (or not a postcode)."""
    key = normalise_postcode(postcode)
    return _table().get(key) if key else None


def known_count() -> int:
    return len(_table())


def all_postcodes() -> dict[str, tuple[float, float]]:
    """Every known postcode (normalised, e.g. "S10 1TD") -> (lon, lat)."""
    return dict(_table())
