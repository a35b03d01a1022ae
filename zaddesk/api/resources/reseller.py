"""Dealer account and sub-users: registration, contact phones, money, API keys.

These methods always name the client (``user_id``) because the spec requires it; the
ordinary methods in the other namespaces take ``user_id`` as an optional keyword instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Literal

import msgspec

from zaddesk.api.resources._base import Resource, decode
from zaddesk.api.transport import Priority

__all__ = [
    "AccountInfo",
    "ApiKeys",
    "Money",
    "MoneyTransfer",
    "PhoneCheck",
    "Registration",
    "RegistrationConfirmed",
    "ResellerResource",
    "SubUser",
    "Topup",
    "TransferBalance",
    "UserPhone",
    "UsersPage",
]

Language = Literal["en", "es", "de", "pl", "ru", "ua", "fr"]


class AccountInfo(msgspec.Struct, kw_only=True):
    balance: Decimal
    currency: str
    credit: Decimal | None = None
    reseller_fee: Decimal | None = None
    user_fee: Decimal | None = None


class TransferBalance(msgspec.Struct, kw_only=True):
    balance: Decimal
    currency: str


class MoneyTransfer(msgspec.Struct, kw_only=True):
    user: TransferBalance
    reseller: TransferBalance


class SubUser(msgspec.Struct, kw_only=True):
    id: int
    email: str
    is_active: bool
    first_name: str = ""
    last_name: str = ""
    organization: str = ""
    phone: str = ""
    created: str | None = None
    last_login: str | None = None
    balance: Decimal | None = None
    currency: str = ""
    sips_count: int = 0
    allow_topup: bool | None = None
    allow_api_requests: bool | None = None


class UsersPage(msgspec.Struct, kw_only=True):
    total: int
    total_pages: int
    page: int
    users: list[SubUser]


class UserPhone(msgspec.Struct, kw_only=True):
    id: int
    number: str
    is_proved: bool


class PhoneCheck(msgspec.Struct, kw_only=True):
    """The answer to a proof request or a confirmation: ``message`` is for the rep to read."""

    number: str
    message: str = ""


class Registration(msgspec.Struct, kw_only=True):
    """``user_id`` is set only when the account was activated at once (spec outcome 1)."""

    message: str
    user_id: int | None = None


class RegistrationConfirmed(msgspec.Struct, kw_only=True):
    user_id: int


class Money(msgspec.Struct, kw_only=True):
    amount: Decimal
    currency: str


class Topup(msgspec.Struct, kw_only=True):
    user_topup: Money
    reseller_withdraw: Money


class ApiKeys(msgspec.Struct, kw_only=True):
    """A client's API key pair; the secret stays out of ``repr`` so it cannot reach a log."""

    user_id: int
    key: str
    secret: str
    allow_reset: bool | None = None
    last_request_datetime: str | None = None

    def __repr__(self) -> str:
        return f"ApiKeys(user_id={self.user_id}, key=<hidden>, secret=<hidden>)"

    __str__ = __repr__


