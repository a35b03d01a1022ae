"""The PBX core's messages in the UI language.

``zaddesk.core.pbx`` and ``zaddesk.core.webhooks`` speak English with stable codes; the texts
are listed here so lupdate extracts them, and :func:`issue_text` / :func:`step_text` translate
them and fill in their parameters.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from zaddesk.core.validation import Issue
from zaddesk.core.webhooks import IvrStep

__all__ = ["CORE_TEXTS", "issue_text", "step_text"]

CORE_TEXTS = (
    QT_TRANSLATE_NOOP("PbxMessages", 'Enter a password or generate one.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'A password must not contain spaces.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Use Latin letters, digits and punctuation only: desk phones cannot type other characters.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'At least {min} characters (this has {count}).'),
    QT_TRANSLATE_NOOP("PbxMessages", 'At most {max} characters.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'This is one of the most common passwords; it is guessed first.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'The password must not contain the login.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Avoid runs such as 1234, abcd or aaaa: they are guessed early.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'Use more different characters.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Enter an extension number.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'An extension number is digits only, such as 101.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Extension numbers go from {min} to {max}.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Extension {number} already exists.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Create from 1 to {max} extensions at once.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Enter at least one e-mail address for the recordings.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'At most {max} addresses (this has {count}).'),
    QT_TRANSLATE_NOOP("PbxMessages", "Enter the address of the client's server."),
    QT_TRANSLATE_NOOP("PbxMessages", 'An address must not contain spaces.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Start the address with https:// (for example https://{value}).'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Zadarma calls only http:// or https:// addresses, not {scheme}://.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'The address has no host name after {scheme}://.'),
    QT_TRANSLATE_NOOP("PbxMessages", '{value} is not a valid host name.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'The port in this address is not a number from 1 to 65535.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Remove the part after #: it never reaches the server.'),
    QT_TRANSLATE_NOOP("PbxMessages", "Enter the domain of the client's website."),
    QT_TRANSLATE_NOOP("PbxMessages", 'Give the domain alone, without {scheme}:// (for example {value}).'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'Give the domain alone, without a path (for example {value}).'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'Give the domain without a port.'),
    QT_TRANSLATE_NOOP("PbxMessages", '{value} is not a domain name such as example.com.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Add at least one digit.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Add at least one lower-case letter.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Add at least one upper-case letter.'),
    QT_TRANSLATE_NOOP("PbxMessages", '{count} extensions from {start} would go past {max}.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Extension {number} already exists; start from {free} or lower the quantity.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", '{value} is not a valid e-mail address.'),
    QT_TRANSLATE_NOOP("PbxMessages", '{value} is given twice.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'The server did not answer: {detail}'),
    QT_TRANSLATE_NOOP("PbxMessages", 'The server did not answer within {seconds} seconds.'),
    QT_TRANSLATE_NOOP("PbxMessages", "The server's HTTPS certificate is not valid, so Zadarma will not call it: {detail}"),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'Nothing answers at this address: {detail}'),
    QT_TRANSLATE_NOOP("PbxMessages", 'The server answered HTTP {status} instead of 200.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'The address is not HTTPS: call details would travel unencrypted.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'The server answered with a redirect (HTTP {status}) to {target}; Zadarma does not follow redirects. Save the final address instead.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", '“{key}” is not a key Zadarma knows; it is ignored.'),
    QT_TRANSLATE_NOOP("PbxMessages", "Nothing: the call follows the PBX's own voice menu."),
    QT_TRANSLATE_NOOP("PbxMessages", 'Say the standard phrase {value}.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Show the caller as “{value}” on the phones.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'The server answered the check with HTTP {status} instead of 200.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'ivr_play needs the id of a sound file.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Play the sound file {sound}.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'wait_dtmf must be an object with timeout, attempts, maxdigits, name and default.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'Wait up to {timeout} s for the caller to press up to {maxdigits} key(s), {attempts} attempt(s); the next event carries the digits as “{name}”.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'Put the call through to extension {target}.'),
    QT_TRANSLATE_NOOP("PbxMessages", '{target} is neither a scenario nor an extension of this PBX.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'If nobody answers within {seconds} s, come back to the menu.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'Show {value} as the number when forwarding.'),
    QT_TRANSLATE_NOOP("PbxMessages", '{key} only works together with redirect.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Hang up.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'hangup must be 1 to hang up.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'The answer must be a JSON object such as {example}.'),
    QT_TRANSLATE_NOOP("PbxMessages", '{key} must be digits, not “{value}”.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'wait_dtmf has no “default”: a caller who presses nothing is not sent anywhere.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'If nothing is pressed, go to {target}.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Continue with scenario {target}.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Put the call through to {target}.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'hangup together with redirect or wait_dtmf: the call is hung up and the rest is ignored.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'The server answered with an empty body; it must answer with the value of the zd_echo parameter ({value}).'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'Read out the digits {value} ({language}).'),
    QT_TRANSLATE_NOOP("PbxMessages", 'Read out the number {value} ({language}).'),
    QT_TRANSLATE_NOOP("PbxMessages", 'wait_dtmf.{key} must be a whole number of 1 or more.'),
    QT_TRANSLATE_NOOP("PbxMessages", 'The answer holds the zd_echo value but also other text (“{body}”); it must be the value alone.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'The server answered “{body}” instead of the zd_echo value {value}.'),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", "The answer is not valid JSON ({detail}); Zadarma ignores it and the call follows the PBX's own menu."),  # noqa: E501
    QT_TRANSLATE_NOOP("PbxMessages", 'default language'),
)


def translate(text: str, params: Mapping[str, str] | None = None) -> str:
    """A core text in the UI language, its ``{name}`` parameters filled in."""
    shown = QCoreApplication.translate("PbxMessages", text)
    if not params:
        return shown
    try:
        return shown.format(**params)
    except (KeyError, IndexError, ValueError):
        return text.format(**params)


def issue_text(issue: Issue) -> str:
    return translate(issue.text, issue.params)


def step_text(step: IvrStep) -> str:
    params = dict(step.params)
    if params.get("language") == "default language":
        params["language"] = translate("default language")
    return translate(step.text, params)


def send_error_text(exc: BaseException) -> str:
    """A send-once refusal or a lost answer in the UI language; other errors as usual."""
    from zaddesk.core.sendonce import Blocked, Unknown
    from zaddesk.gui.messages import describe_error

    if isinstance(exc, Blocked):
        what = exc.step.description or exc.step.action
        return QCoreApplication.translate(
            "PbxMessages",
            "Nothing was sent: an earlier change ({0}) may or may not have been applied. "
            "Reload the page to read the server; until that is settled nothing more is sent "
            "for this PBX.").format(what)
    if isinstance(exc, Unknown):
        what = exc.step.description or exc.step.action
        return QCoreApplication.translate(
            "PbxMessages",
            "The answer to “{0}” was lost: it may have been applied. It is not sent again; "
            "reload the page to read the server.").format(what)
    return describe_error(exc)
