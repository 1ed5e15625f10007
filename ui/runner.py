"""One background runner for everything that may take longer than a frame (Anki's CollectionOp).

    Op(parent, fn).on_success(cb).on_failure(cb).run()

``fn`` runs on the single database worker (SQLite has one writer; one worker also keeps the order
of operations), the callbacks run on the GUI thread. Work never touches widgets; it returns plain
values. Tests swap in ``ImmediateRunner`` so flows run synchronously under qtbot.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.logs import safe_traceback

T = TypeVar("T")
log = logging.getLogger(__name__)
_running = threading.local()  # which widget's Op the worker is running now (for the change signal)


def current_initiator() -> object | None:
    """The widget whose ``Op`` is running on this thread, if any."""
    return getattr(_running, "initiator", None)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker are delivered there (queued)."""

    sig_done = Signal(object)
    sig_failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported to the GUI thread, never lost in the worker
            log.debug("background operation failed\n%s", safe_traceback(exc))
            self.relay.sig_failed.emit(exc)
        else:
            self.relay.sig_done.emit(result)


class Runner:
    """Owns the database worker pool; one per application."""

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def submit(
        self, fn: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)  # keep alive until delivered

        def finish(cb: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            cb(value)

        relay.sig_done.connect(lambda value: finish(done, value))
        relay.sig_failed.connect(lambda exc: finish(failed, exc))
        self.pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class ImmediateRunner(Runner):
    """Runs work at once on the calling thread (tests; and closing the app, where order matters)."""

    def submit(
        self, fn: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> None:
        try:
            result = fn()
        except BaseException as exc:
            failed(exc)
        else:
            done(result)


_runner: Runner | None = None
_lock = threading.Lock()


def runner() -> Runner:
    global _runner
    with _lock:
        if _runner is None:
            _runner = Runner()
        return _runner


def set_runner(new: Runner) -> None:
    global _runner, _network
    with _lock:
        _runner = new
        _network = None


_network: Runner | None = None


def network_runner() -> Runner:
    """The one worker for talking to the sync server (a sync, fetching a closed case): never two at
    once, and never behind the database queue. Runs at once where the database runner does (tests)."""
    global _network
    base = runner()
    with _lock:
        if _network is None:
            _network = ImmediateRunner() if isinstance(base, ImmediateRunner) else Runner()
        return _network


class Op(Generic[T]):
    def __init__(self, parent: QObject | None, fn: Callable[[], T]) -> None:
        self.parent, self.fn = parent, fn
        self._success: Callable[[T], None] = lambda _v: None
        self._failure: Callable[[BaseException], None] | None = None

    def on_success(self, cb: Callable[[T], None]) -> Op[T]:
        self._success = cb
        return self

    def on_failure(self, cb: Callable[[BaseException], None]) -> Op[T]:
        self._failure = cb
        return self

    def _alive(self) -> bool:
        # The view that asked may be gone (the app locked meanwhile): then nobody is waiting.
        return self.parent is None or shiboken6.isValid(self.parent)

    def run(self) -> None:
        fn, initiator = self.fn, self.parent

        def work() -> T:
            _running.initiator = initiator
            try:
                return fn()
            finally:
                _running.initiator = None

        def done(value: T) -> None:
            if self._alive():
                self._success(value)

        def failed(exc: BaseException) -> None:
            if not self._alive():
                return
            if self._failure is not None:
                self._failure(exc)
            else:
                from ui.errors import show_error

                show_error(self.parent, exc)

        runner().submit(work, done, failed)
