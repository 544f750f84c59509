"""Test helpers for translations: extract the sources' texts with pyside6-lupdate, make the pseudo-locale
(every text wrapped in ⟦ ⟧, vowels accented and 40% longer) and install it, and collect the texts a window
shows (labels, buttons, menus, tabs, headers, tooltips, accessible names)."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from mapper.domain import i18n
from mapper.domain.taxonomy import taxonomy

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
OPEN, CLOSE = "⟦", "⟧"
ACCENTS = str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")
PSEUDO = "en_XA"  # the pseudo-locale's code (tests only; never shipped)


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def extract(out: Path) -> Path:
    """A fresh .ts of every translatable text in mapper/ (what `make translations` would add)."""
    out.unlink(missing_ok=True)
    subprocess.run([tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete", "-silent",
                    str(ROOT / "mapper"), "-ts", str(out)], check=True, capture_output=True)
    return out


def messages(ts: Path) -> list[tuple[str, str, str, bool]]:
    """(context, source, comment, numerus) of every message in a .ts file."""
    root = ElementTree.parse(ts).getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "",
             m.get("numerus") == "yes") for c in root.iter("context") for m in c.iter("message")]


def pseudo(text: str) -> str:
    """⟦Áccéntéd téxt · · ·⟧: wrapped (so a missed text shows) and 40% longer (so a cut-off shows)."""
    if not text.strip():
        return text
    pad = " ·" * math.ceil(len(text) * 0.4 / 2)
    return f"{OPEN}{text.translate(ACCENTS)}{pad}{CLOSE}"


def make_pseudo(folder: Path) -> tuple[Path, i18n.Catalogue]:
    """The pseudo-locale: mapper_en_XA.ts/.qm in ``folder`` and the matching Qt-free catalogue."""
    template = extract(folder / "template.ts")
    tree = ElementTree.parse(template)
    root = tree.getroot()
    root.set("language", "en")
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            for form in list(translation):
                translation.remove(form)
            value = "LTR" if (name, source) == ("QGuiApplication", "QT_LAYOUT_DIRECTION") else pseudo(source)
            if message.get("numerus") == "yes":
                translation.text = None
                for _ in range(2):
                    ElementTree.SubElement(translation, "numerusform").text = value
            else:
                translation.text = value
    ts = folder / f"mapper_{PSEUDO}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts)], check=True, capture_output=True)
    tx = taxonomy()
    labels = {}
    for section, items in tx.raw.items():
        if isinstance(items, list):
            labels[section] = {}
            for item in items:
                code = item["code"] if isinstance(item, dict) else item
                labels[section][code] = {"label": pseudo(tx.source_label(section, code))}
    (folder / "taxonomy.json").write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")
    catalogue = i18n.Catalogue.load(PSEUDO, ts_file=ts, taxonomy_file=folder / "taxonomy.json")
    return ts.with_suffix(".qm"), catalogue


def is_translated(text: str) -> bool:
    return OPEN in text


# ---- what a window shows ------------------------------------------------------------------------------
def _strip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def shown_texts(top) -> list[tuple[str, str]]:
    """(where, text) for every text ``top`` and its children show or announce: window titles, labels,
    buttons, group boxes, tabs, combo items, placeholders, table/tree headers, menus and their actions,
    tooltips and accessible names. Cells of record tables are data and left out."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
        QWidget,
    )

    out: list[tuple[str, str]] = []

    def add(where: str, text) -> None:
        if text and str(text).strip():
            out.append((where, _strip(str(text))))

    def widget_texts(w: QWidget) -> None:
        name = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
        add(f"{name}.accessibleName", w.accessibleName())
        add(f"{name}.toolTip", w.toolTip())
        if w.isWindow():
            add(f"{name}.windowTitle", w.windowTitle())
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText:
            add(f"{name}.text", w.text())
        elif isinstance(w, QAbstractButton):
            add(f"{name}.text", w.text())
        elif isinstance(w, QGroupBox):
            add(f"{name}.title", w.title())
        elif isinstance(w, QLineEdit):
            add(f"{name}.placeholder", w.placeholderText())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            add(f"{name}.placeholder", w.placeholderText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name}.item", w.itemText(i))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{name}.tab", w.tabText(i))
                add(f"{name}.tabToolTip", w.tabToolTip(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QListWidget):
            model = w.model()
            for c in range(model.columnCount()):
                add(f"{name}.header", model.headerData(c, Qt.Orientation.Horizontal))
        if isinstance(w, QMenu):
            menu_texts(w, name)
        for action in w.actions():
            add(f"{name}.action", action.text())
            add(f"{name}.actionTip", action.toolTip())

    seen_menus: set[int] = set()

    def menu_texts(menu, where: str) -> None:
        if id(menu) in seen_menus:
            return
        seen_menus.add(id(menu))
        add(f"{where}.menu", menu.title())
        for action in menu.actions():
            add(f"{where}.menuAction", action.text())

    # (never QAction.menu(): PySide6 deletes the menu when that wrapper goes)
    for menu in top.findChildren(QMenu):
        menu.aboutToShow.emit()  # menus filled when opened (Open recent) fill now
    widget_texts(top)
    for w in top.findChildren(QWidget):
        try:
            widget_texts(w)
        except RuntimeError:  # deleted meanwhile (a menu rebuilt when shown)
            continue
    return out


def untranslated(texts: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    """The texts that escaped translation: not pseudo-wrapped, not recorded data (or made only of it, like
    "1 demo.gpkg — /tmp/x"), not just digits and marks."""
    allowed = set(i18n.NATIVE_NAMES.values()) | {"Leaflet"}
    pieces = sorted((d for d in data if len(d) >= 3), key=len, reverse=True)
    bad = []
    for where, text in texts:
        if is_translated(text) or text in data or text in allowed:
            continue
        rest = text
        for piece in pieces:
            if piece in rest:
                rest = rest.replace(piece, " ")
        if not any(ch.isalpha() for ch in rest):
            continue
        bad.append((where, text))
    return bad


def project_texts(project) -> set[str]:
    """Every text value the project holds (names, descriptions...): data, which is never translated."""
    out: set[str] = set()
    conn = project.conn
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        try:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        except Exception:  # noqa: BLE001 - virtual tables of other modules
            continue
        for row in rows:
            for value in row:
                if isinstance(value, str):
                    out.add(value.strip())
    out.add(project.path.name)
    return out
