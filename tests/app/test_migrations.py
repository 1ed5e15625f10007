"""Schema migrations: from an empty database and from every earlier revision, with unsynced
local changes (outbox entries) surviving and a backup copy made first."""

from __future__ import annotations

import json
import secrets
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, select, text

from app.errors import DatabaseTooNew
from app.store.engine import open_engine
from app.store.keyfile import KeyFile, write_key_file
from app.store.migrate import alembic_config, all_revisions, head_revision, upgrade
from app.store.profile import ProfilePaths
from app.sync_service import sync_now, unsynced_work
from app.workspace import open_workspace
from models import Base
from models.search import client_search_key
from sync.client.engine import enroll
from sync.entities import specs, to_wire
from tests.conftest import FAST_KDF, PASSPHRASE

CLIENT_ID, LANGUAGE_ID = "0b5d1c2e-4f3a-4c1b-9a7e-2d6f8e9a1c01", "0b5d1c2e-4f3a-4c1b-9a7e-2d6f8e9a1c02"
# Rows written as the oldest schema (0001) wrote them: a client, a language row, and their unsynced
# outbox entries. Later revisions must keep all of it.
OLD_ROWS = [
    "INSERT INTO ref_municipality (code, name_fi, name_sv, name_en, partner) "
    "VALUES ('204', 'Kaavi', 'Kaavi', 'Kaavi', 1)",
    "INSERT INTO ref_language (code, name_fi, name_sv, name_en, endonym, rtl) "
    "VALUES ('ar', 'arabia', 'arabiska', 'Arabic', 'العربية', 1)",
    "INSERT INTO client (id, version, deleted, first_names, last_name, date_of_birth, home_municipality, "
    "interpreter_needed, literacy, labour_market_status, home_care_allowance, prolonged_social_assistance, "
    "evident_social_or_health_needs, unaccompanied_minor, trafficking_victim, referred_by_authority, "
    "own_request, family_of_protected_person, needs_service_coordination) VALUES "
    f"('{CLIENT_ID}', 0, 0, 'Мария', 'Järvinen', '1990-04-02', '204', 1, 'literate_latin', 'jobseeker', "
    "0, 0, 0, 0, 0, 0, 1, 0, 0)",
    "INSERT INTO client_language (id, version, deleted, client_id, language, level, is_mother_tongue) "
    f"VALUES ('{LANGUAGE_ID}', 0, 0, '{CLIENT_ID}', 'ar', 'native', 1)",
]


def _old_rows(revision: str) -> list[str]:
    """The rows as a Polku at ``revision`` wrote them (0002 added the client's search key)."""
    if revision < "0002":
        return OLD_ROWS
    key = client_search_key("Мария", "Järvinen", None, date(1990, 4, 2))
    return [*OLD_ROWS, f"UPDATE client SET search_key = '{key}' WHERE id = '{CLIENT_ID}'"]


def _outbox_rows() -> list[tuple[str, str, str, str]]:
    return [
        ("m1", "client", CLIENT_ID, json.dumps({"first_names": "Мария", "last_name": "Järvinen"})),
        ("m2", "client_language", LANGUAGE_ID, json.dumps({"language": "ar"})),
        ("m3", "client", CLIENT_ID, json.dumps({"own_request": True})),
    ]


def _insert_entries(conn: Connection) -> list[tuple[str, str, str, str]]:
    """Outbox entries as the hook writes them for new rows: every synced field of the row."""
    entries = []
    for n, (entity, row_id) in enumerate([("client", CLIENT_ID), ("client_language", LANGUAGE_ID)], start=1):
        table = Base.metadata.tables[entity]  # typed columns: booleans and dates as the ORM wrote them
        present = {r[1] for r in conn.execute(text(f"PRAGMA table_info({entity})"))}
        cols = [table.c[c] for c in specs()[entity].columns if c in present]
        row = conn.execute(select(*cols).where(table.c.id == row_id)).mappings().one()
        fields = {c.name: to_wire(row[c.name]) for c in cols}
        entries.append((f"m{n}", entity, row_id, json.dumps(fields)))
    return entries


