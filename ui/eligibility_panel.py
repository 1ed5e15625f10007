"""The rules' decisions for one client, with reasons and the law sections they cite."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain import EligibilityOutcome
from app.eligibility import EligibilityPanel, ExplainedReason
from models.enums import ResponsibleParty
from ui import i18n
from ui.fields import enum_label
from ui.widgets import Retranslatable, heading

LIST = "<ul style='margin-left:-20px'>{rows}</ul>"


class EligibilityView(Retranslatable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel: EligibilityPanel | None = None
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = heading(size=13)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def show_panel(self, panel: EligibilityPanel) -> None:
        self.panel = panel
        self.retranslate()

    def _outcome_text(self, outcome: EligibilityOutcome | None) -> str:
        return {
            EligibilityOutcome.MUST_ASSESS: self.tr("An assessment must be made"),
            EligibilityOutcome.MAY_ASSESS: self.tr("An assessment may be made if you judge it needed"),
            EligibilityOutcome.NOT_ELIGIBLE: self.tr("Not eligible for an assessment"),
            EligibilityOutcome.UNKNOWN: self.tr("Cannot decide: data missing"),
            None: self.tr("No rules in force for this date"),
        }[outcome]

    @staticmethod
    def _items(reasons: tuple[ExplainedReason, ...]) -> str:
        rows = "".join(
            f"<li>{escape(r.text)} <span style='color:#5b6670'>({escape(r.section)})</span></li>"
            for r in reasons
        )
        return LIST.format(rows=rows) if rows else ""

    @staticmethod
    def _people(title: str, labels: tuple[str, ...]) -> str:
        if not labels:
            return ""
        rows = "".join(f"<li>{escape(label[:1].upper() + label[1:])}</li>" for label in labels)
        return f"<p style='margin-bottom:0'><b>{escape(title)}</b></p>" + LIST.format(rows=rows)

    def retranslate(self) -> None:
        self.title.setText(self.tr("What the law says"))
        p = self.panel
        if p is None:
            self.body.setText(self.tr("Loading…"))
            return
        html = [f"<h3>{escape(self._outcome_text(p.outcome))}</h3>"]
        if p.window_end and p.window_years:
            if p.window_end < date.today():
                window = self.tr("%2-year window ended on %1")
            else:
                window = self.tr("%2-year window ends on %1")
            window = window.replace("%1", i18n.format_date(p.window_end)).replace("%2", str(p.window_years))
            html.append(f"<p>{escape(window)}</p>")
        html.append(self._items(p.reasons))
        multi = (
            self.tr("Multidisciplinary assessment recommended")
            if p.multidisciplinary_recommended
            else self.tr("Multidisciplinary assessment not indicated")
        )
        html.append(f"<h3>{escape(multi)}</h3>" + self._items(p.multidisciplinary_reasons))
        if p.required_participants or p.optional_participants:
            county = self.tr("Participants from the wellbeing services county (Liite 1)")
            html.append(f"<h3>{escape(county)}</h3>")
            html.append(self._items(p.participant_reasons))
            html.append(self._people(self.tr("Required:"), p.required_participants))
            html.append(self._people(self.tr("If needed:"), p.optional_participants))
        if p.responsible_party:
            party = enum_label(ResponsibleParty(p.responsible_party))
            heading = self.tr("Responsible party: %1").replace("%1", party)
            html.append(f"<h3>{escape(heading)}</h3>")
            html.append(self._items(p.responsibility_reasons))
        html.append(
            "<p style='color:#5b6670'>"
            + escape(self.tr("Rules data version %1").replace("%1", str(p.rules_version)))
            + "</p>"
        )
        self.body.setText("".join(html))
