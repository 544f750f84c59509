"""Three-way import of spreadsheet and GeoJSON round trips.

Every exported asset or group row carries a *base* token: the record's packed versions when it was
exported (``nm_versions.versions``; the Read me explains the column and templates keep it). When the
file comes back, a cell is compared with the project and with that base:

- the same as the project now: nothing to do;
- the project's field still has the base version (nobody changed it since the export): the sheet's
  value is applied as a new edit;
- the project changed the field since the export and the sheet still has the exported value (found in
  history by the base version): the project's newer value stays;
- both changed it: the project's value stays and the sheet's is kept in ``nm_conflicts`` (status open,
  shown in Review), never a silent overwrite.

Rows without a token are newer edits of the columns present, as before.
"""

from __future__ import annotations

import json
from typing import Any

from mapper.store.stored import history_value, jsonable, to_text
from mapper.store.versions import unpack_versions

SHEET = "sheet"  # the replica part of a kept sheet value's version: "<base version>-sheet"
# Fields a file does not hold, worked out by the importer from a cell that it does: applied only with it
DERIVED = {"neighbourhood_fixed": "neighbourhood"}


def parse_base(token: Any, columns: list[str]) -> dict[str, str] | None:
    """{field: version} from a base token, or None when it is not one of ours (then: no token)."""
    if token is None or not str(token).strip():
        return None
    try:
        versions = unpack_versions(str(token).strip(), columns)
    except (ValueError, TypeError, AttributeError):
        return None
    if not isinstance(versions, dict) or not all(isinstance(v, str) for v in versions.values()):
        return None
    return versions


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b


def _exported_value(project, table: str, uuid: str, field: str, version: str) -> tuple[bool, Any]:
    row = project.conn.execute("SELECT new FROM nm_history WHERE tbl=? AND uuid=? AND field=? AND version=? "
                               "ORDER BY id DESC LIMIT 1", (table, uuid, field, version)).fetchone()
    if row is None:
        return False, None
    return True, json.loads(row[0]) if row[0] else None


def apply_from_base(project, table: str, uuid: str, changes: dict[str, Any], base: dict[str, str], *,
                    source: str | None) -> tuple[list[str], list[str]]:
    """Apply the cells of one row against its base (in the caller's transaction). Returns (fields
    changed, fields kept as conflicts)."""
    current = project.row(table, uuid) or {}
    versions = project.versions(table, uuid)
    apply: dict[str, Any] = {}
    clash: list[str] = []
    for field, value in changes.items():
        if field not in current or _same(current.get(field), value) or field in DERIVED:
            continue
        if versions.get(field) == base.get(field):  # untouched in the project since the export
            apply[field] = value
            continue
        found, exported = _exported_value(project, table, uuid, field, base.get(field) or "")
        if found and _same(exported, jsonable(history_value(table, field, value))):
            continue  # the sheet kept the exported value; the project's newer one stays
        clash.append(field)
    for field, from_field in DERIVED.items():  # a neighbourhood typed in the sheet is pinned; an unchanged one is not
        if from_field in apply and field in changes and field in current and not _same(current[field], changes[field]):
            apply[field] = changes[field]
    changed = project.update(table, uuid, apply) if apply else []
    if clash:
        stored_now = project.stored_row(table, uuid)
        theirs = project.to_stored(table, {f: changes[f] for f in clash}, uuid)
        versions = project.versions(table, uuid)
        project.conn.executemany(
            "INSERT OR IGNORE INTO nm_conflicts (tbl, uuid, field, kept_value, kept_version, other_value, "
            "other_version, other_source, kind, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'field', 'open')",
            [(table, uuid, f, to_text(stored_now.get(f)), versions.get(f), to_text(theirs.get(f)),
              _sheet_version(base.get(f), theirs.get(f)), source) for f in clash])
    return changed, clash


def _sheet_version(base: str | None, value: Any) -> str:
    """The kept sheet value's version: its base with a replica part of its own (so Review shows it as
    concurrent with the project's edit) and a digest of the value (another sheet value is another row)."""
    import hashlib

    digest = hashlib.sha256((to_text(value) or "").encode()).hexdigest()[:8]
    return f"{base or '0000000000000.00000.'}-{SHEET}{digest}"
