"""What the CLI and the window call: ``import_files`` and ``export_file``.

Every import is one transaction per file (all or nothing); every export goes to a temp file beside
the target, is fsynced and renamed into place. Both take ``progress(done, total)`` and ``cancelled()``
callbacks; a cancel raises CancelledError and leaves nothing changed.
"""

from __future__ import annotations

import operator
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from mapper.domain.errors import Errors, ExportError, ImportFormatError, MapperError, about_file
from mapper.domain.i18n import Context, arg, translate
from mapper.domain.wording import count_words
from mapper.formats import csvio, geojson, gpkg, gpkg_export, xlsx
from mapper.formats.common import (
    BOUNDARY_KEYS,
    CancelFn,
    ColumnMapping,
    Progress,
    ProgressFn,
    RowCounts,
    RowIssue,
    check_mapping,
    match_headers,
)
from mapper.formats.importer import RowWriter
from mapper.formats.row_convert import Row
from mapper.privacy.needs_io import export_needs, import_needs
from mapper.store.snapshot import remove_with_sidecars, replace_atomically, temp_beside

Cli = Context("Cli")

IMPORT_SUFFIXES = (".gpkg", ".xlsx", ".csv", ".geojson", ".json")
EXPORT_SUFFIXES = (".gpkg", ".xlsx", ".csv", ".geojson")
PLACE_KEYS = {"latitude", "longitude", "easting", "northing", "postcode", "address"}
GROUP_KEYS = {"group_type", "charity_number", "neighbourhoods"}
NEEDS_HEADERS = {"consentby", "consentat", "urgency", "agaband", "ageband"}


def _listing(items: list[RowIssue], total: int, limit: int = 8) -> str:
    shown = "; ".join(str(i) for i in items[:limit])
    more = total - min(len(items), limit)
    return shown + ("; " + Cli.tr("and %n more", "", more) if more > 0 else "")


@dataclass
class ImportReport:
    path: Path
    counts: RowCounts = field(default_factory=RowCounts)
    note: str | None = None  # e.g. the care-needs importer's own summary
    rederived: int = 0  # assets already recorded that the file's boundaries gave a (new) neighbourhood

    @property
    def added(self) -> int:
        return self.counts.added

    @property
    def updated(self) -> int:
        return self.counts.updated

    @property
    def unchanged(self) -> int:
        return self.counts.unchanged

    @property
    def skipped(self) -> list[RowIssue]:
        return self.counts.skipped

    @property
    def warnings(self) -> list[RowIssue]:
        return self.counts.warnings

    def summary(self) -> str:
        if self.note:
            return f"{self.path.name}: {self.note}"
        c = self.counts
        line = (f"{self.path.name}: " + translate("Cli", "%1 added, %2 updated, %3 unchanged, %4 skipped")
                .replace("%1", str(c.added)).replace("%2", str(c.updated)).replace("%3", str(c.unchanged))
                .replace("%4", str(c.skipped_total)))
        lines = [line + (f" ({_listing(c.skipped, c.skipped_total)})" if c.skipped_total else "")]
        if self.rederived:
            lines.append("  " + Cli.tr("%n asset(s) already recorded given their neighbourhood from these "
                                       "boundaries", "", self.rederived))
        if c.conflicts:
            lines.append("  " + Cli.tr("%n cell(s) changed in the project since the export were kept; the "
                                       "file's values are in Review", "", c.conflicts))
        if c.warnings_total:
            warnings = Cli.tr("%n warning(s)", "", c.warnings_total)
            lines.append(f"  {warnings}: {_listing(c.warnings, c.warnings_total)}")
        return "\n".join(lines)


@dataclass
class ExportReport:
    path: Path
    counts: dict[str, int]
    public: bool = False
    extra_files: list[Path] = field(default_factory=list)
    note: str | None = None

    def summary(self) -> str:
        if self.note:
            return translate("Cli", "wrote %1: %2").replace("%1", str(self.path)).replace("%2", self.note)
        what = ", ".join(count_words(k, n) for k, n in self.counts.items())
        files = ", ".join(str(p) for p in [self.path, *self.extra_files])
        public = " " + translate("Cli", "(public: only what may be published)") if self.public else ""
        return translate("Cli", "wrote %1: %2").replace("%1", files).replace("%2", what) + public


