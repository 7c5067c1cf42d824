"""Showing domain text and errors in the user's language, and formatting values."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import CandidacyStage, EmploymentType, Platform, Source
from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError
from asn_monitor.i18n import CONTEXT

# Fields stored as codes, shown by their label.
CODED_FIELDS: dict[str, Any] = {
    "status": Status,
    "source": Source,
    "platform": Platform,
    "candidacy_stage": CandidacyStage,
    "employment_type": EmploymentType,
    "role": Role,
}
# Fields that hold a user's id, shown by the user's name.
USER_FIELDS = frozenset({"assignee_id", "submitted_by", "author_id", "created_by", "captured_by"})
DATE_FIELDS = frozenset({"act_date", "known_date", "received_date"})


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


def format_clock(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """A moment as local "HH:MM", with the day in front when it is not today."""
    if moment is None:
        return "?"
    local = moment.astimezone()
    today = (now or dt.datetime.now(dt.timezone.utc)).astimezone().date()
    return local.strftime("%H:%M" if local.date() == today else "%d/%m %H:%M")


def field_value_text(field: str, value: object, users: Mapping[str, str]) -> str:
    """A stored field value as people read it: labels for codes, names for user ids."""
    if field in USER_FIELDS:
        return users.get(str(value), "—") if value else "—"
    enum = CODED_FIELDS.get(field)
    if enum is not None and isinstance(value, str) and value:
        try:
            return tr_domain(enum(value).label)
        except ValueError:
            return value
    if field in DATE_FIELDS and isinstance(value, str):
        return format_date(value)
    if field == "active" and isinstance(value, int):
        return (
            QCoreApplication.translate("texts", "Ya")
            if value
            else QCoreApplication.translate("texts", "Tidak")
        )
    return format_value(value)


def provisional_number_tip() -> str:
    return QCoreApplication.translate(
        "texts",
        "Nomor sementara dari komputer ini. Nomor tetap diberikan oleh folder bersama saat "
        "kasus pertama kali tersinkron.",
    )
