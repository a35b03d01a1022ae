"""Call-info and webhook URLs with their switches, the WebRTC widget, and (empty) statistics."""

from __future__ import annotations

import json
import re
import secrets
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from zaddesk.emulator.core import Ctx, Fail, route
from zaddesk.emulator.handlers.common import settings, update_settings

NOTIFY = ["notify_start", "notify_internal", "notify_end", "notify_out_start", "notify_out_end",
          "notify_answer"]
HOOKS = ["number_lookup", "call_tracking", "sms", "speech_recognition"]
SHAPES = ["square", "rounded"]
POSITIONS = ["top_left", "top_right", "bottom_right", "bottom_left"]
URL_RE = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]+)?(/\S*)?")
DOMAIN_RE = re.compile(r"(?=.{1,253}$)([A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}|localhost")


ECHO_ROUTES = frozenset({("POST", "/v1/pbx/callinfo/url"), ("POST", "/v1/pbx/webhooks/url")})
ECHO_TIMEOUT = 5.0


def echo_problem(url: str, timeout: float = ECHO_TIMEOUT) -> str | None:
    """Zadarma's check of a webhook URL: GET it with ``zd_echo``; the body must be the value.

    Blocking (the app runs it in a thread before the handler); ``None`` when it passes.
    """
    value = secrets.token_hex(8)
    parts = urlsplit(url)
    query = urlencode([*parse_qsl(parts.query, keep_blank_values=True), ("zd_echo", value)])
    target = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(target, timeout=timeout) as answer:
            body = answer.read(4096).decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return f"The URL answered the check request with HTTP {exc.code}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return f"The URL did not answer the check request ({reason})"
    if body.strip() != value:
        return "The URL did not return the zd_echo value it was sent"
    return None


def _url(ctx: Ctx) -> str:
    url = ctx.text("url")
    if not URL_RE.fullmatch(url):
        raise Fail("url must be an http:// or https:// address")
    problem = ctx.extras.get("echo")
    if problem:
        raise Fail(f"{problem}; the URL was not saved")
    return url


def _switches(ctx: Ctx, names: list[str], current: dict[str, str]) -> dict[str, str]:
    changed = dict(current)
    for name in names:
        if ctx.has(name):
            changed[name] = ctx.choice(name, ["true", "false"])
    return changed


def _flags(data: Mapping[str, Any], key: str, names: Iterable[str]) -> dict[str, str]:
    """The stored on/off switches under ``key``, "false" for any never set."""
    stored = data.get(key, {})
    return {name: stored.get(name, "false") for name in names}


# --- call info (PBX call notifications) ----------------------------------------------------


@route("GET", "/v1/pbx/callinfo/")
def callinfo_get(ctx: Ctx) -> dict[str, Any]:
    data = settings(ctx)
    return {"status": "success", "url": data.get("callinfo_url", ""),
            "notifications": _flags(data, "notifications", NOTIFY)}


@route("POST", "/v1/pbx/callinfo/url/")
def callinfo_url(ctx: Ctx) -> dict[str, Any]:
    url = _url(ctx)
    update_settings(ctx, {"callinfo_url": url})
    return {"status": "success", "url": url}


@route("DELETE", "/v1/pbx/callinfo/url/")
def callinfo_url_delete(ctx: Ctx) -> dict[str, Any]:
    update_settings(ctx, {"callinfo_url": ""})
    return {"status": "success", "url": ""}


@route("POST", "/v1/pbx/callinfo/notifications/")
def callinfo_notifications(ctx: Ctx) -> dict[str, Any]:
    current = _flags(settings(ctx), "notifications", NOTIFY)
    changed = _switches(ctx, NOTIFY, current)
    update_settings(ctx, {"notifications": changed})
    return {"status": "success", "notifications": changed}


# --- other webhooks ------------------------------------------------------------------------


@route("GET", "/v1/pbx/webhooks/")
def webhooks_get(ctx: Ctx) -> dict[str, Any]:
    data = settings(ctx)
    return {"status": "success", "url": data.get("webhooks_url", ""),
            "hooks": _flags(data, "hooks", HOOKS)}


@route("POST", "/v1/pbx/webhooks/url/")
def webhooks_url(ctx: Ctx) -> dict[str, Any]:
    url = _url(ctx)
    update_settings(ctx, {"webhooks_url": url})
    return {"status": "success", "url": url}


@route("DELETE", "/v1/pbx/webhooks/url/")
def webhooks_url_delete(ctx: Ctx) -> dict[str, Any]:
    update_settings(ctx, {"webhooks_url": ""})
    return {"status": "success", "url": ""}


@route("POST", "/v1/pbx/webhooks/hooks/")
def webhooks_hooks(ctx: Ctx) -> dict[str, Any]:
    current = _flags(settings(ctx), "hooks", HOOKS)
    changed = _switches(ctx, HOOKS, current)
    update_settings(ctx, {"hooks": changed})
    return {"status": "success", "hooks": changed}


# --- WebRTC widget -------------------------------------------------------------------------


def _widget(ctx: Ctx, must_exist: bool = True) -> dict[str, Any] | None:
    widget: dict[str, Any] | None = settings(ctx).get("webrtc")
    if must_exist and widget is None:
        raise Fail("No WebRTC widget on this account; create it with /v1/webrtc/create/")
    return widget


def _domain(ctx: Ctx) -> str:
    domain = ctx.text("domain").lower()
    if not DOMAIN_RE.fullmatch(domain):
        raise Fail(f"{domain} is not a valid domain name")
    return domain


