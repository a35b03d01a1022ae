"""Signed HTTP requests to the Zadarma API, with rate limits, safe retries and error mapping.

The rule that shapes this module: a request that may have moved money is never sent twice
by us. Only GETs, and requests that provably never left this machine, are retried; any
other request that lost its answer raises :class:`UnknownOutcome`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import random
import re
import ssl
import time
import weakref
from collections.abc import Callable, Mapping
from typing import IO, Any, NoReturn, cast
from urllib.parse import urlsplit

import httpx

from zaddesk import __version__
from zaddesk.api import redact
from zaddesk.api.errors import (
    ApiError,
    AuthError,
    NetworkError,
    NotFoundError,
    RateLimited,
    UnknownOutcome,
    ZadarmaError,
)
from zaddesk.api.ratelimit import (
    Grant,
    Priority,
    RateLimiter,
    RateLimits,
    RateSnapshot,
    parse_reset,
    parse_retry_after,
)
from zaddesk.api.signing import flatten, sign
from zaddesk.api.streams import StreamedFile

__all__ = [
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "FileSpec",
    "Priority",
    "RateLimits",
    "RateSnapshot",
    "StreamedFile",
    "Transport",
    "guess_field",
    "normalize_path",
    "tls_context",
]

log = logging.getLogger("zaddesk.api.transport")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0, pool=10.0)
USER_AGENT = f"zaddesk/{__version__}"
_METHODS = frozenset({"GET", "POST", "PUT", "DELETE"})
_LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})

# Content in memory, or a file streamed from disk in chunks (never read whole).
FileSpec = tuple[str, bytes | StreamedFile, str]


class _Retry(Exception):
    """An attempt failed in a way that may be repeated (subject to the method)."""

    def __init__(self, error: ZadarmaError, *, any_method: bool, delay: float | None = None):
        super().__init__(error.message)
        self.error = error
        self.any_method = any_method  # provably never reached the server
        self.delay = delay  # None: exponential backoff; a number: wait exactly that


def normalize_path(path: str) -> str:
    """``v1/info/balance`` -> ``/v1/info/balance/``: the form that is signed and sent."""
    if "?" in path or "#" in path:
        raise ValueError("pass query values as params, so that they are signed")
    if not path.startswith("/"):
        path = "/" + path
    if not path.endswith("/"):
        path += "/"
    return path


def guess_field(message: str, names: list[str]) -> str | None:
    """The request parameter a server message is about: a name that appears in it as a word.

    The longest such name wins (``phone_number`` over ``phone``), then the earliest.
    """
    best: tuple[int, int, str] | None = None
    for name in names:
        if not name:
            continue
        match = re.search(
            rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])", message, re.IGNORECASE
        )
        if match:
            rank = (-len(name), match.start(), name)
            if best is None or rank < best:
                best = rank
    return best[2] if best else None


def _cut_short(files: Mapping[str, FileSpec] | None) -> bool:
    return any(
        isinstance(body, StreamedFile) and not body.finished
        for _, body, _ in (files or {}).values()
    )


def _parse_json(response: httpx.Response) -> dict[str, Any] | None:
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


class _ReclaimingTransport(httpx.AsyncBaseTransport):
    """httpx's pooled transport, taking back the slots that cancelled requests leave behind.

    httpcore 1.0 (encode/httpcore#1093): a request cancelled after the pool gave it a new
    connection, but before that connection was opened, leaves it in the pool unopened and
    owned by nobody. It is never reused nor dropped, so it holds a slot for good; after
    enough cancellations (a rep leaving a busy page) every request ends in PoolTimeout.
    After each failed or cancelled request such connections are dropped and the queue is
    served again. Only httpcore's internals show them, so this looks defensively: if they
    change, or the bug is fixed upstream, it does nothing.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except BaseException:
            await self._reclaim()
            raise

    async def _reclaim(self) -> None:
        pool = getattr(self._inner, "_pool", None)
        connections = getattr(pool, "_connections", None)
        requests = getattr(pool, "_requests", None)
        lock = getattr(pool, "_optional_thread_lock", None)
        assign = getattr(pool, "_assign_requests_to_connections", None)
        if not (isinstance(connections, list) and isinstance(requests, list)
                and lock is not None and callable(assign)):
            return
        with lock:
            owned = {id(getattr(r, "connection", None)) for r in requests}
            orphans = [
                c for c in connections
                if id(c) not in owned
                and getattr(c, "_connection", False) is None  # never opened
                and getattr(c, "_connect_failed", True) is False
            ]
            if not orphans:
                return
            for connection in orphans:
                connections.remove(connection)
            closing = list(assign())  # the freed slots go to requests waiting for one
        log.debug("dropped %d pool connections left unopened by cancelled requests",
                  len(orphans))
        for connection in [*orphans, *closing]:
            with contextlib.suppress(Exception):
                await connection.aclose()

    async def aclose(self) -> None:
        await self._inner.aclose()


def tls_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """Always verifying; a company proxy's CA is added to the public ones, never instead.

    Cached: loading the CA store takes a noticeable fraction of a second, and a context
    only reads its CAs, so every transport may share it.
    """
    return _tls_context(ca_bundle or None)  # tls_context() and tls_context(None): one entry


def _no_ca_context() -> ssl.SSLContext:
    """For a plain-HTTP loopback host (the demo emulator): there is no TLS to verify, so the
    CA store is not read. Still a verifying context: with no CAs, any TLS it met would fail."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


@functools.lru_cache(maxsize=8)
def _tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    import certifi  # httpx's own source of public CAs

    context = ssl.create_default_context(cafile=certifi.where())
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    return context


class Transport:
    """One signed HTTP client per profile (dealer key) and API host."""

    def __init__(
        self,
        base_url: str,
        key: str,
        secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        ca_bundle: str | None = None,
        rate_limits: RateLimits | None = None,
        http_transport: httpx.AsyncBaseTransport | None = None,
        limiter: RateLimiter | None = None,
        max_retries: int = 3,
        retry_backoff: float = 0.5,
        retry_backoff_cap: float = 8.0,
    ) -> None:
        if not key or not secret:
            raise ValueError("an API key and secret are required")
        redact.register_secret(key, secret)
        redact.install()
        # Masked while this transport lives; dropped at aclose() or when it is collected.
        self._forget = weakref.finalize(self, redact.forget_secret, key, secret)
        self._base_url = base_url.rstrip("/")
        self._key = redact.Secret(key)
        self._secret = redact.Secret(secret)
        self._max_retries = max_retries
        self._retry_backoff = retry_backoff
        self._retry_backoff_cap = retry_backoff_cap
        # Shared by every transport on this key in the process, unless one is given
        # (a test modelling a second machine on the same key).
        self._limiter = limiter or RateLimiter.shared(self._base_url, key, rate_limits)
        self._listeners: list[Callable[[RateSnapshot], None]] = []
        self._closed = False
        self._waiting: set[asyncio.Task[Any]] = set()  # requests waiting for rate room
        self._aborted: set[asyncio.Task[Any]] = set()
        parts = urlsplit(self._base_url)
        loopback = (parts.hostname or "") in _LOOPBACK
        if parts.scheme != "https" and not loopback:
            log.warning("API host %s is not HTTPS: requests are not encrypted", parts.netloc)
        if http_transport is None:
            verify = (_no_ca_context() if parts.scheme == "http" and loopback and not ca_bundle
                      else tls_context(ca_bundle))
            http_transport = httpx.AsyncHTTPTransport(verify=verify)
        self._client = httpx.AsyncClient(
            base_url=self._base_url,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            # A custom transport (tests, the emulator) brings its own TLS; skip the CA loading.
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            transport=_ReclaimingTransport(http_transport),
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"<Transport {self._base_url} key=***>"

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def limiter(self) -> RateLimiter:
        return self._limiter

    # -- public API -------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, FileSpec] | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> dict[str, Any]:
        """Send one API call and return its JSON body (``status`` is ``success``).

        Raises ``ApiError`` and subclasses when the server refused, ``NetworkError`` when
        there was no answer and nothing was applied, ``UnknownOutcome`` when a
        state-changing call lost its answer.
        """
        method = method.upper()
        if method not in _METHODS:
            raise ValueError(f"unsupported HTTP method {method!r}")
        path = normalize_path(path)
        if files and method == "GET":
            raise ValueError("files need POST or PUT")
        params = dict(params or {})
        if self._closed:
            raise NetworkError("the connection to the API is closed", method=method, path=path)
        attempt = 0
        while True:
            if self._closed:
                raise NetworkError(f"{method} {path}: the connection to the API is closed",
                                   method=method, path=path)
            try:
                return await self._attempt(method, path, params, files, priority)
            except _Retry as retry:
                attempt += 1
                if attempt > self._max_retries or not (retry.any_method or method == "GET"):
                    raise retry.error from None
                delay = retry.delay if retry.delay is not None else self._backoff(attempt)
                log.debug("%s %s: %s; retry %d/%d in %.2f s", method, path,
                          type(retry.error).__name__, attempt, self._max_retries, delay)
                if delay > 0:
                    await asyncio.sleep(delay)

    def webhook_secret(self) -> str:
        """The secret, for signing a test webhook event exactly as Zadarma signs it for this
        account. A credential: never log or show it."""
        return self._secret.reveal()

    def rate_snapshot(self) -> RateSnapshot:
        return self._limiter.snapshot()

    def add_rate_listener(self, callback: Callable[[RateSnapshot], None]) -> None:
        """``callback(snapshot)`` after every limiter change, for every transport on this key.

        Called on the thread and loop that made the change; removed by :meth:`aclose`.
        """
        self._listeners.append(callback)
        self._limiter.add_listener(callback)

    def remove_rate_listener(self, callback: Callable[[RateSnapshot], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)
        self._limiter.remove_listener(callback)

    async def aclose(self) -> None:
        """Close the connections; requests still waiting for rate room get ``NetworkError``."""
        self._closed = True
        for task in list(self._waiting):
            self._aborted.add(task)
            task.cancel()
        for callback in self._listeners:
            self._limiter.remove_listener(callback)
        self._listeners.clear()
        await self._client.aclose()
        self._forget()

    async def __aenter__(self) -> Transport:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- one attempt ------------------------------------------------------------------

    def _backoff(self, attempt: int) -> float:
        """Capped exponential backoff with jitter (half fixed, half random)."""
        ceiling: float = min(self._retry_backoff_cap, self._retry_backoff * 2.0 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _build(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any],
        files: Mapping[str, FileSpec] | None,
    ) -> httpx.Request:
        query, authorization = sign(path, params, self._key.reveal(), self._secret.reveal())
        headers = {"Authorization": authorization}
        if method == "GET":
            url = f"{path}?{query}" if query else path
            return self._client.build_request(method, url, headers=headers)
        if files:
            # The file parts are not signed; every other field is, and is sent as signed.
            data = dict(flatten(params))
            # A StreamedFile quacks like the binary file httpx reads in 64 KiB chunks.
            parts = {
                k: (name, cast(IO[bytes], body), mime) for k, (name, body, mime) in files.items()
            }
            return self._client.build_request(
                method, path, data=data, files=parts, headers=headers
            )
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return self._client.build_request(
            method, path, content=query.encode("ascii"), headers=headers
        )

    async def _attempt(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any],
        files: Mapping[str, FileSpec] | None,
        priority: Priority,
    ) -> dict[str, Any]:
        queued = time.monotonic()
        grant = await self._wait_for_room(method, path, priority)
        started = time.monotonic()
        sent = False
        response: httpx.Response | None = None
        try:
            request = self._build(method, path, params, files)
            sent = True  # from here on it may reach the server
            try:
                response = await self._client.send(request)
            except httpx.HTTPError as exc:
                # A file body cut before its last byte cannot have been applied.
                sent = self._may_have_left(exc) and not _cut_short(files)
                self._fail(method, path, exc, sent=sent)
            except RuntimeError as exc:
                if not self._client.is_closed:
                    raise
                sent = False  # closed under us: httpx refuses before sending
                raise NetworkError(
                    f"{method} {path}: the connection to the API is closed",
                    method=method, path=path,
                ) from exc
        finally:
            headers = response.headers if response is not None else None
            self._limiter.finish(grant, sent=sent, headers=headers)
            for spec in (files or {}).values():
                if isinstance(spec[1], StreamedFile):
                    spec[1].close()
        if log.isEnabledFor(logging.DEBUG):
            snap = self._limiter.snapshot()
            bucket = snap.statistics if self._limiter.is_statistics(path) else snap.general
            log.debug(
                "%s %s [%s] -> %d in %.0f ms (waited %.0f ms; rate %d/%d left, %d waiting)",
                method, path, ",".join(sorted(params) + sorted(files or ())),
                response.status_code, (time.monotonic() - started) * 1000,
                (started - queued) * 1000, bucket.remaining, bucket.limit, snap.waiting,
            )
        return self._interpret(method, path, params, files, response)

    async def _wait_for_room(self, method: str, path: str, priority: Priority) -> Grant:
        task = asyncio.current_task()
        if task is None:
            return await self._limiter.acquire(path, priority)
        self._waiting.add(task)
        try:
            return await self._limiter.acquire(path, priority)
        except asyncio.CancelledError:
            # Cancelled by aclose() alone (not also by the caller): nothing was sent.
            if task in self._aborted and task.uncancel() == 0:
                raise NetworkError(
                    f"{method} {path}: closed while waiting for rate room; nothing was sent",
                    method=method, path=path,
                ) from None
            raise
        finally:
            self._waiting.discard(task)
            self._aborted.discard(task)

    @staticmethod
    def _may_have_left(exc: httpx.HTTPError) -> bool:
        """False only when the request provably never reached the server."""
        return not isinstance(
            exc,
            httpx.ConnectError
            | httpx.ConnectTimeout
            | httpx.PoolTimeout
            | httpx.ProxyError
            | httpx.UnsupportedProtocol
            | httpx.LocalProtocolError,
        )

    def _fail(self, method: str, path: str, exc: httpx.HTTPError, *, sent: bool) -> NoReturn:
        what = type(exc).__name__
        detail = redact.scrub(str(exc))
        message = f"{method} {path}: {what}" + (f" ({detail})" if detail else "")
        if not sent:
            error = NetworkError(message, method=method, path=path)
            retryable = not isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError)
            if retryable:
                raise _Retry(error, any_method=True)
            raise error from None
        if method == "GET":
            raise _Retry(NetworkError(message, method=method, path=path), any_method=False)
        raise UnknownOutcome(
            f"{message}: the request may have been applied; check before sending it again",
            method=method, path=path,
        ) from None

    def _interpret(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any],
        files: Mapping[str, FileSpec] | None,
        response: httpx.Response,
    ) -> dict[str, Any]:
        status = response.status_code
        body = _parse_json(response)
        server_message = body.get("message") if body else None
        message = redact.scrub(
            str(server_message) if server_message else f"HTTP {status} {response.reason_phrase}"
        )
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is None:
                retry_after = parse_reset(response.headers.get("x-ratelimit-reset"))
            delay = self._limiter.back_off(path, retry_after)
            error = RateLimited(
                message, retry_after=delay, status_code=status, method=method, path=path
            )
            if method == "GET":
                raise _Retry(error, any_method=False, delay=0.0)  # the limiter holds the wait
            raise error
        if 300 <= status < 400:
            raise ApiError(
                f"unexpected redirect (HTTP {status})", status_code=status, method=method,
                path=path,
            )
        if status >= 500 or (body is None and 200 <= status < 300):
            self._lost(method, path, status, body, message, response)
        if body is None or status >= 400 or body.get("status") == "error":
            names = [*params, *(files or ())]
            error_type: type[ApiError] = {401: AuthError, 404: NotFoundError}.get(
                status, ApiError
            )
            raise error_type(
                message, status_code=status, method=method, path=path,
                field=guess_field(message, names) if server_message else None,
            )
        return body

    def _lost(
        self,
        method: str,
        path: str,
        status: int,
        body: dict[str, Any] | None,
        message: str,
        response: httpx.Response,
    ) -> NoReturn:
        """A 5xx or an answer that is not JSON: the server may have done the work."""
        if body is None:
            kind = response.headers.get("content-type", "no content type").split(";")[0]
            what = f"malformed answer (HTTP {status}, {kind})"
        else:
            what = f"server error (HTTP {status}): {message}"
        if method == "GET":
            error: ZadarmaError
            if body is not None:
                error = ApiError(message, status_code=status, method=method, path=path)
            else:
                error = NetworkError(f"{method} {path}: {what}", method=method, path=path)
            raise _Retry(error, any_method=False)
        raise UnknownOutcome(
            f"{method} {path}: {what}; the request may have been applied, check before "
            "sending it again",
            method=method, path=path,
        )
