"""Names for codes (municipalities, services, providers, languages) as the local database has them,
loaded once after unlock and handed to the UI as plain values."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.workspace import Workspace
from models import RefLanguage, RefMunicipality, RefProvider, RefService

Names = dict[str, str]  # language (fi/sv/en) -> text


@dataclass(frozen=True)
class Lookups:
    municipalities: dict[str, Names]
    partner_municipalities: tuple[str, ...]
    services: dict[str, Names]
    providers: dict[str, str]
    provider_services: dict[str, tuple[str, ...]]
    languages: dict[str, Names]
    rtl_languages: frozenset[str]

    @staticmethod
    def pick(names: Names | None, lang: str, fallback: str = "") -> str:
        if not names:
            return fallback
        return names.get(lang) or names.get("fi") or fallback


def load_lookups(ws: Workspace) -> Lookups:
    with ws.session() as s:
        munis = list(s.scalars(select(RefMunicipality).order_by(RefMunicipality.name_fi)))
        services = list(s.scalars(select(RefService).order_by(RefService.name_fi)))
        providers = list(s.scalars(select(RefProvider).order_by(RefProvider.name)))
        languages = list(s.scalars(select(RefLanguage).order_by(RefLanguage.name_fi)))
    return Lookups(
        municipalities={m.code: {"fi": m.name_fi, "sv": m.name_sv, "en": m.name_en} for m in munis},
        partner_municipalities=tuple(m.code for m in munis if m.partner),
        services={x.code: {"fi": x.name_fi, "sv": x.name_sv, "en": x.name_en} for x in services},
        providers={p.code: p.name for p in providers},
        provider_services={p.code: tuple(p.services.split()) for p in providers},
        languages={x.code: {"fi": x.name_fi, "sv": x.name_sv, "en": x.name_en} for x in languages},
        rtl_languages=frozenset(x.code for x in languages if x.rtl),
    )
