"""The client's webhook URLs checked from the desk, as Zadarma itself checks and calls them.

Why: a call-info URL that does not answer Zadarma's check is refused by the server with a vague
message, and a dynamic menu whose answer Zadarma cannot use leaves callers in silence. So
before saving, the console does what Zadarma does:

- :func:`check_echo`: a GET with a ``zd_echo`` parameter whose value must come back as the
  body. Not HTTPS, no answer, an HTTP error and a wrong answer each give a precise
  :class:`~zaddesk.core.validation.Issue` (the rep may still save after confirming).
- :func:`send_test_event`: a ``NOTIFY_START`` POSTed form-encoded with the ``Signature``
  header (base64 of the hex HMAC-SHA1 of ``caller_id + called_did + call_start``, keyed with
  the client's API secret), answered with status, time and body.
- :func:`explain_ivr_answer`: what a dynamic-IVR JSON answer would make the call do, naming
  unknown keys and scenarios or extensions the PBX does not have.

No Qt; the HTTP client is injectable so tests and the GUI share one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from zaddesk.core.validation import Issue

__all__ = [
    "EchoCheck",
    "IvrExplanation",
    "IvrStep",
    "TestEvent",
    "TestEventAnswer",
    "build_test_event",
    "check_echo",
    "event_signature",
    "explain_ivr_answer",
    "send_test_event",
]

ECHO_TIMEOUT = 10.0
BODY_SHOWN = 2000

SIGNED_FIELDS: dict[str, tuple[str, ...]] = {
    "NOTIFY_START": ("caller_id", "called_did", "call_start"),
    "NOTIFY_INTERNAL": ("caller_id", "called_did", "call_start"),
    "NOTIFY_END": ("caller_id", "called_did", "call_start"),
    "NOTIFY_IVR": ("caller_id", "called_did", "call_start"),
    "NOTIFY_ANSWER": ("caller_id", "destination", "call_start"),
    "NOTIFY_OUT_START": ("internal", "destination", "call_start"),
    "NOTIFY_OUT_END": ("internal", "destination", "call_start"),
    "NOTIFY_RECORD": ("pbx_call_id", "call_id_with_rec"),
}


def _issue(code: str, text: str, **params: str) -> Issue:
    return Issue("url", code, text, params)


def _snippet(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _no_answer(exc: httpx.HTTPError, timeout: float) -> Issue:
    if isinstance(exc, httpx.TimeoutException):
        return _issue("echo.timeout", "The server did not answer within {seconds} seconds.",
                      seconds=f"{timeout:g}")
    text = str(exc) or type(exc).__name__
    if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
        return _issue("echo.tls",
                      "The server's HTTPS certificate is not valid, so Zadarma will not call it: "
                      "{detail}", detail=_snippet(text, 160))
    if isinstance(exc, httpx.ConnectError):
        return _issue("echo.no_answer", "Nothing answers at this address: {detail}",
                      detail=_snippet(text, 160))
    return _issue("echo.no_answer", "The server did not answer: {detail}",
                  detail=_snippet(text, 160))


@dataclass(frozen=True, slots=True)
class EchoCheck:
    """The outcome of one echo check; ``issues`` empty means Zadarma would accept the URL."""

    url: str
    echo: str
    issues: tuple[Issue, ...] = ()
    status: int | None = None
    body: str = ""
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def answered(self) -> bool:
        """The echo came back right (even if the URL is plain http)."""
        return not any(i.code != "echo.not_https" for i in self.issues)


async def check_echo(
    url: str,
    *,
    client: httpx.AsyncClient | None = None,
    timeout: float = ECHO_TIMEOUT,
    echo: str | None = None,
) -> EchoCheck:
    """GET ``url`` with ``zd_echo=<random>``; the body must be exactly that value."""
    value = echo or secrets.token_hex(8)
    issues: list[Issue] = []
    if urlsplit(url).scheme.lower() != "https":
        issues.append(_issue("echo.not_https",
                             "The address is not HTTPS: call details would travel unencrypted."))
    own = client is None
    http = client or httpx.AsyncClient()
    started = time.monotonic()
    try:
        target = httpx.URL(url).copy_merge_params({"zd_echo": value})
        answer = await http.get(target, timeout=timeout, follow_redirects=False)
        body = answer.text
    except httpx.HTTPError as exc:
        issues.append(_no_answer(exc, timeout))
        return EchoCheck(url, value, tuple(issues), elapsed=time.monotonic() - started)
    finally:
        if own:
            await http.aclose()
    elapsed = time.monotonic() - started
    status = answer.status_code
    if 300 <= status < 400:
        issues.append(_issue("echo.redirect",
                             "The server answered with a redirect (HTTP {status}) to {target}; "
                             "Zadarma does not follow redirects. Save the final address instead.",
                             status=str(status), target=answer.headers.get("location", "?")))
    elif status != 200:
        issues.append(_issue("echo.status",
                             "The server answered the check with HTTP {status} instead of 200.",
                             status=str(status)))
    elif body.strip() != value:
        if not body.strip():
            issues.append(_issue("echo.empty",
                                 "The server answered with an empty body; it must answer with "
                                 "the value of the zd_echo parameter ({value}).", value=value))
        elif value in body:
            issues.append(_issue("echo.extra",
                                 "The answer holds the zd_echo value but also other text "
                                 "(“{body}”); it must be the value alone.",
                                 body=_snippet(body)))
        else:
            issues.append(_issue("echo.wrong",
                                 "The server answered “{body}” instead of the zd_echo value "
                                 "{value}.", body=_snippet(body), value=value))
    return EchoCheck(url, value, tuple(issues), status, body[:BODY_SHOWN], elapsed)


# --- the signed test event -----------------------------------------------------------------


def event_signature(event: str, fields: Mapping[str, str], secret: str) -> str:
    """Zadarma's ``Signature`` header: base64 of the hex HMAC-SHA1 of the event's fields."""
    text = "".join(str(fields.get(name, "")) for name in SIGNED_FIELDS[event])
    mac = hmac.new(secret.encode("utf-8"), text.encode("utf-8"), hashlib.sha1).hexdigest()
    return base64.b64encode(mac.encode("ascii")).decode("ascii")


@dataclass(frozen=True, slots=True)
class TestEvent:
    """A ``NOTIFY_START`` as Zadarma sends it: form fields and the signature header."""

    __test__ = False  # not a pytest class

    fields: dict[str, str]
    signature: str


def build_test_event(
    secret: str,
    *,
    caller_id: str = "48600100200",
    called_did: str = "48221234567",
    call_start: datetime | None = None,
) -> TestEvent:
    start = (call_start or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M:%S")
    fields = {
        "event": "NOTIFY_START",
        "call_start": start,
        "pbx_call_id": f"in_{secrets.token_hex(20)}",
        "caller_id": caller_id,
        "called_did": called_did,
    }
    return TestEvent(fields, event_signature("NOTIFY_START", fields, secret))


@dataclass(frozen=True, slots=True)
class TestEventAnswer:
    """What the client's server answered to the test event."""

    __test__ = False

    event: TestEvent
    status: int | None
    elapsed: float
    body: str = ""
    content_type: str = ""
    problem: Issue | None = None
    explanation: IvrExplanation | None = None


