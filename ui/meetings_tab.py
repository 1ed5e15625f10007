"""Meetings (book, record as held, cancel) and the client's append-only notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.booking_advice import BookingAdvice, booking_advice
from app.drafts import load_draft, save_draft
from app.lookups import Lookups
from app.meetings import (
    MeetingView,
    NoteView,
    add_note,
    book_meeting,
    cancel_meeting,
    meetings_for_client,
    notes_for_client,
    record_meeting_held,
)
from app.workspace import Workspace
from models.enums import MeetingMode, MeetingPurpose
from ui import i18n
from ui.errors import describe
from ui.fields import CodeCombo, EnumCombo, enum_label
from ui.rows_model import RowsModel
from ui.runner import Op, runner
from ui.widgets import EmptyState, Retranslatable, error_label, heading


@dataclass(frozen=True)
class Booking:
    starts_at: datetime
    duration_minutes: int
    mode: MeetingMode
    purpose: MeetingPurpose
    municipality: str | None
    place: str | None
    interpreter_language: str | None


class BookMeetingDialog(QDialog):
    """``advice``: what the programme says about the chosen purpose and way of meeting (a remote
    assessment, say), shown under the fields as they change; never a reason to refuse the booking.
    ``booking``: the work that books what is entered (run if the laptop locks with the dialog open)."""

    def __init__(
        self,
        lookups: Lookups,
        parent: QWidget | None = None,
        advice: BookingAdvice | None = None,
        booking: Callable[[Booking], Callable[[], object]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.advice, self.booking = advice, booking
        self.setWindowTitle(self.tr("Book a meeting"))
        self.starts_at = QDateTimeEdit(QDateTime.currentDateTime().addDays(1))
        self.starts_at.setCalendarPopup(True)
        self.duration = QSpinBox()
        self.duration.setRange(15, 480)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.mode = EnumCombo(MeetingMode, optional=False)
        self.purpose = EnumCombo(MeetingPurpose, optional=False)
        partners = {c: lookups.municipalities[c] for c in lookups.partner_municipalities}
        self.municipality = CodeCombo(partners, optional=True)
        self.place = QLineEdit()
        self.interpreter = CodeCombo(lookups.languages, optional=True)
        form = QFormLayout(self)
        for text, widget in (
            (self.tr("Starts"), self.starts_at),
            (self.tr("Minutes"), self.duration),
            (self.tr("How"), self.mode),
            (self.tr("Purpose"), self.purpose),
            (self.tr("Municipality"), self.municipality),
            (self.tr("Place"), self.place),
            (self.tr("Interpreter language"), self.interpreter),
        ):
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        self.advice_label = QLabel()
        self.advice_label.setObjectName("warn")
        self.advice_label.setWordWrap(True)
        self.advice_label.setAccessibleName(self.tr("What the integration programme says"))
        form.addRow(self.advice_label)
        self.mode.currentIndexChanged.connect(self._show_advice)
        self.purpose.currentIndexChanged.connect(self._show_advice)
        self._show_advice()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _show_advice(self) -> None:
        mode, purpose = self.mode.value(), self.purpose.value()
        notes = (
            self.advice.notes(purpose, mode, i18n.current_language())
            if self.advice is not None and mode is not None and purpose is not None
            else ()
        )
        self.advice_label.setText("\n".join(notes))
        self.advice_label.setVisible(bool(notes))

    def save_before_lock(self) -> None:
        """The laptop locks with the dialog open: the meeting is booked as entered (every field holds
        a value it accepts) rather than lost with the dialog."""
        if self.booking is not None:
            runner().submit(self.booking(self.values()), lambda _m: None, lambda _exc: None)

    def values(self) -> Booking:
        starts = self.starts_at.dateTime().toPython()
        assert isinstance(starts, datetime)
        return Booking(
            starts,
            self.duration.value(),
            self.mode.value(),
            self.purpose.value(),
            self.municipality.value(),
            self.place.text().strip() or None,
            self.interpreter.value(),
        )


NOTE_DRAFT = "note"
_Loaded = tuple[list[MeetingView], list[NoteView], str, BookingAdvice]


class MeetingsTab(Retranslatable):
    def __init__(
        self, ws: Workspace, lookups: Lookups, client_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.lookups, self.client_id = ws, lookups, client_id
        self.meetings: list[MeetingView] = []
        self.notes: list[NoteView] = []
        self.advice: BookingAdvice | None = None  # read with the meetings
        self.meetings_title, self.notes_title = heading(size=12), heading(size=12)
        self.model = RowsModel(
            lambda: (
                self.tr("When"),
                self.tr("Purpose"),
                self.tr("How"),
                self.tr("Status"),
                self.tr("Place"),
                self.tr("Interpreter"),
            )
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table_state = EmptyState(self.table)
        self._loaded = False
        self.book, self.held, self.cancel = QPushButton(), QPushButton(), QPushButton()
        self.book.clicked.connect(self._on_book_clicked)
        self.held.clicked.connect(self._on_held_clicked)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.error = error_label()
        self.note_list = QLabel()
        self.note_list.setWordWrap(True)
        self.note_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes_scroll = QScrollArea()
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setWidget(self.note_list)
        self.note_text = QPlainTextEdit()
        self.note_text.setFixedHeight(70)
        self.add_note = QPushButton()
        self.add_note.clicked.connect(self._on_add_note_clicked)
        buttons = QHBoxLayout()
        for b in (self.book, self.held, self.cancel):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.meetings_title)
        left.addWidget(self.table_state, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.notes_title)
        right.addWidget(notes_scroll, 1)
        right.addWidget(self.note_text)
        right.addWidget(self.add_note)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(columns, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.meetings_title.setText(self.tr("Meetings"))
        self.notes_title.setText(self.tr("Notes"))
        self.book.setText(self.tr("Book a meeting…"))
        self.held.setText(self.tr("Record as held"))
        self.cancel.setText(self.tr("Cancel meeting"))
        self.add_note.setText(self.tr("Add note"))
        self.note_text.setAccessibleName(self.tr("New note"))
        self.note_text.setPlaceholderText(self.tr("Notes are kept as written: they cannot be edited later."))
        self.table.setAccessibleName(self.tr("Meetings"))
        self.book.setToolTip(
            self.tr("Time, place, how the meeting is held and whether an interpreter is needed")
        )
        self.held.setToolTip(self.tr("Mark the selected meeting as held"))
        self.cancel.setToolTip(self.tr("Mark the selected meeting as cancelled; it stays in the list"))
        self.add_note.setToolTip(
            self.tr("Add the note with the time and your user name; notes cannot be changed later")
        )
        self.table_state.set_text(
            self.tr("No meetings booked for this client yet. Book the first one with “Book a meeting…”.")
        )
        self.model.retranslate()
        self._show()

    def reload(self) -> None:
        def load() -> _Loaded:
            return (
                meetings_for_client(self.ws, client_id=self.client_id),
                notes_for_client(self.ws, client_id=self.client_id),
                load_draft(self.ws, NOTE_DRAFT, self.client_id),
                booking_advice(self.ws, client_id=self.client_id),
            )

        Op(self, load).on_success(self._on_loaded).run()

    def _on_loaded(self, loaded: _Loaded) -> None:
        self.meetings, self.notes, draft, self.advice = loaded
        self._loaded = True
        if draft and not self.note_text.toPlainText():
            self.note_text.setPlainText(draft)  # a note begun before the record was left
        self._show()

    def flush(self, *, leaving: bool = False) -> None:
        """Keep a note being written as a draft (not added: notes cannot be changed once added)."""
        if leaving:
            text, ws, client_id = self.note_text.toPlainText(), self.ws, self.client_id
            Op(self, lambda: save_draft(ws, NOTE_DRAFT, client_id, text)).run()

    def _show(self) -> None:
        lang = i18n.current_language()
        self.model.set_rows(
            [
                (
                    m.id,
                    (
                        i18n.format_datetime(m.starts_at),
                        enum_label(m.purpose),
                        enum_label(m.mode),
                        enum_label(m.status),
                        m.place or "",
                        self.lookups.pick(self.lookups.languages.get(m.interpreter_language or ""), lang),
                    ),
                )
                for m in self.meetings
            ]
        )
        self.table_state.set_empty(self._loaded and not self.meetings)
        parts = [
            f"<p><b>{i18n.format_datetime(n.written_at)} · {escape(n.author)}</b><br>"
            + escape(n.text).replace("\n", "<br>")
            + "</p>"
            for n in self.notes
        ]
        self.note_list.setText("".join(parts) or self.tr("No notes yet."))

    def _selected(self) -> MeetingView | None:
        row = self.table.currentIndex().row()
        return self.meetings[row] if 0 <= row < len(self.meetings) else None

    def _done(self, _value: object) -> None:
        self.error.hide()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(describe(exc))
        self.error.show()

    def booking_dialog(self) -> BookMeetingDialog:
        return BookMeetingDialog(self.lookups, self, self.advice, self._booking)

    def _booking(self, b: Booking) -> Callable[[], MeetingView]:
        ws, client_id = self.ws, self.client_id
        return lambda: book_meeting(
            ws,
            client_id=client_id,
            starts_at=b.starts_at,
            mode=b.mode,
            purpose=b.purpose,
            municipality=b.municipality,
            place=b.place,
            interpreter_language=b.interpreter_language,
            duration_minutes=b.duration_minutes,
        )

    def _on_book_clicked(self) -> None:
        dialog = self.booking_dialog()
        if not dialog.exec():
            return
        Op(self, self._booking(dialog.values())).on_success(self._done).on_failure(self._failed).run()

    def _on_held_clicked(self) -> None:
        m = self._selected()
        if m is not None:
            Op(self, lambda: record_meeting_held(self.ws, meeting_id=m.id)).on_success(self._done).on_failure(
                self._failed
            ).run()

    def _on_cancel_clicked(self) -> None:
        m = self._selected()
        if m is not None:
            Op(self, lambda: cancel_meeting(self.ws, meeting_id=m.id)).on_success(self._done).on_failure(
                self._failed
            ).run()

    def _on_add_note_clicked(self) -> None:
        text, ws, client_id = self.note_text.toPlainText(), self.ws, self.client_id

        def work() -> NoteView:
            note = add_note(ws, client_id=client_id, text=text)
            save_draft(ws, NOTE_DRAFT, client_id, "")
            return note

        Op(self, work).on_success(self._on_note_added).on_failure(self._failed).run()

    def _on_note_added(self, _note: NoteView) -> None:
        self.note_text.clear()
        self._done(None)
