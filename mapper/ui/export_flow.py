"""Exporting from the window in plain words: a suggested file name in the last folder used, the suffix
added when a name is typed without one, and afterwards what was written, where, and what was left out
and why (never the program's own text)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from mapper.ui import settings
from mapper.ui.i18n import Phrase, Tr, fill

ExportFlow = Tr("ExportFlow")


def filters() -> dict[str, str]:
    """File dialog filter (in the chosen language) -> suffix."""
    return {
        ExportFlow.tr("GeoPackage for a coordinator or QGIS (*.gpkg)"): ".gpkg",
        ExportFlow.tr("Excel workbook (*.xlsx)"): ".xlsx",
        ExportFlow.tr("CSV files (*.csv)"): ".csv",
        ExportFlow.tr("GeoJSON (*.geojson)"): ".geojson",
        ExportFlow.tr("Public web map, one file (*.html)"): ".html",
    }


KNOWN = {".gpkg", ".xlsx", ".csv", ".geojson", ".json", ".html", ".htm"}


def suggested_path(project_path: Path, mapper: str | None) -> Path:
    """For example ~/Documents/hillside-sam-2026-12-01.gpkg."""
    who = re.sub(r"[^a-z0-9]+", "-", (mapper or "").lower()).strip("-")
    stem = "-".join(x for x in (project_path.stem, who, dt.date.today().isoformat()) if x)
    return settings.last_folder() / f"{stem}.gpkg"


def with_suffix(path: Path, chosen_filter: str) -> Path:
    """A name typed without a known suffix gets the one of the format chosen in the dialog."""
    if path.suffix.lower() in KNOWN:
        return path
    return path.with_name(path.name + filters().get(chosen_filter, ".gpkg"))


def _kind_count(kind: str, n: int) -> str:
    key = kind.lower().replace(" ", "_")
    if key == "assets":
        return ExportFlow.tr("%n asset(s)", "", n)
    if key == "groups":
        return ExportFlow.tr("%n group(s)", "", n)
    if key == "neighbourhoods":
        return ExportFlow.tr("%n neighbourhood(s)", "", n)
    if key == "care_needs":
        return ExportFlow.tr("%n care need(s)", "", n)
    return fill("%1 %2", n, kind.replace("_", " ").lower())


def _count_words(counts: dict[str, int]) -> str:
    parts = [_kind_count(k, n) for k, n in counts.items() if n]
    if not parts:
        return ExportFlow.tr("nothing")
    if len(parts) == 1:
        return parts[0]
    return fill(ExportFlow.tr("%1 and %2"), Phrase(", ".join(parts[:-1])), Phrase(parts[-1]))


def export_message(report, *, public: bool, sealed_to_coordinator: bool, care_needs_here: int) -> str:
    """What an export wrote, where, and what was left out and why."""
    path = Path(report.path)
    where = fill(ExportFlow.tr("in the folder %1"), str(path.parent))
    if hasattr(report, "assets") and not hasattr(report, "counts"):  # the one-file web map
        lines = [fill(ExportFlow.tr("Saved the map of %1"), Phrase(_kind_count("assets", report.assets))),
                 fill(ExportFlow.tr("as %1"), path.name), where, "",
                 ExportFlow.tr("It opens in any web browser, also without internet.")]
        if public:
            lines.append(ExportFlow.tr("Left out: assets not marked “May appear on public maps”, and every care need."))
        return "\n".join(lines)
    files = [path, *getattr(report, "extra_files", [])]
    names = ", ".join(p.name for p in files)
    lines = [fill(ExportFlow.tr("Saved %1"), Phrase(_count_words(dict(report.counts)))),
             fill(ExportFlow.tr("as %1"), names), where, ""]
    left = []
    if public:
        left.append(ExportFlow.tr("records not marked “May appear on public maps”, the change history and every "
                                  "care need (this is a public file)"))
    elif care_needs_here and not sealed_to_coordinator:
        left.append(ExportFlow.tr("the %n care need(s): no coordinator key was chosen, so they stay on this laptop "
                                  "(choose your coordinator's .nmkey file to send them, locked)", "", care_needs_here))
    elif care_needs_here:
        lines.append(ExportFlow.tr("The %n care need(s) are in it locked: only your coordinator can read them.", "",
                                   care_needs_here))
    if left:
        lines.append(fill(ExportFlow.tr("Left out: %1."), Phrase("; ".join(left))))
    return "\n".join(lines)
