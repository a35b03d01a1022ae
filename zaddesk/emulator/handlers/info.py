"""Account information and reference lists: balance, price plans, currencies, languages, SIP."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from zaddesk.emulator.catalog import LANGUAGES, PACKAGE_TARIFFS, RATES, TARIFFS, convert
from zaddesk.emulator.core import Ctx, Fail, route
from zaddesk.emulator.handlers.common import num


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
        "left": max(0, 5 - len(rows)),
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
