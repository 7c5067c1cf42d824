"""Registering evidence files on a case and reading them back, verified.

The file goes into the content-addressed store (this PC's cache first; the sync engine
uploads it to the share before the record that names it). The record is data like any
other and syncs to every PC; a PC that lacks the file fetches and verifies it on first read.
"""

from __future__ import annotations

from pathlib import Path

from asn_monitor.domain.models import EvidenceItem, User
from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError, NotFound, PermissionDenied
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.services.cases import CaseService
from asn_monitor.store.database import Database, new_id
from asn_monitor.sync.evidence import EvidenceStore


def _item(row: dict[str, object]) -> EvidenceItem:
    return EvidenceItem(
        id=str(row["id"]),
        case_id=str(row["case_id"]),
        kind=str(row["kind"]),
        description=str(row["description"] or ""),
        sha256=str(row["sha256"]) if row["sha256"] else None,
        filename=str(row["filename"]) if row["filename"] else None,
        captured_at=str(row["captured_at"]) if row["captured_at"] else None,
        captured_by=str(row["captured_by"]),
        version=int(str(row["version"])),
    )


class EvidenceService(Service):
    def __init__(self, database: Database, actor: User, store: EvidenceStore) -> None:
        super().__init__(database, actor)
        self.store = store
        self.cases = CaseService(database, actor)

    def list(self, case_id: str) -> list[EvidenceItem]:
        self.require(Permission.READ_CASES)
        rows = self.db.query(
            "SELECT * FROM evidence WHERE case_id = ? ORDER BY created_at, id", (case_id,)
        )
        return [_item(r) for r in rows]

    def add_file(self, case_id: str, path: Path, description: str = "") -> EvidenceItem:
        self.require(Permission.EDIT_CASE)
        case = self.cases.get(case_id)
        if not self.cases.may_edit(case):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Bukti tidak dapat ditambahkan ke kasus berstatus {status}."
                ),
                status=case.status.label,
            )
        if not path.is_file():
            raise AsnError(
                QT_TRANSLATE_NOOP("asn_monitor", "Berkas {path} tidak ditemukan."), path=str(path)
            )
        sha = self.store.add(path)
        with self.db.transaction(self.actor.id) as tx:
            row = tx.insert(
                "evidence",
                {
                    "id": new_id(),
                    "case_id": case_id,
                    "kind": "file",
                    "description": description.strip(),
                    "sha256": sha,
                    "filename": path.name,
                    "captured_at": self.db.now(),
                    "captured_by": self.actor.id,
                },
            )
        return _item(row)

    def open_path(self, evidence_id: str) -> Path:
        """A local copy of the file, checked against its SHA-256 before it is returned."""
        self.require(Permission.READ_CASES)
        row = self.db.query_one("SELECT * FROM evidence WHERE id = ?", (evidence_id,))
        if row is None or not row["sha256"]:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Bukti {id} tidak ditemukan."), id=evidence_id
            )
        return self.store.open_path(str(row["sha256"]))
