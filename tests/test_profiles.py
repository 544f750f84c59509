"""Neighbourhood profiles: the numbers (formats/profiles.py), the published pages, the coordinator's private
care-need counts (suppressed, only while unlocked), the window's profile dialog and its shading layer."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mapper.domain.records import CareNeed
from mapper.formats.profiles import INDICATORS, ProfileData, band_of, band_starts, indicator_layer, legend
from mapper.mapview.indicator_layer import indicator_payload
from mapper.mapview.server import MapServer
from mapper.privacy.aggregates import SUPPRESSED_TEXT
from mapper.privacy.setup import lock
from mapper.publish.site import publish_site
from mapper.store.source import FileSource
from tests.published_fixtures import SECRET, build_small


@pytest.fixture
def small(project):
    return build_small(project)


def hood_id(project, name):
    return project.conn.execute("SELECT uuid FROM neighbourhoods WHERE name = ?", (name,)).fetchone()[0]


def test_profile_numbers_for_a_neighbourhood_a_ward_and_the_whole_map(small):
    data = ProfileData(FileSource(small), today=date.today())
    crookes = data.area("neighbourhood", hood_id(small, "Crookes"))
    p = data.profile(crookes)
    assert p.assets == 1 and p.by_kind["group_activity"] == 1 and p.by_kind["shared_space"] == 0
    assert p.by_principle["Connection"] == 1 and p.by_principle["Belonging"] == 1 and p.by_principle["Gifts"] == 0
    assert p.open_days["Tuesday"] == 1 and p.open_days["Monday"] == 0 and p.opening_readable == 1
    assert p.stale_count == 1 and p.stale[0]["name"] == "Crookes Coffee Morning"  # checked 2020
    assert p.recent_count == 1  # written just now
    later = ProfileData(FileSource(small), today=date(2030, 1, 1))
    assert later.profile(later.area("neighbourhood", crookes.key)).recent_count == 0
    assert [g["name"] for g in p.groups] == ["Crookes Friends"]
    assert "Everyday help: none recorded" in p.gaps  # the city has some (unplaced befriending is not here)
    ward = next(w for w in data.wards if w.name == "Crookes & Crosspool")
    pw = data.profile(ward)
    assert pw.assets == 2 and pw.by_status == {"Active": 1, "Temporarily closed": 1}
    assert pw.opening_unreadable == 1  # "Every Saturday morning"
    whole = data.profile(data.everything())
    assert whole.assets == 3 and whole.by_kind["everyday_help"] == 1
    everything = json.dumps([p.__dict__ for p in (p, pw, whole)], default=str)
    assert SECRET not in everything  # unpublished records and mappers' names stay out


def add_beyond_sheffield(small):
    """Published assets with no neighbourhood in Rotherham (Boston Castle ward) and Barnsley (Central ward)."""
    from mapper.domain.records import Asset

    small.add(Asset(name="Rotherham Pantry", kind="skills_resources", category="food_project",
                    location=(-1.356, 53.430), may_publish=True))
    small.add(Asset(name="Barnsley Repair Cafe", kind="skills_resources", category="repair_cafe",
                    location=(-1.48, 53.553), may_publish=True))
    return small


def test_district_and_ward_profiles_place_neighbourhoods_and_assets(small):
    """Neighbourhoods go in the ward they record (a shipped ward of that name: its code) and its district;
    assets in their neighbourhood's, or with none, in those their position falls in (shipped boundaries)."""
    data = ProfileData(FileSource(add_beyond_sheffield(small)), today=date.today())
    assert [(d.key, d.name) for d in data.districts] == [
        ("E08000016", "Barnsley"), ("E08000018", "Rotherham"), ("E08000019", "Sheffield")]
    sheffield, rotherham = data.area("district", "E08000019"), data.area("district", "E08000018")
    crookes = data.area("neighbourhood", hood_id(small, "Crookes"))
    ward = data.area("ward", "E05010863")  # Crookes & Crosspool, by the code of the shipped boundary
    assert ward.name == "Crookes & Crosspool" and ward.district == "E08000019"
    assert set(ward.neighbourhoods) == {hood_id(small, "Crookes"), hood_id(small, "Walkley")}
    assert [(a.level, a.key) for a in data.parents(crookes)] == [
        ("ward", "E05010863"), ("district", "E08000019"), ("all", "all")]
    assert data.children(data.everything()) == data.districts
    assert ward in data.children(sheffield) and crookes in data.children(ward)
    ps, pr = data.profile(sheffield), data.profile(rotherham)
    assert ps.assets == 2 and {a["name"] for a in ps.recent} == {"Crookes Coffee Morning", "Walkley Walk"}
    assert [g["name"] for g in ps.groups] == ["Crookes Friends"]
    assert pr.assets == 1 and pr.by_kind["skills_resources"] == 1 and pr.recent[0]["name"] == "Rotherham Pantry"
    boston = data.area("ward", "E05001019")
    assert boston.name == "Boston Castle" and boston.district == "E08000018" and boston in data.children(rotherham)
    assert [a["name"] for a in data.assets_in(boston)] == ["Rotherham Pantry"]
    # the project's ward that no boundary knows (the hood outside South Yorkshire) is kept, by its name
    elsewhere = next(w for w in data.wards if w.name == "Elsewhere")
    assert elsewhere.district is None and elsewhere.neighbourhoods == (hood_id(small, "Empty Hood"),)
    assert data.profile(data.everything()).assets == 5  # the unplaced befriending: only the whole map


