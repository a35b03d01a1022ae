"""Every resource method: the request it builds fits the spec, and the spec's own example
answer (and a loosely typed variant of it) decodes into the method's result type.

``CALLS`` is shared with the live tests, which send the same calls to the emulator.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

import pytest

from zaddesk.api import spec
from zaddesk.api.client import Zadarma
from zaddesk.api.resources.documents import DocumentGroupForm
from zaddesk.api.resources.ivr import ScenarioTarget
from zaddesk.api.signing import flatten
from zaddesk.api.transport import Priority, Transport

UID = 210001  # the first client of the emulator's demo seed

GROUP = DocumentGroupForm(
    email="jan.kowalski@example.pl",
    salutation="MR",
    first_name="Jan",
    last_name="Kowalski",
    country="PL",
    city="Łódź",
    address="ul. Piotrkowska 104",
    zip_code="90-926",
    street="Piotrkowska",
    building_number="104",
    phone="48426384000",
    type_of_id="PASSPORT",
    id_number="AB1234567",
)


@dataclass(frozen=True)
class Call:
    name: str
    method: str
    path: str
    run: Callable[[Zadarma], Awaitable[object]]
    upload: bool = False

    def __str__(self) -> str:
        return self.name


CALLS: list[Call] = [
    # reseller
    Call(
        "reseller.account_info",
        "GET",
        "/v1/reseller/account/info/",
        lambda a: a.reseller.account_info(),
    ),
    Call(
        "reseller.money_transfer",
        "POST",
        "/v1/reseller/account/money_transfer/",
        lambda a: a.reseller.money_transfer(Decimal("12.50"), "PLN", "to_user", user_id=UID),
    ),
    Call(
        "reseller.list_users", "GET", "/v1/reseller/users/list/", lambda a: a.reseller.list_users(2)
    ),
    Call(
        "reseller.find_user",
        "GET",
        "/v1/reseller/users/find/",
        lambda a: a.reseller.find_user(email="jan@example.pl"),
    ),
    Call(
        "reseller.register",
        "POST",
        "/v1/reseller/users/registration/new/",
        lambda a: a.reseller.register(
            "anna.nowak@example.pl",
            "Anna",
            "PL",
            last_name="Nowak-Żółć",
            language="pl",
            currency="PLN",
            tariff=5,
            tariff_period="month",
            phone="48221234567",
            password="Pa$$ w0rd~*&+=?/",
        ),
    ),
    Call(
        "reseller.confirm_registration",
        "POST",
        "/v1/reseller/users/registration/confirm/",
        lambda a: a.reseller.confirm_registration("anna.nowak@example.pl", "123456"),
    ),
    Call(
        "reseller.list_phones",
        "GET",
        "/v1/reseller/users/phones/",
        lambda a: a.reseller.list_phones(user_id=UID),
    ),
    Call(
        "reseller.add_phone",
        "POST",
        "/v1/reseller/users/phones/add/",
        lambda a: a.reseller.add_phone("48221234567", user_id=UID),
    ),
    Call(
        "reseller.update_phone",
        "POST",
        "/v1/reseller/users/phones/update/",
        lambda a: a.reseller.update_phone(7, "48221234568", user_id=UID),
    ),
    Call(
        "reseller.prove_phone_by_sms",
        "POST",
        "/v1/reseller/users/phones/prove_by_sms/",
        lambda a: a.reseller.prove_phone_by_sms(
            "48221234567", user_id=UID, confirm_number_reuse=True
        ),
    ),
    Call(
        "reseller.prove_phone_by_callback",
        "POST",
        "/v1/reseller/users/phones/prove_by_callback/",
        lambda a: a.reseller.prove_phone_by_callback("48221234567", user_id=UID, language="pl"),
    ),
    Call(
        "reseller.confirm_phone",
        "POST",
        "/v1/reseller/users/phones/confirm/",
        lambda a: a.reseller.confirm_phone("48221234567", "4321", user_id=UID),
    ),
    Call(
        "reseller.topup",
        "POST",
        "/v1/reseller/users/topup/",
        lambda a: a.reseller.topup(Decimal("10.00"), "PLN", user_id=UID),
    ),
    Call(
        "reseller.get_api_key",
        "GET",
        "/v1/reseller/users/api_key/",
        lambda a: a.reseller.get_api_key(user_id=UID),
    ),
    Call(
        "reseller.regenerate_api_key",
        "POST",
        "/v1/reseller/users/api_key/",
        lambda a: a.reseller.regenerate_api_key(user_id=UID),
    ),
    # info
    Call("info.balance", "GET", "/v1/info/balance/", lambda a: a.info.balance()),
    Call("info.tariffs", "GET", "/v1/info/lists/tariffs/", lambda a: a.info.tariffs("PLN")),
    Call("info.currencies", "GET", "/v1/info/lists/currencies/", lambda a: a.info.currencies()),
    Call("info.languages", "GET", "/v1/info/lists/languages/", lambda a: a.info.languages()),
    Call("info.timezone", "GET", "/v1/info/timezone/", lambda a: a.info.timezone(user_id=UID)),
    Call("info.price", "GET", "/v1/info/price/", lambda a: a.info.price("48221234567")),
    Call("info.tariff", "GET", "/v1/tariff/", lambda a: a.info.tariff(user_id=UID)),
    # numbers
    Call(
        "numbers.countries",
        "GET",
        "/v1/direct_numbers/countries/",
        lambda a: a.numbers.countries(language="pl", user_id=UID),
    ),
    Call(
        "numbers.country",
        "GET",
        "/v1/direct_numbers/country/",
        lambda a: a.numbers.country("PL", language="pl"),
    ),
    Call(
        "numbers.available",
        "GET",
        "/v1/direct_numbers/available/3766/",
        lambda a: a.numbers.available(3766, mask="4822", user_id=UID),
    ),
    Call(
        "numbers.order",
        "POST",
        "/v1/direct_numbers/order/",
        lambda a: a.numbers.order(
            3766,
            0,
            number_id="12",
            receive_sms=True,
            period="month",
            autorenew_period="month",
            user_id=UID,
        ),
    ),
    Call(
        "numbers.list_numbers",
        "GET",
        "/v1/direct_numbers/",
        lambda a: a.numbers.list_numbers(user_id=UID),
    ),
    Call(
        "numbers.number",
        "GET",
        "/v1/direct_numbers/number/",
        lambda a: a.numbers.number("48221234567", user_id=UID),
    ),
    Call(
        "numbers.prolong",
        "POST",
        "/v1/direct_numbers/prolong/",
        lambda a: a.numbers.prolong("48221234567", 3, user_id=UID),
    ),
    Call(
        "numbers.autoprolongation",
        "GET",
        "/v1/direct_numbers/autoprolongation/",
        lambda a: a.numbers.autoprolongation("48221234567"),
    ),
    Call(
        "numbers.set_autoprolongation",
        "PUT",
        "/v1/direct_numbers/autoprolongation/",
        lambda a: a.numbers.set_autoprolongation("48221234567", False, user_id=UID),
    ),
    Call(
        "numbers.set_caller_name",
        "PUT",
        "/v1/direct_numbers/set_caller_name/",
        lambda a: a.numbers.set_caller_name("48221234567", "Kowalski Sp", user_id=UID),
    ),
    Call(
        "numbers.set_sip_id",
        "PUT",
        "/v1/direct_numbers/set_sip_id/",
        lambda a: a.numbers.set_sip_id("48221234567", "100", test_mode=False),
    ),
    Call(
        "numbers.set_receive_sms",
        "PUT",
        "/v1/direct_numbers/receive_sms/",
        lambda a: a.numbers.set_receive_sms("48221234567", True, documents_group_id=0),
    ),
    Call(
        "numbers.incoming_channels",
        "GET",
        "/v1/direct_numbers/incoming_channels/",
        lambda a: a.numbers.incoming_channels(number="48221234567", user_id=UID),
    ),
    Call(
        "numbers.set_incoming_channels",
        "PUT",
        "/v1/direct_numbers/incoming_channels/",
        lambda a: a.numbers.set_incoming_channels("48221234567", 4, user_id=UID),
    ),
    Call(
        "numbers.checking_wrongs",
        "GET",
        "/v1/direct_numbers/checking-wrongs/",
        lambda a: a.numbers.checking_wrongs(0, user_id=UID),
    ),
    # documents
    Call(
        "documents.list_groups",
        "GET",
        "/v1/documents/groups/list/",
        lambda a: a.documents.list_groups(user_id=UID),
    ),
    Call(
        "documents.get_group",
        "GET",
        "/v1/documents/groups/get/0/",
        lambda a: a.documents.get_group(0, user_id=UID),
    ),
    Call(
        "documents.create_group",
        "POST",
        "/v1/documents/groups/create/",
        lambda a: a.documents.create_group(GROUP, user_id=UID),
    ),
    Call(
        "documents.update_group",
        "PUT",
        "/v1/documents/groups/update/5/",
        lambda a: a.documents.update_group(5, GROUP, user_id=UID),
    ),
    Call(
        "documents.validate_group",
        "GET",
        "/v1/documents/groups/valid/5/",
        lambda a: a.documents.validate_group(5, 3766, user_id=UID),
    ),
    Call(
        "documents.upload",
        "POST",
        "/v1/documents/upload/",
        lambda a: a.documents.upload(
            0, "passport", "paszport.pdf", b"%PDF-1.4\n%\xe2\xe3", "application/pdf", user_id=UID
        ),
        upload=True,
    ),
    Call(
        "documents.files",
        "GET",
        "/v1/documents/files/",
        lambda a: a.documents.files(0, user_id=UID),
    ),
    # pbx
    Call(
        "pbx.create", "POST", "/v1/pbx/create/", lambda a: a.pbx.create("Secr3t-pass", user_id=UID)
    ),
    Call(
        "pbx.list_extensions",
        "GET",
        "/v1/pbx/internal/",
        lambda a: a.pbx.list_extensions(user_id=UID),
    ),
    Call(
        "pbx.extension_status",
        "GET",
        "/v1/pbx/internal/100/status/",
        lambda a: a.pbx.extension_status(100, user_id=UID),
    ),
    Call(
        "pbx.extension_info",
        "GET",
        "/v1/pbx/internal/100/info/",
        lambda a: a.pbx.extension_info(100, user_id=UID),
    ),
    Call(
        "pbx.create_extensions",
        "POST",
        "/v1/pbx/internal/create/",
        lambda a: a.pbx.create_extensions(101, 3, return_password=True, user_id=UID),
    ),
    Call(
        "pbx.get_password",
        "GET",
        "/v1/pbx/internal/100/password/",
        lambda a: a.pbx.get_password(100, user_id=UID),
    ),
    Call(
        "pbx.set_password",
        "PUT",
        "/v1/pbx/internal/100/password/",
        lambda a: a.pbx.set_password(100, "N3w-pass~word", user_id=UID),
    ),
    Call(
        "pbx.set_recording",
        "PUT",
        "/v1/pbx/internal/recording/",
        lambda a: a.pbx.set_recording(100, "on_email", email="biuro@example.pl", user_id=UID),
    ),
    Call(
        "pbx.set_supervisor",
        "PUT",
        "/v1/pbx/internal/100/edit/",
        lambda a: a.pbx.set_supervisor(100, True, user_id=UID),
    ),
    Call(
        "pbx.get_redirection",
        "GET",
        "/v1/pbx/redirection/",
        lambda a: a.pbx.get_redirection(100, user_id=UID),
    ),
    Call(
        "pbx.set_redirection",
        "POST",
        "/v1/pbx/redirection/",
        lambda a: a.pbx.set_redirection(
            100, "phone", "48221234567", condition="noanswer", user_id=UID
        ),
    ),
    Call(
        "pbx.disable_redirection",
        "POST",
        "/v1/pbx/redirection/",
        lambda a: a.pbx.disable_redirection(100, user_id=UID),
    ),
    # ivr
    Call("ivr.list_menus", "GET", "/v1/pbx/ivr/", lambda a: a.ivr.list_menus(user_id=UID)),
    Call(
        "ivr.create_menu",
        "POST",
        "/v1/pbx/ivr/create/",
        lambda a: a.ivr.create_menu(buy=True, user_id=UID),
    ),
    Call(
        "ivr.delete_menu",
        "DELETE",
        "/v1/pbx/ivr/delete/",
        lambda a: a.ivr.delete_menu(2, user_id=UID),
    ),
    Call(
        "ivr.list_scenarios",
        "GET",
        "/v1/pbx/ivr/scenario/",
        lambda a: a.ivr.list_scenarios(1, user_id=UID),
    ),
    Call(
        "ivr.create_scenario",
        "POST",
        "/v1/pbx/ivr/scenario/create/",
        lambda a: a.ivr.create_scenario(1, 1, "Dział sprzedaży", 100, user_id=UID),
    ),
    Call(
        "ivr.edit_scenario",
        "PUT",
        "/v1/pbx/ivr/scenario/edit/",
        lambda a: a.ivr.edit_scenario(
            "7",
            title="Sprzedaż",
            queue_strategy="roundrobin",
            numbers=[
                ScenarioTarget(number="100", delay=0, duration=20),
                ScenarioTarget(number="101", delay=5, duration=20),
            ],
            user_id=UID,
        ),
    ),
    Call(
        "ivr.delete_scenario",
        "DELETE",
        "/v1/pbx/ivr/scenario/delete/",
        lambda a: a.ivr.delete_scenario("7", user_id=UID),
    ),
    # sounds
    Call(
        "sounds.list_sounds",
        "GET",
        "/v1/pbx/ivr/sounds/list/",
        lambda a: a.sounds.list_sounds(user_id=UID),
    ),
    Call(
        "sounds.upload",
        "POST",
        "/v1/pbx/ivr/sounds/upload/",
        lambda a: a.sounds.upload(
            "Powitanie główne", "powitanie.mp3", b"ID3\x03\x00" * 8, user_id=UID
        ),
        upload=True,
    ),
    Call(
        "sounds.delete",
        "DELETE",
        "/v1/pbx/ivr/sounds/delete/",
        lambda a: a.sounds.delete(3, user_id=UID),
    ),
    Call(
        "sounds.upload_hold_music",
        "POST",
        "/v1/pbx/waitmelody/upload/",
        lambda a: a.sounds.upload_hold_music("muzyka.mp3", b"ID3\x03\x00" * 8, user_id=UID),
        upload=True,
    ),
    Call(
        "sounds.switch_hold_music",
        "PUT",
        "/v1/pbx/waitmelody/switch/",
        lambda a: a.sounds.switch_hold_music(True, user_id=UID),
    ),
    Call(
        "sounds.delete_hold_music",
        "DELETE",
        "/v1/pbx/waitmelody/delete/",
        lambda a: a.sounds.delete_hold_music(user_id=UID),
    ),
    # webhooks
    Call(
        "webhooks.callinfo", "GET", "/v1/pbx/callinfo/", lambda a: a.webhooks.callinfo(user_id=UID)
    ),
    Call(
        "webhooks.set_callinfo_url",
        "POST",
        "/v1/pbx/callinfo/url/",
        lambda a: a.webhooks.set_callinfo_url(
            "https://crm.example.pl/zadarma?a=1&b=~x", user_id=UID
        ),
    ),
    Call(
        "webhooks.delete_callinfo_url",
        "DELETE",
        "/v1/pbx/callinfo/url/",
        lambda a: a.webhooks.delete_callinfo_url(user_id=UID),
    ),
    Call(
        "webhooks.set_callinfo_notifications",
        "POST",
        "/v1/pbx/callinfo/notifications/",
        lambda a: a.webhooks.set_callinfo_notifications(
            notify_start=True, notify_end=False, user_id=UID
        ),
    ),
    Call(
        "webhooks.pbx_webhooks",
        "GET",
        "/v1/pbx/webhooks/",
        lambda a: a.webhooks.pbx_webhooks(user_id=UID),
    ),
    Call(
        "webhooks.set_webhooks_url",
        "POST",
        "/v1/pbx/webhooks/url/",
        lambda a: a.webhooks.set_webhooks_url("https://crm.example.pl/hooks", user_id=UID),
    ),
    Call(
        "webhooks.delete_webhooks_url",
        "DELETE",
        "/v1/pbx/webhooks/url/",
        lambda a: a.webhooks.delete_webhooks_url(user_id=UID),
    ),
    Call(
        "webhooks.set_hooks",
        "POST",
        "/v1/pbx/webhooks/hooks/",
        lambda a: a.webhooks.set_hooks(sms=True, call_tracking=False, user_id=UID),
    ),
    # webrtc
    Call(
        "webrtc.create",
        "POST",
        "/v1/webrtc/create/",
        lambda a: a.webrtc.create("sklep.example.pl", user_id=UID),
    ),
    Call("webrtc.get", "GET", "/v1/webrtc/", lambda a: a.webrtc.get(user_id=UID)),
    Call(
        "webrtc.update",
        "PUT",
        "/v1/webrtc/",
        lambda a: a.webrtc.update(shape="rounded", position="bottom_right", user_id=UID),
    ),
    Call(
        "webrtc.add_domain",
        "POST",
        "/v1/webrtc/domain/",
        lambda a: a.webrtc.add_domain("www.example.pl", user_id=UID),
    ),
    Call(
        "webrtc.delete_domain",
        "DELETE",
        "/v1/webrtc/domain/",
        lambda a: a.webrtc.delete_domain("www.example.pl", user_id=UID),
    ),
    Call(
        "webrtc.get_key",
        "GET",
        "/v1/webrtc/get_key/",
        lambda a: a.webrtc.get_key("100", user_id=UID),
    ),
    Call("webrtc.delete", "DELETE", "/v1/webrtc/", lambda a: a.webrtc.delete(user_id=UID)),
    # sip
    Call("sip.list_sips", "GET", "/v1/sip/", lambda a: a.sip.list_sips(user_id=UID)),
    Call("sip.status", "GET", "/v1/sip/10010/status/", lambda a: a.sip.status("10010")),
    Call(
        "sip.set_caller_id",
        "PUT",
        "/v1/sip/callerid/",
        lambda a: a.sip.set_caller_id("10010", "48221234567", user_id=UID),
    ),
    Call(
        "sip.redirection",
        "GET",
        "/v1/sip/redirection/",
        lambda a: a.sip.redirection("10010", user_id=UID),
    ),
    Call(
        "sip.set_redirection_status",
        "PUT",
        "/v1/sip/redirection/",
        lambda a: a.sip.set_redirection_status("10010", False, user_id=UID),
    ),
    Call(
        "sip.set_redirection_to_phone",
        "PUT",
        "/v1/sip/redirection/",
        lambda a: a.sip.set_redirection_to_phone("10010", "48221234567", condition="unavailable"),
    ),
    Call(
        "sip.create",
        "POST",
        "/v1/sip/create/",
        lambda a: a.sip.create("Recepcja", "Str0ng-pass", "48221234567", user_id=UID),
    ),
    Call(
        "sip.set_password",
        "PUT",
        "/v1/sip/10010/password/",
        lambda a: a.sip.set_password("10010", "An0ther-pass", user_id=UID),
    ),
    # statistics
    Call(
        "statistics.overall",
        "GET",
        "/v1/statistics/",
        lambda a: a.statistics.overall(
            "2026-11-01 00:00:00", "2026-11-23 23:59:59", skip=0, limit=100, user_id=UID
        ),
    ),
    Call(
        "statistics.pbx",
        "GET",
        "/v1/statistics/pbx/",
        lambda a: a.statistics.pbx(
            "2026-11-01 00:00:00", "2026-11-23 23:59:59", call_type="in", user_id=UID
        ),
    ),
]


# ---------------------------------------------------------------- answers from the spec


def example(schema: Mapping[str, Any], *, minimal: bool = False) -> Any:
    """An instance of ``schema`` built from its examples: with every optional field, or with
    only the required ones (``minimal``), so both ends of what the spec allows are tried."""
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return example(schema[key][0], minimal=minimal)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required", []))
        return {
            name: example(sub, minimal=minimal)
            for name, sub in schema.get("properties", {}).items()
            if not minimal or name in required
        }
    if kind == "array":
        return [example(schema.get("items", {}), minimal=minimal)]
    if schema.get("example") is not None:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    return {"string": "text", "integer": 1, "number": 1.5, "boolean": True}.get(str(kind), "x")


def loosen(value: Any) -> Any:
    """The same answer as the real server sometimes sends it: digits as numbers and
    numbers as text, booleans as ``"true"``/``"false"``."""
    if isinstance(value, dict):
        return {k: loosen(v) for k, v in value.items()}
    if isinstance(value, list):
        return [loosen(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str) and value.isdigit() and not value.startswith("0"):
        return int(value)
    return value


def spec_answer(method: str, path: str, *, minimal: bool = False) -> dict[str, Any]:
    op = spec.operation_for(method, path)
    assert op is not None, f"{method} {path} is not in the spec"
    content = op.raw["responses"]["200"].get("content", {})
    schema = next(iter(content.values()))["schema"] if content else {}
    answer = example(schema, minimal=minimal) if schema else {}
    answer["status"] = "success"
    return cast(dict[str, Any], answer)


@dataclass
class Sent:
    method: str
    path: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes, str]]
    priority: Priority


class SpecAnswers:
    """Answers every request with the spec's example for that operation, and records it."""

    def __init__(self, shape: Callable[[Any], Any] = lambda v: v, *, minimal: bool = False) -> None:
        self.sent: list[Sent] = []
        self.shape = shape
        self.minimal = minimal

    async def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> dict[str, Any]:
        self.sent.append(Sent(method, path, dict(params or {}), dict(files or {}), priority))
        answer: dict[str, Any] = self.shape(spec_answer(method, path, minimal=self.minimal))
        return answer

    async def aclose(self) -> None:
        return None


