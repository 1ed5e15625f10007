"""User settings as a registry of typed options in one INI file (Picard's option registry).

Defaults can come from a machine-wide file that IT writes (``/etc/polku/polku.ini`` on Linux,
``%PROGRAMDATA%\\Polku\\polku.ini`` on Windows); options IT lists under ``[locked] options`` cannot
be changed by the user. Secrets never go here.
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from platformdirs import user_config_dir

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Option(Generic[T]):
    section: str
    key: str
    default: T

    @property
    def name(self) -> str:
        return f"{self.section}.{self.key}"


LANGUAGE = Option("ui", "language", "fi")
IDLE_LOCK_MINUTES = Option("security", "idle_lock_minutes", 10)
SERVER_URL = Option("sync", "server_url", "")
USER_MAY_CHANGE_SERVER = Option("sync", "user_may_change_server", True)
# A PEM file of CA certificates IT trusts for the sync server; empty: the system's trust store.
CA_BUNDLE = Option("sync", "ca_bundle", "")
# Plain http:// to a server other than this computer: refused unless IT sets this in the machine-wide
# file (read from there only: a user's own polku.ini cannot switch encryption off).
ALLOW_PLAIN_HTTP = Option("sync", "allow_plain_http", False)
# Path of the organisation's recovery public key (PEM), set by IT: see app/store/recovery.py.
RECOVERY_PUBLIC_KEY = Option("security", "recovery_public_key", "")
UI_LANGUAGES = ("fi", "sv", "en")
OPTIONS: tuple[Option[str] | Option[int] | Option[bool], ...] = (
    LANGUAGE,
    IDLE_LOCK_MINUTES,
    SERVER_URL,
    USER_MAY_CHANGE_SERVER,
    CA_BUNDLE,
    ALLOW_PLAIN_HTTP,
    RECOVERY_PUBLIC_KEY,
)
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _parser() -> configparser.ConfigParser:
    # IT copies examples with trailing "; comment" (docs/it-guide.md): without inline comment
    # prefixes they became part of the value (a broken server URL, a language that silently fell
    # back). A prefix counts only after whitespace, so "https://host/#x" stays whole.
    return configparser.ConfigParser(inline_comment_prefixes=(";", "#"), interpolation=None)


def machine_config_path() -> Path:
    override = os.environ.get("POLKU_MACHINE_CONFIG")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Polku" / "polku.ini"
    return Path("/etc/polku/polku.ini")


def user_config_path() -> Path:
    override = os.environ.get("POLKU_CONFIG_DIR")
    folder = Path(override) if override else Path(user_config_dir("Polku", appauthor=False))
    return folder / "polku.ini"


class Settings:
    def __init__(self, user_file: Path | None = None, machine_file: Path | None = None) -> None:
        self.user_file = user_file or user_config_path()
        self.machine_file = machine_file or machine_config_path()
        self.machine = _parser()
        self.machine.read(self.machine_file, encoding="utf-8")
        self.user = _parser()
        self.user.read(self.user_file, encoding="utf-8")
        locked = self.machine.get("locked", "options", fallback="")
        self.locked = {name.strip() for name in locked.replace(",", " ").split() if name.strip()}

    def _raw(self, option: Option[T]) -> str | None:
        for source in (self.machine,) if option.name in self.locked else (self.user, self.machine):
            if source.has_option(option.section, option.key):
                return source.get(option.section, option.key)
        return None

    def get(self, option: Option[T]) -> T:
        raw = self._raw(option)
        if raw is None:
            return option.default
        return _convert(option, raw)

    def machine_get(self, option: Option[T]) -> T:
        """The value IT set in the machine-wide file (or the default), whatever the user's file says."""
        if not self.machine.has_option(option.section, option.key):
            return option.default
        return _convert(option, self.machine.get(option.section, option.key))

    def is_locked(self, option: Option[T]) -> bool:
        return option.name in self.locked

    def set(self, option: Option[T], value: T) -> None:
        if self.is_locked(option):
            raise PermissionError(f"{option.name} is set by IT and cannot be changed here")
        if not self.user.has_section(option.section):
            self.user.add_section(option.section)
        self.user.set(
            option.section, option.key, str(value).lower() if isinstance(value, bool) else str(value)
        )
        self.user_file.parent.mkdir(parents=True, exist_ok=True)
        with self.user_file.open("w", encoding="utf-8") as fh:
            self.user.write(fh)

    def problems(self) -> list[str]:
        """What is wrong in the configuration files, one line each, for ``polku self-test``: values
        the app would ignore (falling back to the default), unknown options, unknown locked names."""
        known = {option.name: option for option in OPTIONS}
        found: list[str] = []
        for label, parser, path in (
            ("machine", self.machine, self.machine_file),
            ("user", self.user, self.user_file),
        ):
            for section in parser.sections():
                for key, raw in parser.items(section):
                    name = f"{section}.{key}"
                    if name == "locked.options":
                        continue
                    option = known.get(name)
                    if option is None:
                        found.append(f"{path} ({label}): unknown option {name}")
                        continue
                    problem = _invalid(option, raw)
                    if problem:
                        found.append(f"{path} ({label}): {name} = {raw!r}: {problem}")
        for name in sorted(self.locked - set(known)):
            found.append(f"{self.machine_file} (machine): [locked] names an unknown option {name}")
        return found


def _invalid(option: Option[str] | Option[int] | Option[bool], raw: str) -> str | None:
    value = raw.strip()
    if isinstance(option.default, bool):
        return None if value.lower() in (*_TRUE, *_FALSE) else "expected true or false"
    if isinstance(option.default, int):
        return None if value.isdigit() and int(value) > 0 else "expected a whole number above 0"
    if option is LANGUAGE and value not in UI_LANGUAGES:
        return f"expected one of {', '.join(UI_LANGUAGES)}"
    if (
        option is SERVER_URL
        and value
        and not (
            value.startswith(("https://", "http://")) and " " not in value and len(value) > len("https://")
        )
    ):
        return "expected a URL such as https://polku.example.fi"
    return None


def _convert(option: Option[T], raw: str) -> T:
    if _invalid(option, raw):
        return option.default  # a hand-edited bad value falls back rather than stopping the app
    if isinstance(option.default, bool):
        return type(option.default)(raw.strip().lower() in _TRUE)
    return type(option.default)(raw.strip())


def recovery_public_key(settings: Settings) -> bytes | None:
    """The organisation recovery public key IT configured, or None. An unreadable file is logged and
    skipped: it must not stop a counsellor from working (the self-test reports it)."""
    path = settings.get(RECOVERY_PUBLIC_KEY).strip()
    if not path:
        return None
    try:
        return Path(path).read_bytes()
    except OSError:
        logging.getLogger(__name__).warning("recovery public key configured but unreadable")
        return None
