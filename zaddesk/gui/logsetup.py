"""Logging for the console: one rotating file in the platform log folder, secrets scrubbed.

The scrubbing is a last line of defence at the handler, so it covers every logger (ours,
httpx, httpcore, uvicorn): values registered with ``register_secret`` (the active profile's
key and secret, the demo emulator's pair) are replaced, as are ``Authorization`` headers,
``<key>:<signature>`` pairs and the query part of URLs (signed download links carry their
credentials there). Exceptions are formatted and scrubbed too, because tracebacks print
argument values.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from zaddesk.api.redact import SecretFilter

__all__ = [
    "LOG_FILE_NAME",
    "Redactor",
    "RotatingFile",
    "redactor",
    "register_secret",
    "setup_logging",
    "shutdown_logging",
]

LOG_FILE_NAME = "zaddesk.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_PATTERNS = (
    (re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)[^\s'\",}]+(:[^\s'\",}]+)?"),
     r"\1<redacted>"),
    # key=value (forms, queries) and "key": value (JSON, dict reprs); prose is left alone.
    (re.compile(r"(?i)(\b(?:api_)?(?:secret|key|signature|password)=)[^\s'\",&}]+"),
     r"\1<redacted>"),
    (re.compile(r"(?i)(['\"](?:api_)?(?:secret|key|signature|password)['\"]\s*:\s*['\"]?)"
                r"[^\s'\",}]+"),
     r"\1<redacted>"),
)


class Redactor(SecretFilter):
    """The API layer's secret filter plus secret-shaped text: ``Authorization`` values and
    ``key=``/``"secret":`` pairs, which may carry a secret nobody registered."""

    def register(self, value: str) -> None:
        self.add(value)

    def scrub(self, text: str) -> str:
        text = super().scrub(text)
        for pattern, repl in _PATTERNS:
            text = pattern.sub(repl, text)
        return text


redactor = Redactor()


def register_secret(value: str) -> None:
    redactor.register(value)


class RotatingFile(logging.FileHandler):
    """Size-rotated log file (``zaddesk.log`` → ``zaddesk.log.1`` … ``.N``).

    ``logging.handlers.RotatingFileHandler`` would do, but importing ``logging.handlers`` pulls
    in sockets, pickle and queues and costs start-up time for features we do not use.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=False)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except (OSError, ValueError):
            pass  # rotation is best effort; never lose the record over it
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        os.replace(base, f"{base}.1")
        self.stream = self._open()


_installed: list[logging.Handler] = []


def setup_logging(folder: Path, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Install the file handler on the root logger (idempotent) and return the log file path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    file_handler = RotatingFile(path, max_bytes=1_000_000, backups=5)
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(redactor)
        root.addHandler(handler)
        _installed.append(handler)
    root.setLevel(level)
    # Third-party chatter is only wanted when debugging.
    logging.getLogger("qasync").setLevel(logging.WARNING)  # logs every callback at DEBUG
    for name in ("httpx", "httpcore", "uvicorn", "uvicorn.access", "asyncio"):
        logging.getLogger(name).setLevel(level if level <= logging.DEBUG else logging.WARNING)
    return path


def shutdown_logging() -> None:
    """Remove and close the handlers ``setup_logging`` installed (tests, re-configuration)."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
