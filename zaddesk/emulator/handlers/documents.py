"""Document groups (who will use a number) and their files.

Uploaded files are checked by content (PDF, JPEG or PNG, at most 10 MB) and verified at once;
a number ordered before its papers were complete waits reserved and is switched on by the
upload that completes them.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from zaddesk.emulator.catalog import DOCUMENT_TYPES
from zaddesk.emulator.core import Ctx, Fail, route

MAX_DOCUMENT = 10 * 1024 * 1024
SALUTATIONS = ["MR", "MS", "COMPANY"]
ID_TYPES = ["PASSPORT", "DNI", "NIE", "RESIDENCE_PERMIT", "NATIONAL_ID_CARD",
            "BUSINESS_REGISTRATION"]
REQUIRED = ["email", "salutation", "first_name", "last_name", "country", "city", "address",
            "zip_code", "street", "building_number", "phone"]
OPTIONAL = ["nationality", "middle_name", "date_of_birth", "organization",
            "organization_description", "organization_reg_number", "region", "street_code",
            "municipality_code", "building_letter", "type_of_id", "id_number",
            "issuing_authority", "issuing_date"]
NULLABLE = {"nationality", "middle_name", "organization", "organization_description",
            "organization_reg_number", "street_code", "municipality_code", "building_letter",
            "issuing_authority", "issuing_date"}
# The files list's enum has no "certificate", although upload accepts it.
LISTED_TYPE = {"certificate": "company_letter"}


def create_group(db: sqlite3.Connection, account_id: int, data: dict[str, str]) -> int:
    cur = db.execute(
        "INSERT INTO doc_groups (account_id, data) VALUES (?, ?)", (account_id, json.dumps(data))
    )
    return int(cur.lastrowid or 0)


def add_file(
    db: sqlite3.Connection, account_id: int, group_id: int, kind: str, name: str, size: int
) -> int:
    cur = db.execute(
        "INSERT INTO doc_files (group_id, account_id, type, name, size, is_verified)"
        " VALUES (?,?,?,?,?,'true')",
        (group_id, account_id, kind, name, size),
    )
    return int(cur.lastrowid or 0)


def group_json(row: sqlite3.Row) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(row["data"])
    out: dict[str, Any] = {"id": int(row["id"])}
    for name in REQUIRED + OPTIONAL:
        if name == "date_of_birth":
            continue
        value = data.get(name)
        if value is None or value == "":
            if name in NULLABLE:
                out[name] = None
            elif name in ("region", "type_of_id", "id_number"):
                out[name] = ""
            continue
        out[name] = value
    out["is_readonly"] = bool(row["is_readonly"])
    return out


def group_of(ctx: Ctx, group_id: int) -> sqlite3.Row:
    """The acting account's group; id 0 means its main (first) group."""
    row: sqlite3.Row | None
    if group_id == 0:
        row = ctx.db.execute(
            "SELECT * FROM doc_groups WHERE account_id = ? ORDER BY id LIMIT 1",
            (ctx.account["id"],),
        ).fetchone()
    else:
        row = ctx.db.execute(
            "SELECT * FROM doc_groups WHERE id = ? AND account_id = ?",
            (group_id, ctx.account["id"]),
        ).fetchone()
    if row is None:
        raise Fail(f"Document group {group_id} not found")
    return row


def uploaded_types(db: sqlite3.Connection, group_id: int, verified: bool = False) -> set[str]:
    sql = "SELECT type FROM doc_files WHERE group_id = ?"
    if verified:
        sql += " AND is_verified = 'true'"
    return {r["type"] for r in db.execute(sql, (group_id,))}


def missing_documents(db: sqlite3.Connection, group_id: int, direction: sqlite3.Row) -> list[str]:
    needed: list[str] = json.loads(direction["upload"])
    have = uploaded_types(db, group_id)
    return [t for t in needed if t not in have]


def _read_fields(ctx: Ctx) -> dict[str, str]:
    data: dict[str, str] = {}
    for name in REQUIRED:
        data[name] = ctx.text(name)
    for name in OPTIONAL:
        if ctx.has(name):
            data[name] = ctx.text(name)
    if data["salutation"] not in SALUTATIONS:
        raise Fail("Parameter 'salutation' must be one of MR, MS, COMPANY")
    for name in ("country", "nationality"):
        if name in data:
            data[name] = data[name].upper()
            if not re.fullmatch(r"[A-Z]{2}", data[name]):
                raise Fail(f"Parameter '{name}' must be an ISO 3166-1 alpha-2 code")
    if "type_of_id" in data and data["type_of_id"] not in ID_TYPES:
        raise Fail(f"Parameter 'type_of_id' must be one of {', '.join(ID_TYPES)}")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", data["email"]):
        raise Fail("Parameter 'email' is not a valid e-mail address")
    return data


@route("GET", "/v1/documents/groups/list/")
def groups_list(ctx: Ctx) -> dict[str, Any]:
    rows = ctx.db.execute(
        "SELECT * FROM doc_groups WHERE account_id = ? ORDER BY id", (ctx.account["id"],)
    ).fetchall()
    return {"status": "success", "groups": [group_json(r) for r in rows]}


@route("GET", "/v1/documents/groups/get/{id}/")
def groups_get(ctx: Ctx) -> dict[str, Any]:
    return {"status": "success", "group": group_json(group_of(ctx, ctx.path_id("id")))}


