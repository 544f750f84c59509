"""The list's search (issue 17): counted by the full-text index alone when only words are typed, and only
as far as a cap when asked; when very many rows match, pages read the name index in order a chunk at a
time and ask a scratch full-text index of the chunk, with the same rows, in the same order, as gathering
every match would give."""

from __future__ import annotations

import pytest

from mapper.domain.records import Asset
from mapper.store import queries
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

    def execute(self, sql, params=()):
        self.sql.append(sql)
        return self.conn.execute(sql, params)


def _all_pages(conn, f, probe):
    rows, after = [], None
    while True:
        got = queries.page(conn, "assets", f, after, 50, probe=probe)
        rows += got
        if len(got) < 50:
            return rows
        after = (got[-1][2], got[-1][0])


@pytest.mark.parametrize("text", ["asset", "a", "hall", "caf", "ha 1", "garden 89", "nothing"])
@pytest.mark.parametrize("budget", [4000, 60])  # 60: the probe often finds too few and gathers after all
def test_probing_gives_the_same_rows_in_the_same_order(listed, monkeypatch, text, budget):
    monkeypatch.setattr(queries, "PROBE_BUDGET", budget)
    monkeypatch.setattr(queries, "CHUNK", 40)
    for f in (queries.Filter(text=text), queries.Filter(text=text, category="cafe")):
        assert _all_pages(listed.conn, f, True) == _all_pages(listed.conn, f, False)
    assert not listed.conn.execute("SELECT name FROM sqlite_temp_master").fetchall()  # no scratch left


def test_words_alone_are_counted_by_the_index_and_agree_with_the_table(listed):
    import datetime as dt

    spy = Spy(listed.conn)
    for text in ("asset", "hall", "a", "zzz"):  # as the window asks (it always says what day it is)
        n = queries.count(spy, "assets", queries.Filter(text=text, today=dt.date.today()))
        assert n == listed.conn.execute("SELECT count(*) FROM assets a WHERE a.fid IN (SELECT rowid FROM assets_fts "
                                        "WHERE assets_fts MATCH ?)", (queries.fts_query(text),)).fetchone()[0]
        assert queries.count(spy, "assets", queries.Filter(text=text), cap=100) == min(n, 100)
    assert all(" assets a " not in s and "FROM assets_fts" in s for s in spy.sql)
    with_filter = queries.count(spy, "assets", queries.Filter(text="asset", category="cafe"))
    assert with_filter == sum(1 for i in range(900) if i % 7 and i % 3 == 0)
    assert queries.count(spy, "assets", queries.Filter(text="asset", category="cafe"), cap=10) == 10


def test_a_search_very_many_rows_match_reads_a_few_list_rows_not_every_match(listed, monkeypatch):
    monkeypatch.setattr(queries, "GATHER_MAX", 500)
    f = queries.Filter(text="asset")
    n = queries.count(listed.conn, "assets", f, cap=queries.GATHER_MAX)
    assert n == 500 and queries.dense(f, n)
    assert not queries.dense(queries.Filter(text="garden"), queries.count(listed.conn, "assets",
                                                                          queries.Filter(text="garden"), cap=500))
    spy = Spy(listed.conn)
    rows = queries.page(spy, "assets", f, limit=50, probe=True)
    assert rows == queries.page(listed.conn, "assets", f, limit=50)
    # the file's index is never asked for every match; one chunk of the list was enough
    assert not any("assets_fts" in s for s in spy.sql)
    assert sum("INSERT INTO temp.nm_probe_assets" in s for s in spy.sql) == 1


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


def test_probing_groups_gives_the_same_rows_as_gathering(tmp_path, monkeypatch):
    from mapper.domain.records import Group

    monkeypatch.setattr(queries, "CHUNK", 30)
    with Project.create(tmp_path / "g.gpkg") as p:
        p.bulk_add([Group(name=f"Group {i} {['walk', 'Walkers', 'café'][i % 3]}",
                          description="friends" if i % 5 else None) for i in range(300)])
        for text in ("walk", "group", "caf", "fri", "g 1"):
            f = queries.Filter(text=text)
            listed = []
            for probe in (True, False):
                rows, after, got = [], None, None
                while got is None or len(got) == 50:
                    got = queries.page(p.conn, "groups", f, after, 50, probe=probe)
                    rows += got
                    after = (got[-1][2], got[-1][0]) if got else None
                listed.append(rows)
            assert listed[0] == listed[1] and listed[0], text
