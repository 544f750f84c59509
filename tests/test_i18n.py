"""Translations: shipped languages complete and up to date, the pseudo-locale finds every text that escapes
translation (windows, dialogs, the map page) and every text cut off when it grows, right-to-left layouts,
mixed-direction text, the language switched in a running window, and the layers below the window."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

pytest.importorskip("pytestqt")
import shiboken6  # noqa: E402
from PySide6.QtCore import QLocale, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QLabel,
    QToolBar,
    QWidget,
)

from mapper.domain import i18n  # noqa: E402
from mapper.domain.taxonomy import taxonomy  # noqa: E402
from mapper.ui import i18n as ui_i18n  # noqa: E402
from mapper.ui import settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests import i18n_tools as T  # noqa: E402

SHIPPED = ("ur", "ar", "pl")
FORMS = {"ur": 2, "ar": 6, "pl": 3}
PLACEHOLDER = re.compile(r"%(?:\d|n|L\d)")


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    ui_i18n.apply_language("en")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return T.extract(tmp_path_factory.mktemp("lupdate") / "template.ts")


@pytest.fixture(scope="module")
def pseudo(tmp_path_factory):
    return T.make_pseudo(tmp_path_factory.mktemp("pseudo"))


def install_pseudo(pseudo) -> None:
    qm, catalogue = pseudo
    ui_i18n.apply_language(T.PSEUDO, qm_dir=qm.parent, catalogue=catalogue)


# ---- the shipped languages --------------------------------------------------------------------------
@pytest.mark.parametrize("lang", SHIPPED)
def test_shipped_language_is_complete_machine_marked_and_up_to_date(lang, template, tmp_path):
    ts = T.ROOT / "resources" / "i18n" / f"mapper_{lang}.ts"
    text = ts.read_text(encoding="utf-8")
    root = ElementTree.parse(ts).getroot()
    assert root.get("language") == lang
    header = text.split("<context>")[0].lower()
    machine = text.count("<translatorcomment>machine-made")
    assert machine == 0 or "machine-made" in header, "the header says which translations are machine-made"
    wanted = {(c, s, m) for c, s, m, _ in T.messages(template)}
    have = {(c, s, m) for c, s, m, _ in T.messages(ts)}
    assert wanted - have == set(), "texts in the sources missing from the .ts: run `make translations`"
    assert have - wanted == set(), "texts in the .ts no longer in the sources: run `make translations`"
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            assert translation.get("type") is None, f"{lang}: unfinished or obsolete: {source!r}"
            forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") else [
                translation.text or ""]
            if message.get("numerus") == "yes":
                assert len(forms) == FORMS[lang], f"{lang}: {len(forms)} plural forms for {source!r}"
            for form in forms:
                assert form.strip(), f"{lang}: empty translation of {source!r}"
                wanted_marks = sorted(set(PLACEHOLDER.findall(source)) - ({"%n"} if message.get("numerus") else set()))
                got = sorted(set(PLACEHOLDER.findall(form)) - {"%n"})
                assert got == [m for m in wanted_marks if m != "%n"], f"{lang}: placeholders of {source!r}: {form!r}"
    # the committed .qm is what lrelease makes of the committed .ts
    fresh = tmp_path / f"mapper_{lang}.qm"
    subprocess.run([T.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_english_catalogue_holds_every_plural_and_nothing_else(template, tmp_path):
    ts = T.ROOT / "resources" / "i18n" / "mapper_en.ts"
    wanted = {(c, s, m) for c, s, m, numerus in T.messages(template) if numerus}
    assert wanted and {(c, s, m) for c, s, m, _ in T.messages(ts)} == wanted, "run `make translations`"
    for message in ElementTree.parse(ts).getroot().iter("message"):
        forms = [f.text for f in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all(forms) and "(s)" not in forms[1], message.findtext("source")
    fresh = tmp_path / "mapper_en.qm"
    subprocess.run([T.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `make translations`"
    assert i18n.Catalogue.load("en").translate("Merge", "merged %n file(s)", None, 1) == "merged 1 file"


def test_context_objects_are_named_as_their_context():
    """lupdate takes ``Name.tr(...)``'s context from the variable's name: it must be the one Tr/Context uses."""
    import ast

    bad = []
    for path in (T.ROOT / "mapper").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and getattr(node.value.func, "id", None) in ("Tr", "Context")):
                name = node.targets[0].id
                if node.value.args[0].value != name:
                    bad.append(f"{path.name}: {name} = {node.value.func.id}({node.value.args[0].value!r})")
    assert bad == []


@pytest.mark.parametrize("lang", SHIPPED)
def test_taxonomy_translated_beside_it_codes_unchanged(lang):
    tx = taxonomy()
    path = Path(i18n.TAXONOMY_I18N_DIR) / f"{lang}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "machine-made" in data["_machine_made"].lower()
    cat = i18n.Catalogue.load(lang)
    for section, items in tx.raw.items():
        if not isinstance(items, list):
            continue
        for code in tx.codes(section):
            label = data[section][code]["label"]
            assert label.strip()
            assert cat.taxonomy_text(section, code, "label", "") == label
    i18n.install(cat)
    try:
        assert tx.label("categories", "library") == data["categories"]["library"]["label"]
        assert tx.source_label("categories", "library") == "Library"  # files and the demo keep taxonomy.json's
        assert tx.code_for("categories", data["categories"]["library"]["label"]) == "library"
        assert tx.code_for("categories", "Library") == "library"
    finally:
        i18n.install(i18n.Catalogue())


def test_plural_forms_follow_qt_rules():
    assert [i18n.plural_form("pl", n) for n in (1, 2, 4, 5, 12, 22, 25, 112)] == [0, 1, 1, 2, 2, 1, 2, 2]
    assert [i18n.plural_form("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103)] == [0, 1, 2, 3, 3, 4, 4, 5,
                                                                                          5, 3]
    assert [i18n.plural_form("ur", n) for n in (0, 1, 2)] == [1, 0, 1]


# ---- the pseudo-locale: nothing escapes translation, nothing is cut off ------------------------------
def cut_off(top: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text, and toolbars hiding actions."""
    bad = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            hint = w.minimumSizeHint()
            if not w.wordWrap() and w.width() < hint.width() - 1:
                bad.append(f"label {w.text()!r}: {w.width()} < {hint.width()}")
            if w.height() < w.fontMetrics().height() - 1:  # tall scripts (Nastaliq) clipped
                bad.append(f"label {w.text()!r}: {w.height()} high < {w.fontMetrics().height()}")
        elif isinstance(w, QAbstractButton) and w.text() and type(w).__name__ != "QToolButton":
            if w.width() < w.sizeHint().width() - 1 or w.height() < w.fontMetrics().height():
                bad.append(f"button {w.text()!r}: {w.width()}x{w.height()} < {w.sizeHint().width()}")
        elif isinstance(w, QToolBar):
            hidden = [a.text() for a in w.actions() if a.isVisible() and w.widgetForAction(a) is not None
                      and not w.widgetForAction(a).isVisible()]
            if hidden:
                bad.append(f"toolbar {w.windowTitle()!r} hides {hidden}")
    return bad


