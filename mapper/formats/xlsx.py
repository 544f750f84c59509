"""Excel workbooks.

Writing: the SpreadsheetML parts are streamed straight into the zip (faster than openpyxl's write-only
mode, bounded memory): a sheet per record kind plus "Read me" and a hidden "Lists" sheet the dropdowns
point at. Text is always a text cell (never a formula); characters XML cannot carry (and CR) use the
OOXML ``_xHHHH_`` escape; text over 32,767 characters is refused.

Reading: openpyxl in read-only mode (defusedxml refuses entity expansion), after checking the zip's
declared sizes so a zip bomb is refused before anything is inflated.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any, Iterator

from mapper.domain.cells import looks_like_formula
from mapper.domain.errors import Errors, ExportError, ImportFormatError
from mapper.domain.i18n import arg, translate
from mapper.domain.taxonomy import taxonomy
from mapper.formats.common import COLUMNS, Progress, check_cell_length, ooxml_escape, ooxml_unescape
from mapper.formats.tabular import cell_rows, headers

SHEETS = {"assets": "Assets", "groups": "Groups"}
SHEET_TABLE = {v.lower(): k for k, v in SHEETS.items()}
MAX_ROWS = 1_048_576
WIDTHS = {"uuid": 38, "name": 32, "description": 48, "address": 32, "latitude": 11, "longitude": 11,
          "postcode": 10, "principles": 24, "may_publish": 12, "last_checked": 13, "kind": 18, "category": 20,
          "status": 18, "group_type": 22, "neighbourhoods": 28, "neighbourhood": 22}
EXCEL_EPOCH = dt.date(1899, 12, 30)

# Zip-bomb limits: a real workbook inflates 5-20 times; refuse absurd totals or ratios.
MAX_UNCOMPRESSED = 1_500_000_000
MAX_RATIO = 200
RATIO_FLOOR = 20_000_000  # ratios only matter for members bigger than this


# Style ids (cellXfs order in STYLES)
S_DEFAULT, S_DATE, S_TEXT_QUOTED, S_HEADER, S_WRAP, S_TITLE = 0, 1, 2, 3, 4, 5

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FF1B6E5A"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""

CONTENT_TYPES_HEAD = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Neighbourhood Mapper</Application></Properties>"""

SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')


def col_letter(n: int) -> str:
    """1 -> A, 27 -> AA."""
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _x(text: str) -> str:
    """XML escapes (``str.translate`` with a table looks up every character; most text has none of these)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


_SHORT = 64  # cells this short are often the same text again (a category, a status): kept, once written
_KEPT = 20_000


class _SheetWriter:
    """Streams one worksheet's XML into the open zip member."""

    def __init__(self, fh, path: Path, sheet: str):
        self.fh = fh
        self.path = path
        self.sheet = sheet
        self.n = 0
        self.buf: list[str] = []
        self.cells: dict[tuple[str, int | None], str] = {}  # short text -> its cell's XML

    def row(self, values: list[Any], *, style: int | None = None) -> None:
        self.n += 1
        if self.n > MAX_ROWS:
            raise ExportError(arg(Errors.tr("sheet %1 would have more than %2 rows, Excel's limit"), self.sheet,
                                  f"{MAX_ROWS:,}"), path=self.path)
        parts = [f'<row r="{self.n}">']
        for i, v in enumerate(values):
            if v is None:
                parts.append("<c/>")
            elif isinstance(v, str):
                parts.append(self._text(v, i, style))
            elif isinstance(v, bool):
                parts.append(f'<c t="b"><v>{int(v)}</v></c>')
            elif isinstance(v, (int, float)):
                parts.append(f"<c><v>{v!r}</v></c>")
            elif isinstance(v, dt.date):
                parts.append(f'<c s="{S_DATE}"><v>{(v - EXCEL_EPOCH).days}</v></c>')
            else:
                parts.append(self._text(str(v), i, style))
        parts.append("</row>")
        self.buf.append("".join(parts))
        if len(self.buf) >= 500:
            self.flush()

    def _text(self, v: str, i: int, style: int | None) -> str:
        if len(v) <= _SHORT:
            key = (v, style)
            cell = self.cells.get(key)
            if cell is None:
                cell = self._cell(v, i, style)
                if len(self.cells) < _KEPT:
                    self.cells[key] = cell
            return cell
        return self._cell(v, i, style)

    def _cell(self, v: str, i: int, style: int | None) -> str:
        if len(v) > 32_767:
            check_cell_length(v, path=self.path, where=arg(Errors.tr("sheet %1 row %2 column %3"), self.sheet, self.n,
                                                                      col_letter(i + 1)))
        s = style
        if s is None and looks_like_formula(v):
            s = S_TEXT_QUOTED
        body = _x(ooxml_escape(v))
        space = ' xml:space="preserve"' if body[:1].isspace() or body[-1:].isspace() else ""
        sattr = f' s="{s}"' if s else ""
        return f'<c t="inlineStr"{sattr}><is><t{space}>{body}</t></is></c>'

    def flush(self) -> None:
        if self.buf:
            self.fh.write("".join(self.buf).encode("utf-8"))
            self.buf.clear()