def _make_profile_at(folder: Path, revision: str, *, full_inserts: bool = False) -> None:
    """A real encrypted profile whose database stops at ``revision``, with unsynced changes."""
    folder.mkdir(parents=True)
    paths = ProfilePaths(folder)
    key_file, key = KeyFile.new(PASSPHRASE, FAST_KDF)
    engine = open_engine(paths.database, key, create=True)
    upgrade(engine, revision)
    with engine.begin() as conn:
        for stmt in _old_rows(revision):
            conn.execute(text(stmt))
        outbox = _insert_entries(conn) if full_inserts else _outbox_rows()
        op = "insert" if full_inserts else "update"
        for mid, entity, row_id, fields in outbox:
            conn.execute(
                text(
                    "INSERT INTO outbox (mutation_id, entity, row_id, op, base_version, fields, "
                    "device_time, user) VALUES (:m, :e, :r, :op, 0, :f, '2026-01-01 10:00:00', 'u')"
                ),
                {"m": mid, "e": entity, "r": row_id, "f": fields, "op": op},
            )
        conn.execute(text("INSERT INTO local_setting VALUES ('device_id', 'dev-1'), ('user', 'u')"))
    engine.dispose()
    write_key_file(paths.key_file, key_file)


def test_head_schema_matches_the_models(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "db", secrets.token_bytes(32), create=True)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], "models changed without a migration"
    engine.dispose()


@pytest.mark.parametrize("revision", all_revisions()[:-1])
def test_upgrade_from_every_earlier_revision_keeps_unsynced_changes(tmp_path: Path, revision: str) -> None:
    folder = tmp_path / "profile"
    _make_profile_at(folder, revision)
    ws = open_workspace(folder, PASSPHRASE)  # migrates on unlock
    with ws.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        outbox = conn.execute(text("SELECT seq, mutation_id, fields FROM outbox ORDER BY seq")).all()
        client = conn.execute(text("SELECT first_names, last_name, search_key FROM client")).one()
    assert [(r.seq, r.mutation_id) for r in outbox] == [(1, "m1"), (2, "m2"), (3, "m3")]
    assert [r.fields for r in outbox] == [row[3] for row in _outbox_rows()]
    assert (client.first_names, client.last_name) == ("Мария", "Järvinen")
    assert "jarvinen" in client.search_key and "мария" in client.search_key  # backfilled by 0002 if older
    # The backup made before migrating is the old database, still encrypted.
    backups = list((folder / "backups").glob("*.db"))
    assert len(backups) == 1 and revision in backups[0].name
    assert "Järvinen".encode() not in backups[0].read_bytes()
    ws.close()


def test_every_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "db", secrets.token_bytes(32), create=True)
    upgrade(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        command.upgrade(cfg, "head")
    engine.dispose()


def test_a_database_from_a_newer_polku_is_refused_and_kept(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    _make_profile_at(folder, head_revision())
    ws = open_workspace(folder, PASSPHRASE)
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    ws.close()
    with pytest.raises(DatabaseTooNew):
        open_workspace(folder, PASSPHRASE)
    assert (folder / "polku.db").exists()


def test_a_current_database_is_not_backed_up_again(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    _make_profile_at(folder, head_revision())
    open_workspace(folder, PASSPHRASE).close()
    assert not (folder / "backups").exists()


def test_a_profile_from_before_sync_upgrades_and_syncs_without_loss(tmp_path: Path) -> None:
    """The last schema without sync (0002): work done offline then, still unsynced, reaches the
    server after the upgrade with every field, and another laptop receives it."""
    from tests.support.sync import PASSWORD, Server, local_view, new_device, server_database, server_view

    folder = tmp_path / "profile"
    _make_profile_at(folder, "0002", full_inserts=True)
    with server_database(tmp_path / "server") as url:
        server = Server(url)
        server.user("anna", municipalities=["204"])
        server.user("ben", municipalities=["204"])
        ws = open_workspace(folder, PASSPHRASE)  # migrates to head on unlock
        enroll(
            ws.engine, server.transport(), server_url="http://testserver", username="anna", password=PASSWORD
        )
        report = sync_now(ws, transport=server.transport())
        assert report.pushed == 2
        assert unsynced_work(ws).changes == 0
        mine = local_view(ws)
        assert server_view(server, "anna") == mine
        assert mine[("client", CLIENT_ID)]["date_of_birth"] == "1990-04-02"
        ben = new_device(server, tmp_path / "ben", "ben")
        ben.sync()
        assert local_view(ben.ws) == mine
        ben.close()
        ws.close()
        server.close()
