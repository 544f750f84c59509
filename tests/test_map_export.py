"""The map page has no CDN left in it, and ``mapper export PROJECT map.html --public`` writes one
self-contained file that opens offline in a browser, with only publishable assets and no care needs."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from mapper.cli import main
from mapper.domain.records import Asset
from mapper.mapview.html_export import export_html
from mapper.mapview.server import MapServer

# what a page loads: <script src>, <link href>, <img src>, CSS url(), @import
LOADS = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""", re.I)
XSS = ["<img src=x onerror=\"document.title='XSS'\">", "</script><script>document.title='XSS'</script>",
       "`${document.title='XSS'}`"]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_app_page_loads_nothing_from_the_network(demo):
    html = MapServer(project=demo).page()
    assert not LOADS.search(html)
    for cdn in ("jquery", "bootstrap", "awesome-markers", "fontawesome", "cdn.jsdelivr", "cdnjs"):
        assert cdn not in html
    assert 'src="web/leaflet/leaflet.js"' in html and 'href="web/leaflet/leaflet.css"' in html
    # the vendored files and their licences are there
    server = MapServer(project=demo)
    for rel in ("leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/LICENSE", "supercluster/supercluster.min.js",
                "supercluster/LICENSE", "mapper/dots.js", "mapper/mapper.js", "mapper/mapper.css"):
        assert server.handle("/web/" + rel).status == 200, rel


def test_public_export_holds_only_publishable_assets_and_no_care_needs(demo, tmp_path):
    out = tmp_path / "map.html"
    report = export_html(demo, out, public=True)
    html = out.read_text(encoding="utf-8")
    published = {u for (u,) in demo.conn.execute("SELECT uuid FROM assets WHERE may_publish=1 AND geom IS NOT NULL")}
    private = {u for (u,) in demo.conn.execute("SELECT uuid FROM assets WHERE may_publish=0")}
    assert private and published
    assert report.assets == len(published)
    assert all(u in html for u in published)
    assert not any(u in html for u in private)
    needs = list(demo.conn.execute("SELECT uuid, notes FROM care_needs"))
    assert needs
    assert not any(u in html for u, _ in needs)
    assert "Fictional demo need" not in html
    markup = re.sub(r"<script[^>]*>.*?</script>", "", html, flags=re.S)  # libraries' code aside
    assert not LOADS.search(markup)  # everything inlined: no src/href/url() to the network
    assert "<link" not in html and "<script src" not in html


def test_cli_export_html(demo_path, tmp_path, capsys):
    out = tmp_path / "public map.html"
    assert main(["export", str(demo_path), str(out), "--public"]) == 0
    assert "public map with" in capsys.readouterr().out
    assert out.stat().st_size > 100_000
    assert not list(tmp_path.glob(".*.tmp"))


def test_names_cannot_break_out_of_the_inlined_data(project, tmp_path):
    project.bulk_add([Asset(name=n, description=n, kind="shared_space", category="park", may_publish=True,
                            location=(-1.47 + i * 0.01, 53.38)) for i, n in enumerate(XSS)])
    html = export_html(project, tmp_path / "map.html").path.read_text(encoding="utf-8")
    data = html[html.index('id="nm-data-assets"'):]
    data = data[:data.index("</script>")]
    assert "<" not in data.split(">", 1)[1]  # nothing in the JSON can open or close an element


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (optional test dependency)")
def test_exported_map_opens_offline_in_headless_chromium(project, demo, tmp_path):
    project.bulk_add([Asset(name=n, description=n, kind="shared_space", category="park", may_publish=True,
                            location=(-1.47 + i * 0.01, 53.38)) for i, n in enumerate(XSS)])
    for name, source in (("demo", demo), ("xss", project)):
        out = export_html(source, tmp_path / f"{name}.html").path
        published = source.conn.execute(
            "SELECT count(*) FROM assets WHERE may_publish=1 AND geom IS NOT NULL").fetchone()[0]
        shot = tmp_path / f"{name}.png"
        flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                 "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=8000",
                 f"--user-data-dir={tmp_path / 'chromium'}"]
        dom = subprocess.run([*flags, "--dump-dom", out.as_uri()], capture_output=True, text=True,
                             timeout=120).stdout
        body = re.search(r"<body[^>]*>", dom).group(0)
        assert 'data-nm-ready="1"' in body
        assert f'data-nm-assets="{published}"' in body and f'data-nm-drawn="{published}"' in body
        assert "<title>XSS" not in dom and 'src="x"' not in dom
        subprocess.run([*flags, "--window-size=900,700", f"--screenshot={shot}", out.as_uri()],
                       capture_output=True, timeout=120)
        assert shot.stat().st_size > 10_000  # a drawn map, not an empty page
