"""The demo profile the screenshots and the 1366x768 layout test show, and the rows they open.

``prepare_demo`` adds to the demo generator what it does not make, so every screen has something to
show; ``busiest_field_day`` and ``multidisciplinary_assessment`` pick the rows a screen opens. They
query the database here so ``ui.surfaces`` deals in plain values only (ui never imports SQLAlchemy).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.clients import delete_client, get_client, update_client
from app.demo import generate_demo_data
from app.edits import OnClash
from app.workspace import Workspace
from models import Assessment, Meeting, OutboxEntry, SyncOutboxState, utcnow
from models.enums import AssessmentKind, MeetingStatus
from sync.protocol import ResultCode


def prepare_demo(ws: Workspace, *, clients: int, seed: int = 11) -> None:
    """Demo data, plus what the demo generator does not make: three clients deleted (Recently deleted
    is not empty), one conflict and one change the server refused (the
    Conflicts page shows both of its lists)."""
    generate_demo_data(ws, clients=clients, seed=seed)
    with ws.session() as s:
        ids = [str(i) for i in s.scalars(select(Meeting.client_id).distinct().order_by(Meeting.client_id))]
    for client_id in ids[-3:]:
        delete_client(ws, client_id=client_id)
    clashing = ids[0]
    shown = get_client(ws, client_id=clashing).data.phone
    update_client(ws, client_id=clashing, changes={"phone": "+358 50 777 0000"})  # e.g. from a sync
    update_client(
        ws,
        client_id=clashing,
        changes={"phone": "+358 44 111 1111"},
        base={"phone": shown},
        on_clash=OnClash.KEEP_BOTH,
    )
    with ws.session() as s:  # as if the server had refused the first phone change: outside the caseload
        seq = s.scalars(
            select(OutboxEntry.seq)
            .where(OutboxEntry.entity == "client", OutboxEntry.row_id == clashing)
            .order_by(OutboxEntry.seq.desc())
        ).first()
        if seq is not None:
            s.add(
                SyncOutboxState(
                    seq=seq,
                    status="rejected",
                    code=ResultCode.FORBIDDEN,  # the server refused it: outside the caseload
                    server_seq=0,
                    epoch="demo",
                    answered_at=utcnow(),
                )
            )


def busiest_field_day(ws: Workspace) -> tuple[str, date] | None:
    """(municipality, day): the partner-municipality day with most booked meetings, a realistic
    field-visit screen."""
    with ws.session() as s:
        row = s.execute(
            select(Meeting.municipality, func.date(Meeting.starts_at).label("day"), func.count())
            .where(Meeting.municipality != "297", Meeting.status == MeetingStatus.BOOKED)
            .group_by(Meeting.municipality, "day")
            .order_by(func.count().desc())
            .limit(1)
        ).first()
    return (str(row[0]), date.fromisoformat(str(row[1]))) if row else None


def multidisciplinary_assessment(ws: Workspace) -> tuple[str, str] | None:
    """(client, assessment): a multidisciplinary assessment with a recorded reason for a missing
    Liite 1 participant, else any multidisciplinary one: participants and findings on one screen."""
    with ws.session() as s:
        query = select(
            Assessment.client_id, Assessment.id, Assessment.rule_exceptions, Assessment.assessed_on
        ).where(Assessment.kind == AssessmentKind.MULTIDISCIPLINARY, Assessment.deleted.is_(False))
        rows = sorted(s.execute(query), key=lambda r: (not r[2], -(r[3] or date.min).toordinal(), r[1]))
    return (str(rows[0][0]), str(rows[0][1])) if rows else None
