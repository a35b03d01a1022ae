"""Transport behaviour against ``httpx.MockTransport``: wire format, errors, retries, limits."""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
import urllib.parse
import uuid
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
import pytest

from zaddesk import __version__
from zaddesk.api.errors import (
    ApiError,
    AuthError,
    NetworkError,
    NotFoundError,
    RateLimited,
    UnknownOutcome,
)
from zaddesk.api.signing import sign
from zaddesk.api.transport import (
    Priority,
    RateLimits,
    Transport,
    guess_field,
    normalize_path,
    tls_context,
)

KEY = "canaryKEY-7f3a9c"
SECRET = "canarySECRET-d41d8c"
FAST = RateLimits(general=1000, general_window=1.0, statistics=1000, statistics_window=1.0)

Handler = Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]


def run(coro: Coroutine[Any, Any, Any]) -> Any:
    return asyncio.run(coro)


def ok(**fields: Any) -> httpx.Response:
    return httpx.Response(200, json={"status": "success", **fields})


class Recorder:
    """A mock server: records every request, answers from a script or a function."""

    def __init__(self, *answers: httpx.Response | Exception | Callable[[httpx.Request], Any]):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if callable(answer) and not isinstance(answer, httpx.Response):
            answer = answer(request)
        if isinstance(answer, Exception):
            raise answer
        assert isinstance(answer, httpx.Response)
        return answer


def make(handler: Handler, limits: RateLimits = FAST, **options: Any) -> Transport:
    base = f"https://api-{uuid.uuid4().hex[:8]}.test"
    options.setdefault("retry_backoff", 0.001)
    return Transport(base, KEY, SECRET, rate_limits=limits,
                     http_transport=httpx.MockTransport(handler), **options)


async def call(transport: Transport, *args: Any, **kwargs: Any) -> dict[str, Any]:
    try:
        return await transport.request(*args, **kwargs)
    finally:
        await transport.aclose()


# -- wire format --------------------------------------------------------------------------


def test_get_sends_signed_query_in_url() -> None:
    server = Recorder(ok(balance=10))
    params = {"note": "a~b* ż", "user_id": 5, "skip": None, "flag": True}
    body = run(call(make(server), "get", "v1/info/balance", params))
    assert body == {"status": "success", "balance": 10}
    (request,) = server.requests
    query, authorization = sign("/v1/info/balance/", params, KEY, SECRET)
    assert request.method == "GET"
    assert request.url.raw_path == b"/v1/info/balance/?" + query.encode()
    assert query == "flag=1&note=a%7Eb%2A+%C5%BC&user_id=5"
    assert request.headers["authorization"] == authorization
    assert request.headers["user-agent"] == f"zaddesk/{__version__}"
    assert request.content == b""


def test_get_without_params_has_no_question_mark() -> None:
    server = Recorder(ok())
    run(call(make(server), "GET", "/v1/info/balance/"))
    assert server.requests[0].url.raw_path == b"/v1/info/balance/"
    assert server.requests[0].headers["authorization"] == sign("/v1/info/balance/", {}, KEY,
                                                                SECRET)[1]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_state_changing_methods_send_the_signed_query_as_form_body(method: str) -> None:
    server = Recorder(ok())
    params = {"user_id": 12345, "amount": 10.5, "currency": "PLN", "comment": "za ~ część"}
    run(call(make(server), method, "/v1/reseller/users/topup", params))
    (request,) = server.requests
    query, authorization = sign("/v1/reseller/users/topup/", params, KEY, SECRET)
    assert request.method == method
    assert request.url.raw_path == b"/v1/reseller/users/topup/"
    assert request.content == query.encode()
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.headers["authorization"] == authorization


