"""The report's figures as CSV: one long table a spreadsheet can pivot, in the report's language.

Names, not codes (municipalities, services, languages, kinds and statuses as the reader calls them).
A count of 1-4 clients in a table describing people (groups, gender, languages) has no value and the
note "under 5", as in the PDF; every other figure is exact.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from app.printing.report.figures import (
    CLIENT_GROUPS,
    DIRECTION_KINDS,
    REVIEW_KINDS,
    Figures,
    median,
)
from app.printing.report.labels import SMALL_CELL, Labels
from models.enums import (
    AssessmentKind,
    AssessmentOutcome,
    Gender,
    MeasureStatus,
    MeetingMode,
    MeetingPurpose,
    PlanKind,
)


@dataclass(frozen=True)
class Row:
    figure: str
    group: str
    subgroup: str
    value: float | None
    people: bool = False  # describes people: small counts are hidden


def csv_rows(f: Figures, lb: Labels) -> list[Row]:
    t, m = lb.t, lb.municipality
    rows = [
        Row(t("clients_served"), "", "", f.clients_served),
        Row(t("interpreter_clients"), "", "", f.interpreter_clients),
        Row(t("meetings_held"), "", "", f.meetings_held),
        Row(t("plan_versions"), "", "", f.plan_versions),
        Row(t("caseload_total"), lb.date(f.as_of), "", sum(f.caseload.values())),
    ]
    for code in f.municipalities():
        rows.append(Row(t("people"), m(code), t("served"), f.served_by_municipality.get(code, 0)))
        rows.append(Row(t("people"), m(code), t("caseload"), f.caseload.get(code, 0)))
    rows += [
        Row(t("assessments"), m(c), lb.label(AssessmentKind(k)), n)
        for (c, k), n in sorted(f.assessments.items())
    ]
    rows += [
        Row(t("assessments"), t("by_party"), lb.party(p), n)
        for p, n in sorted(f.assessments_by_party.items())
    ]
    rows += [
        Row(t("outcomes"), m(c), lb.label(AssessmentOutcome(o)), n)
        for (c, o), n in sorted(f.outcomes.items())
    ]
    rows += [
        Row(t("md"), t("md_total"), "", f.md_assessments),
        Row(t("md"), t("md_with_county"), "", f.md_with_county),
    ]
    rows += [Row(t("md"), t("role"), lb.role(r), n) for r, n in sorted(f.county_roles.items())]
    rows += [Row(t("plans"), m(c), lb.label(PlanKind(k)), n) for (c, k), n in sorted(f.plans.items())]
    rows += [Row(t("plans"), t("by_party"), lb.party(p), n) for p, n in sorted(f.plans_by_party.items())]
    rows += [Row(t("reviews"), t(k), "", f.reviews.get(k, 0)) for k in REVIEW_KINDS]
    rows.append(Row(t("reviews"), t("carried"), "", f.reviews_carried))
    for key, days in (
        ("permit_to_assessment", f.permit_to_assessment),
        ("assessment_to_plan", f.assessment_to_plan),
    ):
        rows += [
            Row(t("times"), t(key), t("median_days"), median(days)),
            Row(t("times"), t(key), t("cases"), len(days)),
        ]
    direction = t("direction", months=lb.direction_months(f.as_of))
    rows += [Row(direction, t(k), "", f.direction.get(k, 0)) for k in DIRECTION_KINDS]
    rows += [Row(t("services"), lb.service(k), "", n) for k, n in f.services.most_common()]
    rows += [Row(t("measures"), lb.label(s), "", f.measure_status.get(s.value, 0)) for s in MeasureStatus]
    rows += [
        Row(t("civic"), t("civic_language"), lb.language(k), n) for k, n in f.civic_languages.most_common()
    ]
    rows += [
        Row(t("civic"), t("civic_hours_total"), "", sum(f.civic_hours)),
        Row(t("civic"), t("civic_hours_median"), "", median(f.civic_hours)),
        Row(t("civic"), t("civic_below", hours=f.civic_min_hours or "–"), "", f.civic_below_minimum),
        Row(t("civic"), t("civic_hours_missing"), "", f.civic_hours_missing),
    ]
    for code in f.municipalities():
        rows += [
            Row(t("groups"), m(code), t(g), f.client_groups.get((code, g), 0), True) for g in CLIENT_GROUPS
        ]
        rows += [
            Row(t("gender"), m(code), lb.value(Gender, g), f.genders.get((code, g), 0), True)
            for g in [*(x.value for x in Gender), "not_recorded"]
        ]
    rows += [
        Row(t("meetings"), lb.label(MeetingPurpose(p)), lb.label(MeetingMode(md)), n)
        for (p, md), n in sorted(f.meeting_modes.items())
    ]
    rows += [Row(t("languages"), lb.language(k), t("clients"), n, True) for k, n in f.languages.most_common()]
    rows += [
        Row(t("languages"), lb.language(k), t("interpreted"), n)
        for k, n in f.interpreter_meetings.most_common()
    ]
    return rows


def report_csv(f: Figures, lb: Labels) -> bytes:
    """UTF-8 with a byte order mark and semicolons, as Finnish Excel opens it without an import step."""
    t = lb.t
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    head = ("csv_period", "csv_municipality_scope", "csv_figure", "csv_group", "csv_subgroup", "csv_value")
    writer.writerow([t(k) for k in (*head, "csv_note_column")])
    period = f"{lb.date(f.start)}–{lb.date(f.end)}"
    scope = lb.municipality(f.municipality) if f.municipality else t("csv_all")
    for r in csv_rows(f, lb):
        hidden = r.people and r.value is not None and 0 < r.value < SMALL_CELL
        value = "" if hidden else lb.number(r.value) if r.value is not None else ""
        note = t("small_mark") if hidden else ""
        writer.writerow([period, scope, r.figure, r.group, r.subgroup, value, note])
    return out.getvalue().encode("utf-8-sig")