@route("POST", "/v1/documents/groups/create/")
def groups_create(ctx: Ctx) -> dict[str, Any]:
    data = _read_fields(ctx)
    group_id = create_group(ctx.db, ctx.account["id"], data)
    row = ctx.db.execute("SELECT * FROM doc_groups WHERE id = ?", (group_id,)).fetchone()
    return {"status": "success", "group": group_json(row)}


@route("PUT", "/v1/documents/groups/update/{groupid}/")
def groups_update(ctx: Ctx) -> dict[str, Any]:
    row = group_of(ctx, ctx.path_id("groupid"))
    if row["is_readonly"]:
        raise Fail("This document group is read-only: it is in use by a verified number")
    data = _read_fields(ctx)
    ctx.db.execute("UPDATE doc_groups SET data = ? WHERE id = ?", (json.dumps(data), row["id"]))
    row = ctx.db.execute("SELECT * FROM doc_groups WHERE id = ?", (row["id"],)).fetchone()
    return {"status": "success", "group": group_json(row)}


def _direction(ctx: Ctx, direction_id: int) -> sqlite3.Row:
    row: sqlite3.Row | None = ctx.db.execute(
        "SELECT * FROM directions WHERE id = ?", (direction_id,)
    ).fetchone()
    if row is None:
        raise Fail(f"Direction {direction_id} not found")
    return row


@route("GET", "/v1/documents/groups/valid/{id}/")
def groups_valid(ctx: Ctx) -> dict[str, Any]:
    group = group_of(ctx, ctx.path_id("id"))
    direction = _direction(ctx, ctx.integer("direction_id"))
    data = json.loads(group["data"])
    needed: list[str] = json.loads(direction["upload"])
    specify: list[str] = json.loads(direction["specify"])
    uploaded = uploaded_types(ctx.db, group["id"])
    verified = uploaded_types(ctx.db, group["id"], verified=True)
    info_ok = all(data.get(f) for f in REQUIRED)
    address_ok = "address" not in specify or data.get("country") == direction["country"]

    def flag(value: bool) -> str:
        return "true" if value else "false"

    return {
        "status": "success",
        "is_information_match": flag(info_ok),
        "is_documents_uploaded": flag(all(t in uploaded for t in needed)),
        "is_documents_verified": flag(all(t in verified for t in needed)),
        "is_address_match": flag(address_ok),
    }


def pdf_problem(data: bytes) -> str | None:
    """Why a PDF cannot be verified (damaged or encrypted), or None when it can be read."""
    tail = data[-2048:]
    if b"%%EOF" not in tail or b"startxref" not in tail:
        return "The PDF file is damaged or incomplete"
    if re.search(rb"/Encrypt[\s<\d]", data):
        return "The PDF file is password-protected; upload it without a password"
    return None


def sniff_document(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    return None


def _image_complete(data: bytes, ext: str) -> bool:
    if ext == "png":
        return data.rstrip(b"\0")[-8:] == b"IEND\xaeB`\x82"
    return b"\xff\xd9" in data[-1024:]


@route("POST", "/v1/documents/upload/")
def upload(ctx: Ctx) -> dict[str, Any]:
    group = group_of(ctx, ctx.integer("group_id"))
    kind = ctx.choice("document_type", DOCUMENT_TYPES)
    file = ctx.files.get("file")
    if file is None:
        raise Fail("Required file field 'file' is missing")
    if len(file.data) > MAX_DOCUMENT:
        raise Fail("The document is larger than 10 MB")
    ext = sniff_document(file.data)
    if ext is None:
        raise Fail("Unsupported document format: upload a PDF, JPEG or PNG file")
    if ext == "pdf" and (problem := pdf_problem(file.data)):
        raise Fail(problem)
    if ext != "pdf" and not _image_complete(file.data, ext):
        raise Fail("The image file is damaged or incomplete")
    file_id = add_file(ctx.db, ctx.account["id"], group["id"], kind, "", len(file.data))
    doc_name = f"{kind}_{file_id}.{ext}"
    ctx.db.execute("UPDATE doc_files SET name = ? WHERE id = ?", (doc_name, file_id))
    _activate_waiting_numbers(ctx, group["id"])
    return {"status": "success", "message": "File uploaded", "doc_name": doc_name}


def _activate_waiting_numbers(ctx: Ctx, group_id: int) -> None:
    rows = ctx.db.execute(
        "SELECT n.number, d.* FROM numbers n JOIN directions d ON d.id = n.direction_id"
        " WHERE n.group_id = ? AND n.status LIKE 'reserved%'",
        (group_id,),
    ).fetchall()
    for row in rows:
        if not missing_documents(ctx.db, group_id, row):
            ctx.db.execute("UPDATE numbers SET status = 'on' WHERE number = ?", (row["number"],))


@route("GET", "/v1/documents/files/")
def files(ctx: Ctx) -> dict[str, Any]:
    group = group_of(ctx, ctx.integer("group_id", 0))
    rows = ctx.db.execute(
        "SELECT * FROM doc_files WHERE group_id = ? ORDER BY id", (group["id"],)
    ).fetchall()
    return {
        "status": "success",
        "documents": [
            {
                "type": LISTED_TYPE.get(r["type"], r["type"]),
                "is_verified": r["is_verified"],
                "source": "api",
                "name": r["name"],
            }
            for r in rows
        ],
    }
