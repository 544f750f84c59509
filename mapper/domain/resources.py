"""Where the files shipped with the app live (vendored web libraries, postcodes, sample data).

From a source checkout that is the checkout's root; in the packaged app (PyInstaller sets ``sys.frozen``
and ``sys._MEIPASS``) it is the bundle's data folder, where ``packaging/mapper.spec`` puts the same
``resources/`` and ``sample_data/`` folders.
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``resources/`` and ``sample_data/``."""
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    return Path(bundle) if bundle else Path(__file__).resolve().parents[2]


ROOT = app_root()
RESOURCES = ROOT / "resources"
SAMPLE_DATA = ROOT / "sample_data"
POSTCODES_CSV = RESOURCES / "postcodes" / "postcodes_S_area_codepoint_2014.csv"
