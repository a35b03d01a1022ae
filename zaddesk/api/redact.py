"""Keep API keys, secrets and signed URLs out of logs and error messages.

The transport never formats a secret into a message on purpose; this module is the second
line: every log record in the process (ours, httpx's, a plug-in's) is scrubbed of the
registered secrets and of URL query strings (a signed GET's query is replayable and may hold
client data) before any handler sees it.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable
from typing import Any

__all__ = [
    "MASK",
    "Secret",
    "SecretFilter",
    "forget_secret",
    "install",
    "register_secret",
    "scrub",
    "secret_filter",
    "strip_query",
]

MASK = "***"
# Shorter strings would mask ordinary words and numbers all over the logs.
_MIN_SECRET_LEN = 4
_URL_QUERY = re.compile(r"(?P<url>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s?#\"'<>]*)\?[^\s#\"'<>]*")
# Request lines as access logs print them: ``"GET /v1/info/balance/?a=1 HTTP/1.1"``.
_REQUEST_LINE_QUERY = re.compile(
    r"(?P<url>\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) /[^\s?#\"'<>]*)\?[^\s#\"'<>]*"
)


class Secret:
    """A string that will not print itself: ``repr``/``str`` show ``***``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return MASK

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __reduce__(self) -> Any:
        raise TypeError("Secret values are not picklable")


def strip_query(text: str) -> str:
    """Replace the query string of every URL and request line in ``text`` by ``?***``."""
    for pattern in (_URL_QUERY, _REQUEST_LINE_QUERY):
        text = pattern.sub(lambda m: f"{m.group('url')}?{MASK}", text)
    return text


class SecretFilter(logging.Filter):
    """Replace registered secrets (and URL query strings) in a record by ``***``.

    Attach it to a handler, or let :func:`install` apply it to every record created in
    the process. It never drops a record.
    """

    def __init__(self, secrets: Iterable[str] = (), *, strip_queries: bool = True) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()  # a secret stays while anyone registered it
        self._pattern: re.Pattern[str] | None = None
        self.strip_queries = strip_queries
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str) -> None:
        if len(secret) < _MIN_SECRET_LEN:
            return
        with self._lock:
            self._counts[secret] += 1
            if self._counts[secret] == 1:
                self._compile_locked()

    def discard(self, secret: str) -> None:
        """Undo one :meth:`add`; the secret is no longer masked once nobody holds it."""
        with self._lock:
            if self._counts.get(secret, 0) <= 0:
                return
            self._counts[secret] -= 1
            if self._counts[secret] == 0:
                del self._counts[secret]
                self._compile_locked()

    def __len__(self) -> int:
        return len(self._counts)

    def _compile_locked(self) -> None:
        # Longest first, so a secret containing another is masked whole.
        secrets = sorted(self._counts, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, secrets))) if secrets else None

    def scrub(self, text: str) -> str:
        pattern = self._pattern
        if pattern is not None:
            text = pattern.sub(MASK, text)
        if self.strip_queries and "?" in text:
            text = strip_query(text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        clean = self.scrub(message)
        if clean != message or record.args:
            record.msg = clean
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)
        return True


_FILTER = SecretFilter()
_install_lock = threading.Lock()
_installed = False


def secret_filter() -> SecretFilter:
    """The process-wide filter the transports register their secrets on."""
    return _FILTER


def register_secret(*secrets: str) -> None:
    for secret in secrets:
        _FILTER.add(secret)


def forget_secret(*secrets: str) -> None:
    """Undo :func:`register_secret` (counted: a secret registered twice needs two)."""
    for secret in secrets:
        _FILTER.discard(secret)


def scrub(text: str) -> str:
    """``text`` with every registered secret and URL query masked (for exception messages)."""
    return _FILTER.scrub(text)


def install() -> None:
    """Scrub every log record at creation, whatever logger or handler it goes to.

    A filter on a logger does not see records propagated from its children, and handlers
    are added by whoever configures logging (tests, the GUI, a user), so the record
    factory is the one place every record passes through. Idempotent.
    """
    global _installed
    with _install_lock:
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _FILTER.filter(record)
            return record

        logging.setLogRecordFactory(factory)
        _installed = True
