"""``EmulatorServer``: the emulator on a loopback socket, in a daemon thread with its own loop.

The socket is bound before the thread starts, so ``port=0`` yields the real port at once and
``start()`` returns only when uvicorn is serving; ``stop()`` asks uvicorn to exit and joins the
thread, so tests can start dozens of servers without leaking threads or sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from zaddesk.emulator.app import DropConnection, EmulatorApp
from zaddesk.emulator.core import Clock
from zaddesk.emulator.faults import Faults
from zaddesk.emulator.seed import DEALER_ID, seed
from zaddesk.emulator.shared import SharedClock, SharedFaults, SharedState
from zaddesk.emulator.store import Store

__all__ = ["EmulatorServer", "serve_socket"]

log = logging.getLogger("zaddesk.emulator")


class _QuietDrops(logging.Filter):
    """uvicorn logs a traceback when we cut a connection on purpose; that is not an error."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DropConnection)


_filter_installed = False
_filter_lock = threading.Lock()


def _install_filter() -> None:
    global _filter_installed
    with _filter_lock:
        if not _filter_installed:
            logging.getLogger("uvicorn.error").addFilter(_QuietDrops())
            _filter_installed = True


class _JsonErrorsH11(H11Protocol):
    """A request h11 cannot parse (raw UTF-8 in the target, a broken request line) gets the
    API's JSON error shape, not uvicorn's plain-text page: clients parse every answer alike."""

    def send_400_response(self, msg: str) -> None:
        body = json.dumps({"status": "error", "message": f"Bad request: {msg}"}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        try:
            self.transport.write(self.conn.send(h11.Response(status_code=400, headers=headers)))
            self.transport.write(self.conn.send(h11.Data(data=body)) or b"")
            self.transport.write(self.conn.send(h11.EndOfMessage()) or b"")
        except h11.LocalProtocolError:
            pass  # h11 is past the point where it can answer; just close
        self.transport.close()


class _Uvicorn(uvicorn.Server):
    """uvicorn polls for exit every 0.1 s and sleeps 0.1 s on shutdown; tests start hundreds of
    servers, so wake on demand instead and wait only as long as connections need."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        while not await self.on_tick(0):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 1.0)

    def adopt(self, conn: socket.socket) -> None:
        """Serve a connection accepted elsewhere (by the parent of a worker process)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            conn.close()
            return
        config = self.config

        def protocol() -> asyncio.Protocol:
            made: asyncio.Protocol = config.http_protocol_class(  # type: ignore[call-arg]
                config=config, server_state=self.server_state, app_state=self.lifespan.state,
                _loop=loop,
            )
            return made

        def start() -> None:
            loop.create_task(loop.connect_accepted_socket(protocol, conn))

        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(start)

    def wake(self) -> None:
        self.should_exit = True
        loop, event = self._loop, self._wake
        if loop is not None and event is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(event.set)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        state = self.server_state
        for connection in list(state.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 0.5  # in-flight handlers are fast; a latency fault is not
        while (state.connections or state.tasks) and loop.time() < deadline:
            await asyncio.sleep(0.002)
        for task in list(state.tasks):
            task.cancel()


def serve_socket(
    app: EmulatorApp, sock: socket.socket | None, name: str = "zaddesk-emulator"
) -> tuple[_Uvicorn, threading.Thread]:
    """uvicorn serving ``app`` in a daemon thread on a bound, listening socket, or only on the
    connections given to ``adopt()`` when ``sock`` is None; returns once it serves."""
    config = uvicorn.Config(
        app,
        lifespan="off",
        log_config=None,
        access_log=False,
        loop="asyncio",
        http=_JsonErrorsH11,
        timeout_graceful_shutdown=1,
    )
    server = _Uvicorn(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock] if sock else []}, name=name, daemon=True
    )
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the emulator failed to start")
        time.sleep(0.002)
    return server, thread


