"""Simulated calls: events reach the client's call-info URL, signed, and follow its answers."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from tests.conftest import signed
from zaddesk.emulator.server import EmulatorServer

STAR = 210001


class Listener:
    """A CRM stand-in: records events, answers NOTIFY_START with a menu, IVR with a redirect."""

    def __init__(self) -> None:
        self.events: list[tuple[dict[str, str], str]] = []
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                """Zadarma's check when the URL is saved: answer the zd_echo value."""
                echo = dict(parse_qsl(self.path.partition("?")[2])).get("zd_echo", "")
                self.send_response(200)
                self.send_header("Content-Length", str(len(echo)))
                self.end_headers()
                self.wfile.write(echo.encode())

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                fields = dict(parse_qsl(self.rfile.read(length).decode()))
                listener.events.append((fields, self.headers.get("Signature", "")))
                answer: dict[str, Any] = {}
                if fields["event"] == "NOTIFY_START":
                    answer = {"wait_dtmf": {"timeout": 3, "attempts": 1, "maxdigits": 1,
                                            "name": "main", "default": "1"}}
                elif fields["event"] == "NOTIFY_IVR":
                    answer = {"redirect": "102"} if fields["wait_dtmf[digits]"] == "2" else {}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/zadarma"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Listener:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def listener() -> Iterator[Listener]:
    with Listener() as running:
        yield running


def expected(secret: str, *parts: str) -> str:
    mac = hmac.new(secret.encode(), "".join(parts).encode(), hashlib.sha1).hexdigest()
    return base64.b64encode(mac.encode()).decode()


def test_call_follows_the_dynamic_menu(emulator: EmulatorServer, listener: Listener) -> None:
    user = {"user_id": STAR}
    signed(emulator, "POST", "/v1/pbx/callinfo/url/", {**user, "url": listener.url})
    signed(emulator, "POST", "/v1/pbx/callinfo/notifications/",
           {**user, "notify_internal": "true", "notify_end": "true", "notify_answer": "true"})
    secret = signed(emulator, "GET", "/v1/reseller/users/api_key/", user).json()["secret"]
    played = httpx.post(emulator.base_url + "/_emulator/call",
                        json={"user_id": STAR, "caller_id": "48600100200", "digits": "2"})
    assert played.status_code == 200, played.text
    names = [fields["event"] for fields, _sig in listener.events]
    assert names == ["NOTIFY_START", "NOTIFY_IVR", "NOTIFY_INTERNAL", "NOTIFY_ANSWER", "NOTIFY_END"]
    start, start_sig = listener.events[0]
    assert start_sig == expected(secret, start["caller_id"], start["called_did"],
                                 start["call_start"])
    answer, answer_sig = listener.events[3]
    assert answer["destination"] == "102"  # redirected by the listener's answer to digit 2
    assert answer_sig == expected(secret, answer["caller_id"], answer["destination"],
                                  answer["call_start"])
    assert [e["status"] for e in played.json()["events"]] == [200] * 5


def test_call_needs_a_callinfo_url(emulator: EmulatorServer) -> None:
    refused = httpx.post(emulator.base_url + "/_emulator/call", json={"user_id": STAR})
    assert refused.status_code == 400 and "call-info URL" in refused.json()["message"]
