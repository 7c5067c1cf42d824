"""Who looked at confidential personal data (the reporter's identity), when and why.

The records are written by the service that shows the data (:meth:`CaseService.reporter`)
in the same step as the look itself; this service only reads them, for the supervisor
and the admin who answer for how the office handles personal data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from asn_monitor.domain.roles import Role
from asn_monitor.errors import PermissionDenied
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.store.database import iso

# What was looked at, by the code stored in ``access_log.what``.
WHAT_TEXTS: dict[str, str] = {
    "reporter": QT_TRANSLATE_NOOP("asn_monitor", "Identitas pelapor"),
}
READERS = frozenset({Role.SUPERVISOR, Role.ADMIN})


@dataclass(frozen=True)
class AccessEntry:
    id: str
    at: str
    user_id: str
    user_name: str
    case_id: str | None
    case_number: str
    what: str
    purpose: str

    @property
    def what_text(self) -> str:
        """The marked (untranslated) description of what was looked at."""
        return WHAT_TEXTS.get(self.what, self.what)

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "user": self.user_name,
            "user_id": self.user_id,
            "case": self.case_number,
            "case_id": self.case_id,
            "what": self.what,
            "purpose": self.purpose,
        }


def _day_start(day: dt.date) -> str:
    """The stored (UTC) form of the first moment of a local calendar day."""
    return iso(dt.datetime.combine(day, dt.time()).astimezone())


class AccessLogService(Service):
    def can_read(self) -> bool:
        current = self._current_actor()
        return bool(current and current.active and current.role in READERS)

    def require_reader(self) -> None:
        if self.require_active().role not in READERS:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Log akses data pribadi hanya dapat dibaca supervisor dan admin."
                )
            )

    def entries(
        self,
        *,
        case_id: str | None = None,
        case_number: str = "",
        user_id: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int = 1000,
    ) -> list[AccessEntry]:
        """The log, newest first. ``case_number`` matches part of the number, ignoring
        case; ``since`` and ``until`` are local calendar days, both included."""
        self.require_reader()
        where: list[str] = []
        params: list[Any] = []
        if case_id:
            where.append("a.case_id = ?")
            params.append(case_id)
        if case_number.strip():
            where.append("c.number LIKE ? ESCAPE '\\'")
            text = case_number.strip().replace("\\", "\\\\").replace("%", "\\%")
            params.append("%" + text.replace("_", "\\_") + "%")
        if user_id:
            where.append("a.user_id = ?")
            params.append(user_id)
        if since is not None:
            where.append("a.created_at >= ?")
            params.append(_day_start(since))
        if until is not None:
            where.append("a.created_at < ?")
            params.append(_day_start(until + dt.timedelta(days=1)))
        sql = (
            "SELECT a.*, coalesce(u.display_name, a.user_id) AS user_name, "
            "coalesce(c.number, '') AS case_number FROM access_log a "
            "LEFT JOIN users u ON u.id = a.user_id LEFT JOIN cases c ON c.id = a.case_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.created_at DESC, a.id LIMIT ?"
        rows = self.db.query(sql, (*params, max(1, limit)))
        return [
            AccessEntry(
                id=r["id"],
                at=r["created_at"],
                user_id=r["user_id"],
                user_name=r["user_name"],
                case_id=r["case_id"],
                case_number=r["case_number"],
                what=r["what"],
                purpose=r["purpose"],
            )
            for r in rows
        ]
