"""Calendar arithmetic for legal time limits, without third-party libraries.

Finnish rule on computing time limits (laki säädettyjen määräaikain laskemisesta 150/1930): a limit
counted in months or years ends on the day with the same number; if that month has no such day, it ends
on the last day of the month. So 29.2.2024 + 3 years = 28.2.2027 and 31.8. + 6 months = 28.2. (29.2.).
"""

from __future__ import annotations

import calendar
from datetime import date


def last_day_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(start: date, months: int) -> date:
    """``start`` moved by ``months`` (may be negative), clamped to the last day of the target month."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    return date(year, month, min(start.day, last_day_of_month(year, month)))


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)


def is_clamped(start: date, months: int) -> bool:
    """True when ``add_months`` had to move the day back to the end of a shorter month."""
    return add_months(start, months).day != start.day


def format_date(value: date, lang: str) -> str:
    """Dates in reason texts: d.m.yyyy for Finnish and Swedish, ISO 8601 for English."""
    if lang in ("fi", "sv"):
        return f"{value.day}.{value.month}.{value.year}"
    return value.isoformat()
