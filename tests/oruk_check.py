"""Validating documents against the vendored Open Referral UK 3.0 schemata (tests only)."""

from __future__ import annotations

import json
from functools import lru_cache

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from mapper.formats.oruk_io import SCHEMATA


@lru_cache(maxsize=None)
def _registry() -> Registry:
    return Registry().with_resources(
        (p.name, Resource.from_contents(json.loads(p.read_text(encoding="utf-8")), default_specification=DRAFT202012))
        for p in SCHEMATA.glob("*.json"))


@lru_cache(maxsize=None)
def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMATA / f"{name}.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=_registry(), format_checker=FormatChecker())


def problems(name: str, doc) -> list[str]:
    """Schema errors, missing required fields and nulls (the standard omits optional fields instead)."""
    out = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator(name).iter_errors(doc)]
    out += [f"{path}: null" for path in nulls(doc)]
    return out


def nulls(doc, path: str = "") -> list[str]:
    if doc is None:
        return [path or "(document)"]
    if isinstance(doc, dict):
        return [p for k, v in doc.items() for p in nulls(v, f"{path}/{k}")]
    if isinstance(doc, list):
        return [p for i, v in enumerate(doc) for p in nulls(v, f"{path}/{i}")]
    return []


def assert_valid(name: str, doc) -> None:
    found = problems(name, doc)
    assert not found, f"{name}: {found[:5]}"
