"""``zaddesk api METHOD PATH``: one raw, signed API call from a shell, like ``gh api``.

For support and scripting: a rep can reproduce what the console does, or call a method the
console has no page for. Exit codes let scripts tell failures apart, and above all tell "safe
to send again" from "check first": 0 success, 1 the API refused (nothing applied), 2 usage,
3 credentials or authentication, 4 not applied (provably never sent, or a read that got no
answer): safe to retry, 5 unknown outcome (a state-changing request left and its answer was
lost or interrupted): money may have moved, check before sending again.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import math
import mimetypes
import os
import re
import signal
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx

from zaddesk.api.errors import (
    ApiError,
    AuthError,
    NetworkError,
    UnknownOutcome,
    ZadarmaError,
)

__all__ = [
    "EXIT_API",
    "EXIT_AUTH",
    "EXIT_NETWORK",
    "EXIT_NOT_SENT",
    "EXIT_OK",
    "EXIT_UNKNOWN",
    "EXIT_USAGE",
    "MAX_UPLOAD",
    "Credentials",
    "UsageError",
    "build_params",
    "main",
    "normalise_path",
    "typed_value",
]

log = logging.getLogger("zaddesk.api.cli")

EXIT_OK = 0
EXIT_API = 1  # the API answered with an error: nothing was applied
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_NOT_SENT = 4  # not applied: never sent, or a read without an answer; safe to retry
EXIT_NETWORK = EXIT_NOT_SENT
EXIT_UNKNOWN = 5  # a state-changing request may have been applied: check before retrying

MAX_UPLOAD = 12 * 1024 * 1024  # above the API's largest upload (documents, 10 MB)
MAX_TIMEOUT = 3600.0
RATE_NOTICE_AFTER = 1.0  # say so on stderr when the rate limit holds a request longer

METHODS = ("GET", "POST", "PUT", "DELETE")
ENV_URL = "ZADDESK_API_URL"
ENV_KEY = "ZADDESK_KEY"
ENV_SECRET = "ZADDESK_SECRET"

Files = dict[str, tuple[str, bytes, str]]


class UsageError(Exception):
    """The command line itself is wrong (exit 2)."""


class CredentialsError(Exception):
    """No usable key, secret or host (exit 3)."""


@dataclass(frozen=True)
class Credentials:
    base_url: str
    key: str = field(repr=False)
    secret: str = field(repr=False)
    ca_bundle: str | None = None


# ------------------------------------------------------------------ parameters

_KEY = re.compile(r"^(?P<head>[^\[\]]+)(?P<rest>(\[[^\[\]]*\])*)$")
_INDEX = re.compile(r"[0-9]{1,18}")  # a list index: ASCII digits ("²" is a plain key)


def split_field(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise UsageError(f"{option} expects key=value, got {text!r}")
    return key, value


def typed_value(text: str) -> Any:
    """``-F`` values as gh reads them: true/false/null and integers become typed values."""
    if text == "true":
        return True
    if text == "false":
        return False
    if text == "null":
        return None
    if re.fullmatch(r"-?(0|[1-9]\d*)", text):
        return int(text)
    return text


def _key_parts(key: str) -> list[str]:
    match = _KEY.fullmatch(key)
    if match is None:
        raise UsageError(f"bad parameter name {key!r}")
    return [match["head"], *re.findall(r"\[([^\[\]]*)\]", match["rest"])]


def build_params(pairs: Sequence[tuple[str, Any]]) -> dict[str, Any]:
    """Nest ``key=value`` pairs the way PHP reads a query string.

    ``a[0][b]=x`` becomes ``{"a": [{"b": "x"}]}``; ``k[]=x`` appends; a plain key given more
    than once becomes a list, so ``-f k=a -f k=b`` is sent as ``k[0]=a&k[1]=b``.
    """
    root: dict[str, Any] = {}
    for key, value in pairs:
        parts = _key_parts(key)
        if len(parts) == 1:
            name = parts[0]
            if name in root and not isinstance(root[name], dict):
                existing = root[name]
                root[name] = (
                    [*existing, value]
                    if isinstance(existing, list)
                    else [
                        existing,
                        value,
                    ]
                )
            elif name in root:
                raise UsageError(f"{name!r} is given both as a value and with [brackets]")
            else:
                root[name] = value
            continue
        node: Any = root
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            node = _descend(node, part, value if last else None, last, key)
    nested: dict[str, Any] = _to_lists(root)
    return nested


def _descend(node: Any, part: str, value: Any, last: bool, key: str) -> Any:
    if not isinstance(node, dict):
        raise UsageError(f"{key!r} puts a value inside a plain value")
    if part == "":
        part = str(_next_index(node))
    if last:
        if part in node:
            raise UsageError(f"{key!r} is given twice")
        node[part] = value
        return None
    child = node.setdefault(part, {})
    if isinstance(child, list):
        child = {str(i): v for i, v in enumerate(child)}
        node[part] = child
    return child


def _next_index(node: dict[str, Any]) -> int:
    numeric = [int(k) for k in node if _INDEX.fullmatch(k)]
    return max(numeric) + 1 if numeric else 0


def _to_lists(value: Any) -> Any:
    """Dicts keyed 0..n-1 become lists, so they are encoded in the order given."""
    if isinstance(value, dict):
        converted = {k: _to_lists(v) for k, v in value.items()}
        keys = list(converted)
        if keys and all(_INDEX.fullmatch(k) for k in keys):
            numbers = sorted(int(k) for k in keys)
            if numbers == list(range(len(keys))):
                return [converted[str(i)] for i in numbers]
        return converted
    if isinstance(value, list):
        return [_to_lists(v) for v in value]
    return value


def normalise_path(path: str) -> tuple[str, list[tuple[str, str]]]:
    """``info/balance``, ``/v1/info/balance`` or a full URL -> ``/v1/info/balance/``.

    A query string in PATH is returned as extra pairs, so it is signed like ``-f``.
    """
    parts = urlsplit(path.strip())
    if parts.scheme and parts.scheme not in ("http", "https"):
        raise UsageError(f"PATH must be an API path like /v1/info/balance/, not {path!r}")
    clean = parts.path.strip("/")
    if not clean:
        raise UsageError("PATH is empty")
    segments = unquote(clean).replace("\\", "/").split("/")
    if any(segment in (".", "..") for segment in segments):
        raise UsageError("PATH must not contain '.' or '..' segments (it must stay under /v1/)")
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in clean):
        raise UsageError("PATH must not contain control characters")
    if not re.match(r"v\d+(/|$)", clean):
        clean = f"v1/{clean}"
    return f"/{clean}/", parse_qsl(parts.query, keep_blank_values=True)


def read_file_field(name: str, ref: str, stdin: IO[bytes] | None) -> tuple[str, bytes, str]:
    if ref == "-":
        if stdin is None:
            raise UsageError("no standard input to read")
        content = stdin.read(MAX_UPLOAD + 1)
        if len(content) > MAX_UPLOAD:
            raise UsageError(
                f"standard input for {name!r} is larger than {MAX_UPLOAD // (1024 * 1024)} MB"
            )
        return ("stdin", content, "application/octet-stream")
    source = Path(ref).expanduser()
    try:
        with source.open("rb") as handle:  # a pipe or a device is read up to the limit only
            content = handle.read(MAX_UPLOAD + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {ref!r} for {name!r}: {exc.strerror}") from None
    if len(content) > MAX_UPLOAD:
        raise UsageError(
            f"{ref!r} for {name!r} is larger than {MAX_UPLOAD // (1024 * 1024)} MB, more than"
            " the API accepts"
        )
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return (source.name, content, mime)


def collect(
    raw_fields: Sequence[str],
    typed_fields: Sequence[str],
    query_pairs: Sequence[tuple[str, str]] = (),
    stdin: IO[bytes] | None = None,
) -> tuple[dict[str, Any], Files]:
    """All ``-f``/``-F`` options (and a query in PATH) as nested params plus upload files."""
    pairs: list[tuple[str, Any]] = list(query_pairs)
    files: Files = {}
    for text in [*raw_fields, *typed_fields]:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(f"{text!r} is not valid UTF-8 (check the locale)") from None
    for text in raw_fields:
        pairs.append(split_field(text, "-f"))
    for text in typed_fields:
        key, value = split_field(text, "-F")
        if value.startswith("@"):
            if key in files:
                raise UsageError(f"file field {key!r} given twice")
            files[key] = read_file_field(key, value[1:], stdin)
        else:
            pairs.append((key, typed_value(value)))
    return build_params(pairs), files


# ------------------------------------------------------------------ credentials


def resolve_credentials(profile: str | None, environ: dict[str, str]) -> Credentials:
    if profile:
        return _profile_credentials(profile)
    url = environ.get(ENV_URL, "").strip()
    key = environ.get(ENV_KEY, "")
    secret = environ.get(ENV_SECRET, "")
    missing = [
        name for name, value in ((ENV_URL, url), (ENV_KEY, key), (ENV_SECRET, secret)) if not value
    ]
    if missing:
        raise CredentialsError("no credentials: pass --profile NAME or set " + ", ".join(missing))
    check_base_url(url, ENV_URL)
    return Credentials(url, key, secret)


def check_base_url(url: str, where: str) -> None:
    """An http(s) URL with a host and nothing after the host but an optional path."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise CredentialsError(f"{where} is not a URL: {url!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CredentialsError(
            f"{where} must be an http:// or https:// address with a host, not {url!r}"
        )
    if parts.query or parts.fragment or port == 0:
        raise CredentialsError(f"{where} must be a plain address like https://api.zadarma.com")


def _profile_credentials(name: str) -> Credentials:
    try:
        from zaddesk.core import profiles
    except ImportError as exc:
        raise CredentialsError(f"profiles are not available in this build ({exc})") from None
    try:
        found = profiles.load_profile(name)
    except KeyError:
        raise CredentialsError(f"no profile named {name!r}") from None
    except (OSError, ValueError) as exc:
        raise CredentialsError(f"cannot read the saved profiles ({exc})") from None
    if not found.base_url:
        raise CredentialsError(f"profile {name!r} has no API address")
    check_base_url(found.base_url, f"the address of profile {name!r}")
    problem = profiles.keyring_problem()
    if problem is not None:
        raise CredentialsError(
            f"no keyring is available ({problem}), so the key of profile {name!r} cannot be"
            f" read; set {ENV_URL}, {ENV_KEY} and {ENV_SECRET} instead"
        )
    try:
        pair = profiles.get_secret(name)
    except Exception as exc:  # a keyring backend may fail in any way
        raise CredentialsError(f"the keyring failed ({type(exc).__name__})") from None
    if pair is None:
        problem = profiles.keyring_problem()
        if problem is not None:
            raise CredentialsError(f"the keyring failed ({problem}); the key of profile"
                                   f" {name!r} cannot be read")
        raise CredentialsError(f"profile {name!r} has no key and secret stored in the keyring")
    key, secret = pair
    return Credentials(found.base_url, key, secret, found.ca_bundle)


# ------------------------------------------------------------------ running


def _timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or not 0 < value <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(
            f"must be more than 0 and at most {MAX_TIMEOUT:.0f} seconds, not {text!r}"
        )
    return value


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zaddesk api",
        description="Send one signed request to the Zadarma API and print the JSON answer.",
        epilog=(
            "Credentials come from --profile or from ZADDESK_API_URL, ZADDESK_KEY and "
            "ZADDESK_SECRET. Exit codes: 0 ok, 1 the API refused (nothing applied), 2 usage, "
            "3 credentials or authentication, 4 not applied, safe to retry, 5 unknown outcome: "
            "the request may have been applied, check before sending it again."
        ),
    )
    parser.add_argument("method", metavar="METHOD", help="GET, POST, PUT or DELETE")
    parser.add_argument("path", metavar="PATH", help="e.g. /v1/info/balance/ or info/balance")
    parser.add_argument(
        "-f",
        "--raw-field",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a string parameter (repeat a key for a list; a[0][b]=x nests)",
    )
    parser.add_argument(
        "-F",
        "--field",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a typed parameter (true, false, null, integers); KEY=@FILE uploads a file",
    )
    parser.add_argument("--profile", metavar="NAME", help="a saved zaddesk profile")
    parser.add_argument("--timeout", type=_timeout, default=30.0, metavar="SECONDS",
                        help="default 30; more than 0, at most 3600")
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="log the request's progress to stderr (keys, secrets and queries are masked)",
    )
    return parser