def check_window(top: QWidget, data: set[str]) -> tuple[list, list]:
    return T.untranslated(T.shown_texts(top), data), cut_off(top)


@pytest.fixture
def pseudo_window(qtbot, demo_path, pseudo):
    install_pseudo(pseudo)
    settings.set_mapper_name("Sam Tester")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(demo_path, wait=True)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_pseudo_locale_main_window_every_text_translated_and_nothing_cut_off(pseudo_window, qtbot):
    w = pseudo_window
    data = T.project_texts(w.project) | {str(w.project.path), str(w.project.path.parent)}
    problems, cut = [], []

    def look(top=w):
        qtbot.wait(20)
        a, b = check_window(top, data)
        problems.extend(a)
        cut.extend(b)

    look()  # empty record panel, the assets list
    w.show_record("assets", w.assets.model.uuid_at(0))
    look()
    w.tabs.setCurrentWidget(w.groups)
    w.show_record("groups", w.groups.model.uuid_at(0))
    look()
    w.act_new_asset.trigger()  # a draft, with its problems shown beside the fields
    look()
    w.tabs.setCurrentWidget(w.care_scroll)
    look()
    panel = w.care_panel  # unlock the demo's care needs as a person would: the open page with its form
    from mapper.demo import DEMO_PASSPHRASE

    assert panel.pass_edit.isVisible()  # the demo's care needs are protected
    qtbot.keyClicks(panel.pass_edit, DEMO_PASSPHRASE)
    qtbot.keyClick(panel.pass_edit, Qt.Key.Key_Return)
    assert panel.is_open, panel.message.text()
    look()
    assert w.minimumSizeHint().width() <= 1366 and w.minimumSizeHint().height() <= 768
    assert problems == [], "texts that escaped translation:\n" + "\n".join(map(str, sorted(set(problems))))
    assert cut == [], "texts cut off when 40% longer:\n" + "\n".join(sorted(set(cut)))


