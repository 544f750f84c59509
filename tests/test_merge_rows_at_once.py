"""The helper threads read an export's records as one JSON text (``prefetch.rows_at_once``) and give exactly
what reading them row by row gives, odd values and broken files included; the merge switches the garbage
collector off only while it runs."""

from __future__ import annotations

import gc
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.domain.errors import MergeError
from mapper.domain.records import Asset, Group
from mapper.store.project import TABLES, Project
from mapper.sync import prefetch
from mapper.sync.engine import MergeEngine
from mapper.sync.merge import merge_files
from mapper.sync.rules import Ranker
from tests.test_merge_helpers import Replica, empty_template, scratch_dir

# SQL for a value put into an export (column, uuid of the record, and what goes in)
ODD_SQL = ["NULL", "1", "-7", "9223372036854775807", "-9223372036854775808", "1.5", "-0.0", "1e999", "2.0",
           "''", "'x'", "X''", "X'00ff'", "CAST(X'FF' AS TEXT)", "CAST(X'C3A9' AS TEXT)", "'a' || char(0) || 'b'",
           "char(1, 9, 10, 13, 31, 34, 92, 127)", "'😀 é \u2028'", "'\"quoted\" \\ back'", "'[1, 2]'", "'{\"a\": 1}'",
           "'null'", "'1e5'"]
COLUMNS = ["name", "description", "geom", "neighbourhood_fixed", "may_publish", "postcode"]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A project and an export of it holding live records, a tombstone and a group, and the merge's plan."""
    tmp = tmp_path_factory.mktemp("at_once")
    r = Replica(tmp / "r.gpkg", "r", template=empty_template(tmp))
    assets = [r.p.add(Asset(name=f"Hall {k}", location=(-1.47 + k * 0.001, 53.38), description="d" * k))
              for k in range(6)]
    r.p.add(Group(name="Friends of the park", charity_number="123"))
    r.p.delete("assets", assets[5].uuid)
    export = r.export(tmp / "export.gpkg")
    r.close()
    project = Project.create(tmp / "central.gpkg", author="c")
    engine = MergeEngine(project, Ranker(project.clock.now_ms(), project.clock.max_skew_ms))
    yield export, project, engine, [a.uuid for a in assets]
    project.close()


def _outcome(path, plan, at_once: bool, monkeypatch):
    seen = []
    real = prefetch.rows_at_once
    with monkeypatch.context() as m:
        m.setattr(prefetch, "rows_at_once", (lambda *a: seen.append(r := real(*a)) or r) if at_once
                  else (lambda *a: None))
        if not at_once:  # table and column names row by row too
            m.setattr(prefetch, "_texts", lambda src, _json, by_row, _params=(), at=0: [
                r[at] for r in src.execute(by_row)])
        _sha, out = prefetch.read_export(path, frozenset(), plan)
    failure = None if out.failure is None else (type(out.failure), str(out.failure))
    error = None if out.error is None else out.error.message
    return (error, out.refusal, failure, out.failure_after_decisions, out.has, out.settings, out.decisions,
            out.tables), seen


def _plans(project, engine):
    return [prefetch.Plan(list(TABLES), engine.cols, engine.value_types, base, {t: [] for t in TABLES}, refuse)
            for base in (project.path, None) for refuse in (False, True)]


def _tampered(export, where, sql_list):
    path = where / "t.gpkg"
    shutil.copyfile(export, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA trusted_schema = ON")
    for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')  # values go in as they are, whatever their type
    for sql in sql_list:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path


def test_the_export_as_made_is_read_at_once(made, tmp_path, monkeypatch):
    export, project, engine, _uuids = made
    for plan in _plans(project, engine):
        at_once, seen = _outcome(export, plan, True, monkeypatch)
        assert seen and all(r is not None for r in seen)  # really taken
        assert at_once == _outcome(export, plan, False, monkeypatch)[0]
        assert at_once[-1]["assets"].rows
        monkeypatch.setattr(prefetch, "AT_ONCE_MOST", 0)  # tables listing more records: row by row
        big, seen = _outcome(export, plan, True, monkeypatch)
        assert not seen and big == at_once
        monkeypatch.undo()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(COLUMNS), st.integers(0, 5), st.sampled_from(ODD_SQL)), max_size=4),
       st.sampled_from(["none", "int uuid", "real versions", "blob versions", "blob tombstone", "two alike",
                        "odd names"]))
