"""Care needs in and out of a spreadsheet, for their owner: decrypted on the way out, sealed on the way in.

``export_needs`` writes a CSV (or an .xlsx with one "Care needs" sheet) that the owner asked for by giving
the passphrase; it is logged. ``import_needs`` reads such a file (or a workbook's care-needs sheet) back:
rows with a known id update that care need, others are added; all rows or none.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from mapper.domain import cells
from mapper.domain.errors import Errors, ImportFormatError, PrivacyError, ValidationError
from mapper.domain.i18n import Context, arg, translate
from mapper.domain.records import CareNeed, join_list, new_uuid, split_list
from mapper.domain.taxonomy import taxonomy
from mapper.privacy.access_log import log_access
from mapper.privacy.setup import ensure_unlocked, is_protected, set_passphrase
from mapper.store.snapshot import replace_atomically, temp_beside

Cli = Context("Cli")

SHEET = "Care needs"
COLUMNS = ["uuid", "neighbourhood", "categories", "age_band", "is_carer", "urgency", "status", "consent_by",
           "consent_at", "consent_scope", "connections", "notes", "approx_location", "recorded_by"]
_SHEET_NAMES = {"care needs", "care_needs", "needs"}
FREE_TEXT = {"notes", "consent_by", "consent_scope", "approx_location", "recorded_by"}  # kept exactly


@dataclass
class NeedsReport:
    path: Path
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    written: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.written:
            return arg(translate("Cli", "%1, decrypted: keep this file safe"),
                       Cli.tr("%n care need(s)", "", self.written))
        return arg(translate("Cli", "%1: care needs %2 added, %3 updated, %4 unchanged (sealed in the project)"),
                   self.path, self.added, self.updated, self.unchanged)


def _unlock_for(project, passphrase: str | None) -> None:
    if is_protected(project):
        ensure_unlocked(project, passphrase)


# ---- export -------------------------------------------------------------------------------------
def need_rows(project) -> list[dict[str, Any]]:
    """Every care need as a row of COLUMNS (neighbourhood by name), opened with the project's codec."""
    names = project.neighbourhood_names()
    rows = []
    for need in project.records(CareNeed.TABLE, "ORDER BY fid"):
        values = need.to_values()
        row = {"uuid": need.uuid, **{c: values.get(c) for c in COLUMNS if c != "uuid"}}
        row["neighbourhood"] = names.get(need.neighbourhood or "", need.neighbourhood)
        row["is_carer"] = "" if need.is_carer is None else ("yes" if need.is_carer else "no")
        rows.append(row)
    return rows


