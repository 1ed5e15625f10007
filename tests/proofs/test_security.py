"""Security proofs across the whole laptop and server: no client data readable in any file the app
leaves behind (also after a crash mid-write), secrets stored only as hashes, a revoked laptop refused
and wiped to the last file, and logs of a full working session (app at DEBUG, server at debug) free
of every client's name, birth date and henkilötunnus.

Already proved elsewhere (not repeated here):
- unlock throttling and wrong/damaged key or database files: ``tests/app/test_store.py``;
- server login throttling:
  ``tests/sync/server/test_sync_server.py::test_failed_logins_are_throttled_per_username_and_per_address``;
- no role reads or writes outside its scope: ``tests/sync/server/test_sync_authz.py``;
- the revoked laptop in the window (message, then wipe):
  ``tests/ui/test_ui_sync.py::test_a_revoked_laptop_shows_what_is_lost_then_wipes``;
- the access log and the extract: ``tests/app/test_access_log.py``, ``tests/app/test_print_extract.py``.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.caseload import load_caseload
from app.clients import ClientInput, create_client, get_client, list_clients, update_client
from app.demo import generate_demo_data
from app.errors import WrongPassphrase
from app.logs import LOG_NAME, setup_logging
from app.meetings import add_note
from app.plans.items import add_goal
from app.plans.lifecycle import create_plan
from app.printing.extract import extract_json
from app.printing.plan import plan_pdf
from app.printing.tempfiles import PREFIX
from app.store.engine import integrity_problems
from app.store.migrate import backup_database
from app.sync_service import SyncProblem, enroll_device, sync_now, unsynced_work, wipe_profile
from app.workspace import Workspace, create_workspace, open_workspace
from models import Client
from models.enums import GoalArea, PlanKind, ResponsibleParty
from models.search import fold
from sync.client import bookkeeping as local
from sync.client.transport import HttpTransport
from sync.server import admin
from sync.server.tables import Device as ServerDevice
from sync.server.tables import ServerBase, User
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.server import REPO, ServerProcess, serving
from tests.support.sync import PASSWORD, Server, free_port, server_database

# One client made of distinctive, synthetic values: every one of them is searched for in the files.
FIRST = "Zzyzxqwerty"
LAST = "Öbergqvistå-Xylo"
LATIN = "زيزكسقويرتي"
BORN = date(1987, 3, 14)
HETU = "140387-987R"  # individual number 900-999: the range for synthetic codes
PHONE = "+358 44 9081726"
ADDRESS = "Qwxzkuja 17 B 42"
NEW_ADDRESS = "Vrxqtie 93 C 11"
NOTE = "Muistiinpano Kvqzj: asiakas kertoi perheensä tilanteesta luottamuksellisesti."
GOAL = "Tavoite Wqxzv: oppii suomea tasolle A2.2 ja hakee kokkikoulutukseen."


def _marker_strings() -> list[str]:
    values = [FIRST, LAST, LATIN, HETU, PHONE, ADDRESS, NEW_ADDRESS, NOTE[:40], GOAL[:40]]
    values += [fold(FIRST), fold(LAST), fold(LATIN), "Kvqzj", "Wqxzv"]
    values += [BORN.isoformat(), f"{BORN.day}.{BORN.month}.{BORN.year}", BORN.strftime("%d.%m.%Y")]
    return values


def _needles(strings: Iterable[str]) -> dict[bytes, str]:
    out: dict[bytes, str] = {}
    for value in strings:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            out[value.encode(encoding)] = f"{value!r} ({encoding})"
    return out


def _readable(paths: Iterable[Path], strings: Iterable[str]) -> list[str]:
    needles = _needles(strings)
    found = []
    for path in paths:
        blob = path.read_bytes()
        found += [f"{label} in {path}" for needle, label in needles.items() if needle in blob]
    return found


def _files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file())


def _marker_client(ws: Workspace) -> str:
    data = ClientInput(
        first_names=FIRST,
        last_name=LAST,
        name_latin=LATIN,
        home_municipality="297",
        date_of_birth=BORN,
        hetu=HETU,
        phone=PHONE,
        address=ADDRESS,
        preferred_language="ar",
    )
    return create_client(ws, data=data).id


def _marker_plan(ws: Workspace, client_id: str) -> str:
    plan = create_plan(
        ws,
        client_id=client_id,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2026, 2, 1),
        period_end=date(2027, 1, 31),
    )
    add_goal(ws, plan_id=plan.id, area=GoalArea.LANGUAGE, text=GOAL)
    return plan.id


def _demo_values(ws: Workspace) -> list[str]:
    """Names (long enough not to match random ciphertext by chance) and birth dates of every client."""
    with ws.session() as s:
        rows = s.execute(select(Client.first_names, Client.last_name, Client.date_of_birth)).all()
    values: set[str] = set()
    for first, last, born in rows:
        for name in (*first.split(), last):
            if len(name.encode("utf-8")) >= 6:
                values.add(name)
        if born is not None:
            values.add(born.isoformat())
    return sorted(values)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the app uses (print files), isolated from other tests and programs."""
    folder = tmp_path / "systmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def debug_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's log file in a fresh folder, the root logger at DEBUG (as verbose as it gets)."""
    folder = tmp_path / "logs"
    monkeypatch.setenv("POLKU_LOG_DIR", str(folder))
    root = logging.getLogger()
    level = root.level
    path = setup_logging(logging.DEBUG)
    yield folder
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with server_database(tmp_path / "server") as url:
        srv = Server(url)
        srv.user("anna")
        srv.user("root", "admin", ())
        yield srv
        srv.close()


