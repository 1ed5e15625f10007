"""The client record's rules tab for the cases a counsellor meets, in Finnish, Swedish and English: the
outcome, its reasons, and who from the wellbeing services county takes part (Liite 1), consistent with
the outcome and without English words or internal codes in the Finnish and Swedish texts."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape

import pytest

from app.clients import ClientInput, create_client
from app.lookups import load_lookups
from app.workspace import Workspace
from models.enums import LabourMarketStatus, ResidenceBasis
from ui import i18n
from ui.client_record import ClientRecordView

TODAY = date.today()
RECENT = TODAY - timedelta(days=300)  # inside the three-year window on any day the tests run


def _years_ago(years: int, days: int = 0) -> date:
    return date(TODAY.year - years, 1, 1) - timedelta(days=days)


CASES: dict[str, dict[str, object]] = {
    "jobseeker": {
        "date_of_birth": date(1990, 4, 4),
        "first_permit_date": RECENT,
        "residence_basis": ResidenceBasis.WORK,
        "labour_market_status": LabourMarketStatus.JOBSEEKER,
    },
    "temporary_protection_kuopio": {
        "first_permit_date": RECENT,
        "residence_basis": ResidenceBasis.TEMPORARY_PROTECTION,
    },
    "trafficking_past_window": {
        "date_of_birth": date(1988, 2, 2),
        "first_permit_date": _years_ago(4),
        "residence_basis": ResidenceBasis.TRAFFICKING_VICTIM,
        "home_care_allowance": True,
        "labour_market_status": LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
    },
    "adult_quota_refugee": {
        "date_of_birth": date(1980, 6, 6),
        "first_permit_date": RECENT,
        "residence_basis": ResidenceBasis.QUOTA_REFUGEE,
        "labour_market_status": LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
    },
    "aftercare_20": {
        "date_of_birth": TODAY - timedelta(days=20 * 365 + 100),
        "first_permit_date": RECENT,
        "residence_basis": ResidenceBasis.REFUGEE,
        "unaccompanied_minor": True,
        "labour_market_status": LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
    },
}

# What each case must say (English), and what it must not.
EXPECTED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "jobseeker": (
        (
            "An assessment must be made",
            "3-year window ends on",
            "the employment authority of the Kuopio employment area makes it",
            "Multidisciplinary assessment not indicated",
            "Responsible party: Employment authority",
        ),
        ("From the wellbeing services county",),
    ),
    "temporary_protection_kuopio": (
        (
            "An assessment may be made if you judge it needed",
            "Multidisciplinary assessment recommended",
            "(code 297)",
            "Participants from the wellbeing services county (Liite 1)",
            "Social worker of social services for working-age adults",
            "If needed:",
            "Other authority",
        ),
        ("An assessment must be made", "the assessment must"),
    ),
    "trafficking_past_window": (
        (
            "An assessment may be made if you judge it needed",
            "child home care allowance",
            "3-year window ended on",
            "After the window the assessment is not a duty",
        ),
        ("must",),
    ),
    "adult_quota_refugee": (
        (
            "Multidisciplinary assessment recommended",
            "Quota refugee or granted asylum",
            "Integration social worker of the wellbeing services county",
            "Health care representative of the wellbeing services county",
        ),
        ("If needed:", "family-centre social worker", "must"),
    ),
    "aftercare_20": (
        (
            "Arrived as an unaccompanied minor and now 20",
            "Integration social worker of the wellbeing services county",
        ),
        ("family-centre social worker", "public health nurse", "must"),
    ),
}

# Texts of the tab itself (English source) that must not show in the Finnish or Swedish tab.
ENGLISH = (
    "assessment",
    "Required",
    "If needed",
    "Responsible party",
    "wellbeing services county",
    "Rules data version",
    "window",
    "must",
)
RAW_CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")


pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


def _tab_text(qtbot, ws: Workspace, case: str, lang: str) -> str:  # type: ignore[no-untyped-def]
    i18n.set_language(lang)
    data = ClientInput(first_names="Demo", last_name=f"Demo-{case}", home_municipality="297", **CASES[case])  # type: ignore[arg-type]
    record = ClientRecordView(ws, load_lookups(ws), create_client(ws, data=data).id)
    qtbot.addWidget(record)
    record.show_tab("rules")
    html = record.eligibility.body.text()
    return unescape(re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("case", list(CASES))
def test_each_case_says_what_the_rules_decide(qtbot, workspace: Workspace, case: str) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(_tab_text(qtbot, workspace, case, "en").split())
    wanted, unwanted = EXPECTED[case]
    for words in wanted:
        assert words in text, f"{case}: {words!r} missing"
    for words in unwanted:
        assert words.lower() not in text.lower(), f"{case}: {words!r} shown"
    assert not RAW_CODE.search(text)


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("case", list(CASES))
def test_finnish_and_swedish_tabs_have_no_english_and_no_codes(
    qtbot, workspace: Workspace, case: str, lang: str
) -> None:  # type: ignore[no-untyped-def]
    text = _tab_text(qtbot, workspace, case, lang)
    assert not RAW_CODE.search(text), RAW_CODE.search(text)
    for words in ENGLISH:
        assert words not in text, f"{case}/{lang}: {words!r}"


def test_participants_in_finnish_for_the_aftercare_youth(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(_tab_text(qtbot, workspace, "aftercare_20", "fi").split())
    assert "PSHVA:n kotouttavan sosiaalityön sosiaalityöntekijä" in text
    assert "perhekeskuksen sosiaalityöntekijä" not in text.lower()
    assert "Osallistujat hyvinvointialueelta (Liite 1)" in text
