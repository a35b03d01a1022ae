"""Resource behaviour beyond one request: paging, priorities, lax decoding, hidden secrets."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, cast

import msgspec
import pytest

from zaddesk.api.client import Zadarma
from zaddesk.api.resources._base import decode
from zaddesk.api.resources.documents import DocumentGroupForm
from zaddesk.api.resources.pbx import ExtensionPassword
from zaddesk.api.resources.reseller import ApiKeys, SubUser
from zaddesk.api.signing import build_query
from zaddesk.api.transport import Priority, Transport


class Scripted:
    """Answers with queued bodies and records what it was asked."""

    def __init__(self, *answers: dict[str, Any]) -> None:
        self.answers = list(answers)
        self.calls: list[tuple[str, str, dict[str, Any], Priority]] = []

    async def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> dict[str, Any]:
        self.calls.append((method, path, dict(params or {}), priority))
        return self.answers.pop(0)

    async def aclose(self) -> None:
        return None


def api_over(requester: Scripted) -> Zadarma:
    return Zadarma.from_transport(cast(Transport, requester))


def page(number: int, total_pages: int, ids: list[int]) -> dict[str, Any]:
    return {
        "status": "success",
        "total": 120,
        "total_pages": total_pages,
        "page": number,
        "users": [{"id": str(i), "email": f"u{i}@example.pl", "is_active": "true"} for i in ids],
    }


@pytest.mark.asyncio
async def test_iter_users_walks_every_page_at_the_priority_asked() -> None:
    fake = Scripted(page(1, 3, [1, 2]), page(2, 3, [3]), page(3, 3, [4]))
    pages = [p async for p in api_over(fake).reseller.iter_users(priority=Priority.BACKGROUND)]
    assert [u.id for p in pages for u in p.users] == [1, 2, 3, 4]
    assert [c[2] for c in fake.calls] == [{"page": 1}, {"page": 2}, {"page": 3}]
    assert {c[3] for c in fake.calls} == {Priority.BACKGROUND}


@pytest.mark.asyncio
async def test_iter_users_stops_on_an_empty_page() -> None:
    fake = Scripted(page(1, 9, [1]), page(2, 9, []))
    pages = [p async for p in api_over(fake).reseller.iter_users()]
    assert len(pages) == 2


@pytest.mark.asyncio
async def test_list_users_is_interactive_unless_asked() -> None:
    fake = Scripted(page(1, 1, []), page(1, 1, []))
    api = api_over(fake)
    await api.reseller.list_users()
    await api.reseller.list_users(1, priority=Priority.BACKGROUND)
    assert [c[3] for c in fake.calls] == [Priority.INTERACTIVE, Priority.BACKGROUND]


@pytest.mark.asyncio
async def test_user_id_is_sent_only_when_given() -> None:
    fake = Scripted(
        {"status": "success", "balance": 1, "currency": "PLN"},
        dict(status="success", balance="2.5", currency="PLN"),
    )
    api = api_over(fake)
    await api.info.balance()
    balance = await api.info.balance(user_id=77)
    assert fake.calls[0][2] == {} and fake.calls[1][2] == {"user_id": 77}
    assert balance.balance == Decimal("2.5")


@pytest.mark.asyncio
async def test_optional_parameters_left_out_are_not_sent() -> None:
    fake = Scripted({"status": "success", "numbers": []})
    await api_over(fake).numbers.available("3766")
    assert fake.calls[0][2] == {}


@pytest.mark.asyncio
async def test_money_is_sent_exactly() -> None:
    fake = Scripted(
        {
            "status": "success",
            "user_topup": {"amount": 0.1, "currency": "PLN"},
            "reseller_withdraw": {"amount": "0.10", "currency": "PLN"},
        }
    )
    result = await api_over(fake).reseller.topup(Decimal("0.10"), "PLN", user_id=5)
    assert build_query(fake.calls[0][2]) == "amount=0.1&currency=PLN&user_id=5"
    assert result.user_topup.amount == Decimal("0.1")
    assert result.reseller_withdraw.amount == Decimal("0.10")


@pytest.mark.asyncio
async def test_find_user_needs_a_criterion() -> None:
    with pytest.raises(ValueError):
        await api_over(Scripted()).reseller.find_user()


@pytest.mark.asyncio
async def test_path_parameters_cannot_escape_their_segment() -> None:
    fake = Scripted({"status": "success", "numbers": []})
    await api_over(fake).numbers.available("../../reseller/users/topup?x=1")
    assert fake.calls[0][1] == (
        "/v1/direct_numbers/available/..%2F..%2Freseller%2Fusers%2Ftopup%3Fx%3D1/"
    )


def test_lax_decoding_of_ids_booleans_and_numbers_as_text() -> None:
    user = decode(
        {
            "id": 1234,
            "email": "a@b.pl",
            "is_active": "false",
            "phone": 48221234567,
            "balance": "0.4000",
            "sips_count": "2",
            "allow_topup": True,
            "unknown_field": {"x": 1},
        },
        SubUser,
    )
    assert user.id == 1234 and user.is_active is False and user.phone == "48221234567"
    assert user.balance == Decimal("0.4000") and user.sips_count == 2


def test_wrong_shapes_still_fail_loudly() -> None:
    with pytest.raises(msgspec.ValidationError):
        decode({"id": "abc", "email": "a@b.pl", "is_active": True}, SubUser)


def test_secrets_stay_out_of_repr() -> None:
    keys = ApiKeys(user_id=5, key="k" * 20, secret="s" * 32)
    for text in (repr(keys), str(keys), f"{keys}", repr([keys])):
        assert "k" * 20 not in text and "s" * 32 not in text
    password = ExtensionPassword(sip="100", password="Tajne-Hasło-123")
    assert "Tajne" not in repr(password) and "Tajne" not in str(password)
    assert keys.secret == "s" * 32


def test_document_form_omits_unset_fields() -> None:
    form = DocumentGroupForm(
        email="a@b.pl",
        salutation="MS",
        first_name="Ewa",
        last_name="Łęcka",
        country="PL",
        city="Kraków",
        address="Rynek 1",
        zip_code="31-001",
        street="Rynek",
        building_number="1",
        phone="48123456789",
    )
    sent = msgspec.to_builtins(form)
    assert "middle_name" not in sent and sent["last_name"] == "Łęcka"


@pytest.mark.asyncio
async def test_client_is_an_async_context_manager_that_closes_its_transport() -> None:
    async with Zadarma("http://127.0.0.1:9", "key-for-test-1", "secret-for-test-1") as api:
        assert api.transport.closed is False
        assert "secret-for-test-1" not in repr(api) and "key-for-test-1" not in repr(api)
    assert api.transport.closed is True