def export_needs(project, out: Path | str, passphrase: str | None = None) -> NeedsReport:
    """Write the care needs decrypted to ``out`` (.csv, or .xlsx). Needs the passphrase if they are sealed."""
    out = Path(out)
    _unlock_for(project, passphrase)
    rows = need_rows(project)
    tmp = temp_beside(out)
    try:
        if out.suffix.lower() == ".xlsx":
            _write_xlsx(tmp, rows)
        else:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:  # the BOM: Excel shows accents
                writer = csv.writer(fh, lineterminator="\r\n")
                writer.writerow(COLUMNS)
                for row in rows:
                    writer.writerow([cells.protect(_cell_text(row.get(c))) for c in COLUMNS])
        replace_atomically(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    log_access(project, "decrypt", f"exported {len(rows)} care needs decrypted to {out.name}")
    return NeedsReport(out, written=len(rows))


def _cell_text(value: Any) -> str:
    return "" if value is None else str(value)


def _write_xlsx(path: Path, rows: list[dict[str, Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.append(COLUMNS)
    for row in rows:
        out = []
        for c in COLUMNS:
            text = cells.ooxml_escape(_cell_text(row.get(c)))  # control characters as _xHHHH_
            cell = WriteOnlyCell(ws, value=None)
            cell.value, cell.data_type = text, "s"  # always a text cell, never a formula
            if cells.looks_like_formula(text):
                cell.quotePrefix = True  # and shown as text when edited
            out.append(cell)
        ws.append(out)
    wb.save(path)


# ---- import -------------------------------------------------------------------------------------
def read_needs_file(path: Path) -> list[dict[str, Any]]:
    """Rows of a needs CSV, or of a workbook's care-needs sheet, as dicts keyed by lower-case header."""
    try:
        if path.suffix.lower() == ".xlsx":
            return _read_xlsx(path)
        _, rows = cells.read_csv(path)
        header: list[str] = []
        out = []
        for number, values, _ in rows:
            if number == 1:
                header = [h.strip().lower() for h in values]
            elif any(values):
                out.append(dict(zip(header, values)))
        return out
    except FileNotFoundError:
        raise ImportFormatError(Errors.tr("file not found"), path=path) from None
    except OSError as exc:
        raise ImportFormatError(arg(Errors.tr("cannot be read (%1)"), exc.strerror), path=path) from None


def _read_xlsx(path: Path) -> list[dict[str, Any]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a bad workbook
        raise ImportFormatError(Errors.tr("is not a readable .xlsx workbook"), path=path) from None
    try:
        ws = next((ws for ws in wb.worksheets if ws.title.strip().lower() in _SHEET_NAMES), None)
        if ws is None:
            raise ImportFormatError(arg(Errors.tr("has no '%1' sheet"), SHEET), path=path)
        it = ws.iter_rows(values_only=True)
        header = [str(h or "").strip().lower() for h in next(it, ())]
        rows = []
        for values in it:
            if values and any(v not in (None, "") for v in values):
                rows.append(dict(zip(header, (cells.ooxml_unescape(v) if isinstance(v, str) else v
                                              for v in values))))
        return rows
    finally:
        wb.close()


def _text(value: Any) -> str | None:
    """A cell's text exactly as written (CSV cells come unprotected from the reader); None when blank."""
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _code(value: Any) -> str | None:
    text = _text(value)
    return text.strip() if text else None


def need_from_row(row: dict[str, Any], hoods: dict[str, str]) -> CareNeed:
    """A CareNeed from one row; categories and urgency accept codes or labels, neighbourhood a name/code/id."""
    tx = taxonomy()
    problems: dict[str, str] = {}
    cats = []
    for item in split_list(_code(row.get("categories")) or ""):
        code = tx.code_for("need_categories", item)
        if code is None:  # care-need text is never repeated in a message
            problems["categories"] = "unknown need category (use the codes or names from the list)"
        cats.append(code or item)
    hood = _code(row.get("neighbourhood"))
    hood_id = None
    if hood:
        hood_id = hoods.get(hood.lower())
        if hood_id is None:
            problems["neighbourhood"] = "no neighbourhood of that name, code or id in this project"
    if problems:
        raise ValidationError(problems)
    carer = _code(row.get("is_carer"))
    values = {c: (_text if c in FREE_TEXT else _code)(row.get(c))
              for c in COLUMNS if c not in ("uuid", "neighbourhood", "categories", "is_carer")}
    values["urgency"] = tx.code_for("urgencies", values["urgency"] or "medium") or values["urgency"]
    values["status"] = tx.code_for("need_statuses", values["status"] or "open") or values["status"]
    kwargs: dict[str, Any] = {"neighbourhood": hood_id, "categories": join_list(cats),
                              "is_carer": None if carer is None else carer.lower() in ("1", "yes", "y", "true"),
                              **values}
    return CareNeed.from_values(_code(row.get("uuid")) or new_uuid(), kwargs)


def _hood_lookup(project) -> dict[str, str]:
    out = {}
    for uuid, code, name in project.conn.execute("SELECT uuid, code, name FROM neighbourhoods"):
        for key in (uuid, code, name):
            if key:
                out[str(key).strip().lower()] = uuid
    return out


def import_needs(project, source: Path | str | Iterable[dict[str, Any]], passphrase: str | None = None,
                 ) -> NeedsReport:
    """Add or update care needs from a needs file (or rows), sealing them. All rows, or none.

    A project without a passphrase gets ``passphrase`` as its new one: care needs are never stored open.
    """
    path = Path(source) if isinstance(source, (str, Path)) else Path("<rows>")
    rows = read_needs_file(path) if isinstance(source, (str, Path)) else list(source)
    if is_protected(project):
        ensure_unlocked(project, passphrase)
    elif passphrase:
        set_passphrase(project, passphrase)
    else:
        raise PrivacyError(translate("Privacy", "care needs are only stored encrypted: give a passphrase "
                                                "(--passphrase-file)"),
                           path=project.path)
    hoods = _hood_lookup(project)
    report = NeedsReport(path)
    old_source = project.source
    project.source = path.name
    try:
        with project.transaction():
            for i, row in enumerate(rows, 2):
                try:
                    need = need_from_row(row, hoods)
                    if project.exists(CareNeed.TABLE, need.uuid):
                        if project.save(need):
                            report.updated += 1
                        else:
                            report.unchanged += 1
                    else:
                        project.add(need)
                        report.added += 1
                except ValidationError as exc:  # row and column, never the value
                    columns = ", ".join(exc.problems)
                    raise ImportFormatError("; ".join(exc.problems.values()), path=path,
                                            where=arg(Errors.tr("row %1, column %2"), i, columns)) from None
    finally:
        project.source = old_source
    log_access(project, "import", f"{report.added} added, {report.updated} updated from {path.name}")
    return report
