"""The accessibility checker itself: it must find what it is there to find."""

from __future__ import annotations

import pytest

from tests.axe_check import assert_accessible, axe_violations, serious
from tests.cdp import CHROMIUM, Browser

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test installs it)")


def test_axe_finds_violations_on_a_bad_page_and_none_on_a_good_one(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><img src='data:,'><button></button>"
                   "<input type='text'></body></html>", encoding="utf-8")
    good = tmp_path / "good.html"
    good.write_text("<!doctype html><html lang='en'><head><title>Good</title></head><body><main>"
                    "<h1>Good</h1><label for='n'>Name</label><input id='n' type='text'>"
                    "<button type='button'>Search</button></main></body></html>", encoding="utf-8")
    with Browser() as browser:
        ids = {v["id"] for v in serious(axe_violations(browser.open(bad.as_uri())))}
        assert {"image-alt", "button-name", "label"} <= ids
        with pytest.raises(AssertionError, match="button-name"):
            assert_accessible(browser.open(bad.as_uri()), "the bad page")
        assert_accessible(browser.open(good.as_uri()), "the good page")


def test_pages_cannot_reach_the_network(tmp_path):
    page_file = tmp_path / "fetch.html"
    page_file.write_text("<!doctype html><title>x</title><p>x</p>", encoding="utf-8")
    with Browser() as browser:
        page = browser.open(page_file.as_uri())
        outcome = page.evaluate("fetch('http://example.com/').then(() => 'reached', () => 'blocked')")
        assert outcome == "blocked"


def test_keyboard_presses_reach_the_page(tmp_path):
    page_file = tmp_path / "keys.html"
    page_file.write_text("<!doctype html><title>k</title><button id='a'>A</button><button id='b'>B</button>",
                         encoding="utf-8")
    with Browser() as browser:
        page = browser.open(page_file.as_uri())
        page.press("Tab")
        page.press("Tab")
        assert page.evaluate("document.activeElement.id") == "b"
