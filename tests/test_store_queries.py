"""The list's search (issue 17): counted by the full-text index alone when only words are typed; when
most rows match, pages read the name index in order and ask the index row by row, with the same rows,
in the same order, as gathering every match would give."""

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
@pytest.mark.parametrize("probe_rows", [2000, 60])  # 60: the probe often finds too few and gathers after all
def test_probing_gives_the_same_rows_in_the_same_order(listed, monkeypatch, text, probe_rows):
    monkeypatch.setattr(queries, "PROBE_ROWS", probe_rows)
    for f in (queries.Filter(text=text), queries.Filter(text=text, category="cafe")):
        assert _all_pages(listed.conn, f, True) == _all_pages(listed.conn, f, False)


def test_words_alone_are_counted_by_the_index_and_agree_with_the_table(listed):
    import datetime as dt

    spy = Spy(listed.conn)
    for text in ("asset", "hall", "a", "zzz"):  # as the window asks (it always says what day it is)
        n = queries.count(spy, "assets", queries.Filter(text=text, today=dt.date.today()))
        assert n == listed.conn.execute("SELECT count(*) FROM assets a WHERE a.fid IN (SELECT rowid FROM assets_fts "
                                        "WHERE assets_fts MATCH ?)", (queries.fts_query(text),)).fetchone()[0]
    assert all(" assets a " not in s and "FROM assets_fts" in s for s in spy.sql)
    with_filter = queries.count(spy, "assets", queries.Filter(text="asset", category="cafe"))
    assert with_filter == sum(1 for i in range(900) if i % 7 and i % 3 == 0)


def test_a_search_most_rows_match_probes_and_reads_few_rows(listed):
    f = queries.Filter(text="asset")
    n = queries.count(listed.conn, "assets", f)
    assert queries.dense(listed.conn, "assets", f, n)
    assert not queries.dense(listed.conn, "assets", queries.Filter(text="garden"), 180)
    spy = Spy(listed.conn)
    queries.page(spy, "assets", f, probe=True)
    assert len(spy.sql) == 1 and "rowid = s.fid" in spy.sql[0]  # one statement, no gathering
