"""The client (asiakas) and the languages they speak."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, SyncMixin, enum_column
from models.enums import (
    FamilySituation,
    Gender,
    LabourMarketStatus,
    LanguageLevel,
    Literacy,
    PermitType,
    ResidenceBasis,
)


class Client(SyncMixin, Base):
    __tablename__ = "client"

    # Names in any script, exactly as the client writes them; a Latin transcription helps colleagues
    # and letters when the name is in another script.
    first_names: Mapped[str] = mapped_column(String(200), nullable=False)
    last_name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_latin: Mapped[str | None] = mapped_column(String(400), nullable=True)
    # Case- and accent-folded names and birth date, maintained by app.search; what search matches.
    search_key: Mapped[str] = mapped_column(Text, nullable=False, default="", index=True)
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    gender: Mapped[Gender | None] = enum_column(Gender, nullable=True)  # the client may leave it empty
    hetu: Mapped[str | None] = mapped_column(String(11), nullable=True)  # optional; many have none yet
    home_municipality: Mapped[str] = mapped_column(
        ForeignKey("ref_municipality.code"), nullable=False, index=True
    )
    assigned_counsellor: Mapped[str | None] = mapped_column(String(100), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    address: Mapped[str | None] = mapped_column(String(300), nullable=True)
    preferred_language: Mapped[str | None] = mapped_column(String(8), nullable=True)

    interpreter_needed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    interpreter_language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    literacy: Mapped[Literacy] = enum_column(Literacy, nullable=False, default=Literacy.UNKNOWN)

    permit_type: Mapped[PermitType | None] = enum_column(PermitType, nullable=True)
    residence_basis: Mapped[ResidenceBasis | None] = enum_column(ResidenceBasis, nullable=True)
    # The permit came through the asylum process: with compassionate grounds this is refugee
    # background (kotoutumisohjelma 2.2, "turvapaikkaprosessin kautta oleskeluluvan saanut").
    asylum_process: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Date of the first residence permit / residence card / registration of the right of residence:
    # starts the three-year window of KotoL §14-15.
    first_permit_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    labour_market_status: Mapped[LabourMarketStatus] = enum_column(
        LabourMarketStatus, nullable=False, default=LabourMarketStatus.UNKNOWN
    )
    family_situation: Mapped[FamilySituation | None] = enum_column(FamilySituation, nullable=True)
    family_notes: Mapped[str | None] = mapped_column(Text, nullable=True)

    # Special statuses that trigger or shape the assessment (KotoL §14-15, seed 2.1-2.2).
    home_care_allowance: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    prolonged_social_assistance: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    evident_social_or_health_needs: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    unaccompanied_minor: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    trafficking_victim: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    referred_by_authority: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    referring_authority: Mapped[str | None] = mapped_column(String(200), nullable=True)
    own_request: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    family_of_protected_person: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    needs_service_coordination: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ClientLanguage(SyncMixin, Base):
    """One language a client speaks; a child list that syncs as adds and removes."""

    __tablename__ = "client_language"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    language: Mapped[str] = mapped_column(ForeignKey("ref_language.code"), nullable=False)
    level: Mapped[LanguageLevel] = enum_column(LanguageLevel, nullable=False)
    is_mother_tongue: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
