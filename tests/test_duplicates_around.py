"""The duplicate search after a merge reads only what can pair with the records the merge changed (the
R-tree around them, the rows holding their postcodes, phones and websites through the m012 indexes) and
finds exactly what reading every record finds, also after another tool (GDAL, plain SQL) wrote rows."""

from __future__ import annotations

import random
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.domain.records import Asset
from mapper.store import pair_keys
from mapper.sync import duplicates as dup
from mapper.sync.merge import merge_files
from tests.test_merge_helpers import Replica, empty_template

# ---- the SQL keys: every row Python would pair is found by its key or read as odd ---------------------

_CHARS = "0123456789abcAB SsWw.-()+/:_'\t\u00e9\u0130\u212a\u0663\uff10/"
_values = st.one_of(st.none(), st.text(alphabet=_CHARS, max_size=14),
                    st.sampled_from(["S6 1AA", "s61aa", "S6-1AA.", "0114 273 4567", "+44 114 273 4567",
                                     "(0114) 273-4567", "441142734567", "https://www.Fridge.example/",
                                     "HTTP://fridge.example//", "WWW.fridge.example", " fridge.example ",
                                     "ftp1://x.example", "://x", "www.", "1234567"]),
                    st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False),
                    st.builds(lambda parts, seps: "".join(p + s for p, s in zip(parts, seps)),  # phone-like
                              st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=2, max_size=4),
                              st.lists(st.sampled_from(list(" -()+./_:\t\u00a0\u00e9\u0663")), min_size=4,
                                       max_size=4)))


def _key_table(conn, table: str) -> None:
    cols = [c for c, _form in pair_keys.KEYS[table].values()]
    conn.execute(f"CREATE TABLE {table} (fid INTEGER PRIMARY KEY, {', '.join(cols)})")
    for sql in pair_keys.index_sql(table):
        conn.execute(sql)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(pair_keys.KEYS)), st.lists(st.tuples(_values, _values, _values), min_size=1, max_size=12))
def test_identifier_keys_find_every_row_python_would_pair(table, rows):
    conn = sqlite3.connect(":memory:")
    _key_table(conn, table)
    kinds = list(pair_keys.KEYS[table])
    cols = [pair_keys.KEYS[table][k][0] for k in kinds]
    conn.executemany(f"INSERT INTO {table} (fid, {', '.join(cols)}) VALUES (?, ?, ?, ?)",
                     [(i + 1, *r) for i, r in enumerate(rows)])
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for i, kind in enumerate(kinds):
        norms = {fid: pair_keys.norm(table, kind, r[i]) for fid, r in enumerate(rows, start=1)}
        for want in {n for n in norms.values() if n}:
            found = pair_keys.holders(conn, table, kind, [want])
            assert {f for f, n in norms.items() if n == want} <= found, (kind, want, rows)


def test_the_lookups_use_the_m012_indexes(project):
    for table, kinds in pair_keys.KEYS.items():
        for kind in kinds:
            plan = " | ".join(r[3] for r in project.conn.execute(
                "EXPLAIN QUERY PLAN " + pair_keys.holders_sql(table, kind), ('["x"]',)))
            assert f"USING INDEX {table}_pair_{kind}_idx" in plan, plan


