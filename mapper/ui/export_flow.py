"""Exporting from the window in plain words: a suggested file name in the last folder used, the suffix
added when a name is typed without one, and afterwards what was written, where, and what was left out
and why (never the program's own text)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from mapper.ui import settings

FILTERS = {  # file dialog filter -> suffix
    "GeoPackage for a coordinator or QGIS (*.gpkg)": ".gpkg",
    "Excel workbook (*.xlsx)": ".xlsx",
    "CSV files (*.csv)": ".csv",
    "GeoJSON (*.geojson)": ".geojson",
    "Public web map, one file (*.html)": ".html",
}
KNOWN = {".gpkg", ".xlsx", ".csv", ".geojson", ".json", ".html", ".htm"}
KIND_WORDS = {"assets": "assets", "groups": "groups", "neighbourhoods": "neighbourhoods", "care_needs": "care needs",
              "Assets": "assets", "Groups": "groups", "Neighbourhoods": "neighbourhoods", "Care needs": "care needs"}


def suggested_path(project_path: Path, mapper: str | None) -> Path:
    """For example ~/Documents/hillside-sam-2026-12-01.gpkg."""
    who = re.sub(r"[^a-z0-9]+", "-", (mapper or "").lower()).strip("-")
    stem = "-".join(x for x in (project_path.stem, who, dt.date.today().isoformat()) if x)
    return settings.last_folder() / f"{stem}.gpkg"


def with_suffix(path: Path, chosen_filter: str) -> Path:
    """A name typed without a known suffix gets the one of the format chosen in the dialog."""
    if path.suffix.lower() in KNOWN:
        return path
    return path.with_name(path.name + FILTERS.get(chosen_filter, ".gpkg"))


def _count_words(counts: dict[str, int]) -> str:
    parts = [f"{n:,} {KIND_WORDS.get(k, k.replace('_', ' ').lower())}" for k, n in counts.items() if n]
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] if parts else "nothing"


def export_message(report, *, public: bool, sealed_to_coordinator: bool, care_needs_here: int) -> str:
    """What an export wrote, where, and what was left out and why."""
    path = Path(report.path)
    if hasattr(report, "assets") and not hasattr(report, "counts"):  # the one-file web map
        lines = [f"Saved the map of {report.assets:,} assets", f"as {path.name}", f"in the folder {path.parent}", "",
                 "It opens in any web browser, also without internet."]
        if public:
            lines.append("Left out: assets not marked “May appear on public maps”, and every care need.")
        return "\n".join(lines)
    files = [path, *getattr(report, "extra_files", [])]
    names = ", ".join(p.name for p in files)
    lines = [f"Saved {_count_words(dict(report.counts))}", f"as {names}", f"in the folder {path.parent}", ""]
    left = []
    if public:
        left.append("records not marked “May appear on public maps”, the change history and every care need "
                    "(this is a public file)")
    elif care_needs_here and not sealed_to_coordinator:
        left.append(f"the {care_needs_here:,} care needs: no coordinator key was chosen, so they stay on this "
                    "laptop (choose your coordinator's .nmkey file to send them, locked)")
    elif care_needs_here:
        lines.append(f"The {care_needs_here:,} care needs are in it locked: only your coordinator can read them.")
    if left:
        lines.append("Left out: " + "; ".join(left) + ".")
    return "\n".join(lines)
