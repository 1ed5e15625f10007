"""Who took part in a multidisciplinary assessment (§15): the county people Liite 1 names for this
client (required ones marked when missing), the list, and adding one by coded role or by written role."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.assessments import AssessmentDetail, Participant, add_participant, remove_participant
from app.domain import RulesData
from app.errors import ValidationError
from app.workspace import Workspace
from ui import i18n
from ui.errors import describe
from ui.runner import Op
from ui.widgets import Retranslatable

OTHER = ""  # the role list's "Other" entry: the role is written by hand
MUTED, MISSING, PRESENT = "#5b6670", "#a4262c", "#1e6b3a"


class ParticipantsBox(Retranslatable):
    """Adds and removes participants itself: ``sig_changed(detail)`` when stored, ``sig_failed(message,
    exc)`` when refused (``message`` names a field of this box, else it is empty)."""

    sig_changed = Signal(object)  # AssessmentDetail
    sig_failed = Signal(str, object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.detail: AssessmentDetail | None = None
        self.box = QGroupBox()
        self.needs = QLabel()
        self.needs.setWordWrap(True)
        self.needs.setTextFormat(Qt.TextFormat.RichText)
        self.needs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.listing = QListWidget()  # long role labels wrap instead of scrolling sideways
        self.listing.setMaximumHeight(130)
        self.listing.setWordWrap(True)
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listing.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.name, self.organisation, self.other_role = QLineEdit(), QLineEdit(), QLineEdit()
        self.role = QComboBox()
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role.setMinimumContentsLength(18)
        self.role.currentIndexChanged.connect(self._on_role_picked)
        self.add, self.remove = QPushButton(), QPushButton()
        self.add.clicked.connect(self._on_add_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.labels = {key: QLabel() for key in ("name", "organisation", "role", "other_role")}
        inputs = QFormLayout()
        for key, widget in (
            ("name", self.name),
            ("organisation", self.organisation),
            ("role", self.role),
            ("other_role", self.other_role),
        ):
            self.labels[key].setBuddy(widget)
            inputs.addRow(self.labels[key], widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.needs)
        inner.addWidget(self.listing)
        inner.addLayout(inputs)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Participants (multidisciplinary assessment, §15)"))
        texts = {
            "name": self.tr("Participant name"),
            "organisation": self.tr("Participant organisation"),
            "role": self.tr("Participant role"),
            "other_role": self.tr("Role in own words"),
        }
        short = {
            "name": self.tr("Name"),
            "organisation": self.tr("Organisation"),
            "role": self.tr("Role"),
            "other_role": self.tr("Other role"),
        }
        for key, widget in (
            ("name", self.name),
            ("organisation", self.organisation),
            ("role", self.role),
            ("other_role", self.other_role),
        ):
            self.labels[key].setText(short[key])
            widget.setAccessibleName(texts[key])
        self.listing.setAccessibleName(self.tr("Participants"))
        self.add.setText(self.tr("Add participant"))
        self.remove.setText(self.tr("Remove selected participant"))
        if self.detail is not None:
            self.show_detail(self.detail)

    # --- what Liite 1 asks, and who is there ------------------------------------------------------

    def _label(self, rules: RulesData | None, p: Participant) -> str:
        if p.role_code and rules is not None and p.role_code in rules.participant_roles:
            return rules.participant_label(p.role_code, i18n.current_language())
        return p.role

    def show_detail(self, detail: AssessmentDetail) -> None:
        self.detail = detail
        rules, lang = detail.rules, i18n.current_language()
        self.listing.clear()
        for p in detail.participants:
            self.listing.addItem(f"{p.name} · {p.organisation}\n{self._label(rules, p)}")
        self._fill_roles(detail)
        self.needs.setText(self._needs_html(detail, lang))
        self.needs.setVisible(bool(self.needs.text()))

    def missing(self) -> tuple[str, ...]:
        """Required roles (Liite 1) nobody in the list holds."""
        d = self.detail
        if d is None or d.participants_needed is None:
            return ()
        present = {p.role_code for p in d.participants}
        return tuple(role for role in d.participants_needed.required if role not in present)

    def _needs_html(self, d: AssessmentDetail, lang: str) -> str:
        need, rules = d.participants_needed, d.rules
        if need is None or rules is None:
            return ""
        missing = set(self.missing())
        title = self.tr("Participants from the wellbeing services county (Liite 1)")
        absent, present = self.tr("missing"), self.tr("taking part")
        required, if_needed = self.tr("Required:"), self.tr("If needed:")
        html = [f"<b>{escape(title)}</b>"]
        for reason in need.reasons:
            html.append(
                f"<div>{escape(reason.render(rules, lang))}"
                f" <span style='color:{MUTED}'>({escape(reason.section)})</span></div>"
            )
        rows = []
        for role in need.required:
            label = escape(rules.participant_label(role, lang))
            if role in missing:
                state = f"<span style='color:{MISSING}'><b>{escape(absent)}</b></span>"
            else:
                state = f"<span style='color:{PRESENT}'>{escape(present)}</span>"
            rows.append(f"<li>{escape(required)} {label} – {state}</li>")
        for role in need.optional:
            label = escape(rules.participant_label(role, lang))
            rows.append(f"<li>{escape(if_needed)} {label}</li>")
        html.append(f"<ul style='margin-left:-20px'>{''.join(rows)}</ul>")
        return "".join(html)

    def _fill_roles(self, d: AssessmentDetail) -> None:
        """Coded roles in the UI language, Liite 1's for this client first, then "Other"."""
        rules, lang = d.rules, i18n.current_language()
        current = self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        if rules is not None:
            need = d.participants_needed
            first = (*need.required, *need.optional) if need is not None else ()
            ordered = [*first, *(r for r in rules.participant_roles if r not in first)]
            for role in ordered:
                self.role.addItem(rules.participant_label(role, lang), role)
                self.role.setItemData(
                    self.role.count() - 1,
                    self.role.itemText(self.role.count() - 1),
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.role.addItem(self.tr("Other (write the role)"), OTHER)
        missing = self.missing()
        wanted = current if current is not None and self.role.findData(current) >= 0 else None
        if wanted is None:
            wanted = missing[0] if missing else self.role.itemData(0)
        self.role.setCurrentIndex(max(0, self.role.findData(wanted)))
        self.role.blockSignals(False)
        self._on_role_picked()

    def _on_role_picked(self) -> None:
        other = self.role.currentData() == OTHER
        self.other_role.setVisible(other)
        self.labels["other_role"].setVisible(other)

    # --- adding and removing -----------------------------------------------------------------------

    def _on_add_clicked(self) -> None:
        if self.detail is None:
            return
        code = self.role.currentData()
        written = self.other_role.text() if code == OTHER else None
        name, org, ws, assessment_id = self.name.text(), self.organisation.text(), self.ws, self.detail.id
        Op(
            self,
            lambda: add_participant(
                ws,
                assessment_id=assessment_id,
                name=name,
                organisation=org,
                role=written,
                role_code=None if code == OTHER else code,
            ),
        ).on_success(self._on_added).on_failure(self._on_failed).run()

    def _on_remove_clicked(self) -> None:
        row = self.listing.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.participants):
            return
        participant_id, ws = self.detail.participants[row].id, self.ws
        Op(self, lambda: remove_participant(ws, participant_id=participant_id)).on_success(
            self.sig_changed.emit
        ).on_failure(self._on_failed).run()

    def _on_added(self, detail: AssessmentDetail) -> None:
        """Stored: the inputs are cleared for the next one, whose role is the next one missing."""
        for w in (self.name, self.organisation, self.other_role):
            w.clear()
        self.role.setCurrentIndex(-1)
        self.sig_changed.emit(detail)

    def _on_failed(self, exc: BaseException) -> None:
        words = {
            "name": self.tr("Participant name"),
            "organisation": self.tr("Participant organisation"),
            "role": self.tr("Role in own words"),
        }
        if isinstance(exc, ValidationError) and exc.field in words:
            message = describe(exc, label=words[exc.field])
            self.sig_failed.emit(message, exc)
            {"name": self.name, "organisation": self.organisation, "role": self.other_role}[
                exc.field
            ].setFocus()
        else:
            self.sig_failed.emit("", exc)