class ResellerResource(Resource):
    async def account_info(self) -> AccountInfo:
        data = await self._call("GET", "/v1/reseller/account/info/")
        return decode(data, AccountInfo)

    async def money_transfer(
        self,
        amount: Decimal,
        currency: str,
        type: Literal["to_user", "to_reseller"],
        *,
        user_id: int | None = None,
    ) -> MoneyTransfer:
        """Move money to a client (``to_user``) or take it back (``to_reseller``)."""
        data = await self._call(
            "POST",
            "/v1/reseller/account/money_transfer/",
            {"amount": amount, "currency": currency, "type": type},
            user_id=user_id,
        )
        return decode(data, MoneyTransfer)

    async def list_users(
        self, page: int = 1, *, priority: Priority = Priority.INTERACTIVE
    ) -> UsersPage:
        data = await self._call(
            "GET", "/v1/reseller/users/list/", {"page": page}, priority=priority
        )
        return decode(data, UsersPage)

    async def iter_users(
        self, *, start: int = 1, priority: Priority = Priority.INTERACTIVE
    ) -> AsyncIterator[UsersPage]:
        """Every page of clients (50 a page), fetched one after another as they are consumed."""
        page = start
        while True:
            current = await self.list_users(page, priority=priority)
            yield current
            if not current.users or current.page >= current.total_pages:
                return
            page = current.page + 1

    async def find_user(
        self, *, id: int | None = None, email: str | None = None, sip: str | None = None
    ) -> SubUser:
        """Look a client up by id, e-mail or SIP login; at least one must be given."""
        if id is None and email is None and sip is None:
            raise ValueError("find_user needs id, email or sip")
        data = await self._call(
            "GET", "/v1/reseller/users/find/", {"id": id, "email": email, "sip": sip}
        )
        return decode(data["user"], SubUser)

    async def register(
        self,
        email: str,
        first_name: str,
        country: str,
        *,
        last_name: str | None = None,
        middle_name: str | None = None,
        organization: str | None = None,
        city: str | None = None,
        address: str | None = None,
        phone: str | None = None,
        password: str | None = None,
        tariff: int | None = None,
        tariff_period: Literal["month", "year"] | None = None,
        language: Language | None = None,
        currency: str | None = None,
        promocode: str | None = None,
        gmt: str | None = None,
        id_card: str | None = None,
    ) -> Registration:
        data = await self._call(
            "POST",
            "/v1/reseller/users/registration/new/",
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "middle_name": middle_name,
                "organization": organization,
                "country": country,
                "city": city,
                "address": address,
                "phone": phone,
                "password": password,
                "tariff": tariff,
                "tariff_period": tariff_period,
                "language": language,
                "currency": currency,
                "promocode": promocode,
                "gmt": gmt,
                "id_card": id_card,
            },
        )
        return decode(data, Registration)

    async def confirm_registration(self, email: str, code: str) -> RegistrationConfirmed:
        """Finish a registration with the code the client found in the e-mail (outcome 3)."""
        data = await self._call(
            "POST", "/v1/reseller/users/registration/confirm/", {"email": email, "code": code}
        )
        return decode(data, RegistrationConfirmed)

    async def list_phones(self, *, user_id: int) -> list[UserPhone]:
        data = await self._call("GET", "/v1/reseller/users/phones/", user_id=user_id)
        return decode(data.get("list") or [], list[UserPhone])

    async def add_phone(self, number: str, *, user_id: int) -> UserPhone:
        data = await self._call(
            "POST", "/v1/reseller/users/phones/add/", {"number": number}, user_id=user_id
        )
        return decode(data, UserPhone)

    async def update_phone(self, phone_id: int, number: str, *, user_id: int) -> UserPhone:
        data = await self._call(
            "POST",
            "/v1/reseller/users/phones/update/",
            {"id": phone_id, "number": number},
            user_id=user_id,
        )
        return decode(data, UserPhone)

    async def prove_phone_by_sms(
        self, number: str, *, user_id: int, confirm_number_reuse: bool | None = None
    ) -> PhoneCheck:
        data = await self._call(
            "POST",
            "/v1/reseller/users/phones/prove_by_sms/",
            {"number": number, "confirm_number_reuse": _bit(confirm_number_reuse)},
            user_id=user_id,
        )
        return decode(data, PhoneCheck)

    async def prove_phone_by_callback(
        self,
        number: str,
        *,
        user_id: int,
        caller_id: str | None = None,
        language: Language | None = None,
        sip_id: str | None = None,
        confirm_number_reuse: bool | None = None,
    ) -> PhoneCheck:
        data = await self._call(
            "POST",
            "/v1/reseller/users/phones/prove_by_callback/",
            {
                "number": number,
                "caller_id": caller_id,
                "language": language,
                "sip_id": sip_id,
                "confirm_number_reuse": _bit(confirm_number_reuse),
            },
            user_id=user_id,
        )
        return decode(data, PhoneCheck)

    async def confirm_phone(self, number: str, code: str, *, user_id: int) -> PhoneCheck:
        data = await self._call(
            "POST",
            "/v1/reseller/users/phones/confirm/",
            {"number": number, "code": code},
            user_id=user_id,
        )
        return decode(data, PhoneCheck)

    async def topup(self, amount: Decimal, currency: str, *, user_id: int) -> Topup:
        """Move money from the dealer's balance to the client's (POST, as the spec says)."""
        data = await self._call(
            "POST",
            "/v1/reseller/users/topup/",
            {"amount": amount, "currency": currency},
            user_id=user_id,
        )
        return decode(data, Topup)

    async def get_api_key(self, *, user_id: int) -> ApiKeys:
        """Read the client's current keys; never changes them."""
        data = await self._call("GET", "/v1/reseller/users/api_key/", user_id=user_id)
        return decode(data, ApiKeys)

    async def regenerate_api_key(self, *, user_id: int) -> ApiKeys:
        """Make a new key pair: every integration using the old pair stops working."""
        data = await self._call("POST", "/v1/reseller/users/api_key/", user_id=user_id)
        return decode(data, ApiKeys)


def _bit(value: bool | None) -> int | None:
    return None if value is None else int(value)