def test_multipart_signs_fields_but_not_files() -> None:
    server = Recorder(ok(id="snd1"))
    params = {"user_id": 7, "name": "Powitanie ąę"}
    files = {"file": ("hello.mp3", b"ID3\x00fake", "audio/mpeg")}
    run(call(make(server), "POST", "/v1/pbx/ivr/sounds/upload", params, files=files))
    (request,) = server.requests
    _, authorization = sign("/v1/pbx/ivr/sounds/upload/", params, KEY, SECRET)
    assert request.headers["authorization"] == authorization
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    content = request.content
    assert b'name="user_id"\r\n\r\n7\r\n' in content
    assert 'name="name"\r\n\r\nPowitanie ąę\r\n'.encode() in content
    assert b'filename="hello.mp3"' in content and b"ID3\x00fake" in content


def test_path_normalization() -> None:
    assert normalize_path("v1/info/balance") == "/v1/info/balance/"
    assert normalize_path("/v1/info/balance/") == "/v1/info/balance/"
    with pytest.raises(ValueError):
        normalize_path("/v1/info/balance/?a=1")


def test_get_with_files_is_refused() -> None:
    transport = make(Recorder(ok()))
    with pytest.raises(ValueError):
        run(call(transport, "GET", "/v1/x/", files={"f": ("a", b"", "text/plain")}))


# -- error mapping ------------------------------------------------------------------------


def error(status: int, message: str, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"status": "error", "message": message}, headers=headers)


@pytest.mark.parametrize(
    ("response", "kind", "status"),
    [
        (error(401, "Not authorized"), AuthError, 401),
        (error(404, "Method not found"), NotFoundError, 404),
        (error(400, "Wrong parameters"), ApiError, 400),
        (httpx.Response(200, json={"status": "error", "message": "Insufficient funds"}),
         ApiError, 200),
        (httpx.Response(403, text="<html>Forbidden</html>"), ApiError, 403),
        (httpx.Response(401, text="<html>401</html>"), AuthError, 401),
    ],
)
def test_error_mapping(response: httpx.Response, kind: type[ApiError], status: int) -> None:
    server = Recorder(response)
    with pytest.raises(kind) as caught:
        run(call(make(server), "POST", "/v1/reseller/users/topup/", {"user_id": 1}))
    assert type(caught.value) is kind
    assert caught.value.status_code == status
    assert caught.value.method == "POST" and caught.value.path == "/v1/reseller/users/topup/"
    assert len(server.requests) == 1


def test_200_with_status_error_keeps_the_server_message() -> None:
    server = Recorder(httpx.Response(200, json={"status": "error", "message": "Wrong number"}))
    with pytest.raises(ApiError) as caught:
        run(call(make(server), "GET", "/v1/info/balance/"))
    assert caught.value.message == "Wrong number"
    assert "HTTP 200" in str(caught.value)
    assert len(server.requests) == 1  # an answer, not a failure: no retry


def test_field_is_filled_from_the_message() -> None:
    server = Recorder(error(400, "Invalid e-mail: the email is already registered"))
    with pytest.raises(ApiError) as caught:
        run(call(make(server), "POST", "/v1/reseller/users/registration/new/",
                 {"email": "a@b.pl", "name": "Jan", "phone": "48500"}))
    assert caught.value.field == "email"


def test_guess_field() -> None:
    names = ["phone", "phone_number", "user_id", "email"]
    assert guess_field("Wrong phone_number format", names) == "phone_number"
    assert guess_field("PHONE is not confirmed", names) == "phone"
    assert guess_field("user_id: unknown client", names) == "user_id"
    assert guess_field("Smartphone not supported", names) is None
    assert guess_field("Something failed", names) is None
    assert guess_field("Wrong phone or email", names) == "phone"


def test_429_on_post_raises_rate_limited_with_reset() -> None:
    server = Recorder(error(429, "Too many requests", **{"X-RateLimit-Reset": "7"}))
    transport = make(server)
    with pytest.raises(RateLimited) as caught:
        run(call(transport, "POST", "/v1/reseller/users/topup/", {"user_id": 1}))
    assert 6.0 < caught.value.retry_after <= 7.0
    assert len(server.requests) == 1


