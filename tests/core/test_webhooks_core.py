"""Webhook checks against a real listener on loopback: echo, signed test event, IVR answers."""

from __future__ import annotations

import socket

import pytest

from tests.hookserver import hook_server
from zaddesk.core.webhooks import (
    build_test_event,
    check_echo,
    event_signature,
    explain_ivr_answer,
    send_test_event,
)
from zaddesk.emulator.calls import webhook_signature


def codes(check: object) -> list[str]:
    return [i.code for i in getattr(check, "issues")]  # noqa: B009


@pytest.mark.asyncio
async def test_echo_right_wrong_extra_404_and_silence() -> None:
    with hook_server("right") as srv:
        good = await check_echo(srv.url)
        assert codes(good) == ["echo.not_https"] and good.answered
        assert srv.hits[0].query == {"zd_echo": good.echo}
        srv.echo = "wrong"
        wrong = await check_echo(srv.url, echo="abc123")
        assert codes(wrong) == ["echo.not_https", "echo.wrong"]
        assert wrong.issues[1].params == {"body": "OK", "value": "abc123"}
        srv.echo = "extra"
        assert codes(await check_echo(srv.url))[1] == "echo.extra"
        srv.echo = "404"
        bad = await check_echo(srv.url)
        assert codes(bad)[1] == "echo.status" and bad.status == 404
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    silent = await check_echo(f"http://127.0.0.1:{port}/x", timeout=2)
    assert codes(silent) == ["echo.not_https", "echo.no_answer"] and not silent.answered


@pytest.mark.asyncio
async def test_echo_keeps_the_urls_own_query() -> None:
    with hook_server("right") as srv:
        check = await check_echo(srv.url + "?token=abc")
        assert check.answered
        assert srv.hits[0].query == {"token": "abc", "zd_echo": check.echo}


def test_signature_is_what_zadarma_sends() -> None:
    event = build_test_event("s3cret", caller_id="48600100200", called_did="48221234567")
    fields = event.fields
    assert fields["event"] == "NOTIFY_START"
    assert event.signature == webhook_signature("NOTIFY_START", fields, "s3cret")
    assert event.signature == event_signature("NOTIFY_START", fields, "s3cret")


@pytest.mark.asyncio
async def test_test_event_is_signed_and_answer_explained() -> None:
    menu = {"ivr_play": "5f3a", "wait_dtmf": {"timeout": 5, "attempts": 2, "maxdigits": 1,
                                               "name": "main", "default": "7"}, "colour": "red"}
    with hook_server("right", menu) as srv:
        answer = await send_test_event(srv.url, "s3cret", scenarios={"1", "2"},
                                       extensions={100, 101})
        hit = srv.posts()[0]
        assert hit.form == answer.event.fields
        assert hit.headers["Signature"] == event_signature("NOTIFY_START", hit.form, "s3cret")
        assert hit.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert answer.status == 200 and answer.problem is None
    explained = answer.explanation
    assert explained is not None
    assert [s.code for s in explained.steps] == ["ivr.play", "ivr.wait_dtmf", "ivr.dtmf_default"]
    assert explained.unknown_keys == ("colour",)
    assert explained.missing == ("7",)


def test_explanations() -> None:
    ok = explain_ivr_answer('{"redirect": "101", "return_timeout": 20}', extensions={100, 101},
                            scenarios=set())
    assert [s.code for s in ok.steps] == ["ivr.redirect_extension", "ivr.return_timeout"]
    assert ok.ok
    scenario = explain_ivr_answer({"redirect": "3"}, scenarios={"3"}, extensions={100})
    assert scenario.steps[0].code == "ivr.redirect_scenario"
    assert explain_ivr_answer('{"hangup": 1}').steps[0].code == "ivr.hangup"
    assert explain_ivr_answer("{}").steps[0].code == "ivr.empty"
    assert explain_ivr_answer("<html>").problems[0].code == "ivr.not_json"
    assert explain_ivr_answer("[1]").problems[0].code == "ivr.not_object"
    nodefault = explain_ivr_answer({"wait_dtmf": {"timeout": 0}})
    assert {p.code for p in nodefault.problems} == {"ivr.dtmf_no_default", "ivr.dtmf_number"}
    odd = explain_ivr_answer({"wait_dtmf": {"default": "1", "beep": 1}, "ivr_saydigits": "12a"})
    assert [p.params.get("key") for p in odd.problems if p.code == "ivr.unknown_key"] == [
        "wait_dtmf.beep"]
    assert any(p.code == "ivr.say_not_digits" for p in odd.problems)
    missing = explain_ivr_answer({"redirect": "555"}, extensions={100}, scenarios={"1"})
    assert missing.missing == ("555",) and not missing.ok
