"""The unlock screen comes up without loading the database layer, sync or printing: they load while
the passphrase is typed (ui/warmup.py). One module-level import of them (ui/error_words.py importing
the errors of sync and the rules) once took the start to the unlock screen from 0.3 to 1.7 s."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("sqlalchemy", "sqlcipher3", "models", "reportlab", "httpx", "pydantic", "app.sync_service")


def test_the_unlock_screen_starts_without_the_database_sync_or_printing() -> None:
    code = f"import sys, ui.main, ui.app\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == []
