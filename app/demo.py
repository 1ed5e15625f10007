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
from typing import Any

from sqlalchemy import select

from app.audit import record_access
from app.changes import bulk_insert
from app.demo_names import ORIGINS, Origin
from app.workspace import Workspace
from models import (
    SYNCED_MODELS,
    Assessment,
    AssessmentParticipant,
    Client,
    ClientLanguage,
    IntegrationPlan,
    Meeting,
    Note,
    PlanGoal,
    PlanMeasure,
    RefLanguage,
    RefMunicipality,
    RefProvider,
    RefService,
    SyncMixin,
    new_uuid,
)
from models.enums import (
    AccessAction,
    AssessmentKind,
    AssessmentOutcome,
    AssessmentStatus,
    GoalArea,
    LabourMarketStatus,
    LanguageLevel,
    Literacy,
    MeasureStatus,
    MeetingMode,
    MeetingPurpose,
    MeetingStatus,
    PermitType,
    PlanKind,
    PlanState,
    ResidenceBasis,
    ResponsibleParty,
)

BATCH = 2000
# Kuopio has most clients; the partner municipalities a share each.
MUNICIPALITY_WEIGHTS = {"297": 70, "857": 10, "402": 10, "204": 10}
GOAL_TEXTS = {
    GoalArea.LANGUAGE: "Suomen kielen taito vahvistuu tasolle A2.2 kotoutumiskoulutuksessa.",
    GoalArea.EMPLOYMENT: "Tutustuu alan työpaikkoihin ja laatii ansioluettelon.",
    GoalArea.EDUCATION: "Hakee ammatilliseen koulutukseen seuraavassa yhteishaussa.",
    GoalArea.WELLBEING: "Terveystarkastus ja perheen palveluiden selvittäminen.",
    GoalArea.COMMUNITY: "Osallistuu järjestön vapaa-ajan toimintaan kerran viikossa.",
    GoalArea.GUIDANCE: "Käy TyöNavigaattorissa neuvonnassa asumisasioissa.",
}
PARTICIPANTS = (
    ("Demo Sosiaalityöntekijä", "Pohjois-Savon hyvinvointialue", "sosiaalityöntekijä"),
    ("Demo Terveydenhoitaja", "Pohjois-Savon hyvinvointialue", "terveydenhoitaja"),
    ("Demo Kuntayhteyshenkilö", "Kaavin kunta", "kunnan yhteyshenkilö"),
)
PROTECTION = (ResidenceBasis.REFUGEE, ResidenceBasis.QUOTA_REFUGEE, ResidenceBasis.SUBSIDIARY_PROTECTION)


@dataclass(frozen=True)
class _Refs:
    municipalities: list[str]
    weights: list[int]
    services: list[str]
    providers: dict[str, list[str]]  # service code -> provider codes
    languages: set[str]


def _refs(ws: Workspace) -> _Refs:
    with ws.session() as s:
        munis = list(s.scalars(select(RefMunicipality.code).where(RefMunicipality.partner.is_(True))))
        services = list(s.scalars(select(RefService.code)))
        providers: dict[str, list[str]] = {}
        for code, offered in s.execute(select(RefProvider.code, RefProvider.services)):
            for svc in offered.split():
                providers.setdefault(svc, []).append(code)
        languages = set(s.scalars(select(RefLanguage.code)))
    return _Refs(munis, [MUNICIPALITY_WEIGHTS.get(m, 5) for m in munis], services, providers, languages)


