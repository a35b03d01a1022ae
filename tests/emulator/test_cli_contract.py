"""``zaddesk api``'s contract with scripts: the exit code says whether it is safe to send again,
an interrupt during a state-changing request reports the unknown outcome, and no bad input or
broken keyring ends in a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import signed
from zaddesk.api import cli
from zaddesk.emulator.server import EmulatorServer

STAR = 210001
TOPUP = "/v1/reseller/users/topup/"
PAY = ["-f", f"user_id={STAR}", "-f", "amount=10", "-f", "currency=PLN"]


def _env(server: EmulatorServer | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZADDESK_")}
    if server is not None:
        env.update({"ZADDESK_API_URL": server.base_url, "ZADDESK_KEY": server.key,
                    "ZADDESK_SECRET": server.secret})
    env.update(extra)
    return env


def run(server: EmulatorServer | None, *args: str, **env: str) -> tuple[int, str, str]:
    result = subprocess.run([sys.executable, "-m", "zaddesk", "api", *args],
                            env=_env(server, **env), capture_output=True, timeout=60, check=False)
    out, err = result.stdout.decode(), result.stderr.decode()
    assert "Traceback" not in err, err
    return result.returncode, out, err


NOWHERE = {"ZADDESK_API_URL": "http://127.0.0.1:9", "ZADDESK_KEY": "k", "ZADDESK_SECRET": "s"}


def run_here(capsys: pytest.CaptureFixture[str], *args: str,
             env: dict[str, str] | None = None) -> tuple[int, str]:
    """``zaddesk api`` in this process (an escaping exception fails the test by itself)."""
    code = cli.main(list(args), environ=NOWHERE if env is None else env)
    return code, capsys.readouterr().err


def star_balance(server: EmulatorServer) -> float:
    return float(signed(server, "GET", "/v1/info/balance/", {"user_id": STAR}).json()["balance"])


def test_exit_codes_are_distinct() -> None:
    codes = [cli.EXIT_OK, cli.EXIT_API, cli.EXIT_USAGE, cli.EXIT_AUTH, cli.EXIT_NOT_SENT,
             cli.EXIT_UNKNOWN]
    assert len(set(codes)) == len(codes)


def test_lost_answer_of_a_top_up_is_an_unknown_outcome(emulator: EmulatorServer) -> None:
    before = star_balance(emulator)
    emulator.set_faults(drop_after_apply=1, path=TOPUP)
    code, out, err = run(emulator, "POST", TOPUP, *PAY)
    assert code == cli.EXIT_UNKNOWN and out == ""
    assert "may have been applied" in err
    assert star_balance(emulator) == before + 10  # it was: the code did not lie


def test_refused_before_applying_is_not_an_unknown_outcome(emulator: EmulatorServer) -> None:
    emulator.set_faults(status_5xx=1, path="/v1/info/balance/")
    code, _, _ = run(emulator, "GET", "/v1/info/balance/")  # a read is retried
    assert code == cli.EXIT_OK
    code, _, err = run(None, "POST", TOPUP, *PAY, ZADDESK_API_URL="http://127.0.0.1:9",
                       ZADDESK_KEY="k", ZADDESK_SECRET="s")
    assert code == cli.EXIT_NOT_SENT and "safe to retry" in err


@pytest.mark.parametrize(("signum", "name"), [(signal.SIGTERM, "SIGTERM"),
                                               (signal.SIGINT, "Ctrl-C")])
def test_interrupt_during_a_top_up_reports_the_unknown_outcome(
    emulator: EmulatorServer, signum: int, name: str
) -> None:
    emulator.set_faults(hold=1, path=TOPUP)
    process = subprocess.Popen([sys.executable, "-m", "zaddesk", "api", "POST", TOPUP, *PAY],
                               env=_env(emulator), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not emulator.in_flight(TOPUP):
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.01)
        process.send_signal(signum)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        emulator.set_faults()
    text = err.decode()
    assert process.returncode == cli.EXIT_UNKNOWN, text
    assert "Traceback" not in text and name in text and "may have been applied" in text
    assert out == b""


def test_interrupt_of_a_read_is_safe_to_retry(emulator: EmulatorServer) -> None:
    emulator.set_faults(hold=1, path="/v1/info/balance/")
    process = subprocess.Popen([sys.executable, "-m", "zaddesk", "api", "GET", "info/balance"],
                               env=_env(emulator), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        while not emulator.in_flight("/v1/info/balance/"):
            assert process.poll() is None
            time.sleep(0.01)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        emulator.set_faults()
    assert process.returncode == cli.EXIT_NOT_SENT
    assert "Traceback" not in err.decode() and "safe to retry" in err.decode()


def test_a_rate_limit_wait_is_said_on_stderr(
    emulator: EmulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from zaddesk.api.ratelimit import RateLimiter

    # The process-wide limiter of this key has just been told 429 (as by another request).
    limiter = RateLimiter.shared(emulator.base_url, emulator.key)
    limiter.back_off("/v1/info/balance/", 2.5)
    env = {"ZADDESK_API_URL": emulator.base_url, "ZADDESK_KEY": emulator.key,
           "ZADDESK_SECRET": emulator.secret}
    code = cli.main(["GET", "info/balance"], environ=env)
    err = capsys.readouterr().err
    assert code == cli.EXIT_OK, err
    assert "waiting 3 s for the API's rate limit" in err and "429" in err


def test_a_short_wait_is_not_mentioned(
    emulator: EmulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    env = {"ZADDESK_API_URL": emulator.base_url, "ZADDESK_KEY": emulator.key,
           "ZADDESK_SECRET": emulator.secret}
    assert cli.main(["GET", "info/balance"], environ=env) == cli.EXIT_OK
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("value", ["nan", "0", "-1", "inf", "1e400", "abc"])
def test_bad_timeout_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run_here(capsys, "--timeout", value, "GET", "info/balance")
    assert code == cli.EXIT_USAGE and "--timeout" in err


@pytest.mark.parametrize("url", ["not a url", "ftp://example.com", "http://", "127.0.0.1:8800",
                                 "http://host:99999", "http://[::1"])
def test_base_url_that_is_not_a_url_is_refused(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run_here(capsys, "GET", "info/balance", env={**NOWHERE, "ZADDESK_API_URL": url})
    assert code == cli.EXIT_AUTH and "ZADDESK_API_URL" in err


@pytest.mark.parametrize("path", ["/v1/../_emulator/", "/v1/%2e%2e/_emulator/faults",
                                  "info/../../_emulator", "/v1/./info/balance/"])
def test_path_that_climbs_out_of_v1_is_refused(
    path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run_here(capsys, "POST", path)
    assert code == cli.EXIT_USAGE and ".." in err


def test_endless_upload_is_refused_after_the_limit(capsys: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    code, err = run_here(capsys, "POST", "pbx/ivr/sounds/upload", "-F", "file=@/dev/zero")
    assert code == cli.EXIT_USAGE and "larger than 12 MB" in err
    assert time.monotonic() - started < 30


def test_upload_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.mp3"
    with big.open("wb") as handle:
        handle.truncate(cli.MAX_UPLOAD + 1)
    with pytest.raises(cli.UsageError, match="larger than"):
        cli.read_file_field("file", str(big), None)


def test_other_scripts_digits_as_list_keys_are_plain_keys() -> None:
    params, _ = cli.collect(["a[²]=1", "a[]=2", "b[١]=x"], [])
    assert params == {"a": {"²": "1", "0": "2"}, "b": {"١": "x"}}


def test_argument_that_is_not_utf8_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run_here(capsys, "GET", "info/balance", "-f", "name=\udcff")
    assert code == cli.EXIT_USAGE and "UTF-8" in err


def test_output_to_a_closed_pipe_is_no_traceback(emulator: EmulatorServer) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "zaddesk", "api", "GET", "reseller/users/list"],
        env=_env(emulator), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.close()  # like `| head -c0`
    _, err = process.communicate(timeout=60)
    assert "Traceback" not in err.decode()


def test_profile_without_a_usable_keyring_says_so(
    tmp_path: Path, server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zaddesk.core import profiles

    env = {"ZADDESK_HOME": str(tmp_path)}
    monkeypatch.setenv("ZADDESK_HOME", str(tmp_path))
    profiles.save_profile(profiles.Profile("Biuro", "custom", server.base_url))
    # The tests' environment names keyring's failing backend: no keyring at all.
    code, _, err = run(None, "GET", "info/balance", "--profile", "Biuro", **env)
    assert code == cli.EXIT_AUTH and "no keyring is available" in err
    assert "no key and secret stored" not in err
    # A backend that cannot even load.
    code, _, err = run(None, "GET", "info/balance", "--profile", "Biuro",
                       PYTHON_KEYRING_BACKEND="no.such.Backend", **env)
    assert code == cli.EXIT_AUTH and "no keyring is available" in err
