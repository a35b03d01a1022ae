"""The one object the rest of zaddesk talks to the API through.

It owns a :class:`Transport` (one HTTP connection pool, one rate budget per profile) and
hangs the typed namespaces on it, so ``api.numbers.available(...)`` reads like the spec.
"""

from __future__ import annotations

import functools
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from zaddesk.api.resources.info import InfoResource
from zaddesk.api.resources.reseller import ResellerResource
from zaddesk.api.transport import Transport

if TYPE_CHECKING:
    from zaddesk.api.resources.documents import DocumentsResource
    from zaddesk.api.resources.ivr import IvrResource
    from zaddesk.api.resources.numbers import NumbersResource
    from zaddesk.api.resources.pbx import PbxResource
    from zaddesk.api.resources.sip import SipResource
    from zaddesk.api.resources.sounds import SoundsResource
    from zaddesk.api.resources.statistics import StatisticsResource
    from zaddesk.api.resources.webhooks import WebhooksResource
    from zaddesk.api.resources.webrtc import WebrtcResource

__all__ = ["Zadarma"]


class Zadarma:
    """``async with Zadarma(url, key, secret) as api: await api.info.balance()``.

    The dealer's own namespaces (``reseller``, ``info``) are there at once; the others are
    imported when first used, so connecting costs only what the first page asks for.
    """

    transport: Transport

    def __init__(self, base_url: str, key: str, secret: str, **transport_options: Any) -> None:
        self._attach(Transport(base_url, key, secret, **transport_options))

    def _attach(self, transport: Transport) -> None:
        self.transport = transport
        self.reseller = ResellerResource(transport)
        self.info = InfoResource(transport)

    @functools.cached_property
    def numbers(self) -> NumbersResource:
        from zaddesk.api.resources.numbers import NumbersResource

        return NumbersResource(self.transport)

    @functools.cached_property
    def documents(self) -> DocumentsResource:
        from zaddesk.api.resources.documents import DocumentsResource

        return DocumentsResource(self.transport)

    @functools.cached_property
    def pbx(self) -> PbxResource:
        from zaddesk.api.resources.pbx import PbxResource

        return PbxResource(self.transport)

    @functools.cached_property
    def ivr(self) -> IvrResource:
        from zaddesk.api.resources.ivr import IvrResource

        return IvrResource(self.transport)

    @functools.cached_property
    def sounds(self) -> SoundsResource:
        from zaddesk.api.resources.sounds import SoundsResource

        return SoundsResource(self.transport)

    @functools.cached_property
    def webhooks(self) -> WebhooksResource:
        from zaddesk.api.resources.webhooks import WebhooksResource

        return WebhooksResource(self.transport)

    @functools.cached_property
    def webrtc(self) -> WebrtcResource:
        from zaddesk.api.resources.webrtc import WebrtcResource

        return WebrtcResource(self.transport)

    @functools.cached_property
    def sip(self) -> SipResource:
        from zaddesk.api.resources.sip import SipResource

        return SipResource(self.transport)

    @functools.cached_property
    def statistics(self) -> StatisticsResource:
        from zaddesk.api.resources.statistics import StatisticsResource

        return StatisticsResource(self.transport)

    @classmethod
    def from_transport(cls, transport: Transport) -> Zadarma:
        """Wrap an existing transport (the GUI keeps one per profile and shares it)."""
        api = cls.__new__(cls)
        api._attach(transport)
        return api

    def __repr__(self) -> str:
        return f"Zadarma({self.transport!r})"

    async def aclose(self) -> None:
        await self.transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
