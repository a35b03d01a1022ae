"""The task runner on a real qasync loop: success, replacement, cancellation, error routing."""

from __future__ import annotations

import asyncio
from typing import Any

import shiboken6
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from tests.gui.conftest import until
from zaddesk.api.errors import ApiError, AuthError, NetworkError, UnknownOutcome
from zaddesk.gui.dialogs import ask
from zaddesk.gui.page import Banner, FieldErrors
from zaddesk.gui.tasks import TaskKind, TaskRunner, TaskState, report_progress


class Form(QWidget):
    """An ErrorSurface like a page: inputs named after API parameters, a banner."""

    def __init__(self) -> None:
        super().__init__()
        self.banner = Banner(self)
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.email_error = QLabel(self)
        self.email_error.setObjectName("email_error")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.errors = FieldErrors(self, self.banner)

    def show_field_error(self, name: str, message: str) -> bool:
        return self.errors.show(name, message)

    def show_banner(self, message: str, level: str = "error") -> None:
        self.banner.show_message(message, level)

    def clear_errors(self) -> None:
        self.errors.clear()
        self.banner.clear()


def test_success_calls_back_and_leaves_no_row(arun: Any, qtbot: Any) -> None:
    runner = TaskRunner()
    results: list[int] = []

    async def work() -> int:
        report_progress(0.5, "half")
        await asyncio.sleep(0)
        return 42

    async def scenario() -> None:
        info = runner.run(work, title="answer", on_success=results.append)
        assert runner.busy and runner.model.rowCount() == 1
        await runner.wait_idle()
        assert info.state is TaskState.DONE and info.progress == 0.5

    arun(scenario())
    assert results == [42]
    assert runner.model.rowCount() == 0 and not runner.busy and runner.tasks() == []


def test_same_name_cancels_previous(arun: Any) -> None:
    runner = TaskRunner()
    owner = QWidget()
    seen: list[str] = []

    async def search(term: str) -> str:
        await asyncio.sleep(0.2 if term == "first" else 0)
        return term

    async def scenario() -> None:
        first = runner.run(lambda: search("first"), title="s", owner=owner, name="search",
                           on_success=seen.append)
        await asyncio.sleep(0)
        second = runner.run(lambda: search("second"), title="s", owner=owner, name="search",
                            on_success=seen.append)
        await runner.wait_idle()
        assert first.state is TaskState.CANCELLED
        assert second.state is TaskState.DONE

    arun(scenario())
    assert seen == ["second"]
    assert runner.model.rowCount() == 0


def test_cancel_before_first_step_is_clean(arun: Any) -> None:
    runner = TaskRunner()

    async def scenario() -> None:
        info = runner.run(lambda: asyncio.sleep(1), title="never")
        runner.cancel(info)
        await runner.wait_idle()
        await asyncio.sleep(0)
        assert info.state is TaskState.CANCELLED

    arun(scenario())
    assert runner.tasks() == [] and runner.model.rowCount() == 0 and not runner.busy


def test_owner_destroyed_cancels_its_tasks(arun: Any) -> None:
    runner = TaskRunner()
    owner = QWidget()
    called: list[object] = []

    def on_error(exc: BaseException) -> bool:
        called.append(exc)
        return True

    async def scenario() -> None:
        info = runner.run(lambda: asyncio.sleep(5), title="slow", owner=owner,
                          on_success=called.append, on_error=on_error)
        await asyncio.sleep(0)
        owner.deleteLater()
        await until(lambda: not info.running, message="cancellation")
        assert info.state is TaskState.CANCELLED

    arun(scenario())
    assert called == []


def test_field_error_lands_on_named_widget(arun: Any) -> None:
    runner = TaskRunner()
    form = Form()

    async def fail() -> None:
        raise ApiError("Wrong e-mail format", status_code=400, field="email")

    async def scenario() -> None:
        runner.run(fail, title="register", owner=form)
        await runner.wait_idle()

    arun(scenario())
    assert form.email.property("invalid") is True
    assert form.email_error.text() == "Wrong e-mail format"
    assert form.errors.marked() == {"email": "Wrong e-mail format"}
    assert form.banner.isHidden()
    assert runner.model.rowCount() == 0  # shown at the field, not in the panel
    form.email.textEdited.emit("x")  # editing clears the mark
    assert form.email.property("invalid") is False and form.email_error.isHidden()


def test_field_map_and_fallback_to_banner(arun: Any) -> None:
    runner = TaskRunner()
    form = Form()

    async def bad_field() -> None:
        raise ApiError("Bad number", status_code=400, field="number")

    async def no_field() -> None:
        raise AuthError("Not authorized", status_code=401)

    async def scenario() -> None:
        runner.run(bad_field, title="a", owner=form, field_map={"number": "phone"})
        await runner.wait_idle()
        assert form.phone.property("invalid") is True
        # No phone_error label: the banner carries the text as well.
        assert form.banner.label.text() == "Bad number"
        runner.run(no_field, title="b", owner=form)
        await runner.wait_idle()

    arun(scenario())
    assert form.phone.property("invalid") is False  # a new interactive task clears old marks
    assert "rejected the API key or secret" in form.banner.label.text()
    assert not form.banner.isHidden()


