"""Typed errors the app raises. The UI and the CLI turn them into a person's words in one place.

Messages name files and counts, never personal data: they end up in dialogs and logs.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any


class PolkuError(Exception):
    """Base of every error a person may see. ``code`` says which error it is (the screens word it in
    the person's language, ui.error_words), ``params`` the values those words need; ``str(err)`` is a
    plain-English fallback for the command line and the logs."""

    code = "error"

    def __init__(
        self, message: str = "", *, code: str | None = None, params: Mapping[str, Any] | None = None
    ):
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = dict(params or {})


class ProfileError(PolkuError):
    code = "profile"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message if path is None else f"{message}: {path}")
        self.path = path


class ProfileNotFound(ProfileError):
    """No profile in the folder: first run (nothing to unlock yet)."""

    code = "profile_not_found"


class ProfileExists(ProfileError):
    """Creating a profile where one already is: refused, never overwritten."""

    code = "profile_exists"


class WrongPassphrase(PolkuError):
    code = "wrong_passphrase"

    def __init__(self, failures: int, wait_seconds: float) -> None:
        super().__init__("The passphrase is not correct.")
        self.failures = failures
        self.wait_seconds = wait_seconds


class TooManyAttempts(PolkuError):
    code = "too_many_attempts"

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(f"Too many wrong passphrases. Try again in {int(wait_seconds) + 1} seconds.")
        self.wait_seconds = wait_seconds


class WeakPassphrase(PolkuError):
    code = "weak_passphrase"


class KeyFileMissing(ProfileError):
    code = "key_file_missing"


class KeyFileDamaged(ProfileError):
    code = "key_file_damaged"


class DatabaseMissing(ProfileError):
    code = "database_missing"


class DatabaseDamaged(ProfileError):
    code = "database_damaged"


class DatabaseTooNew(ProfileError):
    """The database was migrated by a newer Polku than this one: refuse rather than guess."""

    code = "database_too_new"


class DiskFull(PolkuError):
    code = "disk_full"

    def __init__(self, path: Path | None = None) -> None:
        super().__init__("The disk is full; nothing was saved. Free some space and try again.")
        self.path = path


# Why a value was not accepted: ValidationError's codes, with the plain-English fallback of each
# ({name}: a parameter). The screens word every code in the person's language (ui.error_words).
REASONS: dict[str, str] = {
    "required": "required",
    "too_long": "at most {max} characters",
    "not_text": "must be text",
    "not_in_list": "not one of the choices of the list",
    "not_a_date": "must be a date",
    "not_a_date_time": "must be a date and time",
    "not_yes_no": "must be yes, no or not set",
    "not_true_false": "must be true or false",
    "not_whole_number": "must be a whole number",
    "out_of_range": "must be between {low} and {high}",
    "unknown_field": "not a field of the {entity}",
    "unknown_municipality": "unknown municipality code",
    "unknown_language": "unknown language code",
    "unknown_service": "unknown service code",
    "unknown_provider": "unknown provider code",
    "unknown_role": "not a participant role of the rules data",
    "unsupported_language": "one of {choices}",
    "invalid_hetu": "not a valid personal identity code",
    "hetu_not_birth_date": "does not match the date of birth",
    "in_future": "is in the future",
    "before_birth": "is before the date of birth",
    "before_start": "is before the start date",
    "before_agreed": "is before the plan was agreed or signed",
    "before_plan_period": "is before the plan period starts",
    "outcome_missing": "choose the outcome before completing the assessment",
    "plan_needed_missing": "decide whether a plan is needed",
    "participants_missing": "a multidisciplinary assessment names its participants",
    "not_a_reviewer": "this party does not review integration plans",
    "no_such_assessment": "no such assessment",
    "other_clients_assessment": "is another client's assessment",
    "plan_locked": "the plan is {state}; make a new version to change it",
    "plan_cannot_go_back": "a {state} plan cannot go back; make a new version",
    "newer_plan_version": "a newer version of this plan exists; review that one",
    "meeting_status_change": "a {old} meeting cannot become {new}",
    "bad_reasons": "must be reasons by finding",
    "bad_finding_key": "a finding key is not valid",
}


class ValidationError(PolkuError):
    """Input that breaks a rule of the domain. ``field`` names the input, ``code`` (one of ``REASONS``)
    why, ``params`` the values the words need; ``entity`` the record's kind when the field name alone
    is ambiguous (for its label). ``message``: the reason in plain English."""

    def __init__(
        self, field: str, code: str, params: Mapping[str, Any] | None = None, *, entity: str | None = None
    ) -> None:
        values = {k: getattr(v, "value", v) for k, v in (params or {}).items()}
        message = REASONS.get(code, code).format(**values)
        # The fallback names the field in words ("last name: required"), not by its internal name.
        super().__init__(f"{field.replace('_', ' ')}: {message}", code=code, params=params)
        self.field = field
        self.entity = entity
        self.message = message


class NotFound(PolkuError):
    code = "not_found"

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"No {what.replace('_', ' ')} with id {ident}.", params={"what": what})
        self.what = what
        self.ident = ident


class InsecureServerAddress(PolkuError):
    """A sync server address this laptop will not use: not ``https://`` (``plain_http``: ``http://``
    to another computer without IT's ``[sync] allow_plain_http``; ``scheme``: anything else)."""

    code = "insecure_server_address"

    def __init__(self, reason: str) -> None:
        if reason == "plain_http":
            message = (
                "The server address uses plain HTTP, which is not encrypted: use an https:// address. "
                "Plain HTTP is allowed only to this computer, or when IT allows it in the machine-wide "
                "polku.ini ([sync] allow_plain_http)."
            )
        else:
            message = "The server address must start with https://."
        super().__init__(message)
        self.reason = reason
