"""A simulated incoming call: PBX call events POSTed to the client's call-info URL.

``POST /_emulator/call`` (unsigned, JSON ``{"user_id": 210001, "caller_id": "48600100200",
"called_did": "<one of the client's numbers>", "digits": "1"}``) plays one call through the
client's PBX and posts ``NOTIFY_START``, then ``NOTIFY_IVR`` if the listener answered
``wait_dtmf``, then ``NOTIFY_INTERNAL``/``NOTIFY_ANSWER``/``NOTIFY_END`` for the extension the
call reaches, each form-encoded with the ``Signature`` header Zadarma sends (base64 of the hex
HMAC-SHA1 of the fields named in NOTES.md, keyed with the client's API secret). Events switched
off with ``/v1/pbx/callinfo/notifications/`` are not sent, except that the dynamic menu needs
``NOTIFY_START``. The answer is a transcript: what was sent, the HTTP status, what came back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import re
import secrets
import sqlite3
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from zaddesk.emulator.core import Clock, Fail, parse_id

log = logging.getLogger("zaddesk.emulator")

__all__ = ["CallPlan", "plan_call", "play_call", "webhook_signature"]

SIGNED_FIELDS: dict[str, tuple[str, ...]] = {
    "NOTIFY_START": ("caller_id", "called_did", "call_start"),
    "NOTIFY_IVR": ("caller_id", "called_did", "call_start"),
    "NOTIFY_INTERNAL": ("caller_id", "called_did", "call_start"),
    "NOTIFY_END": ("caller_id", "called_did", "call_start"),
    "NOTIFY_ANSWER": ("caller_id", "destination", "call_start"),
}


def webhook_signature(event: str, fields: dict[str, str], secret: str) -> str:
    text = "".join(fields.get(name, "") for name in SIGNED_FIELDS[event])
    mac = hmac.new(secret.encode("utf-8"), text.encode("utf-8"), hashlib.sha1).hexdigest()
    return base64.b64encode(mac.encode("ascii")).decode("ascii")


class CallPlan:
    """What the database says about the call, read under the store lock before any HTTP."""

    def __init__(self, url: str, secret: str, switches: dict[str, str], base: dict[str, str],
                 default_extension: str, digits: str, scenarios: dict[int, list[str]]) -> None:
        self.url = url
        self.secret = secret
        self.switches = switches
        self.base = base
        self.default_extension = default_extension
        self.digits = digits
        self.scenarios = scenarios


def plan_call(db: sqlite3.Connection, clock: Clock, request: dict[str, Any]) -> CallPlan:
    raw = request.get("user_id")
    if isinstance(raw, bool) or not isinstance(raw, int | str) or raw == "":
        raise Fail("user_id (the client whose PBX takes the call) is required")
    user_id = parse_id(str(raw), "user_id")
    account = db.execute("SELECT * FROM accounts WHERE id = ?", (user_id,)).fetchone()
    if account is None:
        raise Fail(f"User {user_id} not found")
    settings = json.loads(account["settings"])
    url = settings.get("callinfo_url", "")
    if not url:
        raise Fail("The client has no call-info URL; set it with /v1/pbx/callinfo/url/")
    if db.execute("SELECT 1 FROM pbx WHERE account_id = ?", (user_id,)).fetchone() is None:
        raise Fail("The client has no PBX")
    number = db.execute(
        "SELECT number FROM numbers WHERE account_id = ? ORDER BY start_date LIMIT 1", (user_id,)
    ).fetchone()
    called = str(request.get("called_did") or (number["number"] if number else "48220000000"))
    menu = db.execute(
        "SELECT id FROM menus WHERE account_id = ? ORDER BY is_default DESC, id LIMIT 1",
        (user_id,),
    ).fetchone()
    scenarios: dict[int, list[str]] = {}
    if menu is not None:
        for row in db.execute("SELECT * FROM scenarios WHERE menu_id = ?", (menu["id"],)):
            scenarios[int(row["push_button"])] = json.loads(row["tiers"])["sips"][0]
    first = db.execute(
        "SELECT number FROM extensions WHERE account_id = ? ORDER BY number LIMIT 1", (user_id,)
    ).fetchone()
    base = {
        "call_start": clock.stamp(),
        "pbx_call_id": f"in_{secrets.token_hex(16)}",
        "caller_id": str(request.get("caller_id") or "48600100200"),
        "called_did": called,
    }
    return CallPlan(
        url=url,
        secret=account["api_secret"],
        switches=settings.get("notifications", {}),
        base=base,
        default_extension=str(first["number"]) if first else "100",
        digits=str(request.get("digits", "")),
        scenarios=scenarios,
    )


Poster = Callable[[str, bytes, dict[str, str]], tuple[int, bytes]]


def _post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return int(response.status), bytes(response.read())
    except urllib.error.HTTPError as error:
        return int(error.code), bytes(error.read())
    except (urllib.error.URLError, OSError) as error:
        return 0, str(getattr(error, "reason", error)).encode()


def play_call(plan: CallPlan, post: Poster = _post) -> list[dict[str, Any]]:
    """Send the call's events in order, steering by the listener's answers; return a transcript."""
    transcript: list[dict[str, Any]] = []

    def send(event: str, extra: dict[str, str]) -> Any:
        fields = {"event": event, **plan.base, **extra}
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Signature": webhook_signature(event, fields, plan.secret),
        }
        status, raw = post(plan.url, urlencode(fields).encode(), headers)
        try:
            answer: Any = json.loads(raw) if raw.strip() else None
        except (json.JSONDecodeError, UnicodeDecodeError):
            answer = raw.decode("utf-8", "replace")
        transcript.append({"event": event, "fields": fields, "status": status, "answer": answer})
        log.info("call event %s -> %s", event, status)
        return answer

    def enabled(event: str) -> bool:
        return plan.switches.get(event.lower(), "false") == "true"

    answer = send("NOTIFY_START", {})
    extension = plan.default_extension
    if plan.scenarios.get(-1):
        extension = plan.scenarios[-1][0]
    for _round in range(3):
        if not isinstance(answer, dict):
            break
        if "hangup" in answer:
            return transcript
        if "redirect" in answer:
            extension = str(answer["redirect"])
            break
        wait = answer.get("wait_dtmf")
        if isinstance(wait, dict):
            digits = plan.digits or str(wait.get("default", ""))
            valid = re.fullmatch(r"[0-9]{1,2}", digits)
            chosen = plan.scenarios.get(int(digits)) if valid else None
            if chosen:
                extension = chosen[0]
            answer = send("NOTIFY_IVR", {
                "wait_dtmf[name]": str(wait.get("name", "")),
                "wait_dtmf[digits]": digits,
                "wait_dtmf[default_behaviour]": "0" if plan.digits else "1",
            })
            continue
        break
    if enabled("NOTIFY_INTERNAL"):
        send("NOTIFY_INTERNAL", {"internal": extension})
    if enabled("NOTIFY_ANSWER"):
        send("NOTIFY_ANSWER", {"destination": extension, "internal": extension})
    if enabled("NOTIFY_END"):
        send("NOTIFY_END", {"internal": extension, "duration": "42", "disposition": "answered",
                            "status_code": "16", "is_recorded": "0", "call_id_with_rec": ""})
    return transcript
