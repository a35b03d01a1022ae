"""PBX input checks: each bad input refused with its own reason, before any request."""

from __future__ import annotations

import pytest
import zxingcpp

from zaddesk.core.pbx import (
    SipSettings,
    check_domain,
    check_email_list,
    check_extension_batch,
    check_extension_number,
    check_sip_password,
    check_url,
    generate_password,
    qr_matrix,
    status_round_fits,
    webrtc_snippet,
)
from zaddesk.core.validation import Issue


def code(result: object) -> str:
    assert isinstance(result, Issue), result
    return result.code


def test_generated_passwords_are_strong_and_distinct() -> None:
    seen = {generate_password() for _ in range(200)}
    assert len(seen) == 200
    assert all(check_sip_password(p) is None and len(p) == 16 for p in seen)
    with pytest.raises(ValueError):
        generate_password(6)


@pytest.mark.parametrize(("value", "reason"), [
    ("", "pbx.password.required"),
    ("Ab1 cdefgh", "pbx.password.space"),
    ("Zażółć12Xy", "pbx.password.charset"),
    ("Ab1xY", "pbx.password.short"),
    ("A" * 20 + "b1" + "c" * 20, "pbx.password.long"),
    ("Password1", "pbx.password.common"),
    ("Xq15001-100z", "pbx.password.login"),
    ("XkpQmzWtR", "pbx.password.no_digit"),
    ("XK7PQ2MZ", "pbx.password.no_lower"),
    ("xk7pq2mz", "pbx.password.no_upper"),
    ("Xk1234pQ", "pbx.password.pattern"),
    ("Xk7aaaaQ", "pbx.password.pattern"),
    ("Ab1Ab1Ab1Ab1", "pbx.password.repetitive"),
])
def test_weak_passwords_have_their_reason(value: str, reason: str) -> None:
    issue = check_sip_password(value, login="15001-100")
    assert code(issue) == reason
    assert issue is not None and issue.field == "password"
    assert issue.message()


def test_extension_numbers() -> None:
    assert check_extension_number("101", [100]) == 101
    assert code(check_extension_number("", [])) == "pbx.extension.required"
    assert code(check_extension_number("1a1", [])) == "pbx.extension.not_number"
    assert code(check_extension_number("99", [])) == "pbx.extension.range"
    assert code(check_extension_number("1000", [])) == "pbx.extension.range"
    assert code(check_extension_number("0100", [])) == "pbx.extension.range"
    taken = check_extension_number("100", [100])
    assert code(taken) == "pbx.extension.taken"
    assert isinstance(taken, Issue) and taken.params == {"number": "100"}


def test_extension_batches() -> None:
    assert check_extension_batch("101", "3", [100]) == [101, 102, 103]
    clash = check_extension_batch("100", "3", [100, 104])
    assert isinstance(clash, dict)
    assert clash["start_number"].code == "pbx.extension.taken_in_range"
    assert clash["start_number"].params == {"number": "100", "free": "101"}
    past = check_extension_batch("998", "3", [])
    assert isinstance(past, dict) and past["quantity"].code == "pbx.quantity.past_max"
    both = check_extension_batch("9", "0", [])
    assert isinstance(both, dict) and set(both) == {"start_number", "quantity"}


def test_email_lists() -> None:
    assert check_email_list("a@firma.pl, b@firma.pl;c@firma.pl") == [
        "a@firma.pl", "b@firma.pl", "c@firma.pl"]
    assert code(check_email_list("  ")) == "pbx.email.required"
    many = check_email_list("a@f.pl b@f.pl c@f.pl d@f.pl")
    assert code(many) == "pbx.email.too_many"
    assert isinstance(many, Issue) and many.params["count"] == "4"
    bad = check_email_list("a@f.pl, jan(at)f.pl")
    assert code(bad) == "pbx.email.invalid"
    assert isinstance(bad, Issue) and bad.params == {"value": "jan(at)f.pl"}
    assert code(check_email_list("a@f.pl, A@f.pl")) == "pbx.email.duplicate"


