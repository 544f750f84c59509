"""The taxonomy is data (taxonomy.json); this module loads it once and answers questions about it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mapper.domain import i18n

_PATH = Path(__file__).with_name("taxonomy.json")


@dataclass(frozen=True, eq=False)
class Taxonomy:
    raw: dict

    def codes(self, section: str) -> list[str]:
        return list(self._codes(section))

    @lru_cache(maxsize=None)  # noqa: B019 - one Taxonomy for the life of the program
    def _codes(self, section: str) -> tuple[str, ...]:
        return tuple(i["code"] if isinstance(i, dict) else i for i in self.raw[section])

    def is_code(self, section: str, code) -> bool:
        try:  # a set: validation asks three times a record
            return code in self._code_set(section)
        except TypeError:  # an unhashable value: compared with each code, as in the tuple
            return code in self._codes(section)

    @lru_cache(maxsize=None)  # noqa: B019 - one Taxonomy for the life of the program
    def _code_set(self, section: str) -> frozenset[str]:
        return frozenset(self._codes(section))

    def label(self, section: str, code: str) -> str:
        """What a person sees for ``code``, in the chosen language (translations in taxonomy_i18n/)."""
        return i18n.current().taxonomy_text(section, code, "label", self.source_label(section, code))

    def source_label(self, section: str, code: str) -> str:
        """The label in taxonomy.json itself (files and the demo's data keep these)."""
        for item in self.raw[section]:
            if isinstance(item, dict) and item["code"] == code:
                return item["label"]
        return code

    @property
    def kinds(self) -> list[str]:
        return self.codes("asset_kinds")

    @property
    def categories(self) -> list[str]:
        return self.codes("categories")

    @property
    def principles(self) -> list[str]:
        return list(self.raw["principles"])

    def kind_of(self, category: str) -> str | None:
        for item in self.raw["categories"]:
            if item["code"] == category:
                return item["kind"]
        return None

    def categories_of(self, kind: str) -> list[str]:
        return [c["code"] for c in self.raw["categories"] if c["kind"] == kind]

    def colour(self, kind: str) -> str:
        for item in self.raw["asset_kinds"]:
            if item["code"] == kind:
                return item["colour"]
        return "#666666"

    def categories_for_need(self, need_category: str) -> list[str]:
        return list(self.raw["need_category_assets"].get(need_category, []))

    def code_for(self, section: str, text: str) -> str | None:
        """Map a code or a label (any case, spaces or underscores) back to its code."""
        return self._lookup(section, i18n.current().language).get(_norm(text))

    @lru_cache(maxsize=None)  # noqa: B019 - one Taxonomy for the life of the program
    def _lookup(self, section: str, language: str) -> dict[str, str]:
        """Normalised code, label and the chosen language's label -> code (imports ask once a row)."""
        out: dict[str, str] = {}
        for code in reversed(self._codes(section)):  # the first item wins, as a scan in order would
            for text in (self.label(section, code), self.source_label(section, code), code):
                out[_norm(text)] = code
        return out


def _norm(text: str) -> str:
    return " ".join(str(text).replace("_", " ").replace("-", " ").lower().split())


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    return Taxonomy(json.loads(_PATH.read_text(encoding="utf-8")))
