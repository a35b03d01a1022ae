"""What creating extensions one request each (journaled, send-once) costs against one batch call.

The PBX page creates N extensions one by one so that a failure says exactly which exist. This
prints the time for N extensions made that way (journal intent and outcome on disk, one
request each) beside the baseline measured in the same run: one ``quantity=N`` request for
another N numbers. Target: under 100 ms per extension on loopback (20 in under 2 s), the
journal's two synced writes per request included.

    .venv/bin/python bench/bench_pbx_batch.py [--count 20]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from zaddesk.api.client import Zadarma
from zaddesk.core.journal import Journal
from zaddesk.core.pbxdesk import PbxDesk
from zaddesk.core.sendonce import SendOnce
from zaddesk.emulator.server import EmulatorServer

STAR = 210001  # demo client with a PBX: 100-102


async def measure(server: EmulatorServer, count: int, folder: Path) -> tuple[float, float]:
    async with Zadarma(server.base_url, server.key, server.secret) as api:
        started = time.perf_counter()
        await api.pbx.create_extensions(500, count, user_id=STAR)
        baseline = time.perf_counter() - started
        journal = Journal(folder / "journal.sqlite3")
        try:
            desk = PbxDesk(api, SendOnce(journal, profile="bench"), STAR)
            started = time.perf_counter()
            outcome = await desk.create_extensions(list(range(200, 200 + count)))
            one_by_one = time.perf_counter() - started
            assert outcome.complete, outcome.error
        finally:
            journal.close()
    return baseline, one_by_one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20)
    args = parser.parse_args()
    server = EmulatorServer(rate_limit=(100_000, 60.0), seed="demo")
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            baseline, one_by_one = asyncio.run(measure(server, args.count, Path(tmp)))
    finally:
        server.stop()
    per = one_by_one / args.count * 1000
    print(f"{args.count} extensions in one batch request: {baseline * 1000:.1f} ms (baseline)")
    print(f"{args.count} extensions one by one, journaled: {one_by_one * 1000:.1f} ms "
          f"({per:.1f} ms each, {one_by_one / baseline:.1f}x the batch); target < 100 ms each")


if __name__ == "__main__":
    main()