# ---- import -------------------------------------------------------------------------------------------
def import_files(project, files: list[Path], *, passphrase: str | None = None, as_neighbourhoods: bool = False,
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                 mappings: dict[Path, ColumnMapping] | None = None) -> list[ImportReport]:
    """``mappings``: per file, source header -> our field (None: leave the column out), overriding the
    automatic header synonyms for the headers it names (see ``preview.preview_file``)."""
    reports = []
    mappings = {Path(k): v for k, v in (mappings or {}).items()}
    waiting = Progress(progress, cancelled, every=1)
    busy_before = project.on_busy
    if progress is not None or cancelled is not None:  # another writer: keep the dialog alive, Cancel works
        project.on_busy = lambda _waited: waiting(0, 1)
    try:
        for path in files:
            reports.append(import_file(project, Path(path), passphrase=passphrase,
                                       as_neighbourhoods=as_neighbourhoods, progress=progress, cancelled=cancelled,
                                       mapping=mappings.get(Path(path))))
    finally:
        project.on_busy = busy_before
    return reports


def check_importable(path: Path) -> str:
    """The file's suffix (lower case), or the one-line reason it cannot be imported at all."""
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        raise ImportFormatError(arg(Errors.tr("cannot import %1; use .gpkg .xlsx .csv or .geojson"),
                                    suffix or Errors.tr("files without a suffix")), path=path)
    if not path.is_file():
        raise ImportFormatError(Errors.tr("file not found"), path=path)
    if path.stat().st_size == 0:
        raise ImportFormatError(Errors.tr("the file is empty"), path=path)
    return suffix


def import_file(project, path: Path, *, passphrase: str | None = None, as_neighbourhoods: bool = False,
                progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                mapping: ColumnMapping | None = None) -> ImportReport:
    path = Path(path)
    suffix = check_importable(path)
    check_mapping(mapping, path=path)
    report = ImportReport(path)
    prog = Progress(progress, cancelled)
    if suffix in (".csv", ".xlsx") and is_needs_file(path):
        return _import_needs(project, path, passphrase, report)
    source_before = project.source
    project.source = path.name
    try:
        with about_file(path, project=project.path, error=ImportFormatError), project.transaction():
            boundaries = project.boundaries_state()
            if suffix == ".gpkg":
                gpkg.import_gpkg(project, path, report.counts, as_neighbourhoods=as_neighbourhoods, progress=prog,
                                 mapping=mapping)
            elif suffix == ".xlsx":
                _import_xlsx(project, path, report.counts, prog, mapping)
            elif suffix == ".csv":
                _import_csv(project, path, report.counts, prog, mapping)
            else:
                _import_geojson(project, path, report.counts, prog, as_neighbourhoods=as_neighbourhoods,
                                mapping=mapping)
            if project.boundaries_state() != boundaries:  # assets already recorded get their neighbourhood
                report.rederived = project.rederive_neighbourhoods()
    finally:
        project.source = source_before
    return report


def is_needs_file(path: Path) -> bool:
    try:
        if path.suffix.lower() == ".csv":
            _, rows = csvio.read_csv(path)
            head = next(rows, (1, [], 0))[1]
            rows.close()
        else:
            xlsx.check_zip(path)
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True)
            try:
                names = [ws.title.lower() for ws in wb.worksheets]
                if any("need" in n for n in names) and not any(n in ("assets", "groups") for n in names):
                    return True
                ws = wb.worksheets[0]
                head = next(ws.iter_rows(max_row=1, values_only=True), ())
            finally:
                wb.close()
    except MapperError:
        raise
    except Exception:  # noqa: BLE001 - not readable: the real reader reports why
        return False
    keys = {"".join(ch for ch in str(h or "").lower() if ch.isalnum()) for h in head}
    return len(keys & NEEDS_HEADERS) >= 2


def _import_needs(project, path: Path, passphrase, report: ImportReport) -> ImportReport:
    result = import_needs(project, path, passphrase)
    report.note = result.summary() if hasattr(result, "summary") else str(result)
    return report


def table_for(keys: set[str], title: str) -> tuple[str | None, str | None]:
    """(assets | groups | None, reason when None) for a sheet or CSV with these recognised columns."""
    low = title.lower()
    if "name" not in keys:
        return None, "no Name (or Organisation) column"
    if "group" in low or (keys & GROUP_KEYS and not keys & {"latitude", "longitude", "easting", "northing"}):
        return "groups", None
    if not keys & PLACE_KEYS and "uuid" not in keys:
        return None, "no place columns (Latitude/Longitude, Easting/Northing, Postcode or Address)"
    return "assets", None


