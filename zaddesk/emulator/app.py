"""The ASGI application: signature check, rate limits, faults, dispatch, self-check of answers.

Kept as a plain ASGI callable (Starlette only reads requests) because two faults need control of
the raw ``send`` channel: a connection cut after the response started, and truncated JSON.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Any, Protocol

import msgspec
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import ClientDisconnect, Request

from zaddesk.emulator import auth, handlers  # noqa: F401  (handlers register their routes)
from zaddesk.emulator.calls import plan_call, play_call
from zaddesk.emulator.core import (
    ROUTES,
    Clock,
    Ctx,
    Fail,
    RouteSpec,
    Upload,
    find_route,
    parse_id,
)
from zaddesk.emulator.faults import FAULT_KEYS, Faults
from zaddesk.emulator.handlers import hooks
from zaddesk.emulator.ratelimit import Limiter, Verdict
from zaddesk.emulator.shared import SharedBusy, SharedLimiter, SharedProblems, SharedState
from zaddesk.emulator.store import Store

log = logging.getLogger("zaddesk.emulator")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

MAX_BODY = 12 * 1024 * 1024   # multipart uploads
MAX_FORM = 1024 * 1024        # form and JSON bodies
MAX_VARS = 1000               # PHP's max_input_vars
MAX_DEPTH = 32                # a[b][c]... levels (PHP's max_input_nesting_level is 64)

HELP: dict[str, Any] = {
    "name": "zaddesk Zadarma API emulator",
    "registration": {
        "rule": "The outcome of POST /v1/reseller/users/registration/new/ is picked from the"
        " e-mail's local part.",
        "name+link@domain": "waits for the client to click the link in the e-mail;"
        " click it with POST /_emulator/click_link?email=...",
        "name+code@domain": "the dealer confirms with the code from the e-mail via"
        " POST /v1/reseller/users/registration/confirm/",
        "anything else": "the account is active at once and user_id is returned",
    },
    "outbox": "GET /_emulator/outbox: e-mails (kind 'email'), SMS (kind 'sms') and voice"
    " callbacks (kind 'call') the emulator would have sent; each has to, kind, text, code."
    " Phone codes have 6 digits and expire after 10 minutes.",
    "faults": {
        "endpoint": "POST /_emulator/faults with a JSON object; {} clears",
        "latency": "seconds to wait before every /v1/ answer",
        "status_5xx": "next N requests answer 500 and are not applied",
        "drop_after_apply": "next N requests are applied, then the connection is cut mid-answer",
        "malformed_json": "next N requests are applied and answered with truncated JSON",
        "html_error": "next N requests answer 502 with an HTML page and are not applied",
        "cut_upload": "next N requests are cut while their body arrives; nothing is applied",
        "hold": "while non-zero, requests wait unanswered and unapplied until faults are set again",
        "apply_after_disconnect": "next N requests are read, left unanswered until the client"
        " gives up and disconnects, then applied (the server finished after a client timeout)",
        "path": "optional: only this method path is affected",
        "writes": "optional: only requests that are not GET are affected",
        "skip": "optional: the first N affected requests pass before the faults apply",
    },
    "uploads": "IVR sounds and hold music: MP3 or WAV by content and fully decodable, at most"
    " 5 MB. Documents: PDF (not damaged, not encrypted), JPEG or PNG by content, at most"
    " 10 MB; documents are verified at once.",
    "numbers": "GET /v1/direct_numbers/available/<direction_id>/ lists up to 50 free numbers;"
    " mask keeps numbers containing the given digits.",
    "endpoints": sorted(f"{r.method} {r.template}" for r in ROUTES),
    "control": [
        "GET /_emulator/",
        "GET /_emulator/outbox",
        "DELETE /_emulator/outbox",
        "POST /_emulator/click_link?email=...",
        "POST /_emulator/faults",
        "GET /_emulator/requests: /v1/ requests being handled now, in all and by path",
        "POST /_emulator/clock?advance=SECONDS",
        "POST /_emulator/call {user_id, caller_id?, called_did?, digits?}: post call events"
        " to the client's call-info URL (signed like Zadarma's), following its answers",
    ],
}


class Busy:
    """Requests in flight per path, in one process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()

    def add(self, path: str, delta: int) -> None:
        with self._lock:
            self._counts[path] += delta
            if self._counts[path] <= 0:
                del self._counts[path]

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)


