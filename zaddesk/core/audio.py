"""Sounds for phone lines: what a file really is, and a smaller copy that fits the service.

A file is judged by decoding it in full with libsndfile (``soundfile``), never by its name:
a PNG renamed ``.mp3``, ``ID3`` followed by garbage, a WAV cut short and an MP3 that decodes
to less than its header promises are refused, each with its own reason. Phone lines carry
8 kHz mono, so stereo, 48 kHz or over-size files are offered a conversion to mono 8 or 16 kHz
WAV or MP3; the converted copy is a new file and the original is never touched.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile
import soxr

__all__ = [
    "MAX_SOUND",
    "AudioInfo",
    "AudioProblem",
    "Target",
    "conversion_reasons",
    "convert",
    "plan",
    "probe",
]

MAX_SOUND = 5 * 1024 * 1024
_BLOCK = 65536  # frames decoded at a time: memory stays flat whatever the length
_SHORT_BY = 2 * 1152  # an MP3 decoder may drop up to two frames of padding
_MP3_KBPS = 32


class AudioProblem(Exception):
    """Why a file is not usable as a sound. ``key`` picks the message shown to the rep."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key  # not_audio, damaged, truncated, empty, unreadable, folder
        self.detail = detail


@dataclass(frozen=True)
class AudioInfo:
    format: str  # "mp3" or "wav"
    duration: float  # seconds, from the decoded samples
    samplerate: int
    channels: int
    bitrate: int  # bits per second, over the whole file
    size: int  # bytes on disk

    @property
    def fits(self) -> bool:
        return self.size <= MAX_SOUND


@dataclass(frozen=True)
class Target:
    """A conversion the desk can make: mono, ``samplerate`` Hz, WAV (16-bit) or MP3."""

    format: str
    samplerate: int
    estimated_size: int

    @property
    def suffix(self) -> str:
        return "." + self.format


def _sniff(head: bytes) -> str | None:
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:3] == b"ID3" or (len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0):
        return "mp3"
    return None


def what_else(head: bytes) -> str:
    """A name for common non-audio content, for the message ("a PNG image")."""
    if head.startswith(b"\x89PNG"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"%PDF-"):
        return "pdf"
    return ""


def _wav_data_end(path: Path) -> int | None:
    """Where the ``data`` chunk ends according to the WAV header."""
    with path.open("rb") as file:
        file.seek(12)
        while True:
            header = file.read(8)
            if len(header) < 8:
                return None
            size = int.from_bytes(header[4:], "little")
            if header[:4] == b"data":
                return file.tell() + size
            file.seek(size + (size & 1), os.SEEK_CUR)


def probe(path: str | os.PathLike[str]) -> AudioInfo:
    """Decode the whole file and describe it, or raise :class:`AudioProblem`."""
    path = Path(path)
    if path.is_dir():
        raise AudioProblem("folder")
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(16)
    except OSError as exc:
        raise AudioProblem("unreadable", exc.strerror or str(exc)) from None
    if size == 0:
        raise AudioProblem("empty")
    kind = _sniff(head)
    if kind is None:
        raise AudioProblem("not_audio", what_else(head))
    try:
        with soundfile.SoundFile(str(path)) as sound:
            if sound.format != kind.upper() or sound.samplerate <= 0:
                raise AudioProblem("damaged")
            promised = sound.frames
            rate, channels = sound.samplerate, sound.channels
            decoded = 0
            while block := len(sound.read(_BLOCK, dtype="int16", always_2d=True)):
                decoded += block
    except (soundfile.LibsndfileError, RuntimeError, ValueError, TypeError) as exc:
        raise AudioProblem("damaged", str(exc)) from None
    if decoded == 0:
        raise AudioProblem("damaged", "no audio in the file")
    if kind == "wav":
        end = _wav_data_end(path)
        if end is not None and end > size:
            raise AudioProblem("truncated", f"{size} of {end} bytes")
    elif decoded < promised - _SHORT_BY:
        raise AudioProblem("truncated", f"{decoded} of {promised} samples")
    duration = decoded / rate
    return AudioInfo(
        format=kind, duration=duration, samplerate=rate, channels=channels,
        bitrate=round(size * 8 / duration) if duration else 0, size=size,
    )


def conversion_reasons(info: AudioInfo) -> list[str]:
    """Why a conversion is worth offering: ``too_big``, ``stereo``, ``high_rate``."""
    reasons = []
    if not info.fits:
        reasons.append("too_big")
    if info.channels > 1:
        reasons.append("stereo")
    if info.samplerate > 16000:
        reasons.append("high_rate")
    return reasons


def _estimate(fmt: str, rate: int, duration: float) -> int:
    if fmt == "wav":
        return 44 + 2 * math.ceil(duration * rate)
    # LAME at this setting gives about 40 kbit/s at 16 kHz and less at 8 kHz: estimate high.
    return math.ceil(duration * 42_000 / 8) + 4096


def plan(info: AudioInfo) -> list[Target]:
    """The conversions that fit the limit, best sounding first (WAV 16 kHz, 8 kHz, MP3).

    No 8 kHz MP3: LAME's frames at that rate and bit rate trip mpg123 (``part2_3_length too
    large``), and an 8 kHz WAV already holds five minutes in 5 MB.
    """
    targets = [
        Target(fmt, rate, _estimate(fmt, rate, info.duration))
        for fmt, rate in (("wav", 16000), ("wav", 8000), ("mp3", 16000))
        if rate <= max(info.samplerate, 8000)
    ]
    return [t for t in targets if t.estimated_size <= MAX_SOUND]


def convert(
    source: str | os.PathLike[str],
    destination: str | os.PathLike[str],
    target: Target,
    progress: Callable[[float], None] | None = None,
) -> AudioInfo:
    """Write a mono copy of ``source`` at ``target``; the source is only read.

    Decoding, down-mixing and resampling go block by block (soxr keeps its filter state
    between blocks), so a long file never sits in memory whole.
    """
    source, destination = Path(source), Path(destination)
    if source.resolve() == destination.resolve():
        raise ValueError("the converted copy must not replace the original")
    partial = destination.with_name(destination.name + ".part")
    options: dict[str, object] = {}
    if target.format == "mp3":
        options = {"format": "MP3", "subtype": "MPEG_LAYER_III",
                   "bitrate_mode": "CONSTANT", "compression_level": 1 - _MP3_KBPS / 160}
    else:
        options = {"format": "WAV", "subtype": "PCM_16"}
    with soundfile.SoundFile(str(source)) as sound:
        total = max(sound.frames, 1)
        resampler = (
            soxr.ResampleStream(sound.samplerate, target.samplerate, 1, dtype="float32",
                                quality="HQ")
            if sound.samplerate != target.samplerate else None
        )
        done = 0
        with soundfile.SoundFile(str(partial), "w", target.samplerate, 1,
                                 **options) as out:
            while True:
                block = sound.read(_BLOCK, dtype="float32", always_2d=True)
                last = len(block) < _BLOCK
                mono = np.ascontiguousarray(block.mean(axis=1, dtype="float32"))
                if resampler is not None:
                    mono = resampler.resample_chunk(mono, last=last)
                if len(mono):
                    out.write(mono)
                done += len(block)
                if progress is not None:
                    progress(min(done / total, 1.0))
                if last:
                    break
    os.replace(partial, destination)
    return probe(destination)
