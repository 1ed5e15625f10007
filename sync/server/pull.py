"""Pages of changed rows, in server order, limited to the user's caseload.

Each row appears at the sequence number of its newest change, with its newest state. Writers
commit in sequence order (``Database.write``) and a pull reads one snapshot, so the page's cursor
never passes a change that is still to commit.

A page with more to come also carries, ahead of their turn, its rows' parents (their client, and
the plan or assessment they name) that changed after the page's cursor: an edited client's row sits
after its records in server order, and without it they would wait on the device, written to its
stash and again from there, until the page that holds the client. They come again at their own
sequence number, where the device finds the version it has and skips them.

The page query walks ``row_state`` in ``server_seq`` order (its unique index) and checks each row's
client against the caseload with a correlated ``EXISTS``: a page costs about ``limit`` index steps.
(A join from ``client_scope`` made SQLite read and sort every row of the caseload for every page:
an initial pull was quadratic in the caseload, and a pull with nothing new cost a full sort.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, String, any_, bindparam, case, exists, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from sync.entities import specs
from sync.protocol import PARENTS, PullResponse
from sync.server.scope import Scope
from sync.server.serialize import PULL_COLUMNS, pull_item_json
from sync.server.tables import ClientScope, Device, DeviceRecall, RowState, ScopeChange, ServerState


@dataclass(frozen=True)
class PulledPage:
    """A page ready to send: ``body`` is the ``PullResponse`` as JSON (UTF-8)."""

    cursor: int
    reset: bool
    body: bytes
    # What the page tells the device to hold and drop, for the server's record (``device_client``).
    clients: frozenset[str] = frozenset()
    evicted: frozenset[str] = frozenset()
    visible: frozenset[str] | None = None

    def response(self) -> PullResponse:
        return PullResponse.model_validate_json(self.body)


def _page(head: PullResponse, items: list[str], clients: frozenset[str] = frozenset()) -> PulledPage:
    """``head`` without items, as JSON, with ``items`` (JSON texts of ``PullItem``) put in;
    ``clients``: the clients those items belong to."""
    text = head.model_dump_json()
    # Field order is the model's: '{"epoch":"…","items":[],"evict":…'. No JSON string holds an
    # unescaped '"', so the first ',"items":[' is the field itself.
    at = text.index(',"items":[]') + len(',"items":[')
    body = text[:at] + ",".join(items) + text[at:]
    visible = frozenset(head.visible_clients) if head.visible_clients is not None else None
    return PulledPage(
        cursor=head.cursor,
        reset=head.reset,
        body=body.encode(),
        clients=clients,
        evicted=frozenset(head.evict),
        visible=visible,
    )


# Entities other rows hang under (``client``, ``integration_plan``, ``assessment``), and the fields
# that name a parent other than the row's own client (``client_id`` is a column of ``row_state``),
# read out of the stored JSON only for the entities that have them: reading every row's JSON cost the
# PostgreSQL server 10 µs a pulled row.
PARENT_ENTITIES = sorted({parent for _column, parent in PARENTS.values()} - {"client"})
_PARENT_FIELDS = sorted({column for column, _parent in PARENTS.values()} - {"client_id"})
_NAMING_A_PARENT = sorted(e for e, spec in specs().items() if set(spec.columns) & set(_PARENT_FIELDS))
PARENT_REF = case(
    (
        RowState.entity.in_(_NAMING_A_PARENT),
        func.coalesce(*(RowState.data[column].as_string() for column in _PARENT_FIELDS)),
    ),
    else_=None,
)


def _id_lists(ids: list[str], dialect: str) -> list[ColumnElement[bool]]:
    """``row_id IN ids`` in as few statements as fit: on PostgreSQL one, with the ids as one array
    parameter (a page's 1,200 parent ids as IN lists of 500 parameters cost the server 21 us a
    pulled row against 19, most of it rendering and sending the parameters); on SQLite IN lists of
    500 (within its parameter limit; one JSON array read by ``json_each`` was no faster there)."""
    if not ids:
        return []
    if dialect == "postgresql":
        return [RowState.row_id == any_(bindparam("ids", ids, type_=ARRAY(String)))]
    return [RowState.row_id.in_(ids[i : i + 500]) for i in range(0, len(ids), 500)]


def _parents_ahead(conn: Connection, clients: set[str], named: set[str], after: int) -> list[Row[Any]]:
    """The rows of ``clients`` and of the plans and assessments ``named`` changed after ``after`` (the
    page's cursor), in server order."""
    found: list[Row[Any]] = []
    for entities, ids in ((["client"], sorted(clients)), (PARENT_ENTITIES, sorted(named))):
        for one_of in _id_lists(ids, conn.dialect.name):
            found += conn.execute(
                select(*PULL_COLUMNS, RowState.client_id).where(
                    RowState.entity.in_(entities), one_of, RowState.server_seq > after
                )
            ).all()
    return sorted(found, key=lambda r: r.server_seq)


def pull_page(
    s: Session,
    state: ServerState,
    device: Device,
    scope: Scope,
    cursor: int,
    limit: int,
    *,
    sign: Callable[[int], str] | None = None,
) -> PulledPage:
    """The next page after ``cursor``; ``sign`` makes the page's progress proof (restore detection)
    for the cursor, never above the high-water mark read here (a device's own claim is not signed)."""
    if cursor > 0 and device.scope_signature not in ("", scope.signature()):
        # The user's caseload changed (municipalities or role): start over from the beginning.
        return _page(PullResponse(epoch=state.epoch, items=[], cursor=0, has_more=True, reset=True), [])
    high = state.last_seq
    recalled = set(s.scalars(select(DeviceRecall.client_id).where(DeviceRecall.device_id == device.id)))
    in_scope = exists().where(ClientScope.client_id == RowState.client_id, scope.carried(recalled))
    conn = s.connection()
    if conn.dialect.name == "postgresql":
        # Walk the server_seq index whatever the planner statistics say: right after a bulk load or
        # a restore they are missing or stale, and the planner then chose a scan and sort of the
        # whole table for every page (PostgreSQL CPU 24.6 s against 4.5 s in the 100-device test).
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        conn.exec_driver_sql("SET LOCAL enable_sort = off")
    # On the connection: plain rows, without the ORM's result machinery.
    query = (
        select(*PULL_COLUMNS, RowState.client_id, PARENT_REF)
        .where(RowState.server_seq > cursor, in_scope)
        .order_by(RowState.server_seq)
        .limit(limit + 1)
    )
    rows = conn.execute(query).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    new_cursor = rows[-1].server_seq if has_more else max(high, rows[-1].server_seq if rows else cursor)
    ahead: list[Row[Any]] = []
    if has_more:
        named = {r[-1] for r in rows if r[-1] is not None}
        ahead = _parents_ahead(conn, {r.client_id for r in rows}, named, new_cursor)
    evict: set[str] = set()
    for change in s.scalars(
        select(ScopeChange).where(ScopeChange.server_seq > cursor, ScopeChange.server_seq <= new_cursor)
    ):
        # The device held it then (its old place in the caseload), and does not now (moved away,
        # reassigned, a closed case put aside, a fetched-back case left untouched): it goes.
        held = scope.sees(change.old_municipality, change.old_assigned)
        if held and not scope.carries(s.get(ClientScope, change.client_id), recalled):
            evict.add(change.client_id)
    visible: list[str] | None = None
    if cursor == 0:
        visible = sorted(s.scalars(select(ClientScope.client_id).where(scope.carried(recalled))))
    head = PullResponse(
        epoch=state.epoch,
        items=[],
        evict=sorted(evict),
        cursor=max(new_cursor, cursor),
        has_more=has_more,
        visible_clients=visible,
        cursor_proof=sign(min(max(new_cursor, cursor), high)) if sign is not None else None,
    )
    items = [pull_item_json(r[: len(PULL_COLUMNS)]) for r in [*rows, *ahead]]
    return _page(head, items, frozenset(r.client_id for r in rows))
