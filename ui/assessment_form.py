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
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.assessments import (
    AssessmentDetail,
    add_participant,
    complete_assessment,
    remove_participant,
    save_assessment,
)
from app.edits import OnClash, StaleEdit
from app.errors import ValidationError
from app.lookups import Lookups
from app.workspace import Workspace
from models import CONTENT_AREAS
from models.enums import AssessmentKind, AssessmentOutcome, AssessmentStatus, LanguageLevel
from ui import i18n
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
        self.participants_box = QGroupBox()
        self.participant_list = QListWidget()
        self.participant_list.setMaximumHeight(110)
        self.p_name, self.p_org, self.p_role = QLineEdit(), QLineEdit(), QLineEdit()
        self.p_add, self.p_remove = QPushButton(), QPushButton()
        self.p_add.clicked.connect(self._on_add_participant)
        self.p_remove.clicked.connect(self._on_remove_participant)
        p_inputs = QHBoxLayout()
        for w in (self.p_name, self.p_org, self.p_role, self.p_add):
            p_inputs.addWidget(w)
        p_layout = QVBoxLayout(self.participants_box)
        p_layout.addWidget(self.participant_list)
        p_layout.addLayout(p_inputs)
        p_layout.addWidget(self.p_remove)

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(basics)
        left.addWidget(self.participants_box)
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
        layout.addWidget(self.error)
        layout.addLayout(columns, 1)
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
        self.participants_box.setTitle(self.tr("Participants (multidisciplinary assessment, §15)"))
        self.p_name.setPlaceholderText(self.tr("Name"))
        self.p_org.setPlaceholderText(self.tr("Organisation"))
        self.p_role.setPlaceholderText(self.tr("Role"))
        for w, text in (
            (self.p_name, self.tr("Participant name")),
            (self.p_org, self.tr("Participant organisation")),
            (self.p_role, self.tr("Participant role")),
        ):
            w.setAccessibleName(text)
        self.participant_list.setAccessibleName(self.tr("Participants"))
        self.p_add.setText(self.tr("Add participant"))
        self.p_remove.setText(self.tr("Remove selected participant"))
        self.complete.setText(self.tr("Mark assessment completed"))

    def shown(self, name: str, detail: AssessmentDetail | None = None) -> Any:
        """The stored value of a field as this form showed it (the base of an edit, ``app.edits``)."""
        d = detail or self.detail
        if d is None:
            return None
        if name in self.areas:
            return d.fields.get(name)
        return getattr(d, name)

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
        self._show_participants(detail)
        self._loading = False
        self.setEnabled(True)
        self.complete.setEnabled(detail.status != AssessmentStatus.COMPLETED)

    def _show_participants(self, detail: AssessmentDetail) -> None:
        self.participants_box.setVisible(detail.kind == AssessmentKind.MULTIDISCIPLINARY)
        self.participant_list.clear()
        for p in detail.participants:
            self.participant_list.addItem(f"{p.name} · {p.organisation} · {p.role}")

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
        self._show_participants(detail)
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
        dialog = ChooseValueDialog(stale.clashes, lambda n: texts[n], display_value, self)
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
        self.error.setText(describe(exc))
        self.error.show()
        if isinstance(exc, ValidationError):
            target = {"outcome": self.outcome, "plan_needed": self.plan_needed}.get(exc.field)
            if target is not None:
                target.setFocus()

    def _on_add_participant(self) -> None:
        if self.detail is None:
            return
        name, org, role = self.p_name.text(), self.p_org.text(), self.p_role.text()
        assessment_id = self.detail.id
        Op(
            self,
            lambda: add_participant(
                self.ws, assessment_id=assessment_id, name=name, organisation=org, role=role
            ),
        ).on_success(self._on_participants_changed).on_failure(self._on_complete_failed).run()

    def _on_remove_participant(self) -> None:
        row = self.participant_list.currentRow()
        if self.detail is None or row < 0:
            return
        participant_id = self.detail.participants[row].id
        Op(self, lambda: remove_participant(self.ws, participant_id=participant_id)).on_success(
            self._on_participants_changed
        ).on_failure(self._on_complete_failed).run()

    def _on_participants_changed(self, detail: AssessmentDetail) -> None:
        for w in (self.p_name, self.p_org, self.p_role):
            w.clear()
        self.detail = detail
        self._show_participants(detail)
        self.error.hide()