def test_pseudo_locale_dialogs_every_text_translated(pseudo_window, qtbot, tmp_path):
    from mapper.ui.errors import show_error
    from mapper.ui.first_start import FirstStartDialog
    from mapper.ui.history import HistoryDialog
    from mapper.ui.import_dialog import ImportDialog
    from mapper.ui.profile_view import ProfileDialog
    from mapper.ui.review import ReviewDialog
    from mapper.ui.settings_dialog import SettingsDialog

    w = pseudo_window
    data = T.project_texts(w.project)
    uuid = w.assets.model.uuid_at(0)
    csv = tmp_path / "more.csv"
    csv.write_text("name,postcode,category\nTest place,S1 2BJ,cafe\n", encoding="utf-8")
    from mapper.domain.errors import ImportFormatError

    made = [FirstStartDialog(w), SettingsDialog(w), HistoryDialog(w.project, "assets", uuid, "x", w),
            ReviewDialog(w.project, w), ImportDialog(csv, w), ProfileDialog(w.project, w),
            show_error(w, ImportFormatError("x.csv: the file is empty")), show_error(w, RuntimeError("boom"))]
    problems, cut = [], []
    for dialog in made:
        dialog.show()
        qtbot.waitExposed(dialog)
        a, b = check_window(dialog, data | {"x", "x.csv: the file is empty", "boom", "name", "postcode", "category"})
        problems.extend((type(dialog).__name__, *p) for p in a)
        cut.extend(f"{type(dialog).__name__}: {c}" for c in b)
        dialog.close()
    assert problems == [], "texts that escaped translation:\n" + "\n".join(map(str, sorted(set(problems))))
    assert cut == [], "\n".join(cut)


def test_pseudo_locale_map_page_texts_translated(pseudo):
    """The page's own words come from the catalogue as JSON strings (the page is checked live in
    test_map_page_in_urdu_shows_translated_text_left_to_right)."""
    from mapper.mapview import page
    from mapper.mapview.server import MapServer

    install_pseudo(pseudo)
    strings = page.page_strings()
    assert strings and all(T.is_translated(v) for v in strings.values()), strings
    assert all(T.is_translated(v) for v in page.layer_names().values())
    html = MapServer().page()
    assert all(json.dumps(v)[1:-1] in html or v in html for v in strings.values())
    # layer names reach Leaflet's control (which uses innerHTML) escaped, never as markup
    assert "Neighbourhoods" not in re.sub(r"⟦[^⟧]*⟧", "", html.split("<body>")[-1]).split("MapperApp.start")[0]


# ---- right to left ------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, rtl", [("ar", True), ("ur", True), ("pl", False)])
def test_layout_direction_and_font_follow_the_language_map_stays_left_to_right(lang, rtl, qtbot, demo_path):
    ui_i18n.apply_language(lang)
    app = QApplication.instance()
    want = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert app.layoutDirection() == want
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(demo_path, wait=True)
    w.show()
    assert w.layoutDirection() == want and w.tabs.layoutDirection() == want
    assert w.map.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the map is never mirrored
    if rtl:  # mirrored: the map, first in the splitter, is on the right
        assert w.map.mapTo(w, w.map.rect().topLeft()).x() > w.scroll.mapTo(w, w.scroll.rect().topLeft()).x()
    fonts = app.font().families()
    if lang == "ur":
        assert fonts[0] == "Noto Nastaliq Urdu"
    if lang == "ar":
        assert fonts[0] == "Noto Naskh Arabic"
    assert QLocale().language() == QLocale(lang).language()  # dates and numbers follow the language
    assert w.menuBar().actions()[0].text() != "&File"
    qtbot.wait(50)
    assert cut_off(w) == []  # Nastaliq is tall: nothing clipped
    w.show_record("assets", w.assets.model.uuid_at(0))
    qtbot.wait(50)
    assert cut_off(w) == []