def _write(stream: IO[str], text: str) -> None:
    """UTF-8 whatever the locale says: Polish names must not turn into errors or ``?``."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        stream.write(text)


class _Progress:
    """What an interrupted or failed call had done: did a request reach the HTTP layer?"""

    def __init__(self) -> None:
        self.on_wire = False
        self.signal: str | None = None


class _WireProbe(httpx.AsyncBaseTransport):
    """Marks the moment a request is handed to the socket: before it, nothing was sent."""

    def __init__(self, inner: httpx.AsyncBaseTransport, progress: _Progress) -> None:
        self._inner = inner
        self._progress = progress

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._progress.on_wire = True
        try:
            return await self._inner.handle_async_request(request)
        except (httpx.ConnectError, httpx.ConnectTimeout):
            self._progress.on_wire = False  # no connection: nothing left this machine
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()


class Interrupted(Exception):
    """Ctrl-C or SIGTERM stopped the call."""

    def __init__(self, signal_name: str) -> None:
        super().__init__(signal_name)
        self.signal_name = signal_name


async def _send(
    creds: Credentials,
    method: str,
    path: str,
    params: dict[str, Any],
    files: Files,
    timeout: float,
    progress: _Progress,
    stderr: IO[str],
) -> dict[str, Any]:
    from zaddesk.api.transport import Transport, tls_context

    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None

    def stop(name: str) -> None:
        if progress.signal is None:
            progress.signal = name
            task.cancel()

    installed: list[signal.Signals] = []
    for signum, name in ((signal.SIGINT, "Ctrl-C"), (signal.SIGTERM, "SIGTERM")):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, stop, name)
            installed.append(signum)
    inner = httpx.AsyncHTTPTransport(verify=tls_context(creds.ca_bundle))
    transport = Transport(
        creds.base_url, creds.key, creds.secret, timeout=timeout, ca_bundle=creds.ca_bundle,
        http_transport=_WireProbe(inner, progress),
    )
    watcher = asyncio.create_task(_say_rate_waits(transport, stderr))
    try:
        return await transport.request(method, path, params or None, files=files or None)
    except asyncio.CancelledError:
        if progress.signal is None:
            raise
        raise Interrupted(progress.signal) from None
    finally:
        watcher.cancel()
        for signum in installed:
            loop.remove_signal_handler(signum)
        with contextlib.suppress(Exception):
            await transport.aclose()


async def _say_rate_waits(transport: Any, stderr: IO[str]) -> None:
    """While the request waits for rate room for more than a second, say how long and why."""
    told_until = 0.0
    while True:
        await asyncio.sleep(0.1)
        snap = transport.rate_snapshot()
        buckets = [b for b in (snap.general, snap.statistics) if b.waiting]
        if not buckets:
            continue
        bucket = max(buckets, key=lambda b: max(b.blocked_for, b.reset_in))
        wait = bucket.blocked_for or (bucket.reset_in if bucket.remaining <= 0 else 0.0)
        now = time.monotonic()
        if wait > RATE_NOTICE_AFTER and now + wait > told_until + 0.5:
            why = (
                "the API answered 429 (too many requests)"
                if bucket.blocked_for
                else f"at most {bucket.limit} requests per {bucket.window:.0f} s"
            )
            label = "statistics limit" if bucket.name == "statistics" else "rate limit"
            _write(stderr, f"zaddesk api: waiting {math.ceil(wait)} s for the API's {label}:"
                           f" {why}\n")
            told_until = now + wait


def _log_to_stderr() -> None:
    from zaddesk.api import redact

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(redact.secret_filter())
    root = logging.getLogger("zaddesk")
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)


def main(argv: Sequence[str] | None = None, *, environ: dict[str, str] | None = None) -> int:
    """Run ``zaddesk api`` with ``argv`` (the words after ``api``); returns the exit code."""
    stdout, stderr = sys.stdout, sys.stderr
    parser = make_parser()
    try:
        args = parser.parse_args(list(sys.argv[2:] if argv is None else argv))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    env = dict(os.environ if environ is None else environ)
    if args.verbose:
        _log_to_stderr()
    try:
        method = args.method.upper()
        if method not in METHODS:
            raise UsageError(f"METHOD must be one of {', '.join(METHODS)}, not {args.method!r}")
        path, query_pairs = normalise_path(args.path)
        stdin = getattr(sys.stdin, "buffer", None)
        params, files = collect(args.raw_field, args.field, query_pairs, stdin)
        if files and method == "GET":
            raise UsageError("files can only be sent with POST or PUT")
        creds = resolve_credentials(args.profile, env)
    except KeyboardInterrupt:
        _write(stderr, "zaddesk api: interrupted; nothing was sent, safe to retry\n")
        return EXIT_NOT_SENT
    except UsageError as exc:
        _write(stderr, f"zaddesk api: {exc}\n")
        return EXIT_USAGE
    except CredentialsError as exc:
        _write(stderr, f"zaddesk api: {exc}\n")
        return EXIT_AUTH
    progress = _Progress()
    changes_state = method != "GET"
    try:
        body = asyncio.run(
            _send(creds, method, path, params, files, args.timeout, progress, stderr)
        )
    except (Interrupted, KeyboardInterrupt) as exc:
        name = exc.signal_name if isinstance(exc, Interrupted) else "Ctrl-C"
        if changes_state and progress.on_wire:
            _write(stderr, f"zaddesk api: interrupted by {name} after the request was sent:"
                           " the outcome is unknown, it may have been applied; check before"
                           " sending it again\n")
            return EXIT_UNKNOWN
        what = "nothing was sent" if not progress.on_wire else "a read changes nothing"
        _write(stderr, f"zaddesk api: interrupted by {name}; {what}, safe to retry\n")
        return EXIT_NOT_SENT
    except AuthError as exc:
        _write(stderr, f"zaddesk api: authentication failed: {exc}\n")
        return EXIT_AUTH
    except ApiError as exc:
        _write(stderr, f"zaddesk api: {exc}\n")
        return EXIT_API
    except UnknownOutcome as exc:
        _write(
            stderr,
            f"zaddesk api: the answer was lost; the request may have been applied: {exc}\n",
        )
        return EXIT_UNKNOWN
    except (NetworkError, ZadarmaError) as exc:
        _write(stderr, f"zaddesk api: no answer, nothing applied; safe to retry: {exc}\n")
        return EXIT_NOT_SENT
    except Exception as exc:
        # Anything unforeseen: the type only, because a message could quote a request.
        log.debug("zaddesk api failed", exc_info=True)
        unknown = changes_state and progress.on_wire
        tail = ("; the request may have been applied, check before sending it again"
                if unknown else "; nothing was sent")
        _write(stderr, f"zaddesk api: unexpected failure ({type(exc).__name__}){tail}\n")
        return EXIT_UNKNOWN if unknown else EXIT_NOT_SENT
    try:
        _write(stdout, json.dumps(body, ensure_ascii=False, indent=2) + "\n")
    except BrokenPipeError:
        # The reader went away (``| head``): the call itself succeeded.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK
