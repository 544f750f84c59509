"""docs/architecture.md is a true map of the code: every package and module under mapper/ is named in it."""

from __future__ import annotations

from tests.paths import ROOT


def test_every_module_is_on_the_map():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = []
    for path in sorted((ROOT / "mapper").rglob("*.py")):
        if path.name == "__init__.py":
            name = path.parent.name + "/"
        else:
            name = path.name if path.parent.name == "mapper" else path.stem
        if name not in doc:
            missing.append(str(path.relative_to(ROOT)))
    assert not missing, f"docs/architecture.md does not mention: {missing}"


def test_only_the_ui_imports_qt():
    offenders = []
    for path in (ROOT / "mapper").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "mapper").parts[:1]:
            continue
        text = path.read_text(encoding="utf-8")
        if "PySide6" in text or "shiboken6" in text:
            offenders.append(str(path))
    assert not offenders
