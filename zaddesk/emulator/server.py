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
import secrets
import socket
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
from zaddesk.emulator.store import Store

__all__ = ["EmulatorServer"]

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
    ) -> None:
        self.host = host
        self.port = port
        self.clock = clock or Clock()
        self.store = Store(db)
        self.key, self.secret = self._credentials(seed, key, secret)
        self.faults = Faults()
        self.app = EmulatorApp(
            self.store,
            self.clock,
            rate_limit=rate_limit,
            stats_rate_limit=stats_rate_limit,
            faults=self.faults,
            check_responses=check_responses,
        )
        self._server: _Uvicorn | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

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
        return list(self.app.problems)

    def start(self) -> None:
        if self._thread is not None:
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
        config = uvicorn.Config(
            self.app,
            lifespan="off",
            log_config=None,
            access_log=False,
            loop="asyncio",
            http=_JsonErrorsH11,
            timeout_graceful_shutdown=1,
        )
        server = _Uvicorn(config)
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="zaddesk-emulator", daemon=True
        )
        self._thread.start()
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the emulator failed to start")
            time.sleep(0.002)
        log.info("emulator serving on %s", self.base_url)

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            self.store.close()
            return
        server.wake()
        thread.join(timeout=5)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout=2)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None
        self.store.close()

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
