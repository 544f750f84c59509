"""The list's search (issue 17): counted by the full-text index alone when only words are typed, and only
as far as a cap when asked; pages read from the index, whose rowids follow name order (m011,
``store/name_order.py``), with the same rows, in the same order, as every match sorted by name gives,
after any edits by the app or by another program."""

from __future__ import annotations

import re
import sqlite3
from functools import partial

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.domain.records import Asset, Group
from mapper.store import name_order, queries
from mapper.store.geometry import register_functions
from mapper.store.project import Project


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "p.gpkg"
    p = Project.create(path)
    words = ["Hall", "hall", "Café", "Library", "Garden"]
    p.bulk_add([Asset(name=f"{words[i % 5]} {i}", description="asset" if i % 7 else "other",
                      category="cafe" if i % 3 == 0 else "library", kind="shared_space",
                      location=(-1.47, 53.38)) for i in range(900)], derive=False)
    yield p
    p.close()


class Spy:
    def __init__(self, conn):
        self.conn, self.sql = conn, []

    @property
    def total_changes(self):
        return self.conn.total_changes

    @property
    def in_transaction(self):
        return self.conn.in_transaction

    def execute(self, sql, params=()):
        self.sql.append(sql)
        return self.conn.execute(sql, params)


def _all_pages(conn, f, dense, table="assets", size=50):
    rows, after = [], None
    while True:
        got = queries.page(conn, table, f, after, size, dense=dense)
        rows += got
        if len(got) < size:
            return rows
        after = (got[-1][2], got[-1][0])


def _plain(conn, table: str, f: queries.Filter) -> list[tuple]:
    """Every match sorted by name, without the keys: the words asked of an index of the rows as they are now
    (rowid = fid, the file's tokenizer), the category compared in the table."""
    from mapper.store.migrations import FTS_COLUMNS, SEARCH_TOKENIZER

    cols = FTS_COLUMNS[table]
    conn.execute("DROP TABLE IF EXISTS temp.plain")
    conn.execute(f"CREATE VIRTUAL TABLE temp.plain USING fts5({', '.join(cols)}, {SEARCH_TOKENIZER})")
    conn.execute(f"INSERT INTO temp.plain (rowid, {', '.join(cols)}) SELECT fid, {', '.join(cols)} FROM {table}")
    shown = ", ".join(c for c, _ in (queries.ASSET_COLUMNS if table == "assets" else queries.GROUP_COLUMNS))
    source, alias = (("assets a LEFT JOIN neighbourhoods n ON n.uuid = a.neighbourhood", "a") if table == "assets"
                     else ("groups g", "g"))
    where = [f"{alias}.fid IN (SELECT rowid FROM temp.plain WHERE plain MATCH ?)"]
    params = [queries.fts_query(f.text)]
    if f.category:
        where.append("a.category = ?")
        params.append(f.category)
    rows = conn.execute(f"SELECT {alias}.fid, {alias}.uuid, {shown} FROM {source} WHERE {' AND '.join(where)} "
                        f"ORDER BY {alias}.name COLLATE NOCASE, {alias}.fid", params).fetchall()
    conn.execute("DROP TABLE temp.plain")
    return rows


@pytest.mark.parametrize("text", ["asset", "a", "hall", "caf", "ha 1", "garden 89", "nothing"])
def test_pages_read_in_key_order_are_every_match_sorted_by_name(listed, text):
    assert name_order.intact(listed.conn, "assets")
    for f in (queries.Filter(text=text), queries.Filter(text=text, category="cafe")):
        assert _all_pages(listed.conn, f, True) == _plain(listed.conn, "assets", f)
        assert _all_pages(listed.conn, f, False) == _plain(listed.conn, "assets", f)


def test_words_alone_are_counted_by_the_index_and_agree_with_the_table(listed):
    import datetime as dt

    spy = Spy(listed.conn)
    for text in ("asset", "hall", "a", "zzz"):  # as the window asks (it always says what day it is)
        n = queries.count(spy, "assets", queries.Filter(text=text, today=dt.date.today()))
        assert n == len(_plain(listed.conn, "assets", queries.Filter(text=text)))
        assert queries.count(spy, "assets", queries.Filter(text=text), cap=100) == min(n, 100)
    assert all(" assets a " not in s and "FROM assets_fts" in s for s in spy.sql)
    with_filter = queries.count(spy, "assets", queries.Filter(text="asset", category="cafe"))
    assert with_filter == sum(1 for i in range(900) if i % 7 and i % 3 == 0)
    assert queries.count(spy, "assets", queries.Filter(text="asset", category="cafe"), cap=10) == 10


