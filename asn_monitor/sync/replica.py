"""The replica's side of sync: its outbox, and folding the hub's log into it.

A replica's state is, by construction, what replaying its log gives: every record the hub
applied, in hub order, then this replica's own records still waiting in the outbox. So
applying what was pulled (or what the hub said about a push) is: store the records, then
rebuild each touched row from its log. Rows nobody touched are left alone. This is the
same rule ``check`` verifies, so sync can never leave a replica that fails its own check.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import takewhile
from typing import Any

from asn_monitor.errors import HubRefused
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.store.changelog import ENTITIES
from asn_monitor.store.database import Database
from asn_monitor.sync.hub import PullBatch
from asn_monitor.sync.merge import ENTRY_COLUMNS, Entry, PushResult

BATCH_ENTRIES = 50
_UNCOMPARED = frozenset({"version", "updated_at"})


@dataclass
class Touched:
    """What a sync step changed in the replica, for views to refresh."""

    rows: set[tuple[str, str]] = field(default_factory=set)
    conflicts: int = 0

    def merge(self, other: Touched) -> None:
        self.rows |= other.rows
        self.conflicts += other.conflicts


class ReplicaLink:
    """Sync bookkeeping on one replica connection (the sync engine's own)."""

    def __init__(self, database: Database) -> None:
        self.db = database
        self.conn = database.conn

    # -- meta ----------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM replica_meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO replica_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def hwm(self) -> int:
        return int(self.meta("hwm") or 0)

    def pending_count(self) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM changes WHERE origin = ? AND hub_id IS NULL",
                (self.db.origin,),
            ).fetchone()[0]
        )

    # -- push ------------------------------------------------------------------------

    def outbox(self, limit: int = BATCH_ENTRIES) -> list[list[Entry]]:
        """The oldest waiting transactions, whole, about ``limit`` records in all.

        A transaction is a run of consecutive records with one ``tx_id``; the hub checks
        that each origin's records arrive in unbroken order.
        """
        window = limit * 4
        sql = (
            f"SELECT {', '.join(ENTRY_COLUMNS)} FROM changes "
            "WHERE origin = ? AND hub_id IS NULL ORDER BY seq LIMIT ?"
        )
        rows = self._entries(sql, (self.db.origin, window))
        runs: list[list[Entry]] = []
        for entry in rows:
            if runs and runs[-1][-1]["tx_id"] == entry["tx_id"]:
                runs[-1].append(entry)
            else:
                runs.append([entry])
        if len(rows) == window:
            if len(runs) > 1:
                runs.pop()  # the last run may go on past the window
            else:
                everything = self._entries(sql, (self.db.origin, -1))
                runs = [list(takewhile(lambda e: e["tx_id"] == rows[0]["tx_id"], everything))]
        batch: list[list[Entry]] = []
        count = 0
        for run in runs:
            if batch and count + len(run) > limit:
                break
            batch.append(run)
            count += len(run)
        return batch

    def _entries(self, sql: str, params: tuple[Any, ...]) -> list[Entry]:
        cursor = self.conn.execute(sql, params)
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    def record_push(self, results: Sequence[PushResult]) -> Touched:
        touched = Touched()
        if not results:
            return touched
        with self._sync_transaction():
            # Everything applied, behind all that this replica already holds from the hub:
            # replaying the log gives every row as it is, so rebuilding can be skipped.
            newest = int(
                self.conn.execute("SELECT coalesce(max(hub_id), 0) FROM changes").fetchone()[0]
            )
            in_order = all(r.outcome == "applied" for r in results) and (
                min(r.hub_id for r in results) > newest
            )
            self.conn.executemany(
                "UPDATE changes SET hub_id = ?, outcome = ?, pushed = 1 "
                "WHERE origin = ? AND seq = ?",
                [(r.hub_id, r.outcome, self.db.origin, r.seq) for r in results],
            )
            touched.conflicts += sum(1 for r in results if r.outcome != "applied")
            keys = [r.seq for r in results]
            if in_order:
                return touched
            rows = self.conn.execute(
                f"SELECT DISTINCT entity, entity_id FROM changes WHERE origin = ? "
                f"AND seq IN ({', '.join('?' for _ in keys)})",
                (self.db.origin, *keys),
            ).fetchall()
            touched.rows |= self._rebuild_all((str(e), str(i)) for e, i in rows)
        return touched

    # -- pull ------------------------------------------------------------------------

    def check_hub_identity(self, batch: PullBatch) -> bool:
        """True when the hub was restored from a backup since the last pull (and this
        replica has been rebased onto it); refuses a different hub."""
        known = self.meta("hub_id")
        if known and known != batch.hub_id:
            raise HubRefused(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Folder bersama ini berisi hub kantor lain; ruang kerja ini terhubung ke hub "
                    "{known}. Pakai ruang kerja lain untuk hub ini.",
                ),
                known=known[:8],
            )
        epoch = self.meta("hub_epoch")
        if known and (epoch != batch.epoch or batch.high < self.hwm()):
            self.rebase(batch.high)
            # Rebased onto this epoch: without it the next pull would rebase again, forever.
            self._set_meta("hub_epoch", batch.epoch)
            return True
        return False

    def apply_pull(self, batch: PullBatch) -> Touched:
        touched = Touched()
        with self._sync_transaction():
            self._set_meta("hub_id", batch.hub_id)
            self._set_meta("hub_epoch", batch.epoch)
            self._set_meta("hub_origin", batch.hub_origin)
            keys: list[tuple[str, str]] = []
            for entry in batch.entries:
                row = self.conn.execute(
                    "SELECT hash FROM changes WHERE origin = ? AND seq = ?",
                    (entry["origin"], entry["seq"]),
                ).fetchone()
                if row is not None:
                    if row[0] != entry["hash"]:
                        raise HubRefused(
                            QT_TRANSLATE_NOOP(
                                "asn_monitor",
                                "Hub dan komputer ini menyimpan catatan berbeda untuk asal "
                                "{origin} nomor {seq}. Sinkronisasi dihentikan; jalankan "
                                "\u201cpython main.py check\u201d.",
                            ),
                            origin=str(entry["origin"])[:8],
                            seq=entry["seq"],
                        )
                    self.conn.execute(
                        "UPDATE changes SET hub_id = ?, outcome = ?, pushed = 1 "
                        "WHERE origin = ? AND seq = ?",
                        (entry["id"], entry["outcome"], entry["origin"], entry["seq"]),
                    )
                else:
                    values = [entry[c] for c in ENTRY_COLUMNS]
                    self.conn.execute(
                        f"INSERT INTO changes ({', '.join(ENTRY_COLUMNS)}, hub_id, outcome, "
                        f"pushed) VALUES ({', '.join('?' for _ in ENTRY_COLUMNS)}, ?, ?, 1)",
                        (*values, entry["id"], entry["outcome"]),
                    )
                key = (str(entry["entity"]), str(entry["entity_id"]))
                if key not in keys:
                    keys.append(key)
                if entry["entity"] == "conflict" and entry["op"] == "insert":
                    touched.conflicts += 1
            touched.rows |= self._rebuild_all(keys)
            if batch.entries:
                self._set_meta("hwm", str(batch.entries[-1]["id"]))
        return touched

    def rebase(self, high: int) -> None:
        """The hub went back to a backup: what it no longer has is sent again (our own
        records) or fetched again from whoever made it (everyone else's)."""
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._sync_transaction():
                rows = self.conn.execute(
                    "SELECT DISTINCT entity, entity_id FROM changes WHERE hub_id > ?", (high,)
                ).fetchall()
                self.conn.execute(
                    "DELETE FROM changes WHERE hub_id > ? AND origin != ?", (high, self.db.origin)
                )
                self.conn.execute(
                    "UPDATE changes SET hub_id = NULL, outcome = 'applied', pushed = 0 "
                    "WHERE hub_id > ? AND origin = ?",
                    (high, self.db.origin),
                )
                self._rebuild_all((str(e), str(i)) for e, i in rows)
                self._set_meta("hwm", str(min(self.hwm(), high)))
                self.conn.execute("DELETE FROM replica_meta WHERE key = 'hub_epoch'")
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")

    # -- rebuilding rows from the log --------------------------------------------------

    def _sync_transaction(self) -> Any:
        return _SyncTransaction(self.conn)

    def _rebuild_all(self, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        changed = set()
        for entity, entity_id in keys:
            if self._rebuild(entity, entity_id):
                changed.add((entity, entity_id))
        return changed

    def _rebuild(self, entity: str, entity_id: str) -> bool:
        spec = ENTITIES.get(entity)
        if spec is None:
            return False
        row: dict[str, Any] | None = None
        last_at = None
        cursor = self.conn.execute(
            "SELECT op, field, new_value, at FROM changes WHERE entity_id = ? AND entity = ? "
            "AND outcome = 'applied' ORDER BY hub_id IS NULL, hub_id, id",
            (entity_id, entity),
        )
        for op, name, new_value, at in cursor:
            if op == "insert":
                row = json.loads(new_value)
            elif op == "delete":
                row = None
            elif row is not None:
                row[name] = json.loads(new_value)
            last_at = at
        current = self._current(spec.table, entity_id)
        if row is None:
            if current is None:
                return False
            self.conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", (entity_id,))
            return True
        if current is not None and all(
            current.get(k) == v for k, v in row.items() if k not in _UNCOMPARED
        ):
            return False
        row["version"] = int(current["version"]) + 1 if current else int(row.get("version") or 1)
        row["updated_at"] = last_at or row.get("updated_at")
        columns = ", ".join(row)
        updates = ", ".join(f"{k} = excluded.{k}" for k in row if k != "id")
        self.conn.execute(
            f"INSERT INTO {spec.table} ({columns}) VALUES ({', '.join('?' for _ in row)}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}",
            tuple(row.values()),
        )
        return True

    def _current(self, table: str, entity_id: str) -> dict[str, Any] | None:
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (entity_id,))
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([c[0] for c in cursor.description], found, strict=True))


class _SyncTransaction:
    """BEGIN IMMEDIATE on the replica with foreign keys checked at COMMIT: rows arrive in
    hub order, which may name a parent before it is rebuilt."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("PRAGMA defer_foreign_keys = ON")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        elif self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
