"""The printed hand-out: its QR code decodes back to the settings, and it is one PDF page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from tests.gui.pbx.test_page import decode_qr
from zaddesk.core.pbx import SipSettings
from zaddesk.gui.pbx.qr import paint_handout, write_handout


def test_handout_qr_decodes_and_pdf_has_one_page(qapp: object, tmp_path: Path) -> None:
    sip = SipSettings(15001, 101, "Recepcja", "Xk7pQ2mzW9ab")
    dpi = 150
    width, height = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    painter = QPainter(image)
    margin = 18 / 25.4 * dpi
    paint_handout(painter, QRectF(margin, margin, width - 2 * margin, height - 2 * margin), dpi,
                  sip, sip.text(), client="Piekarnia Złoty Kłos")
    painter.end()
    assert decode_qr(image) == sip.text()
    pdf = tmp_path / "handout.pdf"
    write_handout(pdf, sip, sip.text(), client="Piekarnia Złoty Kłos")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(
        b"/Type /Page>") == 1
