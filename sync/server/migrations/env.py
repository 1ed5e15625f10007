"""Alembic environment of the central server's database (``polku-server migrate``/``serve``)."""

from __future__ import annotations

from alembic import context

from sync.server.tables import ServerBase

engine = context.config.attributes.get("engine")
if engine is None:
    raise RuntimeError("Run server migrations through sync.server.db.migrate.")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=ServerBase.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
