"""Shortcuts of the merge's reading and writing (issue 17, round 8): rows added in bulk numbered into the
full-text index at once when the commit would number the whole table anyway, and the suspect flag of rows
read at once worked out in Python exactly as SQLite works it out (``ValueTypes.suspect_py``). The
conflicts worked out while the indexes are built, and restored records, are in test_merge_scenarios.py."""

from __future__ import annotations

import pytest

from mapper.domain.records import Asset
from mapper.store import name_order
from mapper.store.geometry import point_blob
from mapper.store.merge_io import bulk_insert

MATCHED = ("SELECT k.fid FROM nm_order_assets k WHERE k.key IN "
           "(SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?)")


def _rows(cols: list[str], n: int, word: str) -> list[tuple]:
    rows = []
    for k in range(n):
        v = dict.fromkeys(cols)
        v.update(name=f"{word} {n - k:05d}", geom=point_blob(-1.4 + k * 1e-5, 53.3), kind="shared_space")
        rows.append((f"00000000-0000-4000-8000-{k:012d}", *[v[c] for c in cols]))
    return rows


def _dirty(p) -> int:
    return p.conn.execute("SELECT count(*) FROM nm_fts_dirty WHERE tbl = 'assets'").fetchone()[0]


@pytest.mark.parametrize("n, numbered_at_once", [(30, False), (1500, True)])
def test_rows_added_in_bulk_are_numbered_at_once_when_the_commit_would_number_them_all(project, n, numbered_at_once):
    p = project
    p.bulk_add([Asset(name=f"Old {k}", location=(-1.5 + k * 0.001, 53.4)) for k in range(40)])
    old = p.conn.execute("SELECT uuid FROM assets ORDER BY fid LIMIT 1").fetchone()[0]
    cols = p.columns("assets")
    with p.transaction():
        p.update("assets", old, {"name": "Zebra crossing cafe"})  # marked dirty before the bulk insert
        bulk_insert(p, "assets", cols, _rows(cols, n, "Newplace"))
        # numbered now (no dirty mark left, the earlier one included) or marked for the commit
        assert _dirty(p) == (0 if numbered_at_once else n + 1)
    assert _dirty(p) == 0
    assert name_order.intact(p.conn, "assets")  # every row at its place in name order
    new = {r[0] for r in p.conn.execute("SELECT fid FROM assets WHERE name LIKE 'Newplace%'")}
    assert {r[0] for r in p.conn.execute(MATCHED, ("newplace",))} == new and len(new) == n
    assert len(p.conn.execute(MATCHED, ("zebra",)).fetchall()) == 1
    assert len(p.conn.execute(MATCHED, ("old",)).fetchall()) == 39  # "Old 0" was renamed


POINT = point_blob(-1.47, 53.38)
VALUES = [None, 0, 1, -7, 2**63 - 1, "", "x", "a\x00b", "😀", POINT, POINT[:2] + b"\x01" + POINT[3:],
          POINT[:8] + b"\x00" + POINT[9:], POINT + b"\x00", b"", b"\x00\xff", 1.5]


@pytest.mark.parametrize("column", ["name", "geom", "may_publish", "neighbourhood_fixed", "last_checked"])
def test_the_suspect_flag_worked_out_in_python_is_the_one_sqlite_works_out(project, column):
    from mapper.store.incoming import ValueTypes
    from mapper.store.project import TABLES

    types = ValueTypes(project.conn, TABLES)
    cols = ["name", "geom", "may_publish", "neighbourhood_fixed", "last_checked"]
    conn = project.conn
    conn.execute(f"CREATE TEMP TABLE odd ({', '.join(cols)})")  # no declared types: values stay as given
    sql = types.suspect_sql("assets", cols, "a")
    python = types.suspect_py("assets", cols, 5)
    for value in VALUES:
        row = dict.fromkeys(cols)
        row[column] = value
        conn.execute("DELETE FROM temp.odd")
        conn.execute(f"INSERT INTO temp.odd VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols])
        [(expected,)] = conn.execute(f"SELECT {sql} FROM temp.odd a").fetchall()
        assert python([None] * 5 + [row[c] for c in cols]) == expected, (column, value)
