"""The emulator refuses damaged and disguised uploads as the real service would."""

from __future__ import annotations

from typing import Any

import pytest

from tests import media
from tests.conftest import signed
from zaddesk.emulator.server import EmulatorServer

STAR = 210001
DOC = "/v1/documents/upload/"
SOUND = "/v1/pbx/ivr/sounds/upload/"


def answer(server: EmulatorServer, path: str, params: dict[str, Any],
           name: str, data: bytes) -> tuple[int, dict[str, Any]]:
    response = signed(server, "POST", path, params, files={"file": (name, data, "x/y")})
    body: dict[str, Any] = response.json()
    return response.status_code, body


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("skan.pdf", media.pdf_bytes(), None),
    ("skan.png", media.png_bytes(), None),
    ("skan.jpg", media.jpeg_bytes(orientation=6), None),
    ("obcięty.pdf", media.pdf_bytes()[:200], "damaged"),
    ("hasło.pdf", media.pdf_bytes(encrypted=True), "password"),
    ("obcięty.png", media.png_bytes()[:-20], "damaged"),
    ("dźwięk.pdf", media.wav_bytes(), "PDF, JPEG or PNG"),
])
def test_documents(server: EmulatorServer, name: str, data: bytes, expected: str | None) -> None:
    params = {"user_id": STAR, "group_id": 0, "document_type": "passport"}
    status, body = answer(server, DOC, params, name, data)
    if expected is None:
        assert status == 200, body
    else:
        assert status == 400 and expected in body["message"], body


@pytest.mark.parametrize(("name", "data", "ok"), [
    ("ok.wav", media.wav_bytes(), True),
    ("ok.mp3", media.mp3_bytes(), True),
    ("png.mp3", media.png_bytes(), False),
    ("id3.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x10" + bytes(range(256)) * 8, False),
    ("cut.wav", media.wav_bytes(1.0)[:6000], False),
    ("half.mp3", media.mp3_bytes(4.0)[: len(media.mp3_bytes(4.0)) // 2], False),
])
def test_sounds(server: EmulatorServer, name: str, data: bytes, ok: bool) -> None:
    status, body = answer(server, SOUND, {"user_id": STAR, "name": "Test"}, name, data)
    assert (status == 200) == ok, body
    if not ok:
        assert "MP3 or WAV" in body["message"]


def test_cut_upload_applies_nothing(emulator: EmulatorServer) -> None:
    before = signed(emulator, "GET", "/v1/pbx/ivr/sounds/list/", {"user_id": STAR}).json()
    emulator.set_faults(cut_upload=1, path=SOUND)
    with pytest.raises(Exception):  # noqa: B017 - any transport error: the connection was cut
        signed(emulator, "POST", SOUND, {"user_id": STAR, "name": "Cut"},
               files={"file": ("a.wav", media.wav_bytes(20.0), "audio/wav")})
    after = signed(emulator, "GET", "/v1/pbx/ivr/sounds/list/", {"user_id": STAR}).json()
    assert after["sounds"] == before["sounds"]