async def send_test_event(
    url: str,
    secret: str,
    *,
    client: httpx.AsyncClient | None = None,
    timeout: float = ECHO_TIMEOUT,
    caller_id: str = "48600100200",
    called_did: str = "48221234567",
    scenarios: Collection[str] | None = None,
    extensions: Collection[int] | None = None,
) -> TestEventAnswer:
    """POST a signed ``NOTIFY_START`` and read the answer; a JSON body is explained."""
    event = build_test_event(secret, caller_id=caller_id, called_did=called_did)
    own = client is None
    http = client or httpx.AsyncClient()
    started = time.monotonic()
    try:
        answer = await http.post(url, data=event.fields, headers={"Signature": event.signature},
                                 timeout=timeout, follow_redirects=False)
        body = answer.text
    except httpx.HTTPError as exc:
        return TestEventAnswer(event, None, time.monotonic() - started,
                               problem=_no_answer(exc, timeout))
    finally:
        if own:
            await http.aclose()
    elapsed = time.monotonic() - started
    explanation = None
    if body.strip().startswith(("{", "[")):
        explanation = explain_ivr_answer(body, scenarios=scenarios, extensions=extensions)
    problem = None
    if answer.status_code != 200:
        problem = _issue("event.status", "The server answered HTTP {status} instead of 200.",
                         status=str(answer.status_code))
    return TestEventAnswer(event, answer.status_code, elapsed, body[:BODY_SHOWN],
                           answer.headers.get("content-type", ""), problem, explanation)


