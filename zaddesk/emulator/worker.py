"""One of several processes serving one emulator socket: ``EmulatorServer(workers=N)`` starts it.

Python runs one request at a time per process; a second process serves the next request on the
other core. The parent accepts connections and passes them to its workers in turn over a
Unix socket (``--channel``). All state is in the database file: the API's tables and
``shared.SharedState``. The worker prints ``ready`` once uvicorn serves, and exits on SIGTERM
or when the parent closes the channel (or dies).
"""

from __future__ import annotations

import argparse
import logging
import signal
import socket
import threading

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m zaddesk.emulator.worker")
    parser.add_argument("--channel", type=int, required=True,
                        help="Unix socket the parent passes accepted connections over")
    parser.add_argument("--db", required=True, help="the SQLite file the parent prepared")
    parser.add_argument("--workers", type=int, required=True, help="how many serve in all")
    parser.add_argument("--slot", type=int, required=True, help="which of them this one is")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--rate-limit", required=True, metavar="N/SECONDS")
    parser.add_argument("--stats-rate-limit", required=True, metavar="N/SECONDS")
    parser.add_argument("--check-responses", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING,
                        format="%(asctime)s worker %(name)s %(levelname)s %(message)s")
    from zaddesk.emulator.app import EmulatorApp
    from zaddesk.emulator.ratelimit import parse_limit
    from zaddesk.emulator.server import serve_socket
    from zaddesk.emulator.shared import SharedClock, SharedFaults, SharedState
    from zaddesk.emulator.store import Store

    shared = SharedState(args.db, args.workers, args.slot)
    store = Store(args.db)
    clock = SharedClock(shared)
    app = EmulatorApp(
        store, clock,
        rate_limit=parse_limit(args.rate_limit),
        stats_rate_limit=parse_limit(args.stats_rate_limit),
        faults=SharedFaults(shared),
        check_responses=args.check_responses,
        shared=shared,
    )
    app.base_url = args.base_url
    channel = socket.socket(fileno=args.channel)
    server, thread = serve_socket(app, None, name="zaddesk-emulator-worker")
    print("ready", flush=True)

    def take_connections() -> None:
        while True:
            try:
                message, fds, _flags, _address = socket.recv_fds(channel, 16, 4)
            except OSError:
                break
            if not message and not fds:
                break  # the parent closed the channel, or died
            for fd in fds:
                conn = socket.socket(fileno=fd)
                conn.setblocking(False)
                server.adopt(conn)
        server.wake()

    threading.Thread(target=take_connections, daemon=True).start()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: server.wake())
    while thread.is_alive():
        thread.join(0.5)
    store.close()
    shared.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
