"""Integration plan (kotoutumissuunnitelma, KotoL §16; multidisciplinary §17), goals and measures.

A review makes a new plan version: a new ``IntegrationPlan`` row whose ``previous_version_id`` points
to the one it supersedes, so each signed version stays as it was signed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, SyncMixin, enum_column
from models.enums import GoalArea, MeasureStatus, PlanKind, PlanState, ResponsibleParty


class IntegrationPlan(SyncMixin, Base):
    __tablename__ = "integration_plan"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    assessment_id: Mapped[str | None] = mapped_column(ForeignKey("assessment.id"), nullable=True)
    previous_version_id: Mapped[str | None] = mapped_column(ForeignKey("integration_plan.id"), nullable=True)
    version_no: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    kind: Mapped[PlanKind] = enum_column(PlanKind, nullable=False)
    state: Mapped[PlanState] = enum_column(PlanState, nullable=False, default=PlanState.DRAFT)
    responsible_party: Mapped[ResponsibleParty] = enum_column(ResponsibleParty, nullable=False)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    next_review_due: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    agreed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    summary: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The counsellor's reasons for going ahead although a rule finding applies (models.rules.checks):
    # a JSON object {finding key: reason}. A finding without a recorded reason blocks agreeing.
    rule_exceptions: Mapped[str | None] = mapped_column(Text, nullable=True)


class PlanGoal(SyncMixin, Base):
    __tablename__ = "plan_goal"

    plan_id: Mapped[str] = mapped_column(ForeignKey("integration_plan.id"), nullable=False, index=True)
    area: Mapped[GoalArea] = enum_column(GoalArea, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class PlanMeasure(SyncMixin, Base):
    __tablename__ = "plan_measure"

    plan_id: Mapped[str] = mapped_column(ForeignKey("integration_plan.id"), nullable=False, index=True)
    service: Mapped[str] = mapped_column(ForeignKey("ref_service.code"), nullable=False)
    provider: Mapped[str | None] = mapped_column(ForeignKey("ref_provider.code"), nullable=True)
    provider_other: Mapped[str | None] = mapped_column(String(200), nullable=True)
    responsible_party: Mapped[ResponsibleParty] = enum_column(ResponsibleParty, nullable=False)
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[MeasureStatus] = enum_column(MeasureStatus, nullable=False, default=MeasureStatus.PLANNED)
    details: Mapped[str | None] = mapped_column(Text, nullable=True)
    hours: Mapped[int | None] = mapped_column(Integer, nullable=True)  # e.g. civic orientation, at least 70
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)  # language the service is given in
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
