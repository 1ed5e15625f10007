"""``polku self-test``: can this installation do its job? Each check says what it found.

Used by IT after installing and by CI on the packaged build. Checks that need Qt are added by
``ui`` (this module stays Qt-free).
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.settings import Settings

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


def check_settings() -> CheckResult:
    """The machine-wide and the user's polku.ini: a value the app would ignore fails the check. The
    detail says what was read (IT checks a rolled-out polku.ini here): which files, and each
    setting with its value, where it came from and whether it is locked."""
    from app.settings import Settings

    settings = Settings()
    problems = settings.problems()
    read = "\n".join(f"    {line}" for line in settings_report(settings))
    if problems:
        return CheckResult("settings", False, "; ".join(problems) + "\n" + read)
    return CheckResult("settings", True, "polku.ini values are valid\n" + read)


def settings_report(settings: Settings) -> list[str]:
    """One line per polku.ini file (read or absent), then one per known setting."""
    from app.settings import OPTIONS

    lines = [
        f"{label} polku.ini: {path} ({'read' if path.is_file() else 'not present'})"
        for label, path in (("machine-wide", settings.machine_file), ("user's", settings.user_file))
    ]
    for option in OPTIONS:
        # The value as written in the file that counts (a value the app would ignore is also
        # named by ``problems``); the built-in default when no file sets it.
        locked = option.name in settings.locked
        machine = settings.machine.has_option(option.section, option.key)
        user = not locked and settings.user.has_option(option.section, option.key)
        if user:
            source, raw = "user's", settings.user.get(option.section, option.key).strip()
        elif machine:
            source, raw = "machine-wide", settings.machine.get(option.section, option.key).strip()
        else:
            default = option.default
            source, raw = "default", str(default).lower() if isinstance(default, bool) else str(default)
        lines.append(f"{option.name} = {raw or '(empty)'} ({source}{', locked' if locked else ''})")
    return lines


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


def check_file_modes(profile: Path | None = None) -> CheckResult:
    """The profile's files (database, -wal, -shm, backups, key, unlock counter) and the log files
    are owner-only (0600, folders 0700). A failure names the files, relative to their folder (never
    a client's data; the folder's own path is left out, it holds the account name)."""
    from app.logs import LOG_NAME, log_dir
    from app.store.perms import POSIX, loose_files, profile_paths

    if not POSIX:
        return CheckResult(
            "file permissions", True, "not checked here (the user's folders are private by ACL)"
        )
    if profile is None:
        from app.cli import default_profile

        profile = default_profile()
    logs = log_dir()
    found: list[str] = []
    if profile.is_dir():
        found += [f"profile/{name}" for name in loose_files(profile_paths(profile), profile)]
    if logs.is_dir():
        log_paths = [logs, *sorted(logs.glob(f"{LOG_NAME}*"))]
        found += [f"logs/{name}" for name in loose_files(log_paths, logs)]
    if found:
        return CheckResult(
            "file permissions",
            False,
            "readable by other users: "
            + ", ".join(found)
            + " (unlocking the profile fixes the profile's files)",
        )
    where = "profile and log files" if profile.is_dir() else "log files (no profile yet)"
    return CheckResult("file permissions", True, f"{where} owner-only")


BASE_CHECKS: tuple[Check, ...] = (
    check_sqlcipher,
    check_reference_data,
    check_rules,
    check_fonts,
    check_recovery_key,
    check_settings,
)


def run_checks(extra: tuple[Check, ...] = (), *, profile: Path | None = None) -> list[CheckResult]:
    def check_file_modes_of_profile() -> CheckResult:
        return check_file_modes(profile)

    results = []
    for check in (*BASE_CHECKS, check_file_modes_of_profile, *extra):
        try:
            results.append(check())
        except Exception as exc:  # a crashing check is a failed check, never a crashed self-test
            results.append(CheckResult(check.__name__, False, f"{type(exc).__name__}"))
    return results
