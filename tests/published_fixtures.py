"""A small project with published and unpublished records for the public outputs' tests (ORUK, site)."""

from __future__ import annotations

from mapper.domain.records import Asset, CareNeed, Group, Neighbourhood
from mapper.privacy.setup import set_passphrase

SECRET = "Zebedee Unpublishedname"
PASSPHRASE = "a long enough passphrase for tests"
XSS = "<img src=x onerror=\"window.__xss=1\"></script><script>window.__xss=2</script>"


def square(x: float, y: float, size: float = 0.02) -> dict:
    return {"type": "MultiPolygon", "coordinates": [[[[x, y], [x + size, y], [x + size, y + size], [x, y + size],
                                                      [x, y]]]]}


def build_small(project):
    """Published and unpublished assets and groups in two neighbourhoods of one ward, a care need (under
    ``PASSPHRASE``, unlocked), a mapper's name on every record."""
    crookes = project.add(Neighbourhood(name="Crookes", code="N1", ward="Crookes & Crosspool",
                                        geometry=square(-1.52, 53.375)))
    project.add(Neighbourhood(name="Walkley", code="N2", ward="Crookes & Crosspool", geometry=square(-1.50, 53.38)))
    project.add(Neighbourhood(name="Empty Hood", code="N3", ward="Elsewhere", geometry=square(-1.40, 53.30)))
    pub_group = project.add(Group(name="Crookes Friends", group_type="voluntary_org", may_publish=True,
                                  charity_number="1234567", website="crookesfriends.org.uk",
                                  contact_email="hello@crookesfriends.org.uk", neighbourhoods=(crookes.uuid,),
                                  recorded_by=SECRET))
    secret_group = project.add(Group(name=f"{SECRET} group", may_publish=False, recorded_by=SECRET))
    project.add(Asset(name="Crookes Coffee Morning", kind="group_activity", category="coffee_morning",
                      location=(-1.505, 53.385), address="Crookes Social Club, 5 Mulehouse Road, Sheffield",
                      postcode="S10 1TD", opening_times="Tuesdays 10am-12pm", cost="£1",
                      contact_phone="0114 000 0000", accessibility="Step-free entrance", may_publish=True,
                      run_by=pub_group.uuid, principles=("Connection", "Belonging"), last_checked="2020-01-01",
                      recorded_by=SECRET))
    project.add(Asset(name="Walkley Walk", kind="group_activity", category="walking_group",
                      location=(-1.49, 53.39), opening_times="Every Saturday morning", cost="Donations welcome",
                      may_publish=True, run_by=secret_group.uuid, status="temporarily_closed", recorded_by=SECRET))
    project.add(Asset(name="Phone-only befriending", kind="everyday_help", category="befriending",
                      may_publish=True, contact_phone="0114 111 1111", recorded_by=SECRET))
    project.add(Asset(name=f"{SECRET} private shed", kind="skills_resources", category="tool_share",
                      location=(-1.51, 53.38), may_publish=False, recorded_by=SECRET))
    set_passphrase(project, PASSPHRASE)  # care needs are only ever stored encrypted (left unlocked here)
    project.add(CareNeed(categories=("loneliness",), notes=f"{SECRET} needs company", consent_by="x",
                         consent_at="2025-01-01", consent_scope="mapping", recorded_by=SECRET,
                         neighbourhood=crookes.uuid))
    return project


def add_markup_asset(small):
    """A published asset whose name and description are markup, and whose website is a script URL."""
    asset = small.add(Asset(name=XSS, kind="shared_space", category="library", location=(-1.515, 53.38),
                            description=XSS, may_publish=True))
    with small.transaction():  # as if edited in QGIS: the app's own forms refuse such an address
        small.conn.execute("UPDATE assets SET website = 'javascript:alert(1)' WHERE uuid = ?", (asset.uuid,))
    return small
