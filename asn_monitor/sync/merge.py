"""How the hub folds a replica's transaction into the office's log and state.

The rules of DESIGN.md "Storage and sync" and store/DECISIONS.md 6, 8, 9: a change to a
field someone else changed unseen becomes a conflict record; a life-cycle step on a case
moved meanwhile (or given to someone else, by claim token) is refused whole; a rule of the
data (a taken user name) refuses the transaction; the hub numbers new cases and keeps the
claims table in step with who holds each case. Everything here runs inside the hub's
``BEGIN IMMEDIATE`` and touches nothing but that connection.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from asn_monitor.domain import letters
from asn_monitor.domain.lifecycle import SIGNED, Status
from asn_monitor.errors import HubRefused, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.store.changelog import ENTITIES, ChangeWriter, encode
from asn_monitor.store.database import iso, new_id

if TYPE_CHECKING:
    from asn_monitor.sync.hub import HubSession

# Fields that move a case through its life cycle: a change to them is all-or-nothing.
WORKFLOW_FIELDS = frozenset({"status", "assignee_id", "submitted_by"})
# Statuses in which a monitor works the case under a lease.
LEASED = frozenset({Status.DIVERIFIKASI.value, Status.DIKEMBALIKAN.value})
# What the supervisor signs: changed only after the approval is reopened (the case's own
# fields too, but not its workflow fields, which the later steps move).
LOCKED_BY_APPROVAL = frozenset({"worksheet", "worksheet_act", "annotation", "evidence"})
# Statuses a supervisor's decision leads to; each step carries its own record.
DECIDED = frozenset(
    {
        Status.DISETUJUI.value,
        Status.DIKEMBALIKAN.value,
        Status.DITOLAK.value,
        Status.DITERUSKAN.value,
        Status.DITINDAKLANJUTI.value,
        Status.SELESAI.value,
    }
)
_SIGNED = frozenset(s.value for s in SIGNED)
ENTRY_COLUMNS = (
    "origin",
    "seq",
    "tx_id",
    "at",
    "user_id",
    "entity",
    "entity_id",
    "op",
    "field",
    "old_value",
    "new_value",
    "base_version",
    "prev_hash",
    "hash",
    "base_hwm",
)

Entry = dict[str, Any]


@dataclass(frozen=True)
class PushResult:
    seq: int
    hub_id: int
    outcome: str


class Merger:
    """Applies pushed transactions; keeps a cache of each table's column names."""

    def __init__(self) -> None:
        self._columns: dict[str, frozenset[str]] = {}

    def apply_tx(self, s: HubSession, tx: Sequence[Entry], lease: int) -> list[PushResult]:
        conn = s.conn
        verdicts = [self._concurrent_change(conn, entry) for entry in tx]
        refusal = self._workflow_refusal(conn, tx, verdicts)
        conn.execute("SAVEPOINT push_tx")
        try:
            results = []
            for entry, against in zip(tx, verdicts, strict=True):
                if refusal is not None:
                    outcome = "rejected"
                elif against is not None:
                    outcome = "conflict"
                else:
                    outcome = "applied"
                hub_id = _insert_entry(conn, entry, outcome)
                if outcome == "applied":
                    self._apply_entry(conn, entry)
                results.append(PushResult(int(entry["seq"]), hub_id, outcome))
            conn.execute("RELEASE push_tx")
        except sqlite3.IntegrityError as exc:
            # A rule of the data (a taken user name, a record that no longer exists) refuses
            # the whole operation; it is kept as rejected, never half-applied.
            conn.execute("ROLLBACK TO push_tx")
            conn.execute("RELEASE push_tx")
            results = [
                PushResult(int(e["seq"]), _insert_entry(conn, e, "rejected"), "rejected")
                for e in tx
            ]
            self._record_conflict(s, tx[0], None, "rejected", detail=str(exc))
            return results
        if refusal is not None:
            entry, against, reason = refusal
            self._record_conflict(s, entry, against, "step", detail=reason)
            return results
        for entry, against in zip(tx, verdicts, strict=True):
            if against is not None:
                kind = "value" if against.get("op") == "update" else "rejected"
                detail = "" if kind == "value" else "deleted"
                self._record_conflict(s, entry, against, kind, detail=detail)
        self._after_apply(s, tx, results, lease)
        return results

    def _concurrent_change(self, conn: sqlite3.Connection, entry: Entry) -> Entry | None:
        """The newest applied change by another replica that the editor had not seen,
        to the same field with another value (or, for a delete, to any field), or None.

        Any such change counts, not only the newest: after A -> B -> A by others, an
        unseen edit to A still overwrote B unseen, and a step taken from a state the case
        had left (a release after one's own claim was refused) is still a step on a case
        someone else moved."""
        if entry["op"] == "insert":
            return None
        if entry["entity"] == "notification":
            # Read on two PCs: either time says "read"; nothing to choose between.
            return None
        spec = ENTITIES.get(entry["entity"])
        if spec is None:
            raise HubRefused(
                QT_TRANSLATE_NOOP("asn_monitor", "Jenis data tidak dikenal: {entity}."),
                entity=entry["entity"],
            )
        exists = conn.execute(f"SELECT 1 FROM {spec.table} WHERE id = ?", (entry["entity_id"],))
        if exists.fetchone() is None:
            # Deleted meanwhile: the edit has nothing to land on.
            return {"op": "delete", "user_id": None, "at": None, "new_value": None}
        sql = (
            "SELECT id, origin, user_id, at, op, field, new_value FROM changes "
            "WHERE entity_id = ? AND id > ? AND origin != ? AND outcome = 'applied'"
        )
        params: tuple[Any, ...] = (entry["entity_id"], entry["base_hwm"], entry["origin"])
        if entry["op"] == "update" and _decisive_step(entry):
            # Two supervisors approving, referring or recording the same case each bring
            # their own record (review, letter): the same new status is still two steps.
            sql += " AND field = ?"
            params += (entry["field"],)
        elif entry["op"] == "update":
            # Both setting the same value leaves nothing to choose between.
            sql += " AND field = ? AND new_value != ?"
            params += (entry["field"], entry["new_value"])
        cursor = conn.execute(sql + " ORDER BY id DESC LIMIT 1", params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def _workflow_refusal(
        self, conn: sqlite3.Connection, tx: Sequence[Entry], verdicts: Sequence[Entry | None]
    ) -> tuple[Entry, Entry | None, str] | None:
        """A life-cycle step on a case that someone else moved first is refused whole, as
        is a change to what an approval locked, made on a PC that had not seen it, and an
        approval of a worksheet that changed on another PC after the approver last saw it."""
        for entry, against in zip(tx, verdicts, strict=True):
            if (
                entry["entity"] == "case"
                and entry["op"] == "update"
                and entry["field"] not in WORKFLOW_FIELDS
            ):
                row = conn.execute(
                    "SELECT status FROM cases WHERE id = ?", (entry["entity_id"],)
                ).fetchone()
                if row is not None and row[0] in _SIGNED:
                    return entry, None, "locked"
            if entry["entity"] in LOCKED_BY_APPROVAL:
                case_id = _case_of(conn, entry)
                row = conn.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()
                if row is not None and row[0] in _SIGNED:
                    return entry, None, "locked"
                continue
            if entry["entity"] != "case" or entry["field"] not in WORKFLOW_FIELDS:
                continue
            if against is not None:
                return entry, against, "moved"
            if entry["field"] == "status" and json.loads(entry["new_value"]) == "disetujui":
                unseen = _unseen_worksheet_change(conn, entry)
                if unseen is not None:
                    return entry, unseen, "worksheet_changed"
                if _prepared_by(conn, entry["entity_id"], entry["user_id"]):
                    # Four eyes, again at the hub: the approver wrote this worksheet on
                    # another PC (or the replica's own check was bypassed).
                    return entry, None, "four_eyes"
            claim = conn.execute(
                "SELECT holder_id, token FROM claims WHERE case_id = ?", (entry["entity_id"],)
            ).fetchone()
            # Fencing: the case was given to someone else after this edit was made.
            if claim and int(claim[1]) > int(entry["base_hwm"]) and claim[0] != entry["user_id"]:
                return entry, {"user_id": claim[0], "at": None}, "fenced"
        return None

    def _apply_entry(self, conn: sqlite3.Connection, entry: Entry) -> None:
        table = ENTITIES[entry["entity"]].table
        if entry["op"] == "insert":
            row = json.loads(entry["new_value"])
            self._check_columns(conn, table, row)
            conn.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                tuple(row.values()),
            )
        elif entry["op"] == "delete":
            conn.execute(f"DELETE FROM {table} WHERE id = ?", (entry["entity_id"],))
        else:
            self._check_columns(conn, table, {entry["field"]: None})
            conn.execute(
                f"UPDATE {table} SET {entry['field']} = ?, version = version + 1, "
                "updated_at = ? WHERE id = ?",
                (json.loads(entry["new_value"]), entry["at"], entry["entity_id"]),
            )

    def _check_columns(self, conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
        # Column names reach SQL text: only names the table really has may pass.
        if table not in self._columns:
            names = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            self._columns[table] = frozenset(names)
        unknown = set(row) - self._columns[table]
        if unknown:
            raise HubRefused(
                QT_TRANSLATE_NOOP("asn_monitor", "Kolom tidak dikenal di {table}: {fields}."),
                table=table,
                fields=", ".join(sorted(unknown)),
            )

    def _record_conflict(
        self, s: HubSession, entry: Entry, against: Entry | None, kind: str, detail: str
    ) -> None:
        conn = s.conn
        kept_value = None
        case_id = _case_of(conn, entry)
        if entry["op"] == "update":
            table = ENTITIES[entry["entity"]].table
            row = conn.execute(
                f"SELECT {entry['field']} FROM {table} WHERE id = ?", (entry["entity_id"],)
            ).fetchone()
            kept_value = encode(row[0]) if row else None
        writer = ChangeWriter(s, None, base_hwm=0)
        writer.insert(
            "conflict",
            {
                "id": new_id(),
                "kind": kind,
                "entity": entry["entity"],
                "entity_id": entry["entity_id"],
                "field": entry["field"],
                "case_id": case_id,
                "kept_value": kept_value,
                "kept_by": (against or {}).get("user_id"),
                "kept_at": (against or {}).get("at"),
                "lost_value": entry["new_value"],
                "lost_by": entry["user_id"],
                "lost_at": entry["at"],
                "lost_origin": entry["origin"],
                "lost_seq": entry["seq"],
                "detail": detail,
                "status": "open",
                "resolution": None,
                "resolved_by": None,
                "resolved_at": None,
            },
        )

    def _after_apply(
        self, s: HubSession, tx: Sequence[Entry], results: Sequence[PushResult], lease: int
    ) -> None:
        applied = [
            (e, r.hub_id) for e, r in zip(tx, results, strict=True) if r.outcome == "applied"
        ]
        cases = {}
        for entry, hub_id in applied:
            if entry["entity"] != "case":
                continue
            if entry["op"] != "update" or entry["field"] in WORKFLOW_FIELDS:
                cases[entry["entity_id"]] = hub_id  # who holds the case may have changed
            if entry["op"] == "insert" and not json.loads(entry["new_value"]).get("number_final"):
                self._assign_number(s, entry["entity_id"])
        for entry, _hub_id in applied:
            if (
                entry["entity"] == "referral"
                and entry["op"] == "insert"
                and not json.loads(entry["new_value"]).get("letter_number_final")
            ):
                self._assign_letter_number(s, entry["entity_id"])
        for case_id, hub_id in cases.items():
            self._reconcile_claim(s.conn, case_id, hub_id, tx[0]["origin"], s.now(), lease)

    def _assign_number(self, s: HubSession, case_id: str) -> None:
        """Give a case pushed with a provisional number its office-wide one."""
        conn = s.conn
        row = conn.execute(
            "SELECT version, received_date FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        setting = conn.execute("SELECT value FROM settings WHERE id = 'region_prefix'").fetchone()
        prefix = str(setting[0]) if setting and setting[0] else "ASN"
        stem = f"{prefix}-{str(row[1])[:4]}-"
        used = conn.execute(
            "SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM cases "
            "WHERE number_final = 1 AND number LIKE ?",
            (len(stem) + 1, stem.replace("%", "").replace("_", "") + "%"),
        ).fetchone()[0]
        value = _next_in_sequence(conn, f"case:{stem}", used)
        ChangeWriter(s, None, base_hwm=0).update(
            "case", case_id, int(row[0]), {"number": f"{stem}{value:04d}", "number_final": 1}
        )

    def _assign_letter_number(self, s: HubSession, referral_id: str) -> None:
        """Give a referral the next number of its year from the office's sequence, in the
        pattern the replica recorded with it."""
        conn = s.conn
        row = conn.execute(
            "SELECT version, letter_year, letter_date, letter_pattern FROM referrals WHERE id = ?",
            (referral_id,),
        ).fetchone()
        version, year, letter_date, pattern = int(row[0]), int(row[1]), str(row[2]), str(row[3])
        used = conn.execute(
            "SELECT max(letter_seq) FROM referrals WHERE letter_year = ? AND letter_number_final = 1",
            (year,),
        ).fetchone()[0]
        counter = f"letter:{year:04d}"
        value = _next_in_sequence(conn, counter, used)
        try:
            pattern = letters.validate_pattern(pattern)
        except ValidationError:
            pattern = "{nomor:3}/{tahun}"  # a pattern broken outside the app still numbers
        number = letters.format_number(pattern, value, dt.date.fromisoformat(letter_date))
        while conn.execute(
            "SELECT 1 FROM referrals WHERE letter_number = ? COLLATE NOCASE", (number,)
        ).fetchone():
            # A number typed by hand earlier already has this place in the sequence.
            value += 1
            conn.execute("UPDATE counters SET value = ? WHERE name = ?", (value, counter))
            number = letters.format_number(pattern, value, dt.date.fromisoformat(letter_date))
        ChangeWriter(s, None, base_hwm=0).update(
            "referral",
            referral_id,
            version,
            {"letter_number": number, "letter_number_final": 1, "letter_seq": value},
        )

    def _reconcile_claim(
        self,
        conn: sqlite3.Connection,
        case_id: str,
        hub_id: int,
        origin: str,
        now: str,
        lease: int,
    ) -> None:
        """Keep the claims table in step with who holds the case."""
        row = conn.execute(
            "SELECT status, assignee_id FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None or row[0] not in LEASED or not row[1]:
            conn.execute("DELETE FROM claims WHERE case_id = ?", (case_id,))
            return
        claim = conn.execute(
            "SELECT holder_id FROM claims WHERE case_id = ?", (case_id,)
        ).fetchone()
        if claim and claim[0] == row[1]:
            return
        conn.execute(
            "INSERT INTO claims (case_id, holder_id, origin, token, claimed_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
            "holder_id = excluded.holder_id, origin = excluded.origin, token = excluded.token, "
            "claimed_at = excluded.claimed_at, expires_at = excluded.expires_at",
            (case_id, row[1], origin, hub_id, now, later(now, lease)),
        )

    def release_expired(self, s: HubSession, case_id: str) -> None:
        conn = s.conn
        row = conn.execute("SELECT status, version FROM cases WHERE id = ?", (case_id,)).fetchone()
        conn.execute("DELETE FROM claims WHERE case_id = ?", (case_id,))
        if row is None or row[0] not in LEASED:
            return
        ChangeWriter(s, None, base_hwm=0).update(
            "case", case_id, int(row[1]), {"status": Status.MASUK.value, "assignee_id": None}
        )


_INSERT_ENTRY = (
    f"INSERT INTO changes (id, hub_id, {', '.join(ENTRY_COLUMNS)}, outcome, pushed) "
    f"VALUES (?, ?, {', '.join('?' for _ in ENTRY_COLUMNS)}, ?, 1)"
)


def _insert_entry(conn: sqlite3.Connection, entry: Entry, outcome: str) -> int:
    # The position is given rather than left to the hub_position trigger: one statement
    # per record instead of two. AUTOINCREMENT's counter is the next position by
    # definition, and we hold the write lock.
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").fetchone()
    position = (int(row[0]) if row else 0) + 1
    conn.execute(_INSERT_ENTRY, (position, position, *[entry[c] for c in ENTRY_COLUMNS], outcome))
    return position


# Records with a case_id column; those on an evidence item reach their case through it.
_BY_CASE = (
    "note",
    "evidence",
    "worksheet",
    "worksheet_act",
    "review",
    "referral",
    "notification",
    "access",
)
_BY_EVIDENCE = ("annotation", "region_comment", "rendition", "link_check")


def _case_of(conn: sqlite3.Connection, entry: Entry) -> str | None:
    if entry["entity"] == "case":
        return str(entry["entity_id"])
    if entry["entity"] in _BY_CASE:
        table = ENTITIES[entry["entity"]].table
        row = conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", (entry["entity_id"],))
        found = row.fetchone()
        if found:
            return str(found[0])
        if entry["op"] == "insert":
            found_id = json.loads(entry["new_value"]).get("case_id")
            return str(found_id) if found_id else None
    if entry["entity"] in _BY_EVIDENCE:
        table = ENTITIES[entry["entity"]].table
        found = conn.execute(
            f"SELECT e.case_id FROM {table} t JOIN evidence e ON e.id = t.evidence_id "
            "WHERE t.id = ?",
            (entry["entity_id"],),
        ).fetchone()
        if found:
            return str(found[0])
        if entry["op"] == "insert":
            evidence_id = json.loads(entry["new_value"]).get("evidence_id")
            row = conn.execute("SELECT case_id FROM evidence WHERE id = ?", (evidence_id,))
            found = row.fetchone()
            return str(found[0]) if found else None
    return None


def _prepared_by(conn: sqlite3.Connection, case_id: str, user_id: str | None) -> bool:
    """Whether ``user_id`` wrote the case's worksheet or sent the case for review, by the
    hub's log (the same rule as ``CaseService.preparers``)."""
    if not user_id:
        return False
    row = conn.execute(
        "SELECT 1 FROM changes WHERE user_id = ? AND outcome = 'applied' AND ("
        "(entity = 'worksheet' AND entity_id = ?) OR (entity = 'case' AND entity_id = ? "
        "AND field = 'submitted_by')) LIMIT 1",
        (user_id, case_id, case_id),
    ).fetchone()
    return row is not None


def _next_in_sequence(conn: sqlite3.Connection, counter: str, used: object) -> int:
    """The next value of one of the hub's sequences, never at or below ``used`` (the highest
    number already given out, e.g. by a restored backup or typed by hand)."""
    conn.execute(
        "INSERT INTO counters (name, value) VALUES (?, 1) "
        "ON CONFLICT (name) DO UPDATE SET value = value + 1",
        (counter,),
    )
    value = int(conn.execute("SELECT value FROM counters WHERE name = ?", (counter,)).fetchone()[0])
    if used is not None and value <= int(str(used)):
        value = int(str(used)) + 1
        conn.execute("UPDATE counters SET value = ? WHERE name = ?", (value, counter))
    return value


def _decisive_step(entry: Entry) -> bool:
    return (
        entry["entity"] == "case"
        and entry["field"] == "status"
        and json.loads(entry["new_value"]) in DECIDED
    )


def _unseen_worksheet_change(conn: sqlite3.Connection, entry: Entry) -> Entry | None:
    """A change to the case's worksheet by another PC that the approver had not seen (an
    act removed included: it is no longer in the table, its delete record names the case)."""
    case_id = entry["entity_id"]
    cursor = conn.execute(
        "SELECT user_id, at FROM changes WHERE id > ? AND origin != ? AND outcome = 'applied' "
        "AND ((entity = 'worksheet' AND entity_id = ?) OR (entity = 'worksheet_act' AND "
        "(entity_id IN (SELECT id FROM worksheet_acts WHERE case_id = ?) OR (op = 'delete' "
        "AND json_extract(old_value, '$.case_id') = ?)))) "
        "ORDER BY id DESC LIMIT 1",
        (entry["base_hwm"], entry["origin"], case_id, case_id, case_id),
    )
    row = cursor.fetchone()
    return {"user_id": row[0], "at": row[1]} if row else None


def later(now: str, seconds: int) -> str:
    moment = dt.datetime.strptime(now, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
    return iso(moment + dt.timedelta(seconds=seconds))