def request_problems(
    method: str, path: str, pairs: list[tuple[str, str]], file_fields: set[str]
) -> list[str]:
    return spec.validate_request(method, path, pairs, file_fields=file_fields)


def api_over(requester: SpecAnswers) -> Zadarma:
    return Zadarma.from_transport(cast(Transport, requester))


@pytest.mark.asyncio
@pytest.mark.parametrize("call", CALLS, ids=str)
async def test_request_fits_spec_and_example_answer_decodes(call: Call) -> None:
    fake = SpecAnswers()
    await call.run(api_over(fake))
    [sent] = fake.sent
    assert (sent.method, sent.path) == (call.method, call.path)
    assert sent.path.endswith("/") and sent.path.startswith("/v1/")
    pairs = list(flatten(sent.params))
    assert request_problems(sent.method, sent.path, pairs, set(sent.files)) == []
    assert bool(sent.files) == call.upload


@pytest.mark.asyncio
@pytest.mark.parametrize("call", CALLS, ids=str)
async def test_loosely_typed_answer_decodes(call: Call) -> None:
    await call.run(api_over(SpecAnswers(loosen)))


@pytest.mark.asyncio
@pytest.mark.parametrize("call", CALLS, ids=str)
async def test_answer_with_only_required_fields_decodes(call: Call) -> None:
    await call.run(api_over(SpecAnswers(minimal=True)))


def test_every_resource_method_is_covered() -> None:
    import inspect

    api = api_over(SpecAnswers())
    names = {
        f"{area}.{name}"
        for area in (
            "reseller",
            "info",
            "numbers",
            "documents",
            "pbx",
            "ivr",
            "sounds",
            "webhooks",
            "webrtc",
            "sip",
            "statistics",
        )
        for name, member in inspect.getmembers(getattr(api, area))
        if inspect.iscoroutinefunction(member) and not name.startswith("_")
    }
    assert names - {c.name for c in CALLS} == set()
