"""Data is never code on a page: template syntax (Jinja2's ``{{ }}``, ``{% %}``, ``{# #}`` and the lipsum/os.popen
payload that would ``touch`` a file) in every text field of every record kind, taken through a mapper's export,
a coordinator's merge and ``mapper export ... map.html --public`` (and the window's page through MapServer),
shows literally and runs nothing."""

from __future__ import annotations

import dataclasses
import html as html_mod
import json
import re
import sqlite3
from pathlib import Path

from mapper.cli import main
from mapper.domain.records import Asset, CareNeed, Group, Neighbourhood
from mapper.mapview.server import MapServer
from mapper.privacy.setup import set_passphrase
from mapper.store.project import Project
from mapper.sync.package import write_package

PASS = "correct horse battery staple"
SQUARE = {"type": "Polygon", "coordinates": [[[-1.52, 53.36], [-1.44, 53.36], [-1.44, 53.40], [-1.52, 53.40],
                                              [-1.52, 53.36]]]}
# fields holding codes, dates, numbers or references (validated or chosen from a list): not free text
NOT_TEXT = {"uuid", "kind", "category", "status", "group_type", "urgency", "age_band", "categories", "principles",
            "connections", "neighbourhoods", "neighbourhood", "run_by", "postcode", "last_checked", "consent_at",
            "approx_location", "is_carer", "may_publish", "neighbourhood_fixed", "location", "geometry",
            "population"}


def payload(tmp: Path, tag: str) -> str:
    """Every template syntax at once; the last one would create ``tmp/pwned-<tag>`` if it ever ran."""
    return (f"{tag} {{{{ 7*7 }}}} {{% if 1 %}}x{{% endif %}} {{# c #}} "
            f"{{{{ lipsum.__globals__['os'].popen('touch {tmp}/pwned-{tag}').read() }}}}")


def text_fields(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.name not in NOT_TEXT]


def hostile(cls, tmp: Path, **fixed):
    """A record of ``cls`` with a payload in every free-text field (shaped to pass validation)."""
    values = {}
    for name in text_fields(cls):
        text = payload(tmp, f"{cls.TABLE}.{name}")
        if name == "website":
            text = "example.org/" + text
        elif name == "contact_email":
            text = text + " a@example.org"
        values[name] = text
    return cls(**{**values, **fixed})


def make_mapper_file(tmp: Path) -> tuple[Path, dict[str, dict[str, str]]]:
    """A mapper's project with hostile text everywhere, and its export package."""
    p = Project.create(tmp / "mapper.gpkg", author=payload(tmp, "author"))
    try:
        set_passphrase(p, PASS)
        hood = p.add(hostile(Neighbourhood, tmp, geometry=SQUARE))
        group = p.add(hostile(Group, tmp, may_publish=True))
        asset = p.add(hostile(Asset, tmp, kind="shared_space", category="park", may_publish=True,
                              location=(-1.48, 53.38), run_by=group.uuid))
        p.add(hostile(CareNeed, tmp, neighbourhood=hood.uuid, categories=("food",), consent_at="2026-01-01"))
        records = {"neighbourhoods": hood, "groups": group, "assets": asset}
        written = {t: {f: getattr(r, f) for f in text_fields(type(r))} for t, r in records.items()}
        out = write_package(p, tmp / "from mapper.gpkg")
    finally:
        p.close()
    return out, written


