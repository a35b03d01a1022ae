"""``zaddesk-emulator``: the emulator on the command line, for demos and manual testing."""

from __future__ import annotations

import argparse
import logging
import signal
import threading

from zaddesk.emulator.ratelimit import parse_limit
from zaddesk.emulator.seed import SEEDS
from zaddesk.emulator.server import EmulatorServer


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zaddesk-emulator",
        description="Local Zadarma API emulator (loopback HTTP server, state in SQLite).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--db", default=":memory:", help="SQLite file, or :memory:")
    parser.add_argument("--key", default=None, help="dealer API key (random if not given)")
    parser.add_argument("--secret", default=None, help="dealer API secret (random if not given)")
    parser.add_argument("--rate-limit", default="100/60", metavar="N/SECONDS",
                        help="requests per key per window (default 100/60)")
    parser.add_argument("--stats-rate-limit", default="3/60", metavar="N/SECONDS",
                        help="limit for /v1/statistics/* (default 3/60)")
    parser.add_argument("--seed", choices=SEEDS, default="demo",
                        help="initial state of a new database (an existing file keeps its own)")
    parser.add_argument("--check-responses", action="store_true",
                        help="log every answer that does not fit the OpenAPI spec")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="processes serving requests (default 1); above 1 they share the"
                        " database file (a temporary one for :memory:) and answer at once")
    parser.add_argument("--verbose", "-v", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    if args.workers < 1:
        print("zaddesk-emulator: --workers must be at least 1")
        return 2
    try:
        rate = parse_limit(args.rate_limit)
        stats = parse_limit(args.stats_rate_limit)
    except ValueError as exc:
        print(f"zaddesk-emulator: {exc}")
        return 2
    server = EmulatorServer(
        host=args.host, port=args.port, db=args.db, key=args.key, secret=args.secret,
        rate_limit=rate, stats_rate_limit=stats, seed=args.seed,
        check_responses=args.check_responses, workers=args.workers,
    )
    # Before anything is printed: a caller may stop the server as soon as it reads the URL.
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    server.start()
    print(f"base_url: {server.base_url}", flush=True)
    print(f"key: {server.key}", flush=True)
    print(f"secret: {server.secret}", flush=True)
    print(f"help: {server.base_url}/_emulator/", flush=True)
    try:
        while not done.wait(0.5):
            pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
