"""The one object the rest of zaddesk talks to the API through.

It owns a :class:`Transport` (one HTTP connection pool, one rate budget per profile) and
hangs the typed namespaces on it, so ``api.numbers.available(...)`` reads like the spec.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from zaddesk.api.resources.documents import DocumentsResource
from zaddesk.api.resources.info import InfoResource
from zaddesk.api.resources.ivr import IvrResource
from zaddesk.api.resources.numbers import NumbersResource
from zaddesk.api.resources.pbx import PbxResource
from zaddesk.api.resources.reseller import ResellerResource
from zaddesk.api.resources.sip import SipResource
from zaddesk.api.resources.sounds import SoundsResource
from zaddesk.api.resources.statistics import StatisticsResource
from zaddesk.api.resources.webhooks import WebhooksResource
from zaddesk.api.resources.webrtc import WebrtcResource
from zaddesk.api.transport import Transport

__all__ = ["Zadarma"]


class Zadarma:
    """``async with Zadarma(url, key, secret) as api: await api.info.balance()``."""

    transport: Transport

    def __init__(self, base_url: str, key: str, secret: str, **transport_options: Any) -> None:
        self._attach(Transport(base_url, key, secret, **transport_options))

    def _attach(self, transport: Transport) -> None:
        self.transport = transport
        self.reseller = ResellerResource(transport)
        self.info = InfoResource(transport)
        self.numbers = NumbersResource(transport)
        self.documents = DocumentsResource(transport)
        self.pbx = PbxResource(transport)
        self.ivr = IvrResource(transport)
        self.sounds = SoundsResource(transport)
        self.webhooks = WebhooksResource(transport)
        self.webrtc = WebrtcResource(transport)
        self.sip = SipResource(transport)
        self.statistics = StatisticsResource(transport)

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
