"""The ``zaddesk api`` command line: parsing, parameter building, credentials, exit codes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from zaddesk.api import cli
from zaddesk.api.signing import build_query


def test_plain_fields_are_strings_and_empty_values_are_kept() -> None:
    params, files = cli.collect(["number=+48 22 123", "empty="], [])
    assert params == {"number": "+48 22 123", "empty": ""}
    assert files == {}


def test_value_may_contain_equals_signs() -> None:
    params, _ = cli.collect(["q=a=b=c"], [])
    assert params == {"q": "a=b=c"}


def test_repeated_key_becomes_a_php_list() -> None:
    params, _ = cli.collect(["k=a", "k=b", "k=c"], [])
    assert params == {"k": ["a", "b", "c"]}
    assert build_query(params) == "k%5B0%5D=a&k%5B1%5D=b&k%5B2%5D=c"


def test_empty_brackets_append() -> None:
    params, _ = cli.collect(["k[]=a", "k[]=b"], [])
    assert params == {"k": ["a", "b"]}


def test_bracket_syntax_nests() -> None:
    params, _ = cli.collect(
        [
            "id=5",
            "numbers[0][number]=100",
            "numbers[0][delay]=0",
            "numbers[1][number]=101",
        ],
        [],
    )
    assert params == {"id": "5", "numbers": [{"number": "100", "delay": "0"}, {"number": "101"}]}
    assert build_query(params) == (
        "id=5&numbers%5B0%5D%5Bnumber%5D=100&numbers%5B0%5D%5Bdelay%5D=0"
        "&numbers%5B1%5D%5Bnumber%5D=101"
    )


def test_named_brackets_make_a_mapping() -> None:
    params, _ = cli.collect(["a[x]=1", "a[y]=2"], [])
    assert params == {"a": {"x": "1", "y": "2"}}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("true", True),
        ("false", False),
        ("null", None),
        ("42", 42),
        ("-7", -7),
        ("007", "007"),
        ("1.5", "1.5"),
        ("abc", "abc"),
        ("", ""),
    ],
)
def test_typed_values(text: str, value: object) -> None:
    assert cli.typed_value(text) == value
    assert type(cli.typed_value(text)) is type(value)


def test_typed_field_is_converted_and_raw_field_is_not() -> None:
    params, _ = cli.collect(["raw=true"], ["typed=true", "n=3"])
    assert params == {"raw": "true", "typed": True, "n": 3}
    assert build_query(params) == "n=3&raw=true&typed=1"


def test_file_field_is_read_with_name_and_type(tmp_path: Path) -> None:
    sound = tmp_path / "powitanie.mp3"
    sound.write_bytes(b"ID3\x00data")
    params, files = cli.collect([], ["name=Powitanie", f"file=@{sound}"])
    assert params == {"name": "Powitanie"}
    assert files == {"file": ("powitanie.mp3", b"ID3\x00data", "audio/mpeg")}


def test_file_from_stdin() -> None:
    _, files = cli.collect([], ["file=@-"], stdin=io.BytesIO(b"abc"))
    assert files["file"][1] == b"abc"


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(cli.UsageError, match="cannot read"):
        cli.collect([], [f"file=@{tmp_path / 'nope.wav'}"])


@pytest.mark.parametrize("bad", ["novalue", "=x", "a]b=1", "a[0]]=1"])
def test_malformed_fields_are_usage_errors(bad: str) -> None:
    with pytest.raises(cli.UsageError):
        cli.collect([bad], [])


def test_value_and_brackets_for_one_key_conflict() -> None:
    with pytest.raises(cli.UsageError):
        cli.collect(["a=1", "a[x]=2"], [])


@pytest.mark.parametrize(
    "given",
    [
        "info/balance",
        "/info/balance",
        "/info/balance/",
        "v1/info/balance",
        "/v1/info/balance",
        "/v1/info/balance/",
        "https://api.zadarma.com/v1/info/balance/",
    ],
)
def test_path_forms(given: str) -> None:
    assert cli.normalise_path(given) == ("/v1/info/balance/", [])


def test_path_with_query_becomes_params() -> None:
    path, pairs = cli.normalise_path("/v1/info/price/?number=48221234567&caller_id=")
    assert path == "/v1/info/price/"
    params, _ = cli.collect(["x=1"], [], pairs)
    assert params == {"number": "48221234567", "caller_id": "", "x": "1"}


def test_path_with_parameter_segment() -> None:
    assert cli.normalise_path("direct_numbers/available/3766")[0] == (
        "/v1/direct_numbers/available/3766/"
    )


def test_env_credentials() -> None:
    creds = cli.resolve_credentials(
        None, {cli.ENV_URL: "http://127.0.0.1:1", cli.ENV_KEY: "k" * 20, cli.ENV_SECRET: "s" * 20}
    )
    assert creds.base_url == "http://127.0.0.1:1"
    assert "k" * 20 not in repr(creds) and "s" * 20 not in repr(creds)


def test_missing_env_credentials_name_what_is_missing() -> None:
    with pytest.raises(cli.CredentialsError, match="ZADDESK_SECRET"):
        cli.resolve_credentials(None, {cli.ENV_URL: "http://x", cli.ENV_KEY: "k"})


def _run(argv: list[str], env: dict[str, str], capsys: pytest.CaptureFixture[str]):
    code = cli.main(argv, environ=env)
    out, err = capsys.readouterr()
    return code, out, err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    env = {cli.ENV_URL: "http://127.0.0.1:9", cli.ENV_KEY: "k", cli.ENV_SECRET: "s"}
    assert _run([], env, capsys)[0] == cli.EXIT_USAGE
    assert _run(["PATCH", "/info/balance"], env, capsys)[0] == cli.EXIT_USAGE
    assert _run(["GET", "/info/balance", "-f", "oops"], env, capsys)[0] == cli.EXIT_USAGE
    code, _, err = _run(["GET", "/x", "-F", "file=@/nonexistent/file"], env, capsys)
    assert code == cli.EXIT_USAGE and "cannot read" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--help"], {}, capsys)
    assert code == 0 and "ZADDESK_API_URL" in out


def test_no_credentials_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["GET", "/info/balance"], {}, capsys)
    assert code == cli.EXIT_AUTH
    assert out == "" and "ZADDESK_KEY" in err


def test_unknown_profile_exit_3(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("ZADDESK_HOME", str(tmp_path))
    code, _, err = _run(["GET", "/info/balance", "--profile", "nobody-here"], {}, capsys)
    assert code == cli.EXIT_AUTH
    assert "nobody-here" in err


def test_top_level_dispatch_goes_to_api_cli(capsys: pytest.CaptureFixture[str]) -> None:
    from zaddesk.cli import main

    assert main(["api", "--help"]) == 0
    assert "zaddesk api" in capsys.readouterr().out


def test_api_command_line_never_loads_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from zaddesk.cli import main\n"
        "assert main(['api', '--help']) == 0\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync')]"
        "\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
