"""docs/architecture.md is a true map of the code: every package and module under mapper/ is named in it."""

from __future__ import annotations

from pathlib import Path

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


def test_the_map_is_one_page_and_each_area_has_its_section_in_internals():
    """architecture.md stays one page; the second hop, internals.md, has a section for every area it names."""
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert len(doc.splitlines()) <= 80
    internals = (ROOT / "docs" / "internals.md").read_text(encoding="utf-8")
    sections = {line[3:].split(" (")[0].strip() for line in internals.splitlines() if line.startswith("## ")}
    rows = [line.split("|")[1].strip() for line in doc.splitlines() if line.startswith("| ") and "---" not in line]
    named = []
    for area in rows[1:]:
        inside = (area[area.index("(") + 1:area.rindex(")")] if "(" in area else area).split("; ")
        named += [n for n in inside if n not in ("Packaging", "Speed")]
    missing = [n for n in named if not any(sec.startswith(n) for sec in sections)]
    assert named and not missing, (missing, sorted(sections))


def test_only_the_ui_imports_qt():
    offenders = []
    for path in (ROOT / "mapper").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "mapper").parts[:1]:
            continue
        text = path.read_text(encoding="utf-8")
        if "PySide6" in text or "shiboken6" in text:
            offenders.append(str(path))
    assert not offenders


def _imported_modules(tree) -> set[str]:
    """Names a module binds to other mapper modules (``from mapper.formats import gpkg``, ``import mapper.x as y``)."""
    import ast
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("mapper"):
            for alias in node.names:
                if (ROOT / "mapper" / Path(*node.module.split(".")[1:]) / f"{alias.name}.py").exists() or \
                        (ROOT / "mapper" / Path(*node.module.split(".")[1:]) / alias.name / "__init__.py").exists():
                    names.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            names.update(a.asname for a in node.names if a.name.startswith("mapper") and a.asname)
    return names


def test_no_module_reaches_into_another_modules_privates():
    """A private name (``_x``) is used only inside its own module: neither imported by name nor read as
    ``module._x``. (The review that removed ``gpkg._q`` left one reader behind, which only CI found.)"""
    import ast
    offenders = []
    for path in sorted((ROOT / "mapper").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = _imported_modules(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("mapper"):
                offenders += [f"{path.name}: from {node.module} import {a.name}" for a in node.names
                              if a.name.startswith("_") and not a.name.startswith("__")]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id in modules and node.attr.startswith("_") and not node.attr.startswith("__"):
                offenders.append(f"{path.name}:{node.lineno}: {node.value.id}.{node.attr}")
    assert not offenders, offenders
