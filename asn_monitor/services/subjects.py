"""The civil servants cases are about, and the social accounts known to be theirs."""

from __future__ import annotations

from typing import Any

from asn_monitor.domain.models import EmploymentType, Platform, SocialAccount, Subject
from asn_monitor.domain.validation import SUBJECT_FIELDS, normalize_subject_fields
from asn_monitor.errors import NotFound
from asn_monitor.services.base import Service
from asn_monitor.store.changelog import ChangeWriter
from asn_monitor.store.database import new_id


def normalize_handle(handle: str) -> str:
    """Compare handles as the platforms do: without '@' and case-insensitively."""
    return (handle or "").strip().lstrip("@").lower()


class SubjectService(Service):
    """Reading subjects; the writes run inside a case's transaction (see CaseService)."""

    def get(self, subject_id: str) -> Subject:
        row = self.db.query_one("SELECT * FROM subjects WHERE id = ?", (subject_id,))
        if not row:
            raise NotFound()
        accounts = tuple(
            SocialAccount(
                id=a["id"],
                subject_id=a["subject_id"],
                platform=Platform(a["platform"]),
                handle=a["handle"],
                version=a["version"],
            )
            for a in self.db.query(
                "SELECT * FROM subject_accounts WHERE subject_id = ? ORDER BY platform, handle",
                (subject_id,),
            )
        )
        return Subject(
            id=row["id"],
            name=row["name"],
            employment_type=EmploymentType(row["employment_type"]),
            nip=row["nip"],
            agency=row["agency"],
            position=row["position"],
            rank=row["rank"],
            region=row["region"],
            version=row["version"],
            accounts=accounts,
        )

    def find_by_nip(self, nip: str) -> list[Subject]:
        digits = "".join(nip.split())
        rows = self.db.query("SELECT id FROM subjects WHERE nip = ?", (digits,))
        return [self.get(r["id"]) for r in rows]

    def attach(self, tx: ChangeWriter, subject_id: str | None, subject: dict[str, Any]) -> str:
        fields = normalize_subject_fields({k: subject.get(k) or "" for k in SUBJECT_FIELDS})
        if subject_id:
            row = self.db.query_one("SELECT version FROM subjects WHERE id = ?", (subject_id,))
            if row:
                tx.update(
                    "subject", subject_id, int(subject.get("version") or row["version"]), fields
                )
                return subject_id
        if fields.get("nip"):
            existing = self.db.query_one(
                "SELECT id, version FROM subjects WHERE nip = ? LIMIT 1", (fields["nip"],)
            )
            if existing:
                # The same civil servant again: reuse the record so repeat cases are linked,
                # adding what this report knows without blanking what earlier ones recorded.
                known = {k: v for k, v in fields.items() if v not in (None, "")}
                tx.update("subject", existing["id"], existing["version"], known)
                return str(existing["id"])
        new = new_id()
        tx.insert("subject", {"id": new, **fields})
        return new

    def link_account(
        self, tx: ChangeWriter, subject_id: str, platform: str | None, handle: str
    ) -> None:
        """Remember the case's account on the civil servant, so a repeat is recognised."""
        key = normalize_handle(handle)
        if not platform or not key:
            return
        rows = self.db.query(
            "SELECT handle FROM subject_accounts WHERE subject_id = ? AND platform = ?",
            (subject_id, platform),
        )
        if any(normalize_handle(r["handle"]) == key for r in rows):
            return
        tx.insert(
            "account",
            {"id": new_id(), "subject_id": subject_id, "platform": platform, "handle": handle},
        )
