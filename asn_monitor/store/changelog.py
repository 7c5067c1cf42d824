"""Writing state changes together with their change records.

The writer is the only code that changes synced tables. For each insert, update or
delete it writes the state row and one change record per field (one per record for
insert and delete), chained by hash per origin. ``version`` and ``updated_at`` are
bookkeeping: they are not logged as fields but follow from ``base_version`` and ``at``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any, Protocol

from asn_monitor.errors import NotFound, VersionConflict
from asn_monitor.i18n import QT_TRANSLATE_NOOP


class WriterHost(Protocol):
    """What the writer needs from its store: the replica's Database or a hub session."""

    conn: sqlite3.Connection
    origin: str

    def now(self) -> str: ...


GENESIS = "0" * 64


@dataclass(frozen=True)
class EntitySpec:
    table: str
    # Fields whose values are never shown in a history view (they are still synced).
    secret: frozenset[str] = frozenset()


ENTITIES: dict[str, EntitySpec] = {
    "setting": EntitySpec("settings"),
    "user": EntitySpec("users", secret=frozenset({"password_hash"})),
    "subject": EntitySpec("subjects"),
    "account": EntitySpec("subject_accounts"),
    "reporter": EntitySpec("reporters", secret=frozenset({"name", "contact", "nik"})),
    "case": EntitySpec("cases"),
    "evidence": EntitySpec("evidence"),
    "note": EntitySpec("notes"),
    "conflict": EntitySpec("conflicts"),
    "annotation": EntitySpec("annotations"),
    "region_comment": EntitySpec("region_comments"),
    "rendition": EntitySpec("renditions"),
    "link_check": EntitySpec("link_checks"),
    "worksheet": EntitySpec("worksheets"),
    "worksheet_act": EntitySpec("worksheet_acts"),
    "catalogue": EntitySpec("catalogues"),
    "registry": EntitySpec("registry"),
    "review": EntitySpec("reviews"),
    "referral": EntitySpec("referrals"),
    "notification": EntitySpec("notifications"),
    "access": EntitySpec("access_log"),
}
# Records that name a file in the evidence store by its SHA-256 (uploaded before them).
FILE_ENTITIES = frozenset({"evidence", "rendition", "link_check"})
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at"})


def encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def entry_hash(entry: dict[str, Any]) -> str:
    payload = [
        entry["origin"],
        entry["seq"],
        entry["tx_id"],
        entry["at"],
        entry["user_id"],
        entry["entity"],
        entry["entity_id"],
        entry["op"],
        entry["field"],
        entry["old_value"],
        entry["new_value"],
        entry["base_version"],
        entry["prev_hash"],
    ]
    return hashlib.sha256(encode(payload).encode("utf-8")).hexdigest()


