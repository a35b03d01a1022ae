"""The spec checker: if it missed what is wrong, tests that lean on it would prove nothing."""

from __future__ import annotations

from urllib.parse import parse_qsl

from zaddesk.api.signing import build_query
from zaddesk.api.spec import operation_for, parse_php_query, validate_request, validate_response


def test_trailing_slash_and_templates_resolve() -> None:
    op = operation_for("GET", "/v1/direct_numbers/available/13755/")
    assert op is not None
    assert op.template == "/v1/direct_numbers/available/{direction_id}"
    assert op.path_params("/v1/direct_numbers/available/13755/") == {"direction_id": "13755"}
    callerid = operation_for("PUT", "/v1/sip/callerid/")
    assert callerid is not None and callerid.template == "/v1/sip/callerid"
    assert operation_for("GET", "/v1/nothing/here/") is None


def test_nested_form_round_trip() -> None:
    params = {"id": "s1", "numbers": [{"number": "100", "delay": 0}, {"number": "101", "delay": 5}]}
    pairs = parse_qsl(build_query(params), keep_blank_values=True)
    assert parse_php_query(pairs) == {
        "id": "s1",
        "numbers": [{"number": "100", "delay": "0"}, {"number": "101", "delay": "5"}],
    }
    assert validate_request("PUT", "/v1/pbx/ivr/scenario/edit/", pairs) == []


def test_request_problems_are_reported() -> None:
    good = [("user_id", "1"), ("amount", "10.5"), ("currency", "USD")]
    assert validate_request("POST", "/v1/reseller/users/topup/", good) == []
    bad = validate_request("POST", "/v1/reseller/users/topup/", [("amount", "x"), ("bogus", "1")])
    assert any("bogus" in p for p in bad)
    assert any("currency" in p for p in bad)
    assert any("amount" in p for p in bad)


def test_file_fields_count_as_present() -> None:
    path = "/v1/pbx/ivr/sounds/upload/"
    assert validate_request("POST", path, [("name", "a.mp3")], file_fields={"file"}) == []
    assert validate_request("POST", path, [("name", "a.mp3")]) != []


def test_response_shapes() -> None:
    ok = {
        "status": "success",
        "user_topup": {"amount": 10, "currency": "USD"},
        "reseller_withdraw": {"amount": 10, "currency": "USD"},
    }
    assert validate_response("POST", "/v1/reseller/users/topup/", 200, ok) == []
    assert validate_response("POST", "/v1/reseller/users/topup/", 200, {"status": "success"})
    assert validate_response("POST", "/v1/reseller/users/topup/", 400, {"status": "error"})
    error = {"status": "error", "message": "Not enough money"}
    assert validate_response("POST", "/v1/reseller/users/topup/", 400, error) == []
    assert validate_response("POST", "/v1/reseller/users/topup/", 418, error)


def test_one_of_bodies_accept_any_variant() -> None:
    path = "/v1/pbx/redirection/"
    on = [("pbx_number", "100"), ("status", "on"), ("type", "phone"),
          ("destination", "442037691880"), ("condition", "always")]
    assert validate_request("POST", path, on) == []
    assert validate_request("POST", path, [("pbx_number", "100"), ("status", "off")]) == []
    assert validate_request("POST", path, [("pbx_number", "100"), ("status", "maybe")]) != []


def test_answer_fitting_several_one_of_shapes_is_valid() -> None:
    body = {"status": "success", "start": "2026-11-01 00:00:00", "end": "2026-11-02 00:00:00",
            "stats": []}
    problems = validate_response("GET", "/v1/statistics/", 200, body)
    assert not any("valid under each of" in p for p in problems)
