"""A first sync's bulk load into an empty server table (``mapper.first_load``, ``pg_write``): the table's indexes,
constraints and tracking trigger are dropped for the COPY and built again after it; nothing can commit the
table without them, and edits made with plain SQL afterwards are tracked as before."""

from __future__ import annotations

import psycopg
import pytest

from mapper.sync.targets import pg_write, sync
from tests.sync_helpers import add_assets, laptop, server_login, state

MANY = 60  # the tests lower pg_write.FIRST_LOAD_MIN to this: the same path as 100k records, in a second


def _shape(dsn: str, table: str = "assets") -> tuple[dict, set, str, list]:
    """({index name: definition}, {constraint definitions}, the tracking trigger's state, pending loads) and
    the indexes' oids (which a rebuild changes)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        indexes = dict(conn.execute("SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                                    "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = %s::regclass",
                                    (f"mapper.{table}",)).fetchall())
        constraints = {r[0] for r in conn.execute("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
                                                  "WHERE conrelid = %s::regclass", (f"mapper.{table}",))}
        [(enabled,)] = conn.execute("SELECT tgenabled FROM pg_trigger WHERE tgname = %s", (f"{table}_track",))
        pending = conn.execute("SELECT tbl FROM mapper.first_loads").fetchall()
    return indexes, constraints, enabled, pending


def _oids(dsn: str, table: str = "assets") -> set[int]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return {r[0] for r in conn.execute("SELECT indexrelid::bigint FROM pg_index WHERE indrelid = %s::regclass",
                                           (f"mapper.{table}",))}


@pytest.fixture
def many(monkeypatch):
    monkeypatch.setattr(pg_write, "FIRST_LOAD_MIN", MANY)
    return MANY


def test_a_big_first_sync_rebuilds_the_tables_indexes_and_plain_sql_edits_stay_tracked(server, tmp_path, many):
    before, oids = _shape(server), _oids(server)
    assert len(before[0]) == 4 and before[2] == "O"  # id, uuid, seq, GiST; the trigger enabled
    a = laptop(tmp_path, "a")
    uuids = add_assets(a, many, "Bulk")
    sync(a, server)
    assert _shape(server) == before  # the same indexes, constraints and trigger, nothing pending
    assert _oids(server).isdisjoint(oids)  # ... built again: the bulk path was taken
    with psycopg.connect(server, autocommit=True) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT uuid) FROM mapper.assets").fetchone() == (many, many)
        with pytest.raises(psycopg.errors.UniqueViolation):  # the uuid is unique again
            conn.execute("INSERT INTO mapper.assets (uuid, name) VALUES (%s, 'twin')", (uuids[0],))
        conn.execute("UPDATE mapper.assets SET name = 'Edited in SQL' WHERE uuid = %s", (uuids[1],))
        conn.execute("INSERT INTO mapper.assets (name, geom) VALUES ('Added in SQL', "
                     "ST_SetSRID(ST_MakePoint(-1.4, 53.4), 4326))")
    b = laptop(tmp_path, "b")
    sync(b, server)
    sync(a)
    assert a.get("assets", uuids[1]).name == "Edited in SQL"
    assert {r[0] for r in a.conn.execute("SELECT name FROM assets WHERE name LIKE '% in SQL'")} == \
           {"Edited in SQL", "Added in SQL"}
    assert state(a) == state(b)


def test_no_transaction_can_commit_a_table_without_its_indexes(pg_cluster, server):
    """A mapper's login may call mapper.first_load (the owner's rights); whatever it does next, COMMIT builds
    the indexes and enables the trigger again. Other tables are refused, and other roles may not call it."""
    before = _shape(server)
    mapper_dsn = server_login(pg_cluster, server, "mapper_sync")
    with psycopg.connect(mapper_dsn) as conn:
        assert conn.execute("SELECT mapper.first_load('assets')").fetchone()[0] is True
        assert conn.execute("SELECT count(*) FROM pg_index WHERE indrelid = 'mapper.assets'::regclass"
                            ).fetchone()[0] == 0
        assert conn.execute("SELECT mapper.first_load('tombstones')").fetchone()[0] is False
        assert conn.execute("SELECT mapper.first_load('assets')").fetchone()[0] is False  # once per table
        conn.execute("SET LOCAL mapper.sync = 'on'")
        conn.execute("INSERT INTO mapper.assets (uuid, name, versions, seq) VALUES ('u1', 'x', '{}', 1)")
        conn.commit()  # without mapper.first_load_done
    assert _shape(server) == before
    with psycopg.connect(server, autocommit=True) as conn:  # the table holds a record now: refused
        assert conn.execute("SELECT mapper.first_load('assets')").fetchone()[0] is False
    reader = server_login(pg_cluster, server, "mapper_reader")
    with psycopg.connect(reader, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT mapper.first_load('groups')")


def test_a_first_sync_while_someone_reads_the_table_takes_the_ordinary_way(server, tmp_path, many):
    """first_load never waits for a lock (NOWAIT): with a reader holding the table, the COPY goes into it with
    its indexes in place, and the reader is not blocked by the sync."""
    before, oids = _shape(server), _oids(server)
    a = laptop(tmp_path, "a")
    add_assets(a, many, "Bulk")
    with psycopg.connect(server) as reader:
        reader.execute("SELECT count(*) FROM mapper.assets")  # its transaction stays open: ACCESS SHARE held
        sync(a, server)
        assert reader.execute("SELECT count(*) FROM mapper.assets").fetchone()[0] in (0, many)
    assert _oids(server) == oids and _shape(server) == before
    with psycopg.connect(server, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM mapper.assets").fetchone()[0] == many


def test_cancel_in_the_middle_of_a_bulk_first_load_leaves_the_server_as_it_was(server, tmp_path, many):
    from mapper.domain.errors import CancelledError

    before = _shape(server)
    a = laptop(tmp_path, "a")
    add_assets(a, 12_000, "Bulk")  # three chunks: Cancel is asked between them
    asked = []

    def progress(done, total, message):
        if message == "sending changes":
            asked.append(message)
        return len(asked) < 3

    with pytest.raises(CancelledError):
        sync(a, server, progress=progress)
    assert _shape(server) == before
    with psycopg.connect(server, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM mapper.assets").fetchone()[0] == 0
    sync(a)
    with psycopg.connect(server, autocommit=True) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT uuid) FROM mapper.assets").fetchone() == (12_000, 12_000)
    assert _shape(server) == before


def test_read_ahead_hands_on_every_chunk_in_order_raises_the_readers_error_and_stops_when_closed():
    import threading

    assert list(pg_write.read_ahead(iter([[1], [2], [3]]))) == [[1], [2], [3]]

    def failing():
        yield [1]
        raise ValueError("the reader's error")

    with pytest.raises(ValueError, match="the reader's error"):
        list(pg_write.read_ahead(failing()))
    closed = []

    def endless():
        try:
            i = 0
            while True:
                yield [i]
                i += 1
        finally:
            closed.append(threading.current_thread().name)

    chunks = pg_write.read_ahead(endless())
    assert next(chunks) == [0] and next(chunks) == [1]
    chunks.close()  # waits for the helper, which closes the reader on its own thread
    assert closed == ["sync-read-ahead"]
    assert not [t for t in threading.enumerate() if t.name == "sync-read-ahead"]