def test_background_failure_stays_in_panel_until_dismissed(arun: Any) -> None:
    runner = TaskRunner()
    form = Form()
    failed: list[Any] = []
    runner.task_failed.connect(failed.append)

    async def fail() -> None:
        raise NetworkError("connection refused")

    async def scenario() -> None:
        runner.run(fail, title="refresh", owner=form, kind=TaskKind.BACKGROUND)
        await runner.wait_idle()

    arun(scenario())
    assert form.banner.isHidden()
    assert len(failed) == 1 and runner.model.rowCount() == 1
    status = runner.model.data(runner.model.index(0, 1))
    assert "No connection to the server" in status and "connection refused" in status
    runner.dismiss(failed[0])
    assert runner.model.rowCount() == 0


def test_on_error_may_handle(arun: Any) -> None:
    runner = TaskRunner()
    form = Form()
    handled: list[BaseException] = []

    async def fail() -> None:
        raise UnknownOutcome("lost")

    def on_error(exc: BaseException) -> bool:
        handled.append(exc)
        return True

    async def scenario() -> None:
        runner.run(fail, title="topup", owner=form, on_error=on_error)
        await runner.wait_idle()

    arun(scenario())
    assert isinstance(handled[0], UnknownOutcome)
    assert form.banner.isHidden() and runner.model.rowCount() == 0


def test_unexpected_exception_is_reported_not_lost(arun: Any) -> None:
    runner = TaskRunner()

    async def boom() -> None:
        raise ZeroDivisionError("oops")

    async def scenario() -> None:
        runner.run(boom, title="bug", kind=TaskKind.BACKGROUND)
        await runner.wait_idle()

    arun(scenario())
    text = runner.model.data(runner.model.index(0, 1))
    assert "ZeroDivisionError" in text


def test_handled_and_expected_errors_log_once_at_info_bugs_keep_the_traceback(
        arun: Any, caplog: Any) -> None:
    runner = TaskRunner()
    form = Form()

    async def lost() -> None:
        raise UnknownOutcome("lost")

    async def refused() -> None:
        raise ApiError("Wrong code", status_code=400, field="email")

    async def handled_bug() -> None:
        raise LookupError("a page knows this one")

    async def bug() -> None:
        raise ZeroDivisionError("oops")

    async def scenario() -> None:
        runner.run(lost, title="topup", owner=form, on_error=lambda _e: True)
        runner.run(refused, title="confirm", owner=form)
        runner.run(handled_bug, title="handled", owner=form, on_error=lambda _e: True)
        runner.run(bug, title="bug", kind=TaskKind.BACKGROUND)
        await runner.wait_idle()

    caplog.set_level("DEBUG", logger="zaddesk.gui.tasks")
    arun(scenario())
    records = {r.getMessage().split("'")[1]: r for r in caplog.records
               if r.name == "zaddesk.gui.tasks" and "'" in r.getMessage()}
    for title in ("topup", "confirm", "handled"):
        record = records[title]
        assert record.levelname == "INFO" and record.exc_info is None, title
        assert sum(title in r.getMessage() for r in caplog.records) == 1, title
    assert "Wrong code" in records["confirm"].getMessage()
    assert records["bug"].levelname == "WARNING" and records["bug"].exc_info is not None
    assert "Unexpected" not in "".join(r.getMessage() for r in caplog.records
                                       if r.levelname == "INFO")


def test_ask_is_safe_inside_a_task(arun: Any, qtbot: Any) -> None:
    """A confirmation inside a task uses open(), not exec(): the loop keeps running."""
    runner = TaskRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    answers: list[Any] = []
    ticks: list[int] = []

    async def confirm() -> Any:
        return await ask(parent, "Delete", "Really?")

    async def ticker() -> None:
        for i in range(5):
            ticks.append(i)
            await asyncio.sleep(0.01)

    async def scenario() -> None:
        runner.run(confirm, title="confirm", owner=parent, on_success=answers.append)
        runner.run(ticker, title="tick")
        await until(lambda: parent.findChild(QMessageBox) is not None, message="box")
        await until(lambda: len(ticks) == 5, message="other tasks to run meanwhile")
        box = parent.findChild(QMessageBox)
        assert box is not None
        box.button(QMessageBox.StandardButton.Yes).click()
        await runner.wait_idle()

    arun(scenario())
    assert answers == [QMessageBox.StandardButton.Yes]


def test_cancelling_ask_closes_the_box(arun: Any, qtbot: Any) -> None:
    runner = TaskRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    async def scenario() -> None:
        info = runner.run(lambda: ask(parent, "t", "q"), title="confirm", owner=parent)
        await until(lambda: parent.findChild(QMessageBox) is not None, message="box")
        box = parent.findChild(QMessageBox)
        runner.cancel(info)
        await runner.wait_idle()
        await asyncio.sleep(0)
        assert box is not None
        assert not shiboken6.isValid(box) or not box.isVisible()

    arun(scenario())


def test_task_started_before_the_loop_runs_waits_for_it(qapp: Any, loop: Any) -> None:
    """Pages built before the event loop starts (the first page) may already run tasks."""
    asyncio.set_event_loop(None)
    runner = TaskRunner()
    seen: list[int] = []

    async def work() -> int:
        return 7

    info = runner.run(work, title="early", on_success=seen.append)
    cancelled = runner.run(work, title="early, then cancelled")
    runner.cancel(cancelled)
    assert info.task is None and runner.busy
    asyncio.set_event_loop(loop)
    loop.run_until_complete(runner.wait_idle())
    assert seen == [7] and info.state is TaskState.DONE
    assert cancelled.state is TaskState.CANCELLED and runner.tasks() == []
