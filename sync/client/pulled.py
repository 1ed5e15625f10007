"""Pulled rows as the laptop reads them: ``PullItem`` and ``PullResponse`` of ``sync.protocol``, decoded
with msgspec into plain structs.

A pull page of 5,000 rows is 3 MB of JSON. pydantic's ``model_validate_json`` took 10 µs a row; the
fetching thread held the interpreter lock for all of it, so the page being written meanwhile waited
(every microsecond of the laptop's Python counts twice on a 2-core machine that runs the sync's
server too). msgspec decodes and checks the same document into structs in 4 µs a row.

The pydantic models stay the protocol's definition (the server writes pages from them, OpenAPI
shows them); ``tests/sync/client/test_pulled.py`` keeps these structs field for field the same.
Like the models, they ignore fields they do not know (a newer server's additions). Rows that reach
the laptop in other answers (a push's conflicts, a fetched closed case) are converted with
``from_model``, so the rest of the client knows one kind of pulled row.
"""

from __future__ import annotations

from typing import Any

import msgspec
from pydantic import BaseModel

from sync.client.errors import TransportFailed
from sync.client.transport import Reply


class PulledItem(msgspec.Struct):
    """One row as the server holds it (``sync.protocol.PullItem``)."""

    entity: str
    row_id: str
    version: int
    server_seq: int
    deleted: bool
    fields: dict[str, Any]
    needs_review: bool = False
    changed_by: str | None = None
    changed_device: str | None = None
    device_time: str | None = None


class PulledPage(msgspec.Struct):
    """One page of a pull (``sync.protocol.PullResponse``)."""

    epoch: str
    items: list[PulledItem]
    cursor: int
    has_more: bool
    evict: list[str] = msgspec.field(default_factory=list)
    visible_clients: list[str] | None = None
    reset: bool = False
    cursor_proof: str | None = None


_PAGE = msgspec.json.Decoder(PulledPage)
_ITEM = msgspec.json.Decoder(PulledItem)
_ENCODER = msgspec.json.Encoder()


def decode_page(raw: bytes) -> PulledPage:
    """A pull answer's bytes; one that does not match the protocol (or was cut short) fails as the
    transport does, so the request is tried again."""
    try:
        return _PAGE.decode(raw)
    except (msgspec.ValidationError, msgspec.DecodeError):
        raise TransportFailed("the answer does not match the protocol (cut short?)") from None


def read_page(reply: Reply) -> PulledPage:
    """A pull answer, from its bytes, or as parsed JSON from a transport that does not keep them."""
    if reply.raw is not None:
        return decode_page(reply.raw)
    try:
        return msgspec.convert(reply.body, PulledPage)
    except msgspec.ValidationError:
        raise TransportFailed("the answer does not match the protocol (cut short?)") from None


def from_model(item: BaseModel) -> PulledItem:
    """A ``PullItem`` that came in another answer (validated there by pydantic)."""
    return msgspec.convert(item.model_dump(mode="json"), PulledItem)


def item_json(item: PulledItem) -> str:
    """The row as JSON (the stash keeps waiting rows so): the ``PullItem`` document."""
    return _ENCODER.encode(item).decode()


def item_from_json(text: str | bytes) -> PulledItem:
    """A row kept by ``item_json`` (or by an earlier build, with pydantic: the same document)."""
    return _ITEM.decode(text)
