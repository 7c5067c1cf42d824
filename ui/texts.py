"""Showing domain text and errors in the user's language, and formatting values."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from asn_monitor.errors import AsnError
from asn_monitor.i18n import CONTEXT


def tr_domain(text: str) -> str:
    """Translate a string marked in ``asn_monitor`` (labels, messages)."""
    return QCoreApplication.translate(CONTEXT, text)


def error_text(exc: AsnError) -> str:
    return exc.message(tr_domain)


def show_error(parent: QWidget | None, exc: AsnError, title: str | None = None) -> None:
    QMessageBox.warning(
        parent,
        title or QCoreApplication.translate("texts", "Tidak dapat dilanjutkan"),
        error_text(exc),
    )


def format_date(value: dt.date | str | None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10]).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return value.strftime("%d/%m/%Y")


def format_timestamp(value: str | None) -> str:
    """A stored UTC timestamp shown in the machine's local time."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def format_value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        if value.startswith("[") and value.endswith("]"):
            try:
                items = json.loads(value)
                return ", ".join(map(str, items)) if items else "—"
            except ValueError:
                pass
        return tr_domain(value) if value else "—"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {format_value(v)}" for k, v in value.items())
    return str(value)
