"""Integrity checks behind ``python main.py check``.

Besides SQLite's own checks, the change log is verified two ways: each origin's chain of
hashes must be unbroken, and replaying the log must give exactly the rows in the state
tables. An edit made with a SQL tool outside the app breaks one or the other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.store.changelog import BOOKKEEPING, ENTITIES, GENESIS, entry_hash
from asn_monitor.store.database import Database

_MAX_REPORTED = 20


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
    report = CheckReport()
    conn = database.conn
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
        return report  # the log cannot be trusted on a damaged file
    _check_chains(database, report)
    _check_replay(database, report)
    report.facts["changes"] = int(database.scalar("SELECT count(*) FROM changes"))
    report.facts["cases"] = int(database.scalar("SELECT count(*) FROM cases"))
    report.facts["users"] = int(database.scalar("SELECT count(*) FROM users"))
    return report


def _check_chains(database: Database, report: CheckReport) -> None:
    cursor = database.conn.execute("SELECT * FROM changes ORDER BY origin, seq")
    names = [c[0] for c in cursor.description]
    origin, expected_seq, prev = None, 1, GENESIS
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


def _check_replay(database: Database, report: CheckReport) -> None:
    conn = database.conn
    for entity, spec in ENTITIES.items():
        replayed: dict[str, dict[str, Any]] = {}
        cursor = conn.execute(
            "SELECT entity_id, op, field, new_value, base_version, at FROM changes "
            "WHERE entity = ? ORDER BY id",
            (entity,),
        )
        for entity_id, op, name, new_value, base_version, at in cursor:
            if op == "insert":
                replayed[entity_id] = json.loads(new_value)
            elif op == "delete":
                replayed.pop(entity_id, None)
            elif entity_id in replayed:
                row = replayed[entity_id]
                row[name] = json.loads(new_value)
                row["version"] = base_version + 1
                row["updated_at"] = at
        cursor = conn.execute(f"SELECT * FROM {spec.table}")
        names = [c[0] for c in cursor.description]
        seen = set()
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            seen.add(row["id"])
            expected = replayed.get(row["id"])
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
                if name in BOOKKEEPING - {"version"} and name not in expected:
                    continue
                if expected.get(name) != row[name]:
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
        for missing in replayed.keys() - seen:
            report.add(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Baris {table} {id} ada di log perubahan tetapi hilang dari tabel.",
                ),
                table=spec.table,
                id=missing,
            )
