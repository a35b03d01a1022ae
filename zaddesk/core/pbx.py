"""The client's cloud PBX at the desk: passwords, input checks, SIP settings and their QR code.

Why here and not in the page: every input is refused on its field *before* any request, with
the reason, and the same rules hold for the command line and the tests. Each check returns an
:class:`~zaddesk.core.validation.Issue` keyed by the API parameter it feeds, with a stable
``code`` per reason so the GUI translates it (``pbx.password.short``, ``pbx.extension.taken``...).

Public interface (plain data, no I/O)::

    generate_password(length=16) -> str
    check_sip_password(value, *, login="", name="password") -> Issue | None
    check_extension_number(text, existing, *, name="start_number") -> int | Issue
    check_extension_batch(start, quantity, existing) -> list[int] | dict[str, Issue]
    check_email_list(text, *, name="email", limit=3) -> list[str] | Issue
    check_url(text, *, name="url") -> str | Issue
    check_domain(text, *, name="domain") -> str | Issue
    SipSettings(...).text() / .payload(kind) ; qr_matrix(payload) -> list[list[bool]]
    webrtc_snippet(key, sip, *, shape, position, language) -> str
"""

from __future__ import annotations

import re
import secrets
import string
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise
from urllib.parse import quote, urlsplit

from zaddesk.core.validation import Issue, check_email

__all__ = [
    "EXTENSION_MAX",
    "EXTENSION_MIN",
    "QR_KINDS",
    "SIP_PORT",
    "SIP_SERVER",
    "WEBRTC_KEY_LIFETIME",
    "SipSettings",
    "check_domain",
    "check_email_list",
    "check_extension_batch",
    "check_extension_number",
    "check_sip_password",
    "check_url",
    "generate_password",
    "key_expiry",
    "numbers_text",
    "qr_matrix",
    "status_round_fits",
    "webrtc_snippet",
]

EXTENSION_MIN = 100
EXTENSION_MAX = 999
BATCH_MAX = 50  # the server's own limit per create call
PASSWORD_MIN = 8
PASSWORD_MAX = 32
SIP_SERVER = "pbx.zadarma.com"
SIP_PORT = 5060
WEBRTC_KEY_LIFETIME = timedelta(hours=72)
QR_KINDS = ("text", "sip_uri")

# No look-alikes (0/O, 1/l/I): the password is read out to the client and typed on phones.
_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_LOWER = "abcdefghijkmnopqrstuvwxyz"
_DIGITS = "23456789"
_COMMON = frozenset({
    "password", "passw0rd", "qwerty", "qwertyui", "12345678", "123456789", "1234567890",
    "abc12345", "letmein1", "zadarma1", "admin123", "welcome1", "iloveyou", "11111111",
    "password1", "qwerty123", "haslo123", "zaq12wsx", "1qaz2wsx",
})
_SEQUENCES = (string.ascii_lowercase, string.digits, "qwertyuiopasdfghjklzxcvbnm")


def _issue(name: str, code: str, text: str, **params: str) -> Issue:
    return Issue(name, code, text, params)


# --- passwords -----------------------------------------------------------------------------


def generate_password(length: int = 16) -> str:
    """A random password with upper, lower case and digits (about 5.9 bits a character)."""
    if length < PASSWORD_MIN:
        raise ValueError(f"a password needs at least {PASSWORD_MIN} characters")
    alphabet = _UPPER + _LOWER + _DIGITS
    while True:
        value = "".join(secrets.choice(alphabet) for _ in range(length))
        if check_sip_password(value) is None:
            return value


def _longest_run(value: str) -> int:
    """The longest stretch of one repeated character or of an ascending/descending sequence."""
    low = value.lower()
    best = 1
    repeat = 1
    for a, b in pairwise(low):
        repeat = repeat + 1 if a == b else 1
        best = max(best, repeat)
    for seq in _SEQUENCES:
        for source in (seq, seq[::-1]):
            run = 1
            for a, b in pairwise(low):
                i = source.find(a)
                run = run + 1 if i >= 0 and i + 1 < len(source) and source[i + 1] == b else 1
                best = max(best, run)
    return best


