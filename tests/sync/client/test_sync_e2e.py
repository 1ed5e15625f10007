"""End to end, as IT and counsellors run it: ``polku-server serve`` in its own process, users made
with ``polku-server create-user``, two demo profiles enrolled with ``polku enroll``, edits on both,
``polku sync`` on both, and the same data on both. Plus the server's own TLS, verified by the client."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.clients import list_clients, update_client
from app.meetings import add_note
from app.workspace import open_workspace
from sync.client.errors import TransportFailed
from sync.client.transport import HttpTransport, tls_context
from tests.support.server import MUNICIPALITIES, PASSWORD, ServerProcess, cli_env, polku, polku_server
from tests.support.sync import local_view
from tests.support.tls import certificates

PASS = "e2e test passphrase"


def test_two_laptops_end_to_end(tmp_path: Path, server_url: str) -> None:
    data = ["--data-dir", str(tmp_path / "srv")]
    for user in ("anna", "ben"):
        muni_args = [a for m in MUNICIPALITIES for a in ("--municipality", m)]
        done = polku_server(
            tmp_path,
            *data,
            "create-user",
            "--username",
            user,
            "--role",
            "counsellor",
            *muni_args,
            POLKU_PASSWORD=PASSWORD,
        )
        assert done.returncode == 0, done.stderr
    profiles = {}
    for n, user in enumerate(("anna", "ben")):
        folder = tmp_path / user
        done = polku(tmp_path, "demo-data", "--profile", str(folder), "--clients", "6", "--seed", str(n + 1),
                     "--user", user, POLKU_PASSPHRASE=PASS)  # fmt: skip
        assert done.returncode == 0, done.stderr
        done = polku(
            tmp_path, "enroll", "--profile", str(folder), "--server", server_url, "--username", user,
            POLKU_PASSPHRASE=PASS, POLKU_PASSWORD=PASSWORD,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "Enrolled as" in done.stdout
        profiles[user] = folder
    # First syncs: each laptop sends its caseload and gets the other's.
    for user in ("anna", "ben", "anna"):
        done = polku(tmp_path, "sync", "--profile", str(profiles[user]), POLKU_PASSPHRASE=PASS)
        assert done.returncode == 0, done.stderr
    # Edits on both, including the same client's different fields, then sync both (secrets on stdin).
    for user, change in (("anna", {"phone": "+358 40 111"}), ("ben", {"address": "Kauppakatu 9"})):
        ws = open_workspace(profiles[user], PASS)
        first = sorted(c.id for c in list_clients(ws, view="test"))[0]
        update_client(ws, client_id=first, changes=change)
        add_note(ws, client_id=first, text=f"{user} was here")
        ws.close()
    for user in ("anna", "ben", "anna"):
        done = subprocess.run(
            [sys.executable, "-m", "ui.main", "sync", "--profile", str(profiles[user])],
            input=PASS + "\n", capture_output=True, text=True, env=cli_env(tmp_path), timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "Sync done" in done.stdout
    views = {}
    for user, folder in profiles.items():
        ws = open_workspace(folder, PASS)
        views[user] = local_view(ws)
        ws.close()
    assert views["anna"] == views["ben"]
    clients = [v for (entity, _id), v in views["anna"].items() if entity == "client"]
    assert len(clients) == 12
    assert any(v["phone"] == "+358 40 111" and v["address"] == "Kauppakatu 9" for v in clients)
    status = polku_server(tmp_path, *data, "sync-status")
    assert status.returncode == 0 and status.stdout.count("pending 0") == 2
    log = (tmp_path / "logs" / "polku.log").read_text("utf-8")
    assert "Kauppakatu" not in log and "+358 40 111" not in log


def test_tls_is_verified_against_the_configured_ca_and_never_skipped(tmp_path: Path) -> None:
    ca, cert, key = certificates(tmp_path / "tls")
    tls = ("--ssl-certfile", str(cert), "--ssl-keyfile", str(key))
    server = ServerProcess(tmp_path / "server-output.txt", None, tmp_path / "srv", tls, cli_env(tmp_path))
    url = server.url
    try:
        server.start(verify=tls_context(ca))
        trusted = HttpTransport(url, ca_bundle=ca)
        reply = trusted.request("GET", "/api/v1/hello", token="not-a-token")
        assert reply.status == 401 and reply.body["code"] == "unauthorized"  # TLS worked, auth refused
        trusted.close()
        untrusted = HttpTransport(url)  # the system store does not know the test CA
        with pytest.raises(TransportFailed):
            untrusted.request("GET", "/api/v1/hello")
        untrusted.close()
    finally:
        server.stop()


@pytest.mark.slow  # 38 s; tests/proofs/test_crash.py kills the sync process at random points in `make test`
def test_killing_polku_sync_at_random_points_loses_nothing(tmp_path: Path, server_url: str) -> None:
    """kill -9 during `polku sync` (push or pull), again and again; then a clean sync converges."""
    import random
    import signal

    data = ["--data-dir", str(tmp_path / "srv")]
    muni_args = [a for m in MUNICIPALITIES for a in ("--municipality", m)]
    for user in ("anna", "ben"):
        done = polku_server(
            tmp_path,
            *data,
            "create-user",
            "--username",
            user,
            "--role",
            "counsellor",
            *muni_args,
            POLKU_PASSWORD=PASSWORD,
        )
        assert done.returncode == 0, done.stderr
    folders = {user: tmp_path / user for user in ("anna", "ben")}
    for n, (user, folder) in enumerate(folders.items()):
        clients = "150" if user == "anna" else "0"
        seed = str(n + 1)
        done = polku(tmp_path, "demo-data", "--profile", str(folder), "--clients", clients, "--seed", seed,
                     "--user", user, POLKU_PASSPHRASE=PASS)  # fmt: skip
        assert done.returncode == 0, done.stderr
        done = polku(tmp_path, "enroll", "--profile", str(folder), "--server", server_url, "--username", user,
                     POLKU_PASSPHRASE=PASS, POLKU_PASSWORD=PASSWORD)  # fmt: skip
        assert done.returncode == 0, done.stderr
    rng = random.Random(7)
    kills = 0
    for user in ("anna", "ben"):
        for _ in range(4):
            proc = subprocess.Popen(
                [sys.executable, "-m", "ui.main", "sync", "--profile", str(folders[user])],
                env=cli_env(tmp_path, POLKU_PASSPHRASE=PASS),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.8, 2.5))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait()
    assert kills >= 2, "the syncs finished before they could be killed: raise the data size"
    for user in ("anna", "ben", "anna", "ben"):
        done = polku(tmp_path, "sync", "--profile", str(folders[user]), POLKU_PASSPHRASE=PASS)
        assert done.returncode == 0, done.stderr
    views = {}
    for user, folder in folders.items():
        ws = open_workspace(folder, PASS)
        views[user] = local_view(ws)
        with ws.engine.connect() as conn:
            unanswered = conn.exec_driver_sql(
                "SELECT count(*) FROM outbox LEFT JOIN sync_outbox_state s ON s.seq = outbox.seq "
                "WHERE s.seq IS NULL"
            ).scalar()
            answers = dict(
                conn.exec_driver_sql("SELECT status, count(*) FROM sync_outbox_state GROUP BY status").all()
            )
        ws.close()
        assert unanswered == 0
        assert set(answers) <= {"applied"}, answers
    assert views["anna"] == views["ben"]
    assert len([k for k in views["anna"] if k[0] == "client"]) == 150