def test_a_projects_own_wards_take_precedence_over_the_shipped_ones(small):
    from shapely.geometry import box

    add_beyond_sheffield(small)
    small.replace_wards([("X0001", "Our Rotherham ward", box(-1.40, 53.40, -1.30, 53.46))])
    data = ProfileData(FileSource(small), today=date.today())
    own = data.area("ward", "X0001")
    assert own.district == "E08000018" and [a["name"] for a in data.assets_in(own)] == ["Rotherham Pantry"]
    assert data.area("ward", "E05001019") is None  # the shipped Boston Castle lies inside it: not used
    assert data.area("ward", "E05000976").name == "Central"  # elsewhere the shipped wards still count


def test_recent_changes_are_found(small):
    data = ProfileData(FileSource(small))  # today: the records were all written just now
    p = data.profile(data.everything())
    assert p.recent_count == 3 and {a["name"] for a in p.recent} == {
        "Crookes Coffee Morning", "Walkley Walk", "Phone-only befriending"}


def test_indicator_bands_and_legend():
    starts = band_starts([0, 1, 1, 2, 3, 5, 8, 13, 40])
    assert starts == sorted(set(starts)) and starts[0] == 1
    assert band_of(0, starts) == 0 and band_of(1, starts) == 1 and band_of(40, starts) == len(starts)
    assert legend([1, 3, 10]) == ["0", "1\u20132", "3\u20139", "10 or more"]
    assert legend([1, 2]) == ["0", "1", "2 or more"]


def test_indicator_layer_values(small):
    data = ProfileData(FileSource(small), today=date.today())
    crookes, walkley, empty = (hood_id(small, n) for n in ("Crookes", "Walkley", "Empty Hood"))
    assert {code for code, _ in INDICATORS} >= {"assets", "stale", "gaps", "kind:shared_space"}
    layer = indicator_layer(data, "assets")
    assert [layer["values"][h]["value"] for h in (crookes, walkley, empty)] == [1, 1, 0]
    assert layer["values"][empty]["band"] == 0 and layer["values"][crookes]["band"] >= 1
    stale = indicator_layer(data, "stale")
    assert stale["values"][crookes]["value"] == 100
    gaps = indicator_layer(data, "gaps")
    assert gaps["values"][empty]["value"] == 2  # no group activity, no everyday help (the kinds the city has)
    with pytest.raises(ValueError):
        indicator_layer(data, "nonsense")


def test_private_needs_only_when_unlocked_and_suppressed(small):
    from mapper.formats.profiles import private_needs

    crookes = hood_id(small, "Crookes")
    small.bulk_add([CareNeed(neighbourhood=crookes, categories=("food",), consent_by="a",
                             consent_at="2026-01-01") for _ in range(12)])
    data = ProfileData(FileSource(small))
    area = data.area("neighbourhood", crookes)
    needs = private_needs(small, area)
    row = dict(zip(needs["columns"], needs["rows"][0][1]))
    assert row["Food"] == "10" and row["Loneliness or isolation"] == SUPPRESSED_TEXT  # 12 -> 10, 1 -> withheld
    ward = next(w for w in data.wards if w.name == "Crookes & Crosspool")
    assert [name for name, _ in private_needs(small, ward)["rows"]] == ["Crookes", "Walkley"]  # never a sum
    lock(small)
    assert private_needs(small, area) is None


