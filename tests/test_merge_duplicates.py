"""Possible duplicates across mappers (name+distance, postcode, phone, website, charity number), merging a
pair keeps both uuids, and later edits to the replaced one land on the survivor."""

from __future__ import annotations

from mapper.domain.records import Asset, Group
from mapper.sync import duplicates as dup
from mapper.sync.decisions import survivor_of
from mapper.sync.merge import merge_files
from tests.test_merge_helpers import Replica, empty_template


def _pairs(p):
    return {(tuple(sorted((a, b))), r) for a, b, r in p.conn.execute(
        "SELECT a, b, reasons FROM nm_duplicates WHERE coalesce(decision,'')=''")}


def test_pairs_found_by_name_and_distance_postcode_phone_website_and_charity(tmp_path):
    t = empty_template(tmp_path)
    a, c = Replica(tmp_path / "pa.gpkg", "a", template=t), Replica(tmp_path / "pc.gpkg", "c", template=t)
    near1 = c.p.add(Asset(name="St Mary's Church Hall", location=(-1.4700, 53.3800)))
    far = c.p.add(Asset(name="St Mary's Church Hall", location=(-1.40, 53.42)))  # same name, 5 km away
    pc1 = c.p.add(Asset(name="Foxhill Forum", location=(-1.52, 53.41), postcode="S6 1AA"))
    ph1 = c.p.add(Asset(name="Tuesday lunch club", location=(-1.30, 53.50), contact_phone="0114 273 4567"))
    g1 = c.p.add(Group(name="Friends of Oakwood Park", charity_number="1234567"))
    near2 = a.p.add(Asset(name="St Marys church hall", location=(-1.4705, 53.3803)))  # about 45 m away
    pc2 = a.p.add(Asset(name="Foxhill forum", location=(-1.53, 53.40), postcode="s61aa"))
    ph2 = a.p.add(Asset(name="Lunch club (Tuesdays)", location=(-1.31, 53.51), contact_phone="+44 114 273 4567"))
    web1 = a.p.add(Asset(name="Community fridge", location=(-1.2, 53.6), website="https://www.fridge.example/"))
    web2 = a.p.add(Asset(name="The fridge", location=(-1.1, 53.7), website="fridge.example"))
    g2 = a.p.add(Group(name="Oakwood Park Friends group", charity_number="1234567"))
    s = merge_files(c.p, [a.export(tmp_path / "a.gpkg")])
    found = {pair: reasons for pair, reasons in _pairs(c.p)}
    key = lambda x, y: tuple(sorted((x.uuid, y.uuid)))  # noqa: E731
    assert "near" in found[key(near1, near2)] and "name" in found[key(near1, near2)]
    assert key(far, near2) not in found and key(far, near1) not in found
    assert "postcode" in found[key(pc1, pc2)]
    assert "phone" in found[key(ph1, ph2)]
    assert "website" in found[key(web1, web2)]
    assert "charity_number" in found[key(g1, g2)]
    assert s.possible_duplicates == len(found) == 5
    a.close()
    c.close()


def test_merged_pair_keeps_both_uuids_and_later_edits_land_on_the_survivor(tmp_path):
    t = empty_template(tmp_path)
    a, b, c = (Replica(tmp_path / f"p{n}.gpkg", n, template=t) for n in ("a", "b", "c"))
    x = a.p.add(Asset(name="Oakwood Library", location=(-1.5001, 53.4001)))
    y = b.p.add(Asset(name="Oakwood library", location=(-1.5002, 53.4002), opening_times="Mo 09:00-17:00"))
    merge_files(c.p, [a.export(tmp_path / "a1.gpkg"), b.export(tmp_path / "b1.gpkg")])
    c.now += 1000
    dup.merge_pair(c.p, "assets", x.uuid, y.uuid)
    assert c.p.row("assets", x.uuid)["opening_times"] == "Mo 09:00-17:00"
    assert survivor_of(c.p.conn, "assets", y.uuid) == x.uuid and c.p.is_deleted("assets", y.uuid)
    # mapper b has not heard of the merge and edits its copy later; merging lands it on the survivor
    b.now += 5000
    b.p.update("assets", y.uuid, {"accessibility": "Step-free entrance"})
    c.now += 5000
    merge_files(c.p, [b.export(tmp_path / "b2.gpkg")])
    assert c.p.row("assets", x.uuid)["accessibility"] == "Step-free entrance"
    assert not c.p.exists("assets", y.uuid)
    # ...and b's old values from before the merge do not overwrite the survivor
    assert c.p.row("assets", x.uuid)["name"] == "Oakwood Library"
    # the replacement travels: a mapper merging the coordinator's map gets the same result
    d = Replica(tmp_path / "pd.gpkg", "d", template=t)
    d.now = c.now
    merge_files(d.p, [tmp_path / "b2.gpkg", c.export(tmp_path / "c.gpkg")])
    assert d.p.row("assets", x.uuid)["accessibility"] == "Step-free entrance"
    assert survivor_of(d.p.conn, "assets", y.uuid) == x.uuid
    for r in (a, b, c, d):
        r.close()


def test_pairs_are_searched_again_only_when_a_field_they_depend_on_changed(tmp_path, monkeypatch):
    t = empty_template(tmp_path)
    a, c = Replica(tmp_path / "pa.gpkg", "a", template=t), Replica(tmp_path / "pc.gpkg", "c", template=t)
    one = c.p.add(Asset(name="Tuesday lunch club", location=(-1.30, 53.50), contact_phone="0114 273 4567"))
    two = a.p.add(Asset(name="Lunch club (Tuesdays)", location=(-1.31, 53.51), contact_phone="+44 114 273 4567"))
    merge_files(c.p, [a.export(tmp_path / "a1.gpkg")])
    assert len(_pairs(c.p)) == 1
    searched = []
    real = dup.refresh_pairs
    monkeypatch.setattr(dup, "refresh_pairs", lambda p, changed, **kw: searched.append(changed) or real(p, changed, **kw))
    a.p.update("assets", two.uuid, {"opening_times": "Tuesdays 12-2"})  # not a field pairs depend on
    merge_files(c.p, [a.export(tmp_path / "a2.gpkg")])
    assert searched[-1]["assets"] == [] and len(_pairs(c.p)) == 1
    a.p.update("assets", two.uuid, {"contact_phone": "0114 000 0000", "name": "Soup kitchen"})
    merge_files(c.p, [a.export(tmp_path / "a3.gpkg")])
    assert searched[-1]["assets"] == [two.uuid] and _pairs(c.p) == set()
    assert c.p.get("assets", one.uuid).name == "Tuesday lunch club"
