"""Logging in, with throttling of repeated failures."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3

from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.errors import AuthError, LoginThrottled
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import user_from_row
from asn_monitor.store.database import Database, iso

FREE_ATTEMPTS = 5
BASE_DELAY_S = 30
MAX_DELAY_S = 15 * 60


def _delay(failures: int) -> int:
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failures - FREE_ATTEMPTS)))


class AuthService:
    """Failures are counted in the store (so a restart does not reset them) and in memory
    (so a read-only or locked store cannot be used to guess without limit)."""

    def __init__(self, database: Database, hasher: PasswordHasher) -> None:
        self.db = database
        self.hasher = hasher
        # A fixed hash to verify against when the user does not exist, so that a wrong
        # username costs as much time as a wrong password and reveals nothing.
        self._decoy = hasher.hash("decoy-password-never-valid")
        self._memory: dict[str, tuple[int, dt.datetime | None]] = {}

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
        self._memory.pop(username.lower(), None)
        if not self.db.readonly:
            # A busy store must not stop a correct login; the stored count expires anyway.
            with contextlib.suppress(sqlite3.Error):
                self.db.conn.execute("DELETE FROM login_failures WHERE username = ?", (username,))
        return user_from_row(row)

    def _seconds_locked(self, username: str, now: dt.datetime) -> int:
        until: dt.datetime | None = self._memory.get(username.lower(), (0, None))[1]
        row = self.db.query_one(
            "SELECT locked_until FROM login_failures WHERE username = ?", (username,)
        )
        if row and row["locked_until"]:
            stored = dt.datetime.fromisoformat(row["locked_until"].replace("Z", "+00:00"))
            until = max(until, stored) if until else stored
        if until is None:
            return 0
        return max(0, int((until - now).total_seconds() + 0.999))

    def _record_failure(self, username: str, now: dt.datetime) -> None:
        key = username.lower()
        count = self._memory.get(key, (0, None))[0] + 1
        delay = _delay(count)
        self._memory[key] = (count, now + dt.timedelta(seconds=delay) if delay else None)
        if self.db.readonly:
            return
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            return  # store busy: the in-memory count still throttles this session
        try:
            row = conn.execute(
                "SELECT failures FROM login_failures WHERE username = ?", (username,)
            ).fetchone()
            failures = (row[0] if row else 0) + 1
            delay = _delay(failures)
            locked_until = iso(now + dt.timedelta(seconds=delay)) if delay else None
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