def test_429_retry_after_header() -> None:
    server = Recorder(error(429, "slow down", **{"Retry-After": "3"}))
    with pytest.raises(RateLimited) as caught:
        run(call(make(server), "DELETE", "/v1/pbx/ivr/", {"id": 1}))
    assert 2.0 < caught.value.retry_after <= 3.0


def test_429_on_get_waits_for_the_reset_then_retries() -> None:
    server = Recorder(error(429, "Too many", **{"X-RateLimit-Reset": "0.2"}), ok(balance=1))
    transport = make(server)

    async def scenario() -> tuple[dict[str, Any], float]:
        loop = asyncio.get_running_loop()
        start = loop.time()
        body = await call(transport, "GET", "/v1/info/balance/")
        return body, loop.time() - start

    body, elapsed = run(scenario())
    assert body["balance"] == 1
    assert len(server.requests) == 2
    assert elapsed >= 0.15  # waited for the server's reset before asking again


# -- retries ------------------------------------------------------------------------------

HTML_502 = httpx.Response(502, text="<html><body>Bad gateway</body></html>",
                          headers={"Content-Type": "text/html"})


def test_get_retries_a_malformed_answer_then_succeeds() -> None:
    server = Recorder(HTML_502, httpx.Response(200, text="{not json"), ok(balance=3))
    body = run(call(make(server), "GET", "/v1/info/balance/"))
    assert body["balance"] == 3
    assert len(server.requests) == 3


def test_get_gives_up_after_three_retries() -> None:
    server = Recorder(HTML_502)
    with pytest.raises(NetworkError) as caught:
        run(call(make(server), "GET", "/v1/info/balance/"))
    assert len(server.requests) == 4
    assert "malformed answer (HTTP 502, text/html)" in str(caught.value)


def test_get_read_timeout_is_retried() -> None:
    server = Recorder(httpx.ReadTimeout("timed out"), ok(balance=1))
    assert run(call(make(server), "GET", "/v1/info/balance/"))["balance"] == 1
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "failure",
    [
        HTML_502,
        httpx.Response(500, json={"status": "error", "message": "internal"}),
        httpx.Response(200, text="<html>ok?</html>"),
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("connection reset"),
        httpx.WriteError("broken pipe"),
    ],
)
def test_post_that_lost_its_answer_is_unknown_outcome_and_never_retried(failure: Any) -> None:
    server = Recorder(failure, ok())
    with pytest.raises(UnknownOutcome) as caught:
        run(call(make(server), "POST", "/v1/reseller/users/topup/", {"user_id": 1, "amount": 5}))
    assert len(server.requests) == 1
    assert "may have been applied" in str(caught.value)


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("full")],
)
def test_post_that_never_left_is_retried(failure: Exception) -> None:
    server = Recorder(failure, ok(done=1))
    body = run(call(make(server), "POST", "/v1/reseller/users/topup/", {"user_id": 1}))
    assert body["done"] == 1
    assert len(server.requests) == 2


def test_post_that_never_left_gives_up_with_network_error() -> None:
    server = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(NetworkError) as caught:
        run(call(make(server), "POST", "/v1/reseller/users/topup/", {"user_id": 1}))
    assert not isinstance(caught.value, UnknownOutcome)
    assert len(server.requests) == 4


def test_closed_transport_refuses() -> None:
    transport = make(Recorder(ok()))

    async def scenario() -> None:
        await transport.aclose()
        await transport.request("GET", "/v1/info/balance/")

    with pytest.raises(NetworkError):
        run(scenario())


# -- rate limiting ------------------------------------------------------------------------


def test_server_headers_lower_the_room_left() -> None:
    limits = RateLimits(general=10, general_window=30.0)
    headers = {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "8", "X-RateLimit-Reset": "30"}
    server = Recorder(httpx.Response(200, json={"status": "success"}, headers=headers))
    transport = make(server, limits)

    async def scenario() -> None:
        await transport.request("GET", "/v1/info/balance/")
        # Locally 9 would be left; another rep on this key used 1 of the server's 2, so half
        # of the 8 left is ours, and half of that goes before the next answers are in.
        assert transport.rate_snapshot().remaining == 2
        await transport.request("GET", "/v1/info/balance/")
        await transport.aclose()

    run(scenario())


