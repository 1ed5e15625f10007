"""One client's integration plans: pick a version, move it through its states, edit goals and measures.

A signed or closed version is read-only (a review makes a new version), except a measure's status on a
signed plan, which counsellors update as the measures go on. All database work runs on the worker.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import plan_review_months
from app.eligibility import local_rules
from app.lookups import Lookups
from app.plans.core import LOCKED, PlanDetail
from app.plans.diff import diff_plans
from app.plans.items import remove_goal, remove_measure
from app.plans.lifecycle import plans_for_client, set_plan_state
from app.plans.rules import UnexplainedFindings
from app.workspace import Workspace
from models.enums import PlanState
from ui import i18n
from ui.errors import describe
from ui.fields import enum_label
from ui.plan_dialogs import GoalDialog, MeasureDialog, NewPlanDialog, ReviewDialog
from ui.plan_findings import FindingsPanel
from ui.plan_header import PlanHeader
from ui.plan_models import (
    ChangesModel,
    GoalsModel,
    ItemTable,
    MeasuresModel,
    fill,
    section,
    service_name,
)
from ui.runner import Op
from ui.widgets import Retranslatable, error_label, heading, muted


@dataclass(frozen=True)
class _Loaded:
    plans: tuple[PlanDetail, ...]  # newest first
    intervals: dict[str, int | None]  # plan id -> months between reviews under the rules
    lang: str


def _load(ws: Workspace, client_id: str, lang: str) -> _Loaded:
    """Worker thread."""
    plans = tuple(plans_for_client(ws, client_id=client_id, lang=lang))
    rules = local_rules(ws)
    return _Loaded(
        plans, {p.id: plan_review_months(p.period_start, p.responsible_party, rules) for p in plans}, lang
    )


class PlanEditor(Retranslatable):
    sig_changed = Signal()

    def __init__(
        self, ws: Workspace, lookups: Lookups, client_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.lookups, self.client_id = ws, lookups, client_id
        self.loaded = _Loaded((), {}, i18n.current_language())
        self.dialog: QDialog | None = None
        self.version_label, self.version = QLabel(), QComboBox()
        self.version_label.setBuddy(self.version)
        self.version.setMinimumContentsLength(28)  # the top row fits 1366 px in Swedish too
        self.version.currentIndexChanged.connect(lambda _i: self._show_plan())
        self.new_plan, self.agree, self.sign = QPushButton(), QPushButton(), QPushButton()
        self.close_plan, self.review = QPushButton(), QPushButton()
        self.new_plan.clicked.connect(lambda: self._open(NewPlanDialog(ws, client_id, self)))
        self.agree.clicked.connect(lambda: self._set_state(PlanState.AGREED))
        self.sign.clicked.connect(lambda: self._set_state(PlanState.SIGNED))
        self.close_plan.clicked.connect(lambda: self._set_state(PlanState.CLOSED))
        self.review.clicked.connect(lambda: self._open(ReviewDialog(ws, self._plan(), self)))
        self.error, self.empty = error_label(), muted()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.header = PlanHeader()
        self.findings = FindingsPanel(ws, lookups)
        self.findings.sig_saved.connect(self._on_saved)
        self.goals, self.measures = GoalsModel(self), MeasuresModel(lookups, self)
        self.changes = ChangesModel(lookups, self)
        self.goal_title, self.measure_title, self.changes_title = (heading(size=12) for _ in range(3))
        self.goal_table = ItemTable(self.goals, stretch=(1,), wrap=True)
        self.measure_table = ItemTable(self.measures, stretch=(0, 1))
        self.add_goal, self.edit_goal, self.remove_goal = QPushButton(), QPushButton(), QPushButton()
        self.add_measure, self.edit_measure, self.remove_measure = QPushButton(), QPushButton(), QPushButton()
        self._wire()
        self.change_list = QListView()
        self.change_list.setModel(self.changes)
        self.change_list.setWordWrap(True)
        self.change_list.setSpacing(3)
        self._layout()
        self.retranslate()
        self.reload()

    # --- building ----------------------------------------------------------------------------------

    def _wire(self) -> None:
        self.add_goal.clicked.connect(lambda: self._open(GoalDialog(self.ws, self._plan().id, None, self)))
        self.edit_goal.clicked.connect(self._on_edit_goal)
        self.remove_goal.clicked.connect(lambda: self._remove(self.goal_table))
        self.add_measure.clicked.connect(
            lambda: self._open(MeasureDialog(self.ws, self.lookups, self._plan(), parent=self))
        )
        self.edit_measure.clicked.connect(self._on_edit_measure)
        self.remove_measure.clicked.connect(lambda: self._remove(self.measure_table))
        for table, edit, remove in (
            (self.goal_table, self.edit_goal, self.remove_goal),
            (self.measure_table, self.edit_measure, self.remove_measure),
        ):
            table.sig_edit.connect(edit.click)  # a disabled button ignores click(): one policy
            table.sig_remove.connect(remove.click)
            table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self.version_label, self.version, self.new_plan):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.agree, self.sign, self.close_plan, self.review):
            top.addWidget(widget)
        items = QSplitter(Qt.Orientation.Vertical)
        goal_buttons = (self.add_goal, self.edit_goal, self.remove_goal)
        measure_buttons = (self.add_measure, self.edit_measure, self.remove_measure)
        items.addWidget(section(self.goal_title, self.goal_table, *goal_buttons))
        items.addWidget(section(self.measure_title, self.measure_table, *measure_buttons))
        items.setStretchFactor(0, 2)
        items.setStretchFactor(1, 3)
        self.changes_box = section(self.changes_title, self.change_list)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(items)
        body.addWidget(self.changes_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.header)
        inner.addWidget(self.findings)
        inner.addWidget(body, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #d5dde5;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(line)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        top_row = (self.version, self.new_plan, self.agree, self.sign, self.close_plan, self.review)
        chain = (*top_row, *goal_buttons, self.goal_table, *measure_buttons, self.measure_table)
        for first, second in itertools.pairwise((*chain, self.change_list)):
            QWidget.setTabOrder(first, second)

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.version_label.setText(self.tr("Version:"))
        self.version.setAccessibleName(self.tr("Plan version"))
        for button, text in (
            (self.new_plan, self.tr("New plan…")),
            (self.agree, self.tr("Mark as agreed")),
            (self.sign, self.tr("Mark as signed")),
            (self.close_plan, self.tr("Close plan")),
            (self.review, self.tr("New version (review)…")),
            (self.add_goal, self.tr("Add goal…")),
            (self.edit_goal, self.tr("Edit…")),
            (self.remove_goal, self.tr("Remove")),
            (self.add_measure, self.tr("Add measure…")),
            (self.remove_measure, self.tr("Remove")),
        ):
            button.setText(text)
        self.edit_goal.setAccessibleName(self.tr("Edit goal"))
        self.remove_goal.setAccessibleName(self.tr("Remove goal"))
        self.remove_measure.setAccessibleName(self.tr("Remove measure"))
        self.goal_title.setText(self.tr("Goals"))
        self.measure_title.setText(self.tr("Measures"))
        self.goal_table.setAccessibleName(self.tr("Goals"))
        self.measure_table.setAccessibleName(self.tr("Measures"))
        self.change_list.setAccessibleName(self.tr("What changed"))
        self.empty.setText(self.tr("No integration plan yet. Make one with “New plan…”."))
        for model in (self.goals, self.measures, self.changes):
            model.retranslate()
        if self.loaded.lang != i18n.current_language() and self.loaded.plans:
            self.reload()  # the rules' warnings come rendered in the language asked for
        self._fill_versions()

    def _version_text(self, plan: PlanDetail) -> str:
        period = f"{i18n.format_date(plan.period_start)}–{i18n.format_date(plan.period_end)}"
        text = self.tr("Version %1 · %2 · %3")
        return fill(text, str(plan.version_no), enum_label(plan.state), period)

    # --- loading and showing -----------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        lang = i18n.current_language()
        keep = select or (self._plan().id if self.loaded.plans else None)
        Op(self, lambda: _load(self.ws, self.client_id, lang)).on_success(
            lambda loaded: self._on_loaded(loaded, keep)
        ).on_failure(self._show_error).run()

    def _on_loaded(self, loaded: _Loaded, select: str | None) -> None:
        self.loaded = loaded
        self._fill_versions(select)

    def _fill_versions(self, select: str | None = None) -> None:
        plans = self.loaded.plans
        if select is None and plans and self.version.currentIndex() >= 0:
            select = plans[min(self.version.currentIndex(), len(plans) - 1)].id
        self.version.blockSignals(True)
        self.version.clear()
        for plan in plans:
            self.version.addItem(self._version_text(plan), plan.id)
        self.version.setCurrentIndex(max(0, self.version.findData(select)))
        self.version.blockSignals(False)
        self._show_plan()

    def _plan(self) -> PlanDetail:
        return self.loaded.plans[max(0, self.version.currentIndex())]

    def _previous(self, plan: PlanDetail) -> PlanDetail | None:
        return next((p for p in self.loaded.plans if p.id == plan.previous_version_id), None)

    def _is_latest(self, plan: PlanDetail) -> bool:
        return not any(p.previous_version_id == plan.id for p in self.loaded.plans)

    def _show_plan(self) -> None:
        self.empty.setVisible(not self.loaded.plans)
        self.new_plan.setObjectName("" if self.loaded.plans else "primary")  # the one thing to do
        self.new_plan.style().polish(self.new_plan)
        self.body.setVisible(bool(self.loaded.plans))
        if not self.loaded.plans:
            for model in (self.goals, self.measures):
                model.set_rows(())
            self._enable()
            return
        plan = self._plan()
        self.header.show_plan(plan, self.loaded.intervals.get(plan.id))
        self.findings.show_plan(plan)
        selected = self.goal_table.current_row(), self.measure_table.current_row()
        self.goals.set_rows(plan.goals)
        self.measures.set_rows(plan.measures)
        for table, row in zip((self.goal_table, self.measure_table), selected, strict=True):
            if row is not None and row < table.model().rowCount():  # stay on the row just edited
                table.selectRow(row)
        previous = self._previous(plan)
        self.changes_box.setVisible(previous is not None)
        if previous is not None:
            self.changes_title.setText(
                fill(self.tr("What changed since version %1"), str(previous.version_no))
            )
            self.changes.set_rows(diff_plans(previous, plan))
        self._enable()

    def _enable(self) -> None:
        plan = self._plan() if self.loaded.plans else None
        state = plan.state if plan else None
        open_ = plan is not None and state not in LOCKED
        goal, measure = self.goal_table.current_row(), self.measure_table.current_row()
        self.version.setEnabled(plan is not None)
        step = {PlanState.DRAFT: self.agree, PlanState.AGREED: self.sign, PlanState.SIGNED: self.review}
        for button in (self.agree, self.sign, self.review):  # the usual next step stands out
            button.setObjectName("primary" if state and step.get(state) is button else "")
            button.style().polish(button)
        self.agree.setEnabled(state == PlanState.DRAFT)
        self.sign.setEnabled(state in (PlanState.DRAFT, PlanState.AGREED))
        self.close_plan.setEnabled(plan is not None and state != PlanState.CLOSED)
        self.review.setEnabled(plan is not None and state != PlanState.DRAFT and self._is_latest(plan))
        self.add_goal.setEnabled(open_)
        self.add_measure.setEnabled(open_)
        self.edit_goal.setEnabled(open_ and goal is not None)
        self.remove_goal.setEnabled(open_ and goal is not None)
        self.remove_measure.setEnabled(open_ and measure is not None)
        status_only = state == PlanState.SIGNED
        self.edit_measure.setEnabled((open_ or status_only) and measure is not None)
        self.edit_measure.setText(self.tr("Change status…") if status_only else self.tr("Edit…"))
        self.edit_measure.setAccessibleName(
            self.tr("Change the status of the measure") if status_only else self.tr("Edit measure")
        )

    # --- changes -----------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.error.hide()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_saved(getattr(dialog, "saved", None)))
        dialog.open()

    def _on_saved(self, plan: PlanDetail | None) -> None:
        if plan is None:
            return
        self.error.hide()  # a refusal said before (e.g. findings without a reason) is out of date
        known = [p.id for p in self.loaded.plans]
        if plan.id in known:
            plans = tuple(plan if p.id == plan.id else p for p in self.loaded.plans)
            self.loaded = replace(self.loaded, plans=plans)
            self._fill_versions(plan.id)
        else:  # a new plan or version: the list and the closed previous version come from the database
            self.reload(select=plan.id)
        self.sig_changed.emit()

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(
            self._unexplained_text(exc) if isinstance(exc, UnexplainedFindings) else describe(exc)
        )
        self.error.show()

    def _unexplained_text(self, exc: UnexplainedFindings) -> str:
        """Which findings still need a reason, in the UI language (the service renders them in it)."""
        if exc.state == PlanState.SIGNED:
            intro = self.tr("The plan cannot be signed yet. Record a reason for each of these rule findings:")
        else:
            intro = self.tr("The plan cannot be agreed yet. Record a reason for each of these rule findings:")
        return "\n".join([intro, *(f"• {self.findings.finding_text(f)}" for f in exc.findings)])

    def _confirm(self, text: str) -> bool:
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(self, self.tr("Integration plan"), text, yes | no, no)
        return answer == QMessageBox.StandardButton.Yes

    def flush(self, *, leaving: bool = False) -> None:
        """Save what is typed and not saved yet (the findings' reasons); see ClientRecordView.flush."""
        self.findings.flush(leaving=leaving)

    def _set_state(self, state: PlanState) -> None:
        plan, lang = self._plan(), i18n.current_language()
        number = str(plan.version_no)
        if state == PlanState.SIGNED and not self._confirm(
            fill(
                self.tr("Mark version %1 as signed? After that it is changed only by a new version."), number
            )
        ):
            return
        if state == PlanState.CLOSED and not self._confirm(
            fill(self.tr("Close version %1? A closed plan cannot be opened again."), number)
        ):
            return
        self.error.hide()
        self.findings.flush()  # a reason typed and not saved yet counts (the worker runs them in order)
        Op(
            self, lambda: set_plan_state(self.ws, plan_id=plan.id, state=state, on=date.today(), lang=lang)
        ).on_success(self._on_saved).on_failure(self._show_error).run()

    def _on_edit_goal(self) -> None:
        row = self.goal_table.current_row()
        if row is not None:
            self._open(GoalDialog(self.ws, self._plan().id, self.goals.row_at(row), self))

    def _on_edit_measure(self) -> None:
        row = self.measure_table.current_row()
        if row is not None:
            plan, measure = self._plan(), self.measures.row_at(row)
            status_only = plan.state == PlanState.SIGNED
            self._open(
                MeasureDialog(self.ws, self.lookups, plan, measure, status_only=status_only, parent=self)
            )

    def _remove(self, table: ItemTable) -> None:
        row, lang = table.current_row(), i18n.current_language()
        if row is None:
            return
        work: Callable[[], PlanDetail]
        if table is self.goal_table:
            goal = self.goals.row_at(row)
            question = fill(self.tr("Remove the goal “%1”?"), goal.text[:80])
            work = lambda: remove_goal(self.ws, goal_id=goal.id, lang=lang)  # noqa: E731
        else:
            measure = self.measures.row_at(row)
            question = fill(self.tr("Remove the measure “%1”?"), service_name(self.lookups, measure.service))
            work = lambda: remove_measure(self.ws, measure_id=measure.id, lang=lang)  # noqa: E731
        if self._confirm(question):
            Op(self, work).on_success(self._on_saved).on_failure(self._show_error).run()