def _late(path, early: int, late: int) -> Project:
    """``early`` rows named "Aaa …" first in the list, then ``late`` rows "Zzz … late" (matched by "late")."""
    p = Project.create(path)
    p.bulk_add([Asset(name=f"Aaa {i} early", kind="shared_space", category="cafe", location=(-1.47, 53.38))
                for i in range(early)] +
               [Asset(name=f"Zzz {i} late", kind="shared_space", category="cafe", location=(-1.47, 53.38))
                for i in range(late)], derive=False)
    return p


def _page_into(rows: list, conn, f: queries.Filter) -> None:
    rows.extend(queries.page(conn, "assets", f, limit=50))


def _steps(conn, run) -> int:
    """SQLite virtual-machine steps ``run`` takes (counted, not timed)."""
    steps = [0]

    def tick():
        steps[0] += 1
        return 0

    conn.set_progress_handler(tick, 1)
    try:
        run()
    finally:
        conn.set_progress_handler(None, 1)
    return steps[0]


def test_the_first_page_of_a_common_late_word_reads_the_page_not_every_match(tmp_path):
    """"late" matches the last 600 or 6,000 rows of the list: its first page costs the same either way (a
    page's worth of the index), and fewer steps than there are matches; gathering every match and sorting
    them, as before, costs more the more there are."""
    cost, gathered = {}, {}
    for late in (600, 6000):
        with _late(tmp_path / f"late{late}.gpkg", 3000, late) as p:
            rows = []
            cost[late] = _steps(p.conn, partial(_page_into, rows, p.conn, queries.Filter(text="late")))
            assert [r[2] for r in rows] == sorted((f"Zzz {i} late" for i in range(late)), key=str.lower)[:50]
            # the same page by gathering (a filter the rows all pass makes the page gather them)
            again: list[tuple] = []
            gathered[late] = _steps(p.conn, partial(_page_into, again, p.conn,
                                                    queries.Filter(text="late", category="cafe")))
            assert again == rows
    assert cost[6000] < 6000 and cost[6000] < cost[600] * 1.5, cost
    assert gathered[6000] > gathered[600] * 5 and gathered[6000] > cost[6000] * 20, (gathered, cost)


def test_a_page_after_a_key_seeks_in_the_name_index(listed):
    """The next page starts at its key in the index (a key test with OR alone read the index from the top:
    scrolling far down a million rows, and each probed chunk, cost more the further down it was)."""
    spy = Spy(listed.conn)
    params = []
    real = spy.execute
    spy.execute = lambda sql, p=(): (params.append(p), real(sql, p))[1]
    queries.page(spy, "assets", queries.Filter(), ("Hall 500", 500), 50)
    plan = " | ".join(r[3] for r in listed.conn.execute("EXPLAIN QUERY PLAN " + spy.sql[-1], params[-1]))
    assert "assets_name_nocase_idx (name>?)" in plan, plan


def test_groups_are_paged_in_name_order_too(tmp_path):
    with Project.create(tmp_path / "g.gpkg") as p:
        p.bulk_add([Group(name=f"Group {i} {['walk', 'Walkers', 'café'][i % 3]}",
                          description="friends" if i % 5 else None) for i in range(300)])
        assert name_order.intact(p.conn, "groups")
        for text in ("walk", "group", "caf", "fri", "g 1", "walkers", "friends"):
            f = queries.Filter(text=text)
            assert _all_pages(p.conn, f, False, "groups") == _plain(p.conn, "groups", f) != [], text


WORDS = ["Hall", "hall", "Café", "cafe", "Ábc", "abc", "Zed", "zed", "B", "b", "Éclair", "10", "9", "_", "Elevations",
         "élévation"]
names = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
edits = st.lists(st.tuples(st.sampled_from(["rename", "add", "delete"]), st.integers(0, 10 ** 6), names,
                           st.booleans()), max_size=12)


def _asset(name: str) -> Asset:
    return Asset(name=name, kind="shared_space", category="cafe", location=(-1.47, 53.38))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.lists(names, min_size=0, max_size=40), changes=edits,
       typed=st.lists(st.sampled_from(["h", "hall", "caf", "abc", "z", "b 1", "écl", "9", "10 h", "x", "elevati",
                                       "élévatio h"]),
                      min_size=1, max_size=3))