def test_server_limit_header_corrects_the_limit() -> None:
    headers = {"X-RateLimit-Limit": "40", "X-RateLimit-Remaining": "39"}
    server = Recorder(httpx.Response(200, json={"status": "success"}, headers=headers))
    transport = make(server, RateLimits(general=100, general_window=30.0))

    async def scenario() -> None:
        await transport.request("GET", "/v1/info/balance/")
        snapshot = transport.rate_snapshot()
        assert (snapshot.limit, snapshot.remaining) == (40, 39)
        await transport.aclose()

    run(scenario())


def test_requests_wait_for_room_instead_of_failing() -> None:
    server = Recorder(ok())
    transport = make(server, RateLimits(general=3, general_window=0.3))

    async def scenario() -> float:
        loop = asyncio.get_running_loop()
        start = loop.time()
        await asyncio.gather(*(transport.request("GET", "/v1/info/balance/") for _ in range(7)))
        await transport.aclose()
        return loop.time() - start

    elapsed = run(scenario())
    assert len(server.requests) == 7
    assert elapsed >= 0.55  # three windows were needed: 3 + 3 + 1


def test_interactive_requests_go_before_background_ones() -> None:
    server = Recorder(lambda request: ok())
    # A window no machine outlasts while the queue forms; shortened once everyone waits.
    transport = make(server, RateLimits(general=1, general_window=60.0))

    async def scenario() -> None:
        await transport.request("GET", "/v1/info/balance/", {"n": "first"})  # fills the window
        background = [
            asyncio.create_task(
                transport.request("GET", "/v1/info/balance/", {"n": f"bg{i}"},
                                  priority=Priority.BACKGROUND)
            )
            for i in range(3)
        ]
        while transport.rate_snapshot().waiting_background < 3:
            await asyncio.sleep(0)
        interactive = asyncio.create_task(
            transport.request("GET", "/v1/info/balance/", {"n": "click"})
        )
        while transport.rate_snapshot().waiting_interactive < 1:
            await asyncio.sleep(0)
        transport.limiter.configure(RateLimits(general=1, general_window=0.01))
        await asyncio.gather(*background, interactive)
        await transport.aclose()

    run(scenario())
    order = [urllib.parse.parse_qs(r.url.query.decode())["n"][0] for r in server.requests]
    assert order == ["first", "click", "bg0", "bg1", "bg2"]


def test_statistics_have_their_own_small_bucket() -> None:
    server = Recorder(ok())
    limits = RateLimits(general=100, general_window=30.0, statistics=2, statistics_window=30.0)
    transport = make(server, limits)

    async def scenario() -> None:
        await transport.request("GET", "/v1/statistics/pbx/")
        await transport.request("GET", "/v1/statistics/")
        stats_blocked = asyncio.create_task(transport.request("GET", "/v1/statistics/pbx/"))
        await asyncio.sleep(0.05)
        assert not stats_blocked.done()
        # A general request is not stuck behind the statistics queue.
        await asyncio.wait_for(transport.request("GET", "/v1/info/balance/"), timeout=5)
        snapshot = transport.rate_snapshot()
        assert snapshot.statistics.remaining == 0 and snapshot.statistics.waiting == 1
        stats_blocked.cancel()
        with pytest.raises(asyncio.CancelledError):
            await stats_blocked
        await transport.aclose()

    run(scenario())
    assert len(server.requests) == 3


