"""Error messages from the layers below the window and the command line's help in the language chosen: one
mechanism (``Errors.tr`` / ``Cli.tr`` through ``domain.i18n``, the catalogue the window and the CLI
install), file names kept as they are, and no literal English message left in a raise."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

import mapper  # noqa: E402
from mapper.domain import i18n  # noqa: E402
from mapper.domain.errors import MapperError, failure_cause  # noqa: E402
from mapper.ui import i18n as ui_i18n  # noqa: E402
from mapper.ui import settings  # noqa: E402

ROOT = Path(mapper.__file__).resolve().parent


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    ui_i18n.apply_language("en")
    i18n.install(i18n.Catalogue())


def urdu(context: str, text: str) -> str:
    found = i18n.Catalogue.load("ur").translate(context, text)
    assert found != text and found.strip(), f"no Urdu for {text!r}"
    return found


def test_a_bad_project_file_is_explained_in_urdu_by_the_cli(tmp_path, capsys):
    from mapper.cli import main

    bad = tmp_path / "notes.gpkg"
    bad.write_text("not a database")
    settings.set_language("ur")
    assert main(["check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert urdu("Errors", "is not a GeoPackage (not an SQLite database)") in err, err
    assert "notes.gpkg" in err and "not a GeoPackage" not in err and len(err.strip().splitlines()) == 1


def test_the_window_shows_a_lower_layer_error_in_urdu_with_the_file_name_isolated(tmp_path, qtbot):
    from mapper.store.project import Project
    from mapper.ui.errors import show_error

    bad = tmp_path / "notes.gpkg"
    bad.write_text("not a database")
    ui_i18n.apply_language("ur")
    with pytest.raises(MapperError) as caught:
        Project.open(bad)
    box = show_error(None, caught.value)
    qtbot.addWidget(box)
    assert urdu("Errors", "is not a GeoPackage (not an SQLite database)") in box.text()
    assert i18n.isolate(str(bad)) in box.text()  # an English path inside an Urdu sentence keeps its direction
    box.close()


@pytest.mark.parametrize("lang", ["ur", "ar", "pl"])
def test_low_level_causes_are_translated(lang):
    i18n.set_language(lang)
    cause, _ = failure_cause(RecursionError())
    assert cause == i18n.translate("Errors", "its data is nested too deeply to read (damaged or hostile file)")
    assert cause != "its data is nested too deeply to read (damaged or hostile file)"
    cause, _ = failure_cause(OSError(5, "Input/output error"))
    assert "Input/output error" in cause and "cannot be read or written" not in cause


def test_cli_help_and_usage_errors_in_polish(capsys):
    from mapper.cli import main

    settings.set_language("pl")
    assert main(["--help"]) == 0
    overview = capsys.readouterr().out
    assert "utwórz pusty projekt" in overview and "mapper new PROJECT" in overview  # commands stay as typed
    with pytest.raises(SystemExit) as done:
        main(["export", "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("użycie: mapper export") and "opcje:" in text, text
    assert "tylko to, co można opublikować; nigdy potrzeby opieki" in text and "pokaż tę pomoc i zakończ" in text
    assert main(["import"]) == 2
    err = capsys.readouterr().err
    assert "wymagane są następujące argumenty: project, files" in err and "użycie: mapper" in err, err
    import argparse

    assert argparse._("options") == "options"  # argparse's own words put back for everyone else


def _error_classes() -> set[str]:
    for info in pkgutil.walk_packages([str(ROOT)], "mapper."):
        if not info.name.startswith(("mapper.ui", "mapper.__main__")):
            importlib.import_module(info.name)
    found, todo = set(), [MapperError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found | {"UsageError"}


def _literal_text(node) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):  # words in it (not only names and numbers: f"{table} {uuid}")
        return any(isinstance(v, ast.Constant) and re.search(r"[A-Za-z]{2,}", v.value) for v in node.values)
    return isinstance(node, ast.BinOp) and (_literal_text(node.left) or _literal_text(node.right))


def test_no_error_message_below_the_window_is_left_in_english():
    """Every user-facing error raised below the window gets its words through the catalogue (Errors.tr,
    Cli.tr, translate), never a bare English literal or f-string: its message and where it is ("row 3")."""
    names = _error_classes()
    english = []
    for path in sorted(ROOT.rglob("*.py")):
        if "ui" in path.relative_to(ROOT).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                func = node.exc.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                where = [k.value for k in node.exc.keywords if k.arg == "where"]
                if name in names and any(_literal_text(a) for a in node.exc.args[:1] + where):
                    english.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert english == []
