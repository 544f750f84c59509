"""Connect: matching assets and groups, open first, nearest first; a connection moves the need on."""

from __future__ import annotations

from mapper.domain.records import Asset, CareNeed, Group, Neighbourhood
from mapper.privacy import setup
from mapper.privacy.connect import record_connection, suggest

SQUARE = {"type": "MultiPolygon", "coordinates": [[[[-1.50, 53.30], [-1.40, 53.30], [-1.40, 53.40],
                                                    [-1.50, 53.40], [-1.50, 53.30]]]]}


def _asset(name, category, lon, lat, status="active", run_by=None):
    from mapper.domain.taxonomy import taxonomy

    return Asset(name=name, category=category, kind=taxonomy().kind_of(category), location=(lon, lat),
                 status=status, run_by=run_by)


def test_suggestions_match_categories_open_first_nearest_first(project):
    setup.set_passphrase(project, "connect passphrase")
    hood = project.add(Neighbourhood(name="Hillside", geometry=SQUARE))
    group = project.add(Group(name="Walkers of Hillside"))
    far = project.add(_asset("Far coffee", "coffee_morning", -1.41, 53.39))
    near = project.add(_asset("Near befriending", "befriending", -1.449, 53.351, run_by=group.uuid))
    closed = project.add(_asset("Closed club", "book_club", -1.45, 53.35, status="closed"))
    project.add(_asset("Playground", "playground", -1.45, 53.35))  # not a loneliness match
    need = project.add(CareNeed(neighbourhood=hood.uuid, categories=("loneliness",), consent_by="me",
                                consent_at="2026-01-01", approx_location="-1.45 53.35"))
    got = suggest(project, project.get("care_needs", need.uuid))
    names = [s.name for s in got]
    assert names[0] == "Near befriending"
    assert names.index("Far coffee") < names.index("Closed club")  # open before closed, though farther
    assert "Playground" not in names
    assert "Walkers of Hillside" in names  # a group running a matching asset
    assert got[-1].uuid == closed.uuid and not got[-1].open
    dists = [s.distance_m for s in got if s.open]
    assert dists == sorted(dists)

    # without a point, distances are from the neighbourhood's centre
    need2 = project.add(CareNeed(neighbourhood=hood.uuid, categories=("loneliness",), consent_by="me",
                                 consent_at="2026-01-01"))
    assert suggest(project, project.get("care_needs", need2.uuid))[0].distance_m is not None

    updated = record_connection(project, need.uuid, near.uuid)
    assert updated.status == "connected" and updated.connections == (near.uuid,)
    again = project.get("care_needs", need.uuid)
    assert again.status == "connected" and again.connections == (near.uuid,)
    assert near.uuid not in [s.uuid for s in suggest(project, again)]  # already connected
    assert far.uuid in [s.uuid for s in suggest(project, again)]
