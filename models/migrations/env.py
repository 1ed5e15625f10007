"""Alembic environment for the laptop's encrypted database.

Always run through ``app.store.migrate`` with an already unlocked connection in
``config.attributes["connection"]``: there is no URL to connect with, because the key never leaves
memory.
"""

from __future__ import annotations

from alembic import context

from models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through app.store.migrate with an open connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy; batch mode does it safely
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
