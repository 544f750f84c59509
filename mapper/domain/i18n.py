"""Translations without Qt, for the layers below the window (map page, workbook, public map, CLI).

The catalogue is the same Qt Linguist ``.ts`` file the window's ``.qm`` is built from
(``resources/i18n/mapper_<lang>.ts``), read here with plain XML; ``translate(context, text, comment, n)``
has Qt's signature so ``pyside6-lupdate`` extracts calls to it, and ``QT_TRANSLATE_NOOP`` marks texts
translated later; plurals go through ``Context.tr`` (lupdate only sees a plural count there). Plurals follow Qt's numerus rules for the shipped languages. The taxonomy's labels are
data and are translated beside it (``mapper/domain/taxonomy_i18n/<lang>.json``, keyed by code).
Recorded data never passes through here.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from mapper.domain.resources import RESOURCES

I18N_DIR = RESOURCES / "i18n"
TAXONOMY_I18N_DIR = Path(__file__).with_name("taxonomy_i18n")
SOURCE_LANGUAGE = "en"
RTL_LANGUAGES = {"ar", "ur", "fa", "he", "ps", "ckb", "sd", "yi"}
NATIVE_NAMES = {"en": "English", "ur": "اردو", "ar": "العربية", "pl": "Polski"}

# Unicode directional isolates: a name or postcode put inside a translated sentence keeps its own direction
FSI, PDI = "\u2068", "\u2069"


def isolate(text) -> str:
    """``text`` (recorded data, a number, a file name) as a first-strong isolate for a composed sentence."""
    return f"{FSI}{text}{PDI}"


def arg(text: str, *values) -> str:
    """``text`` (translated, with %1, %2...) with ``values`` put in as they are (the window's ``ui.i18n.fill``
    also gives numbers the language's digits)."""
    for i, value in reversed(list(enumerate(values, 1))):  # %10 before %1
        text = text.replace(f"%{i}", str(value))
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for extraction; it is translated where it is shown (``translate(context, text)``)."""
    return text


def plural_form(language: str, n: int) -> int:
    """Which ``<numerusform>`` Qt uses for ``n`` (its numerus rules for the shipped languages)."""
    n = abs(int(n))
    if language == "ar":  # nullar, singular, dual, minority plural, plural, plural (100-102, ...)
        if n in (0, 1, 2):
            return n
        if 3 <= n % 100 <= 10:
            return 3
        return 4 if n % 100 > 2 else 5
    if language == "pl":  # singular, paucal, plural
        if n == 1:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    return 0 if n == 1 else 1  # English, Urdu and most others


@dataclass
class Catalogue:
    language: str = SOURCE_LANGUAGE
    messages: dict[tuple[str, str, str], str | list[str]] = field(default_factory=dict)
    taxonomy: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, language: str, ts_file: Path | None = None, taxonomy_file: Path | None = None) -> Catalogue:
        """The catalogue for ``language`` (the source language or a missing file: no translations)."""
        ts_file = ts_file or I18N_DIR / f"mapper_{language}.ts"
        taxonomy_file = taxonomy_file or TAXONOMY_I18N_DIR / f"{language}.json"
        cat = cls(language)
        if ts_file.is_file():
            cat.messages = read_ts(ts_file)
        if taxonomy_file.is_file():
            cat.taxonomy = json.loads(taxonomy_file.read_text(encoding="utf-8"))
        return cat

    @property
    def rtl(self) -> bool:
        return self.language.split("_")[0] in RTL_LANGUAGES

    def translate(self, context: str, text: str, comment: str | None = None, n: int = -1) -> str:
        found = self.messages.get((context, text, comment or ""))
        if isinstance(found, list):
            found = found[min(plural_form(self.language, n), len(found) - 1)] if found else None
        out = found or text
        return out.replace("%n", str(n)) if n >= 0 else out

    def taxonomy_text(self, section: str, code: str, key: str, default: str) -> str:
        return self.taxonomy.get(section, {}).get(code, {}).get(key) or default


def read_ts(path: Path) -> dict[tuple[str, str, str], str | list[str]]:
    """Finished translations in a Qt Linguist file: (context, source, comment) -> text or plural forms."""
    from defusedxml import ElementTree

    out: dict[tuple[str, str, str], str | list[str]] = {}
    root = ElementTree.parse(str(path)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                out[key] = [f.text or "" for f in translation.iter("numerusform")]
            elif translation.text:
                out[key] = translation.text
    return out


_current = Catalogue()


def install(catalogue: Catalogue) -> None:
    """Make ``catalogue`` the one every ``translate`` uses (the window does this when the language changes)."""
    global _current
    _current = catalogue


def set_language(language: str) -> Catalogue:
    install(Catalogue.load(language))
    return _current


def current() -> Catalogue:
    return _current


@contextmanager
def using(language: str):
    """``with using("ur"): ...``: every ``translate`` inside answers in ``language`` (a published site in
    its own language), the catalogue before it put back afterwards."""
    before = _current
    install(Catalogue.load(language))
    try:
        yield _current
    finally:
        install(before)


def translate(context: str, text: str, comment: str | None = None, n: int = -1) -> str:
    return _current.translate(context, text, comment, n)


class Context:
    """``Merge = Context("Merge")`` then ``Merge.tr("merged %n file(s)", "", n)``: lupdate reads
    ``Name.tr(...)`` as context Name, and (unlike a four-argument ``translate``) sees its plural count."""

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, comment: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, comment, n)


def shipped_languages() -> list[str]:
    """The source language and every language with a catalogue in resources/i18n."""
    found = sorted(p.stem.split("_", 1)[1] for p in I18N_DIR.glob("mapper_*.ts"))
    return [SOURCE_LANGUAGE, *[code for code in found if code != SOURCE_LANGUAGE]]


def system_language() -> str:
    """The language of the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as a two-letter code."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            code = part.split(".")[0].split("@")[0].split("_")[0].lower()
            if code and code not in ("c", "posix"):
                return code
    return SOURCE_LANGUAGE


def resolve_language(setting: str | None) -> str:
    """The language to use for a setting (None or "system": the system's, when we ship it; else English)."""
    code = system_language() if setting in (None, "", "system") else setting
    return code if code in shipped_languages() else SOURCE_LANGUAGE
