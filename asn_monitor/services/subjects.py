"""The civil servants cases are about, and the social accounts known to be theirs."""

from __future__ import annotations

from typing import Any

from asn_monitor.domain.lifecycle import SIGNED
from asn_monitor.domain.models import EmploymentType, Platform, SocialAccount, Subject
from asn_monitor.domain.validation import SUBJECT_FIELDS, normalize_subject_fields
from asn_monitor.errors import NotFound, PermissionDenied, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
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

    def owners_of_account(self, platform: str | None, handle: str) -> list[Subject]:
        """The civil servants an account is recorded for: a repeat offender shows at intake."""
        key = normalize_handle(handle)
        if not key:
            return []
        sql = (
            "SELECT DISTINCT subject_id FROM subject_accounts "
            "WHERE lower(ltrim(trim(handle), '@')) = ?"
        )
        params: tuple[str, ...] = (key,)
        if platform:
            sql += " AND platform = ?"
            params = (key, platform)
        return [self.get(r["subject_id"]) for r in self.db.query(sql, params)]

    def find_by_nip(self, nip: str) -> list[Subject]:
        digits = "".join(nip.split())
        rows = self.db.query("SELECT id FROM subjects WHERE nip = ?", (digits,))
        return [self.get(r["id"]) for r in rows]

    def attach(
        self,
        tx: ChangeWriter,
        subject_id: str | None,
        subject: dict[str, Any],
        case_id: str | None = None,
    ) -> str:
        """Link a case to the civil servant described by ``subject``; return the record id.

        Editing the linked record (``subject_id`` given) needs the ``version`` it was read
        at. A NIP that already belongs to another record links the case to that person
        instead, filling in only what the record lacks: one report never overwrites what
        earlier cases recorded about someone.
        """
        fields = normalize_subject_fields({k: subject.get(k) or "" for k in SUBJECT_FIELDS})
        nip = fields.get("nip")
        if subject_id:
            current = self.db.query_one("SELECT * FROM subjects WHERE id = ?", (subject_id,))
            if current:
                if nip and nip != current["nip"]:
                    other = self._by_nip(nip, exclude=subject_id)
                    if other:
                        return self._fill_blanks(tx, other, fields)
                if "version" not in subject:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "asn_monitor", "Data ASN dimuat ulang; ulangi perubahan Anda."
                        )
                    )
                changed = {k: v for k, v in fields.items() if current.get(k) != v}
                if changed:
                    self.refuse_if_signed(subject_id, case_id)
                tx.update("subject", subject_id, int(subject["version"]), fields)
                return subject_id
        if nip:
            existing = self._by_nip(nip)
            if existing:
                return self._fill_blanks(tx, existing, fields)
        new = new_id()
        tx.insert("subject", {"id": new, **fields})
        return new

    def _by_nip(self, nip: str, exclude: str | None = None) -> dict[str, Any] | None:
        return self.db.query_one(
            "SELECT * FROM subjects WHERE nip = ? AND id != ? ORDER BY created_at LIMIT 1",
            (nip, exclude or ""),
        )

    def _fill_blanks(
        self, tx: ChangeWriter, existing: dict[str, Any], fields: dict[str, Any]
    ) -> str:
        blanks = {
            k: v for k, v in fields.items() if v not in (None, "") and existing.get(k) in (None, "")
        }
        tx.update("subject", existing["id"], existing["version"], blanks)
        return str(existing["id"])

    def refuse_if_signed(self, subject_id: str, case_id: str | None) -> None:
        signed = [s.value for s in SIGNED]
        marks = ",".join("?" for _ in signed)
        rows = self.db.query(
            f"SELECT number FROM cases WHERE subject_id = ? AND id != ? AND status IN ({marks}) "
            "ORDER BY number",
            (subject_id, case_id or "", *signed),
        )
        if rows:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Data ASN ini juga dipakai kasus yang sudah disetujui ({numbers}); mengubahnya "
                    "akan mengubah kasus tersebut. Bila orangnya berbeda, isi NIP yang benar; bila "
                    "datanya berubah, minta supervisor.",
                ),
                numbers=", ".join(r["number"] for r in rows[:5]),
            )

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
