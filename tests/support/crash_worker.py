"""A process for the crash tests (tests/proofs/test_crash.py) to kill with SIGKILL. Not a test module.

    python -m tests.support.crash_worker edit --profile DIR --targets FILE --seed N
    python -m tests.support.crash_worker sync --profile DIR [--push-batch N] [--pull-limit N]

The passphrase comes from ``POLKU_PASSPHRASE``. Every line on stdout is JSON and flushed at once, so
whatever the test reads after the kill was really said before it:

- ``edit``: ``ready`` (with the outbox and access-log high-water marks), then for every edit an
  ``about`` line (what is about to be saved, with a unique value) and, right AFTER the service
  returned (the transaction committed), a ``done`` line with the row id and value and the new marks.
- ``sync``: ``ready``, then ``>push``/``<push``/``>pull``/``<pull``... around every request (sent,
  answered) and ``=push``/``=pull`` after each batch or page was recorded locally, and ``done``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.assessments import save_assessment
from app.clients import ClientInput, LanguageSkill, create_client, update_client
from app.meetings import add_note, update_meeting
from app.plans.items import add_goal, update_goal
from app.sync_service import SyncProblem, sync_now, transport_for
from app.workspace import Workspace, open_workspace
from models import AccessLogEntry, OutboxEntry
from models.enums import GoalArea, LanguageLevel
from sync.client.engine import SyncOptions
from sync.client.transport import Reply, Transport

KINDS = ("address", "new_client", "note", "assessment", "goal_text", "new_goal", "meeting")


def say(**fields: Any) -> None:
    sys.stdout.write(json.dumps(fields, sort_keys=True) + "\n")
    sys.stdout.flush()


def marks(ws: Workspace) -> dict[str, int]:
    """The outbox's and the access log's highest seq, as another reader sees them after a commit."""
    with ws.engine.connect() as conn:
        outbox = conn.scalar(select(func.max(OutboxEntry.seq))) or 0
        access = conn.scalar(select(func.max(AccessLogEntry.seq))) or 0
    return {"outbox": int(outbox), "access": int(access)}


def edit_once(
    ws: Workspace, targets: dict[str, Any], kind: str, value: str, rng: random.Random
) -> dict[str, Any]:
    """One save through an app service; returns what was committed (entity, id, field, value)."""
    client = rng.choice(targets["clients"])
    if kind == "address":
        update_client(ws, client_id=client, changes={"address": value})
        return {"entity": "client", "id": client, "field": "address"}
    if kind == "new_client":  # three rows (client and two languages) in one transaction
        detail = create_client(
            ws,
            data=ClientInput(first_names="Testi", last_name=value, home_municipality=targets["municipality"]),
            languages=(
                LanguageSkill("uk", LanguageLevel.NATIVE, True),
                LanguageSkill("fi", LanguageLevel.A1_1),
            ),
        )
        return {"entity": "client", "id": detail.id, "field": "last_name"}
    if kind == "note":
        note = add_note(ws, client_id=client, text=value)
        return {"entity": "note", "id": note.id, "field": "text"}
    if kind == "assessment":
        save_assessment(ws, assessment_id=targets["assessment"], changes={"outcome_notes": value})
        return {"entity": "assessment", "id": targets["assessment"], "field": "outcome_notes"}
    if kind == "goal_text":
        update_goal(ws, goal_id=targets["goal"], changes={"text": value})
        return {"entity": "plan_goal", "id": targets["goal"], "field": "text"}
    if kind == "new_goal":
        plan = add_goal(ws, plan_id=targets["plan"], area=GoalArea.EMPLOYMENT, text=value)
        goal = next(g for g in plan.goals if g.text == value)
        return {"entity": "plan_goal", "id": goal.id, "field": "text"}
    if kind == "meeting":
        update_meeting(ws, meeting_id=targets["meeting"], changes={"place": value})
        return {"entity": "meeting", "id": targets["meeting"], "field": "place"}
    raise ValueError(kind)


def run_edits(args: argparse.Namespace) -> int:
    ws = open_workspace(args.profile, os.environ["POLKU_PASSPHRASE"])
    targets = json.loads(Path(args.targets).read_text("utf-8"))
    rng = random.Random(args.seed)
    say(t="ready", **marks(ws))
    for n in range(args.count):
        kind = rng.choice(KINDS)
        value = f"crash {args.seed}-{n}"
        say(t="about", n=n, kind=kind, value=value)
        done = edit_once(ws, targets, kind, value, rng)
        say(t="done", n=n, kind=kind, value=value, **done, **marks(ws))
    ws.close()
    return 0


class Announcing:
    """Says each request before it is sent and after its answer arrived."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner

    def request(self, method: str, path: str, **kwargs: Any) -> Reply:
        name = path.rsplit("/", 1)[-1]
        say(t=">" + name)
        reply = self.inner.request(method, path, **kwargs)
        say(t="<" + name, status=reply.status)
        return reply