@route("POST", "/v1/webrtc/create/")
def webrtc_create(ctx: Ctx) -> dict[str, Any]:
    domain = _domain(ctx)
    if _widget(ctx, must_exist=False) is not None:
        raise Fail("This account already has a WebRTC widget")
    update_settings(
        ctx, {"webrtc": {"domains": [domain], "shape": "rounded", "position": "bottom_right"}}
    )
    return {"status": "success"}


@route("GET", "/v1/webrtc/")
def webrtc_get(ctx: Ctx) -> dict[str, Any]:
    widget = _widget(ctx, must_exist=False)
    if widget is None:
        return {"status": "success", "is_exists": False, "domains": [],
                "settings": {"shape": "rounded", "position": "bottom_right"}}
    return {"status": "success", "is_exists": True, "domains": widget["domains"],
            "settings": {"shape": widget["shape"], "position": widget["position"]}}


@route("PUT", "/v1/webrtc/")
def webrtc_put(ctx: Ctx) -> dict[str, Any]:
    widget = _widget(ctx)
    assert widget is not None
    widget["shape"] = ctx.choice("shape", SHAPES, widget["shape"])
    widget["position"] = ctx.choice("position", POSITIONS, widget["position"])
    update_settings(ctx, {"webrtc": widget})
    return {"status": "success"}


@route("DELETE", "/v1/webrtc/")
def webrtc_delete(ctx: Ctx) -> dict[str, Any]:
    _widget(ctx)
    data = settings(ctx)
    data.pop("webrtc", None)
    ctx.db.execute(
        "UPDATE accounts SET settings = ? WHERE id = ?", (json.dumps(data), ctx.account["id"])
    )
    return {"status": "success"}


@route("POST", "/v1/webrtc/domain/")
def webrtc_domain_add(ctx: Ctx) -> dict[str, Any]:
    widget = _widget(ctx)
    assert widget is not None
    domain = _domain(ctx)
    if domain in widget["domains"]:
        raise Fail(f"{domain} is already allowed")
    widget["domains"].append(domain)
    update_settings(ctx, {"webrtc": widget})
    return {"status": "success"}


@route("DELETE", "/v1/webrtc/domain/")
def webrtc_domain_delete(ctx: Ctx) -> dict[str, Any]:
    widget = _widget(ctx)
    assert widget is not None
    domain = _domain(ctx)
    if domain not in widget["domains"]:
        raise Fail(f"{domain} is not among the widget's domains")
    widget["domains"].remove(domain)
    update_settings(ctx, {"webrtc": widget})
    return {"status": "success"}


@route("GET", "/v1/webrtc/get_key/")
def webrtc_get_key(ctx: Ctx) -> dict[str, Any]:
    sip = ctx.text("sip")
    own = ctx.db.execute(
        "SELECT 1 FROM sips WHERE id = ? AND account_id = ?", (sip, ctx.account["id"])
    ).fetchone()
    ext = re.fullmatch(r"[0-9]{3}", sip) and ctx.db.execute(
        "SELECT 1 FROM extensions WHERE account_id = ? AND number = ?",
        (ctx.account["id"], int(sip)),
    ).fetchone()
    if not (own or ext):
        raise Fail(f"SIP {sip} not found on this account")
    return {"status": "success", "key": secrets.token_hex(24)}


# --- statistics (empty, but rate limited like the real ones) -------------------------------


def _period(ctx: Ctx) -> tuple[str, str]:
    start, end = ctx.stamp("start"), ctx.stamp("end")
    if end < start:
        raise Fail("end must not be before start")
    return ctx.text("start"), ctx.text("end")


@route("GET", "/v1/statistics/")
def statistics(ctx: Ctx) -> dict[str, Any]:
    """A few deterministic calls at the start of the period (the spec's oneOf needs one)."""
    start, end = _period(ctx)
    currency = ctx.account["currency"]
    sip = ctx.db.execute(
        "SELECT id FROM sips WHERE account_id = ? ORDER BY id LIMIT 1", (ctx.account["id"],)
    ).fetchone()
    base = datetime.strptime(start, "%Y-%m-%d %H:%M:%S")
    room = datetime.strptime(end, "%Y-%m-%d %H:%M:%S") - base
    calls = []
    for index in range(3):
        if index and room < timedelta(minutes=17 * index):
            break  # only calls inside the period (and no date past year 9999)
        seconds = 37 + 41 * index
        calls.append({
            "id": str(155_000_000 + int(ctx.account["id"]) % 1000 * 10 + index),
            "sip": sip["id"] if sip else "00000",
            "callstart": (base + timedelta(minutes=17 * index)).strftime("%Y-%m-%d %H:%M:%S"),
            "from": "48223456789",
            "to": f"4860{index}123456",
            "description": "Poland, mobile",
            "disposition": ["answered", "busy", "answered"][index],
            "billseconds": seconds if index != 1 else 0,
            "cost": 0.05,
            "billcost": round(0.05 * seconds / 60, 3) if index != 1 else 0.0,
            "currency": currency,
        })
    if ctx.text("cost_only", "0") in ("1", "true"):
        return {"status": "success", "start": start, "end": end, "stats": [{
            "cost": round(sum(float(c["billcost"]) for c in calls), 3),
            "currency": currency,
            "seconds": sum(int(c["billseconds"]) for c in calls),
        }]}
    return {"status": "success", "start": start, "end": end, "stats": calls}


@route("GET", "/v1/statistics/pbx/")
def statistics_pbx(ctx: Ctx) -> dict[str, Any]:
    start, end = _period(ctx)
    version = int(ctx.choice("version", ["1", "2"], "2"))
    return {"status": "success", "start": start, "end": end, "version": version, "stats": []}
