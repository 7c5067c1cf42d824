"""Integrity checks behind ``python main.py check``.

Besides SQLite's own checks, the change log is verified three ways: each origin's chain of
hashes must be unbroken; replaying the log must give exactly the rows in the state tables;
and every status change in the log must be one the life cycle allows to the role its
author had at that moment (four eyes included). An edit made with a SQL tool outside the
app breaks one of them, even one that appends well-formed, correctly chained records.

The whole check reads one snapshot (a single read transaction), so work saved by another
process while it runs is never mistaken for tampering.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from asn_monitor.domain.lifecycle import TRANSITIONS, Status, Transition
from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.store.changelog import BOOKKEEPING, ENTITIES, GENESIS, entry_hash
from asn_monitor.store.database import Database

_MAX_REPORTED = 20
# A pair of statuses may be reached by more than one step (a monitor's claim, a
# supervisor's assignment): a change is lawful if any of them allows its author.
_STEPS: dict[tuple[str, str], list[Transition]] = {}
for _t in TRANSITIONS:
    _STEPS.setdefault((_t.source.value, _t.target.value), []).append(_t)
# Steps the hub itself takes (an expired claim returns the case to the pool).
_SYSTEM_STEPS = {(t.source.value, t.target.value) for t in TRANSITIONS if t.releases}
# Bookkeeping that the hub and each replica keep on their own clock: not compared.
_UNCOMPARED = frozenset({"version", "updated_at"})


@dataclass
class CheckReport:
    problems: list[AsnError] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def add(self, template: str, **params: Any) -> None:
        if len(self.problems) < _MAX_REPORTED:
            self.problems.append(AsnError(template, **params))
        elif len(self.problems) == _MAX_REPORTED:
            self.problems.append(
                AsnError(QT_TRANSLATE_NOOP("asn_monitor", "… dan masalah lainnya."))
            )


def check_database(database: Database) -> CheckReport:
    return check_connection(database.conn)


def check_connection(conn: sqlite3.Connection) -> CheckReport:
    """Check a replica or the hub through an open connection (not in a transaction)."""
    report = CheckReport()
    try:
        conn.execute("BEGIN")  # one snapshot for every query below
        try:
            _check(conn, report)
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        # Damage deep in the file surfaces as an error from whichever query reaches it.
        report.add(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Berkas basis data rusak ({detail}). Pulihkan dari cadangan; jangan menulis ke "
                "berkas ini.",
            ),
            detail=str(exc),
        )
    return report


def _check(conn: sqlite3.Connection, report: CheckReport) -> None:
    for (message,) in conn.execute("PRAGMA integrity_check").fetchall():
        if message != "ok":
            report.add(QT_TRANSLATE_NOOP("asn_monitor", "SQLite integrity_check: {m}"), m=message)
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
        report.add(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Rujukan rusak: {table} baris {rowid} merujuk {parent} yang tidak ada.",
            ),
            table=table,
            rowid=rowid,
            parent=parent,
        )
    if not report.healthy:
        return  # the log cannot be trusted on a damaged file
    _check_chains(conn, report)
    replayed = _replay(conn, report)
    _compare_tables(conn, replayed, report)
    report.facts["changes"] = int(conn.execute("SELECT count(*) FROM changes").fetchone()[0])
    report.facts["cases"] = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    report.facts["users"] = int(conn.execute("SELECT count(*) FROM users").fetchone()[0])


def _check_chains(conn: sqlite3.Connection, report: CheckReport) -> None:
    cursor = conn.execute("SELECT * FROM changes ORDER BY origin, seq")
    names = [c[0] for c in cursor.description]
    origin: str = ""
    expected_seq, prev = 1, GENESIS
    for values in cursor:
        entry = dict(zip(names, values, strict=True))
        if entry["origin"] != origin:
            origin, expected_seq, prev = entry["origin"], 1, GENESIS
        if entry["seq"] != expected_seq:
            report.add(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Catatan perubahan hilang: asal {origin} melompat dari {expected} ke {seq}.",
                ),
                origin=origin[:8],
                expected=expected_seq,
                seq=entry["seq"],
            )
        if entry["prev_hash"] != prev or entry_hash(entry) != entry["hash"]:
            report.add(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Rantai catatan perubahan putus pada asal {origin} nomor {seq}: catatan "
                    "diubah di luar aplikasi.",
                ),
                origin=origin[:8],
                seq=entry["seq"],
            )
        expected_seq, prev = entry["seq"] + 1, entry["hash"]


def _replay(conn: sqlite3.Connection, report: CheckReport) -> dict[str, dict[str, dict[str, Any]]]:
    """Rebuild every synced table from the log, in the order changes were applied,
    checking each status change against the life cycle as it goes."""
    state: dict[str, dict[str, dict[str, Any]]] = {entity: {} for entity in ENTITIES}
    row = conn.execute("SELECT value FROM replica_meta WHERE key = 'hub_origin'").fetchone()
    hub_origin = row[0] if row else None
    # The order the hub applied them in; records still in this replica's outbox last.
    cursor = conn.execute(
        "SELECT entity, entity_id, op, field, old_value, new_value, base_version, at, user_id, "
        "origin FROM changes WHERE outcome = 'applied' ORDER BY hub_id IS NULL, hub_id, id"
    )
    # Who wrote each case's worksheet (four eyes): case id -> user ids.
    preparers: dict[str, set[str]] = {}
    act_case: dict[str, str] = {}
    for (
        entity,
        entity_id,
        op,
        name,
        old_value,
        new_value,
        base_version,
        at,
        user_id,
        origin,
    ) in cursor:
        rows = state.setdefault(entity, {})
        if user_id and entity in ("worksheet", "worksheet_act"):
            if entity == "worksheet_act" and op == "insert":
                act_case[entity_id] = str(json.loads(new_value).get("case_id"))
            case_key = entity_id if entity == "worksheet" else act_case.get(entity_id, "")
            preparers.setdefault(case_key, set()).add(user_id)
        if op == "insert":
            rows[entity_id] = json.loads(new_value)
            if entity == "case" and rows[entity_id].get("status") != Status.MASUK.value:
                report.add(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Kasus {number} dibuat langsung berstatus {status}; kasus baru selalu "
                        "mulai dari Masuk (dicatat di luar aplikasi).",
                    ),
                    number=rows[entity_id].get("number", "?"),
                    status=rows[entity_id].get("status", "?"),
                )
        elif op == "delete":
            rows.pop(entity_id, None)
        elif entity_id in rows:
            row = rows[entity_id]
            system = user_id is None and origin == hub_origin
            if (
                entity == "case"
                and name == "status"
                and not (system and (json.loads(old_value), json.loads(new_value)) in _SYSTEM_STEPS)
            ):
                _check_step(
                    row,
                    json.loads(old_value),
                    json.loads(new_value),
                    user_id,
                    state["user"],
                    preparers.get(entity_id, set()),
                    report,
                )
            row[name] = json.loads(new_value)
            row["version"] = base_version + 1
            row["updated_at"] = at
    return state


def _check_step(
    case: dict[str, Any],
    old: str,
    new: str,
    user_id: str | None,
    users: dict[str, dict[str, Any]],
    preparers: set[str],
    report: CheckReport,
) -> None:
    user = users.get(user_id or "")
    role = Role(user["role"]) if user else None
    step = next((t for t in _STEPS.get((old, new), []) if role in t.roles), None)
    if step is None or role not in step.roles or not (user and user.get("active")):
        report.add(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Kasus {number}: perubahan status {old} \u2192 {new} oleh {user} tidak sah menurut "
                "alur kasus (dicatat di luar aplikasi).",
            ),
            number=case.get("number", "?"),
            old=Status(old).label if old in Status._value2member_map_ else old,
            new=Status(new).label if new in Status._value2member_map_ else new,
            user=(user or {}).get("username", user_id or "?"),
        )
    elif step.not_by_preparer and (case.get("submitted_by") == user_id or user_id in preparers):
        report.add(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Kasus {number}: disetujui oleh penyusun lembar sanksinya sendiri ({user}); "
                "prinsip empat mata dilanggar (dicatat di luar aplikasi).",
            ),
            number=case.get("number", "?"),
            user=user.get("username", "?") if user else "?",
        )


def _column_defaults(conn: sqlite3.Connection, table: str) -> dict[str, Any]:
    """Each column's declared default as a value (the literals our schema uses)."""
    out: dict[str, Any] = {}
    for _cid, name, _type, _notnull, default, _pk in conn.execute(f"PRAGMA table_info({table})"):
        if default is None:
            continue
        text = str(default)
        if text.startswith("'") and text.endswith("'"):
            out[name] = text[1:-1].replace("''", "'")
        else:
            try:
                out[name] = int(text)
            except ValueError:
                try:
                    out[name] = float(text)
                except ValueError:
                    out[name] = text
    return out


