"""Document groups (who the client is, where they live) and the files proving it.

A number in many countries is sold only against a verified group, so the console fills a
group, uploads scans into it and asks whether it fits a direction before ordering.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from zaddesk.api.resources._base import Resource, decode, segment
from zaddesk.api.streams import StreamedFile
from zaddesk.api.transport import Priority

__all__ = [
    "DocumentFile",
    "DocumentGroup",
    "DocumentGroupForm",
    "DocumentType",
    "DocumentsResource",
    "GroupValidity",
    "UploadedDocument",
]

Salutation = Literal["MR", "MS", "COMPANY"]
IdType = Literal[
    "PASSPORT", "DNI", "NIE", "RESIDENCE_PERMIT", "NATIONAL_ID_CARD", "BUSINESS_REGISTRATION"
]
DocumentType = Literal[
    "certificate",
    "contract",
    "company_letter",
    "inn_ua",
    "passport",
    "phone_bill",
    "photo_with_doc",
    "photo_with_passport",
    "receipt",
    "driver_id_us_ca",
    "driver_id_other",
]


class DocumentGroupForm(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What a rep types to create or update a group; ``None`` fields are not sent."""

    email: str
    salutation: Salutation
    first_name: str
    last_name: str
    country: str
    city: str
    address: str
    zip_code: str
    street: str
    building_number: str
    phone: str
    nationality: str | None = None
    middle_name: str | None = None
    date_of_birth: str | None = None
    organization: str | None = None
    organization_description: str | None = None
    organization_reg_number: str | None = None
    region: str | None = None
    street_code: str | None = None
    municipality_code: str | None = None
    building_letter: str | None = None
    type_of_id: IdType | None = None
    id_number: str | None = None
    issuing_authority: str | None = None
    issuing_date: str | None = None
    direction_id: int | None = None


class DocumentGroup(msgspec.Struct, kw_only=True):
    id: int | None = None
    email: str = ""
    salutation: str | None = None
    nationality: str | None = None
    first_name: str = ""
    middle_name: str | None = None
    last_name: str = ""
    organization: str | None = None
    organization_description: str | None = None
    organization_reg_number: str | None = None
    country: str = ""
    region: str | None = None
    city: str = ""
    address: str = ""
    zip_code: str = ""
    street: str = ""
    street_code: str | None = None
    municipality_code: str | None = None
    building_number: str = ""
    building_letter: str | None = None
    phone: str = ""
    type_of_id: str | None = None
    id_number: str | None = None
    issuing_authority: str | None = None
    issuing_date: str | None = None
    is_readonly: bool = False


class GroupValidity(msgspec.Struct, kw_only=True):
    is_information_match: bool
    is_documents_uploaded: bool
    is_documents_verified: bool
    is_address_match: bool

    @property
    def ok(self) -> bool:
        return (
            self.is_information_match
            and self.is_documents_uploaded
            and self.is_documents_verified
            and self.is_address_match
        )


class UploadedDocument(msgspec.Struct, kw_only=True):
    message: str
    doc_name: str


class DocumentFile(msgspec.Struct, kw_only=True):
    type: str
    is_verified: bool
    source: str
    name: str


class DocumentsResource(Resource):
    async def list_groups(
        self, *, user_id: int | None = None, priority: Priority = Priority.INTERACTIVE
    ) -> list[DocumentGroup]:
        data = await self._call(
            "GET", "/v1/documents/groups/list/", user_id=user_id, priority=priority
        )
        return decode(data.get("groups") or [], list[DocumentGroup])

    async def get_group(self, group_id: int, *, user_id: int | None = None) -> DocumentGroup:
        """Group 0 is the account's main group."""
        data = await self._call(
            "GET", f"/v1/documents/groups/get/{segment(group_id)}/", user_id=user_id
        )
        return decode(data["group"], DocumentGroup)

    async def create_group(
        self, form: DocumentGroupForm, *, user_id: int | None = None
    ) -> DocumentGroup:
        data = await self._call(
            "POST", "/v1/documents/groups/create/", msgspec.to_builtins(form), user_id=user_id
        )
        return decode(data["group"], DocumentGroup)

    async def update_group(
        self, group_id: int, form: DocumentGroupForm, *, user_id: int | None = None
    ) -> DocumentGroup:
        data = await self._call(
            "PUT",
            f"/v1/documents/groups/update/{segment(group_id)}/",
            msgspec.to_builtins(form),
            user_id=user_id,
        )
        return decode(data["group"], DocumentGroup)

    async def validate_group(
        self, group_id: int, direction_id: int, *, user_id: int | None = None
    ) -> GroupValidity:
        """Whether the group is enough to order a number in ``direction_id``."""
        data = await self._call(
            "GET",
            f"/v1/documents/groups/valid/{segment(group_id)}/",
            {"direction_id": direction_id},
            user_id=user_id,
        )
        return decode(data, GroupValidity)

    async def upload(
        self,
        group_id: int,
        document_type: DocumentType,
        filename: str,
        content: bytes | StreamedFile,
        mime: str = "application/octet-stream",
        *,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> UploadedDocument:
        data = await self._call(
            "POST",
            "/v1/documents/upload/",
            {"group_id": group_id, "document_type": document_type},
            user_id=user_id,
            files={"file": (filename, content, mime)},
            priority=priority,
        )
        return decode(data, UploadedDocument)

    async def files(
        self,
        group_id: int | None = None,
        *,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> list[DocumentFile]:
        data = await self._call(
            "GET", "/v1/documents/files/", {"group_id": group_id}, user_id=user_id,
            priority=priority,
        )
        return decode(data.get("documents") or [], list[DocumentFile])
