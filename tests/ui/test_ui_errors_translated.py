"""The sentences of ``ui.errors`` reach the person in the UI language, not only in English."""

from __future__ import annotations

import pytest

from app import errors as e
from ui import i18n
from ui.errors import describe

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "The record no longer exists. It may have been removed on another device."),
        ("fi", "Tietuetta ei enää ole. Se on ehkä poistettu toisella laitteella."),
        ("sv", "Posten finns inte längre. Den kan ha tagits bort på en annan enhet."),
    ],
)
def test_error_sentences_are_translated(lang: str, expected: str) -> None:
    i18n.set_language(lang)
    assert describe(e.NotFound("client", "x")) == expected
