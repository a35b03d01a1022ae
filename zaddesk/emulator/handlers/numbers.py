"""The virtual number shop: countries, directions, free numbers, orders and owned numbers."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from zaddesk.emulator.catalog import convert
from zaddesk.emulator.core import Clock, Ctx, Fail, parse_id, route
from zaddesk.emulator.handlers.common import charge, num
from zaddesk.emulator.handlers.documents import group_of, missing_documents
from zaddesk.emulator.numbering import decode_id, number_at, number_id, slots

PERIOD_DAYS = 30
STAMP = "%Y-%m-%d %H:%M:%S"


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _taken(db: sqlite3.Connection, direction_id: int) -> set[int]:
    return {
        int(r["slot"])
        for r in db.execute(
            "SELECT slot FROM numbers WHERE direction_id = ? AND slot IS NOT NULL",
            (direction_id,),
        )
    }


def assign(
    db: sqlite3.Connection,
    clock: Clock,
    account_id: int,
    direction: sqlite3.Row,
    slot: int,
    group_id: int | None,
    status: str,
    months: int = 1,
) -> str:
    """Give a free slot of a direction to an account; return the number."""
    number = number_at(direction, slot)
    sip = db.execute(
        "SELECT id FROM sips WHERE account_id = ? ORDER BY id LIMIT 1", (account_id,)
    ).fetchone()
    db.execute(
        "INSERT INTO numbers (number, account_id, direction_id, slot, status, start_date,"
        " stop_date, sip, group_id) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            number, account_id, direction["id"], slot, status, clock.stamp(),
            clock.stamp(PERIOD_DAYS * months * 86400), sip["id"] if sip else "", group_id,
        ),
    )
    return number


def _direction(ctx: Ctx, raw: str) -> sqlite3.Row:
    """A direction by id, or by ISO code plus area code as the guide allows (``pl22``)."""
    row: sqlite3.Row | None
    if re.fullmatch(r"[0-9]+", raw):
        row = ctx.db.execute(
            "SELECT * FROM directions WHERE id = ?", (parse_id(raw, "direction_id"),)
        ).fetchone()
    else:
        match = re.fullmatch(r"([A-Za-z]{2})([0-9]+)", raw)
        row = None
        if match:
            row = ctx.db.execute(
                "SELECT * FROM directions WHERE country = ? AND area_code = ?",
                (match.group(1).upper(), match.group(2)),
            ).fetchone()
    if row is None:
        raise Fail(f"Direction {raw} not found")
    return row


def _owned(ctx: Ctx, name: str = "number") -> sqlite3.Row:
    number = ctx.phone(name)
    row: sqlite3.Row | None = ctx.db.execute(
        "SELECT n.*, d.name AS city, d.country AS iso, d.monthly_fee, d.currency AS fee_currency,"
        " d.receive_sms AS sms_capable, c.name_en AS country_name FROM numbers n"
        " JOIN directions d ON d.id = n.direction_id JOIN countries c ON c.iso = d.country"
        " WHERE n.number = ? AND n.account_id = ?",
        (number, ctx.account["id"]),
    ).fetchone()
    if row is None:
        raise Fail(f"Number {number} not found on this account")
    return row


def _fee(ctx: Ctx, row: sqlite3.Row) -> Decimal:
    return convert(Decimal(row["monthly_fee"]), row["fee_currency"], ctx.account["currency"])


def _number_json(ctx: Ctx, row: sqlite3.Row) -> dict[str, Any]:
    sip_name = None
    if row["sip"]:
        found = ctx.db.execute(
            "SELECT display_name FROM sips WHERE id = ?", (row["sip"],)
        ).fetchone()
        sip_name = found["display_name"] if found else None
    return {
        "number": row["number"],
        "status": row["status"],
        "country": row["country_name"],
        "description": row["city"],
        "number_name": row["number_name"],
        "sip": row["sip"],
        "sip_name": sip_name,
        "start_date": row["start_date"],
        "stop_date": row["stop_date"],
        "monthly_fee": num(_fee(ctx, row)),
        "currency": ctx.account["currency"],
        "autorenew": row["autorenew"],
        "is_on_test": row["is_on_test"],
    }


@route("GET", "/v1/direct_numbers/countries/")
def countries(ctx: Ctx) -> dict[str, Any]:
    polish = ctx.text("language", ctx.account["language"]) == "pl"
    rows = ctx.db.execute("SELECT * FROM countries ORDER BY position").fetchall()
    return {
        "status": "success",
        "info": [
            {"countryCode": r["code"], "countryCodeIso": r["iso"],
             "name": r["name_pl"] if polish else r["name_en"]}
            for r in rows
        ],
    }


@route("GET", "/v1/direct_numbers/country/")
def country(ctx: Ctx) -> dict[str, Any]:
    iso = ctx.text("country").upper()
    if not ctx.db.execute("SELECT 1 FROM countries WHERE iso = ?", (iso,)).fetchone():
        raise Fail(f"Country {iso} not found; see /v1/direct_numbers/countries/")
    sql, args = "SELECT * FROM directions WHERE country = ?", [iso]
    if ctx.has("direction_id"):
        sql += " AND id = ?"
        args.append(str(ctx.integer("direction_id")))
    currency = ctx.account["currency"]
    info = []
    for r in ctx.db.execute(sql + " ORDER BY id", args):
        upload: list[str] = json.loads(r["upload"])
        specify: list[str] = json.loads(r["specify"])
        entry: dict[str, Any] = {
            "id": str(r["id"]),
            "countryCode": r["country_code"],
            "areaCode": r["area_code"],
            "name": r["name"],
            "connect_fee": num(convert(Decimal(r["connect_fee"]), r["currency"], currency)),
            "monthly_fee": num(convert(Decimal(r["monthly_fee"]), r["currency"], currency)),
            "currency": currency,
            "receive_sms": _flag(bool(r["receive_sms"])),
            "is_toll": _flag(bool(r["is_toll"])),
            "feature": r["feature"],
            "connect_time": r["connect_time"],
        }
        if upload or specify:
            entry["restrictions"] = {"upload": upload, "specify": specify}
        info.append(entry)
    return {"status": "success", "info": info}


@route("GET", "/v1/direct_numbers/available/{direction_id}/")
def available(ctx: Ctx) -> dict[str, Any]:
    direction = _direction(ctx, ctx.path_args["direction_id"])
    mask = ctx.text("mask", "").replace("+", "")
    if mask and not re.fullmatch(r"[0-9]+", mask):
        raise Fail("Parameter 'mask' may contain digits only")
    found = slots(direction, _taken(ctx.db, direction["id"]), mask)
    return {
        "status": "success",
        "numbers": [
            {"id": number_id(direction["id"], slot), "direction_id": int(direction["id"]),
             "number": number}
            for slot, number in found
        ],
    }


@route("POST", "/v1/direct_numbers/order/")
def order(ctx: Ctx) -> dict[str, Any]:
    direction = _direction(ctx, str(ctx.integer("direction_id")))
    group = group_of(ctx, ctx.integer("documents_group_id"))
    months = {"month": 1, "3month": 3}[ctx.choice("period", ["month", "3month"], "month")]
    if ctx.has("autorenew_period"):
        ctx.choice("autorenew_period", ["month", "year"])
    sms = ctx.choice("receive_sms", ["0", "1"], "0") == "1"
    if sms and not direction["receive_sms"]:
        raise Fail(f"Numbers of {direction['name']} cannot receive SMS")
    specify: list[str] = json.loads(direction["specify"])
    if "purpose" in specify and not ctx.has("purpose"):
        raise Fail(f"Parameter 'purpose' is required for numbers of {direction['name']}")
    if "address" in specify and json.loads(group["data"]).get("country") != direction["country"]:
        raise Fail(
            f"Document group {group['id']} does not meet the requirements of"
            f" {direction['name']}: an address in {direction['country']} is required"
        )
    taken = _taken(ctx.db, direction["id"])
    if ctx.has("number_id"):
        decoded = decode_id(ctx.text("number_id"))
        if decoded is None or decoded[0] != direction["id"]:
            raise Fail("number_id does not belong to this direction")
        slot = decoded[1]
        if slot >= int(direction["available"]) or slot in taken:
            raise Fail("This number is no longer available; pick another one")
    else:
        free = next(slots(direction, taken, limit=1), None)
        if free is None:
            raise Fail(f"No free numbers left in {direction['name']}")
        slot = free[0]
    currency = ctx.account["currency"]
    cost = (
        convert(Decimal(direction["connect_fee"]), direction["currency"], currency)
        + convert(Decimal(direction["monthly_fee"]), direction["currency"], currency) * months
    )
    charge(ctx.db, ctx.account["id"], cost, "the number")
    complete = not missing_documents(ctx.db, group["id"], direction)
    status = "on" if complete else "reserved_checking_upload"
    number = assign(
        ctx.db, ctx.clock, ctx.account["id"], direction, slot, group["id"], status, months
    )
    if sms:
        ctx.db.execute("UPDATE numbers SET receive_sms = 'on' WHERE number = ?", (number,))
    return {
        "status": "success",
        "number": number,
        "is_reserved": _flag(not complete),
        "is_activated": _flag(complete),
    }


@route("GET", "/v1/direct_numbers/")
def numbers_list(ctx: Ctx) -> dict[str, Any]:
    rows = ctx.db.execute(
        "SELECT n.*, d.name AS city, d.monthly_fee, d.currency AS fee_currency,"
        " c.name_en AS country_name FROM numbers n JOIN directions d ON d.id = n.direction_id"
        " JOIN countries c ON c.iso = d.country WHERE n.account_id = ? ORDER BY n.start_date",
        (ctx.account["id"],),
    ).fetchall()
    info = []
    for r in rows:
        item = _number_json(ctx, r)
        item.update({"channels": int(r["channels"]), "minutes": 0, "type": "common"})
        info.append(item)
    return {"status": "success", "info": info}


@route("GET", "/v1/direct_numbers/number/")
def number_info(ctx: Ctx) -> dict[str, Any]:
    row = _owned(ctx)
    item = _number_json(ctx, row)
    status = item["status"]
    if status.startswith("reserved_"):
        item["status"] = status.removeprefix("reserved_")
    item.update({"channels": str(row["channels"]), "receive_sms": row["receive_sms"]})
    return {"status": "success", "info": item}


@route("GET", "/v1/direct_numbers/autoprolongation/")
def autoprolongation_get(ctx: Ctx) -> dict[str, Any]:
    row = _owned(ctx)
    return {"status": "success", "number": row["number"],
            "autoprolongation": "on" if row["autorenew"] == "true" else "off"}


@route("PUT", "/v1/direct_numbers/autoprolongation/")
def autoprolongation_put(ctx: Ctx) -> dict[str, Any]:
    row = _owned(ctx)
    value = ctx.choice("value", ["on", "off"])
    ctx.db.execute(
        "UPDATE numbers SET autorenew = ? WHERE number = ?",
        ("true" if value == "on" else "false", row["number"]),
    )
    return {"status": "success", "number": row["number"], "autoprolongation": value}


@route("PUT", "/v1/direct_numbers/set_caller_name/")
def set_caller_name(ctx: Ctx) -> dict[str, Any]:
    row = _owned(ctx)
    raw = ctx.params.get("caller_name", "")
    name = raw.strip() if isinstance(raw, str) else ""
    if len(name) > 30 or not re.fullmatch(r"[A-Za-z0-9 ._-]*", name):
        raise Fail("caller_name: Latin letters and digits only, at most 30 characters")
    ctx.db.execute(
        "UPDATE numbers SET number_name = ? WHERE number = ?", (name or None, row["number"])
    )
    return {"status": "success", "number": row["number"], "caller_name": name}


@route("PUT", "/v1/direct_numbers/set_sip_id/")
def set_sip_id(ctx: Ctx) -> dict[str, Any]:
    row = _owned(ctx)
    sip_id = ctx.text("sip_id")
    test_mode = ctx.choice("test_mode", ["on", "off"], "off")
    own_sip = ctx.db.execute(
        "SELECT 1 FROM sips WHERE id = ? AND account_id = ?", (sip_id, ctx.account["id"])
    ).fetchone()
    extension = re.fullmatch(r"[0-9]{3}", sip_id) and ctx.db.execute(
        "SELECT 1 FROM extensions WHERE account_id = ? AND number = ?",
        (ctx.account["id"], int(sip_id)),
    ).fetchone()
    uri = re.fullmatch(r"[^@\s]+@[A-Za-z0-9.-]+(:[0-9]+)?", sip_id)
    own_pbx = re.fullmatch(r"[0-9]{1,18}", sip_id) and ctx.db.execute(
        "SELECT 1 FROM pbx WHERE account_id = ? AND pbx_id = ?", (ctx.account["id"], int(sip_id))
    ).fetchone()
    if not (own_sip or extension or uri or own_pbx):
        raise Fail(f"sip_id {sip_id} is neither a SIP login of this account nor a SIP URI")
    ctx.db.execute(
        "UPDATE numbers SET sip = ?, is_on_test = ? WHERE number = ?",
        (sip_id, "true" if test_mode == "on" else "false", row["number"]),
    )
    return {"status": "success", "number": row["number"], "sip_id": sip_id}


@route("PUT", "/v1/direct_numbers/receive_sms/")
def receive_sms(ctx: Ctx) -> dict[str, Any]:
    row = _owned(ctx)
    value = ctx.choice("value", ["on", "off"])
    if value == "on" and not row["sms_capable"]:
        raise Fail(f"Number {row['number']} cannot receive SMS")
    if ctx.has("documents_group_id"):
        group_of(ctx, ctx.integer("documents_group_id"))
    ctx.db.execute("UPDATE numbers SET receive_sms = ? WHERE number = ?", (value, row["number"]))
    return {"status": "success", "number": row["number"], "receive_sms": value}


@route("GET", "/v1/direct_numbers/incoming_channels/")
def incoming_channels_get(ctx: Ctx) -> dict[str, Any]:
    if ctx.has("number"):
        _owned(ctx)
    return {"status": "success"}


@route("PUT", "/v1/direct_numbers/incoming_channels/")
def incoming_channels_put(ctx: Ctx) -> dict[str, Any]:
    row = _owned(ctx)
    channels = ctx.integer("channels")
    if not 1 <= channels <= 30:
        raise Fail("channels must be between 1 and 30")
    ctx.db.execute("UPDATE numbers SET channels = ? WHERE number = ?", (channels, row["number"]))
    return {"status": "success"}


@route("POST", "/v1/direct_numbers/prolong/")
def prolong(ctx: Ctx) -> dict[str, Any]:
    row = _owned(ctx)
    months = ctx.integer("months")
    if not 1 <= months <= 12:
        raise Fail("months must be between 1 and 12")
    cost = _fee(ctx, row) * months
    charge(ctx.db, ctx.account["id"], cost, "the prolongation")
    stop = datetime.strptime(row["stop_date"], STAMP) + timedelta(days=PERIOD_DAYS * months)
    stop_date = stop.strftime(STAMP)
    ctx.db.execute("UPDATE numbers SET stop_date = ? WHERE number = ?", (stop_date, row["number"]))
    return {
        "status": "success",
        "number": row["number"],
        "stop_date": stop_date,
        "total_paid": {"amount": num(cost), "currency": ctx.account["currency"]},
    }


@route("GET", "/v1/direct_numbers/checking-wrongs/")
def checking_wrongs(ctx: Ctx) -> dict[str, Any]:
    group = group_of(ctx, ctx.integer("group_id"))
    info: dict[str, Any] = {}
    rows = ctx.db.execute(
        "SELECT d.* FROM numbers n JOIN directions d ON d.id = n.direction_id"
        " WHERE n.group_id = ? AND n.status LIKE 'reserved%'",
        (group["id"],),
    ).fetchall()
    for direction in rows:
        missing = missing_documents(ctx.db, group["id"], direction)
        if missing:
            info["wrong_document"] = {
                "document_type": missing[0],
                "message": f"Upload a {missing[0].replace('_', ' ')} for {direction['name']}",
            }
            break
    data = json.loads(group["data"])
    if not data.get("address"):
        info["wrong_address"] = {"message": "The address is missing"}
    return {"status": "success", "info": info}