def test_odd_values_are_read_as_row_by_row(made, monkeypatch, changes, other):
    export, project, engine, uuids = made
    where = scratch_dir("at_once")
    try:
        sql = [f'UPDATE OR IGNORE assets SET "{c}" = {value} WHERE uuid = \'{uuids[k]}\'' for c, k, value in changes]
        sql += {"none": [],
                "int uuid": [f"UPDATE OR IGNORE nm_versions SET uuid = 12 WHERE uuid = '{uuids[1]}'"],
                "real versions": [f"UPDATE OR IGNORE nm_versions SET versions = 2.5 WHERE uuid = '{uuids[2]}'"],
                "blob versions": [f"UPDATE OR IGNORE nm_versions SET versions = X'7b7d' WHERE uuid = '{uuids[2]}'"],
                "blob tombstone": [f"UPDATE OR IGNORE nm_tombstones SET data = X'7b7d' WHERE uuid = '{uuids[5]}'"],
                "two alike": [f"UPDATE OR IGNORE nm_versions SET uuid = upper(uuid) WHERE uuid = '{uuids[3]}'"],
                "odd names": ["ALTER TABLE assets ADD COLUMN \"é \"\"q\"\" \\ \u2028 😀\" TEXT",
                              "CREATE TABLE \"[1, 2] \"\"x\"\"\" (a)", "CREATE TABLE \"1e5\" (a)"]}[other]
        path = _tampered(export, where, sql)
        for plan in _plans(project, engine):
            assert _outcome(path, plan, True, monkeypatch)[0] == _outcome(path, plan, False, monkeypatch)[0]
    finally:
        shutil.rmtree(where, ignore_errors=True)


@pytest.mark.parametrize("table_sql", [
    "CREATE TABLE nm_versions (tbl TEXT NOT NULL, uuid TEXT NOT NULL COLLATE NOCASE, versions TEXT NOT NULL, "
    "PRIMARY KEY (tbl, uuid)) WITHOUT ROWID",
    "CREATE TABLE nm_versions (tbl TEXT, uuid TEXT, versions TEXT)",  # no unique key: a uuid may come twice
])
def test_an_order_or_key_of_its_own_is_read_as_row_by_row(made, tmp_path, monkeypatch, table_sql):
    export, project, engine, uuids = made
    path = _tampered(export, tmp_path, [
        "ALTER TABLE nm_versions RENAME TO old_versions", table_sql,
        "INSERT INTO nm_versions SELECT tbl, uuid, versions FROM old_versions",
        f"INSERT OR IGNORE INTO nm_versions SELECT tbl, upper(uuid), versions FROM old_versions WHERE uuid = '{uuids[0]}'",
        "INSERT INTO nm_versions VALUES ('assets', 'Z-first-by-case', '{}'), ('assets', 'a-first-by-letter', '{}')",
        "DROP TABLE old_versions"])
    for plan in _plans(project, engine):
        assert _outcome(path, plan, True, monkeypatch)[0] == _outcome(path, plan, False, monkeypatch)[0]


def test_the_collector_is_back_as_it_was_after_a_merge(made, tmp_path):
    export, _project, _engine, _uuids = made
    was = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            with Project.create(tmp_path / f"p{enabled}.gpkg", author="c") as p:
                seen: list[bool] = []
                merge_files(p, [export], progress=lambda *_a, seen=seen: seen.append(gc.isenabled()))
                assert seen and not any(seen)  # off while merging
                assert gc.isenabled() == enabled
                bad = tmp_path / f"bad{enabled}.gpkg"
                bad.write_bytes(b"not a database at all")
                with pytest.raises(MergeError):
                    merge_files(p, [bad])
                assert gc.isenabled() == enabled
    finally:
        (gc.enable if was else gc.disable)()