def _sheet_start(fh, *, widths: list[float], frozen: bool) -> None:
    view = ('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
            if frozen else '<sheetViews><sheetView workbookViewId="0"/></sheetViews>')
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
    fh.write((SHEET_HEAD + view + '<sheetFormatPr defaultRowHeight="15"/>' + f"<cols>{cols}</cols><sheetData>")
             .encode("utf-8"))


_LIST_COLUMNS = {"kind": "A", "category": "B", "status": "C", "principles": "D", "group_type": "E",
                 "may_publish": "F"}


def _lists() -> list[list[str]]:
    tx = taxonomy()
    cols = [tx.kinds, tx.categories, tx.codes("asset_statuses"), tx.principles, tx.codes("group_types"),
            ["yes", "no"]]
    rows = [["kind", "category", "status", "principles", "group_type", "may_publish"]]
    for i in range(max(len(c) for c in cols)):
        rows.append([c[i] if i < len(c) else None for c in cols])
    return rows


def _validations(table: str, last_row: int) -> str:
    lists = _lists()
    out = []
    for i, c in enumerate(COLUMNS[table], 1):
        letter = _LIST_COLUMNS.get(c.key)
        if not letter:
            continue
        n = sum(1 for r in lists[1:] if r["ABCDEF".index(letter)] is not None)
        ref = f"Lists!${letter}$2:${letter}${n + 1}"
        strict = c.key != "principles"  # principles may hold several, separated by ';'
        title = translate("Workbook", "Choose from the list")
        error = translate("Workbook", "Please choose a value from the list.")
        err = (f'showErrorMessage="1" errorTitle="{_x(title)}" error="{_x(error)}"' if strict
               else 'showErrorMessage="0"')
        prompt = (translate("Workbook", "Several allowed, separated by ;") if c.key == "principles"
                  else translate("Workbook", "Choose from the list"))
        out.append(f'<dataValidation type="list" allowBlank="1" showInputMessage="1" {err} '
                   f'promptTitle="{_x(c.key)}" prompt="{_x(prompt)}" sqref="{col_letter(i)}2:{col_letter(i)}{last_row}">'
                   f"<formula1>{ref}</formula1></dataValidation>")
    return f'<dataValidations count="{len(out)}">{"".join(out)}</dataValidations>' if out else ""


