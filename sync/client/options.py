"""What a sync run is asked to do and what it reports back (no Qt; any thread)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Progress = Callable[[str, int, int], None]  # (phase, done, total); total 0 when unknown


@dataclass
class SyncOptions:
    push_batch: int = 200
    # Pull pages start at ``pull_limit`` rows (the first arrives quickly) and double up to
    # ``pull_limit_max`` (the server may cap it lower): every page commits with its cursor, and with
    # random row ids each commit writes again most of the index pages of the tables it touches, so
    # on a large caseload fewer, larger pages cost less per row (20,000 clients: 70 -> 53 µs a row).
    pull_limit: int = 1000
    pull_limit_max: int = 5000
    access_log_batch: int = 500
    attempts: int = 3  # per request, for transport failures and 5xx
    retry_delay: float = 0.5  # doubled after each failed attempt
    # Tests emulate an older build: only these fields per entity are sent and applied.
    known_fields: dict[str, frozenset[str]] | None = None
    # Ask for the next pull page while the current one is being applied.
    prefetch: bool = True


TOUCHED_MAX = 2000


@dataclass
class SyncReport:
    pushed: int = 0
    results: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    evicted: int = 0
    evicted_clients: list[str] = field(default_factory=list)  # removed from the laptop (left the caseload)
    waiting_for_parent: int = 0
    conflicts: int = 0
    pruned: int = 0
    epoch_changed: bool = False
    reference_updated: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # Which local rows this sync changed (entity, row id), so open views refresh only when they show
    # one of them; past TOUCHED_MAX rows (an initial pull) only ``touched_many`` is kept.
    touched: set[tuple[str, str]] = field(default_factory=set)
    touched_many: bool = False

    def touch(self, entity: str, row_id: str) -> None:
        if not self.touched_many:
            self.touched.add((entity, row_id))
            if len(self.touched) > TOUCHED_MAX:
                self.touched_many, self.touched = True, set()
