"""Cloud PBX through the emulator: extensions, menus, scenarios, sounds, hooks, WebRTC."""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx
import pytest

from tests.conftest import signed
from tests.emulator.test_emulator_spec import mp3_bytes, wav_bytes
from tests.hookserver import hook_server
from zaddesk.api.signing import sign
from zaddesk.emulator.server import EmulatorServer

STAR = 210001  # PBX with extensions 100-102
PLAIN = 210002  # no PBX yet


def ok(server: EmulatorServer, method: str, path: str, params: Any = None,
       files: Any = None) -> dict[str, Any]:
    response = signed(server, method, path, params, files=files)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def refused(server: EmulatorServer, method: str, path: str, params: Any = None,
            files: Any = None) -> str:
    response = signed(server, method, path, params, files=files)
    assert response.status_code == 400, response.text
    return str(response.json()["message"])


def test_new_pbx_has_extension_100_and_a_no_key_scenario(emulator: EmulatorServer) -> None:
    user = {"user_id": PLAIN}
    assert "no PBX" in refused(emulator, "GET", "/v1/pbx/internal/", user)
    ok(emulator, "POST", "/v1/pbx/create/", {**user, "password": "Warsztat2025"})
    assert "already has a PBX" in refused(emulator, "POST", "/v1/pbx/create/",
                                          {**user, "password": "Warsztat2025"})
    assert ok(emulator, "GET", "/v1/pbx/internal/", user)["numbers"] == [100]
    password = ok(emulator, "GET", "/v1/pbx/internal/100/password/", user)
    assert password == {"status": "success", "sip": "100", "password": "Warsztat2025"}
    [menu] = ok(emulator, "GET", "/v1/pbx/ivr/", user)["ivrs"]
    [scenario] = ok(emulator, "GET", "/v1/pbx/ivr/scenario/",
                    {**user, "menu_id": menu["menu_id"]})["scenarios"]
    assert scenario["push_button"] == -1 and scenario["first_sips"] == ["100"]
    assert "buy=true" in refused(emulator, "POST", "/v1/pbx/ivr/create/", {**user, "buy": "false"})
    assert "cannot be deleted" in refused(emulator, "DELETE", "/v1/pbx/ivr/delete/",
                                          {**user, "menu_id": menu["menu_id"]})


def test_extensions_and_recording(emulator: EmulatorServer) -> None:
    user = {"user_id": STAR}
    made = ok(emulator, "POST", "/v1/pbx/internal/create/",
              {**user, "start_number": "103", "quantity": 3})
    assert made["numbers"] == [103, 104, 105]
    assert "already exists" in refused(emulator, "POST", "/v1/pbx/internal/create/",
                                       {**user, "start_number": "105", "quantity": 1})
    rec = ok(emulator, "PUT", "/v1/pbx/internal/recording/",
             {**user, "id": "103", "status": "on", "speech_recognition": "all"})
    assert (rec["internal_number"], rec["recording"], rec["speech_recognition"]) == (103, "on",
                                                                                   "all")
    info = ok(emulator, "GET", "/v1/pbx/internal/103/info/", user)
    assert info["record_store"] != "false"
    assert "not found" in refused(emulator, "GET", "/v1/pbx/internal/999/info/", user)
    assert "letters and digits" in refused(emulator, "PUT", "/v1/pbx/internal/103/password/",
                                           {**user, "value": "12345678"})