def check_sip_password(value: str, *, login: str = "", name: str = "password") -> Issue | None:
    """Whether a typed PBX or extension password is strong enough, and if not, why."""
    if not value:
        return _issue(name, "pbx.password.required", "Enter a password or generate one.")
    if any(c.isspace() for c in value):
        return _issue(name, "pbx.password.space", "A password must not contain spaces.")
    if not value.isascii() or not value.isprintable():
        return _issue(name, "pbx.password.charset",
                      "Use Latin letters, digits and punctuation only: desk phones cannot type "
                      "other characters.")
    if len(value) < PASSWORD_MIN:
        return _issue(name, "pbx.password.short", "At least {min} characters (this has {count}).",
                      min=str(PASSWORD_MIN), count=str(len(value)))
    if len(value) > PASSWORD_MAX:
        return _issue(name, "pbx.password.long", "At most {max} characters.",
                      max=str(PASSWORD_MAX))
    if value.lower() in _COMMON:
        return _issue(name, "pbx.password.common",
                      "This is one of the most common passwords; it is guessed first.")
    if login and login.lower() in value.lower():
        return _issue(name, "pbx.password.login", "The password must not contain the login.")
    missing = [
        label for label, ok in (
            ("a digit", any(c.isdigit() for c in value)),
            ("a lower-case letter", any(c.islower() for c in value)),
            ("an upper-case letter", any(c.isupper() for c in value)),
        ) if not ok
    ]
    if missing:
        code = {
            "a digit": "pbx.password.no_digit",
            "a lower-case letter": "pbx.password.no_lower",
            "an upper-case letter": "pbx.password.no_upper",
        }[missing[0]]
        text = {
            "pbx.password.no_digit": "Add at least one digit.",
            "pbx.password.no_lower": "Add at least one lower-case letter.",
            "pbx.password.no_upper": "Add at least one upper-case letter.",
        }[code]
        return _issue(name, code, text)
    if _longest_run(value) >= 4:
        return _issue(name, "pbx.password.pattern",
                      "Avoid runs such as 1234, abcd or aaaa: they are guessed early.")
    if len(set(value)) < 5:
        return _issue(name, "pbx.password.repetitive", "Use more different characters.")
    return None


# --- extension numbers ---------------------------------------------------------------------


def check_extension_number(
    text: str | int, existing: Collection[int] = (), *, name: str = "start_number"
) -> int | Issue:
    """A three-digit extension number from 100 to 999 that the PBX does not have yet."""
    raw = str(text).strip()
    if not raw:
        return _issue(name, "pbx.extension.required", "Enter an extension number.")
    if not raw.isdigit():
        return _issue(name, "pbx.extension.not_number",
                      "An extension number is digits only, such as 101.")
    number = int(raw)
    if not EXTENSION_MIN <= number <= EXTENSION_MAX or len(raw) != 3:
        return _issue(name, "pbx.extension.range",
                      "Extension numbers go from {min} to {max}.",
                      min=str(EXTENSION_MIN), max=str(EXTENSION_MAX))
    if number in existing:
        return _issue(name, "pbx.extension.taken", "Extension {number} already exists.",
                      number=str(number))
    return number


def check_extension_batch(
    start: str | int, quantity: str | int, existing: Collection[int] = ()
) -> list[int] | dict[str, Issue]:
    """The numbers ``start``, ``start+1``... to create, or the issues keyed by field."""
    issues: dict[str, Issue] = {}
    first = check_extension_number(start, (), name="start_number")
    raw_qty = str(quantity).strip()
    count = 0
    if not raw_qty.isdigit() or not 1 <= int(raw_qty) <= BATCH_MAX:
        issues["quantity"] = _issue("quantity", "pbx.quantity.range",
                                    "Create from 1 to {max} extensions at once.",
                                    max=str(BATCH_MAX))
    else:
        count = int(raw_qty)
    if isinstance(first, Issue):
        issues["start_number"] = first
    if issues:
        return issues
    assert isinstance(first, int)
    wanted = list(range(first, first + count))
    if wanted[-1] > EXTENSION_MAX:
        return {"quantity": _issue("quantity", "pbx.quantity.past_max",
                                   "{count} extensions from {start} would go past {max}.",
                                   count=str(count), start=str(first), max=str(EXTENSION_MAX))}
    taken = sorted(set(wanted).intersection(existing))
    if taken:
        return {"start_number": _issue(
            "start_number", "pbx.extension.taken_in_range",
            "Extension {number} already exists; start from {free} or lower the quantity.",
            number=str(taken[0]), free=str(_next_free(first, count, existing)),
        )}
    return wanted


def _next_free(first: int, count: int, existing: Collection[int]) -> int:
    for start in range(first, EXTENSION_MAX - count + 2):
        if not set(range(start, start + count)).intersection(existing):
            return start
    return first


