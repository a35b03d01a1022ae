"""Line icons from ``resources/icons``, tinted with the palette's text colour.

The SVGs draw with ``currentColor``, which Qt's SVG renderer does not resolve; substituting
the palette colour before rendering keeps them readable in light and dark themes alike.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from zaddesk.paths import resources_dir

__all__ = ["icon"]

_SIZES = (24, 48)  # Qt scales from the nearest; 48 serves high-DPI screens


@lru_cache(maxsize=128)
def _icon(name: str, colour: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    except OSError:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The named icon; ``colour`` defaults to the application palette's text colour."""
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return _icon(name, colour.name())
