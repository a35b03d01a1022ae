"""``zaddesk api`` as a real subprocess against a running emulator.

The emulator checks every signature itself, so an accepted request with awkward values
(Polish letters, ``~ * & + = ? /``, emoji, an empty value) proves the signing end to end.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest

from tests.keyrings import MemoryKeyring
from tests.media import pdf_bytes
from zaddesk.api import cli
from zaddesk.emulator.server import EmulatorServer

AWKWARD = "Zażółć gęślą jaźń ~ * & + = ? / 🦊"


def run(server: Any, *args: str, secret: str | None = None, url: str | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZADDESK_")}
    env.update(
        {
            "ZADDESK_API_URL": url or server.base_url,
            "ZADDESK_KEY": server.key,
            "ZADDESK_SECRET": secret or server.secret,
            "LC_ALL": "C",  # an ASCII locale must not break UTF-8 output
            "PYTHONIOENCODING": "",
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "zaddesk", "api", *args],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    out = result.stdout.decode("utf-8")
    err = result.stderr.decode("utf-8")
    for secret_text in (server.key, server.secret):
        assert secret_text not in out and secret_text not in err
    return result.returncode, out, err


def test_get_prints_pretty_json(server: Any) -> None:
    code, out, err = run(server, "GET", "info/balance")
    assert code == cli.EXIT_OK, err
    body = json.loads(out)
    assert body["status"] == "success" and "balance" in body
    assert out.startswith("{\n  ")


def test_awkward_values_are_signed_and_round_trip(server: Any) -> None:
    email = "zazolc.cli@example.pl"
    code, out, err = run(
        server,
        "POST",
        "/v1/reseller/users/registration/new/",
        "-f", f"email={email}",
        "-f", f"first_name={AWKWARD}",
        "-f", "last_name=",
        "-f", "organization=A&B=C?D/E+F ~*",
        "-f", "country=PL",
    )
    assert code == cli.EXIT_OK, err
    user_id = json.loads(out)["user_id"]
    code, out, err = run(server, "GET", "/v1/reseller/users/find", "-F", f"id={user_id}")
    assert code == cli.EXIT_OK, err
    assert AWKWARD in out  # printed as UTF-8, not \u escapes
    user = json.loads(out)["user"]
    assert user["first_name"] == AWKWARD
    assert user["organization"] == "A&B=C?D/E+F ~*"


def test_query_in_path_is_signed_too(server: Any) -> None:
    code, out, err = run(server, "GET", "/v1/reseller/users/list/?page=1")
    assert code == cli.EXIT_OK, err
    assert json.loads(out)["page"] == 1


def test_file_upload(server: Any, tmp_path: Path) -> None:
    code, out, err = run(server, "GET", "documents/groups/list", "-F", "user_id=210001")
    assert code == cli.EXIT_OK, err
    group_id = json.loads(out)["groups"][0]["id"]
    scan = tmp_path / "dowód osobisty.pdf"
    scan.write_bytes(pdf_bytes("Dowod"))
    code, out, err = run(
        server,
        "POST",
        "documents/upload",
        "-F", "user_id=210001",
        "-F", f"group_id={group_id}",
        "-f", "document_type=passport",
        "-F", f"file=@{scan}",
    )
    assert code == cli.EXIT_OK, err
    assert json.loads(out)["status"] == "success"
    code, out, err = run(
        server, "GET", "documents/files", "-F", "user_id=210001", "-F", f"group_id={group_id}"
    )
    assert code == cli.EXIT_OK, err
    assert any(d["type"] == "passport" for d in json.loads(out)["documents"])


def test_api_refusal_exits_1(server: Any) -> None:
    code, out, err = run(server, "GET", "/v1/reseller/users/find/", "-f", "id=999999999")
    assert code == cli.EXIT_API
    assert out == "" and err.strip()


def test_wrong_secret_exits_3(server: Any) -> None:
    code, _, err = run(server, "GET", "/v1/info/balance/", secret="not-the-right-secret-at-all")
    assert code == cli.EXIT_AUTH
    assert "not-the-right-secret-at-all" not in err


def test_no_server_exits_4(server: Any) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, _, err = run(server, "GET", "/v1/info/balance/", url=f"http://127.0.0.1:{port}")
    assert code == cli.EXIT_NETWORK
    assert err.strip()


def test_usage_error_exits_2(server: Any) -> None:
    code, out, err = run(server, "FETCH", "/v1/info/balance/")
    assert code == cli.EXIT_USAGE and out == ""
    assert "METHOD" in err


def test_profile_credentials_from_the_keyring(
    server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from zaddesk.core import profiles

    monkeypatch.setenv("ZADDESK_HOME", str(tmp_path))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        profiles.save_profile(profiles.Profile("Biuro Łódź", "custom", server.base_url))
        assert profiles.store_secret("Biuro Łódź", server.key, server.secret) is (
            profiles.SecretStorage.KEYRING
        )
        code = cli.main(["GET", "info/balance", "--profile", "Biuro Łódź"], environ={})
        out, err = capsys.readouterr()
        assert code == cli.EXIT_OK, err
        assert json.loads(out)["status"] == "success"
        profiles.delete_secret("Biuro Łódź")
        code = cli.main(["GET", "info/balance", "--profile", "Biuro Łódź"], environ={})
        out, err = capsys.readouterr()
        assert code == cli.EXIT_AUTH and "keyring" in err and out == ""
    finally:
        keyring.set_keyring(previous)


def test_verbose_logs_to_stderr_without_secrets(server: EmulatorServer) -> None:
    code, out, err = run(server, "-v", "GET", "/v1/reseller/users/find/", "-f", "id=210001")
    assert code == cli.EXIT_OK, err
    assert "zaddesk.api" in err and "/v1/reseller/users/find/" in err
    assert json.loads(out)["user"]["id"]
