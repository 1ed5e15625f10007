"""Every field a person may see in a change, a conflict or an error has a label in the UI language."""

from __future__ import annotations

import re

import pytest

from models import SYNCED_MODELS
from ui import i18n
from ui.field_labels import entity_label, field_label, has_label

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


def _fields() -> list[tuple[str, str]]:
    return [(m.__tablename__, c.name) for m in SYNCED_MODELS for c in m.__table__.columns]  # type: ignore[attr-defined]


def test_every_field_of_every_synced_record_has_a_label() -> None:
    missing = [f"{entity}.{field}" for entity, field in _fields() if not has_label(entity, field)]
    assert not missing, f"add labels to ui/field_labels.py: {missing}"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_labels_are_words_in_the_language(lang: str) -> None:
    i18n.set_language("en")
    english = {(e, f): field_label(e, f) for e, f in _fields()}
    i18n.set_language(lang)
    same = {field_label(e, f) for (e, f), words in english.items() if field_label(e, f) == words}
    assert same <= {"Version"}, same  # the same word in Swedish
    for entity, _ in _fields():
        assert "_" not in entity_label(entity)
    assert field_label("client", "first_names") == {"fi": "Etunimet", "sv": "Förnamn"}[lang]


def test_an_unknown_field_falls_back_to_words() -> None:
    label = field_label("client", "some_new_field")
    assert label == "Some new field" and not re.search(r"\w_\w", label)
