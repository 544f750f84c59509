"""What another file brings, checked before it is merged or imported: its schema version, and every value's
type against the record model (as the project's own tables declare it). A file that fails is refused whole,
with one line naming it (and the record)."""

from __future__ import annotations

import math
import sqlite3
from typing import Any, Callable

from mapper.domain.errors import Errors, MapperError
from mapper.domain.i18n import arg
from mapper.store import migrations
from mapper.store.geometry import check_blob, is_plain_point

_TEXT = ("TEXT", "DATE", "DATETIME")
_WHOLE = ("BOOLEAN", "INTEGER")
_GEOMETRY = ("POINT", "MULTIPOINT", "POLYGON", "MULTIPOLYGON", "GEOMETRY")
_NAMES = {str: "text", int: "a whole number", float: "a number", bytes: "binary data"}


def check_schema_version(conn: sqlite3.Connection, path, error: type[MapperError]) -> None:
    try:
        version = migrations.current_version(conn)
    except (ValueError, TypeError, OverflowError):
        raise error(Errors.tr("its schema version is damaged (not a number)"), path=path) from None
    if version > migrations.LATEST:
        raise error(arg(Errors.tr("was made by a newer version of Neighbourhood Mapper (schema %1, this app knows "
                                "%2); please update the app"), version, migrations.LATEST), path=path)


class ValueTypes:
    """The declared type of each column of the project's record tables."""

    def __init__(self, conn: sqlite3.Connection, tables):
        self.types = {t: {r[1]: (r[2] or "").upper() for r in conn.execute(f'PRAGMA table_info("{t}")')}
                      for t in tables}
        # the usual, quick cases: column -> the one type its values have (str for text, int for booleans...)
        self.usual = {t: {c: str if d in _TEXT else int if d in _WHOLE else bytes if d in _GEOMETRY else None
                          for c, d in cols.items()} for t, cols in self.types.items()}

    def suspect_sql(self, table: str, columns: list[str], alias: str = "") -> str | None:
        """An SQL expression, true for a row of ``table`` (named ``alias`` in the query) that may hold a value
        of a wrong type, so a merge of 100k records pays nothing in Python for the usual rows (``check`` then
        judges the few suspects). Only our plain point blobs pass unchecked; other geometries are always
        suspects. None when no column has a declared type to test."""
        tests = []
        for c in columns:
            declared = self.types[table].get(c, "")
            q = (f'{alias}.' if alias else "") + '"' + c.replace('"', '""') + '"'
            if declared in _TEXT:
                tests.append(f"typeof({q}) NOT IN ('text', 'null')")
            elif declared in _WHOLE:
                tests.append(f"typeof({q}) NOT IN ('integer', 'null')")
            elif declared == "REAL":
                tests.append(f"typeof({q}) NOT IN ('real', 'integer', 'null') OR abs({q}) = 9e999")
            elif declared in _GEOMETRY:
                tests.append(f"typeof({q}) NOT IN ('blob', 'null') OR ({q} IS NOT NULL AND NOT (length({q}) = 29 "
                             f"AND hex(substr({q}, 1, 4)) = '47500001' AND hex(substr({q}, 9, 5)) = '0101000000'))")
        return f"({' OR '.join(tests)})" if tests else None

    def suspect_py(self, table: str, columns: list[str], at: int) -> Callable[[list], int | None]:
        """``suspect_sql`` worked out in Python on a row read through JSON (``prefetch.rows_at_once``: its
        values from ``at`` on are ``columns``'; text came as str, integers as int, geometry blobs as bytes,
        and no real, no other blob and no text geometry came at all): 1, 0 or None, as SQLite gives. Twenty-odd
        ``typeof`` tests a row cost SQLite more than these type tests cost Python."""
        kinds: dict[str, list[int]] = {"text": [], "whole": [], "real": [], "geometry": []}
        for i, c in enumerate(columns, at):
            declared = self.types[table].get(c, "")
            kind = ("text" if declared in _TEXT else "whole" if declared in _WHOLE else "real" if declared == "REAL"
                    else "geometry" if declared in _GEOMETRY else None)
            if kind:
                kinds[kind].append(i)
        text, whole, real, geometry = (tuple(kinds[k]) for k in ("text", "whole", "real", "geometry"))

        def suspect(row: list) -> int | None:
            for i in text:
                if type(row[i]) is not str and row[i] is not None:
                    return 1
            for i in whole:
                if type(row[i]) is not int and row[i] is not None:
                    return 1
            for i in geometry:
                v = row[i]
                if v is not None and (type(v) is not bytes or len(v) != 29 or v[:4] != b"GP\x00\x01"
                                      or v[8:13] != b"\x01\x01\x00\x00\x00"):
                    return 1
            unknown = False  # abs(NULL) = 9e999 is NULL in SQL: so is the whole test unless a part is true
            for i in real:
                v = row[i]
                if v is None:
                    unknown = True
                elif type(v) not in (int, float) or v in (math.inf, -math.inf):
                    return 1
            return None if unknown else 0
        return suspect

    def problem(self, table: str, column: str, value: Any) -> str | None:
        """Why ``value`` cannot be stored in ``table.column`` (None when it can)."""
        if value is None:
            return None
        declared = self.types.get(table, {}).get(column, "")
        if declared in _GEOMETRY:
            if not isinstance(value, (bytes, bytearray, memoryview)):
                return f"{column} holds {_what(value)} where a geometry belongs"
            try:
                check_blob(bytes(value))
            except ValueError as exc:
                return f"its geometry cannot be read ({exc})"
            return None
        if declared in _TEXT:
            return None if isinstance(value, str) else f"{column} holds {_what(value)} where text belongs"
        if declared in _WHOLE:
            return None if isinstance(value, int) else f"{column} holds {_what(value)} where a whole number belongs"
        if declared == "REAL":
            ok = isinstance(value, (int, float)) and math.isfinite(value)
            return None if ok else f"{column} holds {_what(value)} where a finite number belongs"
        return None

    def check(self, table: str, values: dict[str, Any], *, path, where: str, error: type[MapperError]) -> None:
        usual = self.usual[table]
        for column, value in values.items():
            kind = type(value)
            if value is None or (kind is usual.get(column) and (kind is not bytes or is_plain_point(value))):
                continue  # the usual cases, quickly (a merge reads 100k records)
            found = self.problem(table, column, value)
            if found:
                raise error(arg(Errors.tr("refused: %1"), found), path=path, where=where)


def _what(value: Any) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return "an infinite number"
    return _NAMES.get(type(value), type(value).__name__)