def run_sync(args: argparse.Namespace) -> int:
    ws = open_workspace(args.profile, os.environ["POLKU_PASSPHRASE"])
    options = SyncOptions(
        push_batch=args.push_batch,
        pull_limit=args.pull_limit,
        pull_limit_max=args.pull_limit,  # many small pages: many moments to be killed in
        attempts=1,
        retry_delay=0.0,
    )
    say(t="ready")
    try:
        report = sync_now(
            ws,
            transport=Announcing(transport_for(ws)),
            options=options,
            progress=lambda phase, done, _total: say(t="=" + phase, done=done),
        )
    except SyncProblem as exc:
        say(t="failed", code=exc.code)
        return 2
    finally:
        ws.close()
    say(t="done", pushed=report.pushed, pulled=report.pulled, results=report.results)
    return 0


def setup_targets(ws: Workspace, folder: Path, municipality: str) -> dict[str, Any]:
    """Rows for ``edit`` to change (made by the test, in process): clients, an assessment, a draft
    plan with a goal, a meeting. Written as JSON to ``folder/targets.json``."""
    from app.assessments import start_assessment
    from app.meetings import book_meeting
    from app.plans.lifecycle import create_plan
    from models.enums import AssessmentKind, MeetingMode, MeetingPurpose, PlanKind, ResponsibleParty

    clients = [
        create_client(
            ws, data=ClientInput(first_names="Testi", last_name=f"Kohde {i}", home_municipality=municipality)
        ).id
        for i in range(3)
    ]
    assessment = start_assessment(ws, client_id=clients[0], kind=AssessmentKind.BASIC)
    today = date.today()
    plan = create_plan(
        ws,
        client_id=clients[0],
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=today,
        period_end=today + timedelta(days=365),
    )
    plan = add_goal(ws, plan_id=plan.id, area=GoalArea.LANGUAGE, text="first goal")
    meeting = book_meeting(
        ws,
        client_id=clients[1],
        starts_at=datetime.combine(today, datetime.min.time()).replace(hour=10),
        mode=MeetingMode.IN_PERSON,
        purpose=MeetingPurpose.GUIDANCE,
    )
    targets = {
        "clients": clients,
        "assessment": assessment.id,
        "plan": plan.id,
        "goal": plan.goals[0].id,
        "meeting": meeting.id,
        "municipality": municipality,
    }
    path = folder / "targets.json"
    path.write_text(json.dumps(targets), "utf-8")
    return targets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="crash_worker")
    sub = parser.add_subparsers(dest="mode", required=True)
    edit = sub.add_parser("edit")
    edit.add_argument("--profile", type=Path, required=True)
    edit.add_argument("--targets", type=Path, required=True)
    edit.add_argument("--seed", type=int, required=True)
    edit.add_argument("--count", type=int, default=1_000_000)
    syn = sub.add_parser("sync")
    syn.add_argument("--profile", type=Path, required=True)
    syn.add_argument("--push-batch", type=int, default=25)
    syn.add_argument("--pull-limit", type=int, default=50)
    args = parser.parse_args(argv)
    return run_edits(args) if args.mode == "edit" else run_sync(args)


if __name__ == "__main__":
    sys.exit(main())
