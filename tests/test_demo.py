"""Demo data looks like a real caseload, goes through the outbox, and is reproducible."""

from __future__ import annotations

import unicodedata

from sqlalchemy import func, select

from app.clients import list_clients
from app.demo import generate_demo_data
from app.workspace import Workspace
from models import SYNCED_MODELS, Assessment, Client, IntegrationPlan, OutboxEntry, PlanMeasure


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_demo_profile_has_the_whole_process_in_many_scripts(workspace: Workspace) -> None:
    written = generate_demo_data(workspace, clients=300, seed=7)
    with workspace.session() as s:
        counts = {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in SYNCED_MODELS}  # type: ignore[attr-defined]
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry))
        municipalities = set(s.scalars(select(Client.home_municipality).distinct()))
        assert s.scalar(select(func.count()).select_from(Assessment)) > 100
        assert s.scalar(select(func.count()).select_from(IntegrationPlan)) > 100
        assert s.scalar(select(func.count()).select_from(PlanMeasure)) > 300
    assert counts["client"] == 300
    assert sum(counts.values()) == written == outbox  # every row queued for sync
    assert municipalities == {"297", "857", "402", "204"}
    names = " ".join(f"{c.first_names} {c.last_name}" for c in list_clients(workspace))
    assert {"ARABIC", "CYRILLIC", "LATIN"} <= _scripts(names)


def test_same_seed_same_people(workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.workspace import create_workspace
    from tests.conftest import FAST_KDF, PASSPHRASE

    other = create_workspace(tmp_path / "other", PASSPHRASE, user="x", kdf=FAST_KDF)
    try:
        generate_demo_data(workspace, clients=30, seed=3)
        generate_demo_data(other, clients=30, seed=3)
        first = [(c.first_names, c.last_name) for c in list_clients(workspace)]
        second = [(c.first_names, c.last_name) for c in list_clients(other)]
        assert first == second
    finally:
        other.close()
