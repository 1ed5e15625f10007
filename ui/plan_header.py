"""The header of the plan editor: which plan this is, its state, period and party, and the next review.

Rule findings (the plan-length warnings among them) are shown by ``ui.plan_findings``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.plans.core import LOCKED, PlanDetail
from models.enums import PlanState, ResponsibleParty
from ui import i18n
from ui.fields import enum_label
from ui.plan_models import fill
from ui.widgets import Retranslatable, heading, muted

_BADGE = {
    PlanState.DRAFT: "#e8eef4",
    PlanState.AGREED: "#fff4ce",
    PlanState.SIGNED: "#dcefe1",
    PlanState.CLOSED: "#e6e6e6",
}


class PlanHeader(Retranslatable):
    """What a counsellor checks first: which plan, its state, period and party, and the next review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: PlanDetail | None = None
        self.interval: int | None = None  # months between reviews under the rules
        self.title, self.badge, self.facts = heading(size=15), QLabel(), muted()
        self.badge.setObjectName("badge")
        self.next_review, self.locked = QLabel(), muted()
        title = QHBoxLayout()
        title.addWidget(self.title)
        title.addWidget(self.badge)
        title.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title)
        for widget in (self.facts, self.next_review, self.locked):
            layout.addWidget(widget)

    def show_plan(self, plan: PlanDetail, interval: int | None) -> None:
        self.plan, self.interval = plan, interval
        self.retranslate()

    def retranslate(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.title.setText(fill(self.tr("%1, version %2"), enum_label(plan.kind), str(plan.version_no)))
        self.badge.setText(enum_label(plan.state))
        self.badge.setStyleSheet(f"background: {_BADGE[plan.state]};")
        self.facts.setText(self._facts_text(plan))
        in_force = plan.state in (PlanState.AGREED, PlanState.SIGNED)  # drafts are not reviewed yet
        overdue = in_force and (plan.next_review_due or date.max) < date.today()
        review = self._review_text(plan)
        self.next_review.setText(fill(self.tr("%1 — overdue"), review) if overdue else review)
        colour = "#a4262c" if overdue else "#1f3a52"
        self.next_review.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {colour};")
        self.locked.setText(self._locked_text(plan))
        self.locked.setVisible(plan.state in LOCKED)

    def _review_text(self, plan: PlanDetail) -> str:
        if plan.state == PlanState.CLOSED:
            return fill(self.tr("Closed on %1: no more reviews"), i18n.format_date(plan.closed_on))
        if plan.next_review_due is None:
            return self.tr("Next review: no date (the review rules are not in force on the start date)")
        due, months = i18n.format_date(plan.next_review_due), self.interval
        if months is None:
            return fill(self.tr("Next review: %1"), due)
        if plan.responsible_party == ResponsibleParty.EMPLOYMENT_AUTHORITY:
            template = self.tr("Next review: %1 (every %2 months, by the employment authority)")
        else:
            template = self.tr("Next review: %1 (every %2 months, by the municipality)")
        return fill(template, due, str(months))

    def _facts_text(self, plan: PlanDetail) -> str:
        parts = [
            fill(
                self.tr("Period %1–%2"),
                i18n.format_date(plan.period_start),
                i18n.format_date(plan.period_end),
            ),
            fill(self.tr("Responsible: %1"), enum_label(plan.responsible_party)),
        ]
        for day, text in ((plan.agreed_on, self.tr("Agreed %1")), (plan.signed_on, self.tr("Signed %1"))):
            if day is not None:
                parts.append(fill(text, i18n.format_date(day)))
        return " · ".join(parts)

    def _locked_text(self, plan: PlanDetail) -> str:
        if plan.state == PlanState.SIGNED:
            return self.tr(
                "Signed plans are not edited: make a new version at the review. "
                "The status of a measure can still be updated."
            )
        if plan.state == PlanState.CLOSED:
            return self.tr("Closed plans are not edited: they stay as they were.")
        return ""