class EmulatorServer:
    """A Zadarma API emulator on ``http://host:port``, signed with ``key``/``secret``."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        db: str = ":memory:",
        key: str | None = None,
        secret: str | None = None,
        rate_limit: tuple[int, float] = (100, 60.0),
        stats_rate_limit: tuple[int, float] = (3, 60.0),
        seed: str = "demo",
        check_responses: bool = False,
        clock: Clock | None = None,
        workers: int = 1,
    ) -> None:
        """``workers``: processes serving the socket; above 1 they share a database file (a
        temporary one for ``:memory:``) and the state in ``shared.SharedState``."""
        if workers < 1:
            raise ValueError("workers must be at least 1")
        if workers > 1 and clock is not None:
            raise ValueError("worker processes keep their clock in the database, not in a Clock")
        self.host = host
        self.port = port
        self.workers = workers
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        if workers > 1 and db == ":memory:":
            self._scratch = tempfile.TemporaryDirectory(prefix="zaddesk-emulator-")
            db = os.path.join(self._scratch.name, "emulator.sqlite")
        self.store = Store(db)
        self._shared: SharedState | None = None
        if workers > 1:
            self._shared = SharedState(db, workers)
            self._shared.reset()
            with self.store.tx() as state:
                state.execute("DELETE FROM emu_problems")  # of an earlier run on this file
            self.clock: Clock = SharedClock(self._shared)
            self.faults: Faults = SharedFaults(self._shared)
        else:
            self.clock = clock or Clock()
            self.faults = Faults()
        self.key, self.secret = self._credentials(seed, key, secret)
        self._limits = (rate_limit, stats_rate_limit)
        self.app = EmulatorApp(
            self.store,
            self.clock,
            rate_limit=rate_limit,
            stats_rate_limit=stats_rate_limit,
            faults=self.faults,
            check_responses=check_responses,
            shared=self._shared,
        )
        self._server: _Uvicorn | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._workers: list[subprocess.Popen[str]] = []
        self._channels: list[socket.socket] = []
        self._stopping = threading.Event()
        self._problems_at_stop: list[str] | None = None

    def __repr__(self) -> str:
        return f"<EmulatorServer {self.base_url if self._server else 'stopped'}>"

    def _credentials(self, kind: str, key: str | None, secret: str | None) -> tuple[str, str]:
        if self.store.is_empty():
            key = key or secrets.token_hex(10)
            secret = secret or secrets.token_hex(10)
            seed(self.store, kind, key, secret, self.clock)
            return key, secret
        with self.store.tx() as db:
            row = db.execute(
                "SELECT api_key, api_secret FROM accounts WHERE id = ?", (DEALER_ID,)
            ).fetchone()
            key = key or row["api_key"]
            secret = secret or row["api_secret"]
            db.execute(
                "UPDATE accounts SET api_key = ?, api_secret = ? WHERE id = ?",
                (key, secret, DEALER_ID),
            )
        assert key is not None and secret is not None
        return key, secret

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def problems(self) -> list[str]:
        """Answers that did not fit the spec, and handler crashes (``check_responses`` mode)."""
        if self._problems_at_stop is not None:
            return list(self._problems_at_stop)
        return list(self.app.problems)

    def start(self) -> None:
        if self._thread is not None or self._workers:
            raise RuntimeError("emulator already started")
        _install_filter()
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.host, self.port))
        sock.listen(128)
        sock.setblocking(False)
        self._socket = sock
        self.port = int(sock.getsockname()[1])
        self.app.base_url = self.base_url
        if self.workers > 1:
            self._start_workers(sock)
        else:
            self._server, self._thread = serve_socket(self.app, sock)
        log.info("emulator serving on %s", self.base_url)

    def _start_workers(self, sock: socket.socket) -> None:
        """Worker processes, each fed connections by this process in turn; returns once every
        one of them serves.

        Workers sharing the listening socket would each take whichever connection they woke
        for first, and a client that opens its keep-alive connections at once could find most
        of them on one worker; handing them out in turn keeps both cores busy.
        """
        general, stats = self._limits
        for slot in range(self.workers):
            ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
            command = [
                sys.executable, "-m", "zaddesk.emulator.worker", "--channel",
                str(theirs.fileno()), "--db", self.store.path, "--workers", str(self.workers),
                "--slot", str(slot), "--base-url", self.base_url,
                "--rate-limit", f"{general[0]}/{general[1]}",
                "--stats-rate-limit", f"{stats[0]}/{stats[1]}",
            ]
            if self.app.check_responses:
                command.append("--check-responses")
            child = subprocess.Popen(command, pass_fds=(theirs.fileno(),),
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
            theirs.close()
            self._workers.append(child)
            self._channels.append(ours)
        for child in self._workers:
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                self.stop()
                raise RuntimeError("an emulator worker process failed to start")
        sock.setblocking(True)
        sock.settimeout(0.2)
        self._thread = threading.Thread(target=self._deal, args=(sock,),
                                        name="zaddesk-emulator-acceptor", daemon=True)
        self._thread.start()

    def _deal(self, sock: socket.socket) -> None:
        """Accept connections and pass each to the next worker (its descriptor, over a Unix
        socket), until ``stop()``."""
        turn = 0
        while not self._stopping.is_set():
            try:
                conn, _address = sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                for _ in range(len(self._channels)):
                    channel = self._channels[turn % len(self._channels)]
                    turn += 1
                    try:
                        socket.send_fds(channel, [b"c"], [conn.fileno()])
                        break
                    except OSError:
                        continue  # that worker has gone; try the next

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._stopping.set()
        for channel in self._channels:
            channel.close()  # the worker reads the end of it and stops
        self._channels = []
        for child in self._workers:
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            if child.stdout is not None:
                child.stdout.close()
        self._workers = []
        if server is None and thread is not None:
            thread.join(timeout=5)  # the acceptor of worker processes
        if server is not None and thread is not None:
            server.wake()
            thread.join(timeout=5)
            if thread.is_alive():
                server.force_exit = True
                thread.join(timeout=2)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None
        if self._shared is not None:
            self._problems_at_stop = list(self.app.problems)  # still asked for after stop()
        self.store.close()
        if self._shared is not None:
            self._shared.close()
            self._shared = None
            with contextlib.suppress(OSError):
                os.remove(self.store.path + "-emu")
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    def __enter__(self) -> EmulatorServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def outbox(self) -> list[dict[str, str]]:
        return self.app.outbox()

    def set_faults(self, **faults: Any) -> None:
        """Same switches as ``POST /_emulator/faults`` (see ``zaddesk.emulator.faults``)."""
        self.faults.set(**faults)

    def in_flight(self, path: str | None = None) -> int:
        """``/v1/`` requests being handled now; see ``EmulatorApp.in_flight``."""
        return self.app.in_flight(path)

    def click_link(self, email: str) -> int:
        return self.app.click_link(email)
