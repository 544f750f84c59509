"""CSV: UTF-8 with a BOM (so Excel shows accents), one file per record kind, formula-looking text protected;
read streaming by ``mapper.domain.cells.read_csv`` (encoding and delimiter detected) with progress by bytes."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any, Iterator

from mapper.domain import cells
from mapper.formats.tabular import cell_rows, headers


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return cells.protect(str(v))


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


def read_csv(path: Path, warn=None) -> tuple[int, Iterator[tuple[int, list[str], int]]]:
    """(file size, iterator of (row number, cells, bytes read so far)): ``mapper.domain.cells.read_csv``."""
    return cells.read_csv(path, warn)
