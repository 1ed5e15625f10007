"""``polku self-test``: can this installation do its job? Each check says what it found.

Used by IT after installing and by CI on the packaged build. Checks that need Qt are added by
``ui`` (this module stays Qt-free).
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable
from dataclasses import dataclass

MIN_SQLCIPHER = (4, 0)


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


Check = Callable[[], CheckResult]


def check_sqlcipher() -> CheckResult:
    try:
        import sqlcipher3

        conn = sqlcipher3.dbapi2.connect(":memory:")
        row = conn.execute("PRAGMA cipher_version").fetchone()
        conn.close()
    except Exception as exc:  # any failure to load the binding is the finding
        return CheckResult("sqlcipher", False, f"SQLCipher binding not usable: {type(exc).__name__}")
    if not row:
        return CheckResult("sqlcipher", False, "SQLite without encryption (no cipher_version)")
    version = str(row[0])
    major_minor = tuple(int(p) for p in version.split()[0].split(".")[:2])
    ok = major_minor >= MIN_SQLCIPHER
    return CheckResult("sqlcipher", ok, f"SQLCipher {version}")


def check_reference_data() -> CheckResult:
    try:
        from models.reference import load_reference

        data = load_reference()
    except Exception as exc:
        return CheckResult("reference data", False, f"{type(exc).__name__}: {exc}")
    return CheckResult(
        "reference data",
        True,
        f"version {data.version}: {len(data.municipalities)} municipalities, {len(data.services)} "
        f"services, {len(data.providers)} providers, {len(data.languages)} languages",
    )


def check_rules() -> CheckResult:
    try:
        from models.rules.data import load_rules

        rules = load_rules()
    except Exception as exc:
        return CheckResult("rules data", False, f"{type(exc).__name__}: {exc}")
    return CheckResult("rules data", True, f"{rules.describe()}")


def check_fonts() -> CheckResult:
    folder = importlib.resources.files("resources") / "fonts"
    fonts = (
        sorted(p.name for p in folder.iterdir() if p.name.endswith((".ttf", ".otf")))
        if folder.is_dir()
        else []
    )
    needed = {"NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf"}
    missing = needed - set(fonts)
    if missing:
        return CheckResult("fonts", False, f"missing: {', '.join(sorted(missing))}")
    return CheckResult("fonts", True, f"{len(fonts)} fonts: {', '.join(fonts)}")


def check_recovery_key() -> CheckResult:
    """Informational when IT has not configured one; a failure when the configured file is unusable."""
    from app.settings import RECOVERY_PUBLIC_KEY, Settings
    from app.store.recovery import RecoveryError, fingerprint

    path = Settings().get(RECOVERY_PUBLIC_KEY).strip()
    if not path:
        return CheckResult(
            "recovery key", True, "not configured (a forgotten passphrase cannot be recovered)"
        )
    try:
        with open(path, "rb") as fh:
            mark = fingerprint(fh.read())
    except (OSError, RecoveryError) as exc:
        return CheckResult("recovery key", False, f"configured but unusable: {type(exc).__name__}")
    return CheckResult("recovery key", True, f"organisation key {mark}")


BASE_CHECKS: tuple[Check, ...] = (
    check_sqlcipher,
    check_reference_data,
    check_rules,
    check_fonts,
    check_recovery_key,
)


def run_checks(extra: tuple[Check, ...] = ()) -> list[CheckResult]:
    results = []
    for check in (*BASE_CHECKS, *extra):
        try:
            results.append(check())
        except Exception as exc:  # a crashing check is a failed check, never a crashed self-test
            results.append(CheckResult(check.__name__, False, f"{type(exc).__name__}"))
    return results