def test_any_names_any_edits_by_anyone_give_every_match_sorted_by_name(tmp_path_factory, start, changes, typed):
    """Random names, then random renames, additions and deletions, each made by the app or by another
    program (plain SQL, as QGIS writes) and indexed at the app's next commit (keys 2 apart, so that full gaps
    are common): the keys follow name order,
    and every search's pages (of 3 rows: many next pages) are the rows every match sorted by name gives."""
    path = tmp_path_factory.mktemp("h") / "p.gpkg"
    with pytest.MonkeyPatch.context() as mp, Project.create(path) as p:
        mp.setattr(name_order, "GAP", 2)  # gaps fill up soon: neighbours are spaced out often
        p.bulk_add([_asset(n) for n in start], derive=False)
        other = sqlite3.connect(path, isolation_level=None)
        register_functions(other)  # GeoPackage's ST_ functions for the R-tree triggers, as QGIS/GDAL have them
        try:
            for what, at, name, outside in changes:
                uuids = [u for (u,) in p.conn.execute("SELECT uuid FROM assets ORDER BY fid")]
                if what == "add":
                    if outside:
                        other.execute("INSERT INTO assets (name, kind, category, status) VALUES (?, 'shared_space', "
                                      "'cafe', 'active')", (name,))
                    else:
                        p.add(_asset(name))
                elif uuids:
                    uuid = uuids[at % len(uuids)]
                    if outside:
                        sql = ("UPDATE assets SET name = ? WHERE uuid = ?" if what == "rename"
                               else "DELETE FROM assets WHERE uuid = ? OR ? IS NULL")
                        other.execute(sql, (name, uuid) if what == "rename" else (uuid, None))
                    elif what == "rename":
                        p.update("assets", uuid, {"name": name})
                    else:
                        p.delete("assets", uuid)
                if outside:  # before the app indexes it: still in name order, as every match sorted gives
                    for text in typed:
                        got = _all_pages(p.conn, queries.Filter(text=text), False, size=3)
                        assert [(r[2].lower(), r[0]) for r in got] == sorted((r[2].lower(), r[0]) for r in got)
            with p.transaction():  # the app's next commit indexes what the other program wrote
                pass
        finally:
            other.close()
        assert name_order.intact(p.conn, "assets")
        for text in typed:
            f = queries.Filter(text=text)
            assert _all_pages(p.conn, f, False, size=3) == _plain(p.conn, "assets", f), text


def test_rows_added_again_and_again_in_one_gap_space_their_neighbours_out(tmp_path):
    """Each new name falls between the last one added and the same next row, halving the gap each time:
    when it is gone, the rows around it get new keys (their index rows too), a few at a time."""
    with Project.create(tmp_path / "gap.gpkg") as p:
        p.bulk_add([_asset(n) for n in ("Alpha", "Omega")] + [_asset(f"Z {i}") for i in range(50)], derive=False)
        keys = name_order.keys_table("assets")
        before = dict(p.conn.execute(f"SELECT fid, key FROM {keys}").fetchall())
        for i in range(60):
            p.add(_asset(f"Beta {i:03d}"))
            assert name_order.intact(p.conn, "assets"), i
        after = dict(p.conn.execute(f"SELECT fid, key FROM {keys}").fetchall())
        moved = [fid for fid in before if after[fid] != before[fid]]
        assert moved and len(moved) < len(before)  # spaced out, but not every row numbered afresh
        got = _all_pages(p.conn, queries.Filter(text="beta"), False, size=7)
        assert [r[2] for r in got] == [f"Beta {i:03d}" for i in range(60)]


def test_an_import_of_more_rows_than_the_table_has_numbers_it_afresh(tmp_path):
    with Project.create(tmp_path / "big.gpkg") as p:
        p.bulk_add([_asset(f"Row {i}") for i in range(50)], derive=False)
        p.bulk_add([_asset(f"Row {i} b") for i in range(1500)], derive=False)
        assert name_order.intact(p.conn, "assets")
        keys = [k for (k,) in p.conn.execute(f"SELECT key FROM {name_order.keys_table('assets')} ORDER BY key")]
        assert keys == [name_order.GAP * (i + 1) for i in range(1550)]


def _keys_written(p: Project) -> callable:
    """A counter of the rows written to the assets' keys from now on (a temp trigger: every path counted)."""
    p.conn.execute("CREATE TEMP TABLE written (n INTEGER)")
    p.conn.execute("INSERT INTO written VALUES (0)")
    p.conn.execute(f"CREATE TEMP TRIGGER count_keys AFTER INSERT ON {name_order.keys_table('assets')} "
                   "BEGIN UPDATE written SET n = n + 1; END")
    return lambda: p.conn.execute("SELECT n FROM written").fetchone()[0]


