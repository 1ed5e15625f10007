"""The sentences of ``ui.errors`` reach the person in the UI language, not only in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app import errors as e
from ui import i18n
from ui.app import make_application
from ui.errors import describe


@pytest.fixture(autouse=True)
def _gui(qapp: QApplication) -> Iterator[None]:
    make_application()
    yield
    i18n.set_language("en")


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
