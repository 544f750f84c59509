"""The identifiers possible duplicates are looked up by (postcode, phone, website, charity number), in two
forms side by side: the Python normal form the duplicate search compares (``norm_*``) and a plain-SQL
twin that indexes (migration m011) and queries share, so a search around a few changed records reads
only the rows holding their identifiers instead of every record.

The SQL uses only SQLite's own deterministic functions (replace, trim, rtrim, substr, instr, typeof,
GLOB) and its NOCASE collation, never ``lower``/``LIKE`` (an ICU build folds those differently), so
QGIS, GDAL and the sqlite3 shell keep the indexes exactly as the app does. It cannot strip every
character Python does (no regular expressions), so each key comes with a test for the values it does
normalise exactly ("regular": plain ASCII made only of what it strips and keeps); the few other
values ("odd": brackets in a phone, accents, a number stored as REAL) sit in one partial index per
table and are always read, then judged in Python. Every row whose ``norm_*`` equals a wanted value is
therefore either found by its key or read as odd: the lookup misses nothing.
"""

from __future__ import annotations

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


def _sql_id(col: str) -> tuple[str, str]:
    """(key, regular) for ``norm_id``: spaces, hyphens and dots dropped, compared without case."""
    d = _strip(col, " -.")
    return f"({d}) COLLATE NOCASE", f"(typeof({col}) IN ('text', 'integer') AND {d} NOT GLOB '*[^0-9A-Za-z]*')"


def _sql_phone(col: str) -> tuple[str, str]:
    """(key, regular) for ``norm_phone``: the digits, a leading 44 written as 0."""
    d = _strip(col, " -()+./")
    return (f"(CASE WHEN substr({d}, 1, 2) = '44' THEN '0' || substr({d}, 3) ELSE {d} END)",
            f"(typeof({col}) IN ('text', 'integer') AND {d} NOT GLOB '*[^0-9]*')")


def _sql_web(col: str) -> tuple[str, str]:
    """(key, regular) for ``norm_web``: no scheme, no www., no trailing slash, compared without case."""
    t = f"trim({col})"
    at = f"instr({t}, '://')"
    s1 = (f"(CASE WHEN {at} > 1 AND substr({t}, 1, {at} - 1) NOT GLOB '*[^A-Za-z]*' "
          f"THEN substr({t}, {at} + 3) ELSE {t} END)")
    s2 = f"(CASE WHEN {s1} GLOB '[wW][wW][wW].*' THEN substr({s1}, 5) ELSE {s1} END)"
    return f"(rtrim({s2}, '/')) COLLATE NOCASE", f"(typeof({col}) = 'text' AND {col} NOT GLOB '*[^ -~]*')"


_SQL = {"id": _sql_id, "phone": _sql_phone, "web": _sql_web}

# table -> the duplicate search's kind of identifier -> (column, normal form)
KEYS: dict[str, dict[str, tuple[str, str]]] = {
    "assets": {"postcode": ("postcode", "id"), "phone": ("contact_phone", "phone"), "website": ("website", "web")},
    "groups": {"phone": ("contact_phone", "phone"), "website": ("website", "web"),
               "charity_number": ("charity_number", "id")},
}


def norm(kind_of_table: str, kind: str, value) -> str | None:
    """The normal form the search compares for identifier ``kind`` of a record of ``kind_of_table``."""
    return NORMS[KEYS[kind_of_table][kind][1]](value)


def odd_sql(table: str) -> str:
    """The rows of ``table`` holding an identifier the SQL keys may not normalise as Python does."""
    terms = []
    for col, form in KEYS[table].values():
        _key, regular = _SQL[form](col)
        terms.append(f"({col} IS NOT NULL AND NOT {regular})")
    return " OR ".join(terms)


def lookup_sql(table: str, kind: str) -> str:
    """The fids of ``table`` whose regular ``kind`` identifier is one of a JSON list of normal forms (?)."""
    col, form = KEYS[table][kind]
    key, _regular = _SQL[form](col)
    return f"SELECT fid FROM {table} WHERE {col} IS NOT NULL AND {key} IN (SELECT value FROM json_each(?))"


def odd_lookup_sql(table: str) -> str:
    return f"SELECT fid FROM {table} WHERE {odd_sql(table)}"


def index_sql(table: str) -> list[str]:
    """CREATE INDEX statements for ``table``'s identifier keys and its odd rows (what m011 runs)."""
    out = []
    for kind, (col, form) in KEYS[table].items():
        key, _regular = _SQL[form](col)
        out.append(f"CREATE INDEX IF NOT EXISTS {table}_pair_{kind}_idx ON {table}({key}) WHERE {col} IS NOT NULL")
    out.append(f"CREATE INDEX IF NOT EXISTS {table}_pair_odd_idx ON {table}(fid) WHERE {odd_sql(table)}")
    return out
