"""Property tests: records round-trip through the store; each write bumps exactly the changed fields."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.domain.records import Asset, Group
from mapper.domain.taxonomy import taxonomy
from mapper.store.project import Project

TX = taxonomy()
text = st.text(alphabet=string.ascii_letters + string.digits + " éàçß'<>&-_/", min_size=1, max_size=40).filter(
    lambda s: s.strip() != "")
maybe = st.one_of(st.none(), text)
dates = st.dates().map(lambda d: d.isoformat())


@st.composite
def assets(draw):
    cat = draw(st.sampled_from(TX.categories))
    return Asset(
        name=draw(text), kind=TX.kind_of(cat), category=cat, description=draw(maybe),
        location=draw(st.one_of(st.none(), st.tuples(st.floats(-3, 0), st.floats(52, 55)))),
        address=draw(maybe), opening_times=draw(maybe), contact_phone=draw(maybe), cost=draw(maybe),
        audience=draw(maybe), accessibility=draw(maybe),
        principles=tuple(draw(st.lists(st.sampled_from(TX.principles), unique=True, max_size=4))),
        status=draw(st.sampled_from(TX.codes("asset_statuses"))), may_publish=draw(st.booleans()),
        last_checked=draw(st.one_of(st.none(), dates)), neighbourhood_fixed=True)


@st.composite
def groups(draw):
    return Group(name=draw(text), group_type=draw(st.sampled_from(TX.codes("group_types"))),
                 description=draw(maybe), website=None, charity_number=draw(maybe),
                 may_publish=draw(st.booleans()), last_checked=draw(st.one_of(st.none(), dates)))


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(record=st.one_of(assets(), groups()))
def test_record_round_trips_through_the_file(tmp_path_factory, record):
    path = tmp_path_factory.mktemp("rt") / "p.gpkg"
    with Project.create(path) as p:
        p.add(record)
    with Project.open(path) as p:
        back = p.get(record.TABLE, record.uuid)
    assert back == record


EDITABLE = ["name", "description", "address", "cost", "audience", "status", "may_publish", "principles", "geom"]


@SETTINGS
@given(first=assets(), changes=st.dictionaries(st.sampled_from(EDITABLE), st.integers(0, 3), min_size=1))
def test_each_write_bumps_exactly_the_changed_fields(tmp_path_factory, first, changes):
    path = tmp_path_factory.mktemp("v") / "p.gpkg"
    with Project.create(path) as p:
        p.add(first)
        before = p.versions("assets", first.uuid)
        current = p.row("assets", first.uuid)
        edit = {}
        for field, n in changes.items():
            edit[field] = {
                "name": f"name {n}", "description": None if n == 0 else f"d{n}", "address": f"{n} Road",
                "cost": "Free" if n % 2 else None, "audience": f"a{n}",
                "status": TX.codes("asset_statuses")[n % 3], "may_publish": n % 2,
                "principles": ";".join(TX.principles[: n + 1]), "geom": (-1.0 - n / 10, 53.0 + n / 10),
            }[field]
        changed = p.update("assets", first.uuid, edit)
        after = p.versions("assets", first.uuid)
    really_changed = sorted(f for f in edit if _norm(current.get(f)) != _norm(edit[f]))
    assert changed == really_changed
    bumped = sorted(f for f in after if after[f] != before.get(f))
    assert bumped == really_changed
    assert all(after[f] > before[f] for f in bumped)


def _norm(v):
    if isinstance(v, tuple):
        return tuple(float(x) for x in v)
    if isinstance(v, bool):
        return int(v)
    return v


def test_delete_and_restore_are_versioned_tombstones(project):
    a = project.add(Asset(name="Gone soon", category="cafe", kind="shared_space"))
    v0 = project.versions("assets", a.uuid)
    project.delete("assets", a.uuid)
    assert not project.exists("assets", a.uuid) and project.is_deleted("assets", a.uuid)
    v1 = project.versions("assets", a.uuid)
    assert set(v1) - set(v0) == {"_deleted"}
    restored = project.restore("assets", a.uuid)
    assert restored == a
    assert project.versions("assets", a.uuid)["_deleted"] > v1["_deleted"]
    fields = [h["field"] for h in project.history("assets", a.uuid)]
    assert fields.count("_deleted") == 2


def test_failed_write_changes_nothing(project):
    import pytest

    from mapper.domain.errors import ValidationError

    a = project.add(Asset(name="Stays", category="cafe", kind="shared_space"))
    before = (project.row("assets", a.uuid), project.versions("assets", a.uuid), len(project.history("assets", a.uuid)))
    with pytest.raises(ValidationError):
        project.update("assets", a.uuid, {"name": "", "cost": "changed"})
    after = (project.row("assets", a.uuid), project.versions("assets", a.uuid), len(project.history("assets", a.uuid)))
    assert before == after


def test_one_user_action_is_one_transaction(project):
    import pytest

    with pytest.raises(RuntimeError):
        with project.transaction():
            project.add(Asset(name="First", category="cafe", kind="shared_space"))
            raise RuntimeError("crash in the middle of an action")
    assert project.count("assets") == 0
