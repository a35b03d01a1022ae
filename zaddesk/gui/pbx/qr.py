"""QR codes on screen and on paper: the matrix comes from segno (core), Qt only draws it.

Drawn as filled rectangles, so the code is sharp at any size and vector in the PDF hand-out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPdfWriter,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from zaddesk.core.pbx import SipSettings, qr_matrix

__all__ = ["QUIET_ZONE", "QrView", "paint_handout", "paint_qr", "qr_image", "write_handout"]

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def paint_qr(painter: QPainter, matrix: list[list[bool]], rect: QRectF) -> None:
    """The code with its quiet zone, as large as fits in ``rect``, centred."""
    count = len(matrix) + 2 * QUIET_ZONE
    side = min(rect.width(), rect.height())
    module = side / count
    left = rect.x() + (rect.width() - side) / 2
    top = rect.y() + (rect.height() - side) / 2
    painter.save()
    painter.fillRect(QRectF(left, top, side, side), QColor("white"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                painter.drawRect(QRectF(left + (start + QUIET_ZONE) * module,
                                        top + (y + QUIET_ZONE) * module,
                                        (x - start) * module, module))
            else:
                x += 1
    painter.restore()


def qr_image(payload: str, module: int = 6) -> QImage:
    """A grey-scale image of the code, ``module`` pixels a module (for tests and copying)."""
    matrix = qr_matrix(payload)
    side = (len(matrix) + 2 * QUIET_ZONE) * module
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_qr(painter, matrix, QRectF(0, 0, side, side))
    painter.end()
    return image


class QrView(QWidget):
    """Shows one payload as a QR code; ``payload()`` says what it carries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sip_qr")
        self._payload = ""
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_payload(self, payload: str) -> None:
        self._payload = payload
        self._matrix = qr_matrix(payload) if payload else []
        self.setAccessibleDescription(payload.splitlines()[0] if payload else "")
        self.update()

    def payload(self) -> str:
        return self._payload

    def image(self, module: int = 6) -> QImage:
        return qr_image(self._payload, module)

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        paint_qr(painter, self._matrix, QRectF(self.rect()))
        painter.end()


def write_handout(path: str | Path, sip: SipSettings, payload: str, *, client: str = "",
                  labels: dict[str, str] | None = None) -> None:
    """A one-page A4 PDF for the client: the settings as text and the QR code."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(handout_title(sip))
    writer.setCreator("zaddesk")
    painter = QPainter(writer)
    try:
        area = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        area.moveTo(0, 0)
        paint_handout(painter, area, writer.resolution(), sip, payload, client=client,
                      labels=labels)
    finally:
        painter.end()


def handout_title(sip: SipSettings) -> str:
    return QCoreApplication.translate("SipHandout", "Phone settings for extension {0}").format(
        f"{sip.number:03d}")


def paint_handout(painter: QPainter, area: QRectF, dpi: int, sip: SipSettings, payload: str,
                  *, client: str = "", labels: dict[str, str] | None = None) -> None:
    """The hand-out page on any paint device (the PDF, or an image to look at)."""
    title_font = QFont("Sans Serif")
    title_font.setPointSizeF(20)
    title_font.setBold(True)
    body_font = QFont("Sans Serif")
    body_font.setPointSizeF(12)
    mono = QFont("Monospace")
    mono.setStyleHint(QFont.StyleHint.Monospace)
    mono.setPointSizeF(13)
    y = area.top()
    painter.setFont(title_font)
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(area.left(), y, area.width(), line * 1.4),
                     Qt.AlignmentFlag.AlignLeft, handout_title(sip))
    y += line * 1.6
    painter.setFont(body_font)
    small = painter.fontMetrics().height()
    if client or sip.name:
        who = " — ".join(x for x in (client, sip.name) if x)
        painter.drawText(QRectF(area.left(), y, area.width(), small * 1.3),
                         Qt.AlignmentFlag.AlignLeft, who)
        y += small * 1.8
    painter.setFont(mono)
    row = painter.fontMetrics().height() * 1.5
    tr = labels or {}
    label_width = area.width() * 0.38
    for key, value in sip.lines():
        painter.drawText(QRectF(area.left(), y, label_width, row),
                         Qt.AlignmentFlag.AlignLeft, tr.get(key, key))
        painter.drawText(QRectF(area.left() + label_width, y, area.width() - label_width, row),
                         Qt.AlignmentFlag.AlignLeft, value)
        y += row
    y += row
    side = min(area.width() * 0.6, area.bottom() - y - small * 4, 90 / 25.4 * dpi)
    paint_qr(painter, qr_matrix(payload),
             QRectF(area.left() + (area.width() - side) / 2, y, side, side))
    y += side + small
    painter.setFont(body_font)
    note = QCoreApplication.translate(
        "SipHandout", "Scan the code with the phone's softphone app, or type the settings "
        "above. Keep this page private: it holds the password.")
    painter.drawText(QRectF(area.left(), y, area.width(), small * 4),
                     int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap), note)