def inline_data(html: str) -> dict[str, object]:
    """The JSON elements of an exported page, decoded."""
    found = re.findall(r'<script type="application/json" id="nm-([a-z-]+)">(.*?)</script>', html, re.S)
    return {key: json.loads(body) for key, body in found}


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)] + [k for k in value if isinstance(k, str)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def assert_nothing_ran(tmp: Path) -> None:
    assert sorted(p.name for p in tmp.glob("pwned-*")) == []


def test_template_text_in_every_field_goes_through_merge_and_public_export_literally(tmp_path, capsys):
    package, written = make_mapper_file(tmp_path)
    coordinator = tmp_path / "central.gpkg"
    assert main(["new", str(coordinator), "--author", "Coordinator"]) == 0
    assert main(["merge", str(coordinator), str(package)]) == 0
    out = tmp_path / "map.html"
    assert main(["export", str(coordinator), str(out), "--public"]) == 0
    capsys.readouterr()
    assert_nothing_ran(tmp_path)

    html = out.read_text(encoding="utf-8")
    data = inline_data(html)
    shown = set(strings(data))
    # what the public map carries is there exactly as typed: name, description, address, hours, ...
    asset = written["assets"]
    carried = {"name", "description", "address", "opening_times", "cost", "audience", "website"}
    for field in carried:
        assert asset[field] in shown, field
    assert written["neighbourhoods"]["name"] in shown
    # no text was turned into template output anywhere (a rendered '{{ 7*7 }}' leaves '49' and drops the braces)
    uuid = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    for text in shown:
        assert "49" not in text or "{{ 7*7 }}" in text or uuid.match(text), text
    for text in strings(data):
        if "{{ 7*7 }}" in text:
            assert "{% if 1 %}x{% endif %}" in text and "{# c #}" in text
    # the markup outside the data is the app's own: no record text reached it
    markup = re.sub(r'<script type="application/json".*?</script>', "", html, flags=re.S)
    assert "7*7" not in markup and "lipsum" not in markup and "pwned" not in markup
    # the mapper's name and text nobody may publish never reach a public page
    assert "author" not in {t.split(" ", 1)[0] for t in shown}
    for field in ("contact_phone", "contact_email", "accessibility", "recorded_by"):
        assert asset[field] not in shown


def test_template_text_on_the_windows_page_and_its_data_is_literal(tmp_path):
    package, written = make_mapper_file(tmp_path)
    central = Project.create(tmp_path / "central.gpkg", author="Coordinator")
    try:
        from mapper.sync.merge import merge_files

        merge_files(central, [package])
        basemap = _hostile_mbtiles(tmp_path)
        server = MapServer(project=central)
        server.add_basemap(basemap)
        page = server.page()
        assert_nothing_ran(tmp_path)
        config = inline_data(page)["config"]
        assert config["basemaps"][0]["name"] == payload(tmp_path, "basemap.name")
        assert config["basemaps"][0]["attribution"] == payload(tmp_path, "basemap.attribution")
        markup = re.sub(r'<script type="application/json".*?</script>', "", page, flags=re.S)
        assert "7*7" not in markup and "pwned" not in markup
        served = []
        asset_uuid = central.conn.execute("SELECT uuid FROM assets").fetchone()[0]
        at = server.handle(f"/data/details/{asset_uuid}.json")
        lon, lat = json.loads(at.body)["at"]
        near = f"{lon - 0.001:.6f}/{lat - 0.001:.6f}/{lon + 0.001:.6f}/{lat + 0.001:.6f}"
        for path in (f"/data/view/19/{near}.json", "/data/neighbourhoods.json", f"/data/details/{asset_uuid}.json"):
            reply = server.handle(path)
            assert reply.status == 200
            served += strings(json.loads(reply.body))
        for field in ("name", "description", "address", "opening_times", "cost", "audience", "website"):
            assert written["assets"][field] in served
        assert written["neighbourhoods"]["name"] in served
        assert_nothing_ran(tmp_path)
    finally:
        central.close()


def test_care_need_counts_on_the_windows_page_name_hostile_neighbourhoods_as_text(tmp_path):
    """Care needs reach a page only as suppressed counts per neighbourhood: its name is literal there and
    no care-need text travels at all."""
    from mapper.privacy.setup import unlock

    make_mapper_file(tmp_path)
    p = Project.open(tmp_path / "mapper.gpkg")
    try:
        unlock(p, PASS)
        reply = MapServer(project=p).handle("/data/needs.json")
        assert reply.status == 200
        served = strings(json.loads(reply.body))
        hood = p.conn.execute("SELECT name FROM neighbourhoods").fetchone()[0]
        assert hood == payload(tmp_path, "neighbourhoods.name") and hood in served
        assert not any("care_needs." in text for text in served)
    finally:
        p.close()
    assert_nothing_ran(tmp_path)


def _hostile_mbtiles(tmp: Path) -> Path:
    path = tmp / "basemap.mbtiles"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.execute("CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB)")
        for key in ("name", "attribution", "description"):
            conn.execute("INSERT INTO metadata VALUES (?, ?)", (key, payload(tmp, f"basemap.{key}")))
        conn.execute("INSERT INTO metadata VALUES ('format', 'png')")
    conn.close()
    return path


def test_a_page_title_is_text(tmp_path):
    """The one page text the page builder takes from a caller is escaped, never parsed as a template."""
    from mapper.mapview.page import build_page

    title = payload(tmp_path, "title") + " <b>x</b>"
    page = build_page({"basemaps": []}, title=title)
    assert f"<title>{html_mod.escape(title)}</title>" in page
    assert_nothing_ran(tmp_path)


def test_template_text_shows_literally_in_the_window_map_and_the_exported_page_in_chromium(qtbot, tmp_path):
    """The merged hostile records in the window's map (MapWidget) and the export opened in Chromium."""
    import shutil
    import subprocess

    import pytest

    pytest.importorskip("PySide6.QtWebEngineWidgets")
    from mapper.mapview.html_export import export_html
    from mapper.sync.merge import merge_files
    from mapper.ui.map_widget import MapWidget
    from tests.map_helpers import js, load, wait_js

    package, written = make_mapper_file(tmp_path)
    central = Project.create(tmp_path / "central.gpkg", author="Coordinator")
    w = MapWidget()
    try:
        merge_files(central, [package])
        qtbot.addWidget(w)
        w.resize(900, 700)
        w.show()
        load(qtbot, w, central)
        uuid = central.conn.execute("SELECT uuid FROM assets").fetchone()[0]
        js(qtbot, w, f"MapperApp.select({json.dumps(uuid)}); 1")
        wait_js(qtbot, w, "(document.querySelector('.nm-popup-desc') || {}).textContent === "
                + json.dumps(written["assets"]["description"]))
        assert js(qtbot, w, "document.querySelector('.nm-popup-title').textContent") == written["assets"]["name"]
        popup = js(qtbot, w, "document.querySelector('.nm-popup').textContent")
        for field in ("address", "opening_times", "cost", "audience"):
            assert written["assets"][field] in popup
        hood = js(qtbot, w, "document.querySelector('.nm-hood-label').textContent")
        assert hood == written["neighbourhoods"]["name"]
        assert w.page().errors() == [] and w.guard.blocked_count == 0
        out = export_html(central, tmp_path / "map.html").path
    finally:
        w.close()
        w.deleteLater()
        qtbot.wait(50)
        central.close()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                 "--virtual-time-budget=8000", f"--user-data-dir={tmp_path / 'chromium'}"]
        dom = subprocess.run([*flags, "--dump-dom", out.as_uri()], capture_output=True, text=True,
                             timeout=120).stdout
        assert 'data-nm-ready="1"' in dom
        label = re.search(r'class="[^"]*nm-hood-label[^"]*"[^>]*><span[^>]*>(.*?)</span>', dom, re.S).group(1)
        assert html_mod.unescape(label) == written["neighbourhoods"]["name"]
    assert_nothing_ran(tmp_path)
