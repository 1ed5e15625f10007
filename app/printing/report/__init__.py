"""The annual report for the welfare group (hyvinvointiryhmä) and the partner municipalities'
contract follow-up: figures (``collect``), CSV (``export``), PDF (``app.printing.report_pdf``)."""

from app.printing.report.collect import annual_figures
from app.printing.report.figures import DIRECTION_KINDS, NOT_RECORDED, REVIEW_KINDS, Figures

__all__ = ["DIRECTION_KINDS", "NOT_RECORDED", "REVIEW_KINDS", "Figures", "annual_figures"]
