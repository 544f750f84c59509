"""The window's language: Qt translators for our .qm and Qt's own qtbase, QLocale for dates and numbers,
the layout direction the translation names, a font for Urdu's Nastaliq and Arabic, and the same catalogue
for the layers below (``mapper.domain.i18n``). ``relaunch`` rebuilds a running window in a new language.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from mapper.domain import i18n
from mapper.domain.i18n import QT_TRANSLATE_NOOP

# Qt reads the layout direction from this translation ("RTL" in Urdu and Arabic)
QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")
# Qt's own words on standard buttons: Qt ships no Urdu (qtbase_ur), so ours carry them (ours are asked first)
QT_TRANSLATE_NOOP("QPlatformTheme", "OK")
QT_TRANSLATE_NOOP("QPlatformTheme", "Save")
QT_TRANSLATE_NOOP("QPlatformTheme", "Open")
QT_TRANSLATE_NOOP("QPlatformTheme", "Close")
QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")
QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")
QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")
QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")
QT_TRANSLATE_NOOP("QPlatformTheme", "Help")
QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")
QT_TRANSLATE_NOOP("QPlatformTheme", "&No")
QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")
QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")

FONTS = {"ur": ("Noto Nastaliq Urdu", "Noto Naskh Arabic"), "ar": ("Noto Naskh Arabic",)}
LOCALES = {"en": "en_GB"}  # South Yorkshire: English dates and numbers are British
_installed: list[QTranslator] = []
_default_font: QFont | None = None
_state = {"language": i18n.SOURCE_LANGUAGE, "applied": False}


class Tr:
    """``Commands = Tr("Commands")`` then ``Commands.tr("delete %1")``: for code outside a QObject
    (lupdate reads ``Name.tr(...)`` as context Name, plural counts included: the variable's name must be
    the context's)."""

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, comment: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, comment, n)


class Phrase(str):
    """Translated text put into another translated sentence (``fill`` leaves it as it is, never isolated)."""


def fill(text: str, *values) -> str:
    """``text`` (translated, with %1, %2...) with ``values`` put in: numbers in the language's digits and
    separators; names, postcodes and file names as Unicode isolates wherever right-to-left text is
    involved (an English name in an Urdu sentence, an Arabic name in an English one) so each keeps its
    own direction."""
    locale = QLocale()
    shown = []
    for value in values:
        if isinstance(value, Phrase) or isinstance(value, bool) or not isinstance(value, (int, float)):
            shown.append(str(value))
        elif isinstance(value, int):
            shown.append(locale.toString(value))
        else:
            shown.append(locale.toString(float(value), "f", 0 if float(value).is_integer() else 1))
    mixed = has_rtl(text) or any(has_rtl(v) for v in shown)
    for i, value in reversed(list(enumerate(shown, 1))):  # %10 before %1
        raw = values[i - 1]
        is_text = not isinstance(raw, (int, float, Phrase)) or isinstance(raw, bool)
        text = text.replace(f"%{i}", i18n.isolate(value) if mixed and is_text else value)
    return text


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def system_language() -> str:
    return QLocale.system().name().split("_")[0] or i18n.SOURCE_LANGUAGE


def resolve(setting: str | None) -> str:
    """The language for a setting ("system" or None: the system locale's, if we ship it; else English)."""
    code = system_language() if setting in (None, "", "system") else setting
    return code if code in i18n.shipped_languages() else i18n.SOURCE_LANGUAGE


def current_language() -> str:
    return _state["language"]


def apply_language(setting: str | None, *, qm_dir: Path | None = None,
                   catalogue: i18n.Catalogue | None = None) -> str:
    """Install the translators, locale, direction and font for ``setting``; returns the language used.

    ``qm_dir`` and ``catalogue`` let tests install a generated pseudo-locale instead of a shipped one.
    """
    app = QCoreApplication.instance()
    code = setting if catalogue is not None else resolve(setting)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # (English too: mapper_en holds the English plural forms)
    for name, folder in ((f"qtbase_{code}", qt_dir), (f"mapper_{code}", str(qm_dir or i18n.I18N_DIR))):
        if code != i18n.SOURCE_LANGUAGE or name.startswith("mapper_"):
            translator = QTranslator(app)
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    i18n.install(catalogue or i18n.Catalogue.load(code))
    _state.update(language=code, applied=True)
    QLocale.setDefault(QLocale(LOCALES.get(code, code)))
    if isinstance(app, QGuiApplication):
        rtl = QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        _apply_font(app, code)
    return code


def ensure_language() -> str:
    """The language of the user's setting, unless one was applied already (a window made directly)."""
    if not _state["applied"]:
        from mapper.ui import settings

        apply_language(settings.language())
    return _state["language"]


def _apply_font(app: QGuiApplication, code: str) -> None:
    """Urdu is written in Nastaliq and Arabic in Naskh: put those first, the usual font after (Latin text)."""
    global _default_font
    if _default_font is None:
        _default_font = QFont(app.font())
    font = QFont(_default_font)
    wanted = [f for f in FONTS.get(code, ()) if f in QFontDatabase.families()]
    if wanted:
        font.setFamilies([*wanted, *_default_font.families()])
    app.setFont(font)


def relaunch(window):
    """The same window again in the language now installed: the project reopened, the record shown.

    Every change is already in the file (fields commit when left), so nothing is lost but the undo
    history. Returns the new window (the old one is closed).
    """
    form = window.current_form()
    shown = None
    if form is not None and form.record is not None and not form.draft:
        shown = (form.RECORD.TABLE, form.record.uuid)
    path = window.project.path if window.project is not None else None
    geometry = window.saveGeometry()
    factory = getattr(window, "map_factory", None)
    window.close()
    new = type(window)(map_factory=factory)
    new.restoreGeometry(geometry)
    if path is not None:
        new.open_project(path, wait=True)
        if shown is not None:
            new.show_record(*shown)
    new.show()
    window.deleteLater()
    return new
