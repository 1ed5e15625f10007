# ruff: noqa: E501  (the seed's words are quoted whole, one rule a line, so the table reads like the page)
"""Rows of the rules table (``tests/support/rules_table.py``): The multidisciplinary assessment and plan and the county's participants (KotoL §15, §17; programme 2.2; Liite 1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.support.rules_decide import (
    BASE,
    COMPASSIONATE,
    DAY_AFTER,
    QUOTA,
    ROLES_REFUGEE,
    TP_KAAVI,
    TP_KUOPIO,
    TRAFFICKED_LATE,
    UAM_16,
    UAM_20,
    UAM_26,
    Rule,
    assess,
    elig,
    md,
    parts,
)
from tests.support.rules_decide import case as _c

MULTIDISCIPLINARY_RULES: tuple[Rule, ...] = (
    Rule(
        "md-refugee-background",
        "2.2, rivit 89-90",
        "on pakolaistaustainen kuten kiintiöpakolainen, turvapaikkaprosessin kautta oleskeluluvan saanut",
        "reasons.md_refugee_background",
        (
            _c("quota", lambda: md(QUOTA), "recommended", ("md_refugee_background",)),
            _c(
                "compassionate-via-asylum",
                lambda: md(replace(COMPASSIONATE, asylum_process=True)),
                "recommended",
                ("md_refugee_background",),
            ),
            _c("compassionate-otherwise", lambda: md(COMPASSIONATE), "not_recommended", ("md_no_indicator",)),
            _c(
                "opens-assessment",
                lambda: elig(replace(COMPASSIONATE, asylum_process=True)),
                "may_assess",
                ("may_multidisciplinary_ground",),
            ),
        ),
    ),
    Rule(
        "md-family-reunification",
        "2.2, rivi 90",
        "perheenyhdistämisen kautta Suomeen tullut",
        "reasons.md_family_reunification",
        (
            _c(
                "family",
                lambda: md(replace(BASE, family_of_protected_person=True)),
                "recommended",
                ("md_family_reunification",),
            ),
        ),
    ),
    Rule(
        "md-temporary-protection",
        "2.2, rivit 90-91",
        "tilapäistä suojelua saanut henkilö, jonka kotikunta on Kuopio",
        "parameters.temporary_protection_home_municipalities",
        (
            _c(
                "kuopio", lambda: md(TP_KUOPIO), "recommended", ("md_temporary_protection_home_municipality",)
            ),
            _c(
                "kuopio-opens-assessment",
                lambda: elig(TP_KUOPIO),
                "may_assess",
                ("may_multidisciplinary_ground",),
                ("no_trigger",),
            ),
            _c(
                "kaavi",
                lambda: md(TP_KAAVI),
                "not_recommended",
                ("md_temporary_protection_other_municipality",),
            ),
            _c("kaavi-no-assessment", lambda: elig(TP_KAAVI), "not_eligible", ("no_trigger",)),
        ),
    ),
    Rule(
        "md-minor-refugee",
        "2.2, rivit 91-92",
        "alaikäiset pakolaistaustaiset, jos palvelutarpeisiin ei ole jo vastattu muulla asiakassuunnitelmalla",
        "reasons.md_refugee_background (muu asiakassuunnitelma: ohjaajan harkinta)",
        (
            _c(
                "minor-quota",
                lambda: md(replace(QUOTA, date_of_birth=date(2012, 1, 1))),
                "recommended",
                ("md_refugee_background",),
            ),
        ),
    ),
    Rule(
        "trafficking-exception",
        "2.2, rivit 94-95",
        "on ihmiskaupan uhri, voidaan poiketa kolmen vuoden määräajasta, jos hänet tavoitetaan kotoutumista edistävien palveluiden piiriin vasta määräajan päätyttyä",
        "parameters.trafficking_may_exceed_window",
        (
            _c(
                "late-may-never-must",
                lambda: elig(TRAFFICKED_LATE),
                "may_assess",
                ("trafficking_exception", "ground_home_care_allowance", "exception_no_duty"),
                ("must_home_care_allowance",),
            ),
            _c("late-md", lambda: md(TRAFFICKED_LATE), "recommended", ("md_trafficking_victim",)),
        ),
    ),
    Rule(
        "md-service-coordination",
        "2.2, rivit 100-101",
        "on muu henkilö, jos hänen kotoutumisensa edistäminen edellyttää kunnan ja hyvinvointialueen järjestämisvastuulle kuuluvien palvelujen yhteensovittamista",
        "reasons.md_service_coordination",
        (
            _c(
                "md",
                lambda: md(replace(BASE, needs_service_coordination=True)),
                "recommended",
                ("md_service_coordination",),
            ),
            _c(
                "opens-assessment",
                lambda: elig(replace(BASE, needs_service_coordination=True)),
                "may_assess",
                ("may_multidisciplinary_ground",),
            ),
        ),
    ),
    Rule(
        "md-window",
        "2.2, rivit 85-87",
        "ensimmäisen oleskeluluvan ... on kulunut enintään kolme vuotta",
        "parameters.eligibility_window_years",
        (_c("quota-after-window", lambda: md(QUOTA, DAY_AFTER), "not_recommended", ("md_window_closed",)),),
    ),
    Rule(
        "md-participants-minor",
        "2.2, rivit 105-106; Liite 1 (rivit 371-375)",
        "Ohjaaja pyytää aina alaikäisten ja ilman huoltajaa tulleiden osalta hyvinvointialueen edustajat mukaan tapaamiseen ... perhekeskuksen sosiaalityöntekijän sekä HVA:n terveydenhoitajan kanssa",
        "[[participants]] multidisciplinary_assessment/unaccompanied_minor",
        (
            _c(
                "minor-16",
                lambda: parts(UAM_16, "multidisciplinary_assessment"),
                "family_centre_social_worker,county_nurse",
                ("participants_unaccompanied_minor",),
            ),
            _c(
                "missing-nurse",
                lambda: assess(UAM_16, frozenset({"family_centre_social_worker"})),
                "findings",
                ("finding_participant_missing",),
            ),
            _c(
                "both-present",
                lambda: assess(UAM_16, frozenset({"family_centre_social_worker", "county_nurse"})),
                "no_findings",
            ),
        ),
    ),
    Rule(
        "md-participants-refugee-aftercare",
        "Liite 1, rivit 364-370 (monialainen arviointi)",
        "Kiintiöpakolaiset, turvapaikan saaneet ja jälkihuollon piiriin kuuluvat nuoret: tehdään yhdessä PSHVA:n kotouttavan sosiaalityön ja terveydenhuollon kanssa",
        "[[participants]] multidisciplinary_assessment/refugee_background; parameters.aftercare_max_age",
        (
            _c(
                "adult-quota",
                lambda: parts(QUOTA, "multidisciplinary_assessment"),
                "county_integration_social_worker,county_health_care",
                ("participants_refugee_background",),
            ),
            _c(
                "aftercare-20",
                lambda: parts(UAM_20, "multidisciplinary_assessment"),
                "county_integration_social_worker,county_health_care",
                ("participants_aftercare",),
            ),
            _c(
                "aftercare-ends-at-25",
                lambda: parts(UAM_26, "multidisciplinary_assessment"),
                "working_age_social_worker",
                ("participants_other",),
            ),
            _c("quota-complete", lambda: assess(QUOTA, ROLES_REFUGEE), "no_findings"),
        ),
    ),
    Rule(
        "md-participants-other",
        "Liite 1, rivit 377-381 (monialainen arviointi)",
        "Muut: työikäisten sosiaalipalveluista sosiaalityöntekijän kanssa, mahdollisesti muut viranomaiset kuten terveydenhuollon, vammaispalvelun tai ikäkeskuksen edustus",
        "[[participants]] multidisciplinary_assessment/other",
        (
            _c(
                "tp-kuopio",
                lambda: parts(TP_KUOPIO, "multidisciplinary_assessment"),
                "working_age_social_worker",
                ("participants_other",),
            ),
            _c(
                "md-without-grounds",
                lambda: assess(BASE, frozenset({"working_age_social_worker"})),
                "findings",
                ("finding_md_not_indicated", "finding_not_eligible"),
            ),
        ),
    ),
    Rule(
        "md-plan-participants",
        "Liite 1, rivit 426-447 (monialainen kotoutumissuunnitelma)",
        "Kiintiöpakolaiset, turvapaikan saaneet ja jälkihuollon nuoret: PSHVA:n kotouttavan sosiaalityön kanssa sekä konsultoidaan tarvittaessa HVA:n terveydenhoitajaa; alaikäiset ilman huoltajaa: perhekeskuksen sosiaalityöntekijän kanssa",
        "[[participants]] multidisciplinary_plan/*",
        (
            _c("quota", lambda: parts(QUOTA, "multidisciplinary_plan"), "county_integration_social_worker"),
            _c("minor", lambda: parts(UAM_16, "multidisciplinary_plan"), "family_centre_social_worker"),
        ),
    ),
)
