"""The domain: SQLAlchemy models, enums and pure rules. No Qt, no HTTP."""

from models.assessment import CONTENT_AREAS, Assessment, AssessmentParticipant
from models.base import SYNC_COLUMNS, Base, SyncMixin, new_uuid, utcnow
from models.client import Client, ClientLanguage
from models.local import AccessLogEntry, LocalSetting, OutboxEntry
from models.meeting import Meeting, Note
from models.plan import IntegrationPlan, PlanGoal, PlanMeasure
from models.reference_tables import RefDataset, RefLanguage, RefMunicipality, RefProvider, RefService
from models.sync_state import SyncConflict, SyncOutboxState, SyncPullStash

# Every table that syncs, in an order where parents come before children (inserts apply in this order).
SYNCED_MODELS: tuple[type[SyncMixin], ...] = (
    Client,
    ClientLanguage,
    Assessment,
    AssessmentParticipant,
    IntegrationPlan,
    PlanGoal,
    PlanMeasure,
    Meeting,
    Note,
)

__all__ = [
    "CONTENT_AREAS",
    "SYNCED_MODELS",
    "SYNC_COLUMNS",
    "AccessLogEntry",
    "Assessment",
    "AssessmentParticipant",
    "Base",
    "Client",
    "ClientLanguage",
    "IntegrationPlan",
    "LocalSetting",
    "Meeting",
    "Note",
    "OutboxEntry",
    "PlanGoal",
    "PlanMeasure",
    "RefDataset",
    "RefLanguage",
    "RefMunicipality",
    "RefProvider",
    "RefService",
    "SyncConflict",
    "SyncMixin",
    "SyncOutboxState",
    "SyncPullStash",
    "new_uuid",
    "utcnow",
]
