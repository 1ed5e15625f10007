"""Reference data and the rules file received from the server, written into ``ref_*``/``ref_dataset``.

Rows are upserted, never deleted (client records may still point at a retired code), exactly like
the bundled data is loaded on first run.
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from models import RefDataset, utcnow
from models.reference import load_reference_text
from models.reference_tables import upsert_reference_rows
from models.rules.data import RulesDataError, load_rules_text

log = logging.getLogger(__name__)


def local_versions(s: Session) -> dict[str, int]:
    return {r.name: r.version for r in s.query(RefDataset).all()}


def stored_text(s: Session, name: str) -> str | None:
    row = s.get(RefDataset, name)
    return row.content if row else None


def apply_documents(s: Session, docs: dict[str, tuple[int, str]]) -> list[str]:
    """Store newer documents (name -> (version, content)); validate them first. Returns names written."""
    now = utcnow()
    written: list[str] = []
    if "rules" in docs:
        version, text = docs["rules"]
        try:
            load_rules_text(text, "rules (from server)")  # refuse a document that does not validate
        except RulesDataError as exc:
            # A newer layout than this build reads (or a broken document): keep the rules this laptop
            # has and go on syncing; the next update of the app brings a build that reads it.
            log.warning("rules version %s from the server not used: %s", version, exc.problem)
        else:
            s.merge(RefDataset(name="rules", version=version, content=text, loaded_at=now))
            written.append("rules")
    if "reference" in docs or "vocabulary" in docs:
        ref_version, ref_text = docs.get("reference") or (0, stored_text(s, "reference") or "")
        voc_version, voc_text = docs.get("vocabulary") or (0, stored_text(s, "vocabulary") or "")
        data = load_reference_text(ref_text, voc_text)
        upsert_reference_rows(s, data)
        for name, version, text in (
            ("reference", ref_version, ref_text),
            ("vocabulary", voc_version, voc_text),
        ):
            if name in docs:
                s.merge(RefDataset(name=name, version=version, content=text, loaded_at=now))
                written.append(name)
    return written
