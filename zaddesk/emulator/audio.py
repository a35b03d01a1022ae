"""Is an upload really MP3 or WAV? Decided by content, never by the file name.

Magic bytes pick the candidate format, then libsndfile (through ``soundfile``) must decode the
whole stream: a PNG renamed ``.mp3``, ``ID3`` followed by garbage, a truncated WAV and an MP3
whose decoded length falls short of what its header promises are refused, as the real service
does.
"""

from __future__ import annotations

import io

__all__ = ["MAX_SOUND", "sniff_audio"]

MAX_SOUND = 5 * 1024 * 1024
_BLOCK = 65536
# An MP3 cut at a frame boundary loses whole frames; allow the decoder's own padding.
_SHORT_BY = 2 * 1152


def _mp3_sync(data: bytes) -> bool:
    return len(data) >= 2 and data[0] == 0xFF and (data[1] & 0xE0) == 0xE0


def _decodes_fully(data: bytes, fmt: str) -> bool:
    # Imported on the first upload: soundfile brings numpy, a second of the demo's start.
    import soundfile

    try:
        with soundfile.SoundFile(io.BytesIO(data)) as sound:
            if sound.format != fmt or sound.samplerate <= 0 or sound.channels <= 0:
                return False
            promised = sound.frames
            decoded = 0
            while True:
                block = sound.read(_BLOCK, dtype="int16", always_2d=True)
                if not len(block):
                    break
                decoded += len(block)
    except (soundfile.LibsndfileError, RuntimeError, ValueError, TypeError):
        return False
    if decoded == 0:
        return False
    if fmt == "WAV":
        # A WAV's data chunk states its length exactly: a cut file is short of it.
        header_bytes = _wav_data_size(data)
        return header_bytes is None or header_bytes <= len(data)
    return bool(decoded >= promised - _SHORT_BY)


def _wav_data_size(data: bytes) -> int | None:
    """Offset of the end of the ``data`` chunk as the header states it, or None."""
    pos = 12
    while pos + 8 <= len(data):
        name = data[pos:pos + 4]
        size = int.from_bytes(data[pos + 4:pos + 8], "little")
        if name == b"data":
            return pos + 8 + size
        pos += 8 + size + (size & 1)
    return None


def sniff_audio(data: bytes) -> str | None:
    """``"mp3"``, ``"wav"`` or None when the bytes are neither (or are damaged)."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav" if _decodes_fully(data, "WAV") else None
    if data[:3] == b"ID3" or _mp3_sync(data):
        return "mp3" if _decodes_fully(data, "MP3") else None
    return None
