"""``polku-server``: run the sync server and administer it.

    polku-server serve [--host H] [--port P] [--data-dir D] [--database-url URL]
                       [--ssl-certfile F --ssl-keyfile F] [--workers N] [--no-migrate]
    polku-server migrate              (as the schema owner: create or upgrade the schema)
    polku-server create-user --username U --role counsellor|office|admin --municipality M [...]
    polku-server set-password --username U
    polku-server list-devices | revoke-device --device-id ID
    polku-server sync-status [--json] [--stale DAYS]   (--stale: devices silent for DAYS days or more)
    polku-server deactivate-user --username U   (no sign-in; devices send their work, then are wiped)
    polku-server reactivate-user --username U
    polku-server rename-device --device ID|NAME --name NEW
    polku-server device-clients --device ID|NAME [--names]   (a lost laptop: whose data it holds)
    polku-server set-municipalities --username U --municipality M [...]
    polku-server archive-closed [--months 12] [--recall-days 30] [--dry-run]   (daily: closed cases
                                      idle that long leave the laptops; they stay on the server)
    polku-server mark-backup          (run right before a backup: devices may prune what it holds)
    polku-server new-epoch            (run right after restoring a backup)
    polku-server show-reference --name reference|vocabulary|rules   (the published document, to edit)
    polku-server publish-reference --name reference|vocabulary|rules --file F

``serve`` answers ``GET /healthz`` to anyone and ``GET /metrics`` (Prometheus) only to the addresses
in ``POLKU_SERVER_METRICS_ALLOW`` (sync/server/api/observe.py); with several workers it gives them
a private folder to add up their figures in (sync/server/metrics.py).

Passwords come from ``POLKU_PASSWORD`` or the first line of standard input. The database is an
SQLite file in the data directory unless ``--database-url`` (or ``POLKU_SERVER_DATABASE_URL``)
names PostgreSQL. ``serve`` migrates the schema at start unless ``--no-migrate``: then the server's
role needs only to read and write rows (deploy/postgresql/database.sql), and ``migrate`` is run first
with the schema owner's URL (deploy/systemd/polku-server-migrate.service). Exit codes: 0 ok, 2 an
error with a message.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import shutil
import signal
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sync.server import admin
from sync.server.archive import MONTHS, RECALL_DAYS, archive_closed
from sync.server.db import Database, SchemaNotCurrent, check_schema, make_engine, migrate, refresh_statistics
from sync.server.holdings import HeldClient, Holdings, device_clients
from sync.server.security import WeakPassword
from sync.server.settings import ServerSettings

log = logging.getLogger("polku.server")
# Read by prometheus-client when a worker first imports it (sync/server/metrics.py); this module must
# not import it itself, or this process would have chosen in-memory figures already.
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def _password() -> str:
    value = os.environ.get("POLKU_PASSWORD")
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Password: ")
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise admin.AdminError("No password given: set POLKU_PASSWORD or write it on standard input.")
    return line.rstrip("\r\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="polku-server", description="Polku central sync server")
    parser.add_argument("--data-dir", type=Path, default=None, help="folder of the embedded database")
    parser.add_argument("--database-url", default=None, help="postgresql+psycopg://user@host/db")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the server (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--data-dir", type=Path, default=None, dest="serve_data_dir")
    serve.add_argument("--database-url", default=None, dest="serve_database_url")
    serve.add_argument("--ssl-certfile", default=None)
    serve.add_argument("--ssl-keyfile", default=None)
    serve.add_argument("--workers", type=int, default=1, help="several only with PostgreSQL")
    serve.add_argument("--log-level", default="info")
    serve.add_argument(
        "--no-migrate",
        action="store_true",
        help="do not change the schema, only check it is current (the server's role owns no table)",
    )

    sub.add_parser("migrate", help="create or upgrade the database schema")
    user = sub.add_parser("create-user", help="a new user (password: POLKU_PASSWORD or stdin)")
    user.add_argument("--username", required=True)
    user.add_argument("--role", required=True, choices=admin.ROLES)
    user.add_argument("--municipality", action="append", default=[], help="repeat for several")
    pw = sub.add_parser("set-password", help="a new password (POLKU_PASSWORD or stdin)")
    pw.add_argument("--username", required=True)
    sub.add_parser("list-devices", help="enrolled devices")
    revoke = sub.add_parser("revoke-device", help="refuse a device from now on (lost laptop)")
    revoke.add_argument("--device-id", required=True)
    rename = sub.add_parser("rename-device", help="give a device another name")
    rename.add_argument("--device", required=True, help="the device id or its current name")
    rename.add_argument("--name", required=True)
    held = sub.add_parser("device-clients", help="the clients whose data a device was sent (lost laptop)")
    held.add_argument("--device", required=True, help="the device id or its name")
    held.add_argument("--names", action="store_true", help="show the clients' names too")
    status = sub.add_parser("sync-status", help="per device: last contact, last pushed seq, pending")
    status.add_argument("--json", action="store_true")
    status.add_argument(
        "--stale",
        type=_days,
        default=None,
        metavar="DAYS",
        help="only devices (not revoked) with no contact for DAYS days or more",
    )
    deactivate = sub.add_parser(
        "deactivate-user", help="no more sign-ins; the user's devices send what they hold, then are wiped"
    )
    deactivate.add_argument("--username", required=True)
    reactivate = sub.add_parser("reactivate-user", help="allow a deactivated user to sign in again")
    reactivate.add_argument("--username", required=True)
    towns = sub.add_parser(
        "set-municipalities", help="the municipalities a user serves (their laptops re-pull the caseload)"
    )
    towns.add_argument("--username", required=True)
    towns.add_argument("--municipality", action="append", default=[], help="a code; repeat for several")
    archive = sub.add_parser(
        "archive-closed", help="closed cases idle for MONTHS leave the laptops (run daily; they stay here)"
    )
    archive.add_argument("--months", type=_whole, default=MONTHS, help=f"default {MONTHS}")
    archive.add_argument("--recall-days", type=_whole, default=RECALL_DAYS, help=f"default {RECALL_DAYS}")
    archive.add_argument("--dry-run", action="store_true", help="count, change nothing")
    sub.add_parser("mark-backup", help="record that a backup taken now holds every change so far")
    sub.add_parser("new-epoch", help="after restoring a backup: devices re-send and re-pull")
    shown = sub.add_parser("show-reference", help="print the published reference data set or rules file")
    shown.add_argument("--name", required=True, choices=["reference", "vocabulary", "rules"])
    ref = sub.add_parser("publish-reference", help="publish a newer reference data set or rules file")
    ref.add_argument("--name", required=True, choices=["reference", "vocabulary", "rules"])
    ref.add_argument("--file", type=Path, required=True)
    return parser


def _whole(text: str) -> int:
    """A whole number, 1 or more (argparse prints the message and exits 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _days(text: str) -> int:
    """``--stale``: a whole number of days, 0 or more (argparse prints the message and exits 2)."""
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number of days is needed, not {text!r}") from None
    if not 0 <= days <= 36500:
        raise argparse.ArgumentTypeError(f"the number of days must be between 0 and 36500, not {days}")
    return days


def settings_from(args: argparse.Namespace) -> ServerSettings:
    overrides: dict[str, Any] = {}
    data_dir = getattr(args, "serve_data_dir", None) or args.data_dir
    url = getattr(args, "serve_database_url", None) or args.database_url
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    if url is not None:
        overrides["database_url"] = url
    if getattr(args, "no_migrate", False):
        overrides["migrate_on_start"] = False
    return ServerSettings(**overrides)


def _serve(args: argparse.Namespace, settings: ServerSettings) -> int:
    if args.workers > 1 and not settings.url().startswith("postgresql"):
        raise admin.AdminError("Several workers need PostgreSQL (--database-url).")
    db = Database(make_engine(settings.url()))
    try:
        if settings.migrate_on_start:
            migrate(db.engine)
            refresh_statistics(db.engine)
        else:
            check_schema(db.engine)  # `polku-server migrate` ran ANALYZE as the owner
        admin.seed_reference(db)
    finally:
        db.close()
    # The app factory reads its settings from the environment in each worker.
    os.environ["POLKU_SERVER_DATA_DIR"] = str(settings.data_dir)
    os.environ["POLKU_SERVER_MIGRATE_ON_START"] = "true" if settings.migrate_on_start else "false"
    if settings.database_url:
        os.environ["POLKU_SERVER_DATABASE_URL"] = settings.database_url
    folder = _metrics_folder()
    log.info("serving on %s:%d; the workers' metrics in %s", args.host, args.port, folder)
    # uvicorn shuts down on SIGTERM, then raises the signal again with the handler it found: this one
    # leaves through ``finally`` (the folder is removed) instead of dying on the spot.
    previous = signal.signal(signal.SIGTERM, _leave)
    try:
        _run_uvicorn(args, settings)
    finally:
        signal.signal(signal.SIGTERM, previous)
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _leave(_signum: int, _frame: object) -> None:
    raise SystemExit(0)


def _metrics_folder() -> Path:
    """A new, empty, private folder (0700) for the workers' metric files (sync/server/metrics.py),
    named to prometheus-client before any worker imports it. Never an existing one: figures left by
    an earlier run, or by another server on the same host, would be added in."""
    folder = Path(tempfile.mkdtemp(prefix="polku-metrics-"))
    os.environ[MULTIPROC_ENV] = str(folder)
    return folder


def _run_uvicorn(args: argparse.Namespace, settings: ServerSettings) -> None:
    import uvicorn

    from sync.server.nodelay import NoDelayH11Protocol

    uvicorn.run(
        "sync.server.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
        log_level=args.log_level,
        access_log=False,  # request lines hold ids in paths; nothing personal, but not needed
        http=NoDelayH11Protocol,
        # With several workers the supervisor restarts a worker that has not answered its ping (or
        # finished starting) within this many seconds. uvicorn's 5 s killed a worker still importing
        # the app on a busy 2-core machine (a load test's start); a worker that has really hung is
        # still replaced, half a minute later.
        timeout_worker_healthcheck=30,
    )


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    if args.command == "serve":
        return _serve(args, settings)
    db = Database(make_engine(settings.url()))
    try:
        migrate(db.engine)
        return _admin_command(args, db)
    finally:
        db.close()


def _admin_command(args: argparse.Namespace, db: Database) -> int:
    cmd = args.command
    if cmd == "migrate":
        refresh_statistics(db.engine)  # the owner's ANALYZE: after an upgrade or a restored dump
        print("Database schema is up to date.")
    elif cmd == "create-user":
        admin.create_user(
            db, username=args.username, password=_password(), role=args.role, municipalities=args.municipality
        )
        print(f"User {args.username} created.")
    elif cmd == "set-password":
        admin.set_password(db, username=args.username, password=_password())
        print(f"Password of {args.username} changed.")
    elif cmd == "list-devices":
        deactivated = admin.deactivated_users(db)
        for dev in admin.list_devices(db):
            active = "REVOKED" if dev.revoked else "active"
            if dev.username in deactivated and not dev.revoked:
                active = "active, user deactivated: refused at its next sync"
            contact = dev.last_contact or "-"
            name = dev.name or "(no name)"
            print(f"{dev.device_id}\t{dev.username}\t{name}\t{active}\tlast contact {contact}")
    elif cmd == "revoke-device":
        admin.revoke_device(db, device_id=args.device_id)
        print(f"Device {args.device_id} revoked: it is refused and told to wipe itself at its next contact.")
    elif cmd == "rename-device":
        device_id = admin.rename_device(db, device=args.device, name=args.name)
        print(f"Device {device_id} is now named {args.name.strip()}.")
    elif cmd == "device-clients":
        print_holdings(device_clients(db, args.device, names=args.names))
    elif cmd == "deactivate-user":
        waiting = admin.deactivate_user(db, username=args.username)
        print(
            f"User {args.username} deactivated: no more sign-ins. {waiting} device(s) still enrolled: each "
            "sends its unsynced work at its next sync, then is refused and wipes its data. Revoke a "
            "device (revoke-device) to refuse it at once instead."
        )
    elif cmd == "reactivate-user":
        still = admin.reactivate_user(db, username=args.username)
        print(
            f"User {args.username} may sign in again; {still} device(s) still enrolled. Devices already "
            "refused stay revoked: connect the laptop again (enroll)."
        )
    elif cmd == "sync-status" and args.stale is not None:
        print_stale(admin.stale_devices(db, args.stale), args.stale, as_json=args.json)
    elif cmd == "sync-status":
        status = admin.sync_status(db)
        if args.json:
            print(json.dumps(status.model_dump(mode="json"), indent=2))
        else:
            print(f"epoch {status.epoch}, last change {status.last_seq}")
            for d in status.devices:
                print(
                    f"{d.device_id}\t{d.username}\t{'REVOKED' if d.revoked else 'active'}\t"
                    f"last contact {d.last_contact or '-'}\tpushed seq {d.last_pushed_seq}\t"
                    f"pending {d.pending}"
                )
    elif cmd == "set-municipalities":
        admin.set_municipalities(db, username=args.username, municipalities=args.municipality)
        towns = " ".join(sorted(set(args.municipality))) or "(none)"
        print(
            f"User {args.username} now serves {towns}. Their laptops pull the caseload again at their "
            "next sync: clients no longer in it leave them after their unsynced work is sent."
        )
    elif cmd == "archive-closed":
        done = archive_closed(db, months=args.months, recall_days=args.recall_days, dry_run=args.dry_run)
        verb = "would leave" if args.dry_run else "leave"
        print(
            f"{done.archived} closed case(s) idle for {args.months} months {verb} the laptops (kept on the "
            f"server); {done.recalls_ended} fetched-back case(s) idle for {args.recall_days} days {verb} "
            "their laptop again."
        )
    elif cmd == "mark-backup":
        print(f"Durable up to change {admin.mark_durable(db)}: take the backup now.")
    elif cmd == "new-epoch":
        with db.write() as (s, state):
            epoch = admin.new_epoch(s, state)
        print(f"New epoch {epoch}: devices will re-send what the restore lost.")
    elif cmd == "show-reference":
        admin.seed_reference(db)  # this build's own documents, if newer, as the server's start publishes them
        _version, content = admin.published_reference(db, name=args.name)
        sys.stdout.write(content)
    elif cmd == "publish-reference":
        try:
            content = args.file.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise admin.AdminError(f"cannot read {args.file}: {exc}") from None
        version = admin.publish_reference(db, name=args.name, content=content)
        print(f"Published {args.name} version {version}.")
    return 0


def print_stale(devices: list[admin.StaleDevice], days: int, *, as_json: bool) -> None:
    if as_json:
        listed = [
            {
                "device_id": d.device_id,
                "username": d.username,
                "name": d.name,
                "last_contact": d.last_contact.isoformat(timespec="seconds") if d.last_contact else None,
                "days_since_contact": d.days,
                "never_synced": d.never_synced,
                "user_deactivated": d.user_deactivated,
            }
            for d in devices
        ]
        print(json.dumps({"stale_days": days, "devices": listed}, indent=2))
        return
    print(f"{len(devices)} device(s) (not revoked) with no contact for {days} days or more.")
    for d in devices:
        since = f"{d.days} days ago" if d.days is not None else "-"
        user = f"{d.username} (deactivated)" if d.user_deactivated else d.username
        never = "\tnever synced since enrolling" if d.never_synced else ""
        name = d.name or "(no name)"
        print(f"{d.device_id}\t{user}\t{name}\tlast contact {_when(d.last_contact)}\t{since}{never}")


def _when(value: datetime | None) -> str:
    return value.isoformat(sep=" ", timespec="minutes") + " UTC" if value else "-"


def print_holdings(h: Holdings) -> None:
    """What IT reports for a lost laptop: the device, then one line per client."""
    state = f"REVOKED {_when(h.revoked)}" if h.revoked else "active (not revoked: run revoke-device)"
    print(f"Device {h.device_id} ({h.device_name or 'no name'}) of {h.username}: {state}")
    print(f"Last contact with the server: {_when(h.last_contact)}")
    if h.recorded:
        print(
            "Clients whose data the server sent to this device, or the device sent to the server (it "
            "also holds anything entered on it and never synced):"
        )
    else:
        print(
            f"This device last pulled before the server recorded what each device was sent. Listed: the "
            f"clients in the caseload of {h.username} now, with those recorded since; the device may hold "
            "fewer, or clients that left the caseload before this server version."
        )
    held = [c for c in h.clients if c.evicted is None]
    dropped = [c for c in h.clients if c.evicted is not None]
    header = "client id\tmunicipality\t" + ("name\t" if any(c.name is not None for c in h.clients) else "")
    print(header + "first sent\tlast sent\tlast access on this device (its clock)\tchanged on it")
    for c in held:
        _client_line(c)
    print(f"{len(held)} clients.")
    if dropped:
        print("Sent earlier; the server then told the device to drop them (they left the caseload):")
        for c in dropped:
            _client_line(c, f"\tdropped {_when(c.evicted)}")


def _client_line(c: HeldClient, extra: str = "") -> None:
    name = f"{c.name}\t" if c.name is not None else ""
    first = _when(c.first_pulled) if c.first_pulled else "not recorded"
    last = _when(c.last_pulled) if c.last_pulled else "not recorded"
    opened = c.last_opened[:16].replace("T", " ") + " UTC" if c.last_opened else "-"
    changed = "yes" if c.changed_here else "no"
    print(f"{c.client_id}\t{c.municipality or '-'}\t{name}{first}\t{last}\t{opened}\t{changed}{extra}")


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except (admin.AdminError, WeakPassword, SchemaNotCurrent) as exc:
        print(f"polku-server: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:  # a POLKU_SERVER_* setting that cannot be used
        problems = "; ".join(str(e.get("msg", "")).removeprefix("Value error, ") for e in exc.errors())
        print(f"polku-server: {problems}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 2


if __name__ == "__main__":
    sys.exit(main())
