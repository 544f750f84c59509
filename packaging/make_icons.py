"""Render packaging/neighbourhood-mapper.svg to the .png (Linux, committed) and .ico (Windows installer and
.exe; made on the Windows build machine) beside it, with Qt's own SVG renderer (no extra tools):
``python packaging/make_icons.py``."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).parent


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs one for painting
    renderer = QSvgRenderer(str(HERE / "neighbourhood-mapper.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    for suffix in ("png", "ico"):
        image.save(str(HERE / f"neighbourhood-mapper.{suffix}"))


if __name__ == "__main__":
    main()
