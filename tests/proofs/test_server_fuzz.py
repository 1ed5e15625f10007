"""The sync server fuzzed from its own OpenAPI document with schemathesis (``polku-server serve`` over
HTTP, SQLite or PostgreSQL): every operation, without a token, with a counsellor's device token and
with an administrator's, in positive and negative mode. No 5xx, only documented status codes, bodies
that match the documented schemas, and no traceback anywhere. Hand-written hostile requests:
``test_server_hostile.py``.
"""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from sync.entities import specs

with warnings.catch_warnings():  # starlette's notice about httpx: the test client still works
    warnings.simplefilter("ignore")

from tests.support.hostile import (
    TRACEBACK_MARKERS,
    VERSIONS,
    Live,
    assert_clean_log,
    start_live,
)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    yield from start_live(tmp_path_factory)


# -- schemathesis ------------------------------------------------------------------------------


def no_traceback(_ctx: Any, response: schemathesis.Response, _case: schemathesis.Case) -> bool | None:
    """No answer may show the server's insides (a Python traceback or a database error)."""
    body = response.content.decode("utf-8", errors="replace")
    for marker in TRACEBACK_MARKERS:
        if marker in body:
            raise AssertionError(f"the answer holds {marker!r}")
    return None


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    no_traceback,
]
# Invalid data must be refused with one of these. 426: a fuzzed protocol header below the minimum is
# refused before the body is looked at, which is right. (positive_data_acceptance is not run: the
# schema cannot say that a password needs 10 characters or that a data set must be known.)
CONFIG = schemathesis.Config.from_dict(
    {
        "checks": {
            "negative_data_rejection": {
                "expected-statuses": [
                    "400",
                    "401",
                    "403",
                    "404",
                    "405",
                    "409",
                    "413",
                    "415",
                    "422",
                    "426",
                    "429",
                ]
            }
        }
    }
)
OPEN = {"POST /api/v1/enroll", "GET /healthz"}  # no token needed: fuzzed once, without one


def _aim(live: Live, case: schemathesis.Case) -> None:
    """Make a fuzzed push or pull reach the code behind the epoch check: the server's real epoch, the
    device's next sequence numbers, known entity names (the other fields stay fuzzed)."""
    label = case.operation.label
    if label == "GET /api/v1/pull" and isinstance(case.query, dict):
        case.query["epoch"] = live.hello()["epoch"]
    if label == "POST /api/v1/push" and isinstance(case.body, dict):
        hello = live.hello()
        case.body["epoch"] = hello["epoch"]
        entries = case.body.get("entries")
        names = sorted(specs())
        if isinstance(entries, list):
            for i, item in enumerate(entries):
                if isinstance(item, dict):
                    item["seq"] = hello["device_last_seq"] + 1 + i
                    item["entity"] = names[i % len(names)]
                    item["row_id"] = str(uuid.uuid4())


@dataclass
class Fuzz:
    """One fuzzing run: the server, the token used, how many examples, the failures found."""

    live: Live
    who: str | None
    examples: int
    derandomize: bool
    free_headers: bool = False
    failures: dict[str, str] = field(default_factory=dict)
    calls: int = 0

    def operation(self, op: Any, mode: GenerationMode, session: requests.Session, free: bool = False) -> None:
        auth = {"Authorization": f"Bearer {self.live.tokens[self.who]}"} if self.who else {}
        # Valid version headers, so that the request reaches the route. Negative mode needs them free
        # where nothing else can be made invalid (path parameters here are plain text: only a body or
        # a query can be), or where the generator finds no invalid example (Unsatisfiable, below).
        other_input = bool(op.body) or any(p.location == "query" for p in op.iter_parameters())
        free = free or self.free_headers or (mode == GenerationMode.NEGATIVE and not other_input)
        # Each valid login costs an Argon2id hash: fewer of them in the short run.
        examples = self.examples if op.label not in OPEN or self.examples > 20 else 2
        strategy = op.as_strategy(generation_mode=mode, headers=None if free else VERSIONS)

        @given(case=strategy)
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            derandomize=self.derandomize,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def run(case: schemathesis.Case) -> None:
            if mode == GenerationMode.POSITIVE and self.who == "device":
                _aim(self.live, case)
            self.calls += 1
            try:
                case.call_and_validate(base_url=self.live.base, session=session, headers=auth, checks=CHECKS)
            except Exception as exc:  # collected, so one run reports every kind of failure
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                title = f"{op.label} [{mode.value}, {self.who or 'no token'}]: {first}"
                self.failures.setdefault(title, str(exc)[:3000])

        try:
            run()
        except Unsatisfiable:
            if free:
                raise AssertionError(f"{op.label} {mode.value}: no example could be generated") from None
            self.operation(op, mode, session, free=True)
            return

    def run(self) -> list[str]:
        """Every operation the token can be used on, positive and negative; the distinct failures."""
        schema = schemathesis.openapi.from_url(f"{self.live.base}/openapi.json", config=CONFIG)
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 12, [op.label for op in operations]
        with requests.Session() as session:
            for op in operations:
                if self.who and op.label in OPEN:
                    continue
                self.operation(op, GenerationMode.POSITIVE, session)
                if op.body or any(True for _ in op.iter_parameters()):
                    self.operation(op, GenerationMode.NEGATIVE, session)
        return [f"{title}\n{detail}" for title, detail in self.failures.items()]


@pytest.mark.parametrize("who", [None, "device", "admin"])
def test_fuzzing_every_operation_finds_no_server_error(live: Live, who: str | None) -> None:
    run = Fuzz(live, who, examples=5, derandomize=True)
    failures = run.run()
    assert not failures, "\n\n".join(failures)
    assert run.calls >= 40
    assert_clean_log(live)
    live.sync_still_works()


@pytest.mark.slow
@pytest.mark.parametrize("who", [None, "device", "admin"])
@pytest.mark.parametrize("free_headers", [False, True])
def test_fuzzing_long_finds_no_server_error(live: Live, who: str | None, free_headers: bool) -> None:
    run = Fuzz(live, who, examples=150, derandomize=False, free_headers=free_headers)
    failures = run.run()
    assert not failures, "\n\n".join(failures)
    assert_clean_log(live)
    live.sync_still_works()