def _tabular(rows: Iterator[tuple[int, Any]], title: str, writer: RowWriter, counts: RowCounts,
             report_where: str, tick, user: ColumnMapping | None = None) -> bool:
    """Write the rows of one sheet/CSV (first row = headers). False when it is not a table we know."""
    first = next(rows, None)
    while first is not None and not any(v not in (None, "") for v in first[1]):
        first = next(rows, None)
    if first is None:
        counts.skip(RowIssue(None, f"{report_where}: empty"))
        return False
    mapping = match_headers(first[1], user)
    table, reason = table_for(set(mapping.values()), title)
    if table is None:
        counts.skip(RowIssue(None, f"{report_where}: not imported ({reason})"))
        return False
    pairs = list(mapping.items())
    width = max(mapping, default=-1) + 1
    keys, at = [key for _, key in pairs], [i for i, _ in pairs]
    cells_of = operator.itemgetter(*at) if len(at) > 1 else (lambda c: tuple(c[i] for i in at))  # always a tuple
    layer = report_where if report_where.startswith("sheet") else None
    for number, cells, *rest in rows:
        tick(number, rest)
        if not any(cells) and all(c is None or c == "" for c in cells):  # any(): most rows, quickly
            continue
        if len(cells) >= width:  # every mapped cell is there
            values = dict(zip(keys, cells_of(cells)))
        else:
            values = {key: (cells[i] if i < len(cells) else None) for i, key in pairs}
        writer.write(Row(table, number, values, layer=layer))
    writer.flush()
    return True


def _import_xlsx(project, path: Path, counts: RowCounts, prog: Progress,
                 mapping: ColumnMapping | None = None) -> None:
    writer = RowWriter(project, path, counts)
    sheets = list(_sheet_order(path))
    imported = False
    done = 0
    total = sum(n for _, n in sheets)
    for title, _ in sheets:
        for t, _n, rows in xlsx.read_sheets(path):
            if t != title:
                continue

            def tick(number, rest):
                nonlocal done
                done += 1
                prog(done, total)

            imported |= _tabular(rows, title, writer, counts, f"sheet {title}", tick, mapping)
    if not imported:
        reasons = "; ".join(str(i) for i in counts.skipped) or Errors.tr("no sheets")
        raise ImportFormatError(arg(Errors.tr("nothing to import: %1"), reasons), path=path)
    prog(done, total, force=True)


def _sheet_order(path: Path) -> Iterable[tuple[str, int]]:
    """Visible sheets, groups first (assets may name the group that runs them)."""
    found = [(t, n) for t, n, rows in xlsx.read_sheets(path)]
    return sorted(found, key=lambda tn: 0 if "group" in tn[0].lower() else 1)


def _import_csv(project, path: Path, counts: RowCounts, prog: Progress, mapping: ColumnMapping | None = None) -> None:
    size, rows = csvio.read_csv(path, warn=lambda number, message: counts.warn(RowIssue(number, message)))
    writer = RowWriter(project, path, counts)

    def tick(number, rest):
        prog(rest[0] if rest else number, size)

    title = path.stem
    try:
        ok = _tabular(rows, title, writer, counts, "file", tick, mapping)
    finally:
        rows.close()
    if not ok:
        raise ImportFormatError(arg(Errors.tr("nothing to import: %1"), counts.skipped[-1].message.removeprefix("file: ")),
                                path=path)
    prog(size, size, force=True)


def _import_geojson(project, path: Path, counts: RowCounts, prog: Progress, *, as_neighbourhoods: bool,
                    mapping: ColumnMapping | None = None) -> None:
    from mapper.formats.crs import UnknownCRS, to_wgs84, transformer

    feats, epsg = geojson.read_features(path)
    if epsg is not None:
        try:
            transformer(epsg)
        except UnknownCRS as exc:
            raise ImportFormatError(str(exc), path=path) from None
    writer = RowWriter(project, path, counts, as_neighbourhoods=as_neighbourhoods)
    total = len(feats)
    ordered = sorted(geojson.iter_features(feats),
                     key=lambda nf: 0 if (nf[1].get("properties") or {}).get("record_type") == "group" else 1)
    for done, (number, feat) in enumerate(ordered, 1):
        prog(done, total)
        props = feat.get("properties") or {}
        if not isinstance(props, dict):
            props = {}
        keys = list(props)
        found = geojson_mapping(keys, as_neighbourhoods=as_neighbourhoods, user=mapping)
        values = {key: props[keys[i]] for i, key in found.items()}
        if feat.get("id") is not None and "uuid" not in values:
            values["uuid"] = feat["id"]
        rtype = props.get("record_type")
        table = geojson.TABLE_OF.get(rtype, "groups" if rtype is None and feat.get("geometry") is None
                                     and "group_type" in values else "assets")
        row = Row(table, number, values)
        try:
            geom = geojson.feature_geometry(feat)
            row.geometry = to_wgs84(geom, epsg) if (geom is not None and epsg) else geom
        except ValueError as exc:
            row.problem = str(exc)
        if table == "assets" and "uuid" in values and not _uuid_like(values["uuid"]):
            values.pop("uuid")
        writer.write(row)
    writer.flush()
    prog(total, total, force=True)


