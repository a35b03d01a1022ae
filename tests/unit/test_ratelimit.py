"""The shared rate limiter on its own: window, priorities, cancellation, server corrections."""

from __future__ import annotations

import asyncio
import email.utils
import threading
import time
import uuid
from collections.abc import Coroutine
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zaddesk.api.ratelimit import (
    _INF,
    Grant,
    Priority,
    RateLimiter,
    RateLimits,
    _Bucket,
    parse_reset,
    parse_retry_after,
)

PATH = "/v1/info/balance/"
STATS = "/v1/statistics/pbx/"


def run(coro: Coroutine[Any, Any, Any]) -> Any:
    return asyncio.run(coro)


class HandClock:
    """Time that moves only when the test says so: no stall of a loaded machine can expire
    a window early. Move it with ``advance``, which also lets the limiter look again."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.limiters: list[RateLimiter] = []

    def __call__(self) -> float:
        return self.now

    def limiter(self, limits: RateLimits) -> RateLimiter:
        limiter = RateLimiter(limits, clock=self)
        self.limiters.append(limiter)
        return limiter

    def advance(self, seconds: float) -> None:
        self.now += seconds
        for limiter in self.limiters:
            limiter.poke()


async def pending(task: asyncio.Future[Any], grace: float = 0.05) -> bool:
    """True if ``task`` is still waiting after a short grace period."""
    await asyncio.wait([task], timeout=grace)
    return not task.done()


def test_limits_validate() -> None:
    with pytest.raises(ValueError):
        RateLimits(general=0)
    with pytest.raises(ValueError):
        RateLimits(statistics_window=0)


def test_window_counts_from_the_answer_not_from_the_start() -> None:
    limiter = RateLimiter(RateLimits(general=2, general_window=0.2, probe=False))

    async def scenario() -> None:
        first = await limiter.acquire(PATH)
        second = await limiter.acquire(PATH)
        third = asyncio.create_task(limiter.acquire(PATH))
        assert await pending(third)  # two in flight fill the bucket, however long they take
        await asyncio.sleep(0.25)
        assert await pending(third)  # still in flight: the server may not have counted them
        answered = time.monotonic()
        limiter.finish(first, sent=True)
        grant = await third
        assert time.monotonic() - answered >= 0.19
        limiter.finish(second, sent=True)
        limiter.finish(grant, sent=True)

    run(scenario())


def test_unsent_request_gives_its_slot_back_at_once() -> None:
    limiter = RateLimiter(RateLimits(general=1, general_window=60.0))

    async def scenario() -> None:
        grant = await limiter.acquire(PATH)
        waiting = asyncio.create_task(limiter.acquire(PATH))
        assert await pending(waiting)
        limiter.finish(grant, sent=False)
        await asyncio.wait_for(waiting, timeout=5)
        limiter.finish(grant, sent=True)  # finishing twice changes nothing
        assert limiter.snapshot().general.used == 1

    run(scenario())


def test_priority_then_arrival_order() -> None:
    limiter = RateLimiter(RateLimits(general=1, general_window=0.05))
    order: list[str] = []

    async def one(name: str, priority: Priority) -> None:
        grant = await limiter.acquire(PATH, priority)
        order.append(name)
        limiter.finish(grant, sent=True)

    async def scenario() -> None:
        blocker = await limiter.acquire(PATH)
        tasks = [
            asyncio.create_task(one("bg1", Priority.BACKGROUND)),
            asyncio.create_task(one("ui1", Priority.INTERACTIVE)),
            asyncio.create_task(one("bg2", Priority.BACKGROUND)),
            asyncio.create_task(one("ui2", Priority.INTERACTIVE)),
        ]
        await asyncio.sleep(0.01)
        snapshot = limiter.snapshot()
        assert (snapshot.waiting_interactive, snapshot.waiting_background) == (2, 2)
        limiter.finish(blocker, sent=True)
        await asyncio.gather(*tasks)

    run(scenario())
    assert order == ["ui1", "ui2", "bg1", "bg2"]


def test_cancelled_waiter_leaves_no_trace() -> None:
    limiter = RateLimiter(RateLimits(general=1, general_window=60.0))

    async def scenario() -> None:
        grant = await limiter.acquire(PATH)
        waiters = [asyncio.create_task(limiter.acquire(PATH)) for _ in range(50)]
        await asyncio.sleep(0.01)
        assert limiter.snapshot().waiting == 50
        for task in waiters:
            task.cancel()
        await asyncio.gather(*waiters, return_exceptions=True)
        snapshot = limiter.snapshot()
        assert snapshot.waiting == 0 and snapshot.general.used == 1
        limiter.finish(grant, sent=False)
        assert limiter.snapshot().general.remaining == 1

    run(scenario())


def test_granted_but_cancelled_before_resuming_returns_the_slot() -> None:
    limiter = RateLimiter(RateLimits(general=1, general_window=60.0))

    async def scenario() -> None:
        grant = await limiter.acquire(PATH)
        waiting = asyncio.create_task(limiter.acquire(PATH))
        await asyncio.sleep(0.01)
        limiter.finish(grant, sent=False)  # grants the waiter, which has not run yet
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        snapshot = limiter.snapshot()
        assert snapshot.general.used == 0 and snapshot.general.remaining == 1

    run(scenario())


def test_statistics_use_both_buckets() -> None:
    clock = HandClock()
    limiter = clock.limiter(RateLimits(general=5, general_window=60.0, statistics=1,
                                       statistics_window=60.0))

    async def scenario() -> None:
        grant = await limiter.acquire(STATS)
        limiter.finish(grant, sent=True)
        snapshot = limiter.snapshot()
        assert (snapshot.general.used, snapshot.statistics.used) == (1, 1)
        assert snapshot.statistics.remaining == 0
        assert snapshot.statistics.reset_in == 60.0
        assert limiter.is_statistics("/v1/statistics/") and not limiter.is_statistics(PATH)

    run(scenario())


def test_server_remaining_wins_only_when_lower() -> None:
    clock = HandClock()
    limiter = clock.limiter(RateLimits(general=10, general_window=60.0))

    async def scenario() -> None:
        grant = await limiter.acquire(PATH)
        limiter.finish(grant, sent=True)
        # Our own request is the only one: the server agrees, nothing changes.
        limiter.observe(PATH, {"X-RateLimit-Remaining": "9", "X-RateLimit-Limit": "10"})
        assert limiter.snapshot().remaining == 9
        # Someone else uses the key too: 2 counted, 1 of them ours, so half of the 8 left
        # is ours, and we take half of that before looking again.
        limiter.observe(PATH, {"x-ratelimit-remaining": "8", "x-ratelimit-reset": "0.2"})
        assert limiter.snapshot().remaining == 2
        grants = [await limiter.acquire(PATH) for _ in range(2)]
        third = asyncio.create_task(limiter.acquire(PATH))
        assert await pending(third)
        for g in grants:
            limiter.finish(g, sent=True)
        assert await pending(third)  # answers alone do not reset the server's window
        clock.advance(0.2)
        await asyncio.wait_for(third, timeout=5)  # the server's window reset
        fourth = asyncio.create_task(limiter.acquire(PATH))
        assert await pending(fourth)  # after a correction, one request looks first
        limiter.finish(third.result(), sent=True)
        await asyncio.wait_for(fourth, timeout=5)
        limiter.finish(fourth.result(), sent=True)
        # A later answer showing more room than we think lifts the correction: our own
        # count (5 in the last minute) is the limit again.
        limiter.observe(PATH, {"X-RateLimit-Remaining": "9"})
        assert limiter.snapshot().remaining == 5

    run(scenario())


def test_headers_missing_or_garbled_are_tolerated() -> None:
    limiter = RateLimiter(RateLimits(general=10, general_window=60.0))
    limiter.observe(PATH, {})
    limiter.observe(PATH, {"X-RateLimit-Remaining": "lots", "X-RateLimit-Limit": "-"})
    assert limiter.snapshot().remaining == 10


def test_back_off_holds_everyone_until_the_reset() -> None:
    clock = HandClock()
    limiter = clock.limiter(RateLimits(general=100, general_window=60.0))

    async def scenario() -> None:
        delay = limiter.back_off(PATH, 0.2)
        assert delay == pytest.approx(0.2, abs=0.01)
        assert limiter.snapshot().blocked_for == pytest.approx(0.2)
        waiting = asyncio.create_task(limiter.acquire(PATH))
        assert await pending(waiting)
        clock.advance(0.19)
        assert await pending(waiting)  # still inside the server's reset
        clock.advance(0.02)
        grant = await asyncio.wait_for(waiting, timeout=5)
        limiter.finish(grant, sent=True)
        assert limiter.snapshot().remaining == 99

    run(scenario())


def test_back_off_without_hint_uses_the_local_window() -> None:
    limiter = RateLimiter(RateLimits(general=100, general_window=5.0))
    assert limiter.back_off(PATH, None) == pytest.approx(1.0, abs=0.01)


def test_parse_reset_and_retry_after() -> None:
    assert parse_reset("30") == 30.0
    assert parse_reset(" 1.5 ") == 1.5
    assert parse_reset(None) is None and parse_reset("soon") is None and parse_reset("nan") is None
    assert parse_reset("-4") == 0.0
    epoch = parse_reset(str(int(time.time()) + 20))
    assert epoch is not None and 18 < epoch <= 20
    assert parse_retry_after("12") == 12.0
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    when = parse_retry_after(later)
    assert when is not None and 28 < when <= 30
    assert parse_retry_after("garbage") is None


def test_shared_registry() -> None:
    base = f"https://api-{uuid.uuid4().hex[:8]}.test"
    a = RateLimiter.shared(base, "key1")
    assert RateLimiter.shared(base + "/", "key1") is a
    assert RateLimiter.shared(base.upper(), "key1") is a
    assert RateLimiter.shared(base, "key2") is not a
    limits = RateLimits(general=7)
    assert RateLimiter.shared(base, "key1", limits) is a and a.limits == limits
    assert "key1" not in repr(a)


def test_listener_errors_do_not_break_the_limiter() -> None:
    limiter = RateLimiter(RateLimits(general=10, general_window=60.0))
    calls: list[int] = []

    def broken(snapshot: object) -> None:
        raise RuntimeError("meter gone")

    limiter.add_listener(broken)
    limiter.add_listener(lambda s: calls.append(s.general.used))

    async def scenario() -> None:
        grant = await limiter.acquire(PATH)
        limiter.finish(grant, sent=True)

    run(scenario())
    limiter.remove_listener(broken)
    assert calls[-1] == 1


def test_two_event_loops_in_two_threads_share_one_budget() -> None:
    """GUI and CLI on separate loops never exceed the limit together."""
    limit, window = 4, 0.15
    limiter = RateLimiter(RateLimits(general=limit, general_window=window))
    spans: list[tuple[float, float]] = []  # (granted, answered)
    lock = threading.Lock()

    async def worker(count: int) -> None:
        async def one() -> None:
            grant: Grant = await limiter.acquire(PATH)
            granted = time.monotonic()
            await asyncio.sleep(0.005)
            answered = time.monotonic()
            limiter.finish(grant, sent=True)
            with lock:
                spans.append((granted, answered))

        await asyncio.gather(*(one() for _ in range(count)))

    threads = [threading.Thread(target=asyncio.run, args=(worker(6),)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads)
    assert len(spans) == 12
    # Sliding log: the (i+limit)-th start comes a full window after the i-th answer.
    spans.sort()
    answers = sorted(answered for _, answered in spans)
    starts = [granted for granted, _ in spans]
    for i in range(len(starts) - limit):
        assert starts[i + limit] >= answers[i] + window - 1e-3


def test_first_request_probes_the_servers_count_before_a_burst() -> None:
    limiter = RateLimiter(RateLimits(general=50, general_window=60.0))

    async def scenario() -> None:
        first = await limiter.acquire(PATH)
        second = asyncio.create_task(limiter.acquire(PATH))
        assert await pending(second)  # nothing is known about the key yet
        # Another rep has used 4: the answer says 45 are left after ours. Five consoles'
        # worth of count, one ours: a fifth of the 45, half of it before looking again.
        limiter.finish(first, sent=True, headers={"X-RateLimit-Limit": "50",
                                                  "X-RateLimit-Remaining": "45",
                                                  "X-RateLimit-Reset": "60"})
        grants = [await second, await limiter.acquire(PATH), await limiter.acquire(PATH)]
        fourth = asyncio.create_task(limiter.acquire(PATH))
        assert await pending(fourth)  # after the probe, three in flight, then one per answer
        for grant in grants:
            limiter.finish(grant, sent=True)
        grant = await asyncio.wait_for(fourth, timeout=5)
        fifth = asyncio.create_task(limiter.acquire(PATH))
        assert await pending(fifth)  # our part, not the server's 45 nor our 49
        fifth.cancel()
        limiter.finish(grant, sent=True)

    run(scenario())


def test_consoles_started_together_stay_under_the_servers_limit() -> None:
    """Three limiters (three processes) against one server count: no 429, little waste."""
    clock = HandClock()
    limit = 100
    limiters = [clock.limiter(RateLimits(general=limit, general_window=60.0)) for _ in "abc"]
    count = 0
    refused = 0

    async def console(limiter: RateLimiter) -> int:
        nonlocal count, refused
        sent = 0

        async def one() -> None:
            nonlocal count, refused, sent
            grant = await limiter.acquire(PATH)
            await asyncio.sleep(0)  # on the wire: others get their turn
            if count >= limit:
                refused += 1
            count = min(count + 1, limit)
            sent += 1
            remaining = limit - count
            await asyncio.sleep(0)
            limiter.finish(grant, sent=True, headers={"X-RateLimit-Limit": str(limit),
                                                      "X-RateLimit-Remaining": str(remaining),
                                                      "X-RateLimit-Reset": "60"})

        tasks = [asyncio.create_task(one()) for _ in range(60)]
        await asyncio.wait(tasks, timeout=1.0)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return sent

    async def scenario() -> list[int]:
        return list(await asyncio.gather(*(console(limiter) for limiter in limiters)))

    sent = run(scenario())
    assert refused == 0
    assert sum(sent) >= limit - 2 * len(limiters)  # a few slots may go unused
    assert min(sent) >= 10  # each console gets its part


def test_a_failed_send_keeps_probing() -> None:
    limiter = RateLimiter(RateLimits(general=50, general_window=60.0))

    async def scenario() -> None:
        first = await limiter.acquire(PATH)
        limiter.finish(first, sent=False)  # connection refused: we learnt nothing
        again = await limiter.acquire(PATH)
        second = asyncio.create_task(limiter.acquire(PATH))
        assert await pending(second)
        limiter.finish(again, sent=True)  # an answer, even without headers, ends the probe
        limiter.finish(await second, sent=True)
        burst = [await limiter.acquire(PATH) for _ in range(3)]  # 2 after the probe, +1
        for grant in burst:
            limiter.finish(grant, sent=True)

    run(scenario())


def test_statistics_answer_for_the_general_limit_goes_to_the_general_bucket() -> None:
    limiter = RateLimiter(RateLimits(general=100, general_window=60.0, statistics=3,
                                     statistics_window=60.0))

    async def scenario() -> None:
        grant = await limiter.acquire(STATS)
        limiter.finish(grant, sent=True, headers={"X-RateLimit-Limit": "100",
                                                  "X-RateLimit-Remaining": "0",
                                                  "X-RateLimit-Reset": "30"})
        snapshot = limiter.snapshot()
        assert snapshot.statistics.limit == 3
        assert snapshot.general.limit == 100 and snapshot.general.remaining == 0

    run(scenario())


def test_after_a_correction_expires_one_queued_request_looks_first() -> None:
    clock = HandClock()
    limiter = clock.limiter(RateLimits(general=50, general_window=60.0))

    async def scenario() -> None:
        grant = await limiter.acquire(PATH)
        limiter.finish(grant, sent=True, headers={"X-RateLimit-Remaining": "0",
                                                  "X-RateLimit-Reset": "0.2"})
        queued = [asyncio.create_task(limiter.acquire(PATH)) for _ in range(5)]
        while limiter.snapshot().waiting < 5:
            await asyncio.sleep(0)
        assert not any(task.done() for task in queued)  # the server said: none left
        clock.advance(0.2)
        await asyncio.wait(queued, return_when=asyncio.FIRST_COMPLETED)
        done = [task for task in queued if task.done()]
        assert len(done) == 1  # the others wait for its answer
        assert all(await asyncio.gather(*(pending(t) for t in queued if not t.done())))
        limiter.finish(done[0].result(), sent=True, headers={"X-RateLimit-Remaining": "48"})
        for task in queued:  # in turn: after a probe, the burst widens answer by answer
            limiter.finish(await asyncio.wait_for(task, timeout=5), sent=True)

    run(scenario())


def test_answers_arriving_out_of_order_never_widen_the_servers_count() -> None:
    """The second rep on a shared key: its answers overtake each other on their way back."""
    limiter = RateLimiter(RateLimits(general=50, general_window=60.0, probe=False))

    async def scenario() -> None:
        first = await limiter.acquire(PATH)
        # Another rep has used 4 of 50: after ours the server has 45 left, a fifth of it ours
        # (half of that before looking again).
        limiter.finish(first, sent=True, headers={"X-RateLimit-Limit": "50",
                                                  "X-RateLimit-Remaining": "45",
                                                  "X-RateLimit-Reset": "60"})
        grants = [await limiter.acquire(PATH) for _ in range(4)]
        assert limiter.snapshot().remaining == 0
        # The server counted them in order (44 left, 43 left, ... 41 left); the answers come
        # back newest first, so the last one seen is the oldest count.
        for index in reversed(range(4)):
            limiter.finish(grants[index], sent=True,
                           headers={"X-RateLimit-Remaining": str(44 - index),
                                    "X-RateLimit-Reset": "60"})
            assert limiter.snapshot().remaining == 0
        late = asyncio.create_task(limiter.acquire(PATH))
        await asyncio.sleep(0)
        assert not late.done() and limiter.snapshot().waiting == 1
        late.cancel()
        with pytest.raises(asyncio.CancelledError):
            await late

    run(scenario())


def test_our_own_answers_out_of_order_are_not_a_second_console_for_long() -> None:
    """Two requests of one console in flight, both counted by the server, the newer answer
    first: for a moment the count (2) is twice what is answered as ours (1), which looks
    like a second console. Once the older answer is in, everything counted is ours and the
    room is the whole limit again, not a share for the rest of the window (which kept
    background work, such as the PBX status dots, waiting for a minute)."""
    limiter = RateLimiter(RateLimits(general=100, general_window=60.0, probe=False))

    async def scenario() -> None:
        older, newer = await limiter.acquire(PATH), await limiter.acquire(PATH)
        limiter.finish(newer, sent=True, headers={"X-RateLimit-Limit": "100",
                                                  "X-RateLimit-Remaining": "98",
                                                  "X-RateLimit-Reset": "60"})
        assert limiter.snapshot().general.sharers == 2  # erring towards more consoles
        limiter.finish(older, sent=True, headers={"X-RateLimit-Remaining": "99",
                                                  "X-RateLimit-Reset": "60"})
        snap = limiter.snapshot().general
        assert (snap.sharers, snap.remaining) == (1, 98)

    run(scenario())


def test_a_count_beyond_ours_keeps_the_share_once_all_ours_are_answered() -> None:
    limiter = RateLimiter(RateLimits(general=100, general_window=60.0, probe=False))

    async def scenario() -> None:
        first, second = await limiter.acquire(PATH), await limiter.acquire(PATH)
        limiter.finish(first, sent=True, headers={"X-RateLimit-Limit": "100",
                                                  "X-RateLimit-Remaining": "94",
                                                  "X-RateLimit-Reset": "60"})
        limiter.finish(second, sent=True, headers={"X-RateLimit-Remaining": "93",
                                                   "X-RateLimit-Reset": "60"})
        # 7 counted, 2 of them ours: 4 consoles; an eighth of the 93 left.
        snap = limiter.snapshot().general
        assert (snap.sharers, snap.remaining) == (4, 93 // 8)

    run(scenario())


def test_the_counts_follow_the_log_whatever_the_order() -> None:
    """The bucket keeps its count and its requests in flight as numbers; they must equal what
    a scan of its log says, through any order of starts, answers, losses, waits and a window
    that the server changes."""
    steps = st.lists(st.one_of(
        st.just(("take",)),
        st.tuples(st.just("answer"), st.integers(0, 30)),
        st.tuples(st.just("lose"), st.integers(0, 30)),
        st.tuples(st.just("wait"), st.floats(0.0, 40.0)),
        st.tuples(st.just("window"), st.floats(1.0, 90.0)),
    ), max_size=60)

    @settings(max_examples=300, deadline=None)
    @given(steps)
    def check(plan: list[tuple[Any, ...]]) -> None:
        bucket = _Bucket("general", 1000, 60.0, probe=False)
        now = 1000.0
        flying: list[Any] = []
        for step in plan:
            if step[0] == "take":
                flying.append(bucket.take())
            elif step[0] in ("answer", "lose") and flying:
                slot = flying.pop(step[1] % len(flying))
                if step[0] == "answer":
                    bucket.answered(slot, now)
                else:
                    bucket.give_back(slot)
            elif step[0] == "wait":
                now += step[1]
            elif step[0] == "window":
                bucket.window = step[1]
            window = bucket.window
            alive = [s for s in bucket.slots if s.done_at + window > now]
            assert bucket.used(now) == len(alive)
            assert bucket.in_flight() == sum(1 for s in bucket.slots if s.done_at == _INF)
            expiries = [s.done_at + window for s in alive if s.done_at != _INF]
            assert bucket.next_change(now) == (min(expiries) if expiries else None)

    check()
