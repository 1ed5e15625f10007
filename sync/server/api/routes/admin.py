"""Administration over HTTP (administrators' device tokens only): users, devices, sync status."""

from __future__ import annotations

from fastapi import APIRouter

from sync.protocol import (
    CreateUserRequest,
    DeviceInfo,
    ErrorCode,
    OkResponse,
    RefDocument,
    RefVersion,
    SetPasswordRequest,
    SyncStatusResponse,
)
from sync.server import admin
from sync.server.api.deps import AdminDep, ApiError, DatabaseDep, error_responses
from sync.server.security import WeakPassword

router = APIRouter(prefix="/admin", tags=["admin"])


def _fail(exc: Exception) -> ApiError:
    message = str(exc)
    if "exists already" in message:
        return ApiError(409, ErrorCode.CONFLICT, message)
    if message.startswith("no "):
        return ApiError(404, ErrorCode.NOT_FOUND, message)
    return ApiError(422, ErrorCode.INVALID, message)


@router.post("/users", response_model=OkResponse, responses=error_responses(401, 403, 404, 409, 422))
def create_user(body: CreateUserRequest, _admin: AdminDep, db: DatabaseDep) -> OkResponse:
    try:
        admin.create_user(
            db,
            username=body.username,
            password=body.password,
            role=body.role,
            municipalities=body.municipalities,
        )
    except (admin.AdminError, WeakPassword) as exc:
        raise _fail(exc) from None
    return OkResponse()


@router.put(
    "/users/{username}/password", response_model=OkResponse, responses=error_responses(401, 403, 404, 422)
)
def set_password(username: str, body: SetPasswordRequest, _admin: AdminDep, db: DatabaseDep) -> OkResponse:
    try:
        admin.set_password(db, username=username, password=body.password)
    except (admin.AdminError, WeakPassword) as exc:
        raise _fail(exc) from None
    return OkResponse()


@router.get("/devices", response_model=list[DeviceInfo], responses=error_responses(401, 403))
def list_devices(_admin: AdminDep, db: DatabaseDep) -> list[DeviceInfo]:
    return admin.list_devices(db)


@router.post(
    "/devices/{device_id}/revoke", response_model=OkResponse, responses=error_responses(401, 403, 404)
)
def revoke_device(device_id: str, _admin: AdminDep, db: DatabaseDep) -> OkResponse:
    try:
        admin.revoke_device(db, device_id=device_id)
    except admin.AdminError as exc:
        raise _fail(exc) from None
    return OkResponse()


@router.get("/sync-status", response_model=SyncStatusResponse, responses=error_responses(401, 403))
def sync_status(_admin: AdminDep, db: DatabaseDep) -> SyncStatusResponse:
    return admin.sync_status(db)


@router.put("/reference/{name}", response_model=RefVersion, responses=error_responses(401, 403, 422))
def publish_reference(name: str, body: RefDocument, _admin: AdminDep, db: DatabaseDep) -> RefVersion:
    """Publish a newer version of a reference data set or the rules file (validated first)."""
    if body.name != name:
        raise ApiError(422, ErrorCode.INVALID, "The body names another data set.")
    try:
        version = admin.publish_reference(db, name=name, content=body.content)
    except admin.AdminError as exc:
        raise _fail(exc) from None
    return RefVersion(name=name, version=version)
