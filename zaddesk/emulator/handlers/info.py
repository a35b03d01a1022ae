"""Account information and reference lists: balance, price plans, currencies, languages, SIP."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from zaddesk.emulator.catalog import LANGUAGES, PACKAGE_TARIFFS, RATES, TARIFFS, convert
from zaddesk.emulator.core import Ctx, Fail, route
from zaddesk.emulator.handlers.common import num, settings, update_settings

MAX_SIPS = 5


def _fresh(ctx: Ctx) -> Any:
    return ctx.db.execute("SELECT * FROM accounts WHERE id = ?", (ctx.account["id"],)).fetchone()


@route("GET", "/v1/info/balance/")
def balance(ctx: Ctx) -> dict[str, Any]:
    row = _fresh(ctx)
    return {"status": "success", "balance": num(Decimal(row["balance"])),
            "currency": row["currency"]}


@route("GET", "/v1/info/lists/currencies/")
def currencies(ctx: Ctx) -> dict[str, Any]:
    return {"status": "success", "currencies": list(RATES)}


@route("GET", "/v1/info/lists/languages/")
def languages(ctx: Ctx) -> dict[str, Any]:
    return {"status": "success", "languages": list(LANGUAGES)}


@route("GET", "/v1/info/lists/tariffs/")
def tariffs(ctx: Ctx) -> dict[str, Any]:
    currency = ctx.text("currency").upper()
    if currency not in RATES:
        raise Fail(f"Currency {currency} is not supported")
    return {
        "status": "success",
        "currency": currency,
        "tariffs": [
            {"tariff_id": tid, "name": name, "cost": num(convert(cost, "USD", currency)),
             "days": str(days)}
            for tid, name, cost, days in TARIFFS
        ],
        "package_tariffs": [
            {
                "id": pid,
                "name": pname,
                "tariffs": [
                    {
                        "tariff_id": tid,
                        "name": name,
                        "cost": num(convert(cost, "USD", currency)),
                        "cost_annual": num(convert(annual, "USD", currency)),
                    }
                    for tid, name, cost, annual in items
                ],
            }
            for pid, pname, items in PACKAGE_TARIFFS
        ],
    }


@route("GET", "/v1/tariff/")
def tariff(ctx: Ctx) -> dict[str, Any]:
    row = _fresh(ctx)
    plans = {t[0]: (t[1], t[2]) for t in TARIFFS}
    for _pid, _pname, items in PACKAGE_TARIFFS:
        plans.update({t[0]: (t[1], t[2]) for t in items})
    name, cost = plans.get(int(row["tariff_id"]), ("Standard", Decimal("0")))
    return {
        "status": "success",
        "info": {
            "tariff_id": int(row["tariff_id"]),
            "tariff_name": name,
            "is_active": True,
            "cost": num(convert(cost, "USD", row["currency"])),
            "currency": row["currency"],
            "used_seconds": 0,
            "used_seconds_mobile": 0,
            "used_seconds_fix": 0,
            "used_seconds_speech_recognition": 0,
            "tariff_id_for_next_period": int(row["tariff_id"]),
            "tariff_for_next_period": name,
        },
    }


@route("GET", "/v1/info/timezone/")
def timezone(ctx: Ctx) -> dict[str, Any]:
    return {"status": "success", "unixtime": int(ctx.clock.now()), "datetime": ctx.clock.stamp(),
            "timezone": "UTC+0"}


@route("GET", "/v1/sip/")
def sip_list(ctx: Ctx) -> dict[str, Any]:
    rows = ctx.db.execute(
        "SELECT * FROM sips WHERE account_id = ? ORDER BY id", (ctx.account["id"],)
    ).fetchall()
    return {
        "status": "success",
        "sips": [
            {"id": r["id"], "display_name": r["display_name"], "lines": int(r["lines"])}
            for r in rows
        ],
        "left": max(0, MAX_SIPS - len(rows)),
    }


@route("GET", "/v1/sip/{sip}/status/")
def sip_status(ctx: Ctx) -> dict[str, Any]:
    sip = ctx.path_args["sip"]
    if not re.fullmatch(r"[0-9]{5}", sip):
        raise Fail("SIP id must have 5 digits")
    row = ctx.db.execute(
        "SELECT id FROM sips WHERE id = ? AND account_id = ?", (sip, ctx.account["id"])
    ).fetchone()
    if row is None:
        raise Fail(f"SIP {sip} not found")
    return {"status": "success", "sip": sip, "is_online": "false"}


@route("GET", "/v1/info/price/")
def price(ctx: Ctx) -> dict[str, Any]:
    """Per-minute price by the longest known prefix (country code, then area code)."""
    number = ctx.phone("number")
    if ctx.has("caller_id"):
        ctx.phone("caller_id")
    # The longest prefix; among equal ones a direction before a country, then the first.
    row = ctx.db.execute(
        "SELECT prefix, what FROM ("
        " SELECT d.country_code || d.area_code AS prefix, c.name_en || ', ' || d.name AS what,"
        " 0 AS part, d.rowid AS ord FROM directions d JOIN countries c ON c.iso = d.country"
        " UNION ALL SELECT code, name_en, 1, rowid FROM countries"
        ") WHERE substr(?, 1, length(prefix)) = prefix"
        " ORDER BY length(prefix) DESC, part, ord LIMIT 1",
        (number,),
    ).fetchone()
    best: tuple[str, str] | None = (row["prefix"], row["what"]) if row else None
    if best is None:
        raise Fail(f"No price for {number}: unknown destination")
    cents = 2 + sum(int(d) for d in best[0]) % 9
    usd = Decimal(cents) / 100
    currency = ctx.account["currency"]
    amount = convert(usd, "USD", currency)
    return {"status": "success", "info": {
        "prefix": best[0], "description": best[1], "price": f"{amount:.3f}", "currency": currency,
    }}


def _own_sip(ctx: Ctx, sip: str) -> Any:
    if not re.fullmatch(r"[0-9]{5}", sip):
        raise Fail("SIP id must have 5 digits")
    row = ctx.db.execute(
        "SELECT * FROM sips WHERE id = ? AND account_id = ?", (sip, ctx.account["id"])
    ).fetchone()
    if row is None:
        raise Fail(f"SIP {sip} not found")
    return row


def _sip_redirections(ctx: Ctx) -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = settings(ctx).get("sip_redirection", {})
    return data


@route("GET", "/v1/sip/redirection/")
def sip_redirection_get(ctx: Ctx) -> dict[str, Any]:
    if ctx.has("id"):
        sips = [_own_sip(ctx, ctx.text("id"))["id"]]
    else:
        sips = [r["id"] for r in ctx.db.execute(
            "SELECT id FROM sips WHERE account_id = ? ORDER BY id", (ctx.account["id"],))]
    saved = _sip_redirections(ctx)
    info = []
    for sip in sips:
        item = saved.get(sip, {})
        info.append({
            "sip_id": sip,
            "status": item.get("status", "off"),
            "condition": item.get("condition", "always"),
            "destination": "phone",
            "destination_value": item.get("number", ""),
        })
    return {"status": "success", "info": info}


@route("PUT", "/v1/sip/redirection/")
def sip_redirection_put(ctx: Ctx) -> dict[str, Any]:
    sip = _own_sip(ctx, ctx.text("id"))["id"]
    saved = _sip_redirections(ctx)
    item = dict(saved.get(sip, {}))
    if ctx.has("status"):
        status = ctx.choice("status", ["on", "off"])
        if status == "on" and not item.get("number"):
            raise Fail("Set a destination number (type=phone, number=...) first")
        item["status"] = status
        saved[sip] = item
        update_settings(ctx, {"sip_redirection": saved})
        return {"status": "success", "sip": sip, "current_status": status}
    ctx.choice("type", ["phone"])
    item.update({"number": ctx.phone(), "status": "on",
                 "condition": ctx.choice("condition", ["always", "unavailable"], "always")})
    saved[sip] = item
    update_settings(ctx, {"sip_redirection": saved})
    return {"status": "success", "sip": sip, "destination": item["number"]}


@route("PUT", "/v1/sip/callerid/")
def sip_callerid(ctx: Ctx) -> dict[str, Any]:
    sip = _own_sip(ctx, ctx.text("id"))["id"]
    number = ctx.phone()
    callerids = dict(settings(ctx).get("sip_callerid", {}))
    callerids[sip] = number
    update_settings(ctx, {"sip_callerid": callerids})
    return {"status": "success", "sip": sip, "new_caller_id": number}


@route("POST", "/v1/sip/create/")
def sip_create(ctx: Ctx) -> dict[str, Any]:
    name = ctx.text("name")
    password = ctx.text("password")
    if len(password) < 8:
        raise Fail("The password must have at least 8 characters")
    callerid = ctx.phone("callerid")
    count = ctx.db.execute(
        "SELECT COUNT(*) FROM sips WHERE account_id = ?", (ctx.account["id"],)
    ).fetchone()[0]
    if count >= MAX_SIPS:
        raise Fail(f"An account can have at most {MAX_SIPS} SIP logins")
    top = ctx.db.execute("SELECT MAX(CAST(id AS INTEGER)) FROM sips").fetchone()[0]
    sip = str(max(int(top or 0) + 1, 40001))
    ctx.db.execute(
        "INSERT INTO sips (id, account_id, display_name, lines, password) VALUES (?,?,?,3,?)",
        (sip, ctx.account["id"], name[:40], password),
    )
    callerids = dict(settings(ctx).get("sip_callerid", {}))
    callerids[sip] = callerid
    changes: dict[str, Any] = {"sip_callerid": callerids}
    if ctx.has("redirect_to_phone"):
        saved = _sip_redirections(ctx)
        saved[sip] = {"number": ctx.phone("redirect_to_phone"), "status": "on",
                      "condition": "always"}
        changes["sip_redirection"] = saved
    update_settings(ctx, changes)
    return {"status": "success", "sip": sip}


@route("PUT", "/v1/sip/{sip}/password/")
def sip_password(ctx: Ctx) -> dict[str, Any]:
    sip = _own_sip(ctx, ctx.path_args["sip"])["id"]
    value = ctx.text("value")
    if len(value) < 8:
        raise Fail("The password must have at least 8 characters")
    ctx.db.execute("UPDATE sips SET password = ? WHERE id = ?", (value, sip))
    return {"status": "success", "sip": sip}
