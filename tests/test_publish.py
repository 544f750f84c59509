"""``mapper publish``: the static site. What it contains (only published records, no mapper's name, no care
needs, nothing unpublished referred to, record text escaped), and how it works in headless Chromium from
file:// (search by name, category and postcode; filters; the list; keyboard flows; axe-core on every page
type)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mapper.cli import main
from mapper.publish.site import CHUNK, MARKER, publish_site
from mapper.store.source import FileSource
from tests.axe_check import assert_accessible
from tests.cdp import CHROMIUM, Browser
from tests.published_fixtures import SECRET, XSS, add_markup_asset, build_small

browser_only = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test installs it)")


def uuid_of(project, name: str) -> str:
    return project.conn.execute("SELECT uuid FROM assets WHERE name = ?", (name,)).fetchone()[0]


@pytest.fixture
def small_xss(project):
    return add_markup_asset(build_small(project))


@pytest.fixture
def site(small_xss, tmp_path) -> Path:
    out = tmp_path / "site"
    publish_site(FileSource(small_xss), out)
    return out


def all_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in folder.rglob("*") if p.suffix in (".html", ".js")
                   and "web" not in p.relative_to(folder).parts)


def test_site_has_only_published_records_and_no_names_of_mappers(site, small_xss):
    text = all_text(site)
    assert SECRET not in text and "needs company" not in text
    shed = uuid_of(small_xss, f"{SECRET} private shed")
    assert shed not in text
    secret_group = small_xss.conn.execute("SELECT uuid FROM groups WHERE may_publish = 0").fetchone()[0]
    assert secret_group not in text  # Walkley Walk's unpublished group is not referred to
    for name in ("Crookes Coffee Morning", "Walkley Walk", "Phone-only befriending"):
        uuid = uuid_of(small_xss, name)
        page = site / "a" / uuid[:2] / f"{uuid}.html"
        assert page.exists()
        assert f"<h1>{name}</h1>" in page.read_text(encoding="utf-8")
    coffee = uuid_of(small_xss, "Crookes Coffee Morning")
    html = (site / "a" / coffee[:2] / f"{coffee}.html").read_text(encoding="utf-8")
    assert "Crookes Friends" in html and "Tuesdays 10am-12pm" in html and "S10 1TD" in html
    for page in ("index.html", "list.html", "about.html", "neighbourhoods.html", "all.html",
                 "d/E08000019.html", "w/E05010863.html"):
        assert (site / page).exists()
    about = (site / "about.html").read_text(encoding="utf-8")
    for credit in ("CC BY 4.0", "OpenStreetMap contributors", "Open Government Licence v3.0",
                   "Royal Mail copyright", "Leaflet", "Office for National Statistics", "LG Inform Plus"):
        assert credit in about
    assert (site / "web" / "leaflet" / "LICENSE").exists() and (site / "web" / "supercluster" / "LICENSE").exists()
    assert not re.search(r"https?://(?!www\.nationalarchives|www\.w3\.org)", (site / "index.html").read_text())


def test_record_text_is_escaped_everywhere(site, small_xss):
    uuid = uuid_of(small_xss, XSS)
    html = (site / "a" / uuid[:2] / f"{uuid}.html").read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<script>window.__xss" not in html
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in html
    assert "javascript:" not in html  # a website that is not http(s) is never a link
    for data in (site / "data").rglob("*.js"):
        body = data.read_text(encoding="utf-8")
        assert "<" not in body and ">" not in body, data
    chunk = (site / "data" / "c" / "0.js").read_text(encoding="utf-8")
    value = json.loads(chunk[chunk.index(",") + 1:-3])
    assert XSS in value["names"]  # the same text, as data


def test_data_is_in_chunks_and_search_files(site, small_xss):
    points = (site / "data" / "points.js").read_text(encoding="utf-8")
    assert "Crookes Coffee Morning" not in points  # the first screen loads positions and codes only
    names = json.loads(points[points.index(",") + 1:-3])
    assert len(names["k"]) == 4 and CHUNK == 500
    assert (site / "data" / "s" / "63-6f.js").exists()  # "co" (coffee)
    assert (site / "data" / "pc" / "S10.js").exists()


def test_publish_cli_refuses_a_folder_it_did_not_write(demo_path, tmp_path, capsys):
    out = tmp_path / "site"
    assert main(["publish", str(demo_path), str(out)]) == 0
    assert (out / MARKER).exists() and "public website" in capsys.readouterr().out
    assert main(["publish", str(demo_path), str(out)]) == 0  # replaces its own earlier site
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep")
    assert main(["publish", str(demo_path), str(other)]) == 1
    assert (other / "notes.txt").read_text() == "keep"
    assert "published into a new folder" in capsys.readouterr().err
    assert main(["publish", "postgresql://127.0.0.1:9/central?connect_timeout=2", str(tmp_path / "x")]) == 1
    assert "cannot reach the central map" in capsys.readouterr().err  # one line, no traceback


# ---- in headless Chromium, from file:// ----------------------------------------------------------------
def opened(browser, path: Path, ready: bool = True):
    page = browser.open(path.as_uri())
    if ready:
        page.wait_for("document.documentElement.getAttribute('data-ready')", timeout=30)
    return page


def status(page) -> str:
    return page.evaluate("document.getElementById('status').textContent")


def results(page) -> list[str]:
    return page.evaluate("Array.from(document.querySelectorAll('#results a')).map(a => a.textContent)")


@browser_only
def test_map_search_by_name_category_and_postcode_and_filters(site):
    with Browser() as browser:
        page = opened(browser, site / "index.html")
        assert status(page) == "4 assets on the map."
        page.evaluate("NM.search('coffee')")
        assert results(page) == ["Crookes Coffee Morning"]
        page.evaluate("NM.search('walking group')")  # a category's name
        assert results(page) == ["Walkley Walk"]
        page.evaluate("NM.search('S10 1TD')")  # the located assets, nearest first
        assert sorted(results(page)) == sorted([XSS, "Crookes Coffee Morning", "Walkley Walk"])
        assert "Nearest assets to S10 1TD" in status(page)
        metres = page.evaluate("Array.from(document.querySelectorAll('#results li span')).map(s => "
                               "parseInt(s.textContent.match(/(\\d+) m away/)[1]))")
        assert metres == sorted(metres) and len(metres) == 3
        page.evaluate("NM.search('ZZ9 9ZZ')")
        assert results(page) == []
        page.evaluate("NM.search('')")
        page.evaluate("document.getElementById('kind').value = 'group_activity';"
                      "document.getElementById('kind').dispatchEvent(new Event('change')); 1")
        page.wait_for("document.getElementById('status').textContent.startsWith('2 assets')")
        page.evaluate("document.getElementById('principle').value = 'Belonging';"
                      "document.getElementById('principle').dispatchEvent(new Event('change')); 1")
        page.wait_for("document.getElementById('status').textContent.startsWith('1 assets')")
        page.evaluate("document.getElementById('finder').reset(); 1")
        page.wait_for("document.getElementById('status').textContent.startsWith('4 assets')")
        page.evaluate("document.getElementById('category').value = 'walking_group';"
                      "document.getElementById('category').dispatchEvent(new Event('change')); 1")
        page.wait_for("document.getElementById('status').textContent.startsWith('1 assets')")
        assert page.evaluate("window.__xss") is None
        injected = "img[src=x], script:not([src]):not([type='application/json'])"
        assert page.evaluate(f"document.querySelectorAll({injected!r}).length") == 0


@browser_only
def test_markup_in_a_name_stays_text_in_the_page(site):
    with Browser() as browser:
        page = opened(browser, site / "index.html")
        page.evaluate("NM.search('onerror')")
        assert results(page) == [XSS]
        assert page.evaluate("window.__xss") is None
        assert page.evaluate("document.querySelectorAll('#results img, #results script').length") == 0


@browser_only
def test_list_view_pages_and_filters_by_keyboard(site):
    with Browser() as browser:
        page = opened(browser, site / "list.html")
        rows = "Array.from(document.querySelectorAll('#list tbody tr')).map(r => r.textContent)"
        assert len(page.evaluate(rows)) == 4
        assert page.evaluate("document.getElementById('list-caption').textContent") == "4 assets, page 1 of 1"
        assert page.evaluate("document.getElementById('next').disabled") is True
        # keyboard: Tab to the search box, type, Enter; the table answers
        page.evaluate("document.body.focus(); 1")
        for _ in range(12):
            page.press("Tab")
            if page.evaluate("document.activeElement.id") == "q":
                break
        assert page.evaluate("document.activeElement.id") == "q"
        page.send("Input.insertText", {"text": "walk"})
        page.press("Enter")
        page.wait_for("document.getElementById('list-caption').textContent.startsWith('1 assets')")
        assert "Walkley Walk" in page.evaluate(rows)[0]
        assert page.evaluate("document.querySelector('#list tbody th[scope=row] a').textContent") == "Walkley Walk"


@browser_only
def test_keyboard_skip_link_search_and_open_an_asset(site):
    with Browser() as browser:
        page = opened(browser, site / "index.html")
        page.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
        page.press("Enter")
        page.wait_for("document.activeElement.id === 'main'")
        for _ in range(6):
            page.press("Tab")
            if page.evaluate("document.activeElement.id") == "q":
                break
        assert page.evaluate("document.activeElement.id") == "q"
        page.send("Input.insertText", {"text": "coffee"})
        page.press("Enter")  # the first result takes the focus
        page.wait_for("document.activeElement.textContent === 'Crookes Coffee Morning'")
        page.press("Enter")
        page.wait_for("document.querySelector('h1') && document.querySelector('h1').textContent === "
                      "'Crookes Coffee Morning'", timeout=20)
        assert "/a/" in page.evaluate("location.pathname")


@browser_only
def test_axe_finds_no_serious_violation_on_any_page_type(site, small_xss):
    coffee = uuid_of(small_xss, "Crookes Coffee Morning")
    hood = small_xss.conn.execute("SELECT uuid FROM neighbourhoods WHERE name = 'Crookes'").fetchone()[0]
    ward = next((site / "w").glob("*.html"))
    with Browser() as browser:
        page = opened(browser, site / "index.html")
        assert_accessible(page, "the map page")
        page.evaluate("NM.search('co')")
        page.evaluate("document.getElementById('shade').value = 'assets';"
                      "document.getElementById('shade').dispatchEvent(new Event('change')); 1")
        page.wait_for("document.querySelectorAll('#legend li').length > 0")
        assert_accessible(page, "the map page with results and shading")
        assert_accessible(opened(browser, site / "list.html"), "the list page")
        for what, path in (("an asset page", site / "a" / coffee[:2] / f"{coffee}.html"),
                           ("a neighbourhood profile", site / "n" / f"{hood}.html"), ("a ward profile", ward),
                           ("a district profile", site / "d" / "E08000019.html"),
                           ("the whole map's profile", site / "all.html"),
                           ("the neighbourhoods page", site / "neighbourhoods.html"),
                           ("the about page", site / "about.html")):
            assert_accessible(opened(browser, path, ready=False), what)


@browser_only
def test_profile_pages_print_without_navigation_and_the_map_zooms_by_keyboard(site, small_xss):
    hood = small_xss.conn.execute("SELECT uuid FROM neighbourhoods WHERE name = 'Crookes'").fetchone()[0]
    with Browser() as browser:
        page = opened(browser, site / "n" / f"{hood}.html", ready=False)
        shown = "getComputedStyle(document.querySelector({!r})).display"
        assert page.evaluate(shown.format("header.site nav")) != "none"
        page.send("Emulation.setEmulatedMedia", {"media": "print"})
        assert page.evaluate(shown.format("header.site nav")) == "none"
        assert page.evaluate(shown.format("button.print")) == "none"
        assert page.evaluate(shown.format("svg.chart")) == "block"
        page = opened(browser, site / "index.html")
        page.evaluate("document.getElementById('map').focus(); 1")
        assert page.evaluate("document.activeElement.id") == "map"
        start = page.evaluate("NM.map.getZoom()")
        page.press("+", code="Equal", key_code=187)
        page.wait_for(f"NM.map.getZoom() > {start}")
        lng = page.evaluate("NM.map.getCenter().lng")
        page.press("ArrowLeft", key_code=37)
        page.wait_for(f"NM.map.getCenter().lng < {lng}")


@browser_only
def test_list_pages_through_many_assets(project, tmp_path):
    from mapper.domain.records import Asset

    project.bulk_add([Asset(name=f"Asset {i:03d}", kind="shared_space", category="park", may_publish=True,
                            location=(-1.5 + i / 10000, 53.38)) for i in range(120)], derive=False)
    out = tmp_path / "site"
    publish_site(FileSource(project), out)
    first = "document.querySelector('#list tbody th a').textContent"
    with Browser() as browser:
        page = opened(browser, out / "list.html")
        assert page.evaluate("document.querySelectorAll('#list tbody tr').length") == 50
        assert page.evaluate(first) == "Asset 000"
        assert page.evaluate("document.getElementById('page-of').textContent") == "Page 1 of 3"
        assert page.evaluate("document.getElementById('prev').disabled") is True
        page.evaluate("document.getElementById('next').focus(); 1")
        page.press("Enter")
        page.wait_for("document.getElementById('page-of').textContent === 'Page 2 of 3'")
        assert page.evaluate(first) == "Asset 050"
        page.press("Enter")
        page.wait_for("document.getElementById('page-of').textContent === 'Page 3 of 3'")
        assert page.evaluate("document.querySelectorAll('#list tbody tr').length") == 20
        assert page.evaluate("document.getElementById('next').disabled") is True


def test_district_and_ward_profile_pages_link_up_and_down(site, small_xss):
    """Each district and ward has its own printable profile; a neighbourhood's page names its ward, its
    district and the whole map; a district lists its wards, a ward its neighbourhoods."""
    crookes = uuid_of_hood(small_xss, "Crookes")
    hood = (site / "n" / f"{crookes}.html").read_text(encoding="utf-8")
    crumbs = hood[hood.index('<ul class="crumbs">'):hood.index("</ul>", hood.index('<ul class="crumbs">'))]
    assert re.findall(r'href="([^"]+)"', crumbs) == ["../w/E05010863.html", "../d/E08000019.html", "../all.html"]
    assert re.findall(r'">([^<]+)</a>', crumbs) == ["Ward: Crookes &amp; Crosspool", "District: Sheffield",
                                                    "The whole map"]
    district = (site / "d" / "E08000019.html").read_text(encoding="utf-8")
    assert "<h1>Sheffield</h1>" in district and "District profile" in district
    assert 'href="../w/E05010863.html"' in district and 'href="../all.html"' in district
    ward = (site / "w" / "E05010863.html").read_text(encoding="utf-8")
    assert f'href="../n/{crookes}.html"' in ward and "<h1>Crookes &amp; Crosspool</h1>" in ward
    whole = (site / "all.html").read_text(encoding="utf-8")
    assert 'href="d/E08000019.html"' in whole
    hoods = (site / "neighbourhoods.html").read_text(encoding="utf-8")
    assert 'href="d/E08000019.html"' in hoods and 'href="w/E05010863.html"' in hoods
    for page in (site / "d").glob("*.html"):  # every district page's links lead to pages that exist
        for href in re.findall(r'href="(\.\./[^"#]+\.html)"', page.read_text(encoding="utf-8")):
            assert (page.parent / href).resolve().exists(), href


def uuid_of_hood(project, name):
    return project.conn.execute("SELECT uuid FROM neighbourhoods WHERE name = ?", (name,)).fetchone()[0]


@browser_only
def test_the_site_works_from_an_ordinary_web_server_too(site):
    """The same folder served over HTTP (the standard library's server on loopback) works as from file://."""
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with Browser() as browser:
            page = browser.open(f"{base}/index.html")
            page.wait_for("document.documentElement.getAttribute('data-ready')", timeout=30)
            assert status(page) == "4 assets on the map."
            page.evaluate("NM.search('coffee')")
            assert results(page) == ["Crookes Coffee Morning"]
            profile = browser.open(f"{base}/d/E08000019.html")
            assert profile.evaluate("document.querySelector('h1').textContent") == "Sheffield"
    finally:
        server.shutdown()
        server.server_close()
