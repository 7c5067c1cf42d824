"""Opening the local store and running writes as audited transactions.

The connection is created here with ``isolation_level=None`` (we issue BEGIN/COMMIT
ourselves) and handed to sqlite-utils for reading and inserting. Every write goes through
:meth:`Database.transaction`: one ``BEGIN IMMEDIATE`` that changes state rows and appends
their change records together, so the audit trail and the outbox can never disagree with
the data.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from asn_monitor.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    StoreError,
    WorkspaceError,
)
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.store import queue_index, schema
from asn_monitor.store.changelog import ChangeWriter

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def iso(moment: dt.datetime) -> str:
    """UTC timestamp text that sorts correctly as a string."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def new_id() -> str:
    return str(uuid.uuid4())


def translate_sqlite_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """Turn SQLite's error into one a user can act on."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(path=str(path))
    if "locked" in text or "busy" in text:
        return DatabaseLocked(path=str(path))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorrupt(path=str(path), detail=str(exc))
    if "disk i/o" in text or "unable to open" in text or "full" in text:
        return WorkspaceError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Berkas basis data {path} tidak dapat diakses ({detail}). Perubahan belum disimpan.",
            ),
            path=str(path),
            detail=str(exc),
        )
    return StoreError(
        QT_TRANSLATE_NOOP("asn_monitor", "Kesalahan basis data pada {path}: {detail}"),
        path=str(path),
        detail=str(exc),
    )


class Database:
    """The local replica: a SQLite file in WAL mode with our schema and change log."""

    def __init__(
        self,
        path: Path | str,
        *,
        create: bool = False,
        clock: Clock = utc_now,
        busy_timeout_ms: int = 5000,
    ) -> None:
        self.path = Path(path)
        self.clock = clock
        self.readonly = False
        if not self.path.exists() and not create:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("asn_monitor", "Basis data {path} tidak ditemukan."),
                path=str(self.path),
            )
        self.conn = self._connect(busy_timeout_ms)
        try:
            self._check_header()
            # Refuse a newer file before touching it: even switching the journal mode
            # rewrites its header.
            found = schema.current_version(self.conn)
            if found > schema.SCHEMA_VERSION:
                raise DatabaseTooNew(
                    path=str(self.path), found=found, supported=schema.SCHEMA_VERSION
                )
            if not self.readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if found < schema.SCHEMA_VERSION:
                if self.readonly:
                    raise DatabaseReadOnly(path=str(self.path))
                schema.migrate(self.conn)
            self.origin = self._ensure_origin()
            if not self.readonly:
                queue_index.ensure(self.conn)
        except sqlite3.Error as exc:
            self.conn.close()
            raise translate_sqlite_error(exc, self.path) from exc
        except BaseException:
            self.conn.close()
            raise
        self.db = sqlite_utils.Database(self.conn)
        self._depth = 0
        self._writer: ChangeWriter | None = None
        # Called after each committed write (the sync engine is woken this way).
        self.on_commit: list[Callable[[], None]] = []

    def _connect(self, busy_timeout_ms: int) -> sqlite3.Connection:
        try:
            return self._open_connection(busy_timeout_ms)
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from exc

    def _open_connection(self, busy_timeout_ms: int) -> sqlite3.Connection:
        if self.path.exists():
            # WAL needs to create files next to the database, so a read-only folder makes
            # the store read-only even when the file itself could be written.
            self.readonly = not (
                os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
            )
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.readonly:
            conn = self._open_readonly()
        else:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        return conn

    def _open_readonly(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri()
        conn = sqlite3.connect(
            uri + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
        # A WAL database in a folder we cannot write (a read-only share or medium) cannot
        # get its shared-memory file; nobody can be writing it there either, so read it
        # as an unchanging file.
        return sqlite3.connect(
            uri + "?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False
        )

    def _check_header(self) -> None:
        # Reading the schema forces SQLite to parse the header: a file that is not a
        # database (or whose first page is damaged) fails here rather than mid-session.
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def _ensure_origin(self) -> str:
        row = self.conn.execute("SELECT value FROM replica_meta WHERE key = 'origin'").fetchone()
        if row:
            return str(row[0])
        if self.readonly:
            raise DatabaseReadOnly(path=str(self.path))
        origin = new_id()
        self.conn.execute(
            "INSERT OR IGNORE INTO replica_meta (key, value) VALUES ('origin', ?)", (origin,)
        )
        return str(
            self.conn.execute("SELECT value FROM replica_meta WHERE key = 'origin'").fetchone()[0]
        )

    def close(self) -> None:
        self.conn.close()

    def now(self) -> str:
        return iso(self.clock())

    # -- reading -------------------------------------------------------------------

    def query(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[dict[str, Any]]:
        try:
            return list(self.db.query(sql, params))
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from exc

    def query_one(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        try:
            row = self.conn.execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from exc
        return row[0] if row else None

    # -- writing -------------------------------------------------------------------

    @contextmanager
    def transaction(self, user_id: str | None) -> Iterator[ChangeWriter]:
        """One audited write. Nested calls join the outer transaction as a savepoint."""
        if self.readonly:
            raise DatabaseReadOnly(path=str(self.path))
        if self._depth:
            assert self._writer is not None
            savepoint = f"sp{self._depth}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            self._depth += 1
            writer = self._writer
            outer = (writer.user_id, writer.tx_id, writer.at)
            # A nested call is its own logical operation: own id, own time.
            writer.user_id, writer.tx_id, writer.at = user_id, new_id(), self.now()
            try:
                yield self._writer
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {savepoint}")
                self.conn.execute(f"RELEASE {savepoint}")
                self._writer.forget_chain()
                raise
            else:
                self.conn.execute(f"RELEASE {savepoint}")
            finally:
                self._depth -= 1
                writer.user_id, writer.tx_id, writer.at = outer
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from exc
        self._depth = 1
        self._writer = ChangeWriter(self, user_id)
        try:
            yield self._writer
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise translate_sqlite_error(exc, self.path) from exc
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0
            self._writer = None
        for callback in list(self.on_commit):
            callback()

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def set_counter(self, name: str, value: int) -> int:
        """Set a local counter; call inside a transaction."""
        self.conn.execute(
            "INSERT INTO counters (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )
        return value

    def next_counter(self, name: str) -> int:
        """Next value of a local counter; call inside a transaction."""
        self.conn.execute(
            "INSERT INTO counters (name, value) VALUES (?, 1) "
            "ON CONFLICT (name) DO UPDATE SET value = value + 1",
            (name,),
        )
        return int(self.scalar("SELECT value FROM counters WHERE name = ?", (name,)))
