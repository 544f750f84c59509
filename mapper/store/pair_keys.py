"""The identifiers possible duplicates are looked up by (postcode, phone, website, charity number), in two
forms side by side: the Python normal form the duplicate search compares (``norm_*``) and a plain-SQL
twin that indexes (migration m012) and queries share, so a search around a few changed records reads
only the rows holding their identifiers instead of every record.

The SQL uses only SQLite's own deterministic functions (replace, trim, rtrim, substr, instr, typeof,
GLOB) and its NOCASE collation, never ``lower``/``LIKE`` (an ICU build folds those differently), so
QGIS, GDAL and the sqlite3 shell keep the indexes exactly as the app does. It cannot strip every
character Python does (no regular expressions), so each key is computed only for the values it
normalises exactly ("regular": plain ASCII made only of what it strips and keeps); every other value
("odd": brackets in a postcode, accents, a number stored as REAL) gets the key '' and is read with
every lookup of its column, then judged in Python. Every row whose ``norm_*`` equals a wanted value is
therefore found: the lookup misses nothing (tests/test_duplicates_around.py, a property test).
"""

from __future__ import annotations

import json
import re

# ---- the Python normal forms (what the duplicate search compares) ------------------------------------


def norm_phone(text) -> str | None:
    if not text:
        return None
    digits = re.sub(r"\D", "", str(text))
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    return digits if len(digits) >= 6 else None


def norm_web(text) -> str | None:
    if not text:
        return None
    t = str(text).strip().lower()
    t = re.sub(r"^[a-z]+://", "", t)
    t = re.sub(r"^www\.", "", t).rstrip("/")
    return t or None


def norm_id(text) -> str | None:
    if not text:
        return None
    t = re.sub(r"[^0-9a-z]", "", str(text).lower())
    return t or None


NORMS = {"id": norm_id, "phone": norm_phone, "web": norm_web}

# ---- their SQL twins -----------------------------------------------------------------------------------


def _strip(col: str, chars: str) -> str:
    out = col
    for ch in chars:
        out = f"replace({out}, '{ch}', '')"
    return out


# (regular, key of a regular value, collation) per normal form; a regular value's key equals its norm_*
# (for phones: or is 44 where the norm has its leading 0)
_FORMS = {
    "id": (lambda c: f"typeof({c}) IN ('text', 'integer') AND {c} NOT GLOB '*[^0-9A-Za-z .-]*'",
           lambda c: _strip(c, " -."), " COLLATE NOCASE"),
    "phone": (lambda c: f"typeof({c}) IN ('text', 'integer') AND {c} NOT GLOB '*[^0-9 ()+./-]*'",
              lambda c: _strip(c, " -()+./"), ""),
    "web": (lambda c: f"typeof({c}) = 'text' AND {c} NOT GLOB '*[^ -~]*'", lambda c: _web(c), " COLLATE NOCASE"),
}


def _web(col: str) -> str:
    """No scheme, no www., no trailing slash (``norm_web`` of a value of plain ASCII)."""
    t = f"trim({col})"
    at = f"instr({t}, '://')"
    s1 = (f"(CASE WHEN {at} > 1 AND substr({t}, 1, {at} - 1) NOT GLOB '*[^A-Za-z]*' "
          f"THEN substr({t}, {at} + 3) ELSE {t} END)")
    s2 = f"(CASE WHEN {s1} GLOB '[wW][wW][wW].*' THEN substr({s1}, 5) ELSE {s1} END)"
    return f"rtrim({s2}, '/')"


def _key(col: str, form: str) -> str:
    regular, key, collate = _FORMS[form]
    return f"(CASE WHEN {regular(col)} THEN {key(col)} ELSE '' END){collate}"


# table -> the duplicate search's kind of identifier -> (column, normal form)
KEYS: dict[str, dict[str, tuple[str, str]]] = {
    "assets": {"postcode": ("postcode", "id"), "phone": ("contact_phone", "phone"), "website": ("website", "web")},
    "groups": {"phone": ("contact_phone", "phone"), "website": ("website", "web"),
               "charity_number": ("charity_number", "id")},
}


def norm(table: str, kind: str, value) -> str | None:
    """The normal form the search compares for identifier ``kind`` of a record of ``table``."""
    return NORMS[KEYS[table][kind][1]](value)


def holders_sql(table: str, kind: str) -> str:
    """The fids of ``table`` whose ``kind`` key is in a JSON list (?): see ``holders``."""
    col, form = KEYS[table][kind]
    return f"SELECT fid FROM {table} WHERE {col} IS NOT NULL AND {_key(col, form)} IN (SELECT value FROM json_each(?))"


def holders(conn, table: str, kind: str, values) -> set[int]:
    """The fids of ``table`` that may hold identifier ``kind`` in one of the normal forms ``values``:
    every row whose norm is one of them, and the column's odd rows (and a few others, for Python to judge)."""
    keys = {""}
    for v in values:
        keys.add(v)
        if KEYS[table][kind][1] == "phone" and v.startswith("0"):
            keys.add("44" + v[1:])  # norm_phone writes a leading 44 as 0
    return {f for (f,) in conn.execute(holders_sql(table, kind), (json.dumps(sorted(keys)),))}


def index_sql(table: str) -> list[str]:
    """CREATE INDEX statements for ``table``'s identifier keys (what m012 runs)."""
    return [f"CREATE INDEX IF NOT EXISTS {table}_pair_{kind}_idx ON {table}({_key(col, form)}) WHERE {col} IS NOT NULL"
            for kind, (col, form) in KEYS[table].items()]