class MutableSequenceLike(Protocol):
    """What ``problems`` offers: a list in one process, a shared table across several."""

    def append(self, text: str, /) -> None: ...
    def __iter__(self) -> Iterator[str]: ...
    def __len__(self) -> int: ...


class DropConnection(Exception):
    """Raised after a partial response so uvicorn closes the socket mid-answer."""


class EmulatorApp:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        rate_limit: tuple[int, float],
        stats_rate_limit: tuple[int, float],
        faults: Faults,
        check_responses: bool = False,
        shared: SharedState | None = None,
    ) -> None:
        """``shared``: the state of several worker processes serving one socket; the clock and
        faults given must then be the shared kinds too (``EmulatorServer`` sees to it)."""
        self.store = store
        self.clock = clock
        self.faults = faults
        self.check_responses = check_responses
        self.base_url = ""
        self.general: Limiter
        self.stats: Limiter
        self.problems: MutableSequenceLike
        self._busy: Busy | SharedBusy
        if shared is None:
            self.general = Limiter(rate_limit[0], rate_limit[1], clock)
            self.stats = Limiter(stats_rate_limit[0], stats_rate_limit[1], clock)
            self.problems = []
            self._busy = Busy()
        else:
            self.general = SharedLimiter("general", rate_limit[0], rate_limit[1], clock, shared)
            self.stats = SharedLimiter("stats", stats_rate_limit[0], stats_rate_limit[1], clock,
                                       shared)
            self.problems = SharedProblems(store)
            self._busy = shared.busy

    def in_flight(self, path: str | None = None) -> int:
        """``/v1/`` requests being handled now (to ``path``, trailing slash optional).

        Tests synchronise on this instead of sleeping: a request is surely on the wire, or
        surely finished with, whatever the machine's load.
        """
        by_path = self._busy.snapshot()
        if path is None:
            return sum(by_path.values())
        return by_path.get(path.rstrip("/"), 0)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self._route(scope, receive, tracked)
        except DropConnection:
            raise
        except ClientDisconnect:
            log.debug("client went away before its request was read: %s", scope.get("path"))
        except Exception:
            # A bug, never a client's fault: logged and counted (tests fail on it), and still
            # answered in the API's JSON shape rather than uvicorn's plain text.
            log.exception("emulator failed on %s %s", scope.get("method"), scope.get("path"))
            self.problems.append(f"{scope.get('method')} {scope.get('path')}: crashed")
            if not started:
                await _send_json(send, 500, _error("Internal server error"))

    async def _route(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        path: str = scope["path"]
        if path.startswith("/v1/"):
            key = path.rstrip("/")
            self._busy.add(key, 1)
            try:
                await self._api(request, send)
            except ClientDisconnect:
                log.debug("client went away before its request was read: %s", key)
            finally:
                self._busy.add(key, -1)
        elif path == "/_emulator" or path.startswith("/_emulator/"):
            await self._control(request, send)
        else:
            await _send_json(send, 404, {"status": "error", "message": "Not found"})

    # --- the API ------------------------------------------------------------------------------
    async def _api(self, request: Request, send: Send) -> None:
        path: str = request.scope["path"]
        method = request.method.upper()
        decision = self.faults.take(path, method)
        if decision.latency > 0:
            await asyncio.sleep(decision.latency)
        if decision.hold is not None:
            while self.faults.generation == decision.hold:
                await asyncio.sleep(0.005)
        if decision.html_error:
            page = (
                "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                "<body><h1>502 Bad Gateway</h1><hr><p>nginx</p></body></html>"
            )
            await _send_raw(send, 502, page.encode(), "text/html; charset=utf-8")
            return
        if decision.status_5xx:
            await _send_json(send, 500, {"status": "error", "message": "Internal server error"})
            return
        if decision.cut_upload:
            async for chunk in request.stream():
                if chunk:
                    break
            await send({"type": "http.response.start", "status": 502, "headers": []})
            raise DropConnection("connection cut mid-body on purpose (fault cut_upload)")
        headers: dict[str, str] = {}
        try:
            pairs, files = await _read_params(request)
            if decision.apply_after_disconnect:
                await self._apply_after_disconnect(request, method, path, pairs, files)
                return
            extras = await self._before(request, method, path, pairs)
            status, body, headers = self._dispatch(request, method, path, pairs, files, extras)
        except Fail as fail:
            status, body = fail.status, {"status": "error", "message": fail.message}
        text = _encode(body)
        if self.check_responses and status not in (404, 405, 500):
            self._check(method, path, status, body)
        if decision.malformed_json:
            await _send_raw(send, 200, text[: max(1, len(text) // 2)], "application/json", headers)
            return
        if decision.drop_after_apply:
            await send(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": _headers(len(text), "application/json", headers),
                }
            )
            await send({"type": "http.response.body", "body": text[:1], "more_body": True})
            raise DropConnection("connection dropped on purpose (fault drop_after_apply)")
        await _send_raw(send, status, text, "application/json", headers)

    async def _apply_after_disconnect(
        self,
        request: Request,
        method: str,
        path: str,
        pairs: list[tuple[str, str]],
        files: dict[str, Upload],
    ) -> None:
        """Wait (at most an hour) for the client to hang up, then apply; nobody hears back."""
        try:
            async with asyncio.timeout(3600):
                while (await request.receive())["type"] != "http.disconnect":
                    pass
        except TimeoutError:
            log.warning("apply_after_disconnect: the client of %s never left", path)
        status, body, _headers = self._dispatch(request, method, path, pairs, files)
        log.info("applied %s %s after the client left: %s %s", method, path, status,
                 body.get("status"))

    def _dispatch(
        self,
        request: Request,
        method: str,
        path: str,
        pairs: list[tuple[str, str]],
        files: dict[str, Upload],
        extras: dict[str, Any] | None = None,
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        params = auth.php_parse(pairs)
        header = auth.split_header(request.headers.get("authorization"))
        if header is None:
            raise Fail("Not authorized: the Authorization header is missing", 401)
        caller = self._signer(header, path, params)
        if caller is None:
            raise Fail("Not authorized: wrong key or signature", 401)
        key = header[0]
        answer_format = params.get("format", "json")
        if answer_format != "json":
            raise Fail("Parameter 'format': this server answers in JSON only (format=json)")
        verdict = self._limit(key, path)
        rate_headers = {
            "X-RateLimit-Limit": str(verdict.limit),
            "X-RateLimit-Remaining": str(verdict.remaining),
            "X-RateLimit-Reset": str(verdict.reset),
        }
        if not verdict.allowed:
            rate_headers["Retry-After"] = str(max(1, verdict.reset))
            return 429, _error("Too many requests, rate limit exceeded"), rate_headers
        try:
            found = find_route(method, path)
        except Fail as fail:
            return fail.status, _error(fail.message), rate_headers
        if found is None:
            return 404, _error(f"Method {path} not found"), rate_headers
        spec, path_args = found
        # A dealer's GET reads; every other request may write (a client's key is stamped).
        write = method != "GET" or caller["kind"] == "client"
        try:
            try:
                body = self._handle(spec, path_args, caller, params, files, extras, write)
            except sqlite3.OperationalError:
                if write:
                    raise
                # A reading handler wrote after all, while another process wrote: nothing was
                # kept, so it runs again, this time holding the write lock from the start.
                body = self._handle(spec, path_args, caller, params, files, extras, True)
        except Fail as fail:
            return fail.status, _error(fail.message), rate_headers
        except Exception:
            log.exception("handler for %s %s failed", method, path)
            self.problems.append(f"{method} {path}: handler crashed")
            return 500, _error("Internal server error"), rate_headers
        return 200, body, rate_headers

    def _handle(
        self,
        spec: RouteSpec,
        path_args: dict[str, str],
        caller: sqlite3.Row,
        params: dict[str, Any],
        files: dict[str, Upload],
        extras: dict[str, Any] | None,
        write: bool,
    ) -> dict[str, Any]:
        with self.store.tx(write) as db:
            if caller["kind"] == "client":
                db.execute(
                    "UPDATE accounts SET key_last_request = ? WHERE id = ?",
                    (self.clock.stamp(), caller["id"]),
                )
            account = self._acting_account(db, caller, params, spec.dealer_only)
            ctx = Ctx(
                db=db,
                clock=self.clock,
                params=params,
                path_args=path_args,
                caller=caller,
                account=account,
                files=files,
                base_url=self.base_url,
                extras=extras or {},
            )
            return spec.handler(ctx)

    async def _before(
        self, request: Request, method: str, path: str, pairs: list[tuple[str, str]]
    ) -> dict[str, Any]:
        """Network work a handler needs, done outside the store lock and off the loop.

        Saving a webhook URL makes Zadarma GET it with ``zd_echo`` first; only a signed
        request may make the emulator call out, so the signature is checked before.
        """
        if (method, path.rstrip("/")) not in hooks.ECHO_ROUTES:
            return {}
        url = next((v for k, v in pairs if k == "url"), "")
        if not hooks.URL_RE.fullmatch(url) or not self._authentic(request, path, pairs):
            return {}
        problem = await asyncio.to_thread(hooks.echo_problem, url)
        return {"echo": problem or ""}

    def _authentic(self, request: Request, path: str, pairs: list[tuple[str, str]]) -> bool:
        header = auth.split_header(request.headers.get("authorization"))
        return header is not None and self._signer(header, path, auth.php_parse(pairs)) is not None

    def _signer(self, header: tuple[str, str], path: str,
                params: dict[str, Any]) -> sqlite3.Row | None:
        """The account whose key and signature the ``Authorization`` header carries, if they
        are right."""
        key, given = header
        caller = self.store.row("SELECT * FROM accounts WHERE api_key = ?", (key,))
        if caller is None or not auth.signature_ok(path, params, caller["api_secret"], given):
            return None
        return caller

    def _limit(self, key: str, path: str) -> Verdict:
        general = self.general.hit(key)
        if not path.startswith("/v1/statistics"):
            return general
        if not general.allowed:
            return general
        return self.stats.hit(key)

    def _acting_account(
        self, db: sqlite3.Connection, caller: sqlite3.Row, params: dict[str, Any], dealer_only: bool
    ) -> sqlite3.Row:
        if dealer_only:
            if caller["kind"] != "dealer":
                raise Fail("Not authorized: this method is available to dealers only", 401)
            return caller
        raw = params.get("user_id")
        if raw is None or raw == "":
            return caller
        if not isinstance(raw, str):
            raise Fail("Parameter 'user_id' must be an integer")
        user_id = parse_id(raw.strip(), "user_id")
        if caller["kind"] != "dealer":
            if user_id != caller["id"]:
                raise Fail("Not authorized: user_id is not your account", 401)
            return caller
        if user_id == caller["id"]:
            return caller
        row: sqlite3.Row | None = db.execute(
            "SELECT * FROM accounts WHERE id = ? AND dealer_id = ?", (user_id, caller["id"])
        ).fetchone()
        if row is None:
            raise Fail(f"User {user_id} not found among your clients")
        if row["state"] != "active":
            raise Fail(f"User {user_id} has not confirmed the registration yet")
        return row

    def _check(self, method: str, path: str, status: int, body: Any) -> None:
        try:
            from zaddesk.api.spec import operation_for, validate_response
        except ImportError:  # pragma: no cover - the spec module ships with the package
            return
        if operation_for(method, path) is None:
            return  # a path the spec does not know was answered 401/404; nothing to check
        errors = validate_response(method, path, status, body)
        if errors:
            problem = f"{method} {path} -> {status}: " + "; ".join(errors)
            log.error("answer does not fit the spec: %s", problem)
            self.problems.append(problem)

    # --- control endpoints (unsigned, for tests and demos) -----------------------------------
    async def _control(self, request: Request, send: Send) -> None:
        path = request.scope["path"].rstrip("/")
        method = request.method.upper()
        try:
            if path == "/_emulator" and method == "GET":
                await _send_json(send, 200, HELP)
            elif path == "/_emulator/outbox" and method == "GET":
                await _send_json(send, 200, self.outbox(request.query_params.get("to")))
            elif path == "/_emulator/outbox" and method == "DELETE":
                with self.store.tx() as db:
                    db.execute("DELETE FROM outbox")
                await _send_json(send, 200, {"status": "success"})
            elif path == "/_emulator/click_link" and method == "POST":
                email = request.query_params.get("email", "")
                user_id = self.click_link(email)
                await _send_json(send, 200, {"status": "success", "user_id": user_id})
            elif path == "/_emulator/faults" and method == "POST":
                raw = await _body(request, MAX_FORM, "0")
                data = _load_json(raw) if raw.strip() else {}
                try:
                    self.faults.set(**{k: v for k, v in data.items() if k in FAULT_KEYS})
                except (TypeError, ValueError, OverflowError) as exc:
                    raise Fail(str(exc)) from None
                unknown = sorted(set(data) - set(FAULT_KEYS))
                if unknown:
                    raise Fail(f"unknown fault switches: {', '.join(unknown)}")
                await _send_json(send, 200, {"status": "success", "faults": self.faults.snapshot()})
            elif path == "/_emulator/faults" and method == "GET":
                await _send_json(send, 200, {"status": "success", "faults": self.faults.snapshot()})
            elif path == "/_emulator/requests" and method == "GET":
                by_path = self._busy.snapshot()
                await _send_json(send, 200, {"status": "success", "in_flight":
                                             sum(by_path.values()), "by_path": by_path})
            elif path == "/_emulator/call" and method == "POST":
                raw = await _body(request, MAX_FORM, "0")
                data = _load_json(raw) if raw.strip() else {}
                with self.store.tx() as db:
                    plan = plan_call(db, self.clock, data)
                events = await asyncio.to_thread(play_call, plan)
                await _send_json(send, 200, {"status": "success", "events": events})
            elif path == "/_emulator/clock" and method == "POST":
                advance = request.query_params.get("advance", "0")
                if not re.fullmatch(r"-?[0-9]{1,9}(\.[0-9]{1,6})?", advance):
                    raise Fail("advance must be a number of seconds, like 600 or 0.5")
                seconds = float(advance)
                self.clock.advance(seconds)
                await _send_json(send, 200, {"status": "success", "now": self.clock.stamp()})
            else:
                await _send_json(send, 404, _error("No such control endpoint; see GET /_emulator/"))
        except Fail as fail:
            await _send_json(send, fail.status, _error(fail.message))

    def outbox(self, to: str | None = None) -> list[dict[str, str]]:
        with self.store.tx() as db:
            rows = db.execute("SELECT * FROM outbox ORDER BY id").fetchall()
        items = [
            {"to": r["to_addr"], "kind": r["kind"], "text": r["text"], "code": r["code"]}
            for r in rows
        ]
        if to:
            items = [i for i in items if i["to"].lstrip("+") == to.lstrip("+")]
        return items

    def click_link(self, email: str) -> int:
        with self.store.tx() as db:
            row = db.execute(
                "SELECT id, state FROM accounts WHERE lower(email) = lower(?)", (email,)
            ).fetchone()
            if row is None:
                raise Fail(f"No registration for {email}", 404)
            if row["state"] != "wait_link":
                raise Fail(f"{email} is not waiting for a link click")
            db.execute(
                "UPDATE accounts SET state = 'active', reg_code = NULL WHERE id = ?", (row["id"],)
            )
            log.info("registration link clicked for user %s", row["id"])
            return int(row["id"])


def _error(message: str) -> dict[str, Any]:
    return {"status": "error", "message": message}


async def _read_params(request: Request) -> tuple[list[tuple[str, str]], dict[str, Upload]]:
    """Query and body as PHP sees them: decoded pairs; file fields apart (they are not signed).

    Every limit is checked before anything recursive runs: body size, JSON nesting, the number
    of variables and the depth of their ``a[b][c]`` keys. A POST without a form or multipart
    Content-Type leaves its body unread, as PHP leaves ``$_POST`` empty then.
    """
    pairs = _pairs(request.scope.get("query_string", b""), "query")
    files: dict[str, Upload] = {}
    if request.method.upper() in ("GET", "HEAD"):
        return _bounded(pairs), files
    content_type = request.headers.get("content-type", "").lower()
    declared = request.headers.get("content-length", "").strip() or "0"
    if not re.fullmatch(r"[0-9]{1,15}", declared):
        raise Fail("Bad Content-Length header")
    if content_type.startswith("multipart/form-data"):
        if int(declared) > MAX_BODY:
            raise Fail("Request body too large (at most 12 MB)")
        return await _read_multipart(request, pairs)
    if content_type.startswith("application/x-www-form-urlencoded"):
        pairs.extend(_pairs(await _body(request, MAX_FORM, declared), "body"))
        return _bounded(pairs), files
    if content_type.startswith("application/json"):
        body = await _body(request, MAX_FORM, declared)
        if body.strip():
            pairs.extend(_flatten_json(_load_json(body)))
        return _bounded(pairs), files
    return _bounded(pairs), files


async def _body(request: Request, limit: int, declared: str) -> bytes:
    """The body, refused as soon as it passes ``limit`` (a chunked body has no length)."""
    if int(declared) > limit:
        raise Fail(f"Request body too large (at most {limit // 1024} KB)")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Fail(f"Request body too large (at most {limit // 1024} KB)")
        chunks.append(chunk)
    return b"".join(chunks)


async def _read_multipart(
    request: Request, pairs: list[tuple[str, str]]
) -> tuple[list[tuple[str, str]], dict[str, Upload]]:
    files: dict[str, Upload] = {}
    try:
        form = await request.form(
            max_files=MAX_VARS, max_fields=MAX_VARS, max_part_size=MAX_BODY
        )
    except (MultiPartException, HTTPException, ValueError, KeyError, UnicodeDecodeError):
        raise Fail("Malformed multipart body (missing or wrong boundary?)") from None
    try:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                files[name] = Upload(value.filename or "", value.content_type or "", data)
            else:
                pairs.append((name, value))
    finally:
        await form.close()
    for name, value in pairs:
        if not _utf8_clean(name) or not _utf8_clean(value):
            raise Fail("Request parameters must be valid UTF-8")
    return _bounded(pairs), files


def _utf8_clean(text: str) -> bool:
    """False for text holding lone surrogates or U+FFFD left by a lenient decoder."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _pairs(raw: bytes, where: str) -> list[tuple[str, str]]:
    try:
        return auth.parse_pairs_bytes(raw)
    except UnicodeDecodeError:
        raise Fail(f"Request parameters in the {where} must be valid UTF-8") from None


def _bounded(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """PHP's ``max_input_vars`` and ``max_input_nesting_level``, as a 400 instead of silence."""
    if len(pairs) > MAX_VARS:
        raise Fail(f"Too many parameters (at most {MAX_VARS})")
    for name, _value in pairs:
        if name.count("[") > MAX_DEPTH:
            raise Fail(f"Parameter names nest too deep (at most {MAX_DEPTH} levels)")
    return pairs


_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_STRING = re.compile(rb'"[^"]*"')
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")
_PAIR = re.compile(rb"\[\]|\{\}")


def _load_json(body: bytes) -> dict[str, Any]:
    """A JSON object, its nesting checked by a flat scan before the recursive parser runs."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Fail("JSON body must be valid UTF-8") from None
    # Drop escapes, then strings, then all but brackets; then peel the innermost pairs off,
    # one level per pass (each pass a linear regex): the number of passes is the depth.
    brackets = _NOT_BRACKET.sub(b"", _STRING.sub(b"", _ESCAPE.sub(b"", body)))
    levels = 0
    while brackets:
        levels += 1
        if levels > MAX_DEPTH:
            raise Fail(f"JSON body nests too deep (at most {MAX_DEPTH} levels)")
        peeled = _PAIR.sub(b"", brackets)
        if peeled == brackets:
            raise Fail("Malformed JSON body")  # brackets that do not pair up
        brackets = peeled
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise Fail("Malformed JSON body") from None
    if not isinstance(data, dict):
        raise Fail("JSON body must be an object")
    return data


def _flatten_json(data: Any, prefix: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    items: Any = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in items:
        name = f"{prefix}[{key}]" if prefix else str(key)
        if isinstance(value, dict | list):
            out.extend(_flatten_json(value, name))
        elif value is None:
            continue
        elif isinstance(value, bool):
            out.append((name, "1" if value else "0"))
        else:
            out.append((name, str(value)))
    return out


def _headers(length: int, content_type: str, extra: dict[str, str] | None) -> list[Any]:
    headers = [
        (b"content-type", content_type.encode()),
        (b"content-length", str(length).encode()),
    ]
    for name, value in (extra or {}).items():
        headers.append((name.lower().encode(), value.encode()))
    return headers


async def _send_raw(
    send: Send, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
) -> None:
    await send(
        {"type": "http.response.start", "status": status,
         "headers": _headers(len(body), content_type, extra)}
    )
    await send({"type": "http.response.body", "body": body})


def _encode(data: Any) -> bytes:
    """JSON as UTF-8, compact (as the real API answers); msgspec writes a page of clients
    about eight times faster than ``json``, which was a tenth of such a request's time."""
    return msgspec.json.encode(data)


async def _send_json(send: Send, status: int, data: Any) -> None:
    body = _encode(data)
    await _send_raw(send, status, body, "application/json")