def test_limiter_is_shared_per_key_and_host() -> None:
    server = Recorder(ok())
    base = f"https://api-{uuid.uuid4().hex[:8]}.test"
    limits = RateLimits(general=5, general_window=30.0)
    first = Transport(base, KEY, SECRET, rate_limits=limits,
                      http_transport=httpx.MockTransport(server))
    second = Transport(base + "/", KEY, SECRET, http_transport=httpx.MockTransport(server))
    other_key = Transport(base, KEY + "x", SECRET, rate_limits=limits,
                          http_transport=httpx.MockTransport(server))

    async def scenario() -> None:
        await first.request("GET", "/v1/info/balance/")
        await second.request("GET", "/v1/info/balance/")
        assert first.rate_snapshot().remaining == 3
        assert second.rate_snapshot().remaining == 3
        assert other_key.rate_snapshot().remaining == 5
        for transport in (first, second, other_key):
            await transport.aclose()

    run(scenario())


def test_cancelling_a_waiting_request_sends_nothing_and_frees_its_place() -> None:
    server = Recorder(ok())
    transport = make(server, RateLimits(general=1, general_window=60.0))

    async def scenario() -> None:
        await transport.request("GET", "/v1/info/balance/")
        waiting = asyncio.create_task(transport.request("POST", "/v1/reseller/users/topup/"))
        while transport.rate_snapshot().waiting == 0:
            await asyncio.sleep(0)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert transport.rate_snapshot().waiting == 0
        transport.limiter.configure(RateLimits(general=1, general_window=0.01))
        await transport.request("GET", "/v1/info/balance/")
        await transport.aclose()

    run(scenario())
    assert [r.method for r in server.requests] == ["GET", "GET"]


def test_rate_listeners_hear_changes_until_close() -> None:
    server = Recorder(ok())
    transport = make(server)
    seen: list[int] = []

    async def scenario() -> None:
        transport.add_rate_listener(lambda snapshot: seen.append(snapshot.general.used))
        await transport.request("GET", "/v1/info/balance/")
        await transport.aclose()
        count = len(seen)
        transport.limiter.configure(FAST)
        assert len(seen) == count

    run(scenario())
    assert seen and max(seen) >= 1


# -- secrets ------------------------------------------------------------------------------


def test_repr_and_errors_never_show_key_or_secret(caplog: pytest.LogCaptureFixture) -> None:
    echo = error(401, f"Unknown key {KEY} with secret {SECRET}")
    server = Recorder(echo, httpx.ConnectError(f"cannot reach {KEY}"))
    transport = make(server, max_retries=0)
    text = [repr(transport), str(transport), repr(transport.limiter), repr(vars(transport))]
    caplog.set_level(logging.DEBUG)

    async def scenario() -> None:
        for method in ("GET", "POST"):
            try:
                await transport.request(method, "/v1/info/balance/", {"token": "x"})
            except Exception as exc:
                text.extend([str(exc), repr(exc), exc.args.__repr__()])
        logging.getLogger("zaddesk.test").debug("raw %s and %s", KEY, SECRET)
        await transport.aclose()

    run(scenario())
    text.extend(record.getMessage() for record in caplog.records)
    text.append(caplog.text)
    blob = "\n".join(text)
    assert "Unknown key" in blob and "raw" in blob
    assert KEY not in blob and SECRET not in blob
    assert json.dumps(KEY) not in blob


def test_closing_releases_requests_waiting_for_room_with_network_error() -> None:
    server = Recorder(ok())
    transport = make(server, RateLimits(general=1, general_window=60.0))

    async def scenario() -> None:
        await transport.request("GET", "/v1/info/balance/")
        waiting = asyncio.create_task(transport.request("POST", "/v1/reseller/users/topup/"))
        await asyncio.sleep(0.02)
        await transport.aclose()
        with pytest.raises(NetworkError) as caught:
            await waiting
        assert not isinstance(caught.value, UnknownOutcome)
        assert "nothing was sent" in str(caught.value)

    run(scenario())
    assert [r.method for r in server.requests] == ["GET"]


def test_caller_cancellation_still_wins_over_close() -> None:
    transport = make(Recorder(ok()), RateLimits(general=1, general_window=60.0))

    async def scenario() -> None:
        await transport.request("GET", "/v1/info/balance/")
        waiting = asyncio.create_task(transport.request("GET", "/v1/info/balance/"))
        await asyncio.sleep(0.02)
        waiting.cancel()
        await transport.aclose()
        with pytest.raises(asyncio.CancelledError):
            await waiting

    run(scenario())


