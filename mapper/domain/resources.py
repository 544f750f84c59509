"""Where the files shipped with the app live (vendored web libraries, postcodes, sample data)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
SAMPLE_DATA = ROOT / "sample_data"
POSTCODES_CSV = RESOURCES / "postcodes" / "postcodes_S_area_codepoint_2014.csv"
