"""Messages shown under the fields of a dialog, from a service's ``ValidationError``."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from asn_monitor.errors import AsnError, ValidationError
from ui.texts import error_text, tr_domain
from ui.widgets import Banner

ERROR_STYLE = "border:1px solid #c62828;"


class FieldErrors:
    """Keeps, for each field key the service names, the widget and a red line under it.

    The banner carries the headline; each field's own message sits under that field, so a
    user fixing one field need not look elsewhere for what is wrong with it.
    """

    def __init__(self, banner: Banner) -> None:
        self.banner = banner
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def wrap(self, key: str, widget: QWidget, also: QWidget | None = None) -> QWidget:
        """``widget`` with an (initially hidden) message line under it; ``also`` is laid
        out instead of ``widget`` when the field is a composite (a row of radios)."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(also or widget)
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setWordWrap(True)
        label.setStyleSheet("color:#c62828;")
        label.hide()
        layout.addWidget(label)
        self._fields[key] = (widget, label)
        return box

    def show(self, exc: AsnError) -> None:
        """The error's headline in the banner and each field's message under it."""
        self.clear()
        field_errors = exc.field_errors if isinstance(exc, ValidationError) else {}
        shown = {k: e for k, e in field_errors.items() if k in self._fields}
        # Messages of fields this form lacks stay in the banner, not lost.
        if shown and len(shown) == len(field_errors):
            headline = AsnError.message(exc, tr_domain)
        else:
            headline = error_text(exc)
        self.banner.show_message(headline)
        first: QWidget | None = None
        for key, err in shown.items():
            widget, label = self._fields[key]
            widget.setStyleSheet(ERROR_STYLE)
            label.setText(error_text(err))
            label.show()
            first = first or widget
        if first is not None:
            first.setFocus()

    def message(self, key: str) -> str:
        """The message shown under ``key`` ("" when none is)."""
        _widget, label = self._fields[key]
        return "" if label.isHidden() else label.text()

    def clear(self) -> None:
        self.banner.clear()
        for widget, label in self._fields.values():
            widget.setStyleSheet("")
            label.clear()
            label.hide()
