# ruff: noqa: E501  (the seed's words are quoted whole, one rule a line, so the table reads like the page)
"""Rows of the rules table (``tests/support/rules_table.py``): Plans, reviews and services (KotoL §16, §25-27; programme 2.3-2.6, 3; Liite 1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from models.enums import LabourMarketStatus, MeetingMode, MeetingPurpose, PlanKind, ResponsibleParty
from models.rules import MeasureFacts
from tests.support.rules_decide import (
    COMPLETED_MD,
    JOBSEEKER,
    OUTSIDE,
    Rule,
    meeting,
    plan,
    resp,
    review,
)
from tests.support.rules_decide import case as _c

PLAN_RULES: tuple[Rule, ...] = (
    Rule(
        "plan-rests-on-assessment",
        "2.3, rivit 123-127; 2.4, rivit 150-152; Liite 1 (rivit 387-405)",
        "Ensimmäinen kotoutumissuunnitelma laaditaan pääsääntöisesti samalla tapaamisella kuin tehdään osaamisen ja kotoutumisen palvelutarpeen arviointi",
        "reasons.finding_plan_no_assessment, reasons.resp_first_in_person",
        (
            _c("linked", lambda: plan(), "no_findings"),
            _c("no-assessment", lambda: plan(assessment=None), "findings", ("finding_plan_no_assessment",)),
            _c(
                "md-plan-basic-assessment",
                lambda: plan(kind=PlanKind.MULTIDISCIPLINARY),
                "findings",
                ("finding_md_plan_without_md_assessment",),
            ),
            _c(
                "md-plan-md-assessment",
                lambda: plan(kind=PlanKind.MULTIDISCIPLINARY, assessment=COMPLETED_MD),
                "no_findings",
            ),
            _c(
                "outside-window",
                lambda: plan(replace(OUTSIDE, first_permit_date=date(2020, 1, 1))),
                "findings",
                ("finding_not_eligible",),
            ),
        ),
    ),
    Rule(
        "plan-party",
        "2.3, rivit 122-123; 2.4, rivit 144-145; Liite 1",
        "Kuopion kaupungin maahanmuutto-ohjaaja vastaa työvoiman ulkopuolisten maahanmuuttajien kotoutumissuunnitelman (myös monialaisen) laadinnasta ... Työnhakijana olevien ... palvelut tuottaa työvoimaviranomainen",
        "[[responsibility]] plan/*; reasons.finding_party_should_be_*",
        (
            _c(
                "jobseeker-ea",
                lambda: resp(JOBSEEKER, "plan"),
                "employment_authority/remote_allowed",
                ("resp_jobseeker", "resp_first_in_person"),
            ),
            _c(
                "jobseeker-municipality-plan",
                lambda: plan(replace(JOBSEEKER, home_care_allowance=True)),
                "findings",
                ("finding_party_should_be_employment_authority",),
            ),
            _c(
                "status-unknown",
                lambda: plan(replace(OUTSIDE, labour_market_status=LabourMarketStatus.UNKNOWN)),
                "findings",
                ("finding_status_unknown",),
            ),
        ),
    ),
    Rule(
        "review-municipality",
        "2.3, rivit 127-129; Liite 1",
        "Suunnitelmaa päivitetään tarvittaessa aina ... mutta vähintään puolen vuoden välein",
        "parameters.review_interval_months_municipality",
        (
            _c("six-months", lambda: review(date(2026, 1, 15), ResponsibleParty.MUNICIPALITY), "2026-07-15"),
            _c(
                "month-end",
                lambda: review(date(2025, 8, 31), ResponsibleParty.MUNICIPALITY),
                "2026-02-28",
                ("review_due_clamped",),
            ),
        ),
    ),
    Rule(
        "review-employment-authority",
        "2.3, rivit 131-133; 2.4, rivit 152-155; Liite 1",
        "Työvoimaviranomainen puolestaan päivittää kotoutumissuunnitelman työllistymissuunnitelmaa vastaavana suunnitelmana kolmen kuukauden välein työnhakukeskusteluissa",
        "parameters.review_interval_months_employment_authority",
        (
            _c(
                "three-months",
                lambda: review(date(2026, 1, 15), ResponsibleParty.EMPLOYMENT_AUTHORITY),
                "2026-04-15",
            ),
        ),
    ),
    Rule(
        "remote-updates",
        "2.3, rivit 129-131; 2.4, rivit 148-150",
        "Suunnitelman päivittäminen voidaan tehdä lähitapaamisena tai hyödyntämällä etäyhteyttä/etävalmennusta, mikäli asiakkaalla on tähän valmiudet",
        "[[responsibility]] plan/* how = remote_allowed, first_in_person",
        (
            _c(
                "municipality",
                lambda: resp(OUTSIDE, "plan"),
                "municipality/remote_allowed",
                ("resp_first_in_person", "resp_review_interval"),
            ),
            _c(
                "remote-plan-meeting",
                lambda: meeting(OUTSIDE, MeetingPurpose.PLAN, MeetingMode.REMOTE),
                "meeting_note",
                ("resp_first_in_person",),
            ),
            _c(
                "remote-review-jobseeker",
                lambda: meeting(JOBSEEKER, MeetingPurpose.REVIEW, MeetingMode.REMOTE),
                "meeting_note",
                ("resp_first_in_person",),
            ),
            _c(
                "in-person-review",
                lambda: meeting(OUTSIDE, MeetingPurpose.REVIEW, MeetingMode.IN_PERSON),
                "no_meeting_note",
            ),
        ),
    ),
    Rule(
        "direct-to-service",
        "KotoL 681/2023 §16 (ei ohjelmassa)",
        "(asiakas ohjataan koulutukseen tai muuhun palveluun kuuden kuukauden kuluessa suunnitelmasta)",
        "parameters.direct_to_service_within_months",
        (
            _c(
                "starts-in-time",
                lambda: plan(measures=(MeasureFacts("finnish_course", date(2026, 12, 1)),)),
                "no_findings",
            ),
            _c(
                "starts-too-late",
                lambda: plan(measures=(MeasureFacts("finnish_course", date(2026, 12, 2)),)),
                "findings",
                ("finding_no_service_in_time",),
            ),
        ),
    ),
    Rule(
        "civic-orientation",
        "2.5, rivit 163-168; KotoL §25, VNA 576/2024",
        "Työnhakijoiden yhteiskuntaorientaation toteuttamisesta vastaa työvoimaviranomainen ja työvoiman ulkopuolisten palvelun tuottaa Kuopion kaupunki ... englanti, arabia sekä venäjä/ukraina",
        "[[responsibility]] civic_orientation/*; parameters.civic_orientation_min_hours",
        (
            _c("jobseeker", lambda: resp(JOBSEEKER, "civic_orientation"), "employment_authority/hybrid"),
            _c("other", lambda: resp(OUTSIDE, "civic_orientation"), "municipality/hybrid"),
            _c(
                "70-hours-ok",
                lambda: plan(measures=(MeasureFacts("civic_orientation", date(2026, 8, 1), hours=70),)),
                "no_findings",
            ),
            _c(
                "69-hours",
                lambda: plan(measures=(MeasureFacts("civic_orientation", date(2026, 8, 1), hours=69),)),
                "findings",
                ("finding_civic_orientation_hours",),
            ),
        ),
    ),
    Rule(
        "integration-training",
        "2.6, rivit 201-212; Liite 1",
        "Kotoutumiskoulutusta tarjotaan lähiopetuksena Kuopiossa kaikille työllisyysalueen työnhakijoille ... Maahanmuutto-ohjaaja ohjaa kotoutuja-asiakasta, joka ei ole oppivelvollinen",
        "[[responsibility]] integration_training/*",
        (
            _c(
                "jobseeker", lambda: resp(JOBSEEKER, "integration_training"), "employment_authority/in_person"
            ),
            _c("other", lambda: resp(OUTSIDE, "integration_training"), "municipality/in_person"),
        ),
    ),
    Rule(
        "service-ages",
        "3, rivit 216-220, 222-227, 234-236",
        "Nuoret 16-18-vuotiaat ... aloittavat suomen kielen opintonsa yleensä nuorten ryhmässä ... TUVA-koulutusta oppivelvollisille nuorille",
        "[[service_limits]]",
        (
            _c(
                "49-year-old-youth-group",
                lambda: plan(
                    measures=(
                        MeasureFacts("finnish_course", date(2026, 8, 1)),
                        MeasureFacts("youth_finnish_group", date(2026, 8, 1)),
                        MeasureFacts("tuva", date(2026, 8, 1)),
                    )
                ),
                "findings",
                ("finding_measure_age",),
            ),
            _c(
                "adult-mother-tongue-teaching",
                lambda: plan(
                    measures=(
                        MeasureFacts("finnish_course", date(2026, 8, 1)),
                        MeasureFacts("mother_tongue_teaching", date(2026, 8, 1)),
                    )
                ),
                "findings",
                ("finding_measure_age",),
            ),
            _c(
                "17-year-old-youth-group",
                lambda: plan(
                    replace(OUTSIDE, date_of_birth=date(2009, 1, 1)),
                    measures=(MeasureFacts("youth_finnish_group", date(2026, 8, 1)),),
                ),
                "no_findings",
            ),
        ),
    ),
    Rule(
        "plan-length",
        "KotoL 681/2023 §16 (ei ohjelmassa)",
        "(ensimmäinen suunnitelma enintään vuodeksi; suunnitelmat yhteensä tavallisesti enintään kaksi vuotta)",
        "parameters.first_plan_max_months, total_plan_normal_max_months, plan_extension_max_months",
        (
            _c("one-year", lambda: plan(end=date(2027, 6, 1)), "no_findings"),
            _c("too-long", lambda: plan(end=date(2027, 6, 2)), "findings", ("plan_first_too_long",)),
        ),
    ),
)
