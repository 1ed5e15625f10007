"""The assessment form (basic §14 or multidisciplinary §15). Everything typed is saved continuously:
each edit restarts a short timer and the changed fields go to the encrypted store when it fires, so a
crash or power cut loses at most the last second of typing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.assessment_rules import AssessmentFindingsUnexplained, finding_text
from app.assessments import AssessmentDetail, complete_assessment, save_assessment
from app.domain import CONTENT_AREAS
from app.edits import OnClash, StaleEdit
from app.errors import ValidationError
from app.lookups import Lookups
from app.rule_exceptions import FIELD as EXCEPTIONS
from app.rule_exceptions import parse as parse_reasons
from app.workspace import Workspace
from models.enums import AssessmentKind, AssessmentOutcome, AssessmentStatus, LanguageLevel
from ui import i18n
from ui.assessment_findings import FindingsBox
from ui.assessment_participants import ParticipantsBox
from ui.choose_value import THEIRS, ChooseValueDialog, display_value
from ui.errors import describe
from ui.fields import CodeCombo, EnumCombo, OptionalDateEdit
from ui.runner import Op
from ui.widgets import Retranslatable, error_label, muted

AUTOSAVE_MS = 800


class AssessmentForm(Retranslatable):
    sig_saved = Signal(object)  # AssessmentDetail

    def __init__(self, ws: Workspace, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.detail: AssessmentDetail | None = None
        self.pending: dict[str, Any] = {}
        self._base: dict[str, Any] = {}  # pending field -> the value it had when the person started
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.kind = EnumCombo(AssessmentKind, optional=False)
        self.assessed_on = OptionalDateEdit()
        partners = {c: lookups.municipalities[c] for c in lookups.partner_municipalities}
        self.municipality = CodeCombo(partners, optional=True)
        self.areas = {name: QPlainTextEdit() for name in CONTENT_AREAS}
        self.finnish_level = EnumCombo(LanguageLevel, optional=True)
        self.swedish_level = EnumCombo(LanguageLevel, optional=True)
        self.plan_needed = QComboBox()
        self.outcome = EnumCombo(AssessmentOutcome, optional=False)
        self.outcome_notes = QPlainTextEdit()
        self.outcome_notes.setFixedHeight(60)
        self.labels: dict[str, QLabel] = {}
        self.status = muted()
        self.error = error_label()
        self.complete = QPushButton()
        self.complete.setObjectName("primary")
        self.complete.clicked.connect(self._on_complete_clicked)

        basics = QGroupBox()
        basics_form = QFormLayout(basics)
        for name, widget in (
            ("kind", self.kind),
            ("assessed_on", self.assessed_on),
            ("municipality", self.municipality),
        ):
            self._row(basics_form, name, widget)
        self.content = QGroupBox()
        content_form = QFormLayout(self.content)
        for name, edit in self.areas.items():
            edit.setMinimumHeight(54)
            edit.setMaximumHeight(84)
            edit.setTabChangesFocus(True)
            self._row(content_form, name, edit)
        self._row(content_form, "finnish_level", self.finnish_level)
        self._row(content_form, "swedish_level", self.swedish_level)
        self.outcome_box = QGroupBox()
        outcome_form = QFormLayout(self.outcome_box)
        outcome_rows: tuple[tuple[str, QWidget], ...] = (
            ("plan_needed", self.plan_needed),
            ("outcome", self.outcome),
            ("outcome_notes", self.outcome_notes),
        )
        for name, outcome_widget in outcome_rows:
            self._row(outcome_form, name, outcome_widget)
        self.participants = ParticipantsBox(ws)
        self.participants.sig_changed.connect(self._on_participants_changed)
        self.participants.sig_failed.connect(self._on_participant_failed)
        self.findings = FindingsBox()
        self.findings.sig_edited.connect(lambda reasons: self._edited(EXCEPTIONS, reasons))

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(basics)
        left.addWidget(self.participants)
        left.addWidget(self.outcome_box)
        left.addStretch(1)
        right.addWidget(self.content)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.complete)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.findings)
        layout.addWidget(self.error)  # beside the button that was pressed
        layout.addLayout(bar)
        self._connect_edits()
        self.retranslate()
        self.setEnabled(False)

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        label = QLabel()
        label.setWordWrap(True)
        label.setBuddy(widget)
        self.labels[name] = label
        form.addRow(label, widget)

    def _connect_edits(self) -> None:
        for name, edit in self.areas.items():
            edit.textChanged.connect(lambda n=name, e=edit: self._edited(n, e.toPlainText()))
        self.outcome_notes.textChanged.connect(
            lambda: self._edited("outcome_notes", self.outcome_notes.toPlainText())
        )
        self.kind.currentIndexChanged.connect(lambda: self._edited("kind", self.kind.value()))
        self.assessed_on.dateChanged.connect(lambda: self._edited("assessed_on", self.assessed_on.value()))
        self.municipality.currentIndexChanged.connect(
            lambda: self._edited("municipality", self.municipality.value())
        )
        self.finnish_level.currentIndexChanged.connect(
            lambda: self._edited("finnish_level", self.finnish_level.value())
        )
        self.swedish_level.currentIndexChanged.connect(
            lambda: self._edited("swedish_level", self.swedish_level.value())
        )
        self.plan_needed.currentIndexChanged.connect(
            lambda: self._edited("plan_needed", self.plan_needed.currentData())
        )
        self.outcome.currentIndexChanged.connect(lambda: self._edited("outcome", self.outcome.value()))

    def _texts(self) -> dict[str, str]:
        return {
            "kind": self.tr("Kind"),
            "assessed_on": self.tr("Date"),
            "municipality": self.tr("Municipality"),
            "goals_and_wishes": self.tr("Goals and wishes"),
            "previous_education": self.tr("Previous education"),
            "work_history": self.tr("Work history"),
            "language_skills": self.tr("Language skills"),
            "literacy_notes": self.tr("Literacy"),
            "learning_skills": self.tr("Learning and study skills"),
            "working_life_skills": self.tr("Working-life skills"),
            "work_and_functional_capacity": self.tr("Work and functional capacity"),
            "life_situation_and_family": self.tr("Life situation and family"),
            "other_factors": self.tr("Other factors"),
            "education_needs": self.tr("Need for education"),
            "other_service_needs": self.tr("Need for other integration services"),
            "community_participation_needs": self.tr("Participation in NGO and community activities"),
            "finnish_level": self.tr("Finnish level"),
            "swedish_level": self.tr("Swedish level"),
            "plan_needed": self.tr("Integration plan needed"),
            "outcome": self.tr("Outcome"),
            "outcome_notes": self.tr("Notes on the outcome"),
            EXCEPTIONS: self.tr("Reasons for going ahead despite a rule finding"),
        }

    def retranslate(self) -> None:
        texts = self._texts()
        for name, label in self.labels.items():
            label.setText(texts[name])
        widgets: dict[str, QWidget] = {
            "kind": self.kind,
            "assessed_on": self.assessed_on,
            "municipality": self.municipality,
            **self.areas,
            "finnish_level": self.finnish_level,
            "swedish_level": self.swedish_level,
            "plan_needed": self.plan_needed,
            "outcome": self.outcome,
            "outcome_notes": self.outcome_notes,
        }
        for name, widget in widgets.items():
            widget.setAccessibleName(texts[name])
        self._loading = True
        for combo in (self.kind, self.municipality, self.finnish_level, self.swedish_level, self.outcome):
            combo.retranslate()
        current = self.plan_needed.currentData()
        self.plan_needed.clear()
        for text, value in (("—", None), (self.tr("Yes"), True), (self.tr("No"), False)):
            self.plan_needed.addItem(text, value)
        self.plan_needed.setCurrentIndex(max(0, self.plan_needed.findData(current)))
        self._loading = False
        self.content.setTitle(self.tr("Skills and service needs (KotoL §14)"))
        self.outcome_box.setTitle(self.tr("Outcome"))
        self.complete.setText(self.tr("Mark assessment completed"))

    def shown(self, name: str, detail: AssessmentDetail | None = None) -> Any:
        """The stored value of a field as this form showed it (the base of an edit, ``app.edits``)."""
        d = detail or self.detail
        if d is None:
            return None
        if name in self.areas:
            return d.fields.get(name)
        return getattr(d, name)

    def _display(self, name: str, value: Any) -> str:
        """A stored value in words for the choose-value dialog (recorded reasons one per line)."""
        if name == EXCEPTIONS:
            reasons = parse_reasons(value)
            return "\n".join(reasons.values()) if reasons else display_value(name, None)
        return display_value(name, value)

    def load(self, detail: AssessmentDetail) -> None:
        """Show a stored assessment; edits from here on are autosaved. Fields with typing not yet
        saved keep it (and the value they were first shown with, so a clash is noticed on save)."""
        self._loading = True
        base = {name: self._base.get(name, self.shown(name)) for name in self.pending}
        self.detail = detail
        self._base = base
        keep = set(self.pending)
        if "kind" not in keep:
            self.kind.set_value(detail.kind)
        if "assessed_on" not in keep:
            self.assessed_on.set_value(detail.assessed_on)
        if "municipality" not in keep:
            self.municipality.set_value(detail.municipality)
        for name, edit in self.areas.items():
            if name not in keep and edit.toPlainText() != (detail.fields.get(name) or ""):
                edit.setPlainText(detail.fields.get(name) or "")
        if "finnish_level" not in keep:
            self.finnish_level.set_value(detail.finnish_level)
        if "swedish_level" not in keep:
            self.swedish_level.set_value(detail.swedish_level)
        if "plan_needed" not in keep:
            self.plan_needed.setCurrentIndex(max(0, self.plan_needed.findData(detail.plan_needed)))
        if "outcome" not in keep:
            self.outcome.set_value(detail.outcome)
        if "outcome_notes" not in keep:
            self.outcome_notes.setPlainText(detail.outcome_notes or "")
        self._show_rules(detail, keep_typing=EXCEPTIONS in keep)
        self._loading = False
        self.setEnabled(True)
        self.complete.setEnabled(detail.status != AssessmentStatus.COMPLETED)

    def _show_rules(self, detail: AssessmentDetail, *, keep_typing: bool) -> None:
        """Participants with what Liite 1 asks, and the rule findings with their reasons."""
        self.participants.setVisible(detail.kind == AssessmentKind.MULTIDISCIPLINARY)
        self.participants.show_detail(detail)
        self.findings.show_detail(detail, keep_typing=keep_typing)

    def _edited(self, name: str, value: Any) -> None:
        if self._loading or self.detail is None:
            return
        if name not in self.pending:
            self._base[name] = self.shown(name)
        self.pending[name] = value if not isinstance(value, str) else (value or None)
        self.status.setText(self.tr("Unsaved changes…"))
        self._timer.start()

    def flush(self, *, leaving: bool = False) -> None:
        """Save what is pending now (also called before locking, switching or closing). ``leaving``:
        nobody can answer a question, so a field changed meanwhile is kept as a conflict."""
        self._timer.stop()
        if not self.pending or self.detail is None:
            return
        changes, self.pending = dict(self.pending), {}
        base = {name: self._base.get(name, self.shown(name)) for name in changes}
        self._save(changes, base, OnClash.KEEP_BOTH if leaving else OnClash.ASK)

    def _save(
        self, changes: dict[str, Any], base: dict[str, Any], on_clash: OnClash, *, show_stored: bool = False
    ) -> None:
        assert self.detail is not None
        assessment_id, ws = self.detail.id, self.ws
        self.status.setText(self.tr("Saving…"))
        Op(
            self,
            lambda: save_assessment(
                ws, assessment_id=assessment_id, changes=changes, base=base, on_clash=on_clash
            ),
        ).on_success(lambda d: self._on_saved(d, show_stored)).on_failure(
            lambda exc: self._on_save_failed(exc, changes, base)
        ).run()

    def _on_saved(self, detail: AssessmentDetail, show_stored: bool = False) -> None:
        if show_stored:
            self.load(detail)  # fields typed meanwhile keep their typing
        self.detail = detail
        self.error.hide()
        if not self.pending:
            now = i18n.locale().toString(QTime.currentTime(), i18n.locale().FormatType.ShortFormat)
            self.status.setText(self.tr("All changes saved %1").replace("%1", now))
        self._show_rules(detail, keep_typing=EXCEPTIONS in self.pending)
        self.sig_saved.emit(detail)

    def _on_save_failed(self, exc: BaseException, changes: dict[str, Any], base: dict[str, Any]) -> None:
        if isinstance(exc, StaleEdit):
            self._choose(exc, changes, base)
            return
        for name, value in changes.items():  # keep them: the next edit or flush tries again
            self.pending.setdefault(name, value)
        self.status.setText(self.tr("Not saved"))
        self.error.setText(describe(exc))
        self.error.show()

    def _choose(self, stale: StaleEdit, changes: dict[str, Any], base: dict[str, Any]) -> None:
        """A field changed meanwhile: the person chooses per field, or both values are kept."""
        texts = self._texts()
        dialog = ChooseValueDialog(stale.clashes, lambda n: texts[n], self._display, self)
        if not dialog.exec():
            self._save(changes, base, OnClash.KEEP_BOTH)
            return
        changes, base = dict(changes), dict(base)
        for name, choice in dialog.choices().items():
            clash = next(c for c in stale.clashes if c.field == name)
            if choice == THEIRS:
                del changes[name]
            else:
                base[name] = clash.theirs
        self._save(changes, base, OnClash.ASK, show_stored=True)  # then shows the values kept

    def _on_complete_clicked(self) -> None:
        if self.detail is None:
            return
        self.flush()
        assessment_id = self.detail.id
        Op(self, lambda: complete_assessment(self.ws, assessment_id=assessment_id)).on_success(
            self._on_completed
        ).on_failure(self._on_complete_failed).run()

    def _on_completed(self, detail: AssessmentDetail) -> None:
        self.load(detail)
        self.status.setText(self.tr("Assessment completed"))
        self.sig_saved.emit(detail)

    def _on_complete_failed(self, exc: BaseException) -> None:
        if isinstance(exc, AssessmentFindingsUnexplained):
            lang = i18n.current_language()
            lines = [self.tr("Before completing, fix these or record a reason for each:")]
            lines += [f"• {finding_text(f, exc.rules, lang)}" for f in exc.findings]
            self.error.setText("\n".join(lines))
            self.error.show()
            self.findings.focus(tuple(f.key for f in exc.findings))
            return
        texts = self._texts()
        if isinstance(exc, ValidationError) and exc.field == "participants":
            self.error.setText(
                self.tr("A multidisciplinary assessment names its participants: add them above.")
            )
        elif isinstance(exc, ValidationError) and exc.field in texts:
            self.error.setText(describe(exc, label=texts[exc.field]))
        else:
            self.error.setText(describe(exc))
        self.error.show()
        if isinstance(exc, ValidationError):
            target = {"outcome": self.outcome, "plan_needed": self.plan_needed}.get(exc.field)
            if target is not None:
                target.setFocus()

    def _on_participant_failed(self, message: str, exc: BaseException) -> None:
        if message:
            self.error.setText(message)
            self.error.show()
        else:
            self._on_complete_failed(exc)

    def _on_participants_changed(self, detail: AssessmentDetail) -> None:
        self.detail = detail
        self._show_rules(detail, keep_typing=EXCEPTIONS in self.pending)
        self.error.hide()
        self.sig_saved.emit(detail)
