"""``python main.py check`` for a synced workspace: replica, hub, evidence and the two
copies of every origin's change chain held against each other."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.store.database import Database
from asn_monitor.store.integrity import CheckReport, check_connection, check_database
from asn_monitor.sync.evidence import EvidenceStore
from asn_monitor.sync.hub import Hub


@dataclass
class OfficeReport:
    replica: CheckReport
    hub: CheckReport
    witness: CheckReport
    evidence: CheckReport

    @property
    def healthy(self) -> bool:
        return all(r.healthy for r in (self.replica, self.hub, self.witness, self.evidence))

    def sections(self) -> list[tuple[str, CheckReport]]:
        return [
            (QT_TRANSLATE_NOOP("asn_monitor", "Basis data komputer ini"), self.replica),
            (QT_TRANSLATE_NOOP("asn_monitor", "Hub di folder bersama"), self.hub),
            (QT_TRANSLATE_NOOP("asn_monitor", "Rantai perubahan (komputer vs hub)"), self.witness),
            (QT_TRANSLATE_NOOP("asn_monitor", "Berkas bukti"), self.evidence),
        ]


def check_office(database: Database, hub: Hub, evidence: EvidenceStore) -> OfficeReport:
    replica = check_database(database)
    hub_report = CheckReport()
    witness = CheckReport()
    evidence_report = CheckReport()
    referenced: list[str] = []
    try:
        with hub.session() as s:
            hub_report = check_connection(s.conn)
            _compare_chains(database, s.conn, witness)
            referenced = sorted(_file_shas(s.conn))
    except AsnError as exc:
        hub_report.add(
            QT_TRANSLATE_NOOP("asn_monitor", "Hub tidak dapat diperiksa: {detail}"),
            detail=exc.message(),
        )
    _check_evidence(database, evidence, referenced, evidence_report)
    return OfficeReport(replica, hub_report, witness, evidence_report)


def _compare_chains(database: Database, hub_conn: sqlite3.Connection, report: CheckReport) -> None:
    """Every record this replica holds that the hub has seen must be the same record
    there; a record the replica says the hub applied must exist on the hub."""
    epoch_row = hub_conn.execute("SELECT value FROM replica_meta WHERE key = 'epoch'").fetchone()
    same_epoch = bool(epoch_row) and database.scalar(
        "SELECT value FROM replica_meta WHERE key = 'hub_epoch'"
    ) == str(epoch_row[0])
    rows = database.conn.execute(
        "SELECT origin, seq, hash, hub_id FROM changes WHERE hub_id IS NOT NULL"
    ).fetchall()
    compared = 0
    for origin, seq, digest, hub_id in rows:
        found = hub_conn.execute(
            "SELECT hash FROM changes WHERE origin = ? AND seq = ?", (origin, seq)
        ).fetchone()
        if found is None:
            if same_epoch:
                report.add(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Catatan asal {origin} nomor {seq} ada di komputer ini (posisi hub "
                        "{hub_id}) tetapi hilang dari hub.",
                    ),
                    origin=str(origin)[:8],
                    seq=seq,
                    hub_id=hub_id,
                )
            continue
        compared += 1
        if found[0] != digest:
            report.add(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Catatan asal {origin} nomor {seq} berbeda antara komputer ini dan hub.",
                ),
                origin=str(origin)[:8],
                seq=seq,
            )
    report.facts["compared"] = compared


def _file_shas(conn: sqlite3.Connection, *, pending_only: bool = False) -> set[str]:
    """Files the records name: evidence originals, their renditions and what a re-checked
    link showed when it had changed (a hub from before these existed has only the first)."""
    tables = [
        t
        for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?, ?)",
            ("evidence", "renditions", "link_checks"),
        )
    ]
    found: set[str] = set()
    for table in tables:
        if pending_only:
            sql = (
                f"SELECT DISTINCT t.sha256 FROM {table} t JOIN changes c ON c.entity_id = t.id "
                "WHERE c.hub_id IS NULL AND t.sha256 IS NOT NULL"
            )
        else:
            sql = f"SELECT DISTINCT sha256 FROM {table} WHERE sha256 IS NOT NULL"
        found |= {str(r[0]) for r in conn.execute(sql)}
    return found


def _check_evidence(
    database: Database, store: EvidenceStore, referenced: list[str], report: CheckReport
) -> None:
    roots = [store.cache_dir] + ([store.shared_dir] if store.shared_dir else [])
    checked = 0
    for root in roots:
        for sha, where in store.verify(root):
            report.add(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Berkas bukti {sha} tidak cocok dengan sidiknya: {path}"
                ),
                sha=sha[:12],
                path=where,
            )
        checked += sum(1 for _ in store.files(root))
    local = _file_shas(database.conn)
    pending = _file_shas(database.conn, pending_only=True)
    for sha in sorted(set(referenced) | local):
        if store.on_share(sha):
            continue
        if sha in pending and (store.cache_dir / sha[:2] / sha).is_file():
            continue  # waiting to be uploaded with its change
        report.add(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Berkas bukti {sha} dirujuk data tetapi tidak ada di folder bersama."
            ),
            sha=sha[:12],
        )
    report.facts["files"] = checked
