"""The server's database: engine, migrations, and the single-writer section.

Gap-free cursor: every writer locks the one ``server_state`` row first (``SELECT ... FOR UPDATE`` on
PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite) and holds the lock until it commits. Sequence numbers are
therefore handed out and committed in the same order, on any number of workers, and a pull that has
seen change N has seen every change below N.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from sync.server.tables import ServerState


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA busy_timeout = 30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            write = conn.get_execution_options().get("polku_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    return create_engine(url, hide_parameters=True, pool_pre_ping=True, pool_size=5, max_overflow=5)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "sync.server:migrations")
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://"))).get_current_head()
    assert head is not None
    return head


class SchemaNotCurrent(Exception):
    """The database schema is not the one this server version needs, and this role may not change it."""


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_schema(engine: Engine) -> None:
    """For a server that does not migrate (``serve --no-migrate``): refuse to serve an older or newer
    schema than this version's, with what to do, instead of failing on the first request."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise SchemaNotCurrent(
            f"The database schema is at revision {current or 'none (empty database)'}, this server version "
            f"needs {head}: run `polku-server migrate` with the schema owner's database URL first."
        )


# PostgreSQL advisory lock key of the migrations ("polku" in ASCII): any constant, the same in every process.
MIGRATION_LOCK = 0x706F6C6B75


@contextmanager
def _one_migrator(engine: Engine) -> Iterator[None]:
    """PostgreSQL: one process at a time checks and upgrades the schema. Several servers sharing a
    database start at the same moment (or restart together after an upgrade); without the lock each
    one saw the old schema and ran the same ``CREATE TABLE``, and all but one failed to start. The
    others wait here, then find the schema at head. (SQLite serialises its writers by itself.)"""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})


def migrate(engine: Engine) -> None:
    """Bring the schema to the head revision and make sure the server has an epoch."""
    with _one_migrator(engine):
        if current_revision(engine) != head_revision():
            try:
                command.upgrade(alembic_config(engine), "head")
            except DBAPIError as exc:
                # The server's own role (least privilege) owns no table: say what to do, not a traceback.
                if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
                    raise
                raise SchemaNotCurrent(
                    f"The database schema needs upgrading to revision {head_revision()} and this database "
                    "role may not change it: run `polku-server migrate` with the schema owner's database URL."
                ) from None
        with Session(engine) as s, s.begin():
            if s.get(ServerState, 1) is None:
                s.add(ServerState(id=1, epoch=str(uuid.uuid4()), epoch_no=1, last_seq=0, durable_seq=0))


def refresh_statistics(engine: Engine) -> None:
    """PostgreSQL: fresh planner statistics (run by the tables' owner: another role's ANALYZE skips
    them). A restored dump or a bulk load has none until autovacuum
    gets to it (up to a minute or more), and without them the pull's page query scans and sorts the
    whole table for every page instead of walking the server_seq index (13 ms against 3 ms a page
    at 11,000 rows, growing with the table)."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")


class Database:
    """Sessions for the API and the admin commands."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction with one snapshot for all its statements."""
        with self._sessions() as s:
            opts: dict[str, Any] = {}
            if self.dialect == "postgresql":
                opts["isolation_level"] = "REPEATABLE READ"
            s.connection(execution_options=opts)  # begins the transaction
            yield s
            s.commit()

    @contextmanager
    def write(self) -> Iterator[tuple[Session, ServerState]]:
        """The single-writer section: the state row is locked until commit."""
        with self._sessions() as s:
            s.connection(execution_options={"polku_write": True})  # BEGIN IMMEDIATE on SQLite
            state = s.scalars(select(ServerState).where(ServerState.id == 1).with_for_update()).one()
            yield s, state
            s.commit()

    @contextmanager
    def touch(self) -> Iterator[Session]:
        """A short write that needs no sequence number (a device's last contact)."""
        with self._sessions() as s:
            s.connection(execution_options={"polku_write": True})
            yield s
            s.commit()

    def close(self) -> None:
        self.engine.dispose()