# --- dynamic IVR answers -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IvrStep:
    """One thing the call would do (``code`` for translation, ``text`` English)."""

    code: str
    text: str
    params: Mapping[str, str] = field(default_factory=dict)

    def message(self) -> str:
        return self.text.format(**self.params) if self.params else self.text


@dataclass(frozen=True, slots=True)
class IvrExplanation:
    steps: tuple[IvrStep, ...] = ()
    problems: tuple[IvrStep, ...] = ()
    unknown_keys: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


KNOWN_KEYS = frozenset({
    "ivr_play", "ivr_saydigits", "ivr_saynumber", "ivr_saypopular", "language", "rewind",
    "wait_dtmf", "redirect", "return_timeout", "rewrite_forward_number", "hangup",
    "caller_name",
})
DTMF_KEYS = frozenset({"timeout", "attempts", "maxdigits", "name", "default"})


def _step(code: str, text: str, **params: Any) -> IvrStep:
    return IvrStep(code, text, {k: str(v) for k, v in params.items()})


def _target(
    value: str,
    scenarios: Collection[str] | None,
    extensions: Collection[int] | None,
) -> tuple[str, bool]:
    """What a redirect target is (``extension``/``scenario``/``unknown``) and if it exists."""
    if value.isdigit() and len(value) == 3 and extensions is not None and (
        int(value) in extensions
    ):
        return "extension", True
    if scenarios is not None and value in scenarios:
        return "scenario", True
    if extensions is None and scenarios is None:
        return "unknown", True
    return "unknown", False