def test_a_batch_that_crowds_many_gaps_numbers_the_table_once(tmp_path):
    """5,000 new names that fall ten to a gap among 20,000 ("Place 20000" .. between "Place 2000" and
    "Place 2001"): spaced out gap after gap, the same neighbours moved again and again (700,000 keys written,
    quadratic: a sync of a million-asset project did not finish). Numbered once instead."""
    with Project.create(tmp_path / "crowd.gpkg") as p:
        p.bulk_add([_asset(f"Place {k}") for k in range(20_000)], derive=False)
        written = _keys_written(p)
        p.bulk_add([_asset(f"Place {k}") for k in range(20_000, 25_000)], derive=False)
        assert written() <= 2 * 25_000
        assert name_order.intact(p.conn, "assets")
        got = _all_pages(p.conn, queries.Filter(text="place 2000"), False, size=50)
        assert [r[2] for r in got] == sorted((f"Place {k}" for k in range(25_000) if str(k).startswith("2000")),
                                             key=str.lower)


def test_spacing_out_that_keeps_spreading_stops_and_numbers_afresh(tmp_path):
    """1,000 rows (too few to be checked for crowding first) ten to a gap: once the pass has re-keyed its
    budget of rows it numbers the table instead (64,000 keys written before, each neighbour moved many times)."""
    with Project.create(tmp_path / "spread.gpkg") as p:
        p.bulk_add([_asset(f"Place {k}") for k in range(4_000)], derive=False)
        written = _keys_written(p)
        p.bulk_add([_asset(f"Place {k}") for k in range(4_000, 5_000)], derive=False)
        assert written() <= 20_000 + 5_000 + 1_000  # the budget (name_order.BUDGET), the numbering, slack
        assert name_order.intact(p.conn, "assets")


def test_a_file_of_the_schema_before_opened_read_only_is_searched_by_its_fids(tmp_path):
    """Never upgraded (read-only), its index's rowids are fids: the search gathers, and is right."""
    from mapper.store import migrations
    from mapper.store.connection import connect

    path = tmp_path / "old.gpkg"
    conn = connect(path, check=False, create=True)
    migrations.apply(conn, upto=migrations.MIGRATIONS.index(migrations.m011_search_index_in_name_order))
    register_functions(conn)
    conn.executemany("INSERT INTO assets (name, kind, category, status) VALUES (?, 'shared_space', 'cafe', 'active')",
                     [(f"{w} {i}",) for i, w in enumerate(["Hall", "hall", "Garden", "Hallam"] * 30)])
    conn.execute("INSERT INTO assets_fts (rowid, name, category) SELECT fid, name, category FROM assets")
    conn.execute("DELETE FROM nm_fts_dirty")
    conn.commit()
    conn.close()
    with Project.open(path, readonly=True) as p:
        assert not name_order_tables(p.conn)
        f = queries.Filter(text="hal")
        assert queries.count(p.conn, "assets", f) == 90
        assert _all_pages(p.conn, f, True, size=7) == _plain(p.conn, "assets", f)
        assert queries.count(p.conn, "assets", queries.Filter(text="hall", category="cafe")) == 90


