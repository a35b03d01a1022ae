"""Is an upload really MP3 or WAV? Decided by content, never by the file name.

Magic bytes pick the candidate format, then mutagen must be able to read an audio stream from
it: a text file renamed ``.mp3`` or a truncated header is refused, as the real service does.
"""

from __future__ import annotations

import io

from mutagen import MutagenError
from mutagen.mp3 import MP3
from mutagen.wave import WAVE

__all__ = ["MAX_SOUND", "sniff_audio"]

MAX_SOUND = 5 * 1024 * 1024


def _mp3_sync(data: bytes) -> bool:
    return len(data) >= 2 and data[0] == 0xFF and (data[1] & 0xE0) == 0xE0


def sniff_audio(data: bytes) -> str | None:
    """``"mp3"``, ``"wav"`` or None when the bytes are neither."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        try:
            info = WAVE(io.BytesIO(data)).info  # type: ignore[no-untyped-call]
        except (MutagenError, ValueError, EOFError):
            return None
        return "wav" if getattr(info, "sample_rate", 0) else None
    if data[:3] == b"ID3" or _mp3_sync(data):
        try:
            audio = MP3(io.BytesIO(data))  # type: ignore[no-untyped-call]
        except (MutagenError, ValueError, EOFError):
            return None
        return "mp3" if getattr(audio.info, "sample_rate", 0) else None
    return None
