"""A cancelled task leaves no leaked pool connection, no error and no row behind."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import until
from zaddesk.gui.tasks import TaskState


def pool_of(api: Any) -> Any:
    """httpcore's connection pool behind the transport's httpx client."""
    transport = api.transport._client._transport
    transport = getattr(transport, "_inner", transport)  # a wrapping transport may sit on top
    return transport._pool


def test_cancel_from_task_panel_frees_the_connection(window: Any, arun: Any, qtbot: Any,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    ctx = window.ctx
    api = ctx.api
    pool = pool_of(api)
    ctx.emulator.set_faults(latency=3.0)
    window.task_dock.show()
    page = window.show_page("documents")
    results: list[Any] = []

    async def scenario() -> None:
        info = page.run(lambda: api.info.balance(), title="slow balance",
                        on_success=results.append)
        await until(lambda: len(pool._requests) == 1, message="request in flight")
        panel = window.task_panel
        assert panel.cancel_button.isEnabled()
        with caplog.at_level(logging.WARNING):
            qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
            await until(lambda: not info.running, message="cancellation")
        assert info.state is TaskState.CANCELLED
        await asyncio.sleep(0.05)
        # Nothing waits in the pool and no connection is stuck mid-request.
        assert pool._requests == []
        assert all(c.is_idle() or c.is_closed() for c in pool.connections)
        ctx.emulator.set_faults(latency=0)
        # The same client still works, and reuses or replaces the connection cleanly.
        balance = await api.info.balance()
        assert balance.currency
        await ctx.runner.wait_idle()  # pages may refresh in the background meanwhile
        assert pool._requests == []
        assert all(c.is_idle() or c.is_closed() for c in pool.connections)

    arun(scenario())
    assert results == []
    assert page.banner.isHidden()
    assert ctx.runner.model.rowCount() == 0
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_closing_the_window_cancels_running_work(window: Any, arun: Any) -> None:
    ctx = window.ctx
    ctx.emulator.set_faults(latency=3.0)
    page = window.show_page("documents")

    async def scenario() -> None:
        info = page.run(lambda: ctx.api.info.balance(), title="slow")
        await until(lambda: len(pool_of(ctx.api)._requests) == 1, message="in flight")
        window.close()
        await until(lambda: not info.running, message="cancellation")
        assert info.state is TaskState.CANCELLED
        assert window.closed.done()
        ctx.emulator.set_faults(latency=0)

    arun(scenario())
    assert ctx.runner.tasks() == []
