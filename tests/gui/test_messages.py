"""Error wording and the last-resort exception hook."""

from __future__ import annotations

import logging
import ssl
import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from zaddesk.api.errors import AuthError, NetworkError, RateLimited, UnknownOutcome
from zaddesk.core.profiles import ProfileError
from zaddesk.gui.messages import describe_error, is_tls_problem


def tls_failure() -> NetworkError:
    try:
        try:
            raise ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] self-signed")
        except ssl.SSLError as inner:
            raise NetworkError("connect failed") from inner
    except NetworkError as outer:
        return outer


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (AuthError("Not authorized", status_code=401), "rejected the API key or secret"),
        (RateLimited("slow down", status_code=429, retry_after=12.4), "wait 12 s"),
        (UnknownOutcome("lost"), "may have been carried out"),
        (NetworkError("refused"), "No connection to the server: refused"),
        (tls_failure(), "TLS certificate"),
        (ProfileError("A profile needs a name.", "name"), "A profile needs a name."),
        (KeyError("x"), "Unexpected error: KeyError"),
    ],
)
def test_every_error_has_a_sentence(qapp: QApplication, exc: BaseException, words: str) -> None:
    assert words in describe_error(exc)


def test_tls_is_found_down_the_chain() -> None:
    assert is_tls_problem(tls_failure())
    assert not is_tls_problem(NetworkError("refused"))


def test_excepthook_logs_and_shows(qapp: QApplication, qtbot: Any,
                                   caplog: pytest.LogCaptureFixture) -> None:
    from zaddesk.gui.app import _install_excepthooks

    old_hook = sys.excepthook
    try:
        _install_excepthooks(qapp)
        with caplog.at_level(logging.CRITICAL, logger="zaddesk.gui"):
            try:
                raise ValueError("boom in a slot")
            except ValueError:
                sys.excepthook(*sys.exc_info())
        assert any("unhandled exception" in r.getMessage() for r in caplog.records)
        boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox)]
        assert boxes and "boom in a slot" in boxes[-1].informativeText()
        for box in boxes:
            box.close()
    finally:
        sys.excepthook = old_hook


def test_every_reconcile_explanation_is_listed_for_translation() -> None:
    from zaddesk.core.money import EXPLANATIONS
    from zaddesk.gui.reconcile import _EXPLANATIONS_EN

    assert set(_EXPLANATIONS_EN) == set(EXPLANATIONS)


def test_every_amount_refusal_is_listed_for_translation(qapp: QApplication) -> None:
    from zaddesk.core.validation import Issue, check_amount
    from zaddesk.gui import messages

    listed = set(messages._CORE_TEXTS)
    for typed, currency in [("", ""), ("x", ""), ("\u0661", ""), ("1e3", ""), ("1,000.5", ""),
                            ("0", ""), ("1.005", ""), ("1,5", "JPY"), ("10001", "USD")]:
        issue = check_amount(typed, currency=currency)
        assert isinstance(issue, Issue), typed
        assert issue.text in listed, issue.text