@pytest.mark.parametrize(("value", "reason"), [
    ("", "pbx.url.required"),
    ("crm.firma.pl/zadarma", "pbx.url.no_scheme"),
    ("ftp://crm.firma.pl/", "pbx.url.scheme"),
    ("https:///path", "pbx.url.no_host"),
    ("https://crm firma.pl/", "pbx.url.space"),
    ("https://crm_firma!.pl/", "pbx.url.bad_host"),
    ("https://crm.firma.pl:99999/", "pbx.url.port"),
    ("https://crm.firma.pl/#x", "pbx.url.fragment"),
])
def test_bad_urls(value: str, reason: str) -> None:
    assert code(check_url(value)) == reason


def test_good_urls() -> None:
    for url in ("https://crm.firma.pl/zadarma?token=1", "http://127.0.0.1:8080/in"):
        assert check_url(url) == url


@pytest.mark.parametrize(("value", "reason"), [
    ("", "pbx.domain.required"),
    ("https://sklep.pl", "pbx.domain.scheme"),
    ("sklep.pl/kontakt", "pbx.domain.path"),
    ("sklep.pl:8443", "pbx.domain.port"),
    ("sklep", "pbx.domain.invalid"),
    ("skl ep.pl", "pbx.domain.invalid"),
])
def test_bad_domains(value: str, reason: str) -> None:
    assert code(check_domain(value)) == reason


def test_domains_are_normalised() -> None:
    assert check_domain(" Sklep.Example.PL. ") == "sklep.example.pl"


def _decode(matrix: list[list[bool]]) -> str:
    n, scale, border = len(matrix), 4, 4
    width = (n + 2 * border) * scale
    pixels = bytearray([255]) * (width * width)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(scale):
                    start = ((y + border) * scale + dy) * width + (x + border) * scale
                    pixels[start:start + scale] = bytes(scale)
    found = zxingcpp.read_barcodes(memoryview(bytes(pixels)).cast("B", (width, width)),
                                   formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    assert len(found) == 1 and found[0].format == zxingcpp.BarcodeFormat.QRCode
    return str(found[0].text)


def test_sip_settings_text_and_qr_payloads_decode_back() -> None:
    sip = SipSettings(pbx_id=15001, number=101, name="Recepcja", password="Xk7pQ2mzW9")
    assert sip.login == "15001-101"
    text = sip.text()
    assert "pbx.zadarma.com" in text and "15001-101" in text and "Xk7pQ2mzW9" in text
    assert "Xk7pQ2mzW9" not in sip.text(with_password=False)
    assert "Xk7pQ2mzW9" not in repr(sip)
    assert sip.payload("sip_uri") == "sip:15001-101:Xk7pQ2mzW9@pbx.zadarma.com:5060"
    for kind in ("text", "sip_uri"):
        assert _decode(qr_matrix(sip.payload(kind))) == sip.payload(kind)
    # Short payloads would be Micro QR with segno.make: never here.
    assert len(qr_matrix("100")) >= 21


def test_webrtc_snippet_carries_key_and_login() -> None:
    html = webrtc_snippet("ab12cd", "15001-100", shape="square", position="top_left")
    assert "zadarmaWidgetFn('ab12cd', '15001-100', 'square', 'en', true" in html
    assert "left:'10px',top:'5px'" in html
    with pytest.raises(ValueError):
        webrtc_snippet("x'); alert(1); //", "15001-100")


def test_status_rounds_leave_half_the_budget_to_the_rep() -> None:
    assert status_round_fits(100, 100, 3)
    assert status_round_fits(50, 100, 3)
    assert not status_round_fits(49, 100, 3)
    assert not status_round_fits(60, 100, 70)  # a round bigger than what is left
    # Two consoles on the key: the limiter gives us a quarter of the limit at most (half of
    # our half at a time), so more than half of that quarter lets a round go.
    assert status_round_fits(12, 100, 3, sharers=2)
    assert not status_round_fits(11, 100, 3, sharers=2)
    assert status_round_fits(8, 100, 3, sharers=3)  # 100 // 6 = 16, half of it 8
    assert not status_round_fits(7, 100, 3, sharers=3)
    assert not status_round_fits(2, 100, 3, sharers=16)  # never fewer than the round needs
