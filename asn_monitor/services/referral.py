"""Forwarding an approved case to the personnel agency, and what the PPK did about it.

The referral is one record per case, written with the ``refer`` step. Its letter number
either comes from the office's pattern and the hub's sequence (the replica writes a
provisional number, the hub gives the next one when the record arrives, as it does with
case numbers) or is typed by the supervisor (taken from the office's agenda book); a typed
number already in use is refused here, and by the hub's unique index if two PCs typed the
same one offline.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from asn_monitor.domain import letters
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case, User
from asn_monitor.domain.roles import Permission
from asn_monitor.domain.validation import parse_date
from asn_monitor.errors import AsnError, NotFound, SyncError, TransitionRefused, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.paths import resource_path
from asn_monitor.services.base import Service
from asn_monitor.services.cases import CaseService, WriteThrough
from asn_monitor.services.queue import QueueService
from asn_monitor.services.settings import read_setting, write_setting
from asn_monitor.store.changelog import ChangeWriter
from asn_monitor.store.database import Database, new_id

LETTER_PATTERN = "letter_pattern"
TEXT_LIMIT = 500


class Outcome(str, Enum):
    IMPOSED = "imposed"  # a sanction was imposed (decree number and date)
    NONE = "none"  # the PPK did nothing, or decided not to sanction
    OTHER = "other"  # something else (e.g. the ASN resigned), described in the note

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.IMPOSED: QT_TRANSLATE_NOOP("asn_monitor", "Sanksi dijatuhkan"),
    Outcome.NONE: QT_TRANSLATE_NOOP("asn_monitor", "Tidak ditindaklanjuti"),
    Outcome.OTHER: QT_TRANSLATE_NOOP("asn_monitor", "Lainnya"),
}


@dataclass(frozen=True)
class Addressee:
    code: str
    name: str
    place: str
    ppk_title: str
    match: tuple[str, ...] = ()
    act_from: dt.date | None = None
    act_until: dt.date | None = None

    def allows(self, act_date: dt.date | None) -> bool:
        if act_date is None:
            return self.act_until is None
        if self.act_from and act_date < self.act_from:
            return False
        return not (self.act_until and act_date > self.act_until)


@dataclass(frozen=True)
class ReferralConfig:
    letter_pattern: str
    addressees: tuple[Addressee, ...]


@dataclass
class ReferralDraft:
    """What the supervisor fills in to forward a case."""

    addressee_code: str
    addressee: str
    addressee_place: str
    ppk_name: str
    ppk_title: str
    letter_date: dt.date
    followup_due: dt.date
    letter_number: str = ""  # empty: the next number from the office's sequence


@dataclass(frozen=True)
class Referral:
    id: str
    case_id: str
    letter_number: str
    letter_number_final: bool
    letter_date: dt.date
    addressee_code: str
    addressee: str
    addressee_place: str
    ppk_name: str
    ppk_title: str
    followup_due: dt.date
    referred_by: str
    outcome: Outcome | None
    sanction_imposed: str
    decree_number: str
    decree_date: dt.date | None
    outcome_date: dt.date | None
    outcome_note: str
    recorded_by: str | None
    escalated_at: str | None
    created_at: str
    version: int


def load_config(path: Path | None = None) -> ReferralConfig:
    path = path or resource_path("referral", "referral.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        addressees = tuple(
            Addressee(
                code=str(a["code"]),
                name=str(a["name"]),
                place=str(a.get("place", "")),
                ppk_title=str(a.get("ppk_title", "")),
                match=tuple(str(m) for m in a.get("match", [])),
                act_from=parse_date(a.get("act_from")),
                act_until=parse_date(a.get("act_until")),
            )
            for a in data["addressees"]
        )
        pattern = letters.validate_pattern(str(data["letter_pattern"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, AsnError) as exc:
        raise AsnError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Pengaturan penerusan tidak dapat dibaca ({path}): {error}"
            ),
            path=str(path),
            error=str(exc),
        ) from exc
    if not addressees:
        raise AsnError(
            QT_TRANSLATE_NOOP("asn_monitor", "Pengaturan penerusan ({path}) tidak memuat tujuan."),
            path=str(path),
        )
    return ReferralConfig(pattern, addressees)


def _referral_from_row(r: dict[str, Any]) -> Referral:
    return Referral(
        id=r["id"],
        case_id=r["case_id"],
        letter_number=r["letter_number"],
        letter_number_final=bool(r["letter_number_final"]),
        letter_date=dt.date.fromisoformat(r["letter_date"]),
        addressee_code=r["addressee_code"],
        addressee=r["addressee"],
        addressee_place=r["addressee_place"],
        ppk_name=r["ppk_name"],
        ppk_title=r["ppk_title"],
        followup_due=dt.date.fromisoformat(r["followup_due"]),
        referred_by=r["referred_by"],
        outcome=Outcome(r["outcome"]) if r["outcome"] else None,
        sanction_imposed=r["sanction_imposed"],
        decree_number=r["decree_number"],
        decree_date=parse_date(r["decree_date"]),
        outcome_date=parse_date(r["outcome_date"]),
        outcome_note=r["outcome_note"],
        recorded_by=r["recorded_by"],
        escalated_at=r["escalated_at"],
        created_at=r["created_at"],
        version=r["version"],
    )


def _err(template: str, **params: Any) -> AsnError:
    return AsnError(template, **params)


class ReferralService(Service):
    def __init__(
        self,
        database: Database,
        actor: User,
        hub_link: WriteThrough | None = None,
        config: ReferralConfig | None = None,
    ) -> None:
        super().__init__(database, actor)
        self.hub_link = hub_link
        self.cases = CaseService(database, actor, hub_link)
        self._config = config

    # -- configuration -------------------------------------------------------------

    def config(self) -> ReferralConfig:
        if self._config is None:
            self._config = load_config()
        return self._config

    def addressees(self, act_date: dt.date | None = None) -> list[Addressee]:
        """The bodies a case with an act on ``act_date`` may go to."""
        return [a for a in self.config().addressees if a.allows(act_date)]

    def addressee(self, code: str) -> Addressee:
        for a in self.config().addressees:
            if a.code == code:
                return a
        raise ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Tujuan penerusan \u201c{code}\u201d tidak dikenal."),
            code=code,
        )

    def letter_pattern(self) -> str:
        return read_setting(self.db, LETTER_PATTERN, self.config().letter_pattern)

    def set_letter_pattern(self, pattern: str) -> None:
        self.require(Permission.MANAGE_SETTINGS)
        pattern = letters.validate_pattern(pattern)
        with self.db.transaction(self.actor.id) as tx:
            write_setting(tx, self.db, LETTER_PATTERN, pattern)

    def followup_days(self) -> int:
        return QueueService(self.db, self.actor).deadline_days()["followup"]

    def next_number_hint(self, letter_date: dt.date, pattern: str | None = None) -> str:
        """The number the sequence will probably give (the hub decides); ``pattern`` (a
        valid one) previews a pattern not yet saved."""
        used = self.db.scalar(
            "SELECT max(letter_seq) FROM referrals WHERE letter_year = ? AND letter_number_final = 1",
            (letter_date.year,),
        )
        return letters.format_number(
            pattern or self.letter_pattern(), int(used or 0) + 1, letter_date
        )

    # -- reading -------------------------------------------------------------------

    def get(self, case_id: str) -> Referral | None:
        row = self.db.query_one("SELECT * FROM referrals WHERE case_id = ?", (case_id,))
        return _referral_from_row(row) if row else None

    def draft(self, case_id: str) -> ReferralDraft:
        """A referral filled in as far as the office's settings and the case allow."""
        case = self.cases.get(case_id)
        options = self.addressees(case.act_date)
        if not options:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Tidak ada tujuan penerusan untuk perbuatan tanggal {date}."
                ),
                date=str(case.act_date),
            )
        agency = ""
        if case.subject_id:
            agency = self.cases.subject(case.subject_id).agency.casefold()
        chosen = options[0]
        best = 0
        for a in options:
            for word in a.match:
                if word and word.casefold() in agency and len(word) > best:
                    chosen, best = a, len(word)
        today = self.today()
        return ReferralDraft(
            addressee_code=chosen.code,
            addressee=chosen.name,
            addressee_place=chosen.place,
            ppk_name=self.remembered_ppk_name(chosen.code),
            ppk_title=chosen.ppk_title,
            letter_date=today,
            followup_due=today + dt.timedelta(days=self.followup_days()),
        )

    def remembered_ppk_name(self, code: str) -> str:
        """The PPK's name on the office's latest letter to ``code``. Read from the letters
        themselves: a setting written with each letter would make two PCs' first letters
        to the same body collide at the hub."""
        name = self.db.scalar(
            "SELECT ppk_name FROM referrals WHERE addressee_code = ? "
            "ORDER BY letter_date DESC, created_at DESC LIMIT 1",
            (code,),
        )
        return str(name or "")

    def overdue(self, today: dt.date | None = None) -> list[dict[str, Any]]:
        """Referrals whose follow-up deadline has passed with nothing recorded, most
        overdue first."""
        today = today or self.today()
        rows = self.db.query(
            "SELECT r.case_id, r.letter_number, r.letter_date, r.addressee, r.followup_due, "
            "r.escalated_at, c.number, c.status, coalesce(s.name, '') AS subject_name, "
            "coalesce(s.agency, '') AS agency FROM referrals r JOIN cases c ON c.id = r.case_id "
            "LEFT JOIN subjects s ON s.id = c.subject_id "
            "WHERE r.outcome IS NULL AND c.status = ? AND r.followup_due < ? "
            "ORDER BY r.followup_due, c.number",
            (Status.DITERUSKAN.value, today.isoformat()),
        )
        for row in rows:
            due = dt.date.fromisoformat(row["followup_due"])
            row["days_overdue"] = (today - due).days
        return rows

    def escalations(self, case_id: str) -> list[dict[str, Any]]:
        return self.db.query(
            "SELECT n.body, n.created_at, coalesce(u.display_name, '?') AS author FROM notes n "
            "LEFT JOIN users u ON u.id = n.author_id WHERE n.case_id = ? AND n.kind = 'eskalasi' "
            "ORDER BY n.created_at",
            (case_id,),
        )

    # -- writing -------------------------------------------------------------------

    def refer(self, case_id: str, version: int, draft: ReferralDraft) -> Case:
        """Forward an approved case: the letter record and the step, in one transaction.

        Without a typed number the hub gives the next one from the office's sequence; the
        shared folder must then be reachable, so the letter never goes out without it.
        """
        self.require(Permission.READ_CASES)
        case = self.cases.get(case_id)
        if case.status is not Status.DISETUJUI:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Kasus {number} belum disetujui supervisor (status \u201c{status}\u201d); "
                    "hanya kasus yang disetujui yang dapat diteruskan.",
                ),
                number=case.number,
                status=case.status.label,
            )
        values = self._check_draft(case, draft)
        automatic = not values["letter_number"]
        if automatic and self.hub_link is not None:
            self.hub_link.require_online()

        def record(tx: ChangeWriter, _case: Case) -> None:
            row = dict(values)
            if automatic:
                row["letter_number"] = letters.provisional_number(
                    self.db.origin, self.db.next_counter("letter:provisional")
                )
            tx.insert("referral", row)

        summary = f"{draft.addressee.strip()}"
        if not automatic:
            summary = f"{values['letter_number']} \u2014 {summary}"
        case = self.cases.transition(
            case_id, version, "refer", summary, record=record, write_through=False
        )
        if self.hub_link is not None:
            # The hub numbers the letter, or checks a typed number against every PC's.
            # Offline, the letter waits here (a provisional number) for the next round.
            with contextlib.suppress(SyncError):
                self.hub_link.push_now()
            self._require_accepted(case)
        return self.cases.get(case_id)

    def _require_accepted(self, case: Case) -> None:
        """After the push: raise, saying why, if the hub refused this PC's letter (our own
        record's outcome, not whether some letter exists: another PC's may)."""
        row = self.db.query_one(
            "SELECT outcome FROM changes WHERE origin = ? AND entity = 'referral' "
            "AND entity_id = ? AND op = 'insert' ORDER BY seq DESC LIMIT 1",
            (self.db.origin, case.id),
        )
        if row is None or row["outcome"] == "applied":
            return
        conflict = self.db.query_one(
            "SELECT f.kind, f.detail, coalesce(u.display_name, '') AS kept_by FROM conflicts f "
            "LEFT JOIN users u ON u.id = f.kept_by WHERE f.case_id = ? AND f.lost_origin = ? "
            "ORDER BY f.created_at DESC, f.rowid DESC LIMIT 1",
            (case.id, self.db.origin),
        )
        detail = str(conflict["detail"]) if conflict else ""
        if "letter_number" in detail:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Folder bersama menolak surat penerusan kasus {number}: nomor suratnya "
                    "sudah dipakai di komputer lain. Kasus tetap disetujui; lihat Konflik, "
                    "lalu teruskan lagi dengan nomor lain.",
                ),
                number=case.number,
            )
        if conflict is not None and conflict["kind"] == "step":
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Folder bersama tidak menjalankan penerusan kasus {number}: {who} sudah "
                    "mengubah kasus ini lebih dulu di komputer lain, jadi surat Anda tidak "
                    "dipakai. Lihat kasusnya dan Konflik.",
                ),
                number=case.number,
                who=conflict["kept_by"] or "?",
            )
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Folder bersama menolak surat penerusan kasus {number} ({detail}); lihat Konflik.",
            ),
            number=case.number,
            detail=detail,
        )

    def _check_draft(self, case: Case, draft: ReferralDraft) -> dict[str, Any]:
        errors: dict[str, AsnError] = {}
        addressee: Addressee | None = None
        try:
            addressee = self.addressee(draft.addressee_code)
        except ValidationError as exc:
            errors["addressee_code"] = exc
        if addressee is not None and not addressee.allows(case.act_date):
            if addressee.act_until is not None:
                errors["addressee_code"] = _err(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "{name} hanya menerima perbuatan sampai {date}; perbuatan ini tanggal "
                        "{act}. Pilih tujuan lain (sejak 24 Agustus 2024: BKN).",
                    ),
                    name=addressee.name,
                    date=str(addressee.act_until),
                    act=str(case.act_date),
                )
            else:
                errors["addressee_code"] = _err(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "{name} tidak menerima perbuatan tanggal {act}."
                    ),
                    name=addressee.name,
                    act=str(case.act_date),
                )
        for key, text in (
            ("addressee", draft.addressee),
            ("ppk_name", draft.ppk_name),
            ("ppk_title", draft.ppk_title),
        ):
            if not text.strip():
                errors[key] = _err(
                    {
                        "addressee": QT_TRANSLATE_NOOP("asn_monitor", "Tujuan surat wajib diisi."),
                        "ppk_name": QT_TRANSLATE_NOOP("asn_monitor", "Nama PPK wajib diisi."),
                        "ppk_title": QT_TRANSLATE_NOOP("asn_monitor", "Jabatan PPK wajib diisi."),
                    }[key]
                )
            elif len(text) > TEXT_LIMIT:
                errors[key] = _err(QT_TRANSLATE_NOOP("asn_monitor", "Teks terlalu panjang."))
        if case.act_date and draft.letter_date < case.act_date:
            errors["letter_date"] = _err(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Tanggal surat tidak boleh sebelum tanggal perbuatan ({date})."
                ),
                date=str(case.act_date),
            )
        if draft.letter_date > self.today():
            # The follow-up could not be recorded before that day, and the letter goes now.
            errors["letter_date"] = _err(
                QT_TRANSLATE_NOOP("asn_monitor", "Tanggal surat tidak boleh di masa depan.")
            )
        if draft.followup_due <= draft.letter_date:
            errors["followup_due"] = _err(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Batas tindak lanjut harus sesudah tanggal surat ({date})."
                ),
                date=str(draft.letter_date),
            )
        number = " ".join(draft.letter_number.split())
        if number:
            taken = self.db.query_one(
                "SELECT c.number FROM referrals r JOIN cases c ON c.id = r.case_id "
                "WHERE r.letter_number = ? COLLATE NOCASE",
                (number,),
            )
            if taken:
                errors["letter_number"] = _err(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Nomor surat {letter} sudah dipakai untuk kasus {case}. Kosongkan untuk "
                        "memakai nomor berikutnya dari urutan kantor.",
                    ),
                    letter=number,
                    case=taken["number"],
                )
            elif len(number) > letters.MAX_LENGTH:
                errors["letter_number"] = _err(
                    QT_TRANSLATE_NOOP("asn_monitor", "Nomor surat terlalu panjang.")
                )
        if errors:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Surat penerusan belum dapat dibuat."),
                field_errors=errors,
            )
        return {
            "id": case.id,
            "case_id": case.id,
            "letter_number": number,
            "letter_number_final": 1 if number else 0,
            "letter_pattern": "" if number else self.letter_pattern(),
            "letter_year": draft.letter_date.year,
            "letter_seq": None,
            "letter_date": draft.letter_date.isoformat(),
            "addressee_code": draft.addressee_code,
            "addressee": draft.addressee.strip(),
            "addressee_place": draft.addressee_place.strip(),
            "ppk_name": draft.ppk_name.strip(),
            "ppk_title": draft.ppk_title.strip(),
            "followup_due": draft.followup_due.isoformat(),
            "referred_by": self.actor.id,
            "outcome": None,
            "sanction_imposed": "",
            "decree_number": "",
            "decree_date": None,
            "outcome_date": None,
            "outcome_note": "",
            "recorded_by": None,
            "escalated_at": None,
        }

    def record_followup(
        self,
        case_id: str,
        version: int,
        outcome: Outcome,
        *,
        outcome_date: dt.date,
        sanction_imposed: str = "",
        decree_number: str = "",
        decree_date: dt.date | None = None,
        note: str = "",
    ) -> Case:
        """Record what the PPK did; the case becomes ``ditindaklanjuti``."""
        self.require(Permission.READ_CASES)
        referral = self._referral(case_id)
        errors: dict[str, AsnError] = {}
        if outcome_date < referral.letter_date:
            errors["outcome_date"] = _err(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Tanggal tindak lanjut ({date}) tidak boleh sebelum tanggal surat penerusan "
                    "({letter}).",
                ),
                date=str(outcome_date),
                letter=str(referral.letter_date),
            )
        if outcome_date > self.today():
            errors["outcome_date"] = _err(
                QT_TRANSLATE_NOOP("asn_monitor", "Tanggal tindak lanjut tidak boleh di masa depan.")
            )
        if outcome is Outcome.IMPOSED:
            if not sanction_imposed.strip():
                errors["sanction_imposed"] = _err(
                    QT_TRANSLATE_NOOP("asn_monitor", "Sanksi yang dijatuhkan wajib diisi.")
                )
            if not decree_number.strip():
                errors["decree_number"] = _err(
                    QT_TRANSLATE_NOOP("asn_monitor", "Nomor keputusan wajib diisi.")
                )
            if decree_date is None:
                errors["decree_date"] = _err(
                    QT_TRANSLATE_NOOP("asn_monitor", "Tanggal keputusan wajib diisi.")
                )
            elif decree_date > outcome_date:
                errors["decree_date"] = _err(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Tanggal keputusan ({date}) tidak boleh sesudah tanggal tindak lanjut "
                        "diketahui ({known}).",
                    ),
                    date=str(decree_date),
                    known=str(outcome_date),
                )
            elif decree_date < referral.letter_date:
                errors["decree_date"] = _err(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Tanggal keputusan ({date}) tidak boleh sebelum tanggal surat penerusan "
                        "({letter}).",
                    ),
                    date=str(decree_date),
                    letter=str(referral.letter_date),
                )
        elif not note.strip():
            errors["outcome_note"] = _err(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Tuliskan keterangan: apa yang terjadi dan dari mana diketahui."
                )
            )
        if errors:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Tindak lanjut belum dapat dicatat."),
                field_errors=errors,
            )
        imposed = outcome is Outcome.IMPOSED
        changes = {
            "outcome": outcome.value,
            "outcome_date": outcome_date.isoformat(),
            "sanction_imposed": sanction_imposed.strip() if imposed else "",
            "decree_number": decree_number.strip() if imposed else "",
            "decree_date": decree_date.isoformat() if imposed and decree_date else None,
            "outcome_note": note.strip(),
            "recorded_by": self.actor.id,
        }

        def record(tx: ChangeWriter, _case: Case) -> None:
            tx.update("referral", referral.id, referral.version, changes)

        summary = OUTCOME_LABELS[outcome]
        if imposed:
            summary += f": {sanction_imposed.strip()} ({decree_number.strip()})"
        return self.cases.transition(case_id, version, "record_followup", summary, record=record)

    def escalate(self, case_id: str, note: str) -> None:
        """A note that the follow-up is overdue and what the office did about it (a reminder
        letter, a call, a report to BKN)."""
        self.require(Permission.ASSIGN_CASES)  # the supervisor's call
        referral = self._referral(case_id)
        case = self.cases.get(case_id)
        if case.status is not Status.DITERUSKAN:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Eskalasi hanya untuk kasus yang menunggu tindak lanjut PPK."
                )
            )
        if not note.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("asn_monitor", "Catatan eskalasi wajib diisi."))
        with self.db.transaction(self.actor.id) as tx:
            tx.insert(
                "note",
                {
                    "id": new_id(),
                    "case_id": case_id,
                    "kind": "eskalasi",
                    "body": note.strip(),
                    "author_id": self.actor.id,
                },
            )
            tx.update("referral", referral.id, referral.version, {"escalated_at": tx.at})

    def _referral(self, case_id: str) -> Referral:
        referral = self.get(case_id)
        if referral is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Kasus ini belum memiliki surat penerusan.")
            )
        return referral
