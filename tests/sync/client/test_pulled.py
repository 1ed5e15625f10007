"""The laptop's msgspec structs of a pull (``sync.client.pulled``) read exactly what the protocol's
pydantic models define: the same fields, the same defaults, the same refusals; a newer server's extra
fields are ignored; an answer cut short is retried and then reported in words."""

from __future__ import annotations

import json
from typing import Any

import msgspec
import pytest

from sync.client.calls import exchange
from sync.client.errors import TransportFailed
from sync.client.options import SyncOptions
from sync.client.pulled import (
    PulledItem,
    PulledPage,
    decode_page,
    from_model,
    item_from_json,
    item_json,
    read_page,
)
from sync.client.transport import Reply
from sync.protocol import PullItem, PullResponse

ITEM = {
    "entity": "client",
    "row_id": "01a23cbf-0b65-7de0-b302-fad89f28e873",
    "version": 3,
    "server_seq": 41,
    "deleted": False,
    "needs_review": True,
    "changed_by": "anna",
    "changed_device": "01a23cbf-0669-793d-853f-4a343374c15e",
    "device_time": "2026-12-03T16:31:23.963797",
    "fields": {"first_names": "Testi", "date_of_birth": "1990-01-02", "interpreter_needed": False, "n": 2},
}
PAGE = {
    "epoch": "e1",
    "items": [ITEM],
    "evict": ["x"],
    "cursor": 41,
    "has_more": True,
    "visible_clients": ["a", "b"],
    "reset": False,
    "cursor_proof": "41.sig",
}


def _fields(model: Any) -> dict[str, tuple[bool, Any]]:
    """name -> (required, default) of a pydantic model."""
    return {
        name: (f.is_required(), None if f.is_required() else f.get_default(call_default_factory=True))
        for name, f in model.model_fields.items()
    }


def _struct_fields(struct: Any) -> dict[str, tuple[bool, Any]]:
    out = {}
    for f in msgspec.structs.fields(struct):
        required = f.required
        default = None if required else (f.default_factory() if f.default is msgspec.NODEFAULT else f.default)
        out[f.name] = (required, default)
    return out


@pytest.mark.parametrize(("struct", "model"), [(PulledItem, PullItem), (PulledPage, PullResponse)])
def test_the_structs_have_the_protocols_fields_and_defaults(struct: Any, model: Any) -> None:
    assert _struct_fields(struct) == _fields(model)


def test_a_page_reads_as_pydantic_reads_it() -> None:
    raw = json.dumps(PAGE).encode()
    mine = decode_page(raw)
    theirs = PullResponse.model_validate_json(raw)
    assert msgspec.to_builtins(mine) == theirs.model_dump(mode="json")
    assert msgspec.to_builtins(read_page(Reply(200, PAGE))) == theirs.model_dump(mode="json")
    assert from_model(theirs.items[0]) == mine.items[0]


def test_defaults_and_a_newer_servers_extra_fields() -> None:
    item = {k: v for k, v in ITEM.items() if k not in ("needs_review", "changed_by", "device_time")}
    page = decode_page(json.dumps({"epoch": "e", "items": [{**item, "colour": "red"}], "cursor": 1,
                                   "has_more": False, "new_thing": {"a": 1}}).encode())  # fmt: skip
    assert page.evict == [] and page.visible_clients is None and page.reset is False
    assert page.items[0].needs_review is False and page.items[0].device_time is None


@pytest.mark.parametrize(
    "raw",
    [
        json.dumps(PAGE).encode()[:-40],  # cut short
        json.dumps({**PAGE, "cursor": "41"}).encode(),  # a number as text
        json.dumps({**PAGE, "items": [{**ITEM, "version": None}]}).encode(),
        json.dumps({k: v for k, v in PAGE.items() if k != "has_more"}).encode(),
        b"<html>proxy error</html>",
    ],
)
def test_an_answer_that_is_no_page_is_a_transport_failure(raw: bytes) -> None:
    with pytest.raises(TransportFailed, match="does not match the protocol"):
        decode_page(raw)


def test_a_page_cut_short_is_fetched_again() -> None:
    whole = json.dumps(PAGE).encode()
    answers = [whole[:100], whole]

    class Flaky:
        def request(self, method: str, path: str, **_kw: Any) -> Reply:
            return Reply(200, raw=answers.pop(0))

    page = exchange(Flaky(), "GET", "/pull", read_page, options=SyncOptions(retry_delay=0))
    assert page.cursor == 41 and not answers


def test_a_waiting_row_kept_by_an_earlier_build_reads_back() -> None:
    earlier = PullItem.model_validate(ITEM).model_dump_json()  # what the stash held before msgspec
    assert item_from_json(earlier) == decode_page(json.dumps(PAGE).encode()).items[0]
    assert item_from_json(item_json(item_from_json(earlier))) == item_from_json(earlier)
