"""What one push writes on the central map's server, inside the push's transaction (``postgis._Session.push``).

Records stream into COPY in chunks through three threads: a helper reads the next chunk from SQLite
(``read_ahead``), the caller's thread encodes the last one, psycopg's writer thread (``QueuedLibpqWriter``)
sends what is encoded. Into an empty table (a first sync) they are copied
straight in, and when many (``FIRST_LOAD_MIN``) through ``mapper.first_load`` (``pg_schema``): the table's
indexes, constraints and tracking trigger are dropped for the COPY and built again in one pass after it
(sorted builds instead of one index insert per row). Into a table that holds records they go through a
temporary table: UPDATE the records the server has, INSERT the rest (not ON CONFLICT DO UPDATE, which needs
SELECT on every column: a mapper's login may write care needs but never read them back).
"""

from __future__ import annotations

import json
import operator
import queue
import threading
from typing import Callable, Iterable, Iterator

from mapper.sync.rules import replica_of
from mapper.sync.targets.pg_schema import RECORD_COLUMNS
from mapper.sync.targets.pg_values import q, tomb_to_server

FIRST_LOAD_MIN = 5000  # records: below this, dropping and building the indexes costs more than it saves


def _first_load(conn, table: str, many: int) -> bool:
    """Whether ``mapper.first_load`` took the empty ``table`` for a bulk load (false: the ordinary way)."""
    if many < FIRST_LOAD_MIN:
        return False
    ok = conn.execute("SELECT p IS NOT NULL AND has_function_privilege(p, 'EXECUTE') "
                      "FROM to_regprocedure('mapper.first_load(text)') p").fetchone()[0]
    return bool(ok) and bool(conn.execute("SELECT mapper.first_load(%s)", (table,)).fetchone()[0])


class _Failed:
    def __init__(self, exc: BaseException):
        self.exc = exc


def read_ahead(chunks: Iterator[list[tuple]], depth: int = 2) -> Iterator[list[tuple]]:
    """``chunks`` read on a helper thread, up to ``depth`` ahead: SQLite reads the next chunk (without the GIL)
    while the caller's thread encodes the last one for COPY. The helper uses the chunks' SQLite connection only
    until this generator ends or is closed (closing it waits for the helper)."""
    box: queue.Queue = queue.Queue(depth)
    stop = threading.Event()
    end = object()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                box.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for chunk in chunks:
                if not put(chunk):
                    return
        except BaseException as exc:  # noqa: BLE001 - raised again on the caller's thread
            put(_Failed(exc))
            return
        finally:
            getattr(chunks, "close", lambda: None)()
        put(end)

    helper = threading.Thread(target=run, name="sync-read-ahead", daemon=True)
    helper.start()
    try:
        while (item := box.get()) is not end:
            if isinstance(item, _Failed):
                raise item.exc
            yield item
    finally:
        stop.set()
        helper.join()


def write_records(conn, table: str, cols: list[str], live: Iterable[list[tuple]], dead: list[tuple], seq: int,
                  texts: set[str], tick: Callable[[], None], many: int = 0) -> int:
    """Write ``live`` rows ((uuid, versions, seq, *server values of ``cols``), in chunks; ``tick`` between
    chunks) and ``dead`` tombstones of ``table``; about ``many`` rows are expected. Returns how many."""
    if not isinstance(live, list):
        chunks = read_ahead(iter(live))
        try:
            return _write_records(conn, table, cols, chunks, dead, seq, texts, tick, many)
        finally:
            chunks.close()
    return _write_records(conn, table, cols, live, dead, seq, texts, tick, many)


