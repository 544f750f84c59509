"""Starting the application: choose the project, build the window, run the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from mapper.domain.userdirs import default_demo_path


def resolve_project(path: Path | None) -> Path:
    """PROJECT if given, else the last one opened, else the demo (created on first start)."""
    from mapper.ui.settings import last_project

    if path is not None:
        return path
    last = last_project()
    if last is not None and last.exists():
        return last
    demo = default_demo_path()
    if not demo.exists():
        from mapper.demo import build_demo

        build_demo(demo).close()
    return demo


def run_app(path: Path | None = None, *, quit_after_ms: int | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mapper.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Neighbourhood Mapper")
    app.setOrganizationName("Neighbourhoods of Care")
    window = MainWindow()
    window.open_project(resolve_project(path))
    window.show()
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
        QTimer.singleShot(quit_after_ms + 50, app.quit)
    return app.exec()
