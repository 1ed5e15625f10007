"""What in an assessment breaks a rule (``models.rules.checks``), each with the counsellor's reason for
going ahead. Shown while the assessment is written, so nothing is a surprise when completing it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.assessment_rules import finding_text
from app.assessments import AssessmentDetail
from app.domain import Finding
from ui import i18n
from ui.widgets import Retranslatable, muted


class _Row:
    def __init__(self) -> None:
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QPlainTextEdit()  # wraps: a reason is a sentence or two, read in full
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(52)


class FindingsBox(Retranslatable):
    """``sig_edited(reasons)``: the person changed a reason; ``reasons`` is every recorded reason as
    the box now shows it ({finding key: text}, blank ones included so a cleared reason is removed)."""

    sig_edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: AssessmentDetail | None = None
        self.rows: dict[str, _Row] = {}
        self.box = QGroupBox()
        self.intro = muted()
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.intro)
        inner.addLayout(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Rule findings"))
        self.intro.setText(
            self.tr("Before the assessment can be completed, fix each finding or record why you go ahead.")
        )
        if self.detail is not None:
            self.show_detail(self.detail, keep_typing=True)

    def _html(self, finding: Finding, explained: bool) -> str:
        assert self.detail is not None and self.detail.rules is not None
        text = escape(finding_text(finding, self.detail.rules, i18n.current_language()))
        section = escape(finding.reason.section)
        colour = "#1e6b3a" if explained else "#a4262c"
        mark = self.tr("reason recorded") if explained else self.tr("needs a reason")
        return (
            f"{text} <span style='color:#5b6670'>({section})</span>"
            f"<br><span style='color:{colour}'><b>{escape(mark)}</b></span>"
        )

    def show_detail(self, detail: AssessmentDetail, *, keep_typing: bool) -> None:
        """Show ``detail``'s findings; with ``keep_typing`` a reason being typed is left as it is."""
        self.detail = detail
        keys = [f.key for f in detail.findings]
        for key in [k for k in self.rows if k not in keys]:
            gone = self.rows.pop(key)
            for w in (gone.text, gone.reason):
                self.grid.removeWidget(w)
                w.hide()  # at once: deleteLater waits for the event loop
                w.deleteLater()
        for index, finding in enumerate(detail.findings):
            if finding.key not in self.rows:
                self.rows[finding.key] = _Row()
                self.rows[finding.key].reason.textChanged.connect(self._on_typed)
            row = self.rows[finding.key]
            self.grid.addWidget(row.text, index, 0)
            self.grid.addWidget(row.reason, index, 1, Qt.AlignmentFlag.AlignTop)
            stored = detail.rule_exceptions.get(finding.key, "")
            if not keep_typing and row.reason.toPlainText() != stored:
                row.reason.blockSignals(True)
                row.reason.setPlainText(stored)
                row.reason.blockSignals(False)
            row.text.setText(self._html(finding, bool(row.reason.toPlainText().strip())))
            row.reason.setPlaceholderText(self.tr("Reason for going ahead"))
            said = finding_text(finding, detail.rules, i18n.current_language()) if detail.rules else ""
            row.reason.setAccessibleName(self.tr("Reason for going ahead: %1").replace("%1", said))
        self.setVisible(bool(detail.findings))

    def reasons(self) -> dict[str, str]:
        shown = dict(self.detail.rule_exceptions) if self.detail is not None else {}
        return {**shown, **{key: row.reason.toPlainText() for key, row in self.rows.items()}}

    def _on_typed(self) -> None:
        if self.detail is not None:
            for finding in self.detail.findings:
                row = self.rows[finding.key]
                row.text.setText(self._html(finding, bool(row.reason.toPlainText().strip())))
        self.sig_edited.emit(self.reasons())

    def focus(self, keys: tuple[str, ...]) -> None:
        """Put the cursor in the first of ``keys``' reason fields."""
        for key in keys:
            if key in self.rows:
                self.rows[key].reason.setFocus()
                return
