"""The counsellor's recorded reasons for going ahead although a rule finding applies.

Plans and assessments keep them in one text field, ``rule_exceptions``: a JSON object {finding key
(``models.rules.checks.Finding.key``): reason}, stored canonically (sorted keys) so two devices that
record the same reasons write the same text. One field holding many reasons is merged per finding
when saved (``rebase``), so a reason recorded meanwhile for another finding is kept.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from app import inputs
from app.errors import ValidationError

FIELD = "rule_exceptions"
KEY_MAX = 120
REASON_MAX = 2_000


def parse(value: object) -> dict[str, str]:
    """The reasons in a stored value (JSON text or a mapping), blank ones left out. Stored data is
    read leniently: anything unreadable counts as no reasons, never a crash."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else {}
        except ValueError:
            return {}
    if not isinstance(value, Mapping):
        return {}
    return {str(k): v.strip() for k, v in value.items() if isinstance(v, str) and v.strip()}


def dump(reasons: Mapping[str, str]) -> str | None:
    """The stored form: canonical JSON, or None when no reason is recorded."""
    return json.dumps(dict(sorted(reasons.items())), ensure_ascii=False) if reasons else None


def clean(value: object, field: str = FIELD) -> str | None:
    """Input from a screen or a command: {finding key: reason} (or its JSON text) checked and made
    canonical; a blank or None reason removes that finding's reason."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else {}
        except ValueError:
            raise ValidationError(field, "bad_reasons") from None
    if not isinstance(value, Mapping):
        raise ValidationError(field, "bad_reasons")
    out: dict[str, str] = {}
    for key, reason in value.items():
        if not isinstance(key, str) or not key.strip() or len(key) > KEY_MAX:
            raise ValidationError(field, "bad_finding_key")
        cleaned = inputs.text(reason, field, max_len=REASON_MAX)
        if cleaned is not None:
            out[key] = cleaned
    return dump(out)


def rebase(stored: object, base: object, mine: object) -> tuple[str | None, str | None]:
    """(value, base) to hand to ``app.edits.apply_edit``: the reasons the person changed from what the
    screen showed (``base``), put onto what is stored now, with the stored value as the new base.
    When the same finding's reason was also changed meanwhile to something else, the person's value
    and the shown base go through unmerged, so ``apply_edit`` asks (or keeps both)."""
    now, shown, wanted = parse(stored), parse(base), parse(mine)
    changed = {k for k in shown.keys() | wanted.keys() if shown.get(k) != wanted.get(k)}
    if any(now.get(k) not in (shown.get(k), wanted.get(k)) for k in changed):
        return dump(wanted), dump(shown)
    merged = {k: v for k, v in now.items() if k not in changed}
    merged.update({k: wanted[k] for k in changed if k in wanted})
    return dump(merged), stored if stored is None or isinstance(stored, str) else dump(now)