class _Generator:
    def __init__(self, refs: _Refs, counsellor: str, today: date, rng: random.Random) -> None:
        self.refs, self.counsellor, self.today, self.rng = refs, counsellor, today, rng
        self.rows: dict[type[SyncMixin], list[dict[str, Any]]] = {}

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
        first, last, latin = self._name(origin, rng.random() < 0.5)
        born = today - timedelta(days=rng.randint(17 * 365, 65 * 365))
        permit = today - timedelta(days=rng.randint(10, 4 * 365))
        basis = rng.choice(list(ResidenceBasis))
        if origin.key == "ukrainian":
            basis = ResidenceBasis.TEMPORARY_PROTECTION
        municipality = rng.choices(self.refs.municipalities, self.refs.weights)[0]
        tongue = origin.mother_tongue if origin.mother_tongue in self.refs.languages else "en"
        needs_interpreter = tongue not in ("fi", "sv", "et") and rng.random() < 0.6
        cid = self.add(
            Client,
            first_names=first,
            last_name=last,
            name_latin=latin,
            date_of_birth=born,
            home_municipality=municipality,
            assigned_counsellor=self.counsellor,
            preferred_language=tongue,
            interpreter_needed=needs_interpreter,
            interpreter_language=tongue if needs_interpreter else None,
            literacy=rng.choice(list(Literacy)),
            permit_type=rng.choice(list(PermitType)),
            residence_basis=basis,
            first_permit_date=permit,
            labour_market_status=rng.choice(list(LabourMarketStatus)),
            home_care_allowance=rng.random() < 0.15,
            prolonged_social_assistance=rng.random() < 0.15,
            unaccompanied_minor=False,
            trafficking_victim=rng.random() < 0.01,
            referred_by_authority=rng.random() < 0.3,
            own_request=rng.random() < 0.4,
            family_of_protected_person=basis is ResidenceBasis.FAMILY_TIES and rng.random() < 0.5,
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
            self._assessment_and_plan(cid, municipality, basis)
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

    def _assessment_and_plan(self, cid: str, municipality: str, basis: ResidenceBasis) -> None:
        rng, today = self.rng, self.today
        multi = basis in PROTECTION and rng.random() < 0.6
        done_on = today - timedelta(days=rng.randint(0, 400))
        aid = self.add(
            Assessment,
            client_id=cid,
            kind=AssessmentKind.MULTIDISCIPLINARY if multi else AssessmentKind.BASIC,
            status=AssessmentStatus.COMPLETED if rng.random() < 0.85 else AssessmentStatus.DRAFT,
            assessed_on=done_on,
            municipality=municipality,
            goals_and_wishes="Haluaa oppia suomea ja työllistyä omalle alalleen.",
            previous_education="Toisen asteen tutkinto kotimaassa.",
            work_history="Useita vuosia kaupan alalla.",
            language_skills="Suomen kieli alkeistasolla.",
            plan_needed=True,
            outcome=rng.choice(list(AssessmentOutcome)[:3]),
        )
        if multi:
            for name, org, role in PARTICIPANTS[: rng.randint(1, 3)]:
                self.add(AssessmentParticipant, assessment_id=aid, name=name, organisation=org, role=role)
        if rng.random() < 0.85:
            self._plan(cid, aid, multi, done_on)

    def _plan(self, cid: str, aid: str, multi: bool, start: date) -> None:
        rng = self.rng
        party = rng.choice([ResponsibleParty.MUNICIPALITY, ResponsibleParty.EMPLOYMENT_AUTHORITY])
        months = 6 if party is ResponsibleParty.MUNICIPALITY else 3
        pid = self.add(
            IntegrationPlan,
            client_id=cid,
            assessment_id=aid,
            version_no=1,
            kind=PlanKind.MULTIDISCIPLINARY if multi else PlanKind.BASIC,
            state=rng.choice(list(PlanState)),
            responsible_party=party,
            period_start=start,
            period_end=start + timedelta(days=364),
            next_review_due=start + timedelta(days=months * 30),
            agreed_on=start,
        )
        for pos, area in enumerate(rng.sample(list(GOAL_TEXTS), rng.randint(2, 4))):
            self.add(PlanGoal, plan_id=pid, area=area, text=GOAL_TEXTS[area], position=pos)
        for pos in range(rng.randint(2, 5)):
            service = rng.choice(self.refs.services)
            providers = self.refs.providers.get(service)
            self.add(
                PlanMeasure,
                plan_id=pid,
                service=service,
                provider=rng.choice(providers) if providers else None,
                responsible_party=party,
                starts_on=start + timedelta(days=14 * pos),
                ends_on=start + timedelta(days=14 * pos + 120),
                status=rng.choice(list(MeasureStatus)),
                position=pos,
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
