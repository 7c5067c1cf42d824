"""Small reusable widgets."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QDate
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

_EMPTY = QDate(1900, 1, 1)


def select_data(combo: QComboBox, data: object) -> None:
    """Select the item carrying ``data``, or the first item when none does."""
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)


class OptionalDateEdit(QDateEdit):
    """A date field that can also be empty (shown as "—"), with a calendar popup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText("—")
        self.setDate(_EMPTY)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        # An empty field would open its calendar on January 1900: show this month instead.
        calendar = self.calendarWidget()
        if self.value() is None and calendar.isVisible():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())

    def value(self) -> dt.date | None:
        date = self.date()
        if date == _EMPTY:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY)

    def clear_value(self) -> None:
        self.setDate(_EMPTY)


class Banner(QLabel):
    """A coloured message strip for errors and notices inside a form."""

    STYLES: ClassVar[dict[str, str]] = {
        "error": "background:#fdecea; color:#8a1c12; border:1px solid #f5c2bd;",
        "info": "background:#e8f1fb; color:#0d3c61; border:1px solid #b6d4f2;",
        "warning": "background:#fff4e5; color:#663c00; border:1px solid #ffd8a8;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.setStyleSheet(self.STYLES[kind] + " padding:6px; border-radius:3px;")
        self.setText(text)
        self.show()

    def clear(self) -> None:
        super().clear()
        self.hide()
