"""Reference data and the rules file inside the local database.

On first run (and when this build ships a newer version) the bundled data in ``resources/`` is
written into the ``ref_*`` tables, and the raw documents into ``ref_dataset`` so the app and a
later sync know exactly which version is in force on this laptop.
"""

from __future__ import annotations

import importlib.resources

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from models import RefDataset, utcnow
from models.reference import REFERENCE_FILE, VOCABULARY_FILE, load_reference_text
from models.reference_tables import upsert_reference_rows
from models.rules.data import load_rules_text


def _bundled(folder: str, name: str) -> str:
    return (importlib.resources.files("resources") / folder / name).read_text("utf-8")


def _loaded_version(s: Session, name: str) -> int:
    row = s.get(RefDataset, name)
    return row.version if row else 0


def ensure_reference_data(engine: Engine) -> bool:
    """Load the bundled reference and rules data if the database has an older version (or none).

    Returns whether anything was written. Rows are upserted, never deleted: client records may
    still point at a retired code.
    """
    ref_text = _bundled("reference", REFERENCE_FILE)
    vocab_text = _bundled("reference", VOCABULARY_FILE)
    rules_text = _bundled("rules", "kotol.toml")
    data = load_reference_text(ref_text, vocab_text)
    rules = load_rules_text(rules_text, "kotol.toml")
    now = utcnow()
    wrote = False
    with Session(engine) as s, s.begin():
        if _loaded_version(s, "reference") < data.version:
            upsert_reference_rows(s, data)
            s.merge(RefDataset(name="reference", version=data.version, content=ref_text, loaded_at=now))
            wrote = True
        if _loaded_version(s, "vocabulary") < data.vocabulary_version:
            s.merge(
                RefDataset(
                    name="vocabulary", version=data.vocabulary_version, content=vocab_text, loaded_at=now
                )
            )
            wrote = True
        if _loaded_version(s, "rules") < rules.version:
            s.merge(RefDataset(name="rules", version=rules.version, content=rules_text, loaded_at=now))
            wrote = True
    return wrote
