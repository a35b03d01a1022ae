"""The demo emulator in a process of its own, started before Qt is imported.

Why: importing the emulator (starlette, uvicorn) and seeding it costs more CPU than the whole
first window. In the console's process it would hold the GIL against the window and the first
page; in a child it runs on another core while the window is built, and is usually serving
before the window asks for it. The console talks to it over loopback HTTP anyway, and reads
its outbox and sets its faults through the control endpoints (``/_emulator/...``).

The child gets its key, secret and options as one JSON line on stdin (never on the command
line, which other users can read) and answers ``ready <base_url>`` on stdout. It stops when
its stdin closes: when the console stops it, and also when the console dies, so a killed
console never leaves an emulator behind.

Nothing here imports Qt or the emulator: ``spawn()`` runs first thing in ``main()``.
Tests keep the emulator in a thread of their own process (``AppContext`` without a spawner),
where they can reach into it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any, Protocol

__all__ = ["CHILD_COMMAND", "DemoBackend", "DemoProcess", "child_main"]

log = logging.getLogger("zaddesk.gui.demo")

CHILD_COMMAND = "_demo-emulator"  # ``zaddesk _demo-emulator``: internal, see child_main()
_READY = "ready "
_LOG_NAME = "demo-emulator.log"


class DemoBackend(Protocol):
    """What the console needs of a demo emulator, in a thread or in a process."""

    @property
    def base_url(self) -> str: ...

    @property
    def key(self) -> str: ...

    @property
    def secret(self) -> str: ...

    def outbox(self) -> list[dict[str, str]]: ...

    def set_faults(self, **faults: Any) -> None: ...

    def stop(self) -> None: ...


def _command() -> list[str]:
    if getattr(sys, "frozen", False):  # the packaged app: its executable is the entry point
        return [sys.executable, CHILD_COMMAND]
    return [sys.executable, "-m", "zaddesk", CHILD_COMMAND]


class DemoProcess:
    """A demo emulator in a child process (see the module docstring)."""

    def __init__(self, proc: subprocess.Popen[str], key: str, secret: str) -> None:
        self._proc = proc
        self._key = key
        self._secret = secret
        self._base_url = ""
        self._lock = threading.Lock()
        self._error: str | None = None

    @classmethod
    def spawn(cls, *, log_folder: Path | None = None,
              options: dict[str, Any] | None = None) -> DemoProcess:
        """Start the child now and return at once; ``wait_ready()`` waits for it."""
        # secrets.token_hex, without importing secrets (and random, hmac) before the window
        key, secret = os.urandom(16).hex(), os.urandom(20).hex()
        stderr: IO[str] | int = subprocess.DEVNULL
        if log_folder is not None:
            try:
                log_folder.mkdir(parents=True, exist_ok=True)
                stderr = open(log_folder / _LOG_NAME, "w", encoding="utf-8")  # noqa: SIM115
            except OSError:
                stderr = subprocess.DEVNULL
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)  # not a Qt process; keeps its environment plain
        try:
            proc = subprocess.Popen(
                _command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                text=True, encoding="utf-8", bufsize=1, env=env,
                start_new_session=True,  # Ctrl+C goes to the console, which stops the child
            )
        finally:
            if not isinstance(stderr, int):
                stderr.close()  # the child has its own copy
        assert proc.stdin is not None
        proc.stdin.write(json.dumps({"key": key, "secret": secret,
                                     "options": options or {}}) + "\n")
        proc.stdin.flush()
        return cls(proc, key, secret)

    def __repr__(self) -> str:
        return f"<DemoProcess pid={self._proc.pid} {self._base_url or 'starting'}>"

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def key(self) -> str:
        return self._key

    @property
    def secret(self) -> str:
        return self._secret

    @property
    def base_url(self) -> str:
        if not self._base_url:
            raise RuntimeError("the demo emulator is not ready yet; call wait_ready()")
        return self._base_url

    def wait_ready(self) -> str:
        """Block until the child serves (a worker thread's job); its base URL."""
        with self._lock:
            if self._base_url:
                return self._base_url
            if self._error is not None:
                raise RuntimeError(self._error)
            assert self._proc.stdout is not None
            line = self._proc.stdout.readline()
            if not line.startswith(_READY):
                code = self._proc.poll()
                self._error = ("the demo emulator did not start"
                               + (f" (exit code {code})" if code is not None else "")
                               + (f": {line.strip()}" if line.strip() else ""))
                raise RuntimeError(self._error)
            self._base_url = line[len(_READY):].strip()
            return self._base_url

    def poll_ready(self) -> bool:
        """Whether the child has answered, reading its line if it has; never blocks (the
        child writes the line in one go). Usually it has, long before the window asks, and
        connecting then needs no worker thread."""
        if self._base_url or self._error is not None:
            return True
        import select

        stdout = self._proc.stdout
        assert stdout is not None
        try:
            readable, _, _ = select.select([stdout], [], [], 0)
        except (OSError, ValueError):  # no select on pipes here, or closed: wait_ready() tells
            return False
        if readable:
            with contextlib.suppress(RuntimeError):  # kept in _error for wait_ready()
                self.wait_ready()
        return bool(readable)

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        import http.client
        from urllib.parse import urlsplit

        parts = urlsplit(self.base_url)
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
        try:
            payload = json.dumps(body).encode() if body is not None else None
            headers = {"Content-Type": "application/json"} if payload is not None else {}
            conn.request(method, path, body=payload, headers=headers)
            response = conn.getresponse()
            data = json.loads(response.read() or b"null")
            if response.status != 200:
                message = data.get("message") if isinstance(data, dict) else None
                raise RuntimeError(f"{method} {path}: {response.status} {message or ''}")
            return data
        finally:
            conn.close()

    def outbox(self) -> list[dict[str, str]]:
        """What the emulator "sent" (``GET /_emulator/outbox``); blocking, for a worker thread."""
        items: list[dict[str, str]] = self._call("GET", "/_emulator/outbox")
        return items

    def set_faults(self, **faults: Any) -> None:
        """The same switches as ``EmulatorServer.set_faults`` (``POST /_emulator/faults``)."""
        self._call("POST", "/_emulator/faults", faults)

    def stop(self, timeout: float = 5.0) -> None:
        """Close the child's stdin (it stops serving and exits); kill it if it does not."""
        proc = self._proc
        if proc.stdin is not None and not proc.stdin.closed:
            with contextlib.suppress(OSError):  # a child already gone
                proc.stdin.close()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("the demo emulator did not stop in %.0f s; killing it", timeout)
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def child_main() -> int:
    """``zaddesk _demo-emulator``: serve until stdin closes (see the module docstring)."""
    line = sys.stdin.readline()
    try:
        config = json.loads(line)
        key, secret = str(config["key"]), str(config["secret"])
        options = dict(config.get("options") or {})
    except (ValueError, KeyError, TypeError):
        print("error: expected a JSON line with key, secret and options", flush=True)
        return 2
    from zaddesk.api.redact import install, register_secret

    register_secret(key, secret)
    install()  # a traceback in the log must not carry the pair
    logging.basicConfig(level=logging.WARNING,
                        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    for name in ("rate_limit", "stats_rate_limit"):
        if isinstance(options.get(name), list):
            options[name] = tuple(options[name])
    try:
        from zaddesk.emulator.server import EmulatorServer

        server = EmulatorServer(host="127.0.0.1", port=0, db=":memory:", key=key,
                                secret=secret, **options)
        server.start()
    except Exception as exc:
        logging.getLogger("zaddesk.emulator").exception("the demo emulator failed to start")
        print(f"error: {type(exc).__name__}: {exc}", flush=True)
        return 1
    # One write: the console may find it readable and read the line without a thread.
    sys.stdout.write(f"{_READY}{server.base_url}\n")
    sys.stdout.flush()
    try:
        while sys.stdin.readline():  # nothing more is sent; EOF is the signal
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