def name_order_tables(conn) -> list[str]:
    return [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'nm_order_%'")]


LONG = ["Elevation", "elevations", "Élévation", "Elevator", "Community", "communities", "Commune", "Foo_barbazqux",
        "Straße", "Strasse"]


@pytest.fixture(scope="module")
def long_words(tmp_path_factory):
    p = Project.create(tmp_path_factory.mktemp("long") / "p.gpkg")
    p.bulk_add([_asset(f"{LONG[i % len(LONG)]} {i}") for i in range(400)] +
               [Asset(name=f"Hall {i}", description="community elevations", kind="shared_space", category="cafe",
                      location=(-1.47, 53.38)) for i in range(30)], derive=False)
    yield p
    p.close()


@pytest.mark.parametrize("text", ["elevati", "elevatio", "elevations", "élévati", "ÉLÉVATION", "elevato", "communit",
                                  "community", "communities", "comm", "elevati comm", "hall communit", "zzzzzzzz",
                                  "foo_barbaz", "barbazq", "strass", "straße", "elevationsx"])
def test_a_word_longer_than_the_prefix_indexes_finds_every_word_it_begins(long_words, text):
    """"elevati" still finds "elevations" (and "Élévation": the tokenizer's own folding), and each typed
    word is asked as the index's words it begins: count, pages and the filtered pages are the rows every
    match gives."""
    conn = long_words.conn
    for f in (queries.Filter(text=text), queries.Filter(text=text, category="cafe")):
        want = _plain(conn, "assets", f)
        assert _all_pages(conn, f, True) == want, text
        assert _all_pages(conn, f, False) == want, text
        assert queries.count(conn, "assets", f) == len(want), text
        assert queries.count(conn, "assets", f, cap=5) == min(len(want), 5), text
    if text == "elevati":
        assert {r[2].split()[0] for r in want} == {"Elevation", "elevations", "Élévation", "Hall"}
    if text == "foo_barbaz":  # (refused before: two words as one phrase, which the index cannot read)
        assert {r[2].split()[0] for r in want} == {"Foo_barbazqux"}


def test_a_long_word_is_read_as_the_words_it_begins_not_as_a_prefix(long_words):
    """A prefix longer than the index's prefix indexes (six letters) has every word it begins merged into
    one list before the first row (at 1M, "community": 64,601 rows, 14-35 ms for the count and again for the
    page); the index is asked for those words themselves, whose lists it reads only as far as it needs."""
    spy = Spy(long_words.conn)
    params: list = []
    real = spy.execute
    spy.execute = lambda sql, p=(): (params.append(p), real(sql, p))[1]
    for text in ("elevati", "communit", "élévati", "hall communit"):
        f = queries.Filter(text=text)
        queries.count(spy, "assets", f, cap=queries.GATHER_MAX)
        queries.page(spy, "assets", f, None, 50, dense=True)
    asked = [p[0] for s, p in zip(spy.sql, params) if "MATCH" in s]
    assert asked and not [q for q in asked if re.search(r'"\w{7,}"\*', q)], asked
    assert '("elevation" OR "elevations")' in asked[0], asked
    # looked up once for "elevati" and once for "communit": each count's page, "élévati" (the same word
    # folded) and "hall communit" found them kept
    assert sum("FROM temp.nm_words_assets" in s for s in spy.sql) == 2
    typed = ("communi", "communit", "community", "communitie")  # typed on: the words kept, narrowed
    want = [_plain(long_words.conn, "assets", queries.Filter(text=text)) for text in typed]
    spy.sql.clear()
    assert [_all_pages(spy, queries.Filter(text=text), True) for text in typed] == want
    assert sum("FROM temp.nm_words_assets" in s for s in spy.sql) == 1


def test_a_long_word_beginning_many_words_is_asked_as_a_prefix(long_words, monkeypatch):
    monkeypatch.setattr(queries, "WORDS_MAX", 1)
    for text in ("elevati", "communit"):
        f = queries.Filter(text=text)
        assert queries.match_query(long_words.conn, "assets", text) == queries.fts_query(text)
        assert _all_pages(long_words.conn, f, True) == _plain(long_words.conn, "assets", f) != []


def test_the_words_a_long_word_begins_are_looked_up_again_after_any_change(tmp_path):
    """The words found are kept while nothing changes (a keystroke's count and page); a word added since, by
    the app or by another program (indexed at the app's next commit), is found."""
    with Project.create(tmp_path / "again.gpkg") as p:
        p.bulk_add([_asset("Elevation 1")], derive=False)
        f = queries.Filter(text="elevati")
        assert queries.count(p.conn, "assets", f) == 1
        p.add(_asset("Elevations 2"))
        assert [r[2] for r in _all_pages(p.conn, f, True)] == ["Elevation 1", "Elevations 2"]
        other = sqlite3.connect(p.path, isolation_level=None)
        register_functions(other)
        try:
            other.execute("INSERT INTO assets (name, kind, category, status) VALUES ('Elevatinator 3', 'shared_space', "
                          "'cafe', 'active')")
        finally:
            other.close()
        with p.transaction():  # the app's next commit indexes it
            pass
        assert queries.count(p.conn, "assets", f) == 3
        assert [r[2] for r in _all_pages(p.conn, f, True)] == ["Elevatinator 3", "Elevation 1", "Elevations 2"]


def test_the_words_found_inside_a_transaction_are_not_kept_past_its_rollback(tmp_path):
    """A rollback undoes the index's changes but not the count of changes made: what a search read inside the
    transaction is not kept."""
    with Project.create(tmp_path / "back.gpkg") as p:
        p.bulk_add([_asset("Elevation 1"), _asset("Hall 2")], derive=False)
        f = queries.Filter(text="elevati")
        p.conn.execute("BEGIN")
        p.conn.execute("DELETE FROM assets_fts WHERE rowid = (SELECT key FROM nm_order_assets WHERE fid = "
                       "(SELECT fid FROM assets WHERE name = 'Elevation 1'))")
        assert queries.count(p.conn, "assets", f) == 0
        p.conn.execute("ROLLBACK")
        assert queries.count(p.conn, "assets", f) == 1
        assert [r[2] for r in queries.page(p.conn, "assets", f)] == ["Elevation 1"]