def test_scenarios_with_tiers_by_form_and_by_json(emulator: EmulatorServer) -> None:
    user = {"user_id": STAR}
    menu = ok(emulator, "GET", "/v1/pbx/ivr/", user)["ivrs"][0]["menu_id"]
    made = ok(emulator, "POST", "/v1/pbx/ivr/scenario/create/", {
        **user, "menu_id": menu, "push_button": "1", "title": "Zamówienia",
        "extension": "101 102"})
    sid = str(made["scenario_id"])
    assert "already has a scenario" in refused(emulator, "POST", "/v1/pbx/ivr/scenario/create/", {
        **user, "menu_id": menu, "push_button": "1", "title": "x", "extension": "100"})
    assert "does not exist" in refused(emulator, "POST", "/v1/pbx/ivr/scenario/create/", {
        **user, "menu_id": menu, "push_button": "4", "title": "x", "extension": "555"})
    assert "push_button" in refused(emulator, "POST", "/v1/pbx/ivr/scenario/create/", {
        **user, "menu_id": menu, "push_button": "31", "title": "x", "extension": "100"})
    ok(emulator, "PUT", "/v1/pbx/ivr/scenario/edit/", {
        **user, "id": sid, "numbers": [{"number": "100", "delay": 0},
                                       {"number": "101", "delay": 10},
                                       {"number": "102", "delay": 20}]})
    listed = {s["id"]: s for s in ok(emulator, "GET", "/v1/pbx/ivr/scenario/",
                                     {**user, "menu_id": menu})["scenarios"]}
    tiers = listed[sid]
    assert (tiers["first_sips"], tiers["second_sips"], tiers["third_sips"]) == (
        ["100"], ["101"], ["102"])
    assert (tiers["second_sips_delay"], tiers["third_sips_delay"]) == (10, 20)
    # The spec describes this body as JSON; the emulator signs the same flattened values.
    path = "/v1/pbx/ivr/scenario/edit/"
    body = {"id": sid, "title": "Hurt", "user_id": STAR,
            "numbers": [{"number": "102", "delay": 0}]}
    _query, authorization = sign(path, body, emulator.key, emulator.secret)
    response = httpx.put(emulator.base_url + path, content=json.dumps(body),
                         headers={"Authorization": authorization,
                                  "Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    listed = {s["id"]: s for s in ok(emulator, "GET", "/v1/pbx/ivr/scenario/",
                                     {**user, "menu_id": menu})["scenarios"]}
    assert listed[sid]["title"] == "Hurt" and listed[sid]["first_sips"] == ["102"]
    ok(emulator, "DELETE", "/v1/pbx/ivr/scenario/delete/", {**user, "scenario_id": sid})
    assert "not found" in refused(emulator, "DELETE", "/v1/pbx/ivr/scenario/delete/",
                                  {**user, "scenario_id": sid})


def test_sounds_checked_by_content_and_size(emulator: EmulatorServer) -> None:
    user = {"user_id": STAR, "name": "Powitanie"}
    upload = "/v1/pbx/ivr/sounds/upload/"
    ok(emulator, "POST", upload, user, files={"file": ("a.bin", wav_bytes(), "application/x")})
    ok(emulator, "POST", upload, user, files={"file": ("b.wav", mp3_bytes(), "audio/wav")})
    text_as_mp3 = {"file": ("hello.mp3", b"Hello, this is not audio at all" * 10, "audio/mpeg")}
    assert "MP3 or WAV" in refused(emulator, "POST", upload, user, files=text_as_mp3)
    fake_wav = {"file": ("x.wav", b"RIFF\x00\x00\x00\x00WAVEjunkjunk", "audio/wav")}
    assert "MP3 or WAV" in refused(emulator, "POST", upload, user, files=fake_wav)
    too_big = {"file": ("big.wav", wav_bytes() + b"\x00" * (5 * 1024 * 1024), "audio/wav")}
    assert "5 MB" in refused(emulator, "POST", upload, user, files=too_big)
    sounds = ok(emulator, "GET", "/v1/pbx/ivr/sounds/list/", {"user_id": STAR})["sounds"]
    assert [s["name"] for s in sounds] == ["Powitanie", "Powitanie"]
    ok(emulator, "DELETE", "/v1/pbx/ivr/sounds/delete/", {"user_id": STAR, "id": sounds[0]["id"]})
    assert len(ok(emulator, "GET", "/v1/pbx/ivr/sounds/list/", {"user_id": STAR})["sounds"]) == 1


