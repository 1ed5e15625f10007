"""The sync protocol: versions, headers, error codes and the JSON bodies both ends exchange.

Everything on the wire is described here once, as pydantic models, so the server's OpenAPI document
and the client's parsing cannot drift apart. Changes within a protocol major version are additive:
a new optional field, a new entity, a new column. See ``docs/sync-protocol.md``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# The protocol this build speaks. The server accepts clients from ``MIN_PROTOCOL`` on; older ones get
# HTTP 426 with code ``update_required`` and keep their outbox until they are updated.
PROTOCOL_VERSION = 1
MIN_PROTOCOL = 1
# The content schema (which columns the synced tables have). A client with an older schema sends
# and applies only the fields it knows; the server keeps the others as they are.
# 2: client.gender, client.asylum_process, integration_plan.rule_exceptions, assessment.rule_exceptions,
#    assessment_participant.role_code, plan_measure.hours, plan_measure.language (all optional).
SCHEMA_VERSION = 2

HEADER_PROTOCOL = "X-Polku-Protocol"
HEADER_SCHEMA = "X-Polku-Schema"
API = "/api/v1"

Op = Literal["insert", "update", "delete"]
Status = Literal["applied", "merged", "conflict", "rejected"]
Role = Literal["counsellor", "office", "admin"]
# The largest integer any body may hold (the server's BIGINT columns).
INT64_MAX = 2**63 - 1
# Identifiers on the wire are UUIDs; the server's columns hold at most this many characters.
Id = Annotated[str, Field(min_length=1, max_length=36)]


class ErrorCode:
    """Machine-readable ``code`` of every error body (``ErrorBody``)."""

    UPDATE_REQUIRED = "update_required"  # 426: client protocol older than the server accepts
    UNAUTHORIZED = "unauthorized"  # 401: no, unknown or malformed device token
    BAD_CREDENTIALS = "bad_credentials"  # 401: wrong username or password at enrolment
    DEVICE_REVOKED = "device_revoked"  # 403: this device was revoked (lost laptop): wipe it
    FORBIDDEN = "forbidden"  # 403: the user's role does not allow this endpoint
    USER_DEACTIVATED = "user_deactivated"  # 403 at enrolment: the user was deactivated
    TOO_MANY_ATTEMPTS = "too_many_attempts"  # 429: login throttled; see Retry-After
    EPOCH_CHANGED = "epoch_changed"  # 409: the server was restored; re-send and re-pull
    INVALID = "invalid"  # 422: a body that does not match the protocol
    NOT_FOUND = "not_found"  # 404
    CONFLICT = "conflict"  # 409 on admin endpoints: e.g. the user exists already
    METHOD_NOT_ALLOWED = "method_not_allowed"  # 405
    TOO_LARGE = "too_large"  # 413: the body is over the server's limit
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"  # 415: a body that is not application/json
    INTERNAL = "internal"  # 500: a server bug (logged without data); the client retries later


class ResultCode:
    """``code`` of a push result that was not simply applied."""

    FORBIDDEN = "forbidden"  # the row is outside the user's caseload
    INVALID = "invalid"  # unknown entity or field, wrong type, missing required field
    PARENT_MISSING = "parent_missing"  # a child row whose parent the server does not have
    ROW_MISSING = "row_missing"  # an update or delete of a row the server does not have
    DELETED = "deleted"  # an edit to a row deleted elsewhere (a conflict, never a silent drop)
    EDITED = "edited"  # a delete of a row someone else changed meanwhile (a conflict)
    FIELDS = "fields"  # the same field changed differently on both sides (a conflict)


class Wire(BaseModel):
    model_config = ConfigDict(extra="ignore")  # additive changes: unknown fields are ignored


class ErrorBody(Wire):
    code: str
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class EnrollRequest(Wire):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)
    device_id: str = Field(min_length=1, max_length=36)
    device_name: str = Field(default="", max_length=100)


class UserInfo(Wire):
    username: str
    role: Role
    municipalities: list[str]


class EnrollResponse(Wire):
    device_id: str
    token: str
    epoch: str
    user: UserInfo


class RefVersion(Wire):
    name: str
    version: int


class RefDocument(Wire):
    name: str
    version: int
    content: str


class HelloResponse(Wire):
    protocol: int
    min_protocol: int
    schema_version: int
    epoch: str
    last_seq: int  # the server's high-water mark: the newest committed change
    durable_seq: int  # every change up to this seq is in a backup: acked entries may be pruned
    device_last_seq: int  # the last outbox seq of this device the server holds
    access_log_through: int  # the last access-log seq of this device the server holds
    reference: list[RefVersion]
    user: UserInfo


class Snapshot(Wire):
    """A whole row as the device has it, sent along when re-sending after a server restore."""

    entity: str = Field(max_length=60)
    row_id: Id
    fields: dict[str, Any]


class ReplayConflict(Wire):
    """A conflict the original push of a re-sent entry created (the id the server gave it then)."""

    conflict_id: Id
    field: str = Field(max_length=60)
    open: bool  # False: a person resolved it on the device since


class Replay(Wire):
    """A re-sent entry's original answer, from the epoch the server lost: where the server first put
    it in its order, so re-sent changes are merged in that order, not in the order devices return."""

    epoch: str = Field(max_length=36)  # the epoch the answer came from
    server_seq: int = Field(ge=0, le=INT64_MAX, strict=True)
    version: int | None = Field(default=None, ge=0, le=INT64_MAX, strict=True)  # the row's version then
    conflicts: list[ReplayConflict] = Field(default_factory=list, max_length=200)


class PushEntry(Wire):
    seq: int = Field(ge=1, le=INT64_MAX, strict=True)
    mutation_id: Id
    entity: str = Field(max_length=60)
    row_id: Id
    op: Op
    base_version: int = Field(ge=0, le=INT64_MAX, strict=True)
    # The epoch the base version belongs to; a different one (a re-send after a restore) makes the
    # server merge against the newest revision it kept from before the restore.
    base_epoch: str | None = Field(default=None, max_length=36)
    fields: dict[str, Any]
    device_time: str = Field(max_length=40)
    user: str = Field(max_length=100)
    snapshot: Snapshot | None = None  # only when re-sending after a restore
    ancestors: list[Snapshot] = Field(default_factory=list)  # parents, grandparents (re-sends only)
    replay: Replay | None = None  # only when re-sending an entry the server answered before a restore


class AccessLogItem(Wire):
    seq: int = Field(ge=1, le=INT64_MAX, strict=True)
    id: Id
    at: str = Field(max_length=40)
    user: str = Field(max_length=100)
    action: str = Field(max_length=20)
    client_id: Id | None = None
    entity: str = Field(max_length=60)
    record_id: Id | None = None
    detail: str | None = Field(default=None, max_length=200)


class PushRequest(Wire):
    epoch: str = Field(max_length=36)
    entries: list[PushEntry] = Field(default_factory=list)
    resolutions: list[Id] = Field(default_factory=list)  # conflict ids resolved on the device
    access_log: list[AccessLogItem] = Field(default_factory=list)


class FieldConflict(Wire):
    conflict_id: str
    field: str
    base: Any = None
    server: Any = None
    client: Any = None


class PullItem(Wire):
    entity: str
    row_id: str
    version: int
    server_seq: int
    deleted: bool
    needs_review: bool = False
    changed_by: str | None = None
    changed_device: str | None = None
    device_time: str | None = None
    fields: dict[str, Any]


class PushResult(Wire):
    seq: int
    mutation_id: str
    status: Status
    code: str | None = None
    version: int | None = None  # the row's server version after this change
    server_seq: int  # the change's global sequence (or the high-water mark when nothing changed)
    conflicts: list[FieldConflict] = Field(default_factory=list)
    # After a conflict or a rejection the device's copy differs from the server's: ``row`` is the
    # server's row (when the user may see it), ``gone`` says the device must drop its copy.
    row: PullItem | None = None
    gone: bool = False


class Gap(Wire):
    """The batch skipped a seq: the server took nothing from ``expected`` on; re-send from there."""

    expected: int


class PushResponse(Wire):
    epoch: str
    results: list[PushResult]
    device_last_seq: int
    gap: Gap | None = None
    access_log_through: int
    resolved: list[str] = Field(default_factory=list)
    # "<device_last_seq>.<signature>": shown in a later hello, it proves the server once held that
    # much of this device (restore detection, docs/sync-protocol.md). Absent from older servers.
    acked_proof: str | None = None


class PullResponse(Wire):
    epoch: str
    items: list[PullItem]
    # Clients that left this user's caseload: the device removes them and everything under them.
    evict: list[str] = Field(default_factory=list)
    cursor: int
    has_more: bool
    # Set on a pull from cursor 0: every client the user may see now. The device drops the others.
    visible_clients: list[str] | None = None
    # The user's caseload changed: pull again from cursor 0.
    reset: bool = False
    # "<seq>.<signature>": the server reached ``seq`` in this epoch (restore detection).
    cursor_proof: str | None = None


class ClosedCase(Wire):
    """A closed case put aside on the server (``GET /closed-cases``): enough to recognise it."""

    client_id: str
    first_names: str
    last_name: str
    date_of_birth: str | None = None
    municipality: str
    closed_on: str | None = None  # the latest plan's closing date
    archived_on: str  # when it left the laptops


class ClosedCasesResponse(Wire):
    items: list[ClosedCase]
    more: bool = False  # more matched than are listed: narrow the search


class FetchedCase(Wire):
    """A closed case fetched back onto this device (``POST /closed-cases/{id}/fetch``): all its
    rows, parents first. They do not move the pull cursor; later changes come with the pulls."""

    epoch: str
    items: list[PullItem]


class CreateUserRequest(Wire):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)
    role: Role
    municipalities: list[str] = Field(default_factory=list)


class SetPasswordRequest(Wire):
    password: str = Field(min_length=1, max_length=1000)


class DeviceInfo(Wire):
    device_id: str
    username: str
    name: str
    enrolled_at: str
    revoked: bool
    last_contact: str | None
    last_seq: int


class DeviceStatus(Wire):
    device_id: str
    username: str
    revoked: bool
    last_contact: str | None
    last_pushed_seq: int
    last_pulled_seq: int
    pending: int  # changes the device has not pulled yet (within its caseload)


class SyncStatusResponse(Wire):
    epoch: str
    last_seq: int
    devices: list[DeviceStatus]


class OkResponse(Wire):
    ok: bool = True


# How every synced row hangs under a client: (column naming the parent, the parent's entity). The
# server checks authorization through this chain; a re-send after a restore sends the chain along.
PARENTS: dict[str, tuple[str, str]] = {
    "client_language": ("client_id", "client"),
    "assessment": ("client_id", "client"),
    "assessment_participant": ("assessment_id", "assessment"),
    "integration_plan": ("client_id", "client"),
    "plan_goal": ("plan_id", "integration_plan"),
    "plan_measure": ("plan_id", "integration_plan"),
    "meeting": ("client_id", "client"),
    "note": ("client_id", "client"),
}
