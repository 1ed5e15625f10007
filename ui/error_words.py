"""Every error a person may see, in the UI language: worded from the error's ``code`` and ``params``
(app.errors.PolkuError, sync.client.errors.SyncError), never from its English message.

A field is named by its label (ui.field_labels), list values by their labels; nothing here shows an
internal name. tests/ui/test_ui_error_words.py renders every error class in fi, sv and en.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app import errors as e
from sync.client.errors import SyncError
from ui import i18n
from ui.field_labels import field_label

if TYPE_CHECKING:
    # The errors of the database layer, the rules and sync are imported when one is worded (describe):
    # importing them here made every start load SQLAlchemy and the models before the unlock screen
    # (start to the unlock screen 0.3 -> 1.7 s).
    from app.assessment_rules import AssessmentFindingsUnexplained
    from app.edits import StaleEdit
    from app.plans.rules import UnexplainedFindings


def tr(text: str) -> str:
    # The empty context: where pyside6-lupdate files tr() calls outside a class.
    return QCoreApplication.translate("", text)


def _value(value: Any) -> str:
    if isinstance(value, Enum):
        from ui.fields import enum_label

        return enum_label(value)
    return str(value)


def reason(code: str, params: Mapping[str, Any], *, entity: str | None = None) -> str:
    """Why a value was not accepted (a ValidationError's code), in the UI language."""
    p = {k: _value(v) for k, v in params.items()}
    texts: dict[str, Callable[[], str]] = {
        "required": lambda: tr("this field is required."),
        "too_long": lambda: tr("at most %1 characters.").replace("%1", p.get("max", "?")),
        "not_text": lambda: tr("write text here."),
        "not_in_list": lambda: tr("choose one of the choices of the list."),
        "not_a_date": lambda: tr("write a date."),
        "not_a_date_time": lambda: tr("write a date and a time."),
        "not_yes_no": lambda: tr("choose yes, no or leave it empty."),
        "not_true_false": lambda: tr("choose yes or no."),
        "not_whole_number": lambda: tr("write a whole number."),
        "out_of_range": lambda: (
            tr("write a number from %1 to %2.")
            .replace("%1", p.get("low", "?"))
            .replace("%2", p.get("high", "?"))
        ),
        "unknown_field": lambda: tr("this cannot be changed here."),
        "unknown_municipality": lambda: tr("choose a municipality from the list."),
        "unknown_language": lambda: tr("choose a language from the list."),
        "unknown_service": lambda: tr("choose a service from the list."),
        "unknown_provider": lambda: tr("choose a provider from the list."),
        "unknown_role": lambda: tr("choose a role from the list."),
        "unsupported_language": lambda: tr("this language is not available here."),
        "invalid_hetu": lambda: tr("this is not a valid personal identity code."),
        "hetu_not_birth_date": lambda: tr("does not match the date of birth."),
        "in_future": lambda: tr("cannot be in the future."),
        "before_birth": lambda: tr("cannot be before the date of birth."),
        "before_start": lambda: tr("cannot be before the start."),
        "before_agreed": lambda: tr("cannot be before the plan was agreed or signed."),
        "before_plan_period": lambda: tr("cannot be before the plan period starts."),
        "outcome_missing": lambda: tr("choose the outcome before completing the assessment."),
        "plan_needed_missing": lambda: tr("decide whether an integration plan is needed."),
        "participants_missing": lambda: tr("a multidisciplinary assessment names its participants."),
        "not_a_reviewer": lambda: tr("this party does not review integration plans."),
        "no_such_assessment": lambda: tr("the assessment is not there any more."),
        "other_clients_assessment": lambda: tr("this is another client's assessment."),
        "plan_locked": lambda: tr("the plan is %1; make a new version to change it.").replace(
            "%1", p.get("state", "?").lower()
        ),
        "plan_cannot_go_back": lambda: tr("a plan that is %1 cannot go back; make a new version.").replace(
            "%1", p.get("state", "?").lower()
        ),
        "newer_plan_version": lambda: tr("a newer version of this plan exists; review that one."),
        "meeting_status_change": lambda: (
            tr("a meeting that is %1 cannot become %2.")
            .replace("%1", p.get("old", "?").lower())
            .replace("%2", p.get("new", "?").lower())
        ),
        "bad_reasons": lambda: tr("the reasons could not be read; write them again."),
        "bad_finding_key": lambda: tr("the reasons could not be read; write them again."),
    }
    words = texts.get(code)
    return words() if words is not None else tr("this value was not accepted.")


def validation_text(exc: e.ValidationError, label: str | None = None) -> str:
    """ "<field label>: <reason>"; ``label``: the form's own label of the field, when it has one."""
    name = label or field_label(exc.entity, exc.field)
    return f"{name}: {reason(exc.code, exc.params, entity=exc.entity)}"


def sync_text(code: str, params: Mapping[str, Any]) -> str:
    """A sync failure (SyncError's or SyncProblem's code) in the UI language."""
    texts: dict[str, Callable[[], str]] = {
        "transport": lambda: tr(
            "No connection to the sync server. Nothing was lost: Polku tries again later."
        ),
        "update_required": lambda: tr(
            "The server needs a newer version of Polku. Your changes are kept on this laptop "
            "and are sent after IT has installed the update."
        ),
        "unauthorized": lambda: tr(
            "The server did not accept the user name, the password or this laptop's sign-in. "
            "Check them, or connect this laptop again."
        ),
        "device_revoked": lambda: tr(
            "The administrator has removed this laptop from sync. Its data must be wiped; ask IT."
        ),
        "user_deactivated": lambda: tr("This user account was deactivated on the server. Ask IT."),
        "too_many_attempts": lambda: tr("Too many attempts. Try again in %n second(s).").replace(
            "%n", str(params.get("seconds", 60))
        ),
        "epoch_changed": lambda: tr(
            "The server was restored from a backup. Sync again: this laptop sends its changes again."
        ),
        "protocol": lambda: tr(
            "The server's answer was not understood. Check the server address, or ask IT whether "
            "Polku needs an update."
        ),
        "cancelled": lambda: tr("Sync cancelled; nothing was lost."),
        "not_enrolled": lambda: tr("This laptop is not connected to a sync server yet."),
        "not_found": lambda: tr(
            "The server no longer has this for you: it may have changed meanwhile. Sync and try again."
        ),
    }
    words = texts.get(code)
    return words() if words is not None else tr("Sync failed; your changes are kept and will be sent later.")


def _findings_text(exc: AssessmentFindingsUnexplained) -> str:
    from app.assessment_rules import finding_text

    lang = i18n.current_language()
    lines = [tr("Record a reason for each rule finding before completing the assessment:")]
    lines += ["• " + finding_text(f, exc.rules, lang) for f in exc.findings]
    return "\n".join(lines)


def _plan_findings_text(exc: UnexplainedFindings) -> str:
    return (
        tr("Record a reason for each rule finding before the plan is %1 (%2 without a reason).")
        .replace("%1", _value(exc.state).lower())
        .replace("%2", str(len(exc.findings)))
    )


def _stale_text(exc: StaleEdit) -> str:
    fields = ", ".join(field_label(exc.entity, c.field) for c in exc.clashes)
    return tr("Someone else changed the same field while you were editing: %1").replace("%1", fields)


def _by_code(code: str, params: Mapping[str, Any]) -> str | None:
    texts: dict[str, Callable[[], str]] = {
        "wrong_passphrase": lambda: tr("The passphrase is not correct."),
        "weak_passphrase": lambda: tr("The passphrase is too short: use at least 10 characters."),
        "profile_not_found": lambda: tr("There is no Polku profile in this folder yet."),
        "profile_exists": lambda: tr("A profile already exists in this folder; nothing was overwritten."),
        "profile": lambda: tr("The profile cannot be opened. Ask IT."),
        "key_file_missing": lambda: tr(
            "The key file of this profile is missing. Restore it from a backup or ask IT."
        ),
        "key_file_damaged": lambda: tr(
            "The key file of this profile is damaged. Restore it from a backup or ask IT."
        ),
        "database_missing": lambda: tr(
            "The database file is missing. Nothing was created in its place; ask IT."
        ),
        "database_damaged": lambda: tr(
            "The database file is damaged. It was left as it is; ask IT to restore it."
        ),
        "database_too_new": lambda: tr(
            "This database was made by a newer version of Polku. Install the newer version."
        ),
        "disk_full": lambda: tr(
            "The disk is full. The last change was not saved. Free some space and try again."
        ),
        "restore_window_closed": lambda: tr(
            "This was deleted more than %1 days ago and can no longer be restored."
        ).replace("%1", str(params.get("days", 30))),
        "client_still_deleted": lambda: tr("The client of this record is deleted: restore the client first."),
        "recovery": lambda: tr("The recovery key could not be used. Ask IT."),
        "recovery_password_short": lambda: tr("The recovery key password needs at least 12 characters."),
        "recovery_key_unreadable": lambda: tr(
            "The recovery key file cannot be read. Ask IT for the right file."
        ),
        "recovery_key_wrong_kind": lambda: tr("This is not a Polku recovery key. Ask IT for the right file."),
        "recovery_not_set_up": lambda: tr("This profile was made without a recovery key: it cannot open it."),
        "recovery_key_or_password_wrong": lambda: tr("The recovery key file or its password is not correct."),
        "recovery_other_key": lambda: tr("This profile was protected with a different recovery key."),
        "recovery_wrapping_damaged": lambda: tr(
            "The recovery information in the key file is damaged. Ask IT to restore it from a backup."
        ),
        "not_enrolled": lambda: tr("This laptop is not connected to a sync server yet."),
        "no_pdf_viewer": lambda: tr("No program for PDF files is installed: save the document instead."),
        "no_printing_system": lambda: tr(
            "No printing system was found: open the document in a viewer instead."
        ),
        "printer_refused": lambda: tr("The printer did not accept the document; check the default printer."),
        "cannot_write": lambda: (
            tr("The file could not be written. Choose another folder:") + f"\n{params.get('path', '')}"
        ),
        "print_texts": lambda: tr("The texts of the printed documents are missing or damaged. Ask IT."),
    }
    words = texts.get(code)
    return words() if words is not None else None


def describe(exc: BaseException, label: str | None = None) -> str:
    """The sentence a counsellor reads for an error (translated). ``label``: a form's own label for
    the field of a ValidationError."""
    from app.assessment_rules import AssessmentFindingsUnexplained
    from app.edits import StaleEdit
    from app.plans.rules import UnexplainedFindings
    from app.sync_service import SyncProblem

    path = f"\n{exc.path}" if isinstance(exc, e.ProfileError) and exc.path else ""
    if isinstance(exc, e.ValidationError):
        return validation_text(exc, label)
    if isinstance(exc, SyncProblem | SyncError):
        return sync_text(exc.code, getattr(exc, "params", {"seconds": getattr(exc, "retry_after", 60)}))
    if isinstance(exc, e.TooManyAttempts):
        return tr("Too many wrong passphrases. Try again in %n second(s).").replace(
            "%n", str(int(exc.wait_seconds) + 1)
        )
    if isinstance(exc, e.NotFound):
        return tr("The record no longer exists. It may have been removed on another device.")
    if isinstance(exc, e.InsecureServerAddress):
        if exc.reason == "plain_http":
            return tr(
                "The server address uses plain HTTP, which is not encrypted: use an https:// address. "
                "Plain HTTP is allowed only to this computer, or when IT allows it in the machine-wide "
                "polku.ini ([sync] allow_plain_http)."
            )
        return tr("The server address must start with https://.")
    if isinstance(exc, StaleEdit):
        return _stale_text(exc)
    if isinstance(exc, AssessmentFindingsUnexplained):
        return _findings_text(exc)
    if isinstance(exc, UnexplainedFindings):
        return _plan_findings_text(exc)
    if isinstance(exc, e.PolkuError):
        words = _by_code(exc.code, exc.params)
        if words is not None:
            return words + path
        return tr("Polku could not finish this. The details are in the log folder.")
    return tr("Something went wrong that Polku did not expect.")