# --- e-mail lists, URLs, domains -----------------------------------------------------------


def check_email_list(text: str, *, name: str = "email", limit: int = 3) -> list[str] | Issue:
    """Up to ``limit`` addresses separated by commas, semicolons or spaces."""
    parts = [p for p in re.split(r"[,;\s]+", text.strip()) if p]
    if not parts:
        return _issue(name, "pbx.email.required",
                      "Enter at least one e-mail address for the recordings.")
    if len(parts) > limit:
        return _issue(name, "pbx.email.too_many",
                      "At most {max} addresses (this has {count}).",
                      max=str(limit), count=str(len(parts)))
    seen: set[str] = set()
    for part in parts:
        if check_email(part, name) is not None:
            return _issue(name, "pbx.email.invalid", "{value} is not a valid e-mail address.",
                          value=part)
        if part.lower() in seen:
            return _issue(name, "pbx.email.duplicate", "{value} is given twice.", value=part)
        seen.add(part.lower())
    return parts


_HOST = re.compile(
    r"(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
)
_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")


def check_url(text: str, *, name: str = "url") -> str | Issue:
    """A webhook address: http(s), a host, no spaces. HTTPS is advised, not demanded here."""
    raw = text.strip()
    if not raw:
        return _issue(name, "pbx.url.required", "Enter the address of the client's server.")
    if any(c.isspace() for c in raw):
        return _issue(name, "pbx.url.space", "An address must not contain spaces.")
    if "://" not in raw:
        return _issue(name, "pbx.url.no_scheme",
                      "Start the address with https:// (for example https://{value}).",
                      value=raw.lstrip("/"))
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        return _issue(name, "pbx.url.port", "The port in this address is not a number "
                      "from 1 to 65535.")
    if parts.scheme.lower() not in ("http", "https"):
        return _issue(name, "pbx.url.scheme",
                      "Zadarma calls only http:// or https:// addresses, not {scheme}://.",
                      scheme=parts.scheme)
    host = parts.hostname or ""
    if not host:
        return _issue(name, "pbx.url.no_host", "The address has no host name after {scheme}://.",
                      scheme=parts.scheme.lower())
    if not (_HOST.fullmatch(host) or _IPV4.fullmatch(host)):
        return _issue(name, "pbx.url.bad_host", "{value} is not a valid host name.", value=host)
    if port == 0:
        return _issue(name, "pbx.url.port",
                      "The port in this address is not a number from 1 to 65535.")
    if parts.fragment:
        return _issue(name, "pbx.url.fragment",
                      "Remove the part after #: it never reaches the server.")
    return raw


def check_domain(text: str, *, name: str = "domain") -> str | Issue:
    """A bare domain for the WebRTC widget: ``example.com``, never a URL."""
    raw = text.strip()
    if not raw:
        return _issue(name, "pbx.domain.required", "Enter the domain of the client's website.")
    if "://" in raw or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d+$)", raw):
        bare = urlsplit(raw).hostname or ""
        return _issue(name, "pbx.domain.scheme",
                      "Give the domain alone, without {scheme}:// (for example {value}).",
                      scheme=raw.split(":", 1)[0], value=bare or "example.com")
    if "/" in raw or "?" in raw or "#" in raw:
        return _issue(name, "pbx.domain.path",
                      "Give the domain alone, without a path (for example {value}).",
                      value=re.split(r"[/?#]", raw, maxsplit=1)[0])
    if ":" in raw:
        return _issue(name, "pbx.domain.port", "Give the domain without a port.")
    domain = raw.lower().rstrip(".")
    labels = domain.split(".")
    if (
        len(labels) < 2
        or not _HOST.fullmatch(domain)
        or not re.fullmatch(r"[a-z]{2,63}|xn--[a-z0-9-]+", labels[-1])
    ):
        return _issue(name, "pbx.domain.invalid",
                      "{value} is not a domain name such as example.com.", value=raw)
    return domain