def test_hold_music(emulator: EmulatorServer) -> None:
    user = {"user_id": STAR}
    switch = "/v1/pbx/waitmelody/switch/"
    assert "No hold music" in refused(emulator, "PUT", switch,
                                      {**user, "state": "on", "melody": "mymelody"})
    made = ok(emulator, "POST", "/v1/pbx/waitmelody/upload/", user,
              files={"file": ("muzyka.mp3", mp3_bytes(), "audio/mpeg")})
    assert made["sound"]["name"] == "muzyka.mp3"
    on = ok(emulator, "PUT", switch, {**user, "state": "on", "melody": "mymelody"})
    assert on["waitmelody"] == made["sound"]
    ok(emulator, "DELETE", "/v1/pbx/waitmelody/delete/", user)
    assert "No hold music" in refused(emulator, "DELETE", "/v1/pbx/waitmelody/delete/", user)


def test_callinfo_and_webhooks(emulator: EmulatorServer) -> None:
    user = {"user_id": STAR}
    assert "http" in refused(emulator, "POST", "/v1/pbx/callinfo/url/", {**user, "url": "ftp://x"})
    with hook_server("right") as crm:
        ok(emulator, "POST", "/v1/pbx/callinfo/url/", {**user, "url": crm.url + "/in"})
        ok(emulator, "POST", "/v1/pbx/webhooks/url/", {**user, "url": crm.url + "/hook"})
        echoes = [hit.query for hit in crm.hits]
    assert [sorted(q) for q in echoes] == [["zd_echo"], ["zd_echo"]]
    ok(emulator, "POST", "/v1/pbx/callinfo/notifications/",
       {**user, "notify_start": "true", "notify_end": "true"})
    info = ok(emulator, "GET", "/v1/pbx/callinfo/", user)
    assert info["url"] == crm.url + "/in"
    assert info["notifications"]["notify_start"] == "true"
    assert info["notifications"]["notify_answer"] == "false"
    ok(emulator, "POST", "/v1/pbx/webhooks/hooks/", {**user, "sms": "true"})
    hooks = ok(emulator, "GET", "/v1/pbx/webhooks/", user)
    assert hooks["url"].endswith("/hook") and hooks["hooks"]["sms"] == "true"
    ok(emulator, "DELETE", "/v1/pbx/webhooks/url/", user)
    assert ok(emulator, "GET", "/v1/pbx/webhooks/", user)["url"] == ""
    # Settings belong to the client: the dealer's own stay empty.
    assert ok(emulator, "GET", "/v1/pbx/callinfo/")["url"] == ""


@pytest.mark.parametrize(("echo", "reason"), [
    ("wrong", "did not return the zd_echo value"),
    ("extra", "did not return the zd_echo value"),
    ("404", "HTTP 404"),
])
def test_urls_that_fail_the_echo_check_are_not_saved(
    emulator: EmulatorServer, echo: str, reason: str
) -> None:
    user = {"user_id": STAR}
    for path in ("/v1/pbx/callinfo/url/", "/v1/pbx/webhooks/url/"):
        with hook_server(echo) as crm:
            assert reason in refused(emulator, "POST", path, {**user, "url": crm.url})
            assert len(crm.hits) == 1 and crm.hits[0].method == "GET"
    assert ok(emulator, "GET", "/v1/pbx/callinfo/", user)["url"] == ""
    assert ok(emulator, "GET", "/v1/pbx/webhooks/", user)["url"] == ""


def test_a_url_nobody_answers_is_not_saved(emulator: EmulatorServer) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    message = refused(emulator, "POST", "/v1/pbx/callinfo/url/",
                      {"user_id": STAR, "url": f"http://127.0.0.1:{port}/in"})
    assert "did not answer the check request" in message


def test_an_unsigned_request_makes_no_echo_call(emulator: EmulatorServer) -> None:
    with hook_server("right") as crm:
        answer = httpx.post(emulator.base_url + "/v1/pbx/callinfo/url/",
                            data={"url": crm.url})
        assert answer.status_code == 401 and crm.hits == []