def test_m012_gives_an_older_file_the_key_indexes(tmp_path):
    from mapper.store import migrations
    from mapper.store.connection import connect
    from mapper.store.project import Project

    path = tmp_path / "old.gpkg"
    conn = connect(path, check=False, create=True)
    migrations.apply(conn, upto=11)
    conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('replica_id', 'abcdef012345')")
    conn.close()
    with Project.open(path) as p:
        assert "m012_duplicate_pair_keys" in [m.__name__ for m in migrations.MIGRATIONS]
        names = {r[0] for r in p.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {f"{t}_pair_{k}_idx" for t, kinds in pair_keys.KEYS.items() for k in kinds} <= names
        a = p.add(Asset(name="Foxhill Forum", location=(-1.52, 53.41), postcode="S6 1AA"))
        fid = p.conn.execute("SELECT fid FROM assets WHERE uuid = ?", (a.uuid,)).fetchone()[0]
        assert pair_keys.holders(p.conn, "assets", "postcode", ["s61aa"]) == {fid}


@settings(max_examples=500, deadline=None)
@given(st.floats(-180, 180), st.floats(-89.9, 89.9), st.floats(0, 1), st.floats(0, 2 * 3.14159265))
def test_the_box_searched_holds_every_point_the_search_calls_near(lon, lat, r, angle):
    """Each point is projected with its own latitude's cosine (find_near), so the box is not a plain
    circle's: far from Greenwich and far north it must still hold every point within NEAR_M."""
    import math

    dx, dy = dup.NEAR_M * r * math.cos(angle), dup.NEAR_M * r * math.sin(angle)  # the other, in find_near's metres
    other_lat = lat + dy / 110_574.0
    cos = math.cos(math.radians(other_lat))
    other_lon = (lon * 111_320.0 * math.cos(math.radians(lat)) + dx) / (111_320.0 * cos)
    west, east, south, north = dup._box(lon, lat)
    assert west <= other_lon <= east and south <= other_lat <= north


# ---- a merge of a few records into a big project --------------------------------------------------------

OAKWOOD = (-1.5000, 53.4000)


def _big_coordinator(tmp_path, n: int = 3000) -> Replica:
    """Old records first (the lowest fids), then ``n`` others spread over South Yorkshire, none near them."""
    t = empty_template(tmp_path)
    c = Replica(tmp_path / "pc.gpkg", "c", template=t)
    c.old = [c.p.add(Asset(name="Oakwood Library", location=OAKWOOD)),
             c.p.add(Asset(name="Foxhill Forum", location=(-1.52, 53.41))),
             c.p.add(Asset(name="Tuesday lunch club", location=(-1.30, 53.50), contact_phone="0114 273 4567"))]
    rng = random.Random(5)
    c.p.bulk_add([Asset(name=f"Place {k}", location=(-1.2 + rng.random() * 0.5, 53.45 + rng.random() * 0.1))
                  for k in range(n)])
    return c


def _count_rows(monkeypatch) -> list[int]:
    read = []
    real = dup._Index.__init__

    def counting(self, table, rows):
        if table == "assets":
            read.append(len(rows))
        real(self, table, rows)

    monkeypatch.setattr(dup._Index, "__init__", counting)
    return read


def test_a_changed_record_pairs_with_an_old_record_far_away_in_the_file(tmp_path, monkeypatch):
    """The old records have the first fids, the merged ones come 3,000 rows later; one pair by place, one
    by a postcode another tool wrote (GDAL's SQLite keeps the index), one by phone, kilometres apart."""
    from tests.test_store_tracking import ogr_sql

    c = _big_coordinator(tmp_path)
    near, by_postcode, by_phone = c.old
    c.p.close()
    ogr_sql(tmp_path / "pc.gpkg", f"UPDATE assets SET postcode = 'S6 1AA' WHERE uuid = '{by_postcode.uuid}'")
    c.p = type(c.p).open(tmp_path / "pc.gpkg")
    c.p.clock.now_ms = lambda: c.now
    a = Replica(tmp_path / "pa.gpkg", "a", template=empty_template(tmp_path))
    twins = [a.p.add(Asset(name="Oakwood library", location=(OAKWOOD[0] + 0.0019, OAKWOOD[1] + 0.0004))),  # 133 m
             a.p.add(Asset(name="Foxhill forum", location=(-1.60, 53.30), postcode="s61aa")),
             a.p.add(Asset(name="Lunch club (Tuesdays)", location=(-1.10, 53.60), contact_phone="+44 114 273 4567"))]
    read = _count_rows(monkeypatch)
    s = merge_files(c.p, [a.export(tmp_path / "a.gpkg")])
    pairs = {tuple(sorted((x, y))): why for x, y, why in c.p.conn.execute(
        "SELECT a, b, reasons FROM nm_duplicates WHERE coalesce(decision, '') = ''")}
    want = {tuple(sorted((o.uuid, t.uuid))): kind for o, t, kind in zip(c.old, twins, ("near", "postcode", "phone"))}
    assert {p: want[p] in why for p, why in pairs.items() if p in want} == dict.fromkeys(want, True), pairs
    assert s.possible_duplicates == 3
    assert read and read[-1] < 20  # searched around the three (a full read is 3,006 rows)
    a.close()
    c.close()


def test_the_search_after_a_small_merge_reads_only_the_changed_records_neighbourhood(tmp_path, monkeypatch):
    c = _big_coordinator(tmp_path)
    neighbour = c.p.add(Asset(name="Oakwood Cafe", location=(OAKWOOD[0] - 0.0010, OAKWOOD[1])))  # ~66 m away
    a = Replica(tmp_path / "pa.gpkg", "a", template=empty_template(tmp_path))
    mine = [a.p.add(Asset(name="Oakwood Libary", location=(OAKWOOD[0] + 0.0002, OAKWOOD[1]))),
            a.p.add(Asset(name="Somewhere new", location=(-1.9, 53.2), postcode="S6 1AA"))]
    read = _count_rows(monkeypatch)
    statements: list[str] = []
    real_rows = dup.search_rows

    def traced(conn, table, ids=None):  # every row the search reads, it reads here
        conn.set_trace_callback(statements.append)
        try:
            return real_rows(conn, table, ids)
        finally:
            conn.set_trace_callback(None)

    monkeypatch.setattr(dup, "search_rows", traced)
    merge_files(c.p, [a.export(tmp_path / "a.gpkg")])
    # what the search read: the two merged, the two near the first; nobody holds S6 1AA
    assert read == [len(mine) + 2]
    assert statements and all("WHERE" in s or s == "SELECT max(fid) FROM assets" for s in statements), statements
    assert c.p.conn.execute("SELECT count(*) FROM assets").fetchone()[0] == 3000 + 3 + 1 + len(mine)
    assert neighbour
    a.close()
    c.close()


def test_searching_around_the_changed_finds_what_reading_every_record_finds(project, monkeypatch):
    """Random names, places, postcodes, phones and websites (also odd ones only Python normalises, written
    by plain SQL as another tool would): the pairs of a random few records are the same either way."""
    rng = random.Random(23)
    words = ["St Mary's", "St Marys", "Church", "Hall", "Foxhill", "Forum", "Lunch", "Club", "Community",
             "Fridge", "Café", "at", "Librarry", "Library", "12", "13"]
    assets = [Asset(name=" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))),
                    location=(-1.47 + rng.random() * 0.03, 53.38 + rng.random() * 0.02),
                    postcode=rng.choice(["S1 1AA", "s11aa", "S2 2BB", None, None, None]),
                    contact_phone=rng.choice(["0114 273 4567", "+44 114 273 4567", "0114 250 2850", None, None]),
                    website=rng.choice(["https://www.fridge.example/", "fridge.example", None, None, None]))
              for _ in range(400)]
    project.bulk_add(assets)
    for a in rng.sample(assets, 40):  # values a form would refuse, written by another tool
        project.conn.execute("UPDATE assets SET contact_phone = ?, postcode = ?, website = ? WHERE uuid = ?",
                             (rng.choice(["(0114) 273-4567", "0114 273 4567 (eves)", 1142734567, None]),
                              rng.choice(["S1  1AA\t", "S1 1ÅA", 11.0, None]),
                              rng.choice(["HTTP://WWW.FRIDGE.EXAMPLE//", "fridge.example\u00a0", None]), a.uuid))
    project.catch_up()
    for seed in range(6):
        changed = [a.uuid for a in random.Random(seed).sample(assets, 12)]
        monkeypatch.setattr(dup, "AROUND_SHARE", 4)
        read = _count_rows(monkeypatch)
        with project.transaction():
            dup.refresh_pairs(project, {"assets": changed})
        around = sorted(project.conn.execute("SELECT a, b, tbl, score, reasons FROM nm_duplicates"))
        project.conn.execute("DELETE FROM nm_duplicates")
        assert read[-1] < 400  # the search around them ran
        monkeypatch.setattr(dup, "AROUND_SHARE", 10**9)  # every record read, as before
        with project.transaction():
            dup.refresh_pairs(project, {"assets": changed})
        everyone = sorted(project.conn.execute("SELECT a, b, tbl, score, reasons FROM nm_duplicates"))
        project.conn.execute("DELETE FROM nm_duplicates")
        assert read[-1] == 400
        assert around == everyone and len(everyone) >= 3, seed
