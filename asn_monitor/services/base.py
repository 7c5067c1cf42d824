"""What every service shares: the store, the acting user, and permission checks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from asn_monitor.domain.models import User
from asn_monitor.domain.roles import Permission, Role, has_permission
from asn_monitor.errors import PermissionDenied
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.store.database import Database


def user_from_row(row: dict[str, Any]) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        display_name=row["display_name"],
        role=Role(row["role"]),
        active=bool(row["active"]),
        version=row["version"],
    )


class Service:
    def __init__(self, database: Database, actor: User) -> None:
        self.db = database
        self.actor = actor

    def today(self) -> dt.date:
        # Dates a user types are local-office dates; the office is in WITA (UTC+8), but the
        # machine's own local date is what the user sees on screen, so use that.
        return self.db.clock().astimezone().date()

    def _current_actor(self) -> User | None:
        """The actor as stored now: a deactivation or role change takes effect at once,
        even for someone who is already logged in."""
        row = self.db.query_one("SELECT * FROM users WHERE id = ?", (self.actor.id,))
        current = user_from_row(row) if row else None
        if current is not None and current.role != self.actor.role:
            self.actor = current
        return current

    def require_active(self) -> User:
        current = self._current_actor()
        if current is None or not current.active:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Akun Anda sudah dinonaktifkan. Hubungi supervisor atau admin."
                )
            )
        return current

    def require(self, permission: Permission) -> None:
        """Refuse unless the actor, as stored now, is active and has ``permission``."""
        if not has_permission(self.require_active().role, permission):
            raise PermissionDenied()

    def can(self, permission: Permission) -> bool:
        current = self._current_actor()
        return bool(current and current.active and has_permission(current.role, permission))
