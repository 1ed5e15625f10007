"""The dashboard a counsellor sees on opening: what needs doing this week, and what is missing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.dashboard import Dashboard, load_dashboard
from app.workspace import Workspace
from ui import i18n
from ui.rows_model import RowsModel
from ui.runner import Op
from ui.widgets import EmptyState, Retranslatable, heading, muted

TILES = ("overdue", "this_week", "pending", "missing", "unsynced", "to_review")


class _Tile(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.count = QLabel("–")
        self.count.setObjectName("tileCount")
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.title)


class DashboardView(Retranslatable):
    sig_open_client = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.data: Dashboard | None = None
        self.title = heading(size=16)
        self.subtitle = muted()
        self.tiles = {name: _Tile() for name in TILES}
        tiles = QGridLayout()
        for column, name in enumerate(TILES):
            tiles.addWidget(self.tiles[name], 0, column)
        self.models = {
            "overdue": RowsModel(lambda: (self.tr("Client"), self.tr("Review was due"))),
            "this_week": RowsModel(lambda: (self.tr("Client"), self.tr("Review due"))),
            "pending": RowsModel(lambda: (self.tr("Client"), self.tr("What is pending"))),
            "missing": RowsModel(lambda: (self.tr("Client"), self.tr("Missing"))),
        }
        self.list_titles = {name: QLabel() for name in self.models}
        self.tables: dict[str, QTableView] = {}
        self.states: dict[str, EmptyState] = {}
        lists = QGridLayout()
        for i, (name, model) in enumerate(self.models.items()):
            table = QTableView()
            table.setModel(model)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            table.activated.connect(lambda index, m=model: self.sig_open_client.emit(m.key(index.row())))
            self.tables[name] = table
            self.states[name] = EmptyState(table)
            box = QVBoxLayout()
            self.list_titles[name].setObjectName("heading")
            self.list_titles[name].setStyleSheet("font-size: 11pt; font-weight: bold;")
            box.addWidget(self.list_titles[name])
            box.addWidget(self.states[name])
            lists.addLayout(box, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(tiles)
        layout.addLayout(lists, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today"))
        self.subtitle.setText(i18n.format_date(date.today()))
        titles = {
            "overdue": self.tr("Reviews overdue"),
            "this_week": self.tr("Reviews due this week"),
            "pending": self.tr("Assessments pending"),
            "missing": self.tr("Clients with missing data"),
            "unsynced": self.tr("Unsynced changes"),
            "to_review": self.tr("Conflicts to review"),
        }
        for name, tile in self.tiles.items():
            tile.title.setText(titles[name])
            tile.setAccessibleName(titles[name])
        for name, label in self.list_titles.items():
            label.setText(titles[name])
            self.tables[name].setAccessibleName(titles[name])
            self.models[name].retranslate()
        empty = {
            "overdue": self.tr("No reviews are overdue."),
            "this_week": self.tr("No reviews are due in the next seven days."),
            "pending": self.tr("No assessment is waiting to be made or finished."),
            "missing": self.tr("No client is missing data the rules need."),
        }
        for name, state in self.states.items():
            state.set_text(empty[name])
        if self.data is not None:
            self._show(self.data)

    def reload(self) -> None:
        today = date.today()
        Op(self, lambda: load_dashboard(self.ws, today=today)).on_success(self._show).run()

    def _show(self, data: Dashboard) -> None:
        self.data = data
        counts = {
            "overdue": len(data.reviews_overdue),
            "this_week": len(data.reviews_due_this_week),
            "pending": len(data.assessments_pending),
            "missing": len(data.missing_data),
            "unsynced": data.unsynced_changes,
            "to_review": data.to_review,  # open conflicts and refused changes (the Conflicts page)
        }
        for name, count in counts.items():
            self.tiles[name].count.setText(i18n.locale().toString(count))
        self.models["overdue"].set_rows(
            [(r.client_id, (r.client_name, i18n.format_date(r.due))) for r in data.reviews_overdue]
        )
        self.models["this_week"].set_rows(
            [(r.client_id, (r.client_name, i18n.format_date(r.due))) for r in data.reviews_due_this_week]
        )
        self.models["pending"].set_rows(
            [
                (
                    p.client_id,
                    (
                        p.client_name,
                        self.tr("Draft assessment to finish")
                        if p.assessment_id
                        else self.tr("Assessment must be made"),
                    ),
                )
                for p in data.assessments_pending
            ]
        )
        self.models["missing"].set_rows(
            [
                (c.client_id, (c.client_name, self.tr("First permit date or labour market status")))
                for c in data.missing_data
            ]
        )
        for name, state in self.states.items():
            state.set_empty(not self.models[name].rows)
