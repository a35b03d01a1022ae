"""The emulator checks signatures the way Zadarma's PHP server does, with its own implementation."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import urlencode

import httpx
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import signed
from zaddesk.emulator import auth
from zaddesk.emulator.server import EmulatorServer

STAR = 210001


def test_php_build_query_semantics() -> None:
    params = auth.php_parse(auth.parse_pairs("b=x+y&a=%7E%2A&c%5B0%5D%5Bn%5D=1&c%5B0%5D%5Bd%5D=2"))
    assert params == {"b": "x y", "a": "~*", "c": {"0": {"n": "1", "d": "2"}}}
    # Top level byte-sorted, nested order kept, brackets and ~ percent-encoded, space as +.
    assert auth.php_build_query(params) == "a=%7E%2A&b=x+y&c%5B0%5D%5Bn%5D=1&c%5B0%5D%5Bd%5D=2"
    assert auth.php_build_query({"Z": "1", "a": "2", "_": "3"}) == "Z=1&_=3&a=2"
    assert auth.php_parse([("x[]", "1"), ("x[]", "2")]) == {"x": {"0": "1", "1": "2"}}
    assert auth.php_build_query({"name": "Łódź ą"}) == "name=%C5%81%C3%B3d%C5%BA+%C4%85"
    # PHP's own name mangling: dots and spaces become "_", an unmatched "[" too.
    assert auth.php_parse([("a.b", "1"), ("c d", "2"), ("e[f", "3"), ("", "4")]) == {
        "a_b": "1", "c_d": "2", "e_f": "3"}


def test_known_signature_vector() -> None:
    query = "a=1&b=2"
    md5 = hashlib.md5(query.encode()).hexdigest()
    mac = hmac.new(b"secret", f"/v1/x/{query}{md5}".encode(), hashlib.sha1).hexdigest()
    assert auth.expected_signature("/v1/x/", query, "secret") == base64.b64encode(
        mac.encode()
    ).decode()


def test_signed_request_is_accepted_and_unsigned_refused(emulator: EmulatorServer) -> None:
    assert signed(emulator, "GET", "/v1/info/balance/").status_code == 200
    bare = httpx.get(emulator.base_url + "/v1/info/balance/")
    assert bare.status_code == 401
    assert bare.json()["status"] == "error" and "Authorization" in bare.json()["message"]
    wrong = signed(emulator, "GET", "/v1/info/balance/", secret="not-the-secret")
    assert wrong.status_code == 401 and wrong.json()["status"] == "error"
    unknown = signed(emulator, "GET", "/v1/info/balance/", key="nobody")
    assert unknown.status_code == 401


def test_tampered_body_and_other_path_fail(emulator: EmulatorServer) -> None:
    path = "/v1/reseller/users/find/"
    _query, authorization = signed_parts(emulator, path, {"id": "210001"})
    tampered = httpx.get(
        f"{emulator.base_url}{path}?id=210002", headers={"Authorization": authorization}
    )
    assert tampered.status_code == 401
    _q, for_other_path = signed_parts(emulator, "/v1/reseller/users/find", {"id": "210001"})
    moved = httpx.get(
        f"{emulator.base_url}{path}?id=210001", headers={"Authorization": for_other_path}
    )
    assert moved.status_code == 401


def signed_parts(server: EmulatorServer, path: str, params: dict[str, str]) -> tuple[str, str]:
    from zaddesk.api.signing import sign

    return sign(path, params, server.key, server.secret)


def test_tilde_is_signed_php_style(emulator: EmulatorServer) -> None:
    """A client that signs Python's urlencode output (``~`` bare) is refused; PHP style passes."""
    path = "/v1/reseller/users/find/"
    params = {"email": "ola~kot@example.pl"}
    php_style = signed(emulator, "GET", path, params)
    assert php_style.status_code == 400  # signature fine, the client just does not exist
    assert php_style.json()["message"] == "User not found"
    query = urlencode(params)
    md5 = hashlib.md5(query.encode()).hexdigest()
    mac = hmac.new(emulator.secret.encode(), f"{path}{query}{md5}".encode(), hashlib.sha1)
    header = f"{emulator.key}:{base64.b64encode(mac.hexdigest().encode()).decode()}"
    python_style = httpx.get(f"{emulator.base_url}{path}?{query}",
                             headers={"Authorization": header})
    assert python_style.status_code == 401


