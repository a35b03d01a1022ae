"""Uploading a 5 MB sound: peak extra memory and the worst event-loop stall, streamed vs in memory.

The emulator runs in its own process (its memory is not ours). On a qasync loop with a 4 ms
``QTimer`` heartbeat, the same 5 MB WAV goes up twice through the real client:

- **streamed**: the upload queue (``zaddesk.core.uploads.Uploader``), the file read from disk
  in 64 KiB chunks (``StreamedFile``);
- **baseline**: the file read whole into memory and sent as bytes, the way uploads went before.

For each it prints the peak of Python allocations above the start (``tracemalloc``), the
peak resident memory above the start (sampled on every heartbeat), and the worst gap between
heartbeats beyond the period. Each is run five times (the median worst stall is the figure:
the machine is shared, and the emulator decoding 5 MB in the other process competes for the
same cores); an idle heartbeat of the same length shows the machine's own noise.
Targets: streamed peak under 2x the file, worst stall <= 16 ms.

Run: ``.venv/bin/python bench/bench_upload.py``.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import qasync
import soundfile
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from zaddesk.api.client import Zadarma
from zaddesk.core.uploads import Target, Uploader, UploadQueue, UploadState, check_sound

PERIOD_MS = 4
RUNS = 5
SIZE = 5 * 1024 * 1024 - 4096  # just under the service's limit
STAR = 210001
_PAGE = os.sysconf("SC_PAGE_SIZE")


def rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * _PAGE


class Heartbeat:
    """A precise Qt timer: the longest gap beyond its period, and the highest RSS seen."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.peak_rss = 0
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000 - PERIOD_MS)
        self.last = now
        self.peak_rss = max(self.peak_rss, rss())

    def start(self) -> None:
        self.worst, self.peak_rss, self.last = 0.0, rss(), time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def make_sound(folder: Path) -> Path:
    path = folder / "hold music 5 MB.wav"
    frames = (SIZE - 44) // 2
    t = np.arange(frames) / 8000
    soundfile.write(str(path), (0.2 * np.sin(2 * np.pi * 440 * t)).astype("float32"), 8000,
                    subtype="PCM_16")
    return path


def start_emulator() -> tuple[subprocess.Popen[str], str, str, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "zaddesk.emulator", "--port", "0", "--rate-limit", "10000/60",
         "--key", "bench", "--secret", "bench-secret"],
        stdout=subprocess.PIPE, text=True,
        preexec_fn=lambda: os.nice(10))  # the server yields the cores to the console
    assert process.stdout is not None
    url = process.stdout.readline().split(": ", 1)[1].strip()
    return process, url, "bench", "bench-secret"


async def measure(job: Callable[[], Awaitable[Any]]) -> tuple[int, int, float, float]:
    """Python allocation peak above the start, RSS peak, worst stall (ms), seconds."""
    beat = Heartbeat()
    tracemalloc.start()
    tracemalloc.reset_peak()
    base, _ = tracemalloc.get_traced_memory()
    beat.start()
    started = time.perf_counter()
    await job()
    elapsed = time.perf_counter() - started
    beat.stop()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak - base, beat.peak_rss, beat.worst, elapsed


async def scenario() -> None:
    folder = Path(tempfile.mkdtemp(prefix="zaddesk-bench-upload-"))
    sound = make_sound(folder)
    size = sound.stat().st_size
    process, url, key, secret = start_emulator()
    try:
        async with Zadarma(url, key, secret) as api:
            await api.sounds.list_sounds(user_id=STAR)  # connection and limiter warmed up
            checked = check_sound(sound)
            queues: list[UploadQueue] = []

            async def streamed() -> None:
                # A fresh queue file each run: the same content twice would be refused.
                queue = UploadQueue(folder / f"uploads-{len(queues)}.sqlite3")
                queues.append(queue)
                uploader = Uploader(queue, lambda: api)
                item = uploader.add(checked, target=Target.SOUND, user_id=STAR,
                                    client_name="bench", sound_name="Streamed")
                await uploader.idle()
                assert queue.get(item.id).state == UploadState.DONE, queue.get(item.id)
                await uploader.aclose()

            async def in_memory() -> None:
                data = sound.read_bytes()
                await api.sounds.upload("In memory", sound.name, data, "audio/wav",
                                        user_id=STAR)

            async def idle() -> None:
                await asyncio.sleep(0.35)

            results = {}
            for name, job in (("idle (the machine's noise)", idle),
                              ("baseline (whole file in memory)", in_memory),
                              ("streamed from disk", streamed)):
                runs = []
                for _ in range(RUNS):
                    before = rss()
                    py_peak, rss_peak, worst, elapsed = await measure(job)
                    runs.append((py_peak, max(0, rss_peak - before), worst, elapsed))
                results[name] = (
                    max(r[0] for r in runs), max(r[1] for r in runs),
                    statistics.median(r[2] for r in runs), min(r[2] for r in runs),
                    statistics.median(r[3] for r in runs),
                )
            for queue in queues:
                queue.close()
    finally:
        process.terminate()
        process.wait(10)
    mib = 1024 * 1024
    print(f"uploading a {size / mib:.2f} MiB WAV to the emulator (another process); "
          f"heartbeat every {PERIOD_MS} ms")
    for name, (py_peak, rss_extra, worst, best, elapsed) in results.items():
        print(f"  {name:32s} {elapsed * 1000:5.0f} ms  peak Python allocations "
              f"+{py_peak / mib:5.2f} MiB ({py_peak / size:4.2f}x file)  peak RSS "
              f"+{rss_extra / mib:5.2f} MiB  worst stall: median {worst:5.1f} ms, "
              f"best run {best:5.1f} ms")
    py_peak, _, worst, _, _ = results["streamed from disk"]
    print(f"streamed: peak {py_peak / size:.2f}x the file (target < 2x) -> "
          f"{'OK' if py_peak < 2 * size else 'TOO MUCH'}; worst stall {worst:.1f} ms "
          f"(target <= 16 ms) -> {'OK' if worst <= 16 else 'TOO SLOW'}")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(scenario())


if __name__ == "__main__":
    main()
