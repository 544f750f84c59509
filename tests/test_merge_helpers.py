"""Helpers shared by the merge tests (replicas with fixed ids and injected clocks, exports, state
snapshots), plus tests of the merge rule table itself."""

from __future__ import annotations

import shutil
from pathlib import Path

from mapper.domain.hlc import DAY_MS
from mapper.store.project import TABLES, Project
from mapper.store.versions import unpack_versions
from mapper.sync.package import write_package
from mapper.sync.rules import KEEP, KEEP_LOSE_INCOMING, TAKE, TAKE_LOSE_LOCAL, Ranker, canon

T0 = 1_750_000_000_000


class Replica:
    """A project on one mapper's laptop with a fixed replica id and a clock the test moves."""

    def __init__(self, path: Path, rid: str, now: int = T0, *, template: Path | None = None):
        if template is not None:
            shutil.copyfile(template, path)
            self.p = Project.open(path)
        else:
            self.p = Project.create(path, author=f"mapper {rid}")
        claimed = self.p.replica_id  # a copy of the template claimed an id of its own: the test fixes it
        self.p.conn.execute("DELETE FROM nm_decisions WHERE kind='checkpoint' AND key LIKE ?", (claimed + "|%",))
        self.p.conn.execute("UPDATE nm_settings SET value=? WHERE key='replica_id'", (rid,))
        self.p.conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('author', ?)", (f"mapper {rid}",))
        self.p.conn.execute("PRAGMA synchronous = OFF")  # test speed only; durability is tested elsewhere
        self.p.replica_id = rid
        self.p.clock.replica = rid
        self.now = now
        self.p.clock.now_ms = lambda: self.now

    def export(self, path: Path) -> Path:
        return write_package(self.p, path)

    def close(self):
        self.p.close()


def scratch_dir(prefix: str) -> Path:
    """A fresh folder for a property test's many small GeoPackages: in memory (tmpfs) where the machine has
    one, so each export's and commit's fsync costs nothing (durability is tested elsewhere, with kill -9)."""
    import os
    import tempfile

    shm = Path("/dev/shm")
    where = shm if shm.is_dir() and os.access(shm, os.W_OK) else None
    return Path(tempfile.mkdtemp(prefix=prefix, dir=where))


def empty_template(tmp: Path) -> Path:
    path = tmp / "template.gpkg"
    if not path.exists():
        Project.create(path).close()
    return path


_TEMPLATES: dict[str, Path] = {}


def copied_template(tmp: Path) -> Path:
    """``empty_template`` made once per test process and copied (a property test makes one per example;
    every Replica copies it anyway and takes its own replica id)."""
    if "made" not in _TEMPLATES or not _TEMPLATES["made"].exists():
        import atexit

        where = scratch_dir("template")
        atexit.register(shutil.rmtree, where, ignore_errors=True)  # nothing left behind in /dev/shm
        _TEMPLATES["made"] = empty_template(where)
    path = tmp / "template.gpkg"
    shutil.copyfile(_TEMPLATES["made"], path)
    return path


def state(p: Project) -> dict:
    """Everything merge must agree on: rows, versions, tombstones and the conflict set."""
    out = {}
    for t in TABLES:
        cols = p.columns(t)
        out[t] = {r[0]: tuple(canon(v) for v in r[1:]) for r in p.conn.execute(
            f'SELECT uuid, {", ".join(cols)} FROM "{t}"')}
    out["versions"] = {(t, u): unpack_versions(v, p.columns(t)) for t, u, v in p.conn.execute(
        "SELECT tbl, uuid, versions FROM nm_versions")}
    out["tombstones"] = {(t, u): (v, d) for t, u, v, d in p.conn.execute("SELECT * FROM nm_tombstones")}
    out["conflicts"] = sorted(p.conn.execute(
        "SELECT tbl, uuid, field, kept_value, kept_version, other_value, other_version, kind, status "
        "FROM nm_conflicts"), key=repr)
    # the merger's own knowledge checkpoints record its merge history, which is allowed to differ
    out["decisions"] = sorted(p.conn.execute(
        "SELECT kind, key, value, version FROM nm_decisions WHERE NOT (kind='checkpoint' AND key LIKE ?)",
        (p.replica_id + "|%",)))
    return out


def make_trio(tmp_path: Path) -> tuple[Replica, Replica, Replica, str]:
    """Two mappers (a, b) and a coordinator (c) that all know one shared asset; returns its uuid too."""
    from mapper.domain.records import Asset
    from mapper.sync.merge import merge_files

    t = empty_template(tmp_path)
    a, b, c = (Replica(tmp_path / f"project-{n}.gpkg", n, template=t) for n in ("a", "b", "c"))
    hall = Asset(name="Church hall", location=(-1.47, 53.38), postcode="S1 1AA")
    c.p.add(hall)
    seed = c.export(tmp_path / "seed.gpkg")
    for r in (a, b):
        r.now += 10
        merge_files(r.p, [seed])
    return a, b, c, hall.uuid


# ---- the rule table -------------------------------------------------------------------------------
def test_rule_table_covers_every_case_and_is_antisymmetric():
    r = Ranker(T0)
    a, b = f"{T0:013d}.00000.aaaa", f"{T0 + 5:013d}.00000.bbbb"
    assert r.action(None, None, b, "x") == TAKE
    assert r.action(a, "x", None, None) == KEEP
    assert r.action(a, "x", a, "x") == KEEP
    assert r.action(a, "x", b, "y") == TAKE_LOSE_LOCAL
    assert r.action(b, "y", a, "x") == KEEP_LOSE_INCOMING
    # equal versions with different values: decided by value, the same way from both sides
    assert {r.action(a, "x", a, "y"), r.action(a, "y", a, "x")} == {TAKE_LOSE_LOCAL, KEEP_LOSE_INCOMING}


def test_versions_far_ahead_of_the_merger_rank_below_honest_ones():
    r = Ranker(T0)
    skewed = f"{T0 + 365 * DAY_MS:013d}.00000.fast"
    honest_earlier = f"{T0 - 1000:013d}.00000.slow"
    slightly_ahead = f"{T0 + DAY_MS // 2:013d}.00000.ok"  # within the bound: ordinary order
    assert r.suspect(skewed) and not r.suspect(slightly_ahead)
    assert r.action(skewed, "year ahead", honest_earlier, "honest") == TAKE_LOSE_LOCAL
    assert r.action(honest_earlier, "x", slightly_ahead, "y") == TAKE_LOSE_LOCAL
