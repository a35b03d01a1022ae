"""The dialog for a money move whose answer was lost: show what the balances say, let the rep
decide.

The console never sends a top-up (or a money-back transfer) again on its own. This dialog
reads both balances (read-only: ``OnboardingFlow.reconcile_topup`` in the wizard,
``MoneyDesk.reconcile`` from a client's detail), shows them beside those taken before the
request was sent, with the core's verdict and why, and records the rep's decision
(``resolve_unknown`` / ``MoneyDesk.resolve``). It is opened with ``open()`` (never
``exec()``: it may be opened from a task) and reports through ``decided(bool)``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QDialog, QWidget

from zaddesk.core.money import Money, Reconciliation, Verdict
from zaddesk.gui.context import AppContext
from zaddesk.gui.forms.ui_reconcile_dialog import Ui_ReconcileDialogForm
from zaddesk.gui.messages import describe_error
from zaddesk.gui.tasks import TaskInfo

if TYPE_CHECKING:  # loaded only when a dialog is opened (start-up time)
    from zaddesk.core.journal import Journal
    from zaddesk.core.onboarding import OnboardingFlow

__all__ = ["ReconcileDialog", "format_money"]

log = logging.getLogger("zaddesk.gui.onboarding")


def format_money(money: Money | None) -> str:
    """An amount in the UI locale with its currency; a dash when it could not be read."""
    if money is None:
        return "—"
    return f"{QLocale().toString(float(money.amount), 'f', 2)} {money.currency}"


def _format_change(change: Decimal | None, money: Money | None) -> str:
    if change is None or money is None:
        return "—"
    sign = "+" if change > 0 else ""
    return f"{sign}{QLocale().toString(float(change), 'f', 2)} {money.currency}"


def verdict_text(verdict: Verdict) -> str:
    return {
        Verdict.APPLIED: QCoreApplication.translate(
            "ReconcileDialog", "The balances say: it WAS applied."),
        Verdict.NOT_APPLIED: QCoreApplication.translate(
            "ReconcileDialog", "The balances say: it was NOT applied."),
        Verdict.UNCLEAR: QCoreApplication.translate(
            "ReconcileDialog", "The balances do not tell clearly; check the client's account."),
    }[verdict]


# The core's explanations (zaddesk.core.money.reconcile), listed so lupdate extracts them.
_EXPLANATIONS_EN = (
    QT_TRANSLATE_NOOP("ReconcileDialog", "A balance changed by a different amount than the transfer; something else (calls, another rep) moved money in the meantime."),  # noqa: E501
    QT_TRANSLATE_NOOP("ReconcileDialog", "A balance is now kept in another currency than before the transfer; compare the balances by hand."),  # noqa: E501
    QT_TRANSLATE_NOOP("ReconcileDialog", "Neither balance changed: the transfer was not applied."),
    QT_TRANSLATE_NOOP("ReconcileDialog", "Only one balance could be read; it did not change."),
    QT_TRANSLATE_NOOP("ReconcileDialog", "One balance changed and the other did not."),
    QT_TRANSLATE_NOOP("ReconcileDialog", "The balances changed by the amount of the transfer: it was applied."),  # noqa: E501
    QT_TRANSLATE_NOOP("ReconcileDialog", "The balance that could be read changed by the amount of the transfer: it was most likely applied."),  # noqa: E501
    QT_TRANSLATE_NOOP("ReconcileDialog", "Both balances moved as a converted transfer would: it was most likely applied."),  # noqa: E501
    QT_TRANSLATE_NOOP("ReconcileDialog", "The balances could not be read well enough to tell."),
)


class ReconcileDialog(QDialog):
    decided = Signal(bool)  # True: the rep says the money moved

    def __init__(self, ctx: AppContext, flow: OnboardingFlow | None, step_id: int,
                 parent: QWidget | None = None, *,
                 check: Callable[[], Awaitable[Reconciliation]] | None = None,
                 resolve: Callable[[bool, str], object] | None = None,
                 journal: Journal | None = None) -> None:
        """For a top-up of ``flow``; or a money move of the desk with ``check``/``resolve``."""
        super().__init__(parent)
        self.setObjectName("reconcile_dialog")
        self.ctx = ctx
        self.flow = flow
        self.step_id = step_id
        self.found: Reconciliation | None = None
        if flow is not None:
            self._check = check or (lambda: flow.reconcile_topup(step_id))
            self._resolve = resolve or (lambda applied, note: flow.resolve_unknown(
                step_id, applied=applied, note=note))
            journal = flow.journal
        else:
            assert check is not None and resolve is not None and journal is not None
            self._check, self._resolve = check, resolve
        self.ui = Ui_ReconcileDialogForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.applied_button.clicked.connect(lambda: self.decide(True))
        self.ui.not_applied_button.clicked.connect(lambda: self.decide(False))
        self.ui.later_button.clicked.connect(self.reject)
        self._set_buttons(False)
        step = journal.step(step_id)
        try:
            amount = format_money(Money.of(step.params.get("amount", ""),
                                           str(step.params.get("currency", ""))))
        except (ArithmeticError, ValueError, TypeError):
            amount = f"{step.params.get('amount', '')} {step.params.get('currency', '')}"
        if step.action == "take_back":
            text = self.tr("Sent: {0} from client {1} back to your dealer balance.")
        else:
            text = self.tr("Top-up sent: {0} to client {1}.")
        self.ui.requested.setText(text.format(amount, step.params.get("user_id", "")))
        self.ui.verdict.setText(self.tr("Reading the balances…"))
        self.task: TaskInfo | None = None

    def _set_buttons(self, enabled: bool) -> None:
        self.ui.applied_button.setEnabled(enabled)
        self.ui.not_applied_button.setEnabled(enabled)

    def check(self) -> TaskInfo:
        """Read the balances now (read-only) and show what they say."""
        self._set_buttons(False)

        def failed(exc: BaseException) -> bool:
            self.ui.verdict.setText(self.tr("The balances could not be read: {0}").format(
                describe_error(exc)))
            self._set_buttons(True)  # the rep may still know the answer from elsewhere
            return True

        self.task = self.ctx.runner.run(
            self._check,
            title=self.tr("Check balances after a lost money move"),
            owner=self, on_success=self.show_found, on_error=failed)
        return self.task

    def show_found(self, found: Reconciliation) -> None:
        self.found = found
        ui = self.ui
        ui.dealer_before.setText(format_money(found.before.dealer))
        ui.dealer_now.setText(format_money(found.now.dealer))
        ui.dealer_change.setText(_format_change(found.dealer_change, found.now.dealer))
        ui.client_before.setText(format_money(found.before.client))
        ui.client_now.setText(format_money(found.now.client))
        ui.client_change.setText(_format_change(found.client_change, found.now.client))
        ui.verdict.setText(verdict_text(found.verdict))
        ui.explanation.setText(QCoreApplication.translate("ReconcileDialog", found.explanation))
        self._set_buttons(True)
        default = ui.applied_button if found.verdict is Verdict.APPLIED else (
            ui.not_applied_button if found.verdict is Verdict.NOT_APPLIED else None)
        if default is not None:
            default.setDefault(True)
            default.setFocus()

    def decide(self, applied: bool) -> None:
        """Record the rep's decision (sends nothing)."""
        try:
            self._resolve(applied, f"decided in the reconcile dialog; verdict "
                                   f"{self.found.verdict.value if self.found else 'not read'}")
        except Exception:
            log.exception("recording the decision on step %d failed", self.step_id)
            raise
        log.info("lost money move #%d decided by the rep: %s", self.step_id,
                 "applied" if applied else "not applied")
        self.decided.emit(applied)
        self.accept()
