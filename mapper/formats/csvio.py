"""CSV: UTF-8 with a BOM (so Excel shows accents), one file per record kind; read streaming, with the
encoding detected (UTF-8, else Windows-1252) and progress by bytes read."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any, Iterator

from mapper.domain.errors import ImportFormatError
from mapper.formats.common import csv_protect, csv_unprotect
from mapper.formats.tabular import cell_rows, headers

csv.field_size_limit(2**31 - 1)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return csv_protect(str(v))


def write_csv(project, table: str, tmp: Path, *, public: bool, template: bool = False, progress=None) -> int:
    n = 0
    total = project.count(table)
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(headers(table))
        if not template:
            for values in cell_rows(project, table, public=public):
                w.writerow([_cell(v) for v in values])
                n += 1
                if progress:
                    progress(n, total)
    return n


def detect_encoding(path: Path) -> str:
    """utf-8-sig when the whole file decodes as UTF-8 (checked in streaming chunks), else cp1252."""
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as fh:
            while True:
                chunk = fh.read(1 << 20)
                if not chunk:
                    dec.decode(b"", final=True)
                    break
                dec.decode(chunk)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"


def read_csv(path: Path) -> tuple[int, Iterator[tuple[int, list[str], int]]]:
    """(file size, iterator of (row number, cells, bytes read so far)); row 1 is the header."""
    size = path.stat().st_size
    if size == 0:
        raise ImportFormatError("the file is empty", path=path)
    encoding = detect_encoding(path)

    def rows() -> Iterator[tuple[int, list[str], int]]:
        raw = open(path, "rb")
        text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        try:
            sample = text.read(64 * 1024)
            text.seek(0)
            header = sample.split("\n", 1)[0]
            delimiter = next((d for d in (",", ";", "\t", "|") if d in header), ",")
            reader = csv.reader(text, csv.excel, delimiter=delimiter)
            for i, cells in enumerate(reader, 1):
                yield i, [csv_unprotect(c) for c in cells], raw.tell()
        except csv.Error as exc:
            raise ImportFormatError(f"is not a readable CSV file ({exc})", path=path, where=f"row {i + 1}") from None
        finally:
            text.close()

    return size, rows()
