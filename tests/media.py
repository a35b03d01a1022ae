"""Real files for upload tests, made by real encoders: libsndfile (WAV, MP3), Qt (JPEG, PNG),
and a small hand-built PDF whose cross-reference table is exact.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import soundfile


def tone(seconds: float, rate: int = 8000, channels: int = 1, hz: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    mono = (0.3 * np.sin(2 * np.pi * hz * t)).astype("float32")
    return np.repeat(mono[:, None], channels, axis=1) if channels > 1 else mono


def wav_bytes(seconds: float = 0.5, rate: int = 8000, channels: int = 1) -> bytes:
    buffer = io.BytesIO()
    soundfile.write(buffer, tone(seconds, rate, channels), rate, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


def mp3_bytes(seconds: float = 2.0, rate: int = 22050, channels: int = 1) -> bytes:
    buffer = io.BytesIO()
    soundfile.write(buffer, tone(seconds, rate, channels), rate, format="MP3")
    return buffer.getvalue()


def pdf_bytes(text: str = "Paszport", *, encrypted: bool = False, padding: int = 0) -> bytes:
    """A one-page PDF with an exact xref table; ``encrypted`` names an /Encrypt dictionary;
    ``padding`` bytes of comment lines make it as big as a test needs."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if encrypted:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    while padding > 0:
        line = min(padding, 4096)
        out += b"%" + b"x" * (line - 2) + b"\n"
        padding -= line
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if encrypted:
        trailer += b" /Encrypt %d 0 R /ID [<00> <00>]" % len(objects)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def png_bytes(width: int = 32, height: int = 16) -> bytes:
    """An RGB PNG written by hand (zlib, CRCs): no image library needed."""
    raw = b"".join(b"\x00" + b"\xc0\x20\x20" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def jpeg_bytes(width: int = 40, height: int = 20, orientation: int | None = None) -> bytes:
    """A JPEG from Qt's encoder; ``orientation`` adds an EXIF Orientation tag (6: turn 90°)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")  # type: ignore[call-overload]  # the stubs want bytes, the binding a str
    jpeg = bytes(data.data())
    if orientation is None:
        return jpeg
    # Exif header, little-endian TIFF, IFD0 with one entry: Orientation (0x0112), SHORT.
    tiff = b"II*\x00\x08\x00\x00\x00" + b"\x01\x00" + struct.pack(
        "<HHIHH", 0x0112, 3, 1, orientation, 0) + b"\x00\x00\x00\x00"
    app1 = b"Exif\x00\x00" + tiff
    segment = b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
    return jpeg[:2] + segment + jpeg[2:]


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
