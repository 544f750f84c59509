"""Two-way sync with the central map on PostgreSQL/PostGIS (schema: ``pg_schema``).

One sync = rounds of *pull* then *push*:

- pull: everything with ``seq`` above this laptop's cursor (one REPEATABLE READ snapshot; the cursor
  becomes the snapshot's highest ``seq``) is written as an export package (plus one small package per
  layer of losing writes, so conflicts made between two other laptops reach this one's Review) and merged
  by ``merge_files``: the rules, conflicts and duplicates of ``mapper merge``. One transaction: a kill
  leaves the project as it was and the cursor unmoved.
- push: the outbox (records, decisions and losing writes changed here since the last push) goes up in ONE
  server transaction under the writers' advisory lock. If a record it sends was changed on the server
  after this laptop's pull, nothing is written: the next round pulls and merges it first (the merge is
  always made on a laptop, by the one engine). A kill before COMMIT leaves the server as it was.

The server never reads care needs: they go up only re-sealed to the coordinator's key by the privacy
layer's export filter, and only the coordinator's login can read them back.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any, Iterable

from mapper.domain.errors import MapperError, PrivacyError
from mapper.domain.i18n import arg, translate
from mapper.domain.records import DELETED
from mapper.store.project import TABLES
from mapper.store.stored import dump_stored
from mapper.sync.merge import merge_files
from mapper.sync.rules import from_text
from mapper.sync.targets import base, pg_write
from mapper.sync.targets.pg_schema import LOCK, RECORD_COLUMNS
from mapper.sync.targets.pg_values import (
    from_server,
    outbox_rows,
    outbox_tombstones,
    q,
    to_server,
    tomb_from_server,
)

MAX_ROUNDS = 60
CARE = "care_needs"


class SyncError(MapperError):
    """The server cannot be reached or used."""


def conninfo(spec: str) -> str:
    if spec.startswith(("postgresql://", "postgres://")) or "=" in spec:
        return spec
    return f"service={spec}"


def connect(spec: str):
    import psycopg

    try:
        return psycopg.connect(conninfo(spec), autocommit=True, connect_timeout=15,
                               application_name="neighbourhood-mapper")
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SyncError(arg(translate("Sync", "cannot connect to the server (%1)"), first), path=redact(spec)) from None


def redact(spec: str) -> str:
    """The target without any password (never stored, never shown)."""
    from urllib.parse import urlsplit, urlunsplit

    if spec.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(spec)
        if parts.password is not None:
            host = parts.netloc.rsplit("@", 1)[1]
            return urlunsplit(parts._replace(netloc=f"{parts.username}@{host}"))
    return spec


def has_password(spec: str) -> bool:
    return redact(spec) != spec or "password=" in spec.replace(" ", "").lower()


def _cols(table: str, local: list[str]) -> list[str]:
    return [c for c in local if c in RECORD_COLUMNS[table]]


# ---- the target -------------------------------------------------------------------------------------
class PostgisTarget:
    def __init__(self, spec: str):
        if has_password(spec):
            raise SyncError(translate("Sync", "a password must not be part of the target; put it in ~/.pgpass, a "
                                              "libpq service file or PGPASSWORD (see the README)"), path=redact(spec))
        self.spec = spec

    def __str__(self) -> str:
        return redact(self.spec)

    def sync(self, project, *, coordinator_key: Path | None = None,
             progress: base.SyncProgress | None = None) -> base.SyncReport:
        report = base.SyncReport(str(self))
        base.report_progress(progress, 0, 3, "connecting")
        with connect(self.spec) as conn:
            session = _Session(conn, project, coordinator_key, report, progress)
            session.run()
        report.at = base.mark_synced(project)
        return report


class _Session:
    def __init__(self, conn, project, coordinator_key, report: base.SyncReport, progress):
        self.conn, self.project, self.report, self.progress = conn, project, report, progress
        self.key = coordinator_key
        try:
            row = conn.execute("SELECT value FROM mapper.server_info WHERE key='replica_id'").fetchone()
        except Exception:  # noqa: BLE001 - any failure here means the schema is not there
            raise SyncError(translate("Sync", "the server has no Neighbourhood Mapper schema yet; run: mapper server "
                                              "init DSN"),
                            path=redact(project.setting(base.TARGET_SETTING) or "")) from None
        self.server = row[0]
        self.coordinator = conn.execute(
            "SELECT pg_has_role('mapper_coordinator', 'MEMBER') OR rolsuper FROM pg_roles "
            "WHERE rolname = current_user").fetchone()[0]
        self.cursor_key = f"sync_cursor:{self.server}"
        self.losers_key = f"sync_losers_sent:{self.server}"
        self.pulled: dict[tuple[str, str], str] = {}
        self.cols = {t: _cols(t, project.columns(t)) for t in TABLES}

    @property
    def cursor(self) -> int:
        return int(self.project.setting(self.cursor_key) or 0)

    def run(self) -> None:
        with self.project.transaction() as conn:
            base.ensure_outbox(conn)
        for _ in range(MAX_ROUNDS):
            self.report.rounds += 1
            base.report_progress(self.progress, 1, 3, "receiving changes")
            self.pull()
            base.report_progress(self.progress, 2, 3, "sending changes")
            if self.push():
                base.report_done(self.progress, 3)
                return
        raise SyncError(translate("Sync", "the server kept changing while this laptop synced; try again in a minute"),
                        path=str(self.report.target))

    def head(self) -> int:
        parts = ", ".join(f"(SELECT coalesce(max(seq), 0) FROM mapper.{t})"
                          for t in (*TABLES, "tombstones", "decisions", "losers"))
        return int(self.conn.execute(f"SELECT greatest({parts})").fetchone()[0])

    # ---- pull ----------------------------------------------------------------------------------
    def pull(self) -> None:
        cursor = self.cursor
        incoming = base.Incoming()
        losers: list[tuple] = []
        with self.conn.transaction():
            self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            head = self.head()
            if head == cursor:
                return
            for table in TABLES:
                if table == CARE and not self.coordinator:
                    continue
                cols = self.cols[table]
                sel = ", ".join("ST_AsBinary(geom)" if c == "geom" else f'"{c}"' for c in cols)
                local_cols = self.project.columns(table)
                at = [cols.index(c) if c in cols else None for c in local_cols]
                rows = []
                cur = self.conn.cursor()
                cur.execute(f"SELECT uuid, versions, {sel} FROM mapper.{table} WHERE seq > %s", (cursor,))
                for uuid, versions, *values in cur:
                    rows.append((uuid, *[None if i is None else from_server(table, cols[i], values[i])
                                         for i in at]))
                    incoming.versions.append((table, uuid, versions or "{}"))
                    self.pulled[(table, uuid)] = versions
                if rows:
                    incoming.rows[table] = rows
            for tbl, uuid, version, data, versions in self.conn.execute(
                    "SELECT tbl, uuid, version, data, versions FROM mapper.tombstones WHERE seq > %s", (cursor,)):
                if tbl not in TABLES or (tbl == CARE and not self.coordinator):
                    continue
                incoming.tombstones.append((tbl, uuid, version, tomb_from_server(tbl, data)))
                incoming.versions.append((tbl, uuid, versions))
                self.pulled[(tbl, uuid)] = versions
            for kind, key, value, version, author in self.conn.execute(
                    "SELECT kind, key, value, version, author FROM mapper.decisions WHERE seq > %s", (cursor,)):
                incoming.decisions.append((kind, key, value, version, author))
                self.pulled[(base.DECISIONS, f"{kind}{base.SEP}{key}")] = version
            losers = self.conn.execute("SELECT tbl, uuid, field, version, value FROM mapper.losers WHERE seq > %s "
                                       "ORDER BY tbl, uuid, field, version", (cursor,)).fetchall()
        with tempfile.TemporaryDirectory(prefix="nm-sync-") as tmp:
            files = []
            if len(incoming):
                files.append(base.write_package(Path(tmp) / f"server-{self.server}-{head}.gpkg", incoming,
                                                replica=self.server, author="central map"))
            for i, layer in enumerate(self._loser_layers(losers)):
                files.append(base.write_package(Path(tmp) / f"server-{self.server}-{head}-kept-{i + 1}.gpkg",
                                                layer, replica=self.server, author="central map"))
            if files:
                summary = merge_files(self.project, files, progress=self._merge_progress)
                self.report.merged.append(summary)
                self.report.pulled += len(incoming.versions)
                self.report.conflicts += summary.conflicts
        self.project.set_setting(self.cursor_key, str(head))

    def _merge_progress(self, done: int, total: int, message: str):
        if self.progress is None:
            return None
        return self.progress(1, 3, f"merging: {message}")

    def _loser_layers(self, losers: list[tuple]) -> list[base.Incoming]:
        """Losing writes as packages whose records carry only those fields (the k-th loser of a field goes
        to layer k): merged after the winners, each is kept as a conflict exactly as ``mapper merge`` would."""
        layers: list[base.Incoming] = []
        slots: dict[tuple[str, str, str], int] = {}
        per: dict[tuple[int, str, str], dict[str, tuple[str, Any]]] = {}
        for tbl, uuid, f, version, value in losers:
            if tbl not in TABLES or tbl == CARE:
                continue
            k = slots.get((tbl, uuid, f), 0)
            slots[(tbl, uuid, f)] = k + 1
            per.setdefault((k, tbl, uuid), {})[f] = (version, from_text(value))
        for (k, tbl, uuid), fields in sorted(per.items()):
            while len(layers) <= k:
                layers.append(base.Incoming())
            layer = layers[k]
            local_cols = self.project.columns(tbl)
            values = {c: v for c, (_ver, v) in fields.items() if c != DELETED}
            versions = json.dumps({c: ver for c, (ver, _v) in fields.items()}, sort_keys=True)
            layer.versions.append((tbl, uuid, versions))
            if DELETED in fields and fields[DELETED][1]:
                layer.tombstones.append((tbl, uuid, fields[DELETED][0], dump_stored(values)))
            else:
                row = [values.get(c) for c in local_cols]
                if "name" in local_cols and row[local_cols.index("name")] is None:
                    row[local_cols.index("name")] = ""
                layer.rows.setdefault(tbl, []).append((uuid, *row))
        return layers

    # ---- push ----------------------------------------------------------------------------------
    def push(self) -> bool:
        """Send the outbox. False: the server changed some of these records since the pull (pull again).

        Records stream from SQLite into COPY (``pg_values.outbox_rows``); only care needs (sealed by the
        privacy layer first) and tombstones pass through Python one by one."""
        project, conn = self.project, self.project.conn
        box = base.outbox(conn)
        waiting = box.waiting
        skip = self._unchanged_since_pull()
        keep: list[tuple[str, str]] = []
        care: list[tuple] = []
        dead: dict[str, list[tuple]] = {}
        if waiting.get(CARE):
            care, dead[CARE], held = self._care_needs(base.outbox_uuids(conn, box, CARE), skip)
            keep.extend((CARE, u) for u in held)
        for table in TABLES:
            if table != CARE and waiting.get(table):
                dead[table] = [r for r in outbox_tombstones(conn, box, table) if (table, r[0]) not in skip]
        decisions = self._decisions(base.outbox_uuids(conn, box, base.DECISIONS)) if waiting.get(base.DECISIONS) \
            else []
        last_loser = int(project.setting(self.losers_key) or 0)
        losers = conn.execute(
            "SELECT id, tbl, uuid, field, other_version, other_value, other_source FROM nm_conflicts "
            "WHERE id > ? AND kind = 'field' AND tbl != ? ORDER BY id", (last_loser, CARE)).fetchall()
        records = care or any(dead.values()) or any(waiting.get(t) for t in TABLES if t != CARE)
        sent = 0
        if records or decisions or losers:
            cursor = self.cursor
            with self.conn.transaction():
                self.conn.execute("SET LOCAL mapper.sync = 'on'")
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
                before = self.head()
                if before != cursor and self._moved(cursor, box, skip, care, dead, decisions):
                    return False
                seq = self.conn.execute("SELECT nextval('mapper.change_seq')").fetchone()[0]  # one push, one seq
                texts: set[str] = set()
                for table in TABLES:
                    if table == CARE:
                        chunks: Iterable[list[tuple]] = [[(r[0], r[1], seq, *r[2:]) for r in care]]
                    elif waiting.get(table):
                        chunks = outbox_rows(conn, box, table, self.cols[table], seq)
                        if any(t == table for t, _u in skip):
                            chunks = ([r for r in chunk if (table, r[0]) not in skip] for chunk in chunks)
                    else:
                        continue
                    sent += pg_write.write_records(self.conn, table, self.cols[table], chunks, dead.get(table, []),
                                                   seq, texts, self._tick, waiting.get(table, 0))
                pg_write.write_decisions(self.conn, decisions, seq)
                pg_write.write_losers(self.conn, losers, seq)
                pg_write.grow_knowledge(self.conn, texts)
                after = self.head()
            if before == cursor:
                project.set_setting(self.cursor_key, str(after))
            if losers:
                project.set_setting(self.losers_key, str(losers[-1][0]))
        base.clear_outbox(project, box.top, keep)
        self.report.pushed += sent + len(decisions)
        return True

    def _tick(self) -> None:
        base.report_progress(self.progress, 2, 3, "sending changes")

    def _unchanged_since_pull(self) -> set[tuple[str, str]]:
        """Records this session pulled whose versions here are still the pulled ones: nothing to send back."""
        by_table: dict[str, list[str]] = {}
        for tbl, uuid in self.pulled:
            if tbl in TABLES:
                by_table.setdefault(tbl, []).append(uuid)
        same: set[tuple[str, str]] = set()
        for tbl, uuids in by_table.items():
            for i in range(0, len(uuids), 500):
                part = uuids[i:i + 500]
                same.update((tbl, u) for u, v in self.project.conn.execute(
                    f"SELECT uuid, versions FROM nm_versions WHERE tbl=? AND uuid IN ({','.join('?' * len(part))})",
                    (tbl, *part)) if base.same_versions(v, self.pulled[(tbl, u)]))
        return same

    def _care_needs(self, uuids: list[str], skip: set) -> tuple[list[tuple], list[tuple], list[str]]:
        """(live rows as the server takes them, tombstones, uuids held back) of the care needs waiting."""
        rows, tombs, versions = base.local_state(self.project, CARE, uuids)
        rows, tombs, held = self._sealed(rows, tombs)
        local_cols = self.project.columns(CARE)
        cols = self.cols[CARE]
        pick = [local_cols.index(c) for c in cols]
        live, dead = [], []
        for uuid in uuids:
            v = versions.get(uuid)
            if v is None or (CARE, uuid) in skip:
                continue
            if uuid in rows:
                live.append((uuid, v, *to_server(CARE, cols, [rows[uuid][i] for i in pick])))
            elif uuid in tombs:
                dead.append((uuid, v, *tombs[uuid]))
        return live, dead, held

    def _sealed(self, rows: dict, tombs: dict) -> tuple[dict, dict, list[str]]:
        """Care needs as the privacy layer's export filter leaves them: re-sealed to the coordinator's key,
        or (no key, or locked) not sent at all and kept in the outbox for later."""
        from mapper.privacy.export_filter import filter_export

        held = list(rows) + list(tombs)
        if not held or self.key is None:
            return {}, {}, held
        cols = self.project.columns(CARE)
        mem = sqlite3.connect(":memory:", isolation_level=None)
        try:
            mem.execute(f"CREATE TABLE {CARE} (uuid TEXT, {q(cols)})")
            mem.execute("CREATE TABLE nm_tombstones (tbl TEXT, uuid TEXT, version TEXT, data TEXT)")
            mem.executemany(f"INSERT INTO {CARE} VALUES ({','.join('?' * (len(cols) + 1))})",
                            [(u, *r) for u, r in rows.items()])
            mem.executemany("INSERT INTO nm_tombstones VALUES (?, ?, ?, ?)",
                            [(CARE, u, v, d) for u, (v, d) in tombs.items()])
            try:
                filter_export(mem, self.project, public=False, coordinator_key=self.key)
            except PrivacyError:
                return {}, {}, held
            rows = {r[0]: r[1:] for r in mem.execute(f"SELECT uuid, {q(cols)} FROM {CARE}")}
            tombs = {r[0]: r[1:] for r in mem.execute("SELECT uuid, version, data FROM nm_tombstones")}
        finally:
            mem.close()
        return rows, tombs, []

    def _decisions(self, keys: list[str]) -> list[tuple]:
        out = []
        for key in keys:
            kind, k = key.split(base.SEP, 1)
            if kind != "checkpoint" and not self.coordinator:
                continue  # a mapper's login may not send review decisions (the coordinator's Review does)
            row = self.project.conn.execute("SELECT kind, key, value, version, author FROM nm_decisions "
                                            "WHERE kind=? AND key=?", (kind, k)).fetchone()
            if row and not (self.pulled.get((base.DECISIONS, key)) == row[3]):
                out.append(row)
        return out

    def _moved(self, cursor: int, box: base.Outbox, skip: set, care: list[tuple], dead: dict,
               decisions: list[tuple]) -> bool:
        for table in TABLES:
            if table == CARE:
                uuids = [r[0] for r in care] + [r[0] for r in dead.get(CARE, [])]
            else:
                uuids = [u for u in base.outbox_uuids(self.project.conn, box, table) if (table, u) not in skip]
            if not uuids:
                continue
            if self.conn.execute(f"SELECT 1 FROM mapper.{table} WHERE uuid = ANY(%s) AND seq > %s LIMIT 1",
                                 (uuids, cursor)).fetchone():
                return True
            if self.conn.execute("SELECT 1 FROM mapper.tombstones WHERE tbl = %s AND uuid = ANY(%s) AND seq > %s "
                                 "LIMIT 1", (table, uuids, cursor)).fetchone():
                return True
        for kind, key, *_rest in decisions:
            if self.conn.execute("SELECT 1 FROM mapper.decisions WHERE kind=%s AND key=%s AND seq > %s",
                                 (kind, key, cursor)).fetchone():
                return True
        return False