def test_ca_bundle_is_added_and_verification_stays_on(tmp_path: Any) -> None:
    import ssl

    import certifi

    context = tls_context(certifi.where())
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert tls_context(None).verify_mode == ssl.CERT_REQUIRED
    with pytest.raises(FileNotFoundError):
        tls_context(str(tmp_path / "missing.pem"))
    transport = Transport("https://api.zadarma.com", KEY, SECRET, ca_bundle=certifi.where())
    run(transport.aclose())


# -- redaction helpers --------------------------------------------------------------------


def test_secret_filter_scrubs_messages_arguments_and_tracebacks() -> None:
    from zaddesk.api.redact import SecretFilter

    secret_filter = SecretFilter(["hunter2-very-secret", "abc"])
    try:
        raise ValueError("boom hunter2-very-secret")
    except ValueError:
        import sys

        exc_info = sys.exc_info()
    record = logging.LogRecord("zaddesk.x", logging.ERROR, __file__, 1,
                               "login with %s at %s", ("hunter2-very-secret",
                                                       "https://h/p?sig=abc&x=1"), exc_info)
    assert secret_filter.filter(record) is True
    formatted = logging.Formatter().format(record)
    assert "hunter2" not in formatted and "sig=" not in formatted
    assert "login with *** at https://h/p?***" in formatted
    # "abc" is too short to register: masking it would mangle ordinary text.
    assert secret_filter.scrub("abcdef") == "abcdef"


def test_secret_is_masked_everywhere_but_reveal() -> None:
    from zaddesk.api.redact import Secret

    secret = Secret("s3cr3t-value")
    assert repr(secret) == str(secret) == f"{secret}" == "***"
    assert secret.reveal() == "s3cr3t-value"
    assert Secret("s3cr3t-value") == secret and hash(Secret("s3cr3t-value")) == hash(secret)
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(secret)


def test_strip_query_keeps_the_path() -> None:
    from zaddesk.api.redact import strip_query

    line = '"GET /v1/info/balance/?user_id=5 HTTP/1.1" then https://api.zadarma.com/v1/x/?a=1#f'
    assert strip_query(line) == (
        '"GET /v1/info/balance/?*** HTTP/1.1" then https://api.zadarma.com/v1/x/?***#f'
    )
    assert strip_query("Is this a question? Yes.") == "Is this a question? Yes."


def test_every_log_record_is_scrubbed_once_a_transport_exists(
    caplog: pytest.LogCaptureFixture,
) -> None:
    transport = make(Recorder(ok()))
    caplog.set_level(logging.INFO)
    logging.getLogger("some.library").info("token %s", SECRET)
    logging.getLogger("httpx").info("HTTP Request: GET %s", "https://x.test/v1/a/?k=v")
    run(transport.aclose())
    assert SECRET not in caplog.text and "k=v" not in caplog.text
    assert "token ***" in caplog.text


def test_secrets_are_held_only_while_a_transport_lives() -> None:
    import gc

    from zaddesk.api.redact import secret_filter

    key, secret = f"key-{uuid.uuid4().hex}", f"secret-{uuid.uuid4().hex}"
    mock = httpx.MockTransport(Recorder(ok()))
    first = Transport("https://a.test", key, secret, http_transport=mock)
    second = Transport("https://b.test", key, secret, http_transport=mock)
    assert secret_filter().scrub(f"{key} {secret}") == "*** ***"
    run(first.aclose())
    assert secret_filter().scrub(secret) == "***"  # the second still uses it
    del second
    gc.collect()
    assert secret_filter().scrub(f"{key} {secret}") == f"{key} {secret}"


def test_tls_context_is_built_once_per_bundle() -> None:
    """Loading the CA store is slow; every profile's transport shares one context."""
    from zaddesk.api.transport import tls_context

    assert tls_context() is tls_context()
    assert tls_context().verify_mode == ssl.CERT_REQUIRED