def test_nested_form_values_are_signed(emulator: EmulatorServer) -> None:
    menu = signed(emulator, "GET", "/v1/pbx/ivr/", {"user_id": STAR}).json()["ivrs"][0]["menu_id"]
    made = signed(emulator, "POST", "/v1/pbx/ivr/scenario/create/", {
        "user_id": STAR, "menu_id": menu, "push_button": "3", "title": "Serwis",
        "extension": "100"}).json()
    edit = signed(emulator, "PUT", "/v1/pbx/ivr/scenario/edit/", {
        "user_id": STAR, "id": str(made["scenario_id"]),
        "numbers": [{"number": "101", "delay": 0}, {"number": "102", "delay": 15}]})
    assert edit.status_code == 200, edit.text


def test_format_json_is_accepted(emulator: EmulatorServer) -> None:
    response = signed(emulator, "GET", "/v1/info/balance/", {"format": "json"})
    assert response.status_code == 200


def test_clients_own_key(emulator: EmulatorServer) -> None:
    keys = signed(emulator, "GET", "/v1/reseller/users/api_key/", {"user_id": STAR}).json()
    own = signed(emulator, "GET", "/v1/info/balance/", key=keys["key"], secret=keys["secret"])
    assert own.status_code == 200 and own.json()["currency"] == "PLN"
    numbers = signed(emulator, "GET", "/v1/direct_numbers/", key=keys["key"],
                     secret=keys["secret"]).json()["info"]
    assert len(numbers) == 2
    other = signed(emulator, "GET", "/v1/info/balance/", {"user_id": 210002},
                   key=keys["key"], secret=keys["secret"])
    assert other.status_code == 401
    dealer_only = signed(emulator, "GET", "/v1/reseller/users/list/", key=keys["key"],
                         secret=keys["secret"])
    assert dealer_only.status_code == 401
    assert "dealers only" in dealer_only.json()["message"]
    seen = signed(emulator, "GET", "/v1/reseller/users/api_key/", {"user_id": STAR}).json()
    assert "last_request_datetime" in seen


def test_regenerating_keys_breaks_the_old_pair(emulator: EmulatorServer) -> None:
    old = signed(emulator, "GET", "/v1/reseller/users/api_key/", {"user_id": STAR}).json()
    new = signed(emulator, "POST", "/v1/reseller/users/api_key/", {"user_id": STAR}).json()
    assert (new["key"], new["secret"]) != (old["key"], old["secret"])
    refused = signed(emulator, "GET", "/v1/info/balance/", key=old["key"], secret=old["secret"])
    assert refused.status_code == 401
    accepted = signed(emulator, "GET", "/v1/info/balance/", key=new["key"], secret=new["secret"])
    assert accepted.status_code == 200
    again = signed(emulator, "GET", "/v1/reseller/users/api_key/", {"user_id": STAR}).json()
    assert again["key"] == new["key"]


def test_dealer_cannot_act_on_strangers_or_unconfirmed(emulator: EmulatorServer) -> None:
    stranger = signed(emulator, "GET", "/v1/info/balance/", {"user_id": 999999})
    assert stranger.status_code == 400 and "not found" in stranger.json()["message"]
    waiting = signed(emulator, "GET", "/v1/info/balance/", {"user_id": 210004})
    assert waiting.status_code == 400 and "confirmed" in waiting.json()["message"]


_keys = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=1, max_size=8)
_values = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=12)
_nested = st.recursive(
    _values,
    lambda inner: st.lists(inner, min_size=1, max_size=3)
    | st.dictionaries(_keys, inner, min_size=1, max_size=3),
    max_leaves=6,
)


@given(st.dictionaries(_keys, _nested, max_size=5))
def test_server_rebuilds_exactly_what_the_client_signed(params: dict[str, object]) -> None:
    """Two independent implementations agree: the client's string survives a PHP round trip."""
    from zaddesk.api.signing import build_query

    sent = build_query(params)
    assert auth.php_build_query(auth.php_parse(auth.parse_pairs(sent))) == sent
