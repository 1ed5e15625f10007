"""One client's record: details (editable, validated), the law's decisions, and later the rest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.clients import ClientDetail, get_client, update_client
from app.edits import OnClash, StaleEdit, same
from app.eligibility import EligibilityPanel, explain, local_rules
from app.errors import ValidationError
from app.lookups import Lookups
from app.op_changes import OpChanges
from app.workspace import Workspace
from ui import i18n
from ui.assessment_tab import AssessmentTab
from ui.change_bus import ChangeBus
from ui.choose_value import THEIRS, ChooseValueDialog
from ui.client_form import ClientForm
from ui.eligibility_panel import EligibilityView
from ui.meetings_tab import MeetingsTab
from ui.plan_editor import PlanEditor
from ui.print_dialog import PrintDialog
from ui.runner import Op
from ui.timeline_tab import TimelineTab
from ui.widgets import Retranslatable, error_label, heading, muted

AUTOSAVE_MS = 1500  # a pause in typing; longer than the assessment's: names and codes are checked


@dataclass(frozen=True)
class _Loaded:
    detail: ClientDetail
    panel: EligibilityPanel


def _load(ws: Workspace, client_id: str, lang: str) -> _Loaded:
    detail = get_client(ws, client_id=client_id, view="client-record")
    return _Loaded(detail, explain(detail, local_rules(ws), on=date.today(), lang=lang))


def _inside(obj: object, widget: QWidget) -> bool:
    """Whether ``obj`` is ``widget`` or one of its children."""
    while isinstance(obj, QObject):
        if obj is widget:
            return True
        obj = obj.parent()
    return False


def _save_client(
    ws: Workspace,
    client_id: str,
    changes: dict[str, Any],
    base: dict[str, Any],
    on_clash: OnClash,
    *,
    skip_invalid: bool,
) -> None:
    """Save; with ``skip_invalid`` (nobody is there to correct it) a field that fails its check is
    left out and the rest is saved, rather than losing every field to one half-typed code."""
    changes = dict(changes)
    while True:
        try:
            update_client(ws, client_id=client_id, changes=changes, base=base, on_clash=on_clash)
            return
        except ValidationError as exc:
            if not skip_invalid or exc.field not in changes:
                raise
            del changes[exc.field]


class ClientRecordView(Retranslatable):
    sig_back = Signal()

    def __init__(
        self,
        ws: Workspace,
        lookups: Lookups,
        client_id: str,
        bus: ChangeBus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.lookups, self.client_id = ws, lookups, client_id
        self.detail: ClientDetail | None = None  # as stored, except pending fields: as first shown
        self.pending: dict[str, Any] = {}  # fields typed but not saved yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.back = QPushButton()
        self.back.clicked.connect(self.sig_back.emit)
        self.name = heading(size=18)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = muted()
        self.tabs = QTabWidget()
        self.form = ClientForm(lookups)
        self.form.sig_edited.connect(self._on_edited)
        self.error = error_label()
        self.saved = muted()
        self.save = QPushButton()
        self.save.setObjectName("primary")
        self.save.clicked.connect(self._on_save_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked)
        details = QWidget()
        dl = QVBoxLayout(details)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        dl.addWidget(self.error)
        dl.addWidget(scroll, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.saved, 1)
        bar.addWidget(self.save)
        dl.addLayout(bar)
        self.eligibility = EligibilityView()
        # The other tabs are built and loaded when first shown: opening a client is one read and one view.
        self._factories: dict[str, Callable[[], QWidget]] = {
            "assessment": lambda: AssessmentTab(ws, lookups, client_id),
            "plan": lambda: PlanEditor(ws, lookups, client_id),
            "meetings": lambda: MeetingsTab(ws, lookups, client_id),
            "timeline": lambda: TimelineTab(ws, client_id),
        }
        self.keys = ["details", "rules", *self._factories]
        self.built: dict[str, QWidget] = {}
        self.tabs.addTab(details, "")
        self.tabs.addTab(self.eligibility, "")
        for _key in self._factories:
            self.tabs.addTab(QWidget(), "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._on_print_clicked)
        top = QHBoxLayout()
        top.addWidget(self.back)
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.subtitle)
        top.addLayout(names, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        if bus is not None:
            bus.sig_changed.connect(self._on_changes)
        self.reload()

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Caseload"))
        self.back.setAccessibleName(self.tr("Back to caseload"))
        for index, key in enumerate(self.keys):
            self.tabs.setTabText(index, self._title(key))
        self.save.setText(self.tr("Save changes"))
        self.print_button.setText(self.tr("Print or save…"))
        self.print_button.setToolTip(
            self.tr("The plan, the assessment summary or the data extract, in Finnish and a second language")
        )
        self.save.setToolTip(self.tr("Changes are also saved by themselves when you pause typing (Ctrl+S)"))
        self._show_header()

    def help_topic(self) -> str:
        """The guide for the tab on screen (F1): details, rules and timeline share the record's guide."""
        key = self.keys[max(0, self.tabs.currentIndex())]
        return {"assessment": "assessment", "plan": "plan", "meetings": "meetings"}.get(key, "record")

    def _title(self, key: str) -> str:
        return {
            "details": self.tr("Details"),
            "rules": self.tr("Eligibility and rules"),
            "assessment": self.tr("Assessment"),
            "plan": self.tr("Integration plan"),
            "meetings": self.tr("Meetings and notes"),
            "timeline": self.tr("Timeline"),
        }[key]

    def _on_tab_changed(self, index: int) -> None:
        self.flush()  # leaving the form never leaves typing unsaved
        key = self.keys[index]
        if key in self._factories and key not in self.built:
            self._build(key, index)

    def _build(self, key: str, index: int) -> None:
        widget = self._factories[key]()
        self.built[key] = widget
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, self._title(key))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        widget.reload()  # type: ignore[attr-defined]

    def show_tab(self, key: str) -> QWidget:
        """Select a tab by name (building it if needed) and return its widget."""
        self.tabs.setCurrentIndex(self.keys.index(key))
        return self.built.get(key) or self.tabs.currentWidget()

    def flush(self, *, leaving: bool = False) -> None:
        """Save what is typed now. ``leaving``: the person is going elsewhere (Back, another page or
        client, lock, quit), so nobody can answer a question: a field changed meanwhile is kept as a
        conflict instead of asked about, and a field that does not pass its check stays unsaved."""
        self._timer.stop()
        assessment = self.built.get("assessment")
        if isinstance(assessment, AssessmentTab):
            assessment.form.flush(leaving=leaving)
        meetings = self.built.get("meetings")
        if isinstance(meetings, MeetingsTab):
            meetings.flush(leaving=leaving)
        plan = self.built.get("plan")
        if isinstance(plan, PlanEditor):
            plan.flush(leaving=leaving)
        if not self.pending or self.detail is None:
            return
        changes = dict(self.pending)
        base = {name: getattr(self.detail.data, name) for name in changes}
        self._save(changes, base, OnClash.KEEP_BOTH if leaving else OnClash.ASK, leaving=leaving)

    def _save(
        self, changes: dict[str, Any], base: dict[str, Any], on_clash: OnClash, *, leaving: bool = False
    ) -> None:
        self.save.setEnabled(False)
        self.saved.setText(self.tr("Saving…"))
        lang, ws, client_id = i18n.current_language(), self.ws, self.client_id

        def work() -> _Loaded:
            _save_client(ws, client_id, changes, base, on_clash, skip_invalid=leaving)
            return _load(ws, client_id, lang)

        Op(self, work).on_success(lambda loaded: self._on_saved(loaded, changes)).on_failure(
            self._on_save_failed
        ).run()

    def reload(self) -> None:
        lang = i18n.current_language()
        Op(self, lambda: _load(self.ws, self.client_id, lang)).on_success(self._on_loaded).run()

    def _on_loaded(self, loaded: _Loaded) -> None:
        """Show the stored record; fields the person is editing keep what they typed (and the base
        they started from, so a value stored meanwhile is noticed when they save)."""
        old = self.detail
        self.detail = loaded.detail
        if old is not None and self.pending:
            base = {name: getattr(old.data, name) for name in self.pending}
            self.detail = replace(loaded.detail, data=replace(loaded.detail.data, **base))
        self.form.load(loaded.detail.data, only=set(self.form.widgets) - set(self.pending))
        self.eligibility.show_panel(loaded.panel)
        self._show_header()

    def _on_changes(self, changes: OpChanges, initiator: object) -> None:
        """Another window, a tab of this record, or a sync changed this client: show it."""
        if initiator is self or not changes.touches_client(self.client_id):
            return
        self.reload()
        for widget in self.built.values():
            if not _inside(initiator, widget):  # a tab reloads itself after its own changes
                widget.reload()  # type: ignore[attr-defined]

    def _on_edited(self, name: str) -> None:
        if self.detail is None:
            return
        if same(self.form.entered(name), getattr(self.detail.data, name)):
            self.pending.pop(name, None)
        else:
            self.pending[name] = self.form.entered(name)
        if self.pending:
            self.saved.setText(self.tr("Unsaved changes…"))
            self._timer.start()

    def _show_header(self) -> None:
        d = self.detail
        if d is None:
            self.name.setText(self.tr("Loading…"))
            return
        self.name.setText(f"{d.data.first_names} {d.data.last_name}")
        parts = [d.data.name_latin or ""]
        if d.data.date_of_birth:
            parts.append(i18n.format_date(d.data.date_of_birth))
        parts.append(
            Lookups.pick(self.lookups.municipalities.get(d.data.home_municipality), i18n.current_language())
        )
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _on_print_clicked(self) -> None:
        self.flush()
        preferred = self.detail.data.preferred_language if self.detail else None
        PrintDialog(self.ws, self.client_id, preferred, self).exec()

    def _on_save_clicked(self) -> None:
        self.flush()

    def _on_saved(self, loaded: _Loaded, sent: dict[str, Any]) -> None:
        for name, value in sent.items():  # typed on while saving: still pending
            if name in self.pending and same(self.pending[name], value):
                del self.pending[name]
        self.save.setEnabled(True)
        self.error.hide()
        self._on_loaded(loaded)
        now = i18n.locale().toString(QTime.currentTime(), i18n.locale().FormatType.ShortFormat)
        done = self.tr("All changes saved %1").replace("%1", now)
        self.saved.setText(self.tr("Unsaved changes…") if self.pending else done)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save.setEnabled(True)
        if isinstance(exc, StaleEdit):
            self._choose(exc)
            return
        self.saved.setText(self.tr("Not saved"))
        self.error.setText(self.form.describe_error(exc))
        self.error.show()
        if isinstance(exc, ValidationError):
            self.form.focus_field(exc.field)

    def _choose(self, stale: StaleEdit) -> None:
        """Both values, in the form's words; the person's choice is saved, or both are kept."""
        dialog = ChooseValueDialog(stale.clashes, self.form.label, self.form.display, self)
        changes = dict(self.pending)
        base = {name: getattr(self.detail.data, name) for name in changes} if self.detail else {}
        if dialog.exec():
            for name, choice in dialog.choices().items():
                clash = next(c for c in stale.clashes if c.field == name)
                if choice == THEIRS:
                    changes.pop(name, None)
                    self.pending.pop(name, None)
                    self.form.load(replace(self.form.collect(), **{name: clash.theirs}), only={name})
                else:
                    base[name] = clash.theirs  # mine, knowingly over the value stored meanwhile
            self._save(changes, base, OnClash.ASK)
        else:
            self._save(changes, base, OnClash.KEEP_BOTH)
