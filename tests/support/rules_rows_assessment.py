# ruff: noqa: E501  (the seed's words are quoted whole, one rule a line, so the table reads like the page)
"""Rows of the rules table (``tests/support/rules_table.py``): Who is assessed and who assesses (KotoL §14; programme 2.1, 2.4; Liite 1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from models.enums import LabourMarketStatus, MeetingMode, MeetingPurpose, ResidenceBasis
from tests.support.rules_decide import (
    BASE,
    DAY_AFTER,
    HCA,
    JOBSEEKER,
    LAST_DAY,
    OUTSIDE,
    Rule,
    elig,
    md,
    meeting,
    resp,
)
from tests.support.rules_decide import case as _c

ASSESSMENT_RULES: tuple[Rule, ...] = (
    Rule(
        "window",
        "2.1, rivit 44-47",
        "ensimmäisen oleskeluluvan tai oleskelukortin myöntämisestä tai oleskeluoikeuden rekisteröimisestä on kulunut enintään kolme vuotta",
        "parameters.eligibility_window_years",
        (
            _c("third-anniversary-inside", lambda: elig(HCA, LAST_DAY), "must_assess", ("within_window",)),
            _c(
                "day-after-outside",
                lambda: elig(HCA, DAY_AFTER),
                "not_eligible",
                ("window_passed",),
                ("must_home_care_allowance",),
            ),
            _c(
                "permit-date-missing",
                lambda: elig(replace(HCA, first_permit_date=None)),
                "unknown",
                ("permit_date_missing", "ground_home_care_allowance"),
                ("must_home_care_allowance",),
            ),
            _c(
                "leap-day-permit",
                lambda: elig(replace(HCA, first_permit_date=date(2024, 2, 29)), date(2027, 3, 1)),
                "not_eligible",
                ("window_passed",),
            ),
        ),
    ),
    Rule(
        "home-care-allowance",
        "2.1, rivi 48",
        "saa kotihoidon tukea (laadittava aina)",
        "reasons.must_home_care_allowance",
        (
            _c("in-window-must", lambda: elig(HCA), "must_assess", ("must_home_care_allowance",)),
            _c("after-window-not", lambda: elig(HCA, DAY_AFTER), "not_eligible"),
        ),
    ),
    Rule(
        "own-request-or-authority",
        "2.1, rivit 49-51",
        "on pyytänyt itse arviointia tai on toisen viranomaisen yhteydenoton perusteella tietoon tullut henkilö (vain, jos henkilön arvioidaan tarvitsevan)",
        "reasons.may_own_request, reasons.may_referred_by_authority",
        (
            _c(
                "own-request-may",
                lambda: elig(replace(BASE, own_request=True)),
                "may_assess",
                ("may_own_request",),
            ),
            _c(
                "referred-may",
                lambda: elig(replace(BASE, referred_by_authority=True)),
                "may_assess",
                ("may_referred_by_authority",),
            ),
        ),
    ),
    Rule(
        "prolonged-social-assistance",
        "2.1, rivit 52-55",
        "toimeentulotuen tarve on pitkittynyt (laadittava aina). Arviointi voidaan tehdä monialaisena, jos maahanmuuttajalla on kotoutumiseen liittyviä sosiaali- ja terveydenhuollon palvelutarpeita",
        "reasons.must_prolonged_social_assistance, reasons.md_social_assistance_and_needs",
        (
            _c(
                "must",
                lambda: elig(replace(BASE, prolonged_social_assistance=True)),
                "must_assess",
                ("must_prolonged_social_assistance",),
            ),
            _c(
                "alone-no-md",
                lambda: md(replace(BASE, prolonged_social_assistance=True)),
                "not_recommended",
                ("md_no_indicator",),
            ),
            _c(
                "with-needs-md",
                lambda: md(
                    replace(BASE, prolonged_social_assistance=True, evident_social_or_health_needs=True)
                ),
                "recommended",
                ("md_social_assistance_and_needs",),
            ),
        ),
    ),
    Rule(
        "no-ground",
        "2.1, rivit 44-55",
        "(luettelo on tyhjentävä: ilman perustetta arviointia ei tehdä)",
        "reasons.no_trigger",
        (
            _c("nothing", lambda: elig(BASE), "not_eligible", ("no_trigger",)),
            _c(
                "work-permit",
                lambda: elig(replace(BASE, residence_basis=ResidenceBasis.WORK)),
                "not_eligible",
                ("no_trigger",),
            ),
        ),
    ),
    Rule(
        "outside-labour-force-counsellor",
        "2.1, rivit 74-80; Liite 1 (rivit 343-353)",
        "Työvoiman ulkopuolisille maahanmuuttajille ... tehdään Kuopion kaupungin maahanmuuttopalveluissa maahanmuutto-ohjaajan toimesta ... myös Tuusniemen, Lapinlahden sekä Kaavin ... lähitapaamisena kunnan osoittamassa tilassa",
        "[[responsibility]] assessment/other",
        (
            _c(
                "municipality-in-person",
                lambda: resp(
                    replace(BASE, labour_market_status=LabourMarketStatus.OUTSIDE_LABOUR_FORCE), "assessment"
                ),
                "municipality/in_person",
                ("resp_outside_labour_force",),
            ),
            _c(
                "status-unknown-assumed",
                lambda: resp(BASE, "assessment"),
                "municipality/in_person",
                ("resp_status_unknown",),
            ),
        ),
    ),
    Rule(
        "jobseeker-employment-authority",
        "2.4, rivit 144-148; Liite 1",
        "Työnhakijana olevien maahanmuuttajien osalta palvelut tuottaa työvoimaviranomainen ... lähitapaamisena, jalkautumalla asiakkaan asuinkuntaan",
        "reasons.must_jobseeker; [[responsibility]] assessment/jobseeker",
        (
            _c(
                "jobseeker-must", lambda: elig(JOBSEEKER), "must_assess", ("must_jobseeker",), ("no_trigger",)
            ),
            _c(
                "party",
                lambda: resp(JOBSEEKER, "assessment"),
                "employment_authority/in_person",
                ("resp_jobseeker",),
            ),
            _c("after-window", lambda: elig(JOBSEEKER, DAY_AFTER), "not_eligible", (), ("must_jobseeker",)),
        ),
    ),
    Rule(
        "assessment-in-person",
        "2.1, rivit 79-80; 2.4; Liite 1",
        "Lähtökohtaisesti osaamisen ja kotoutumisen palvelutarpeen arviointi tehdään henkilökohtaisella ajalla lähitapaamisena kunnan osoittamassa tilassa",
        "[[responsibility]] assessment/* how = in_person; reasons.meeting_assessment_in_person",
        (
            _c(
                "remote-assessment-meeting",
                lambda: meeting(OUTSIDE, MeetingPurpose.ASSESSMENT, MeetingMode.REMOTE),
                "meeting_note",
                ("meeting_assessment_in_person",),
            ),
            _c(
                "jobseeker-remote",
                lambda: meeting(JOBSEEKER, MeetingPurpose.ASSESSMENT, MeetingMode.REMOTE),
                "meeting_note",
                ("meeting_assessment_in_person",),
            ),
            _c(
                "status-unknown-remote",
                lambda: meeting(BASE, MeetingPurpose.ASSESSMENT, MeetingMode.REMOTE),
                "meeting_note",
                ("meeting_assessment_in_person",),
            ),
            _c(
                "in-person",
                lambda: meeting(OUTSIDE, MeetingPurpose.ASSESSMENT, MeetingMode.IN_PERSON),
                "no_meeting_note",
            ),
            _c(
                "remote-guidance",
                lambda: meeting(OUTSIDE, MeetingPurpose.GUIDANCE, MeetingMode.REMOTE),
                "no_meeting_note",
            ),
        ),
    ),
)
