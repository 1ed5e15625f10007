"""Assessment of skills and integration service needs (KotoL §14, multidisciplinary §15)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, SyncMixin, enum_column
from models.enums import AssessmentKind, AssessmentOutcome, AssessmentStatus, LanguageLevel

# The content areas §14 and the seed (2.1) require; the UI and printed summary iterate this tuple,
# so adding an area is one line here plus a migration.
CONTENT_AREAS: tuple[str, ...] = (
    "goals_and_wishes",
    "previous_education",
    "work_history",
    "language_skills",
    "literacy_notes",
    "learning_skills",
    "working_life_skills",
    "work_and_functional_capacity",
    "life_situation_and_family",
    "other_factors",
    "education_needs",
    "other_service_needs",
    "community_participation_needs",
)


class Assessment(SyncMixin, Base):
    __tablename__ = "assessment"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    kind: Mapped[AssessmentKind] = enum_column(AssessmentKind, nullable=False)
    status: Mapped[AssessmentStatus] = enum_column(
        AssessmentStatus, nullable=False, default=AssessmentStatus.DRAFT
    )
    assessed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    municipality: Mapped[str | None] = mapped_column(ForeignKey("ref_municipality.code"), nullable=True)

    goals_and_wishes: Mapped[str | None] = mapped_column(Text, nullable=True)
    previous_education: Mapped[str | None] = mapped_column(Text, nullable=True)
    work_history: Mapped[str | None] = mapped_column(Text, nullable=True)
    language_skills: Mapped[str | None] = mapped_column(Text, nullable=True)
    finnish_level: Mapped[LanguageLevel | None] = enum_column(LanguageLevel, nullable=True)
    swedish_level: Mapped[LanguageLevel | None] = enum_column(LanguageLevel, nullable=True)
    literacy_notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    learning_skills: Mapped[str | None] = mapped_column(Text, nullable=True)
    working_life_skills: Mapped[str | None] = mapped_column(Text, nullable=True)
    work_and_functional_capacity: Mapped[str | None] = mapped_column(Text, nullable=True)
    life_situation_and_family: Mapped[str | None] = mapped_column(Text, nullable=True)
    other_factors: Mapped[str | None] = mapped_column(Text, nullable=True)
    education_needs: Mapped[str | None] = mapped_column(Text, nullable=True)
    other_service_needs: Mapped[str | None] = mapped_column(Text, nullable=True)
    community_participation_needs: Mapped[str | None] = mapped_column(Text, nullable=True)

    plan_needed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    outcome: Mapped[AssessmentOutcome] = enum_column(
        AssessmentOutcome, nullable=False, default=AssessmentOutcome.UNDECIDED
    )
    outcome_notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Reasons for going ahead although a rule finding applies (JSON {finding key: reason}), e.g. a
    # required county participant who could not attend (models.rules.checks).
    rule_exceptions: Mapped[str | None] = mapped_column(Text, nullable=True)


class AssessmentParticipant(SyncMixin, Base):
    """Who took part (a multidisciplinary assessment names the wellbeing county's people)."""

    __tablename__ = "assessment_participant"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    organisation: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(200), nullable=False)  # as written, or the coded role's label
    # A role of [participant_roles] in the rules data (Liite 1), when the participant holds one.
    role_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
