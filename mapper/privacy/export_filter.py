"""What of the care needs an export may carry: ``filter_export`` filters a copy in place (the PostGIS
target's in-memory rows); ``write_sealed_care_needs`` and the ``CARE_*`` predicates serve the GeoPackage
export, which is written once from the project and never holds an unsealed value, even for a moment.

* public export: no care needs at all (rows, versions, tombstones, history, conflicts, attachments).
* export without a coordinator key: the same - care needs never leave the laptop unless sealed.
* export with a coordinator key: each sensitive value is re-sealed to the coordinator's public key
  (the approximate point included - the coordinator is the one reader allowed it); the mapper's own
  passphrase-sealed values never leave.

In every export: history keeps no care-need values, the access log and the passphrase's salt and key-check
value are dropped (they would let anyone test guesses offline), and so is any coordinator private key.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mapper.domain.errors import PrivacyError
from mapper.domain.i18n import translate
from mapper.privacy.access_log import log_access
from mapper.privacy.codec import SENSITIVE, TABLE, PassphraseCodec, seal_to
from mapper.privacy.keys import fingerprint, load_public_key
from mapper.privacy.setup import CHECK_KEY, PRIVATE_KEY, is_protected
from mapper.store.codec import PRIVACY_KEY
from mapper.store.connection import quoted
from mapper.store.stored import dump_stored, load_stored

NEVER_EXPORTED_SETTINGS = (PRIVACY_KEY, CHECK_KEY, PRIVATE_KEY)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def export_recipient(*, public: bool, coordinator_key: Path | str | None):
    """The coordinator's public key care needs are sealed to, or None (they are not exported at all).
    A bad key file fails here, before anything is written."""
    if coordinator_key is not None and not public:
        return load_public_key(coordinator_key)
    return None


def filter_export(export_conn: sqlite3.Connection, project, *, public: bool,
                  coordinator_key: Path | str | None = None) -> int:
    """Filter the export copy in place. Returns how many care needs it still carries (sealed)."""
    recipient = export_recipient(public=public, coordinator_key=coordinator_key)
    export_conn.execute("PRAGMA secure_delete = ON")
    own = not export_conn.in_transaction
    if own:
        export_conn.execute("BEGIN IMMEDIATE")
    try:
        tables = _tables(export_conn)
        if recipient is None:
            kept = 0
            _drop_care_needs(export_conn, tables)
        else:
            kept = _reseal(export_conn, project, recipient)
        _scrub(export_conn, tables)
        if own:
            export_conn.execute("COMMIT")
    except BaseException:
        if own:
            export_conn.execute("ROLLBACK")
        raise
    if recipient is not None:
        log_sealed(project, kept, recipient)
    return kept


def log_sealed(project, kept: int, recipient) -> None:
    log_access(project, "export", f"{kept} care needs sealed to coordinator key {fingerprint(recipient)}")


# ---- an export written once (INSERT ... SELECT from the project attached as ``src``) --------------------
# SQL predicates over rows of the attached project: a row they reject is never written.
CARE_TOMBSTONE = f"tbl != '{TABLE}'"  # care-need tombstones are written only by write_sealed_care_needs


def care_history(recipient) -> tuple[str, str, str]:
    """(predicate, old, new) for ``nm_history`` rows: with a coordinator key a care need's history stays
    without its values; without one it is not exported."""
    if recipient is None:
        return f"tbl != '{TABLE}'", "old", "new"
    return ("1", f"CASE WHEN tbl = '{TABLE}' THEN NULL ELSE old END",
            f"CASE WHEN tbl = '{TABLE}' THEN NULL ELSE new END")


def care_attachment(src: str) -> str:
    """Files attached to care needs (live or deleted) are not sealed, so they never leave the laptop."""
    return (f'NOT EXISTS (SELECT 1 FROM {src}."{TABLE}" c WHERE c.uuid = record_uuid) AND NOT EXISTS '
            f"(SELECT 1 FROM {src}.nm_tombstones t WHERE t.tbl = '{TABLE}' AND t.uuid = record_uuid)")


def settings_allowed(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in keys if k not in NEVER_EXPORTED_SETTINGS)


def write_sealed_care_needs(conn: sqlite3.Connection, project, recipient, src: str) -> int:
    """Copy the care needs and their tombstones from ``src`` into ``conn``'s main database, each sensitive
    value re-sealed to ``recipient`` in memory first (nothing the mapper's passphrase sealed, nor any
    plaintext, is ever written). Nothing without a recipient. Returns how many care needs it wrote."""
    if recipient is None:
        return 0
    opener = _opener(project)  # locked needs: refused before anything is written
    cols = [r[1] for r in conn.execute(f'PRAGMA {src}.table_info("{TABLE}")')]
    at = cols.index("uuid")
    sensitive = [(i, c) for i, c in enumerate(cols) if c in SENSITIVE]
    rows = []
    for row in conn.execute(f'SELECT {", ".join(quoted(c) for c in cols)} FROM {src}."{TABLE}"').fetchall():
        row, uuid = list(row), row[at]
        for i, c in sensitive:
            row[i] = seal_to(recipient, uuid, c, opener(c, row[i], uuid))
        rows.append(row)
    conn.executemany(f'INSERT INTO main."{TABLE}" ({", ".join(quoted(c) for c in cols)}) VALUES '
                     f'({", ".join("?" for _ in cols)})', rows)
    tombs = [(TABLE, uuid, version, _sealed_tombstone(data, uuid, recipient, opener)) for uuid, version, data
             in conn.execute(f"SELECT uuid, version, data FROM {src}.nm_tombstones WHERE tbl=?", (TABLE,)).fetchall()]
    conn.executemany("INSERT INTO main.nm_tombstones (tbl, uuid, version, data) VALUES (?, ?, ?, ?)", tombs)
    return len(rows)



def _drop_care_needs(conn: sqlite3.Connection, tables: set[str]) -> None:
    _drop_attachments(conn, tables)
    if TABLE in tables:
        conn.execute(f'DELETE FROM "{TABLE}"')
    for table in ("nm_versions", "nm_tombstones", "nm_history", "nm_conflicts", "nm_duplicates"):
        if table in tables:
            conn.execute(f'DELETE FROM "{table}" WHERE tbl=?', (TABLE,))


def _opener(project):
    """A function opening one stored value of the project (its unlocked codec, or plaintext)."""
    codec = project.codec
    if isinstance(codec, PassphraseCodec):
        return lambda field, stored, uuid: codec.open(TABLE, field, stored, uuid)
    if is_protected(project):
        raise PrivacyError(translate("Privacy", "care needs are locked; unlock them to export them for the "
                                                "coordinator"),
                           path=project.path)
    return lambda field, stored, uuid: stored


def _reseal(conn: sqlite3.Connection, project, recipient) -> int:
    opener = _opener(project)
    cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{TABLE}")') if r[1] in SENSITIVE]
    rows = conn.execute(f'SELECT uuid, {", ".join(cols)} FROM "{TABLE}"').fetchall()
    for uuid, *stored in rows:
        sealed = [seal_to(recipient, uuid, c, opener(c, v, uuid)) for c, v in zip(cols, stored)]
        sets = ", ".join(f'"{c}"=?' for c in cols)
        conn.execute(f'UPDATE "{TABLE}" SET {sets} WHERE uuid=?', (*sealed, uuid))
    for uuid, data in conn.execute("SELECT uuid, data FROM nm_tombstones WHERE tbl=?", (TABLE,)).fetchall():
        conn.execute("UPDATE nm_tombstones SET data=? WHERE tbl=? AND uuid=?",
                     (_sealed_tombstone(data, uuid, recipient, opener), TABLE, uuid))
    return len(rows)


def _sealed_tombstone(data: str | None, uuid: str, recipient, opener) -> str:
    """A deleted care need's stored values with each sensitive one re-sealed to ``recipient``."""
    values = load_stored(data) if data else {}
    for c in [c for c in values if c in SENSITIVE]:
        values[c] = seal_to(recipient, uuid, c, opener(c, values[c], uuid))
    return dump_stored(values)


def _drop_attachments(conn: sqlite3.Connection, tables: set[str]) -> None:
    """Files attached to care needs are not sealed, so they never leave the laptop."""
    if "attachments" in tables and TABLE in tables:
        conn.execute(f'DELETE FROM attachments WHERE record_uuid IN (SELECT uuid FROM "{TABLE}") '
                     "OR record_uuid IN (SELECT uuid FROM nm_tombstones WHERE tbl=?)", (TABLE,))


def _scrub(conn: sqlite3.Connection, tables: set[str]) -> None:
    _drop_attachments(conn, tables)
    if "nm_history" in tables:
        conn.execute("UPDATE nm_history SET old=NULL, new=NULL WHERE tbl=?", (TABLE,))
    if "nm_conflicts" in tables:
        conn.execute("DELETE FROM nm_conflicts WHERE tbl=?", (TABLE,))
    if "nm_access_log" in tables:
        conn.execute("DELETE FROM nm_access_log")
    if "nm_settings" in tables:
        conn.executemany("DELETE FROM nm_settings WHERE key=?", [(k,) for k in NEVER_EXPORTED_SETTINGS])
