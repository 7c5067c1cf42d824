"""Logging in, with throttling of repeated failures."""

from __future__ import annotations

import datetime as dt

from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.errors import AuthError, LoginThrottled
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import user_from_row
from asn_monitor.store.database import Database, iso

FREE_ATTEMPTS = 5
BASE_DELAY_S = 30
MAX_DELAY_S = 15 * 60


class AuthService:
    def __init__(self, database: Database, hasher: PasswordHasher) -> None:
        self.db = database
        self.hasher = hasher
        # A fixed hash to verify against when the user does not exist, so that a wrong
        # username costs as much time as a wrong password and reveals nothing.
        self._decoy = hasher.hash("decoy-password-never-valid")

    def login(self, username: str, password: str) -> User:
        username = username.strip()
        now = self.db.clock()
        wait = self._seconds_locked(username, now)
        if wait > 0:
            raise LoginThrottled(seconds=wait)
        row = self.db.query_one("SELECT * FROM users WHERE username = ?", (username,))
        ok = self.hasher.verify(password, row["password_hash"] if row else self._decoy)
        if not row or not ok:
            self._record_failure(username, now)
            raise AuthError()
        if not row["active"]:
            raise AuthError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Akun ini telah dinonaktifkan. Hubungi supervisor atau admin."
                )
            )
        if not self.db.readonly:
            self.db.conn.execute("DELETE FROM login_failures WHERE username = ?", (username,))
        return user_from_row(row)

    def _seconds_locked(self, username: str, now: dt.datetime) -> int:
        row = self.db.query_one(
            "SELECT locked_until FROM login_failures WHERE username = ?", (username,)
        )
        if not row or not row["locked_until"]:
            return 0
        until = dt.datetime.fromisoformat(row["locked_until"].replace("Z", "+00:00"))
        return max(0, int((until - now).total_seconds() + 0.999))

    def _record_failure(self, username: str, now: dt.datetime) -> None:
        if self.db.readonly:
            return
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute(
                "SELECT failures FROM login_failures WHERE username = ?", (username,)
            ).fetchone()
            failures = (row[0] if row else 0) + 1
            locked_until = None
            if failures >= FREE_ATTEMPTS:
                delay = min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failures - FREE_ATTEMPTS))
                locked_until = iso(now + dt.timedelta(seconds=delay))
            conn.execute(
                "INSERT INTO login_failures (username, failures, last_failure_at, locked_until) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET "
                "failures = excluded.failures, last_failure_at = excluded.last_failure_at, "
                "locked_until = excluded.locked_until",
                (username, failures, iso(now), locked_until),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
