"""What the About dialog shows: the program's version, the rules and reference data in force on this
laptop, the device's identity and enrolment, and the licences of what Polku ships with.

The licences are a file in ``resources/`` rather than read from the installed packages' metadata: the
packaged program carries no metadata of its dependencies (build.spec copies Polku's own only).
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass

from sqlalchemy import select

from app.cli import polku_version
from app.status import sync_state
from app.sync_service import device_identity
from app.workspace import Workspace
from models import RefDataset

DATASETS = ("rules", "reference", "vocabulary")


@dataclass(frozen=True)
class AboutFacts:
    version: str
    datasets: dict[str, int]  # name -> version loaded into this profile (rules, reference, vocabulary)
    device_id: str
    device_name: str  # the name given at enrolment; empty before enrolment
    enrolled: bool
    server_url: str | None
    username: str | None


def about_facts(ws: Workspace) -> AboutFacts:
    """Runs on the database worker."""
    with ws.session() as s:
        rows = s.execute(select(RefDataset.name, RefDataset.version).where(RefDataset.name.in_(DATASETS)))
        datasets = {str(name): int(number) for name, number in rows}
    state = sync_state(ws)
    identity = device_identity(ws)
    return AboutFacts(
        version=polku_version(),
        datasets=datasets,
        device_id=ws.actor.device_id,
        device_name=identity[1] if identity else "",
        enrolled=state.enrolled,
        server_url=state.server_url,
        username=state.username,
    )


def licence_texts() -> list[tuple[str, str]]:
    """(title, text): the list of components and their licences, then the fonts' licence in full."""
    root = importlib.resources.files("resources")
    return [
        ("Polku", (root / "licences.md").read_text("utf-8")),
        ("SIL Open Font License 1.1 (Noto)", (root / "fonts" / "OFL.txt").read_text("utf-8")),
    ]
