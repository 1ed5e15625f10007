"""The facts about a client that the rules look at; built by ``app/`` from the stored client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.enums import FamilySituation, LabourMarketStatus, ResidenceBasis

# Residence bases that count as international protection (refugee background, KotoL §15).
INTERNATIONAL_PROTECTION: frozenset[ResidenceBasis] = frozenset(
    {ResidenceBasis.REFUGEE, ResidenceBasis.SUBSIDIARY_PROTECTION, ResidenceBasis.QUOTA_REFUGEE}
)


@dataclass(frozen=True)
class ClientFacts:
    date_of_birth: date | None = None
    # First residence permit / residence card / registration of the right of residence.
    first_permit_date: date | None = None
    residence_basis: ResidenceBasis | None = None
    asylum_process: bool = False  # the permit came through the asylum process
    labour_market_status: LabourMarketStatus = LabourMarketStatus.UNKNOWN
    home_care_allowance: bool = False
    prolonged_social_assistance: bool = False
    evident_social_or_health_needs: bool = False
    unaccompanied_minor: bool = False
    trafficking_victim: bool = False
    referred_by_authority: bool = False
    own_request: bool = False
    family_of_protected_person: bool = False  # came through family reunification with a refugee
    needs_service_coordination: bool = False  # counsellor: municipal and county services must be coordinated
    home_municipality_code: str | None = None  # e.g. "297" Kuopio, "857" Tuusniemi, "402", "204"
    family_situation: FamilySituation | None = None

    @property
    def is_trafficking_victim(self) -> bool:
        return self.trafficking_victim or self.residence_basis == ResidenceBasis.TRAFFICKING_VICTIM

    @property
    def is_unaccompanied_minor(self) -> bool:
        return self.unaccompanied_minor or self.family_situation == FamilySituation.UNACCOMPANIED_MINOR

    @property
    def has_international_protection(self) -> bool:
        return self.residence_basis in INTERNATIONAL_PROTECTION

    @property
    def granted_asylum(self) -> bool:
        """A permit through the asylum process ("turvapaikan saaneet", Liite 1): refugee status or
        subsidiary protection, or compassionate grounds reached through the asylum process."""
        if self.residence_basis in (ResidenceBasis.REFUGEE, ResidenceBasis.SUBSIDIARY_PROTECTION):
            return True
        return self.residence_basis == ResidenceBasis.COMPASSIONATE_GROUNDS and self.asylum_process

    @property
    def has_refugee_background(self) -> bool:
        """Seed 2.2: "pakolaistaustainen kuten kiintiöpakolainen, turvapaikkaprosessin kautta
        oleskeluluvan saanut" (temporary protection and family reunification are separate grounds)."""
        return self.residence_basis == ResidenceBasis.QUOTA_REFUGEE or self.granted_asylum

    def age_on(self, on: date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