class ChangeWriter:
    """Writes inside the transaction opened by :meth:`Database.transaction`."""

    def __init__(
        self, database: WriterHost, user_id: str | None, base_hwm: int | None = None
    ) -> None:
        self._database = database
        self._conn = database.conn
        self.user_id = user_id
        self.tx_id = str(uuid.uuid4())
        self.at = database.now()
        self._seq: int | None = None
        self._prev_hash: str | None = None
        # The hub position this edit was made on top of: what the hub compares with to
        # tell a concurrent edit from a later one.
        self.base_hwm = base_hwm if base_hwm is not None else self._read_hwm()

    def _read_hwm(self) -> int:
        row = self._conn.execute("SELECT value FROM replica_meta WHERE key = 'hwm'").fetchone()
        return int(row[0]) if row else 0

    # -- public operations ---------------------------------------------------------

    def insert(self, entity: str, row: dict[str, Any]) -> dict[str, Any]:
        spec = ENTITIES[entity]
        full = dict(row)
        full.setdefault("created_at", self.at)
        full["updated_at"] = full["created_at"]
        full["version"] = 1
        columns = ", ".join(full)
        marks = ", ".join("?" for _ in full)
        self._conn.execute(
            f"INSERT INTO {spec.table} ({columns}) VALUES ({marks})", tuple(full.values())
        )
        self._append(entity, full["id"], "insert", "*", None, full, 0)
        return full

    def update(
        self, entity: str, entity_id: str, expected_version: int, changes: dict[str, Any]
    ) -> int:
        """Compare-and-swap update; logs only fields whose value really changes.

        Returns the row's new version (unchanged if nothing differed).
        """
        spec = ENTITIES[entity]
        current = self._load(spec, entity_id)
        if current["version"] != expected_version:
            raise VersionConflict(who=self._last_author(entity_id))
        diff = {k: v for k, v in changes.items() if k not in BOOKKEEPING and current.get(k) != v}
        if not diff:
            return expected_version
        sets = ", ".join(f"{k} = ?" for k in diff)
        cursor = self._conn.execute(
            f"UPDATE {spec.table} SET {sets}, version = version + 1, updated_at = ? "
            "WHERE id = ? AND version = ?",
            (*diff.values(), self.at, entity_id, expected_version),
        )
        if cursor.rowcount != 1:
            raise VersionConflict(who=self._last_author(entity_id))
        for name, value in diff.items():
            self._append(
                entity, entity_id, "update", name, current.get(name), value, expected_version
            )
        return expected_version + 1

    def delete(self, entity: str, entity_id: str, expected_version: int) -> None:
        spec = ENTITIES[entity]
        current = self._load(spec, entity_id)
        if current["version"] != expected_version:
            raise VersionConflict(who=self._last_author(entity_id))
        self._conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", (entity_id,))
        self._append(entity, entity_id, "delete", "*", current, None, expected_version)

    # -- internals -------------------------------------------------------------------

    def forget_chain(self) -> None:
        """After a savepoint rollback the cached chain head may name rolled-back rows."""
        self._seq = None
        self._prev_hash = None

    def _load(self, spec: EntitySpec, entity_id: str) -> dict[str, Any]:
        cursor = self._conn.execute(f"SELECT * FROM {spec.table} WHERE id = ?", (entity_id,))
        row = cursor.fetchone()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Data {id} tidak ditemukan; mungkin sudah dihapus."
                ),
                id=entity_id,
            )
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def _last_author(self, entity_id: str) -> str:
        row = self._conn.execute(
            "SELECT coalesce(u.display_name, c.user_id, '?') FROM changes c "
            "LEFT JOIN users u ON u.id = c.user_id WHERE c.entity_id = ? "
            "ORDER BY c.id DESC LIMIT 1",
            (entity_id,),
        ).fetchone()
        return str(row[0]) if row else "?"

    def _chain_head(self) -> tuple[int, str]:
        if self._seq is None or self._prev_hash is None:
            row = self._conn.execute(
                "SELECT seq, hash FROM changes WHERE origin = ? ORDER BY seq DESC LIMIT 1",
                (self._database.origin,),
            ).fetchone()
            self._seq, self._prev_hash = (int(row[0]), str(row[1])) if row else (0, GENESIS)
        return self._seq, self._prev_hash

    def _append(
        self,
        entity: str,
        entity_id: str,
        op: str,
        field: str,
        old: Any,
        new: Any,
        base_version: int,
    ) -> None:
        seq, prev = self._chain_head()
        entry: dict[str, Any] = {
            "origin": self._database.origin,
            "seq": seq + 1,
            "tx_id": self.tx_id,
            "at": self.at,
            "user_id": self.user_id,
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "field": field,
            "old_value": encode(old),
            "new_value": encode(new),
            "base_version": base_version,
            "prev_hash": prev,
        }
        entry["hash"] = entry_hash(entry)
        entry["base_hwm"] = self.base_hwm
        self._conn.execute(
            f"INSERT INTO changes ({', '.join(entry)}) VALUES ({', '.join('?' for _ in entry)})",
            tuple(entry.values()),
        )
        self._seq, self._prev_hash = entry["seq"], entry["hash"]
