# PyInstaller runtime hook (Linux): Qt's ICU reads its data from Chromium's copy in the bundle
# (packaging/slim.py made the bundle's libicudata ICU's stub data, so ICU looks for icudtNNl.dat on
# ICU_DATA). Runs before anything loads Qt; the folder goes first, a user's own ICU_DATA stays after it.
import glob
import os
import sys

_resources = os.path.join(getattr(sys, "_MEIPASS", ""), "PySide6", "Qt", "resources")
if glob.glob(os.path.join(_resources, "icudt*.dat")):
    os.environ["ICU_DATA"] = os.pathsep.join(p for p in (_resources, os.environ.get("ICU_DATA")) if p)