def _compare_tables(
    conn: sqlite3.Connection, replayed: dict[str, dict[str, dict[str, Any]]], report: CheckReport
) -> None:
    for entity, spec in ENTITIES.items():
        expected_rows = replayed.get(entity, {})
        defaults = _column_defaults(conn, spec.table)
        cursor = conn.execute(f"SELECT * FROM {spec.table}")
        names = [c[0] for c in cursor.description]
        seen = set()
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            seen.add(row["id"])
            expected = expected_rows.get(row["id"])
            if expected is None:
                report.add(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Baris {table} {id} tidak tercatat di log perubahan (ditambahkan di luar "
                        "aplikasi).",
                    ),
                    table=spec.table,
                    id=row["id"],
                )
                continue
            for name in names:
                if name in _UNCOMPARED or (name in BOOKKEEPING and name not in expected):
                    continue
                # A record written without a column (it did not exist yet, or the insert
                # left it to its default) holds the column's declared default.
                if expected.get(name, defaults.get(name)) != row[name]:
                    report.add(
                        QT_TRANSLATE_NOOP(
                            "asn_monitor",
                            "{table} {id}: kolom {field} berbeda dari log perubahan (diubah di "
                            "luar aplikasi).",
                        ),
                        table=spec.table,
                        id=row["id"],
                        field=name,
                    )
        for missing in expected_rows.keys() - seen:
            report.add(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Baris {table} {id} ada di log perubahan tetapi hilang dari tabel.",
                ),
                table=spec.table,
                id=missing,
            )
