"""Cell text in and out of spreadsheets and CSV files: the one formula guard, and the one CSV reader.

Every CSV and workbook the project writes (record lists, templates, the owner's decrypted care needs)
passes its text through ``looks_like_formula``: in a CSV such text gets a leading apostrophe
(``protect``, removed again by ``unprotect``: a round trip gives back the original text exactly); in a
workbook it is a text cell with ``quotePrefix``. The reader detects the encoding (byte order marks,
then strict UTF-8, then charset-normalizer) and the delimiter (``csv.Sniffer`` on a sample), refuses a
quote that is never closed (naming its line), and strips NUL and other control characters with a warning.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path
from typing import Callable, Iterator

from mapper.domain.errors import ImportFormatError
from mapper.domain.i18n import arg, translate

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_FIELD = 1 << 20  # one CSV field: 1 MiB of text (a spreadsheet cell holds 32,767 characters)
# NUL ends text in C (GDAL, QGIS and many tools read a name cut short at it): removed from every file, with
# a warning. The other control characters (escape, bell...) in a CSV cell are never what a person typed
# there and garble labels and terminals: removed from CSV too, with a warning naming row and column (tab,
# line feed and carriage return are text and stay). Our workbooks and GeoJSON carry them exactly
# (``_xHHHH_`` escapes, JSON escapes), so their round trips keep them.
_CONTROL = re.compile(r"\x00")
CSV_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CSV_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])  # the same characters
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
DELIMITERS = ",;\t|"

csv.field_size_limit(MAX_FIELD)


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet would run as a formula (or turn into one on editing)."""
    return bool(text) and text.startswith(FORMULA_START)


def protect(text: str) -> str:
    """For a CSV cell: a leading apostrophe keeps a spreadsheet from running text as a formula."""
    return "'" + text if text and (text.startswith(FORMULA_START) or text.startswith("'")) else text


def unprotect(text: str) -> str:
    """The text ``protect`` was given."""
    if len(text) >= 2 and text[0] == "'" and (text[1] in FORMULA_START or text[1] == "'"):
        return text[1:]
    return text


def strip_controls(text: str, pattern: re.Pattern = _CONTROL) -> tuple[str, bool]:
    """(text without NUL characters (or what ``pattern`` matches), whether any were removed)."""
    if pattern is _CONTROL and "\x00" not in text:  # the common case, without the regex
        return text, False
    if not pattern.search(text):
        return text, False
    return pattern.sub("", text), True


_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")


def ooxml_escape(text: str) -> str:
    """OOXML ``_xHHHH_`` escapes for characters XML cannot hold (and CR, which XML would turn into LF)."""
    if not _NEEDS_ESCAPE.search(text):
        return text

    def esc(m: re.Match) -> str:
        s = m.group(0)
        return "_x005F" + s if s.startswith("_x") else f"_x{ord(s):04X}_"

    return _NEEDS_ESCAPE.sub(esc, text)


def ooxml_unescape(text: str) -> str:
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


# ---- reading ------------------------------------------------------------------------------------------
def detect_encoding(path: Path) -> str:
    """A byte order mark; else UTF-8 when the whole file decodes strictly (streamed); else what
    charset-normalizer finds most likely (Windows-1252 when it has no answer)."""
    with open(path, "rb") as fh:
        head = fh.read(4)
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                dec.decode(chunk)
            dec.decode(b"", final=True)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    with open(path, "rb") as fh:
        sample = fh.read(1 << 20)
    best = from_bytes(sample).best()
    if best is None:
        return "cp1252"
    # our one rule over the detector: on short English text it often guesses another Latin code page
    # (cp1250 for "è"); a UK laptop's legacy encoding is Windows-1252, so a Latin guess that cp1252 can
    # also decode is read as cp1252. Cyrillic, Greek, CJK and the rest stay as detected.
    if best.encoding.replace("_", "").startswith(_LATIN) and _decodes(sample, "cp1252"):
        return "cp1252"
    return best.encoding


_LATIN = ("cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "iso88591", "iso88592", "iso885915", "latin",
          "maclatin", "macroman", "cp850", "cp437")


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


def sniff_delimiter(sample: str) -> str:
    """``csv.Sniffer`` on whole lines of the sample; else the delimiter the header uses most."""
    lines = sample.splitlines()
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # a cut-off last line would mislead the sniffer
    text = "\n".join(lines[:200])
    try:
        return csv.Sniffer().sniff(text, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = lines[0] if lines else ""
        counts = {d: header.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


Warn = Callable[[int, str], object]


def has_csv_control(text: str) -> bool:
    """``CSV_CONTROL.search(text)``; ASCII text is asked through bytes, four times quicker (a CSV row of 1 kB:
    11 -> 3 microseconds, a tenth of reading the row)."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw.translate(None, _CSV_CONTROL_BYTES)) != len(raw)
    return CSV_CONTROL.search(text) is not None


def read_csv(path: Path, warn: Warn | None = None) -> tuple[int, Iterator[tuple[int, list[str], int]]]:
    """(file size, iterator of (row number, cells, bytes read so far: counted every 256 rows)); row 1 is the
    header. Cells come unprotected and without control characters (``warn(row, message)`` says where some were
    removed)."""
    path = Path(path)
    if path.is_dir():
        raise ImportFormatError(translate("Import", "is a folder, not a file"), path=path)
    size = path.stat().st_size
    if size == 0:
        raise ImportFormatError(translate("Import", "the file is empty"), path=path)
    encoding = detect_encoding(path)

    def rows() -> Iterator[tuple[int, list[str], int]]:
        raw = open(path, "rb")
        text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        number, line = 0, 1
        try:
            sample = text.read(64 * 1024)
            text.seek(0)
            reader = csv.reader(text, csv.excel, delimiter=sniff_delimiter(sample), strict=True)
            at = 0
            for number, cells in enumerate(reader, 1):
                removed = []
                joined = "".join(cells)
                if has_csv_control(joined):  # rare: clean the cells that have some
                    for i, cell in enumerate(cells):
                        cell, dirty = strip_controls(unprotect(cell), CSV_CONTROL)
                        cells[i] = cell
                        if dirty:
                            removed.append(i + 1)
                elif "'" in joined:
                    for i, cell in enumerate(cells):
                        if cell[:1] == "'":
                            cells[i] = unprotect(cell)
                if removed and warn is not None:
                    warn(number, arg(translate("Import", "NUL or other control characters removed (column %1)"),
                                     ", ".join(map(str, removed))))
                if not number & 255:  # the bytes read (progress): a system call, so every 256 rows
                    at = raw.tell()
                yield number, cells, at
                line = reader.line_num + 1
        except csv.Error as exc:
            if "end of data" in str(exc) or "EOF" in str(exc):
                cause = f"a quote opened on line {line} is never closed"
            elif "field larger" in str(exc):
                cause = f"a field starting on line {line} is larger than {MAX_FIELD:,} characters"
            else:
                cause = f"is not a well-formed CSV file from line {line} ({exc})"
            raise ImportFormatError(cause, path=path, where=arg(translate("Import", "row %1"), number + 1)) from None
        finally:
            text.close()

    return size, rows()
