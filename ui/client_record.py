"""One client's record: details (editable, validated), the law's decisions, and later the rest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.clients import ClientDetail, get_client, update_client
from app.eligibility import EligibilityPanel, explain, local_rules
from app.errors import ValidationError
from app.lookups import Lookups
from app.workspace import Workspace
from ui import i18n
from ui.assessment_tab import AssessmentTab
from ui.client_form import ClientForm
from ui.eligibility_panel import EligibilityView
from ui.errors import describe
from ui.meetings_tab import MeetingsTab
from ui.plan_editor import PlanEditor
from ui.print_dialog import PrintDialog
from ui.runner import Op
from ui.timeline_tab import TimelineTab
from ui.widgets import Retranslatable, error_label, heading, muted


@dataclass(frozen=True)
class _Loaded:
    detail: ClientDetail
    panel: EligibilityPanel


def _load(ws: Workspace, client_id: str, lang: str) -> _Loaded:
    detail = get_client(ws, client_id=client_id, view="client-record")
    return _Loaded(detail, explain(detail, local_rules(ws), on=date.today(), lang=lang))


class ClientRecordView(Retranslatable):
    sig_changed = Signal(str)  # client id: lists may refresh
    sig_back = Signal()

    def __init__(
        self, ws: Workspace, lookups: Lookups, client_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.lookups, self.client_id = ws, lookups, client_id
        self.detail: ClientDetail | None = None
        self.back = QPushButton()
        self.back.clicked.connect(self.sig_back.emit)
        self.name = heading(size=18)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = muted()
        self.tabs = QTabWidget()
        self.form = ClientForm(lookups)
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
        self.reload()

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Caseload"))
        self.back.setAccessibleName(self.tr("Back to caseload"))
        for index, key in enumerate(self.keys):
            self.tabs.setTabText(index, self._title(key))
        self.save.setText(self.tr("Save changes"))
        self.print_button.setText(self.tr("Print or save…"))
        self._show_header()

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

    def flush(self) -> None:
        assessment = self.built.get("assessment")
        if isinstance(assessment, AssessmentTab):
            assessment.form.flush()

    def reload(self) -> None:
        lang = i18n.current_language()
        Op(self, lambda: _load(self.ws, self.client_id, lang)).on_success(self._on_loaded).run()

    def _on_loaded(self, loaded: _Loaded) -> None:
        self.detail = loaded.detail
        self.form.load(loaded.detail.data)
        self.eligibility.show_panel(loaded.panel)
        self._show_header()

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
        data = self.form.collect()
        changes = {name: getattr(data, name) for name in self.form.widgets}
        self.save.setEnabled(False)
        self.error.hide()
        lang = i18n.current_language()

        def work() -> _Loaded:
            update_client(self.ws, client_id=self.client_id, changes=changes)
            return _load(self.ws, self.client_id, lang)

        Op(self, work).on_success(self._on_saved).on_failure(self._on_save_failed).run()

    def _on_saved(self, loaded: _Loaded) -> None:
        self.save.setEnabled(True)
        self._on_loaded(loaded)
        now = i18n.locale().toString(QTime.currentTime(), i18n.locale().FormatType.ShortFormat)
        self.saved.setText(self.tr("Saved %1").replace("%1", now))
        self.sig_changed.emit(self.client_id)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save.setEnabled(True)
        self.error.setText(describe(exc))
        self.error.show()
        if isinstance(exc, ValidationError):
            self.form.focus_field(exc.field)
