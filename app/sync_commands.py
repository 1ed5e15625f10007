"""``polku enroll`` and ``polku sync``: scriptable sync for IT, tests and benchmarks.

Secrets: the passphrase from ``POLKU_PASSPHRASE``, the server password from ``POLKU_PASSWORD``, or
standard input, one per line in that order.
"""

from __future__ import annotations

import argparse
import logging
import sys

from app.cli import EXIT_OK, _profile, read_secret
from app.sync_service import (
    SyncProblem,
    check_server_address,
    device_identity,
    enroll_device,
    sync_now,
    unsynced_work,
)
from app.workspace import open_workspace

log = logging.getLogger(__name__)


def cmd_enroll(args: argparse.Namespace) -> int:
    check_server_address(args.server)  # before any secret is asked for
    passphrase = read_secret("POLKU_PASSPHRASE", "Passphrase: ")
    ws = open_workspace(_profile(args), passphrase)
    try:
        password = read_secret("POLKU_PASSWORD", "Server password: ")
        resp = enroll_device(
            ws,
            server_url=args.server,
            username=args.username,
            password=password,
            device_name=args.device_name,
        )
        identity = device_identity(ws)
    finally:
        ws.close()
    name = identity[1] if identity else ""
    print(
        f"Enrolled as {resp.user.username} ({resp.user.role}; {' '.join(resp.user.municipalities) or '-'}), "
        f"device name {name or '-'}."
    )
    log.info("enroll: ok")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    ws = open_workspace(_profile(args), read_secret("POLKU_PASSPHRASE", "Passphrase: "))
    try:
        try:
            report = sync_now(ws)
        except SyncProblem as exc:
            if exc.code == "device_revoked":
                work = unsynced_work(ws)
                print(
                    f"polku: this device was revoked. Unsynced: {work.changes} changes, "
                    f"{work.open_conflicts} open conflicts; the local data must be wiped.",
                    file=sys.stderr,
                )
            raise
    finally:
        ws.close()
    results = ", ".join(f"{k} {v}" for k, v in sorted(report.results.items())) or "nothing to send"
    print(
        f"Sync done in {report.seconds:.1f} s: pushed {report.pushed} ({results}), pulled {report.pulled}, "
        f"conflicts {report.conflicts}{', server restored: re-sent' if report.epoch_changed else ''}."
    )
    return EXIT_OK
