"""The exceptions a caller of the API can meet, from most to least certain about the outcome.

``UnknownOutcome`` is the one that matters for money: the request may or may not have been
applied, and the caller must look at the server before sending anything again.
"""

from __future__ import annotations

__all__ = [
    "ApiError",
    "AuthError",
    "NetworkError",
    "NotFoundError",
    "RateLimited",
    "UnknownOutcome",
    "ZadarmaError",
]


class ZadarmaError(Exception):
    """Base of every error the client raises."""

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path


class ApiError(ZadarmaError):
    """The server answered and refused: ``{"status": "error", "message": ...}``.

    ``field`` names the request parameter the message is about, when it can be told,
    so a form can show the message at that input.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str = "",
        path: str = "",
        field: str | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.field = field

    def __str__(self) -> str:
        return f"{self.message} (HTTP {self.status_code})"


class AuthError(ApiError):
    """401: wrong key or secret, or a signature the server did not accept."""


class NotFoundError(ApiError):
    """404: the method or the object does not exist."""


class RateLimited(ApiError):
    """429: the server refused for the rate limit; ``retry_after`` is seconds from now."""

    def __init__(self, message: str, *, retry_after: float, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class NetworkError(ZadarmaError):
    """The request did not get an answer, and provably was not applied (or is safe to repeat)."""


class UnknownOutcome(ZadarmaError):
    """A state-changing request may have been applied but its answer was lost.

    Never retried automatically: reconcile against the server first.
    """
