"""The user data folder (logs, recent projects, default project). ``MAPPER_HOME`` overrides it.

Otherwise the folder is ``neighbourhood-mapper`` under the platform's data location, which the Qt layer
supplies from ``QStandardPaths`` (``mapper/ui/userpaths.py``, installed by the command line before it
does anything): no platform's paths are spelled out here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

FOLDER = "neighbourhood-mapper"
_platform_data_location: Callable[[], Path] | None = None


def use_platform_location(locate: Callable[[], Path]) -> None:
    """Where the platform keeps per-user application data (called once at start-up)."""
    global _platform_data_location
    _platform_data_location = locate


def data_dir() -> Path:
    base = os.environ.get("MAPPER_HOME")
    if base:
        path = Path(base)
    elif _platform_data_location is not None:
        path = _platform_data_location() / FOLDER
    else:  # the library used on its own, without the app's start-up
        path = Path.home() / f".{FOLDER}"
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