def _readme_rows(kinds: list[str], *, template: bool) -> list[tuple[list[Any], int | None]]:
    """The Read me sheet in the chosen language, as (cells, style); codes stay codes."""
    tx = taxonomy()
    rows: list[tuple[list[Any], int | None]] = [([translate("Workbook", "Neighbourhood Mapper workbook")], S_TITLE),
                                               ([], None)]

    def head(*cells: str) -> None:
        rows.append((list(cells), S_HEADER))

    def text(*cells: Any) -> None:
        rows.append((list(cells), None))

    if template:
        text(translate("Workbook", "Fill in one row per asset (Assets sheet) or group (Groups sheet), then import the file "
                           "with 'mapper import PROJECT FILE' or File > Import. Leave uuid empty for new rows."))
    else:
        text(translate("Workbook", "Exported from Neighbourhood Mapper on %1. Keep the uuid column: it lets an import "
                           "update the same records.").replace("%1", dt.date.today().isoformat()))
    text(translate("Workbook", "Rows without latitude/longitude are placed by postcode. Values starting with = + - @ are "
                       "text, never formulas."))
    text()
    for table in kinds:
        head(translate("Workbook", "Sheet %1").replace("%1", SHEETS[table]), translate("Workbook", "What it holds"))
        for c in COLUMNS[table]:
            text(c.key, translate("Workbook", c.help))
        text()
    head(translate("Workbook", "Kinds"), translate("Workbook", "Label"))
    for code in tx.kinds:
        text(code, tx.label("asset_kinds", code))
    text()
    head(translate("Workbook", "Categories"), translate("Workbook", "Label"), translate("Workbook", "Kind"))
    for c in tx.raw["categories"]:
        text(c["code"], tx.label("categories", c["code"]), c["kind"])
    text()
    head(translate("Workbook", "Statuses"), translate("Workbook", "Label"))
    for code in tx.codes("asset_statuses"):
        text(code, tx.label("asset_statuses", code))
    text()
    head(translate("Workbook", "Principles"), translate("Workbook", "Label"))
    for p in tx.principles:
        text(p, tx.label("principles", p))
    text()
    head(translate("Workbook", "Group types"), translate("Workbook", "Label"))
    for code in tx.codes("group_types"):
        text(code, tx.label("group_types", code))
    return rows