# --- SIP settings and QR -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SipSettings:
    """What a softphone or desk phone needs for one extension; ``password`` may be unknown."""

    pbx_id: int
    number: int
    name: str = ""
    password: str | None = None
    server: str = SIP_SERVER
    port: int = SIP_PORT

    @property
    def login(self) -> str:
        return f"{self.pbx_id}-{self.number:03d}"

    def __repr__(self) -> str:
        return f"SipSettings(login={self.login!r}, server={self.server!r}, password=<hidden>)"

    def lines(self, *, with_password: bool = True) -> list[tuple[str, str]]:
        """(label, value) pairs in the order a phone's account screen asks for them."""
        rows = [
            ("Server", self.server),
            ("Port", str(self.port)),
            ("Login", self.login),
            ("Authentication name", self.login),
        ]
        if with_password and self.password is not None:
            rows.append(("Password", self.password))
        rows.append(("Extension", f"{self.number:03d}"))
        return rows

    def text(self, *, with_password: bool = True, labels: dict[str, str] | None = None) -> str:
        """Plain text to paste into a message; ``labels`` translates the labels."""
        tr = labels or {}
        return "\n".join(f"{tr.get(k, k)}: {v}" for k, v in self.lines(with_password=with_password))

    def payload(self, kind: str = "text") -> str:
        """What the QR code carries.

        ``text``: the plain settings, which every phone camera shows and a person can type;
        ``sip_uri``: ``sip:login:password@server:port``, which softphones that scan account
        URIs read directly (RFC 3261 user:password form).
        """
        if kind == "text":
            return self.text()
        if kind == "sip_uri":
            secret = f":{quote(self.password, safe='')}" if self.password else ""
            return f"sip:{self.login}{secret}@{self.server}:{self.port}"
        raise ValueError(f"unknown QR payload kind {kind!r}")


def qr_matrix(payload: str) -> list[list[bool]]:
    """The modules of a full QR code (never Micro QR, which phone scanners often cannot read),
    without the quiet zone; the caller draws it with a 4-module white border."""
    import segno  # here: only the SIP settings view needs it

    code = segno.make_qr(payload, error="m")
    return [[bool(v) for v in row] for row in code.matrix]


# --- WebRTC widget -------------------------------------------------------------------------


def key_expiry(obtained: datetime) -> datetime:
    """A WebRTC key is valid for 72 hours from when it was read."""
    return obtained + WEBRTC_KEY_LIFETIME


_POSITIONS = {
    "top_left": "{left:'10px',top:'5px'}",
    "top_right": "{right:'10px',top:'5px'}",
    "bottom_right": "{right:'10px',bottom:'5px'}",
    "bottom_left": "{left:'10px',bottom:'5px'}",
}


def webrtc_snippet(
    key: str,
    sip: str,
    *,
    shape: str = "rounded",
    position: str = "bottom_right",
    language: str = "en",
) -> str:
    """The HTML the client pastes before ``</body>`` of their site, with the current key."""
    if not re.fullmatch(r"[A-Za-z0-9_.=+/-]+", key):
        raise ValueError("a WebRTC key is letters, digits and - _ . = + /")
    if not re.fullmatch(r"[0-9-]+", sip):
        raise ValueError("a SIP login is digits and -")
    shape = shape if shape in ("square", "rounded") else "rounded"
    where = _POSITIONS.get(position, _POSITIONS["bottom_right"])
    language = language if re.fullmatch(r"[a-z]{2}", language) else "en"
    base = "https://my.zadarma.com/webphoneWebRTCWidget/v9"
    return (
        f'<link rel="stylesheet" href="{base}/css/loader-phone-lib.css?sub_v=1">\n'
        f'<script src="{base}/js/loader-phone-lib.js?sub_v=1"></script>\n'
        f'<script src="{base}/js/loader-phone-fn.js?sub_v=1"></script>\n'
        "<script>\n"
        "  window.addEventListener('load', function () {\n"
        f"    zadarmaWidgetFn('{key}', '{sip}', '{shape}', '{language}', true, \"{where}\");\n"
        "  }, false);\n"
        "</script>\n"
    )


def status_round_fits(remaining: int, limit: int, count: int, sharers: int = 1) -> bool:
    """Whether a background round of ``count`` status reads may go now: only while more than
    half of our part of the limit is left.

    ``remaining`` is our room; when other consoles share the dealer key (``sharers``, as the
    rate limiter counts them) it is a share, of which the limiter lets half go at a time, so
    our part is a quarter of the limit for two consoles, not half of the whole limit (which
    a shared key never has left for one console, and the dots would never update)."""
    part = limit if sharers <= 1 else limit // (2 * sharers)
    return remaining >= max(count, part // 2)


def numbers_text(numbers: Iterable[int]) -> str:
    """``100, 101, 102`` or ``100–104`` for a run, for messages about a batch."""
    values = sorted(numbers)
    if len(values) > 2 and values[-1] - values[0] == len(values) - 1:
        return f"{values[0]}–{values[-1]}"
    return ", ".join(str(v) for v in values)
