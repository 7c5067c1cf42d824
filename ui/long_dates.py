"""Dates as an Indonesian letter writes them ("05 November 2024"), whatever the UI language:
the letter and the decree are Indonesian documents."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from ui.widgets import OptionalDateEdit

LONG_FORMAT = "dd MMMM yyyy"


def letter_locale() -> QLocale:
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def long_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return letter_locale().toString(QDate(value.year, value.month, value.day), LONG_FORMAT)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def long_date_edit(value: dt.date, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar popup, in the letter's long format."""
    edit = QDateEdit(parent)
    edit.setLocale(letter_locale())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(LONG_FORMAT)
    edit.setDate(to_qdate(value))
    return edit


def optional_long_date_edit(parent: QWidget | None = None) -> OptionalDateEdit:
    """As :func:`long_date_edit`, but may stay empty ("—")."""
    edit = OptionalDateEdit(parent)
    edit.setLocale(letter_locale())
    edit.setDisplayFormat(LONG_FORMAT)
    return edit