def write_workbook(project, out: Path, tmp: Path, *, kinds: list[str], public: bool, template: bool = False,
                   progress: Progress | None = None) -> dict[str, int]:
    """Write the workbook to ``tmp`` (the caller renames it into place). Returns rows per sheet."""
    progress = progress or Progress()
    sheets = [("Read me", None), *[(SHEETS[k], k) for k in kinds], ("Lists", "lists")]
    counts: dict[str, int] = {}
    total = sum(project.count(k) for k in kinds) if not template else 0
    done = 0
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for idx, (title, table) in enumerate(sheets, 1):
            with z.open(f"xl/worksheets/sheet{idx}.xml", "w", force_zip64=True) as fh:
                if table is None:
                    _sheet_start(fh, widths=[26, 100, 18], frozen=False)
                    w = _SheetWriter(fh, out, title)
                    for r, style in _readme_rows(kinds, template=template):
                        w.row(r, style=style)
                    w.flush()
                    fh.write(b'</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                             b'footer="0.3"/></worksheet>')
                    continue
                if table == "lists":
                    _sheet_start(fh, widths=[18, 20, 18, 14, 22, 12], frozen=False)
                    w = _SheetWriter(fh, out, title)
                    for r in _lists():
                        w.row(r)
                    w.flush()
                    fh.write(b'</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                             b'footer="0.3"/></worksheet>')
                    continue
                head = headers(table)
                _sheet_start(fh, widths=[WIDTHS.get(h, 16) for h in head], frozen=True)
                w = _SheetWriter(fh, out, title)
                w.row(head, style=S_HEADER)
                if not template:
                    for values in cell_rows(project, table, public=public):
                        w.row(values)
                        done += 1
                        progress(done, total)
                w.flush()
                counts[title] = w.n - 1
                last = max(w.n, 2) if not template else 1000
                ref = f"A1:{col_letter(len(head))}{max(w.n, 1)}"
                fh.write((f'</sheetData><autoFilter ref="{ref}"/>' + _validations(table, max(last, 1000))
                          + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                          + "</worksheet>").encode("utf-8"))
        _write_package(z, sheets, counts, kinds)
    progress(done, total, force=True)
    return counts


def _write_package(z: zipfile.ZipFile, sheets, counts: dict[str, int], kinds: list[str]) -> None:
    ct = CONTENT_TYPES_HEAD + "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)) + "</Types>"
    z.writestr("[Content_Types].xml", ct)
    z.writestr("_rels/.rels", ROOT_RELS)
    z.writestr("docProps/app.xml", APP)
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    z.writestr("docProps/core.xml",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
               'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
               'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Neighbourhood Mapper</dc:creator>'
               f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created></cp:coreProperties>')
    z.writestr("xl/styles.xml", STYLES)
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
    n = len(sheets)
    rels += (f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             f'relationships/styles" Target="styles.xml"/>')
    z.writestr("xl/_rels/workbook.xml.rels",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
               f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
    hidden = ' state="hidden"'
    sheet_xml = "".join(
        f'<sheet name="{_x(title)}" sheetId="{i}"{hidden if table == "lists" else ""} r:id="rId{i}"/>'
        for i, (title, table) in enumerate(sheets, 1))
    names = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i - 1}" hidden="1">'
        f"'{_x(title)}'!$A$1:${col_letter(len(COLUMNS[table]))}${max(counts.get(title, 0) + 1, 1)}</definedName>"
        for i, (title, table) in enumerate(sheets, 1) if table in COLUMNS)
    z.writestr("xl/workbook.xml",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook '
               'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               '<bookViews><workbookView activeTab="1"/></bookViews>'
               f"<sheets>{sheet_xml}</sheets><definedNames>{names}</definedNames></workbook>")


# ---- reading -----------------------------------------------------------------------------------------
def check_zip(path: Path) -> None:
    """Refuse files that are not zips, or whose members would inflate absurdly (zip bombs)."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFormatError(arg(Errors.tr("is not an Excel .xlsx file (%1)"), exc), path=path) from None
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise ImportFormatError(arg(Errors.tr("refused: part %1 would inflate %2 times to %3 bytes (a zip bomb?)"),
                                        info.filename, f"{ratio:,.0f}", f"{info.file_size:,}"), path=path)
    if total > MAX_UNCOMPRESSED:
        raise ImportFormatError(arg(Errors.tr("refused: the workbook would inflate to %1 bytes, more than this app "
                                           "reads (a zip bomb?)"), f"{total:,}"), path=path)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return ooxml_unescape(value)
    return value


def read_sheets(path: Path) -> Iterator[tuple[str, int, Iterator[tuple[int, tuple]]]]:
    """Yield (sheet title, row count estimate, iterator of (row number, values)) for each visible sheet."""
    from openpyxl import load_workbook

    check_zip(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except ImportFormatError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl and defusedxml raise many kinds
        raise ImportFormatError(_explain(exc, "cannot be read as an Excel workbook"), path=path) from None
    try:
        for ws in wb.worksheets:
            if ws.sheet_state != "visible" or ws.title.lower() in ("read me", "lists"):
                continue
            yield ws.title, (ws.max_row or 0), _rows(ws, path)
    finally:
        wb.close()


def _rows(ws, path: Path) -> Iterator[tuple[int, tuple]]:
    try:
        for i, row in enumerate(ws.iter_rows(values_only=True), 1):
            yield i, tuple(_clean(v) for v in row)
    except ImportFormatError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ImportFormatError(_explain(exc, f"sheet {ws.title} cannot be read"), path=path) from None


def _explain(exc: BaseException, what: str) -> str:
    """One line; XML entity declarations (billion laughs) are named as such."""
    from defusedxml import DefusedXmlException

    seen = exc
    while seen is not None:
        if isinstance(seen, DefusedXmlException):
            return f"refused: its XML declares entities or a DTD, which could blow up memory ({type(seen).__name__})"
        seen = seen.__cause__ or seen.__context__
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{what} ({type(exc).__name__}: {text[:120]})"
