"""Reference data as the local database holds it, loaded from ``resources/`` on first run.

The server distributes newer versions later (sync issue); ``ref_dataset`` remembers which version of
each data set is loaded and keeps the raw document (e.g. the rules file) so the rules in force on the
laptop are exactly the ones it received.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base

if TYPE_CHECKING:
    from models.reference import ReferenceData


class RefMunicipality(Base):
    __tablename__ = "ref_municipality"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name_fi: Mapped[str] = mapped_column(String(100), nullable=False)
    name_sv: Mapped[str] = mapped_column(String(100), nullable=False)
    name_en: Mapped[str] = mapped_column(String(100), nullable=False)
    partner: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class RefService(Base):
    __tablename__ = "ref_service"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    name_fi: Mapped[str] = mapped_column(String(200), nullable=False)
    name_sv: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False)
    area: Mapped[str] = mapped_column(String(40), nullable=False)
    law_section: Mapped[str | None] = mapped_column(String(60), nullable=True)


class RefProvider(Base):
    __tablename__ = "ref_provider"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    services: Mapped[str] = mapped_column(Text, nullable=False, default="")  # space-separated codes


class RefLanguage(Base):
    __tablename__ = "ref_language"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name_fi: Mapped[str] = mapped_column(String(100), nullable=False)
    name_sv: Mapped[str] = mapped_column(String(100), nullable=False)
    name_en: Mapped[str] = mapped_column(String(100), nullable=False)
    endonym: Mapped[str] = mapped_column(String(100), nullable=False)
    rtl: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class RefDataset(Base):
    __tablename__ = "ref_dataset"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)  # "reference", "rules"
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    loaded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


def upsert_reference_rows(s: Session, data: ReferenceData) -> None:
    """Write the reference data's rows into the ``ref_*`` tables (bundled on first run, or received from
    the server). Rows are upserted, never deleted: client records may still point at a retired code."""
    for m in data.municipalities:
        s.merge(
            RefMunicipality(
                code=m.code, name_fi=m.name_fi, name_sv=m.name_sv, name_en=m.name_en, partner=m.partner
            )
        )
    for sv in data.services:
        s.merge(
            RefService(
                code=sv.code,
                name_fi=sv.name_fi,
                name_sv=sv.name_sv,
                name_en=sv.name_en,
                area=sv.area.value,
                law_section=sv.law_section,
            )
        )
    for p in data.providers:
        s.merge(RefProvider(code=p.code, name=p.name, kind=p.kind, services=" ".join(p.services)))
    for lang in data.languages:
        s.merge(
            RefLanguage(
                code=lang.code,
                name_fi=lang.name_fi,
                name_sv=lang.name_sv,
                name_en=lang.name_en,
                endonym=lang.endonym,
                rtl=lang.rtl,
            )
        )