def _intish(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def explain_ivr_answer(
    body: str | Mapping[str, Any],
    *,
    scenarios: Collection[str] | None = None,
    extensions: Collection[int] | None = None,
) -> IvrExplanation:
    """What Zadarma would do with this answer to ``NOTIFY_START``/``NOTIFY_IVR``.

    ``scenarios`` (ids as text) and ``extensions`` are what the client's PBX has; a target that
    is neither is named in ``missing``. ``None`` skips that check.
    """
    if isinstance(body, str):
        try:
            data = json.loads(body)
        except ValueError as exc:
            return IvrExplanation(problems=(_step(
                "ivr.not_json", "The answer is not valid JSON ({detail}); Zadarma ignores it "
                "and the call follows the PBX's own menu.", detail=str(exc)),))
    else:
        data = dict(body)
    if not isinstance(data, dict):
        return IvrExplanation(problems=(_step(
            "ivr.not_object", "The answer must be a JSON object such as {example}.",
            example='{"ivr_play": "<sound id>"}'),))
    steps: list[IvrStep] = []
    problems: list[IvrStep] = []
    missing: list[str] = []
    unknown = tuple(sorted(k for k in data if k not in KNOWN_KEYS))
    for key in unknown:
        problems.append(_step("ivr.unknown_key", "“{key}” is not a key Zadarma knows; it is "
                              "ignored.", key=key))
    if not data:
        steps.append(_step("ivr.empty", "Nothing: the call follows the PBX's own voice menu."))
    language = str(data.get("language", "")) or None
    if "ivr_play" in data:
        sound = str(data["ivr_play"])
        if not sound:
            problems.append(_step("ivr.play_empty", "ivr_play needs the id of a sound file."))
        else:
            steps.append(_step("ivr.play", "Play the sound file {sound}.", sound=sound))
    for key, what in (("ivr_saydigits", "digits"), ("ivr_saynumber", "number")):
        if key in data:
            value = str(data[key])
            if not value.isdigit():
                problems.append(_step("ivr.say_not_digits", "{key} must be digits, not “{value}”.",
                                      key=key, value=value))
            elif what == "digits":
                steps.append(_step("ivr.saydigits", "Read out the digits {value} ({language}).",
                                   value=value, language=language or "default language"))
            else:
                steps.append(_step("ivr.saynumber", "Read out the number {value} ({language}).",
                                   value=value, language=language or "default language"))
    if "ivr_saypopular" in data:
        steps.append(_step("ivr.saypopular", "Say the standard phrase {value}.",
                           value=data["ivr_saypopular"]))
    if "caller_name" in data:
        steps.append(_step("ivr.caller_name", "Show the caller as “{value}” on the phones.",
                           value=data["caller_name"]))
    dtmf = data.get("wait_dtmf")
    if "wait_dtmf" in data:
        if not isinstance(dtmf, dict):
            problems.append(_step("ivr.dtmf_not_object",
                                  "wait_dtmf must be an object with timeout, attempts, "
                                  "maxdigits, name and default."))
        else:
            for key in sorted(set(dtmf) - DTMF_KEYS):
                problems.append(_step("ivr.unknown_key", "“{key}” is not a key Zadarma knows; "
                                      "it is ignored.", key=f"wait_dtmf.{key}"))
            timeout = _intish(dtmf.get("timeout", 3))
            attempts = _intish(dtmf.get("attempts", 1))
            maxdigits = _intish(dtmf.get("maxdigits", 1))
            for key, val in (("timeout", timeout), ("attempts", attempts),
                             ("maxdigits", maxdigits)):
                if val is None or val < 1:
                    problems.append(_step("ivr.dtmf_number",
                                          "wait_dtmf.{key} must be a whole number of 1 or more.",
                                          key=key))
            steps.append(_step(
                "ivr.wait_dtmf",
                "Wait up to {timeout} s for the caller to press up to {maxdigits} key(s), "
                "{attempts} attempt(s); the next event carries the digits as “{name}”.",
                timeout=timeout if timeout is not None else "?",
                maxdigits=maxdigits if maxdigits is not None else "?",
                attempts=attempts if attempts is not None else "?",
                name=dtmf.get("name", ""),
            ))
            default = dtmf.get("default")
            if default in (None, ""):
                problems.append(_step("ivr.dtmf_no_default",
                                      "wait_dtmf has no “default”: a caller who presses "
                                      "nothing is not sent anywhere."))
            else:
                kind, found = _target(str(default), scenarios, extensions)
                steps.append(_step("ivr.dtmf_default", "If nothing is pressed, go to {target}.",
                                   target=str(default)))
                if not found:
                    missing.append(str(default))
                    problems.append(_step("ivr.missing_target",
                                          "{target} is neither a scenario nor an extension of "
                                          "this PBX.", target=str(default)))
    if "redirect" in data:
        target = str(data["redirect"])
        kind, found = _target(target, scenarios, extensions)
        if kind == "extension":
            steps.append(_step("ivr.redirect_extension", "Put the call through to extension "
                               "{target}.", target=target))
        elif kind == "scenario":
            steps.append(_step("ivr.redirect_scenario", "Continue with scenario {target}.",
                               target=target))
        else:
            steps.append(_step("ivr.redirect", "Put the call through to {target}.",
                               target=target))
        if not found:
            missing.append(target)
            problems.append(_step("ivr.missing_target", "{target} is neither a scenario nor an "
                                  "extension of this PBX.", target=target))
        wait = _intish(data.get("return_timeout", 0))
        if wait:
            steps.append(_step("ivr.return_timeout",
                               "If nobody answers within {seconds} s, come back to the menu.",
                               seconds=wait))
        if "rewrite_forward_number" in data:
            steps.append(_step("ivr.rewrite", "Show {value} as the number when forwarding.",
                               value=data["rewrite_forward_number"]))
    elif "return_timeout" in data:
        problems.append(_step("ivr.orphan", "{key} only works together with redirect.",
                              key="return_timeout"))
    if "hangup" in data:
        if str(data["hangup"]) in ("1", "true", "True"):
            steps.append(_step("ivr.hangup", "Hang up."))
            if "redirect" in data or "wait_dtmf" in data:
                problems.append(_step("ivr.hangup_conflict",
                                      "hangup together with redirect or wait_dtmf: the call "
                                      "is hung up and the rest is ignored."))
        else:
            problems.append(_step("ivr.hangup_value", "hangup must be 1 to hang up."))
    return IvrExplanation(tuple(steps), tuple(problems), unknown, tuple(missing))
