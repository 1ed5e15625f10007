"""Synthetic demo data: clients with languages, assessments, plans, measures, meetings and notes.

Everything is made up from ``app.demo_names`` and a seeded random generator: the same seed gives
the same profile. Rows go in through ``bulk_insert`` so they carry sync metadata and outbox entries
exactly like typed-in data. Runs on any thread; ``progress(done, total)`` is called per batch.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from app.audit import record_access
from app.changes import bulk_insert
from app.client_facts import facts_of
from app.demo_names import ORIGINS, Origin
from app.demo_plans import DemoContext, assessment_and_plan
from app.rules_cache import rules_in_force
from app.workspace import Workspace
from models import (
    SYNCED_MODELS,
    Client,
    ClientLanguage,
    Meeting,
    Note,
    RefLanguage,
    RefMunicipality,
    RefProvider,
    RefService,
    SyncMixin,
    new_uuid,
)
from models.enums import (
    AccessAction,
    Gender,
    LabourMarketStatus,
    LanguageLevel,
    Literacy,
    MeetingMode,
    MeetingPurpose,
    MeetingStatus,
    PermitType,
    ResidenceBasis,
)
from models.rules import RulesData

BATCH = 2000
# Kuopio has most clients; the partner municipalities a share each.
MUNICIPALITY_WEIGHTS = {"297": 70, "857": 10, "402": 10, "204": 10}
PROTECTION = (ResidenceBasis.REFUGEE, ResidenceBasis.QUOTA_REFUGEE, ResidenceBasis.SUBSIDIARY_PROTECTION)
ASYLUM = (ResidenceBasis.REFUGEE, ResidenceBasis.SUBSIDIARY_PROTECTION)


@dataclass(frozen=True)
class _Refs:
    municipalities: list[str]
    weights: list[int]
    services: list[str]
    providers: dict[str, list[str]]  # service code -> provider codes
    languages: set[str]
    rules: RulesData


def _refs(ws: Workspace) -> _Refs:
    with ws.session() as s:
        munis = list(s.scalars(select(RefMunicipality.code).where(RefMunicipality.partner.is_(True))))
        services = list(s.scalars(select(RefService.code)))
        providers: dict[str, list[str]] = {}
        for code, offered in s.execute(select(RefProvider.code, RefProvider.services)):
            for svc in offered.split():
                providers.setdefault(svc, []).append(code)
        languages = set(s.scalars(select(RefLanguage.code)))
        rules = rules_in_force(s)
    weights = [MUNICIPALITY_WEIGHTS.get(m, 5) for m in munis]
    return _Refs(munis, weights, services, providers, languages, rules)


class _Generator:
    def __init__(self, refs: _Refs, counsellor: str, today: date, rng: random.Random) -> None:
        self.refs, self.counsellor, self.today, self.rng = refs, counsellor, today, rng
        self.rows: dict[type[SyncMixin], list[dict[str, Any]]] = {}
        self.ctx = DemoContext(
            self.add, rng, today, refs.rules, refs.services, refs.providers, refs.languages
        )

    def add(self, model: type[SyncMixin], **row: Any) -> str:
        row.setdefault("id", new_uuid())
        self.rows.setdefault(model, []).append(row)
        return str(row["id"])

    def _name(self, origin: Origin, female: bool) -> tuple[str, str, str | None]:
        rng = self.rng
        given = rng.choice(origin.female if female else origin.male)
        if rng.random() < 0.25:  # a second given name now and then
            second = rng.choice(origin.female if female else origin.male)
            if second != given:
                given = (
                    f"{given[0]} {second[0]}",
                    f"{given[1]} {second[1]}" if given[1] and second[1] else None,
                )
        family = rng.choice(origin.surnames_f if female else origin.surnames_m)
        latin = f"{given[1]} {family[1]}" if given[1] and family[1] else None
        return given[0], family[0], latin

    def client(self) -> None:
        rng, today = self.rng, self.today
        origin = rng.choice(ORIGINS)
        female = rng.random() < 0.5
        first, last, latin = self._name(origin, female)
        born = today - timedelta(days=rng.randint(17 * 365, 65 * 365))
        permit = today - timedelta(days=rng.randint(10, 4 * 365))
        basis = rng.choice(list(ResidenceBasis))
        if origin.key == "ukrainian":
            basis = ResidenceBasis.TEMPORARY_PROTECTION
        municipality = rng.choices(self.refs.municipalities, self.refs.weights)[0]
        tongue = origin.mother_tongue if origin.mother_tongue in self.refs.languages else "en"
        needs_interpreter = tongue not in ("fi", "sv", "et") and rng.random() < 0.6
        age = (permit - born).days // 365
        facts: dict[str, Any] = {
            "date_of_birth": born,
            "first_permit_date": permit,
            "residence_basis": basis,
            # Refugee status and subsidiary protection come through the asylum process; compassionate
            # grounds sometimes do.
            "asylum_process": basis in ASYLUM
            or (basis is ResidenceBasis.COMPASSIONATE_GROUNDS and rng.random() < 0.5),
            "labour_market_status": rng.choice(list(LabourMarketStatus)),
            "home_care_allowance": rng.random() < 0.15,
            "prolonged_social_assistance": rng.random() < 0.15,
            "evident_social_or_health_needs": rng.random() < 0.1,
            # Arrived under 18 without a guardian: now a minor, or a young adult in aftercare.
            "unaccompanied_minor": basis in PROTECTION and age < 18 and rng.random() < 0.6,
            "trafficking_victim": rng.random() < 0.01,
            "referred_by_authority": rng.random() < 0.3,
            "own_request": rng.random() < 0.4,
            "family_of_protected_person": basis is ResidenceBasis.FAMILY_TIES and rng.random() < 0.5,
            "needs_service_coordination": rng.random() < 0.05,
            "home_municipality": municipality,
        }
        cid = self.add(
            Client,
            first_names=first,
            last_name=last,
            name_latin=latin,
            gender=(Gender.FEMALE if female else Gender.MALE) if rng.random() < 0.75 else None,
            assigned_counsellor=self.counsellor,
            preferred_language=tongue,
            interpreter_needed=needs_interpreter,
            interpreter_language=tongue if needs_interpreter else None,
            literacy=rng.choice(list(Literacy)),
            permit_type=rng.choice(list(PermitType)),
            **facts,
        )
        self.add(
            ClientLanguage, client_id=cid, language=tongue, level=LanguageLevel.NATIVE, is_mother_tongue=True
        )
        if tongue != "fi":
            self.add(
                ClientLanguage,
                client_id=cid,
                language="fi",
                level=rng.choice(list(LanguageLevel)[:7]),
                is_mother_tongue=False,
            )
        if rng.random() < 0.8:
            assessment_and_plan(
                self.ctx, cid, municipality, facts_of(SimpleNamespace(**facts, family_situation=None)), tongue
            )
        for _ in range(rng.randint(0, 3)):
            self._meeting(cid, municipality, tongue if needs_interpreter else None)
        if rng.random() < 0.5:
            self.add(
                Note,
                client_id=cid,
                author=self.counsellor,
                written_at=datetime.combine(today - timedelta(days=rng.randint(0, 200)), time(10)),
                text="Asiakas toi oleskelulupapäätöksen kopion. Sovittiin seuraava tapaaminen.",
            )

    def _meeting(self, cid: str, municipality: str, interpreter: str | None) -> None:
        rng = self.rng
        day = self.today + timedelta(days=rng.randint(-300, 60))
        self.add(
            Meeting,
            client_id=cid,
            starts_at=datetime.combine(day, time(rng.choice([9, 10, 12, 13, 14]))),
            duration_minutes=rng.choice([45, 60, 90]),
            mode=MeetingMode.IN_PERSON if rng.random() < 0.8 else MeetingMode.REMOTE,
            purpose=rng.choice(list(MeetingPurpose)),
            status=MeetingStatus.BOOKED if day >= self.today else MeetingStatus.HELD,
            municipality=municipality,
            place="Kunnantalo, neuvotteluhuone",
            interpreter_language=interpreter,
        )


def generate_demo_data(
    ws: Workspace,
    *,
    clients: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``clients`` synthetic clients with their records; returns the number of rows written."""
    refs = _refs(ws)
    rng = random.Random(seed)
    written = 0
    done = 0
    while done < clients:
        gen = _Generator(refs, ws.actor.user, today or date.today(), rng)
        for _ in range(min(BATCH, clients - done)):
            gen.client()
        with ws.session() as s:
            for model in SYNCED_MODELS:  # parents before children: foreign keys are enforced
                rows = gen.rows.get(model, [])
                bulk_insert(s, ws.actor, model, rows)
                written += len(rows)
            record_access(
                s,
                ws.actor,
                AccessAction.CREATE,
                entity="client",
                detail="demo-data",
                client_ids=[r["id"] for r in gen.rows.get(Client, [])],
            )
        done += len(gen.rows.get(Client, []))
        if progress:
            progress(done, clients)
    return written
