"""Converting 60 s of stereo 48 kHz WAV to a mono file that fits 5 MB, next to decoding it alone.

The source (11 MB) is made with libsndfile. The baseline is decoding the whole file block by
block as ``zaddesk.core.audio.probe`` does; then each conversion the desk offers (mono 16 or
8 kHz, WAV or MP3) is timed with ``zaddesk.core.audio.convert``. Each figure is the best of
three runs (the machine is shared); the ratio to decoding says what conversion adds.

Run: ``.venv/bin/python bench/bench_convert.py``.
"""

from __future__ import annotations

import functools
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import soundfile

from zaddesk.core import audio

RUNS = 3


def best(job: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - started)
    return min(times), result


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="zaddesk-bench-convert-"))
    source = folder / "studio 60 s stereo 48k.wav"
    t = np.arange(48000 * 60) / 48000
    left = 0.3 * np.sin(2 * np.pi * 440 * t)
    right = 0.3 * np.sin(2 * np.pi * 660 * t)
    soundfile.write(str(source), np.stack([left, right], 1).astype("float32"), 48000,
                    subtype="PCM_16")
    decode, info = best(lambda: audio.probe(source))
    print(f"source: {info.duration:.0f} s, {info.samplerate} Hz, {info.channels} channels, "
          f"{info.size / 1024 / 1024:.1f} MiB")
    print(f"  decode alone (probe)          {decode * 1000:7.1f} ms")
    for target in audio.plan(info):
        out = folder / f"out-{target.samplerate}{target.suffix}"
        seconds, result = best(functools.partial(audio.convert, source, out, target))
        print(f"  to mono {target.samplerate // 1000:2d} kHz {target.format.upper()}         "
              f"{seconds * 1000:7.1f} ms  ({seconds / decode:5.1f}x decoding)  -> "
              f"{result.size / 1024:6.0f} KiB, {result.duration:.1f} s, fits: {result.fits}")


if __name__ == "__main__":
    main()
