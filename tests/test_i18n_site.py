"""The published site in the language asked for (``mapper publish ... --language ur``): its own words
translated (pages, charts, the script's messages), right to left for Urdu and Arabic with the map left to
right, recorded text exactly as recorded, the CLI's own lines still in the coordinator's language."""

from __future__ import annotations

import html.parser
import re
from pathlib import Path

import pytest

from mapper.cli import main
from mapper.domain import i18n
from mapper.formats.profiles import ProfileData
from mapper.publish.pages import CREDITS
from mapper.publish.site import publish_site
from mapper.store.source import FileSource
from tests import i18n_tools as T
from tests.cdp import CHROMIUM, Browser
from tests.published_fixtures import XSS, add_markup_asset, build_small

browser_only = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test installs it)")


@pytest.fixture
def small(project):
    return add_markup_asset(build_small(project))


def ur(text: str) -> str:
    found = i18n.Catalogue.load("ur").translate("Site", text)
    assert found != text, text
    return found


class Texts(html.parser.HTMLParser):
    """Every text node and every attribute a person reads or hears, outside scripts."""

    SPOKEN = ("aria-label", "title", "alt", "placeholder", "label")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._script = 0

    def handle_starttag(self, tag, attrs):
        self._script += tag in ("script", "style")
        self.found += [v for k, v in attrs if k in self.SPOKEN and v]

    def handle_endtag(self, tag):
        self._script -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._script and data.strip():
            self.found.append(data)


def texts_of(page: Path) -> list[str]:
    parser = Texts()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.found


def test_every_word_of_the_site_is_translated_and_recorded_text_is_not(small, tmp_path, monkeypatch):
    """Published in the pseudo-locale: every text node of every kind of page is wrapped (translated), except
    what was recorded (names, addresses, opening times...), numbers and the licences' own names."""
    (tmp_path / "pseudo").mkdir()
    qm, catalogue = T.make_pseudo(tmp_path / "pseudo")
    load = i18n.Catalogue.load
    monkeypatch.setattr(i18n.Catalogue, "load", classmethod(
        lambda cls, language, *a, **k: catalogue if language == T.PSEUDO else load(language, *a, **k)))
    monkeypatch.setattr(i18n, "shipped_languages", lambda: ["en", T.PSEUDO])
    out = tmp_path / "site"
    publish_site(FileSource(small), out, language=T.PSEUDO)
    recorded = set()
    for row in small.conn.execute("SELECT name, address, postcode, opening_times, cost, contact_phone, "
                                  "accessibility, website, contact_email, last_checked FROM assets "
                                  "UNION ALL SELECT name, ward, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL "
                                  "FROM neighbourhoods UNION ALL SELECT name, website, contact_email, NULL, NULL, "
                                  "NULL, NULL, NULL, NULL, NULL FROM groups"):
        recorded |= {str(v) for v in row if v}
    recorded |= {part for credit in CREDITS for part in credit[1:] if part} | {"Neighbourhood Mapper"}
    recorded |= {a.name for a in ProfileData(FileSource(small)).areas() if a.level != "all"}  # districts: names
    pages = sorted(p for p in out.rglob("*.html") if "web" not in p.relative_to(out).parts)  # every page
    assert {"index.html", "list.html", "about.html", "neighbourhoods.html", "all.html"} <= {p.name for p in pages}
    escaped = []
    for page in pages:
        for text in texts_of(page):
            rest = text
            for value in sorted(recorded, key=len, reverse=True):
                rest = rest.replace(value, "")
            while re.search(r"⟦[^⟦⟧]*⟧", rest):  # translations inside translations too
                rest = re.sub(r"⟦[^⟦⟧]*⟧", "", rest)
            rest = re.sub(r"⟦[^⟦⟧]*…$", "", rest)  # a chart's label shortened to fit
            if re.search(r"[A-Za-z]{2,}", rest):
                escaped.append((page.relative_to(out).as_posix(), text))
    assert escaped == [], "\n".join(map(str, escaped))
    index = (out / "index.html").read_text(encoding="utf-8")
    words = re.search(r'"words":(\{[^}]*\})', index).group(1)
    assert words.count("⟦") == len(re.findall(r'":"', words))  # site.js's own words too


