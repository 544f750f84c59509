"""The main window (first version: the record list; issue 3 grows it into the full window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from mapper.store.project import Project
from mapper.ui.settings import remember_project


class MainWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.project: Project | None = None
        self.setWindowTitle("Neighbourhood Mapper")
        self.resize(1366, 768)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.status = QLabel()
        self.status.setAccessibleName("Project summary")
        self.asset_list = QListWidget()
        self.asset_list.setAccessibleName("Assets")
        layout.addWidget(self.status)
        layout.addWidget(self.asset_list)
        self.setCentralWidget(body)

    def open_project(self, path: Path) -> None:
        if self.project is not None:
            self.project.close()
        self.project = Project.open(path)
        remember_project(path)
        self.setWindowTitle(f"Neighbourhood Mapper — {Path(path).name}")
        self.status.setText(f"{self.project.count('assets')} assets in {self.project.count('neighbourhoods')} "
                            "neighbourhoods")
        self.asset_list.clear()
        for (name,) in self.project.conn.execute("SELECT name FROM assets ORDER BY name LIMIT 500"):
            self.asset_list.addItem(name)

    def closeEvent(self, event):  # noqa: N802 - Qt name
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)
