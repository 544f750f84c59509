"""PyInstaller runtime hook: Qt WebEngine's Chromium sandbox, as Qt documents it.

The sandbox stays on for ordinary users. Chromium refuses to start it for root (containers, CI), and Qt's
documented switch for that case is ``QTWEBENGINE_DISABLE_SANDBOX=1``: set only when running as root.
"""

import os

if getattr(os, "geteuid", None) is not None and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