# -- 1. no plaintext in any file -----------------------------------------------------------------


def test_no_client_data_readable_in_any_file_after_a_working_session(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, server: Server, private_tmp: Path, debug_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Demo data, a typed-in client with every identifying field, an edit, a note, a plan; enrolled
    and synced; a migration backup; a plan opened for the viewer from the window; then the window
    locks. No file in the profile, the temporary folder or the log folder holds any of it, in
    UTF-8, UTF-16 or the folded search form; the viewer's file existed while unlocked only."""
    from PySide6.QtGui import QDesktopServices

    from app.settings import Settings
    from ui.main_window import MainWindow
    from ui.print_dialog import PrintDialog
    from ui.runner import ImmediateRunner, set_runner

    folder = tmp_path / "laptop"
    ws = create_workspace(folder, PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None)
    generate_demo_data(ws, clients=25, seed=11)
    cid = _marker_client(ws)
    update_client(ws, client_id=cid, changes={"address": NEW_ADDRESS})
    add_note(ws, client_id=cid, text=NOTE)
    _marker_plan(ws, cid)
    secrets = _marker_strings() + _demo_values(ws)
    enroll_device(
        ws, server_url="http://testserver", username="anna", password=PASSWORD, transport=server.transport()
    )
    sync_now(ws, transport=server.transport())
    assert server.rows("client")[("client", cid)].data["hetu"] == HETU  # the data did travel
    backup_database(ws.engine, ws.paths.database, label="test")  # what a schema migration makes first
    add_note(ws, client_id=cid, text=NOTE + " (2)")  # and a WAL with fresh pages in it

    set_runner(ImmediateRunner())
    window = MainWindow(folder, Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini"))
    qtbot.addWidget(window)
    window._on_unlocked(ws)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = PrintDialog(ws, cid, "ar")
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert opened, dialog.error.text()
    viewer_file = Path(opened[0])
    assert viewer_file.is_relative_to(private_tmp) and viewer_file.read_bytes().startswith(b"%PDF")
    assert any(p.name.endswith("-wal") for p in _files(folder))
    assert (folder / "backups").is_dir()

    window.lock()
    assert window.ws is None
    assert not list(private_tmp.glob(f"{PREFIX}*")), "a print file outlived the unlocked session"
    files = _files(folder, private_tmp, debug_log)
    assert {p.name for p in files} >= {"polku.db", "polku.key", LOG_NAME}
    assert _readable(files, secrets) == []


_WRITER = """
import sys
from datetime import date
from pathlib import Path
from app.clients import ClientInput, create_client
from app.meetings import add_note
from app.workspace import open_workspace
ws = open_workspace(Path(sys.argv[1]), sys.argv[2], recovery_public_key=None)
for i in range(100000):
    data = ClientInput(first_names=sys.argv[3], last_name=f"{sys.argv[4]}{i}", home_municipality="297",
                       date_of_birth=date(1987, 3, 14))
    cid = create_client(ws, data=data).id
    add_note(ws, client_id=cid, text=sys.argv[5])
    print(i + 1, flush=True)
"""


def test_a_crash_mid_write_leaves_no_plaintext_and_loses_no_commit(tmp_path: Path) -> None:
    """SIGKILL of a process that keeps writing clients: the WAL it leaves is ciphertext, and the
    profile opens with every client whose commit was reported, and passes the integrity checks."""
    folder = tmp_path / "laptop"
    create_workspace(folder, PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(folder), PASSPHRASE, FIRST, LAST, NOTE],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    committed = 0
    wal = folder / "polku.db-wal"
    try:
        for line in proc.stdout:  # each line: a client and its note committed
            committed = int(line)
            if committed >= 40 and wal.exists() and wal.stat().st_size > 0:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        proc.stdout.close()
    assert committed >= 40, "the writer stopped before the kill"
    assert wal.exists() and wal.stat().st_size > 0  # the kill left the WAL for the next open
    assert _readable(_files(folder), [FIRST, LAST, fold(FIRST), fold(LAST), NOTE[:40], "1987-03-14"]) == []
    ws = open_workspace(folder, PASSPHRASE, recovery_public_key=None)
    try:
        assert integrity_problems(ws.engine, full=True) == []
        with ws.session() as s:
            names = set(s.scalars(select(Client.last_name).where(Client.first_names == FIRST)))
        assert {f"{LAST}{i}" for i in range(committed)} <= names
    finally:
        ws.close()


# -- 2. secrets on the server and the laptop -----------------------------------------------------


def _server_dump(server: Server) -> str:
    """Every value in every server table, as text."""
    parts = []
    with Session(server.db.engine) as s:
        for table in ServerBase.metadata.sorted_tables:
            for row in s.execute(select(table)).all():
                parts.append(repr(tuple(row)))
    return "\n".join(parts)


def _local_dump(ws: Workspace) -> str:
    """Every value in every table of the decrypted local database, as text."""
    with ws.engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars().all()
        return "\n".join(repr(tuple(r)) for t in tables for r in conn.exec_driver_sql(f'SELECT * FROM "{t}"'))


def test_passwords_and_device_tokens_are_stored_only_as_hashes(server: Server, tmp_path: Path) -> None:
    """The password (and a wrong one tried first) and the device token appear nowhere in the server's
    tables or its database file; the password is an Argon2id hash with at least the RFC 9106 second
    recommended cost; the laptop keeps the token only inside its encrypted database and never the
    password."""
    wrong = "wrong password tried 42"
    denied = server.transport().request(
        "POST", "/api/v1/enroll", body={"username": "anna", "password": wrong, "device_id": "x"}
    )
    assert denied.status == 401
    ws = create_workspace(
        tmp_path / "laptop", PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None
    )
    try:
        enroll_device(
            ws,
            server_url="http://testserver",
            username="anna",
            password=PASSWORD,
            transport=server.transport(),
        )
        with Session(ws.engine) as s:
            token = local.get(s, local.TOKEN)
        assert token and len(token) >= 43
        new_password = "a changed password 77"
        admin.set_password(server.db, username="anna", password=new_password)
        # The laptop: the token only inside the encrypted database, the password nowhere at all.
        assert token in _local_dump(ws) and PASSWORD not in _local_dump(ws)
    finally:
        ws.close()
    assert _readable(_files(tmp_path / "laptop"), [token, PASSWORD]) == []

    dump = _server_dump(server)
    for secret in (PASSWORD, new_password, wrong, token):
        assert secret not in dump
    with Session(server.db.engine) as s:
        user = s.get(User, "anna")
        device = s.scalars(select(ServerDevice)).one()
    assert user is not None and user.password_hash.startswith("$argon2id$")
    params = dict(p.split("=") for p in user.password_hash.split("$")[3].split(","))
    assert int(params["m"]) >= 65536 and int(params["t"]) >= 3  # RFC 9106 second recommendation
    assert re.fullmatch(r"[0-9a-f]{64}", device.token_hash)
    if server.url.startswith("sqlite"):
        with server.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db_file = Path(server.url.split("///", 1)[1])
        blobs = _files(db_file.parent)
        assert db_file in blobs
        assert _readable(blobs, [PASSWORD, new_password, wrong, token]) == []
    else:
        with server.db.engine.connect() as conn:  # PostgreSQL: the text of every row, by the server
            for table in ServerBase.metadata.sorted_tables:
                rows = conn.execute(text(f'SELECT t::text FROM "{table.name}" t')).scalars().all()
                assert not [r for r in rows if any(x in r for x in (PASSWORD, new_password, wrong, token))]


# -- 3. a revoked laptop, end to end with the real server process --------------------------------


@pytest.fixture(scope="module")
def real_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """``polku-server serve --log-level debug`` in its own process (one for this module's tests,
    each with its own user); everything it prints goes to a file."""
    tmp_path = tmp_path_factory.mktemp("real-server")
    env = {**os.environ, "POLKU_LOG_DIR": str(tmp_path / "server-logs")}
    output = tmp_path / "server-output.txt"
    with serving(output, "--log-level", "debug", data_dir=tmp_path / "srv", env=env, timeout=60) as server:
        yield server


def _polku(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """A ``polku`` command run the way ``polku`` runs it (error handling, logging), in this process."""
    import app.cli as cli

    root = logging.getLogger()
    level = root.level
    capsys.readouterr()
    code = cli.run_command(cli.build_parser().parse_args(list(argv)))
    root.setLevel(level)  # the command sets its own level (INFO); the test wants DEBUG back
    out = capsys.readouterr()
    return code, out.out + out.err


def _admin(server: ServerProcess, *argv: str) -> int:
    """A ``polku-server`` administration command on the running server's database."""
    from sync.server.cli import main as server_main

    return server_main(["--data-dir", str(server.data_dir), *argv])


def test_a_revoked_laptop_is_refused_and_wiped_to_the_last_file(
    tmp_path: Path,
    real_server: ServerProcess,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``polku-server revoke-device``; then ``polku sync`` against the running server is refused
    and says how much unsent work there is; the wipe leaves no file at all in the profile folder
    (key, database, WAL, SHM, backups, unlock counter)."""
    monkeypatch.setenv("POLKU_PASSWORD", PASSWORD)
    monkeypatch.setenv("POLKU_PASSPHRASE", PASSPHRASE)
    assert _admin(real_server, "create-user", "--username", "anna", "--role", "counsellor",
                  "--municipality", "297") == 0  # fmt: skip
    folder = tmp_path / "laptop"
    ws = create_workspace(folder, PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None)
    cid = _marker_client(ws)
    ws.close()
    assert _polku(capsys, "enroll", "--profile", str(folder), "--server", real_server.url,
                  "--username", "anna")[0] == 0  # fmt: skip
    assert _polku(capsys, "sync", "--profile", str(folder))[0] == 0
    ws = open_workspace(folder, PASSPHRASE, recovery_public_key=None)
    add_note(ws, client_id=cid, text=NOTE)  # unsent work at the time of the revocation
    backup_database(ws.engine, ws.paths.database, label="test")
    device_id = ws.actor.device_id
    ws.close()
    assert _admin(real_server, "revoke-device", "--device-id", device_id) == 0

    code, output = _polku(capsys, "sync", "--profile", str(folder))
    assert code == 2 and "revoked" in output and "Unsynced: 1 changes" in output
    ws = open_workspace(folder, PASSPHRASE, recovery_public_key=None)
    try:
        with pytest.raises(SyncProblem) as err:
            sync_now(ws)
        assert err.value.code == "device_revoked"
        assert unsynced_work(ws).by_entity == {"note": 1}
    finally:
        ws.close()
    with pytest.raises(WrongPassphrase):  # leaves an unlock-attempts file behind, to be wiped too
        open_workspace(folder, "not the passphrase", recovery_public_key=None)
    assert {p.name for p in _files(folder)} >= {"polku.key", "polku.db", "unlock-attempts.json"}
    assert (folder / "backups").is_dir()
    wipe_profile(folder)
    assert _files(folder) == []


# -- 4. logs of a full run -----------------------------------------------------------------------


HTTP_DATE_WORDS = frozenset(
    [
        "Mon",
        "Tue",
        "Wed",
        "Thu",
        "Fri",
        "Sat",
        "Sun",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
        "GMT",
    ]
)


def _leaks(text_: str, values: Iterable[str]) -> list[str]:
    """Values found as whole words (a short name inside an ordinary word is not a leak)."""
    return sorted(
        v for v in values if re.search(rf"(?<![\w.-]){re.escape(v)}(?![\w-]|\.\d)", text_, flags=re.UNICODE)
    )


def test_logs_of_a_full_run_hold_no_client_names_birth_dates_or_identity_codes(
    tmp_path: Path,
    real_server: ServerProcess,
    debug_log: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Demo data, records opened and edited, notes, a plan, enroll and sync against the real server
    (``--log-level debug``), printing and the extract, a wrong passphrase, a sync to an unreachable
    server, the commands (sync, print, a missing client, a wrong passphrase), an unexpected error
    in a command whose message quotes a client, and a diagnostics zip: no log line, server output,
    command output or diagnostics file names a client, their birth date or henkilötunnus."""
    monkeypatch.setenv("POLKU_PASSWORD", PASSWORD)
    assert _admin(real_server, "create-user", "--username", "ben", "--role", "counsellor",
                  *[a for m in ("297", "857", "402", "204") for a in ("--municipality", m)]) == 0  # fmt: skip
    folder = tmp_path / "laptop"
    ws = create_workspace(folder, PASSPHRASE, user="ben", kdf=FAST_KDF, recovery_public_key=None)
    generate_demo_data(ws, clients=15, seed=5)
    cid = _marker_client(ws)
    with ws.session() as s:
        people = s.execute(
            select(Client.first_names, Client.last_name, Client.date_of_birth, Client.hetu)
        ).all()
    for row in list_clients(ws, view="test")[:5]:
        get_client(ws, client_id=row.id)
        update_client(ws, client_id=row.id, changes={"phone": "+358 40 000 0000"})
    load_caseload(ws)
    update_client(ws, client_id=cid, changes={"address": NEW_ADDRESS})
    add_note(ws, client_id=cid, text=NOTE)
    plan_id = _marker_plan(ws, cid)
    enroll_device(ws, server_url=real_server.url, username="ben", password=PASSWORD)
    sync_now(ws)
    assert plan_pdf(ws, client_id=cid, plan_id=plan_id).startswith(b"%PDF")
    assert HETU.encode() in extract_json(ws, client_id=cid)
    with pytest.raises(SyncProblem):
        sync_now(ws, transport=HttpTransport(f"http://127.0.0.1:{free_port()}", timeout=2))
    ws.close()
    with pytest.raises(WrongPassphrase):
        open_workspace(folder, "not the passphrase", recovery_public_key=None)

    # The commands, with their own error handling and logging.
    monkeypatch.setenv("POLKU_PASSPHRASE", PASSPHRASE)
    outputs = [
        _polku(capsys, "sync", "--profile", str(folder)),
        _polku(capsys, "print", "--profile", str(folder), "--client", cid, "--document", "plan",
               "--out", str(tmp_path / "plan.pdf")),
        _polku(capsys, "print", "--profile", str(folder), "--client", "no-such-client", "--document", "plan",
               "--out", str(tmp_path / "none.pdf")),
    ]  # fmt: skip
    monkeypatch.setenv("POLKU_PASSPHRASE", "a wrong passphrase")
    outputs.append(_polku(capsys, "list-clients", "--profile", str(folder)))
    import app.cli as cli

    def broken(_args: object) -> int:  # an unexpected error whose message quotes a client
        raise RuntimeError(f"value {FIRST} {LAST} {HETU} could not be stored")

    monkeypatch.setitem(cli.COMMANDS, "list-clients", broken)
    outputs.append(_polku(capsys, "list-clients", "--profile", str(folder)))
    outputs.append(
        _polku(capsys, "diagnostics", "--out", str(tmp_path / "diag.zip"), "--profile", str(folder))
    )
    assert [code for code, _out in outputs] == [0, 0, 2, 2, 3, 0], outputs
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")

    logs = "".join(p.read_text("utf-8", errors="replace") for p in _files(debug_log))
    assert "sync: pushed" in logs and "RuntimeError" in logs and " DEBUG " in logs  # the log did record
    server_out = real_server.log.read_text("utf-8", errors="replace")
    assert "serving on" in server_out and "Application startup complete" in server_out
    with zipfile.ZipFile(tmp_path / "diag.zip") as z:
        diagnostics = "".join(z.read(n).decode("utf-8", errors="replace") for n in z.namelist())
    assert "RuntimeError" in diagnostics  # the zip carries the log tail
    values = {
        FIRST,
        fold(FIRST),
        HETU,
        NEW_ADDRESS,
        PHONE,
        "Kvqzj",
        "Wqxzv",
        f"{BORN.day}.{BORN.month}.{BORN.year}",
    }
    for first, last, born, hetu in people:
        # One word of a name that is also a word of an HTTP date (the demo's "Thu Trang" against
        # "Date: Thu, 03 Dec 2026" in the debug log on a Thursday) is checked as the whole name.
        words = [n for n in (*first.split(), *last.split()) if len(n) >= 2]
        values.update(n for n in words if n not in HTTP_DATE_WORDS)
        values.add(f"{first} {last}")
        if born is not None:
            values.update({born.isoformat(), f"{born.day}.{born.month}.{born.year}"})
        if hetu:
            values.add(hetu)
    texts = {
        "app log": logs,
        "server output": server_out,
        "command output": "".join(out for _code, out in outputs),
        "diagnostics": diagnostics,
    }
    for name, blob in texts.items():
        assert _leaks(blob, values) == [], name
