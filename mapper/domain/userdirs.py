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


def log_file() -> Path:
    return data_dir() / "mapper.log"


def default_demo_path() -> Path:
    return data_dir() / "sheffield-demo.gpkg"
