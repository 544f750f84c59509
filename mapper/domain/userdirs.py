"""The user data folder (logs, recent projects, default project). ``MAPPER_HOME`` overrides it."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    base = os.environ.get("MAPPER_HOME")
    if base:
        path = Path(base)
    elif os.name == "nt":
        path = Path(os.environ.get("APPDATA", Path.home())) / "NeighbourhoodMapper"
    else:
        path = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "neighbourhood-mapper"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    return data_dir() / "settings.json"


def read_settings() -> dict:
    """The user's settings (recent projects, the mapper's name, the language); {} when none or unreadable."""
    import json

    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_settings(data: dict) -> None:
    import json

    target = settings_file()
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)


def log_file() -> Path:
    return data_dir() / "mapper.log"


def default_demo_path() -> Path:
    return data_dir() / "sheffield-demo.gpkg"


def log_unexpected(exc: BaseException, context: str = "") -> Path | None:
    """Append an unexpected error's traceback to the log file; returns its path (None if it can't write)."""
    import datetime as _dt
    import traceback

    try:
        path = log_file()
        with open(path, "a", encoding="utf-8") as fh:
            stamp = _dt.datetime.now().isoformat(timespec="seconds")
            fh.write(f"--- {stamp} unexpected error {context}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None
