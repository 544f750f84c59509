"""The window fits the screen it opens on, and nothing in it is cut off: a 1366x768 laptop at 1.5x scale
(QT_SCALE_FACTOR: 911x512 to the window), a 1024x600 netbook, and 1024x600 with 200% text. Each is the
real start-up (``app.run_app``, the real map) in a process of its own with its own screen
(tests/fit_check.py); the screenshots go to docs/screenshots/ under ``make screenshots``."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from mapper.demo import DEMO_SETTING
from mapper.store.project import Project
from mapper.sync.targets.base import LAST_SETTING
from tests.paths import ROOT, screenshot_path

SCREENS = {
    "1366x768-scale150": (1366, 768, "1.5", 1.0),
    "1024x600": (1024, 600, "1", 1.0),
    "1024x600-text200": (1024, 600, "1", 2.0),
}
WITH_BUTTONS = {"postcode", "last_checked"}  # a button shares their row
ROWS = 5  # records a person sees at once in the list, whatever the screen and the text size


def intersect(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def run_fit_check(tmp_path, demo_path, name: str, shot: str | None = None) -> dict:
    width, height, scale, text = SCREENS[name]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale,
               QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu", PYTHONPATH=str(ROOT),
               MAPPER_HOME=str(tmp_path / "home"))
    shot = screenshot_path(f"screen_{shot or name}", tmp_path)  # + _asset.png, _group.png
    proc = subprocess.run([sys.executable, "-m", "tests.fit_check", str(demo_path), str(shot), str(text)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=240)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
    assert lines, f"no result (exit {proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-2000:]}"
    return json.loads(lines[-1][len("RESULT "):])


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", list(SCREENS))
def test_the_window_fits_the_screen_and_nothing_is_cut(tmp_path, demo_path, name):
    width, height, scale, _text = SCREENS[name]
    results = run_fit_check(tmp_path, demo_path, name)
    for shown, r in results.items():
        # the screen the window saw: the laptop's pixels divided by the scale
        assert abs(r["screen"][2] - width / float(scale)) <= 1 and abs(r["screen"][3] - height / float(scale)) <= 1
        assert r["fits"], f"{shown}: the window {r['frame']} is larger than the screen {r['screen']}"
        assert r["cut"] == [], f"{shown}: cut off: {r['cut']}"
        assert r["toolbar_hidden"] == [], f"{shown}: toolbar buttons out of sight: {r['toolbar_hidden']}"
        assert not r["panel_scrolls_sideways"], f"{shown}: the record panel is wider than its column"
        narrow = {k: n for k, n in r["fields_chars"].items()
                  if k != "may_publish" and n < (12 if k in WITH_BUTTONS else 18)}
        assert not narrow, f"{shown}: fields too narrow to read (characters): {narrow}"
        assert all(c >= 200 for c in r["columns"]), f"{shown}: a column is squeezed: {r['columns']}"
        assert r["rows_visible"] >= ROWS, f"{shown}: the record list shows {r['rows_visible']} whole rows"
        assert r["status"]["text"].startswith("Opened ") and r["status"]["whole"], \
            f"{shown}: the status bar cuts its message off: {r['status']}"
        page = r["map"]
        assert page is not None and page["hint"] is not None and page["legend"] is not None, page
        for part in ("hint", "legend"):  # the map's own words are as large as the window's
            assert page[part]["font"] >= 0.8 * r["text_px"], \
                f"{shown}: the map's {part} text is {page[part]['font']} px beside the window's {r['text_px']} px"
        boxes = page["controls"]  # nothing on the map covers another (on a map {page['width']} px wide)
        overlaps = [(a["cls"], b["cls"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                    if intersect(a["rect"], b["rect"])]
        assert not overlaps, f"{shown}: map controls overlap on a {page['width']} px map: {overlaps}"


@pytest.mark.timeout(300)
def test_a_synced_project_keeps_its_message_whole_and_five_rows_at_1024x600_with_200_text(tmp_path, demo_path):
    """A mapper's own project (no demo banner) that has been synced: the status bar says when, beside
    the message; at 1024x600 with 200% text the message takes a second line rather than being cut off."""
    with Project.open(demo_path) as project:
        project.set_setting(DEMO_SETTING, "0")
        project.set_setting("passphrase_hint", "the usual one")
        project.set_setting(LAST_SETTING, "2026-11-30T18:04:11Z")
    for shown, r in run_fit_check(tmp_path, demo_path, "1024x600-text200", "1024x600-text200-synced").items():
        assert r["status"]["text"].startswith("Opened ") and r["status"]["whole"], \
            f"{shown}: the status bar cuts its message off: {r['status']}"
        assert r["cut"] == [], f"{shown}: cut off: {r['cut']}"
        assert r["rows_visible"] >= ROWS, f"{shown}: the record list shows {r['rows_visible']} whole rows"
