"""Export packages for merging. There is one GeoPackage export path (``export_file``, which
``mapper.formats.gpkg_export`` writes once from the project): it carries ``nm_versions``, ``nm_tombstones``,
``nm_settings`` (replica id) and ``nm_decisions``, with care needs only when sealed to a coordinator's key.

``import_files`` is what File → Import and ``mapper import`` call: our own exports go through the same
field-by-field merge as ``mapper merge`` (packed versions, tombstones, decisions); every other file
through ``formats.api.import_files``.
"""

from __future__ import annotations

from pathlib import Path

from mapper.formats import api as formats_api
from mapper.formats.api import ImportReport, export_file
from mapper.formats.gpkg import import_attachments, is_own_export
from mapper.sync.merge import merge_files


def write_package(project, target: Path | str, *, coordinator_key: Path | str | None = None) -> Path:
    """The package a mapper sends (or a coordinator sends back): everything but local-only tables."""
    target = Path(target)
    export_file(project, target, public=False, kind="all",
                coordinator_key=Path(coordinator_key) if coordinator_key else None)
    return target


def import_files(project, files, **kw) -> list[ImportReport]:
    reports = []
    mappings = {Path(k): v for k, v in (kw.pop("mappings", None) or {}).items()}
    for path in map(Path, files):
        if path.suffix.lower() == ".gpkg" and path.is_file() and is_own_export(path):
            summary = merge_files(project, [path])
            report = ImportReport(path)
            report.counts.added, report.counts.updated = summary.added, summary.updated + summary.restored
            fs = summary.files[0]
            notes = [f"{summary.deleted} deleted" if summary.deleted else "",
                     f"{summary.conflicts} conflict(s) to review" if summary.conflicts else "",
                     "already imported" if fs.already_merged else ""]
            import_attachments(project, path, report.counts)
            report.note = "; ".join(n for n in notes if n) or None
            reports.append(report)
        else:
            reports.extend(formats_api.import_files(project, [path], mappings={path: mappings[path]}
                                                    if path in mappings else None, **kw))
    return reports