def test_an_urdu_site_reads_right_to_left_in_urdu_and_keeps_what_was_recorded(small, tmp_path):
    out = tmp_path / "site"
    publish_site(FileSource(small), out, language="ur")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ur" dir="rtl">' in index
    assert ur("Search by name, category or postcode") in index and "Search by name" not in index
    assert 'id="map" class="map" dir="ltr"' in index  # the map itself is never mirrored
    coffee = next((out / "a").rglob("*.html"), None)
    pages = {p: p.read_text(encoding="utf-8") for p in (out / "a").rglob("*.html")}
    coffee = next(text for text in pages.values() if "Crookes Coffee Morning" in text)
    assert "Tuesdays 10am-12pm" in coffee and "Crookes Social Club, 5 Mulehouse Road, Sheffield" in coffee
    assert f"<dt>{ur('Postcode')}</dt><dd>S10 1TD</dd>" in coffee
    tx_label = i18n.Catalogue.load("ur").taxonomy_text("categories", "coffee_morning", "label", "")
    assert tx_label and tx_label in coffee  # a code's label is translated; the code stays in the data files
    assert "coffee_morning" in (out / "index.html").read_text(encoding="utf-8")
    assert any("&lt;img src=x" in text for text in pages.values())  # markup in a name is still text
    polish = tmp_path / "pl"
    publish_site(FileSource(small), polish, language="pl")
    assert '<html lang="pl">' in (polish / "index.html").read_text(encoding="utf-8")
    english = tmp_path / "en"
    publish_site(FileSource(small), english)
    assert '<html lang="en-GB">' in (english / "index.html").read_text(encoding="utf-8")
    assert i18n.current().language == "en"  # publishing put the reader's language back


def test_cli_publishes_in_arabic_and_speaks_its_own_language(demo_path, tmp_path, capsys):
    out = tmp_path / "site"
    assert main(["publish", str(demo_path), str(out), "--language", "ar"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("wrote ") and "public website" in said  # the coordinator's (English) summary
    assert '<html lang="ar" dir="rtl">' in (out / "about.html").read_text(encoding="utf-8")
    assert main(["publish", str(demo_path), str(tmp_path / "x"), "--language", "xx"]) == 2
    assert "invalid choice" in capsys.readouterr().err


@browser_only
def test_the_urdu_site_answers_in_urdu_in_the_browser(small, tmp_path):
    out = tmp_path / "site"
    publish_site(FileSource(small), out, language="ur")
    words = i18n.Catalogue.load("ur")
    with Browser() as browser:
        page = browser.open((out / "index.html").as_uri())
        page.wait_for("document.documentElement.getAttribute('data-ready')", timeout=30)
        status = "document.getElementById('status').textContent"
        assert page.evaluate(status) == i18n.arg(words.translate("Site", "%1 assets on the map%2."), 4, "")
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        assert page.evaluate("getComputedStyle(document.getElementById('map')).direction") == "ltr"
        page.evaluate("NM.search('ZZ9 9ZZ')")
        page.wait_for(f"{status}.indexOf('ZZ9 9ZZ') >= 0", timeout=10)
        assert page.evaluate(status) == i18n.arg(words.translate("Site", "Postcode %1 is not known here."), "ZZ9 9ZZ")
        page.evaluate("NM.search('%2 onerror')")  # a typed %2 stays as typed
        page.wait_for(f"{status}.indexOf('onerror') >= 0", timeout=10)
        assert "%2 onerror" in page.evaluate(status)
        assert page.evaluate("window.__xss") is None
        listing = browser.open((out / "list.html").as_uri())
        listing.wait_for("document.documentElement.getAttribute('data-ready')", timeout=30)
        assert listing.evaluate("document.getElementById('page-of').textContent") == i18n.arg(
            words.translate("Site", "Page %1 of %2"), 1, 1)
    assert XSS
