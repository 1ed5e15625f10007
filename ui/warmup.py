"""Load the database layer and the services in the background while the person types the passphrase,
so unlocking does not wait for imports (about a second of a cold start on an ordinary laptop).

Only modules without Qt are imported here: GUI classes are loaded on the GUI thread. Code that is about
to import these modules itself calls ``wait()`` first, so two threads never import the same modules at
once (which can deadlock on circular imports).
"""

from __future__ import annotations

import logging
import threading

_done = threading.Event()
_done.set()  # nothing started: nothing to wait for


def _run() -> None:
    try:
        import app.lookups
        import app.sync_service
        import app.workspace  # noqa: F401
    except Exception:  # pragma: no cover - the real import on unlock reports any problem
        logging.getLogger("polku").debug("warm-up import failed", exc_info=True)
    finally:
        _done.set()


def start() -> None:
    _done.clear()
    threading.Thread(target=_run, name="warm-up", daemon=True).start()


def wait() -> None:
    _done.wait()
