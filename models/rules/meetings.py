"""How a meeting is held, against how Liite 1 says its service is delivered (kotoutumisohjelma 2.1, 2.3).

The programme makes the assessment in person as a starting point (2.1: "lähtökohtaisesti ...
lähitapaamisena"), and the first plan in person with the assessment; a plan may later be updated
remotely if the client is able to use a remote connection (2.3). These are the programme's defaults,
not prohibitions: a remote meeting gets the rule shown when it is booked, never a block.
"""

from __future__ import annotations

from datetime import date

from models.enums import MeetingMode, MeetingPurpose
from models.rules.codes import DeliveryMode
from models.rules.codes import ReasonCode as C
from models.rules.facts import ClientFacts
from models.rules.reasons import Reason, make_reason
from models.rules.records import RulesData
from models.rules.responsibility import audience_for

# The Liite 1 service a meeting of this purpose delivers (a review updates the plan).
_SERVICE = {
    MeetingPurpose.ASSESSMENT: "assessment",
    MeetingPurpose.PLAN: "plan",
    MeetingPurpose.REVIEW: "plan",
}


def meeting_mode_reasons(
    facts: ClientFacts, purpose: MeetingPurpose, mode: MeetingMode, on: date, rules: RulesData
) -> tuple[Reason, ...]:
    """What the programme says about holding a meeting of ``purpose`` in ``mode`` on ``on``: nothing
    for an in-person meeting or a purpose Liite 1 does not cover; for a remote one, the in-person rule
    of the client's Liite 1 row (by their labour-market status)."""
    service = _SERVICE.get(purpose)
    if mode is not MeetingMode.REMOTE or service is None:
        return ()
    row = rules.responsibility_row(service, audience_for(facts.labour_market_status), on)
    if row.how is DeliveryMode.IN_PERSON:
        # Its own section (programme 2.1, Liite 1): the row's also cites §14, which says nothing of how.
        return (make_reason(rules, C.MEETING_ASSESSMENT_IN_PERSON),)
    if row.first_in_person:  # the row's section, as the rules panel cites it
        return (make_reason(rules, C.RESP_FIRST_IN_PERSON, row.source),)
    return ()