def test_mixed_direction_names_are_isolated_and_never_translated(qtbot, demo_path):
    ui_i18n.apply_language("ur")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(demo_path, wait=True)
    w.show()
    uuid = w.assets.model.uuid_at(0)
    name = w.project.find("assets", uuid).name
    w.show_record("assets", uuid)
    assert w.asset_form.widgets["name"].text() == name  # recorded data stays as typed
    w.delete_current()
    message = w.statusBar().currentMessage()
    assert i18n.isolate(name) in message, message  # an English name inside an Urdu sentence
    assert message != w.statusBar().currentMessage().replace(i18n.isolate(name), "")
    assert i18n.isolate("S1 2BJ") == "\u2068S1 2BJ\u2069"


# ---- switching the language in a running window ------------------------------------------------------
def test_switch_language_in_running_window_by_settings_dialog(qtbot, demo_path):
    w = MainWindow(map_factory=MapPlaceholder)  # not qtbot.addWidget: the switch itself deletes it
    w.open_project(demo_path, wait=True)
    w.show()
    uuid = w.assets.model.uuid_at(0)
    w.show_record("assets", uuid)
    assert w.menuBar().actions()[0].text() == "&File"
    replaced = []
    w.replaced.connect(replaced.append)

    def choose(window, code: str):
        """Edit → Settings…, then the language picked with the arrow keys and Enter, as a person would."""
        from mapper.ui.settings_dialog import SettingsDialog

        window.act_settings.trigger()
        dialog = window.findChildren(SettingsDialog)[-1]
        qtbot.waitExposed(dialog)
        combo = dialog.language
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentData() == code:
                break
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentData() == code
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    choose(w, "pl")
    qtbot.waitUntil(lambda: bool(replaced), timeout=10000)
    new = replaced[0]
    assert settings.language() == "pl"
    assert new.isVisible()
    assert not shiboken6.isValid(w) or not w.isVisible()  # the old window is closed (and deleted)
    assert new.menuBar().actions()[0].text() == "&Plik"
    assert new.project is not None and new.project.path == demo_path
    assert new.asset_form.record is not None and new.asset_form.record.uuid == uuid  # the same record
    assert new.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # and on to Arabic: right to left at once
    again = []
    new.replaced.connect(again.append)
    choose(new, "ar")
    qtbot.waitUntil(lambda: bool(again), timeout=10000)
    qtbot.addWidget(again[0])
    assert again[0].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft


# ---- the layers below the window ----------------------------------------------------------------------
def test_cli_merge_summary_in_the_chosen_language(tmp_path, demo_path, capsys):
    from mapper.cli import main

    settings.set_language("pl")
    out = tmp_path / "mine.gpkg"
    assert main(["export", str(demo_path), str(out)]) == 0
    capsys.readouterr()
    assert main(["merge", str(demo_path), str(out)]) == 0
    text = capsys.readouterr().out
    assert "merged" not in text and "scalono" in text.lower(), text
    i18n.install(i18n.Catalogue())


def test_workbook_read_me_in_the_chosen_language_data_unchanged(demo, tmp_path):
    import openpyxl

    from mapper.formats.api import export_file

    i18n.set_language("ar")
    try:
        out = tmp_path / "w.xlsx"
        export_file(demo, out, public=False, kind="all")
    finally:
        i18n.install(i18n.Catalogue())
    wb = openpyxl.load_workbook(out, read_only=True)
    readme = [r for r in wb["Read me"].iter_rows(values_only=True)]
    assert readme[0][0] == i18n.Catalogue.load("ar").translate("Workbook", "Neighbourhood Mapper workbook")
    assert readme[0][0] != "Neighbourhood Mapper workbook"
    head = next(wb["Assets"].iter_rows(values_only=True))
    assert head[0] == "uuid" and "name" in head  # headers and codes stay codes