def test_published_profile_pages_have_charts_tables_and_no_care_needs(small, tmp_path):
    small.bulk_add([CareNeed(neighbourhood=hood_id(small, "Crookes"), categories=("food",), consent_by="a",
                             consent_at="2026-01-01") for _ in range(12)])
    out = tmp_path / "site"
    publish_site(FileSource(small), out)
    html = (out / "n" / f"{hood_id(small, 'Crookes')}.html").read_text(encoding="utf-8")
    for heading in ("Assets by kind", "Assets by Neighbourhoods of Care principle", "Open when",
                    "Gaps against the city", "Changed in the last 90 days", "Not checked for 12 months",
                    "Groups (1)"):
        assert heading in html
    assert html.count("<svg") == 3 and 'aria-hidden="true"' in html and "<table>" in html
    assert "Care needs" not in html and "Food" not in html
    assert (out / "all.html").exists() and any((out / "w").glob("*.html")) and any((out / "d").glob("*.html"))


def test_window_shading_layer_endpoint(small):
    server = MapServer(project=small)
    reply = server.handle("/data/indicator/kind%3Agroup_activity.json")
    assert reply.status == 200
    body = json.loads(reply.body)
    values = {f["properties"]["name"]: f["properties"]["value"] for f in body["features"]}
    # the coordinator's own view counts every asset, published or not (the unpublished shed is in Crookes)
    assert values == {"Crookes": 1, "Walkley": 1, "Empty Hood": 0}
    tools = json.loads(server.handle("/data/indicator/kind%3Askills_resources.json").body)
    assert {f["properties"]["name"]: f["properties"]["value"] for f in tools["features"]}["Crookes"] == 1
    assert body["properties"]["legend"][0] == "0" and len(body["properties"]["colours"]) == len(
        body["properties"]["legend"])
    assert SECRET not in reply.body.decode()
    assert server.handle("/data/indicator/nonsense.json").status == 404
    assert indicator_payload(small, "assets")["properties"]["label"].startswith("All assets")
    assert "indicatorUrl" in server.page()


def test_shipped_boundaries_are_valid_and_every_ward_lies_in_its_district():
    from mapper.formats.admin_areas import BOUNDARIES, AdminAreas

    admin = AdminAreas()
    assert [(d.code, d.name) for d in admin.districts] == [
        ("E08000016", "Barnsley"), ("E08000017", "Doncaster"), ("E08000018", "Rotherham"), ("E08000019", "Sheffield")]
    assert len(admin.wards) == 91 and sum(w.district == "E08000019" for w in admin.wards) == 28
    for place in [*admin.districts, *admin.wards]:
        assert place.geometry.is_valid and not place.geometry.is_empty
    for ward in admin.wards:
        p = ward.geometry.representative_point()
        assert [d.code for d in admin.districts if d.geometry.contains(p)] == [ward.district]
    assert admin.locate([(-1.40, 53.30), None]) == [(None, None), (None, None)]  # Derbyshire; not placed
    readme = (BOUNDARIES / "README.md").read_text(encoding="utf-8")
    assert "Open Government Licence v3" in readme and "CC BY 4.0" in readme


def test_a_recorded_ward_name_two_districts_share_means_the_one_the_neighbourhood_is_in(project):
    """Barnsley and Doncaster both have a ward called Central (2013 boundaries)."""
    from mapper.domain.records import Neighbourhood
    from mapper.formats.admin_areas import AdminAreas
    from tests.published_fixtures import square

    central = [w for w in AdminAreas().wards if w.name == "Central"]
    assert sorted(w.district for w in central) == ["E08000016", "E08000017"]
    doncaster = next(w for w in central if w.district == "E08000017").geometry.representative_point()
    project.add(Neighbourhood(name="Town centre", ward="Central", geometry=square(doncaster.x, doncaster.y, 0.001)))
    data = ProfileData(FileSource(project))
    hood = data.neighbourhood_areas()[0]
    assert hood.district == "E08000017" and data.parents(hood)[0].district == "E08000017"
