"""Recent projects, the mapper's name and the language, kept in the user data folder (a small JSON file)."""

from __future__ import annotations

from pathlib import Path

from mapper.domain.userdirs import read_settings as load
from mapper.domain.userdirs import write_settings as save

MAX_RECENT = 8


def recent_projects() -> list[Path]:
    return [Path(p) for p in load().get("recent", [])]


def remember_project(path: Path) -> None:
    data = load()
    path = str(Path(path).resolve())
    recent = [p for p in data.get("recent", []) if p != path]
    data["recent"] = [path, *recent][:MAX_RECENT]
    save(data)


def last_project() -> Path | None:
    recent = recent_projects()
    return recent[0] if recent else None


def mapper_name() -> str | None:
    return load().get("mapper_name")


def set_mapper_name(name: str) -> None:
    data = load()
    data["mapper_name"] = name
    save(data)


def language() -> str:
    """The chosen language code, or "system" (the default: follow the system locale)."""
    return load().get("language") or "system"


def set_language(code: str) -> None:
    data = load()
    data["language"] = code
    save(data)


def last_folder() -> Path:
    """Where file dialogs start: the folder last used, else the platform's documents folder
    (``QStandardPaths``), else the home folder (never the folder the app happened to be started from)."""
    from mapper.ui.userpaths import documents_location

    folder = load().get("last_folder")
    if folder and Path(folder).is_dir():
        return Path(folder)
    docs = documents_location()
    return docs if docs.is_dir() else Path.home()


def remember_folder(path: Path | str) -> None:
    p = Path(path)
    folder = p if p.is_dir() else p.parent
    data = load()
    data["last_folder"] = str(folder.resolve())
    save(data)
