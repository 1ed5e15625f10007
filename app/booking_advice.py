"""What the programme says about a meeting as it is being booked (``models.rules.meeting_mode_reasons``).

Read once when a client's meetings are shown; the booking dialog asks it again as the purpose and the
way of meeting change, without touching the database. Advice only: a booking is never refused by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import client_facts, loading, rules_cache
from app.workspace import Workspace
from models.enums import MeetingMode, MeetingPurpose
from models.rules import ClientFacts, RulesData, RulesDataError, meeting_mode_reasons


@dataclass(frozen=True)
class BookingAdvice:
    facts: ClientFacts
    rules: RulesData
    on: date

    def notes(self, purpose: MeetingPurpose, mode: MeetingMode, lang: str) -> tuple[str, ...]:
        """The rule texts in ``lang``, each with the section it cites; none when nothing applies."""
        try:
            reasons = meeting_mode_reasons(self.facts, purpose, mode, self.on, self.rules)
            return tuple(f"{r.render(self.rules, lang)} ({r.section})" for r in reasons)
        except (RulesDataError, ValueError):
            # Rules on this laptop that do not cover it (published without the row or the text):
            # there is nothing to say, and booking goes on.
            return ()


def booking_advice(ws: Workspace, *, client_id: str, on: date | None = None) -> BookingAdvice:
    with ws.session() as s:
        client = loading.load_client(s, client_id)
        return BookingAdvice(client_facts.facts_of(client), rules_cache.rules_in_force(s), on or date.today())
