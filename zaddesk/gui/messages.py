"""One wording for every error a rep can meet, so every page explains failures the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from zaddesk.api.errors import (
    ApiError,
    AuthError,
    NetworkError,
    NotFoundError,
    RateLimited,
    UnknownOutcome,
    ZadarmaError,
)
from zaddesk.core.profiles import ProfileError

if TYPE_CHECKING:
    from zaddesk.core.validation import Issue

__all__ = [
    "describe_error",
    "is_tls_problem",
    "issue_text",
    "move_limit_text",
    "translate_core",
]

# Messages raised in zaddesk.core (which has no Qt); listed so lupdate extracts them.
CORE_MESSAGES = (
    QT_TRANSLATE_NOOP("CoreMessages", "A profile needs a name."),
    QT_TRANSLATE_NOOP("CoreMessages", "Use at most 64 characters on one line."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown profile kind."),
    QT_TRANSLATE_NOOP("CoreMessages", "Enter a full address such as https://api.zadarma.com."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Plain http is only allowed for this computer (127.0.0.1)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The address must not carry a query."),
    QT_TRANSLATE_NOOP("CoreMessages", "The CA bundle file does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "A profile with this name already exists."),
    QT_TRANSLATE_NOOP("CoreMessages", "Enter the API key."),
    QT_TRANSLATE_NOOP("CoreMessages", "Enter the API secret."),
)


def is_tls_problem(exc: BaseException) -> bool:
    """Whether a certificate or TLS handshake problem is anywhere in the exception chain."""
    import ssl  # here, not at the top: ssl costs start-up time and is rarely needed

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return True
        text = str(current)
        if "CERTIFICATE_VERIFY_FAILED" in text or "SSL:" in text or "TLS" in text:
            return True
        current = current.__cause__ or current.__context__
    return False


def describe_error(exc: BaseException) -> str:
    """A sentence a rep can act on; never includes credentials (exceptions carry none)."""
    if isinstance(exc, ProfileError):
        return QCoreApplication.translate("CoreMessages", str(exc))
    if isinstance(exc, AuthError):
        return QCoreApplication.translate(
            "Errors", "The server rejected the API key or secret: {0}"
        ).format(exc.message)
    if isinstance(exc, RateLimited):
        return QCoreApplication.translate(
            "Errors", "Too many requests; the server asks to wait {0} s."
        ).format(max(1, round(exc.retry_after)))
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Errors", "Not found: {0}").format(exc.message)
    if isinstance(exc, ApiError):
        return exc.message
    if isinstance(exc, UnknownOutcome):
        return QCoreApplication.translate(
            "Errors",
            "The connection broke after the request was sent; it may have been carried out. "
            "Check the current state before repeating it."
        )
    if isinstance(exc, NetworkError):
        if is_tls_problem(exc):
            return QCoreApplication.translate(
                "Errors", "Secure connection failed (TLS certificate): {0}"
            ).format(exc.message)
        return QCoreApplication.translate(
            "Errors", "No connection to the server: {0}"
        ).format(exc.message)
    if isinstance(exc, ZadarmaError):
        return exc.message
    if isinstance(exc, OSError) and is_tls_problem(exc):
        return QCoreApplication.translate(
            "Errors", "Secure connection failed (TLS certificate): {0}"
        ).format(exc)
    return QCoreApplication.translate("Errors", "Unexpected error: {0}").format(
        f"{type(exc).__name__}: {exc}"
    )


def translate_core(text: str) -> str:
    """A message of ``zaddesk.core.validation`` or ``core.onboarding`` in the UI language."""
    return QCoreApplication.translate("OnboardingMessages", text)


# Messages of zaddesk.core.validation and core.onboarding, listed so lupdate extracts them.
_CORE_TEXTS = (
    QCoreApplication.translate("OnboardingMessages", "Enter a phone number."),
    QCoreApplication.translate("OnboardingMessages",
                               "Choose the country first, or type the number with +."),
    QCoreApplication.translate("OnboardingMessages", "The number is too long."),
    QCoreApplication.translate("OnboardingMessages", "The number is too short."),
    QCoreApplication.translate("OnboardingMessages", "This does not look like a phone number."),
    QCoreApplication.translate("OnboardingMessages", "This is not a valid phone number."),
    QCoreApplication.translate("OnboardingMessages",
                               "This is not a valid number for {country}."),
    QCoreApplication.translate("OnboardingMessages", "This field is required."),
    QCoreApplication.translate("OnboardingMessages", "At most {max} characters."),
    QCoreApplication.translate("OnboardingMessages", "Enter the client's e-mail address."),
    QCoreApplication.translate("OnboardingMessages", "This is not a valid e-mail address."),
    QCoreApplication.translate("OnboardingMessages", "Choose a country."),
    QCoreApplication.translate("OnboardingMessages",
                               "{value} is not an ISO 3166 country code."),
    QCoreApplication.translate("OnboardingMessages", "Choose a currency."),
    QCoreApplication.translate("OnboardingMessages",
                               "{value} is not an ISO 4217 currency code."),
    QCoreApplication.translate("OnboardingMessages",
                               "Zadarma does not offer {value} accounts."),
    QCoreApplication.translate("OnboardingMessages", "Choose one of: {choices}."),
    QCoreApplication.translate("OnboardingMessages", "At least {min} characters."),
    QCoreApplication.translate("OnboardingMessages", "Use both letters and digits."),
    QCoreApplication.translate("OnboardingMessages", "Enter the code."),
    QCoreApplication.translate("OnboardingMessages", "The code is letters and digits only."),
    QCoreApplication.translate("OnboardingMessages", "Enter an amount."),
    QCoreApplication.translate("OnboardingMessages", "Type an amount such as 10,50."),
    QCoreApplication.translate("OnboardingMessages", "Type the amount with the digits 0-9."),
    QCoreApplication.translate("OnboardingMessages",
                               "Type the amount in full, without an exponent."),
    QCoreApplication.translate(
        "OnboardingMessages",
        "Separate thousands with spaces and decimals with one comma or point, as in 1 000,50."),
    QCoreApplication.translate("OnboardingMessages", "The amount must be more than zero."),
    QCoreApplication.translate("OnboardingMessages", "Whole amounts only."),
    QCoreApplication.translate("OnboardingMessages", "At most {places} decimal places."),
    QCoreApplication.translate("OnboardingMessages", "At most {limit} in one move."),
    QCoreApplication.translate("OnboardingMessages", "Choose a price plan from the list."),
    QCoreApplication.translate("OnboardingMessages", "The code has expired. Send a new one."),
    QCoreApplication.translate(
        "OnboardingMessages",
        "The code is not right. Check it with the client and type it again."),
    QCoreApplication.translate("OnboardingMessages", "Add the phone number first."),
    QCoreApplication.translate("OnboardingMessages",
                               "That request belongs to another onboarding."),
    QCoreApplication.translate("OnboardingMessages", "The client is not registered yet."),
    QCoreApplication.translate("OnboardingMessages",
                               "The client is registered; the form can no longer change."),
    QCoreApplication.translate("OnboardingMessages", "The registration is already confirmed."),
    QCoreApplication.translate("OnboardingMessages",
                               "There is no top-up with an unknown outcome."),
    QCoreApplication.translate("OnboardingMessages",
                               "This client has already been registered."),
)


def issue_text(issue: Issue) -> str:
    """An issue in the UI language (``{server}`` messages stay as the server wrote them)."""
    text = translate_core(issue.text)
    try:
        return text.format(**issue.params) if issue.params else text
    except (KeyError, IndexError):
        return issue.message()


def move_limit_text(currency: str) -> str:
    """The most one money move may carry, shown beside an amount field so the rep knows it
    before typing (the same bound ``check_amount`` holds the amount to)."""
    from zaddesk.core.validation import move_limit

    if not currency:
        return ""
    limit = QLocale().toString(int(move_limit(currency)))
    return QCoreApplication.translate("MoneyInput", "at most {0} {1} per move").format(
        limit, currency)