def geojson_mapping(keys: list[str], *, as_neighbourhoods: bool, user: ColumnMapping | None = None) -> dict[int, str]:
    """{property index: our field}: the user's mapping, else synonyms (and code/population/ward for boundaries)."""
    found = match_headers(keys, user)
    if as_neighbourhoods:
        taken = set(found.values())
        for i, k in enumerate(keys):
            if k in BOUNDARY_KEYS and i not in found and k not in (user or {}) and k not in taken:
                found[i] = k
                taken.add(k)
    return found


def _uuid_like(v: Any) -> bool:
    from mapper.formats.common import looks_like_uuid

    return looks_like_uuid(str(v))


# ---- export -------------------------------------------------------------------------------------------
KINDS = {"assets": ["assets"], "groups": ["groups"], "all": ["assets", "groups"], "template": ["assets", "groups"]}


def export_file(project, out: Path, *, public: bool, kind: str, passphrase: str | None = None,
                coordinator_key: Path | None = None, progress: ProgressFn | None = None,
                cancelled: CancelFn | None = None) -> ExportReport:
    """Write ``out``; a disk that is full, read-only or at its file-size limit is one line naming ``out``."""
    out = Path(out)
    with about_file(out, error=ExportError):
        return _export_file(project, out, public=public, kind=kind, passphrase=passphrase,
                            coordinator_key=coordinator_key, progress=progress, cancelled=cancelled)


def _export_file(project, out: Path, *, public: bool, kind: str, passphrase: str | None,
                 coordinator_key: Path | None, progress: ProgressFn | None, cancelled: CancelFn | None
                 ) -> ExportReport:
    suffix = out.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ExportError(arg(Errors.tr("cannot write %1; use .gpkg .xlsx .csv or .geojson"),
                              suffix or Errors.tr("files without a suffix")), path=out)
    if project.has_open(out):
        raise ExportError(Errors.tr("is the project file itself (or a file it has open); choose another name"), path=out)
    if kind == "needs":
        if public:
            raise ExportError(Errors.tr("care needs are never part of a public export"), path=out)
        result = export_needs(project, out, passphrase)
        return ExportReport(out, {}, note=result.summary() if hasattr(result, "summary") else str(result))
    if kind not in KINDS:
        raise ExportError(arg(Errors.tr("unknown kind %1 (assets, groups, needs, all or template)"), repr(kind)), path=out)
    if kind == "template" and suffix not in (".xlsx", ".csv"):
        raise ExportError(Errors.tr("a blank template is a spreadsheet: use .xlsx or .csv"), path=out)
    if not out.parent.is_dir():
        raise ExportError(Errors.tr("the folder does not exist"), path=out)
    if out.is_dir():
        raise ExportError(Errors.tr("is a folder, not a file"), path=out)
    if not os.access(out.parent, os.W_OK):
        raise ExportError(Errors.tr("the folder is read-only: choose another folder"), path=out)
    if not project.readonly:
        project.catch_up()  # edits made in QGIS/GDAL get their versions before they leave
    prog = Progress(progress, cancelled)
    kinds = KINDS[kind]
    template = kind == "template"
    if suffix == ".csv":
        return _export_csv(project, out, kinds, public=public, template=template, prog=prog)
    tmp = temp_beside(out)
    try:
        if suffix == ".gpkg":
            counts = gpkg_export.export_gpkg(project, tmp, public=public, kind=kind, coordinator_key=coordinator_key,
                                      progress=prog)
        elif suffix == ".xlsx":
            counts = xlsx.write_workbook(project, out, tmp, kinds=kinds, public=public, template=template,
                                         progress=prog)
        else:
            counts = geojson.write_geojson(project, kinds, tmp, public=public, progress=prog)
        prog(1, 1, force=True)
        replace_atomically(tmp, out)
    except BaseException:
        remove_with_sidecars(tmp)
        raise
    return ExportReport(out, counts, public=public)


def _export_csv(project, out: Path, kinds: list[str], *, public: bool, template: bool,
                prog: Progress) -> ExportReport:
    targets = [(k, out if len(kinds) == 1 else out.with_name(f"{out.stem}_{k}.csv")) for k in kinds]
    temps: list[tuple[Any, Path, Path]] = []
    counts: dict[str, int] = {}
    try:
        for k, target in targets:
            tmp = temp_beside(target)
            temps.append((k, tmp, target))
            counts[k] = csvio.write_csv(project, k, tmp, public=public, template=template, progress=prog)
        for _, tmp, target in temps:
            replace_atomically(tmp, target)
    except BaseException:
        for _, tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        raise
    paths = [t for _, _, t in temps]
    return ExportReport(paths[0], counts, public=public, extra_files=paths[1:])