def _write_records(conn, table: str, cols: list[str], live: Iterable[list[tuple]], dead: list[tuple], seq: int,
                   texts: set[str], tick: Callable[[], None], many: int) -> int:
    from psycopg.copy import QueuedLibpqWriter

    names = q(["uuid", "versions", "seq", *cols])
    empty = not conn.execute(f"SELECT EXISTS (SELECT id FROM mapper.{table})").fetchone()[0]
    bulk = False
    if empty:
        dest = f"mapper.{table}"
        bulk = _first_load(conn, table, many)
    else:
        types = ", ".join(f'"{c}" ' + ("geometry" if c == "geom" else RECORD_COLUMNS[table][c].split(" NOT NULL")[0])
                          for c in cols)
        dest = f"in_{table}"
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {dest} (uuid text, versions text, seq bigint, {types})")
        conn.execute(f"TRUNCATE {dest}")
    with conn.cursor() as cur:
        with cur.copy(f"COPY {dest} ({names}) FROM STDIN", writer=QueuedLibpqWriter(cur)) as copy:
            write = copy.write_row
            for chunk in live:
                for row in chunk:
                    write(row)
                texts.update(map(operator.itemgetter(1), chunk))
                tick()  # Cancel: the transaction rolls back, the server stays as it was
        count = max(cur.rowcount, 0)
    if bulk:
        conn.execute("SELECT mapper.first_load_done(%s)", (table,))
    if count and empty:
        if conn.execute("SELECT EXISTS (SELECT 1 FROM mapper.tombstones WHERE tbl = %s)", (table,)).fetchone()[0]:
            conn.execute(f"DELETE FROM mapper.tombstones t USING mapper.{table} a WHERE t.tbl = %s "
                         "AND t.uuid = a.uuid", (table,))
    elif count:
        conn.execute(f"ANALYZE {dest}")  # the planner then joins a few rows by index, many by hash
        sets = ", ".join(f'"{c}" = i."{c}"' for c in ("versions", "seq", *cols))
        conn.execute(f"UPDATE mapper.{table} t SET {sets} FROM {dest} i WHERE t.uuid = i.uuid")
        conn.execute(f"INSERT INTO mapper.{table} ({names}) SELECT {names} FROM {dest} i "
                     f"WHERE NOT EXISTS (SELECT 1 FROM mapper.{table} t WHERE t.uuid = i.uuid)")
        conn.execute(f"DELETE FROM mapper.tombstones t USING {dest} i WHERE t.tbl = %s AND t.uuid = i.uuid",
                     (table,))
    if dead:
        _write_tombstones(conn, table, dead, seq, texts)
    return count + len(dead)


def _write_tombstones(conn, table: str, dead: list[tuple], seq: int, texts: set[str]) -> None:
    conn.execute(f"DELETE FROM mapper.{table} WHERE uuid = ANY(%s)", ([r[0] for r in dead],))
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS in_tombs (tbl text, uuid text, version text, data jsonb, "
                 "versions text)")
    conn.execute("TRUNCATE in_tombs")
    with conn.cursor().copy("COPY in_tombs (tbl, uuid, version, data, versions) FROM STDIN") as copy:
        for uuid, versions, version, data in dead:
            copy.write_row((table, uuid, version or "", tomb_to_server(table, data), versions))
            texts.add(versions)
    conn.execute("INSERT INTO mapper.tombstones (tbl, uuid, version, data, versions, seq) "
                 "SELECT tbl, uuid, version, data, versions, %s FROM in_tombs "
                 "ON CONFLICT (tbl, uuid) DO UPDATE SET version = excluded.version, data = excluded.data, "
                 "versions = excluded.versions, seq = excluded.seq", (seq,))


def grow_knowledge(conn, texts: set[str]) -> None:
    """The server now holds these versions: a later direct edit there knew them (``mapper.checkpoint``)."""
    latest: dict[str, str] = {}
    for text in texts:  # most records share a handful of version texts
        for v in json.loads(text).values():
            origin = replica_of(v)
            if v > latest.get(origin, ""):
                latest[origin] = v
    if latest:
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO mapper.knowledge VALUES (%s, %s) ON CONFLICT (origin) DO UPDATE "
                            "SET version = greatest(mapper.knowledge.version, excluded.version)",
                            sorted(latest.items()))
        conn.execute("UPDATE mapper.server_info SET value = '1' WHERE key = 'knowledge_grown'")


def write_decisions(conn, decisions: list[tuple], seq: int) -> None:
    if decisions:
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO mapper.decisions (kind, key, value, version, author, seq) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (kind, key) DO UPDATE "
                "SET value = excluded.value, version = excluded.version, author = excluded.author, "
                "seq = excluded.seq", [(*d, seq) for d in decisions])


def write_losers(conn, losers: list[tuple], seq: int) -> None:
    if losers:
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO mapper.losers (tbl, uuid, field, version, value, source, seq) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", [(*r[1:], seq) for r in losers])
