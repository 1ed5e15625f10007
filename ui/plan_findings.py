"""The rule findings of the plan shown in the editor, each with the counsellor's reason for going ahead.

The findings come from ``app.plans.rules`` rendered in the UI language. A reason is saved through
``update_plan`` with the reasons the panel showed as base, so a reason recorded meanwhile on another
laptop or window for another finding is kept, and one for the same finding is offered to choose from.
Typing is never blocked; agreeing and signing are, until every finding has a reason. A reason typed
but not yet saved survives the plan being shown again (another reason saved, a sync, another window)
and is saved when the person leaves the plan (another version, Back, another client, lock).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.edits import OnClash, StaleEdit
from app.lookups import Lookups
from app.plans.core import LOCKED, PlanDetail, PlanFinding
from app.plans.lifecycle import update_plan
from app.rule_exceptions import REASON_MAX
from app.rule_exceptions import parse as parse_reasons
from app.workspace import Workspace
from ui import i18n
from ui.choose_value import THEIRS, ChooseValueDialog
from ui.errors import describe
from ui.plan_models import fill, service_name
from ui.runner import Op
from ui.widgets import Retranslatable, error_label, heading, muted


class _Row:
    def __init__(self, finding: PlanFinding) -> None:
        self.finding = finding
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLineEdit(finding.reason or "")
        self.reason.setMaxLength(REASON_MAX)
        self.save = QPushButton()
        self.base = finding.reason or ""  # the reason shown when the person started typing

    def typed(self) -> str:
        return self.reason.text().strip()

    @property
    def pending(self) -> bool:
        return not self.reason.isReadOnly() and self.typed() != self.base


class FindingsPanel(Retranslatable):
    """``sig_saved(plan)`` after a reason was saved."""

    sig_saved = Signal(object)

    def __init__(self, ws: Workspace, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lookups = ws, lookups
        self.plan: PlanDetail | None = None
        self.rows: list[_Row] = []
        self.title, self.intro, self.error = heading(size=12), muted(), error_label()
        self.intro.setWordWrap(True)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for widget in (self.title, self.intro, self.error):
            layout.addWidget(widget)
        self.box = layout
        self.setObjectName("findings")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#findings { background: #fff8e6; border: 1px solid #e8c66a; border-radius: 4px; }"
        )

    # --- showing -----------------------------------------------------------------------------------

    def show_plan(self, plan: PlanDetail) -> None:
        """Show ``plan``'s findings. Reasons typed and not saved stay (with the reason they were typed
        over) when the same plan is shown again; for another plan (version) they are saved first."""
        carried: dict[str, tuple[str, str]] = {}
        if self.plan is not None and self.plan.id == plan.id:
            carried = {r.finding.key: (r.base, r.typed()) for r in self.rows if r.pending}
        else:
            self.flush(leaving=True)
        self.plan = plan
        self.error.hide()
        old = self.grid_box  # a fresh grid each time: the old rows go at once, never drawn under the new
        old.hide()
        self.box.removeWidget(old)
        old.deleteLater()
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 2, 0, 0)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.box.addWidget(self.grid_box)
        self.rows = [_Row(f) for f in plan.findings]
        locked = plan.state in LOCKED
        for row in self.rows:
            base, text = carried.get(row.finding.key, (None, None))
            if text is not None and not locked and text != (row.finding.reason or ""):
                row.base = base or ""
                row.reason.setText(text)
        for n, row in enumerate(self.rows):
            self.grid.addWidget(row.text, n, 0)
            self.grid.addWidget(row.reason, n, 1)
            self.grid.addWidget(row.save, n, 2)
            row.reason.setReadOnly(locked)
            row.save.setVisible(not locked)
            row.reason.textChanged.connect(lambda _t, r=row: self._enable(r))
            row.reason.returnPressed.connect(row.save.click)
            row.save.clicked.connect(lambda _c=False, r=row: self._save([r]))
            self._enable(row)
        self.setVisible(bool(self.rows))
        self.retranslate()

    def _enable(self, row: _Row) -> None:
        row.save.setEnabled(row.reason.text().strip() != (row.finding.reason or ""))

    def finding_text(self, finding: PlanFinding) -> str:
        """The rule's words, after the service it concerns when it concerns one."""
        if finding.subject and finding.subject in self.lookups.services:
            return fill(self.tr("%1: %2"), service_name(self.lookups, finding.subject), finding.text)
        return finding.text

    def retranslate(self) -> None:
        plan = self.plan
        if plan is None:
            return
        missing = len(plan.unexplained())
        if missing:
            self.title.setText(
                fill(self.tr("Rule findings: %1 of %2 without a reason"), str(missing), str(len(self.rows)))
            )
        else:
            self.title.setText(self.tr("Rule findings: each has a recorded reason"))
        self.intro.setText(
            self.tr(
                "The plan can be drafted and saved as it is. Before it is agreed or signed, record for each "
                "finding why you go ahead; the reasons are printed on the office copy only."
            )
        )
        for row in self.rows:
            row.text.setText(("⚠ " if not row.finding.reason else "✓ ") + self.finding_text(row.finding))
            row.reason.setPlaceholderText(self.tr("Reason for going ahead"))
            row.reason.setAccessibleName(fill(self.tr("Reason: %1"), self.finding_text(row.finding)))
            row.save.setText(self.tr("Save reason"))

    # --- saving ------------------------------------------------------------------------------------

    def flush(self, *, leaving: bool = False) -> None:
        """Save every reason typed and not yet saved. ``leaving``: nobody can answer a question, so a
        reason changed meanwhile for the same finding is kept as a conflict instead of asked about."""
        pending = [r for r in self.rows if r.pending]
        if pending:
            self._save(pending, on_clash=OnClash.KEEP_BOTH if leaving else OnClash.ASK)

    def _save(
        self,
        rows: list[_Row],
        base_override: dict[str, str] | None = None,
        on_clash: OnClash = OnClash.ASK,
    ) -> None:
        plan = self.plan
        if plan is None or plan.state in LOCKED:
            return
        if base_override is None:
            # What the screen showed: the stored reasons, with each typed row's reason as it was when
            # the typing began, so one changed meanwhile for the same finding is noticed.
            shown = dict(plan.rule_exceptions)
            for row in rows:
                if row.base:
                    shown[row.finding.key] = row.base
                else:
                    shown.pop(row.finding.key, None)
        else:
            shown = base_override
        reasons = dict(shown)
        for row in rows:
            if row.typed():
                reasons[row.finding.key] = row.typed()
            else:
                reasons.pop(row.finding.key, None)
        base = {"rule_exceptions": shown}
        lang = i18n.current_language()
        self.error.hide()
        Op(
            self,
            lambda: update_plan(
                self.ws,
                plan_id=plan.id,
                changes={"rule_exceptions": reasons},
                base=base,
                on_clash=on_clash,
                lang=lang,
            ),
        ).on_success(self.sig_saved.emit).on_failure(lambda exc: self._on_failed(rows, exc)).run()

    def _on_failed(self, rows: list[_Row], exc: BaseException) -> None:
        if isinstance(exc, StaleEdit):
            # The row whose finding's reason was changed meanwhile; the others stay typed.
            theirs = parse_reasons(exc.clashes[0].theirs)
            clashed = [r for r in rows if theirs.get(r.finding.key, "") != r.base] or rows
            self._choose(clashed[0], exc)
            return
        self.error.setText(describe(exc))
        self.error.show()

    def _choose(self, row: _Row, stale: StaleEdit) -> None:
        """The same finding's reason was changed meanwhile: both reasons, and the person chooses."""
        key = row.finding.key

        def reason_of(_field: str, value: Any) -> str:
            return parse_reasons(value).get(key) or self.tr("No reason")

        def label(_field: str) -> str:
            return fill(self.tr("Reason: %1"), self.finding_text(row.finding))

        dialog = ChooseValueDialog(stale.clashes, label, reason_of, self)
        if not dialog.exec():
            self._save([row], on_clash=OnClash.KEEP_BOTH)
            return
        clash = stale.clashes[0]
        theirs = parse_reasons(clash.theirs)
        if dialog.choices().get(clash.field) == THEIRS:
            row.reason.setText(theirs.get(key, ""))  # saving it writes nothing: the plan is shown again
        self._save([row], base_override=theirs)
