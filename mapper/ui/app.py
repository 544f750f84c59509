"""Starting the application: choose the project, build the window, run the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from mapper.domain.userdirs import default_demo_path
from mapper.ui.i18n import Tr

App = Tr("App")


def resolve_project(path: Path | None) -> Path:
    """PROJECT if given, else the last one opened, else the demo (created on first start)."""
    from mapper.ui.settings import last_project

    if path is not None:
        return path
    last = last_project()
    if last is not None and last.exists():
        return last
    return demo_project()


def demo_project() -> Path:
    """The Sheffield demo in the user's data folder, built the first time it is asked for (`make run`
    opens the window on it: a developer's way in; a volunteer's first start offers it last)."""
    demo = default_demo_path()
    if not demo.exists():
        from mapper.demo import DEMO_PASSPHRASE, build_demo

        build_demo(demo, passphrase=DEMO_PASSPHRASE).close()
    return demo


def needs_first_start(path: Path | None) -> bool:
    """The welcome dialog shows only on a real first start: no project given, none opened before."""
    from mapper.ui.settings import last_project

    last = last_project()
    return path is None and (last is None or not last.exists())


def first_start(window) -> Path | None:
    """Ask new / open / demo and the mapper's name. Returns the project to open; None (Cancel, or a file
    dialog cancelled) opens nothing: the window waits with File → New and Open, never in the demo."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    from mapper.ui import settings
    from mapper.ui.first_start import DEMO, NEW, OPEN, FirstStartDialog

    dialog = FirstStartDialog(window, name=settings.mapper_name())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.mapper_name():
        settings.set_mapper_name(dialog.mapper_name())
    choice = dialog.chosen()
    if choice == NEW:
        target, _ = QFileDialog.getSaveFileName(window, App.tr("New project"), str(Path.home() / "my-neighbourhood.gpkg"),
                                                App.tr("Neighbourhood Mapper project (*.gpkg)"))
        if target:
            window.create_project(Path(target))
            return Path(target).with_suffix(".gpkg")
    elif choice == OPEN:
        target, _ = QFileDialog.getOpenFileName(window, App.tr("Open project"), str(Path.home()),
                                                App.tr("Neighbourhood Mapper project (*.gpkg)"))
        if target:
            return Path(target)
    elif choice == DEMO:
        return resolve_project(None)
    return None


def ask_name_once(window) -> None:
    from PySide6.QtWidgets import QDialog

    from mapper.ui import settings
    from mapper.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(window, ask_project=False)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.mapper_name():
        settings.set_mapper_name(dialog.mapper_name())


def application():
    """The one QApplication (the map's ``mapper://`` scheme is registered before it is made)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    import mapper.ui.scheme  # noqa: F401 - the map's mapper:// scheme must be registered before the QApplication

    if QApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Neighbourhood Mapper")
    app.setOrganizationName("Neighbourhoods of Care")
    return app


def dispose(window) -> None:
    """Delete the window while Qt still runs (the map's web page must go before its profile); leaving
    it to interpreter exit crashes Qt WebEngine."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def run_app(path: Path | None = None, *, quit_after_ms: int | None = None) -> int:
    """Open the window on PROJECT (else the last project, else the demo). ``quit_after_ms`` closes it
    after that long and never shows a dialog that waits for an answer (tests, smoke checks)."""
    from PySide6.QtCore import QTimer

    app = application()
    from mapper.ui import settings
    from mapper.ui.errors import show_error
    from mapper.ui.i18n import apply_language
    from mapper.ui.main_window import MainWindow

    apply_language(settings.language())
    window = MainWindow()
    current = {"window": window}

    def replaced(new) -> None:  # Settings → Language rebuilt the window
        current["window"] = new
        new.replaced.connect(replaced)

    window.replaced.connect(replaced)
    interactive = quit_after_ms is None
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: show_error(current["window"], exc.with_traceback(tb))
    chosen: Path | None = None
    welcomed = interactive and needs_first_start(path)
    if welcomed:
        chosen = first_start(window)
    elif interactive and settings.mapper_name() is None:
        ask_name_once(window)
    if window.project is None and not (welcomed and chosen is None):
        window.open_project(resolve_project(path or chosen))
    window.show()
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
        QTimer.singleShot(quit_after_ms + 50, app.quit)
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
    dispose(current["window"])
    return code
