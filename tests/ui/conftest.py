"""What the Qt tests share: the application as ``polku`` makes it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.app import make_application
from ui.runner import ImmediateRunner, set_runner


@pytest.fixture
def gui(qapp: QApplication) -> Iterator[None]:
    """The application with its fonts and style; background work runs at once (so a test sees its
    result without waiting); English before and after, whatever language a test switched to. A module
    asks for it with ``pytestmark = pytest.mark.usefixtures("gui")``."""
    make_application()
    set_runner(ImmediateRunner())
    i18n.set_language("en")
    yield
    i18n.set_language("en")
    set_runner(ImmediateRunner())
