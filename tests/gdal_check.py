"""GDAL's own GeoPackage validator (validate_gpkg.py from Debian's python3-gdal), run in the system Python."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

VALIDATOR = Path("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")
SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin")


def gdal_validate(path: Path) -> None:
    """Fail the test with GDAL's message if the file breaks a GeoPackage requirement."""
    if not (VALIDATOR.exists() and SYSTEM_PYTHON):
        pytest.skip("GDAL's validate_gpkg.py is not installed (packaging/system-deps.sh installs python3-gdal)")
    proc = subprocess.run([SYSTEM_PYTHON, str(VALIDATOR), str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"GDAL validation failed for {path}: {(proc.stderr or proc.stdout)[-1500:]}"