# ---- the map page and the screenshots (real web map) --------------------------------------------------
def test_map_page_in_urdu_shows_translated_text_left_to_right(qtbot, demo):
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    from mapper.ui.map_widget import MapWidget
    from tests.map_helpers import js, load

    ui_i18n.apply_language("ur")
    w = MapWidget()
    w.resize(900, 600)
    qtbot.addWidget(w)
    w.show()
    try:
        load(qtbot, w, demo)
        cat = i18n.current()
        title = js(qtbot, w, "document.querySelector('.nm-legend-title').textContent")
        assert title == cat.translate("MapPage", "Assets by kind") != "Assets by kind"
        names = js(qtbot, w, "Array.from(document.querySelectorAll('.leaflet-control-layers label span'))"
                             ".map(function (s) { return s.textContent.trim(); })")
        assert cat.translate("MapPage", "Neighbourhoods") in names
        kinds = js(qtbot, w, "Array.from(document.querySelectorAll('.nm-legend-row span:not(.nm-dot)'))"
                             ".map(function (s) { return s.textContent; })")
        assert taxonomy().label("asset_kinds", "shared_space") in kinds
        # the map is not mirrored; each text takes its own direction
        assert js(qtbot, w, "getComputedStyle(MapperApp.map.getContainer()).direction") == "ltr"
        assert js(qtbot, w, "document.querySelector('.nm-legend-title').dir") == "auto"
    finally:
        w.close()
        w.deleteLater()
        qtbot.wait(50)


@pytest.mark.parametrize("lang", SHIPPED)
def test_screenshot_of_the_main_window_in_each_language(lang, qtbot, demo_path, tmp_path):
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    from tests.paths import screenshot_path

    ui_i18n.apply_language(lang)
    w = MainWindow()  # closed and deleted below (the web page must go before its profile)
    w.resize(1366, 768)
    w.open_project(demo_path, wait=True)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.map.mapReady, timeout=30000, raising=False):
        pass
    lib = next(i for i in range(len(w.assets.model.rows)) if w.assets.model.rows[i][3] == "library")
    w.show_record("assets", w.assets.model.uuid_at(lib))  # the form shows, mirrored in Urdu and Arabic
    qtbot.wait(1200)
    w.map.run_js("MapperApp.map.closePopup(); MapperApp.map.setZoom(14, {animate: false});")
    qtbot.wait(800)
    assert w.windowTitle().startswith(i18n.current().translate("MainWindow", "Neighbourhood Mapper"))
    out = screenshot_path(f"main_window_{lang}.png", tmp_path)
    image = w.grab().toImage()
    assert image.width() >= 1300 and image.height() >= 700
    assert image.save(str(out), "PNG") and out.stat().st_size > 10_000
    w.close()
    w.deleteLater()
    qtbot.wait(50)


def test_every_import_field_has_translatable_words():
    from mapper.formats.common import BOUNDARY_KEYS, SYNONYMS
    from mapper.formats.preview import FIELD_LABELS, field_label

    assert list(FIELD_LABELS) == list(dict.fromkeys([*SYNONYMS, *BOUNDARY_KEYS]))
    i18n.set_language("pl")
    try:
        assert field_label("name") == "Nazwa"
    finally:
        i18n.install(i18n.Catalogue())


def test_sync_publish_import_and_review_words_in_the_chosen_language(tmp_path):
    """The texts a coordinator reads below the window: sync's summary, the publish and ORUK lines, an
    import row's reason, the review's "who wrote it" and the shading layer's names."""
    from mapper.formats.common import choose
    from mapper.formats.oruk_io import OrukReport
    from mapper.mapview.indicator_layer import indicators
    from mapper.publish.site import SiteReport
    from mapper.sync.summary import MergeSummary
    from mapper.sync.targets.base import SyncReport

    i18n.set_language("pl")
    try:
        assert SyncReport("folder", pushed=2, pulled=5, conflicts=1).summary() == (
            "zsynchronizowano z folder: wysłano 2 zmiany, odebrano 5, 1 konflikt do przejrzenia")
        assert "publiczna strona" in SiteReport(tmp_path, 3, 2, 40).summary()
        assert "3 usługi" in OrukReport(tmp_path, 3, 1, 2).summary()
        assert choose("categories", "no such thing").note == "'no such thing' nie ma na liście"
        assert "nie udało się scalić 1 pliku:" in MergeSummary(refused=[("a.gpkg", "bad")]).text()
        assert indicators()[0]["label"] == "Wszystkie zasoby (na okolicę)"
        assert i18n.translate("Review", "you (this map)") == "ty (ta mapa)"
    finally:
        i18n.install(i18n.Catalogue())
    assert SyncReport("folder", pushed=2).summary() == "synced with folder: 2 change(s) sent, 0 received"