def test_skip_lets_the_first_calls_through_and_fails_the_third(
    emulator: EmulatorServer,
) -> None:
    user = {"user_id": STAR}
    path = "/v1/pbx/internal/create/"
    emulator.set_faults(status_5xx=1, skip=2, path=path)
    try:
        made = [signed(emulator, "POST", path, {**user, "start_number": str(n), "quantity": "1"})
                for n in (110, 111, 112, 113)]
    finally:
        emulator.set_faults()
    assert [m.status_code for m in made] == [200, 200, 500, 200]
    numbers = ok(emulator, "GET", "/v1/pbx/internal/", user)["numbers"]
    assert {110, 111, 113} <= set(numbers) and 112 not in numbers


def test_webrtc_widget(emulator: EmulatorServer) -> None:
    user = {"user_id": STAR}
    assert ok(emulator, "GET", "/v1/webrtc/", user)["is_exists"] is False
    assert "create it" in refused(emulator, "PUT", "/v1/webrtc/", {**user, "shape": "square"})
    ok(emulator, "POST", "/v1/webrtc/create/", {**user, "domain": "sklep.example.pl"})
    ok(emulator, "POST", "/v1/webrtc/domain/", {**user, "domain": "crm.example.pl"})
    ok(emulator, "PUT", "/v1/webrtc/", {**user, "shape": "square", "position": "top_left"})
    widget = ok(emulator, "GET", "/v1/webrtc/", user)
    assert widget["domains"] == ["sklep.example.pl", "crm.example.pl"]
    assert widget["settings"] == {"shape": "square", "position": "top_left"}
    ok(emulator, "DELETE", "/v1/webrtc/domain/", {**user, "domain": "sklep.example.pl"})
    assert ok(emulator, "GET", "/v1/webrtc/get_key/", {**user, "sip": "100"})["key"]
    assert "not found" in refused(emulator, "GET", "/v1/webrtc/get_key/", {**user, "sip": "999"})
    ok(emulator, "DELETE", "/v1/webrtc/", user)
    assert ok(emulator, "GET", "/v1/webrtc/", user)["is_exists"] is False


def test_forwarding_sip_logins_and_prices(emulator: EmulatorServer) -> None:
    user = {"user_id": STAR}
    sip = ok(emulator, "GET", "/v1/sip/", user)["sips"][0]["id"]
    assert "destination number" in refused(emulator, "PUT", "/v1/sip/redirection/",
                                           {**user, "id": sip, "status": "on"})
    ok(emulator, "PUT", "/v1/sip/redirection/",
       {**user, "id": sip, "type": "phone", "number": "48601111222"})
    off = ok(emulator, "PUT", "/v1/sip/redirection/", {**user, "id": sip, "status": "off"})
    assert off["current_status"] == "off"
    [item] = ok(emulator, "GET", "/v1/sip/redirection/", {**user, "id": sip})["info"]
    assert (item["status"], item["destination_value"]) == ("off", "48601111222")
    made = ok(emulator, "POST", "/v1/sip/create/", {
        **user, "name": "Kasa", "password": "Kasa2Pass!", "callerid": "48221234567"})
    assert len(ok(emulator, "GET", "/v1/sip/", user)["sips"]) == 2
    ok(emulator, "PUT", f"/v1/sip/{made['sip']}/password/", {**user, "value": "Inne2Haslo"})
    forward = {**user, "pbx_number": "102"}
    ok(emulator, "POST", "/v1/pbx/redirection/", {
        **forward, "status": "on", "type": "voicemail", "destination": "kontakt@example.pl",
        "condition": "noanswer"})
    state = ok(emulator, "GET", "/v1/pbx/redirection/", forward)
    assert (state["current_status"], state["type"], state["condition"]) == (
        "on", "voicemail", "noanswer")
    price = ok(emulator, "GET", "/v1/info/price/", {**user, "number": "+48 22 123 45 67"})["info"]
    assert price["prefix"] == "4822" and "Warszawa" in price["description"]
    assert price["currency"] == "PLN"
    assert "unknown destination" in refused(emulator, "GET", "/v1/info/price/",
                                            {"number": "999123456789"})
