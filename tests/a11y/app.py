"""The window as a person meets it, for the accessibility-tree walk (run by test_accessibility_tree.py in
its own X server and D-Bus session): PROJECT opened, the first asset selected, the Review dialog open.
Prints READY once everything is on screen, then waits to be ended."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

import mapper.ui.scheme  # noqa: F401 - the map's mapper:// scheme before the QApplication
from mapper.ui.main_window import MainWindow, MapPlaceholder
from mapper.ui.review import ReviewDialog


def main(path: str, real_map: bool) -> int:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    window = MainWindow(map_factory=None if real_map else MapPlaceholder)
    window.open_project(path, wait=True)
    window.show()
    state = {}

    def ready(*_args) -> None:
        if state:
            return
        uuid = window.assets.model.uuid_at(0)
        # the map's web view takes the focus first (Qt then asks for its accessible interface: the
        # combo factory must not crash on it), then the list
        window.activateWindow()
        window.map.setFocus()
        proxy = getattr(window.map, "view", window.map).focusProxy()
        if proxy is not None:
            proxy.setFocus()
        QCoreApplication.processEvents()
        window.assets.view.setFocus()
        window.assets.select_uuid(uuid)
        window.show_record("assets", uuid)
        state["review"] = ReviewDialog(window.project, window)
        state["review"].show()
        QTimer.singleShot(500, lambda: print("READY", window.project.find("assets", uuid).name, flush=True))

    if real_map:
        window.map.mapReady.connect(ready)
        QTimer.singleShot(60000, ready)  # a map that never gets ready still leaves the rest to walk
    else:
        QTimer.singleShot(300, ready)
    QTimer.singleShot(120000, app.quit)  # never outlive a test that died
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], "--real-map" in sys.argv))
