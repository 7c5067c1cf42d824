"""``python main.py referral ...``: referral letters and the PPK's follow-up from a terminal.

``show`` and ``overdue`` read this PC's replica after one sync round (offline, what the
replica holds, with a note). ``refer`` and ``followup`` take the same steps as the dialogs,
through :class:`ReferralService`; an automatic letter number needs the shared folder,
a typed one is recorded here and sent when the share is back.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from asn_monitor.cli_options import date_option
from asn_monitor.errors import NotFound
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.cases import CaseService
from asn_monitor.services.referral import Outcome, Referral, ReferralService

if TYPE_CHECKING:
    from asn_monitor.cli import Cli


def add_parsers(sub: Any, common: Callable[..., None]) -> None:
    referral = sub.add_parser(
        "referral", help="surat penerusan ke BKD/BKN dan tindak lanjut PPK"
    ).add_subparsers(dest="action", required=True)
    p = referral.add_parser("show", help="surat penerusan sebuah kasus")
    common(p, acting=True)
    p.add_argument("number", metavar="NOMOR", help="nomor kasus atau nomor surat")
    p = referral.add_parser("overdue", help="tindak lanjut PPK yang lewat tenggat")
    common(p, acting=True)
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p = referral.add_parser("refer", help="teruskan kasus yang disetujui (supervisor)")
    common(p, acting=True)
    p.add_argument("case", metavar="NOMOR_KASUS")
    p.add_argument("--addressee", metavar="KODE", help="kode tujuan, mis. bkd_ntb, bkn")
    p.add_argument("--ppk-name", help="nama PPK (bawaan: yang terakhir dicatat kantor)")
    p.add_argument("--ppk-title", help="jabatan PPK")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="tanggal surat (bawaan: hari ini)")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="batas tindak lanjut")
    p.add_argument(
        "--letter-number", default="", help="nomor surat yang diketik (bawaan: urutan kantor)"
    )
    p = referral.add_parser("followup", help="catat tindak lanjut PPK (supervisor)")
    common(p, acting=True)
    p.add_argument("case", metavar="NOMOR_KASUS")
    p.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    p.add_argument("--date", metavar="YYYY-MM-DD", help="tanggal diketahui (bawaan: hari ini)")
    p.add_argument("--sanction", default="", help="sanksi yang dijatuhkan")
    p.add_argument("--decree-number", default="", help="nomor keputusan")
    p.add_argument("--decree-date", metavar="YYYY-MM-DD", help="tanggal keputusan")
    p.add_argument("--note", default="", help="keterangan")


class ReferralCommands:
    def __init__(self, cli: Cli) -> None:
        self.cli = cli

    def handlers(self) -> dict[str, Callable[[argparse.Namespace], int]]:
        return {
            "referral:show": self.show,
            "referral:overdue": self.overdue,
            "referral:refer": self.refer,
            "referral:followup": self.followup,
        }

    def _referral(self, service: ReferralService, number: str) -> tuple[str, Referral]:
        """The case number and referral named by a case number or a letter number."""
        row = service.db.query_one(
            "SELECT c.number, r.case_id FROM referrals r JOIN cases c ON c.id = r.case_id "
            "WHERE c.number = ? OR r.letter_number = ?",
            (number.strip(), " ".join(number.split())),
        )
        referral = service.get(row["case_id"]) if row else None
        if row is None or referral is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Tidak ada surat penerusan untuk \u201c{number}\u201d."
                ),
                number=number,
            )
        return str(row["number"]), referral

    def show(self, args: argparse.Namespace) -> int:
        with self.cli.synced_session(args, offline_ok=True) as (database, actor, _engine):
            service = ReferralService(database, actor)
            case_number, referral = self._referral(service, args.number)
            self._print(service, case_number, referral)
        return 0

    def _print(self, service: ReferralService, case_number: str, r: Referral) -> None:
        say = self.cli.say
        number = r.letter_number
        if not r.letter_number_final:
            number += " " + self.cli.tr(
                QT_TRANSLATE_NOOP("asn_monitor", "(sementara, menunggu folder bersama)")
            )
        say(QT_TRANSLATE_NOOP("asn_monitor", "Kasus: {case}"), case=case_number)
        say(QT_TRANSLATE_NOOP("asn_monitor", "Nomor surat: {number}"), number=number)
        say(QT_TRANSLATE_NOOP("asn_monitor", "Tanggal surat: {date}"), date=str(r.letter_date))
        say(
            QT_TRANSLATE_NOOP("asn_monitor", "Kepada: {addressee}, di {place}"),
            addressee=r.addressee,
            place=r.addressee_place,
        )
        say(
            QT_TRANSLATE_NOOP("asn_monitor", "PPK: {name} ({title})"),
            name=r.ppk_name,
            title=r.ppk_title,
        )
        left = (r.followup_due - service.today()).days
        say(
            QT_TRANSLATE_NOOP("asn_monitor", "Batas tindak lanjut: {date} ({left:+d} hari)"),
            date=str(r.followup_due),
            left=left,
        )
        if r.outcome is not None:
            say(
                QT_TRANSLATE_NOOP("asn_monitor", "Tindak lanjut: {outcome} ({date}) {detail}"),
                outcome=self.cli.tr(r.outcome.label),
                date=str(r.outcome_date),
                detail=" ".join(
                    x for x in (r.sanction_imposed, r.decree_number, str(r.decree_date or "")) if x
                )
                or r.outcome_note,
            )
        for note in service.escalations(r.case_id):
            say(
                QT_TRANSLATE_NOOP("asn_monitor", "Eskalasi {when} oleh {author}: {body}"),
                when=note["created_at"][:16],
                author=note["author"],
                body=note["body"],
            )

    def overdue(self, args: argparse.Namespace) -> int:
        with self.cli.synced_session(args, offline_ok=True) as (database, actor, _engine):
            rows = ReferralService(database, actor).overdue()
        if args.json:
            keys = ("number", "letter_number", "letter_date", "addressee", "followup_due")
            data = [
                {k: r[k] for k in keys}
                | {
                    "days_overdue": r["days_overdue"],
                    "escalated_at": r["escalated_at"],
                    "subject": r["subject_name"],
                    "agency": r["agency"],
                }
                for r in rows
            ]
            print(json.dumps(data, ensure_ascii=False, indent=2), file=self.cli.out)
            return 0
        for r in rows:
            mark = " !" if r["escalated_at"] else ""
            print(
                f"{r['number']:<16} {r['letter_number']:<36} {r['followup_due']} "
                f"{-r['days_overdue']:+d}d{mark}  {r['subject_name'] or '-'}",
                file=self.cli.out,
            )
        self.cli.say(
            QT_TRANSLATE_NOOP("asn_monitor", "{n} tindak lanjut lewat tenggat."), n=len(rows)
        )
        return 0

    def refer(self, args: argparse.Namespace) -> int:
        with self.cli.synced_session(args, offline_ok=True) as (database, actor, engine):
            service = ReferralService(database, actor, engine)
            case = CaseService(database, actor).by_number(args.case)
            draft = service.draft(case.id)
            if args.addressee and args.addressee != draft.addressee_code:
                chosen = service.addressee(args.addressee)
                draft = dataclasses.replace(
                    draft,
                    addressee_code=chosen.code,
                    addressee=chosen.name,
                    addressee_place=chosen.place,
                    ppk_title=chosen.ppk_title,
                    ppk_name=service.remembered_ppk_name(chosen.code),
                )
            letter_date = date_option(args.date, "--date") or draft.letter_date
            due = date_option(args.due, "--due") or letter_date + dt.timedelta(
                days=service.followup_days()
            )
            draft = dataclasses.replace(
                draft,
                ppk_name=args.ppk_name if args.ppk_name is not None else draft.ppk_name,
                ppk_title=args.ppk_title if args.ppk_title is not None else draft.ppk_title,
                letter_date=letter_date,
                followup_due=due,
                letter_number=args.letter_number,
            )
            case = service.refer(case.id, case.version, draft)
            if draft.letter_number.strip():
                self.cli.send(args, database)  # a typed number goes now, or with the next round
            referral = service.get(case.id)
            assert referral is not None
            if referral.letter_number_final:
                self.cli.say(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "Kasus {case} diteruskan dengan surat nomor {letter}."
                    ),
                    case=case.number,
                    letter=referral.letter_number,
                )
            else:
                self.cli.say(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Kasus {case} diteruskan. Nomor surat akan diberikan saat tersambung ke "
                        "folder bersama (sementara: {letter}).",
                    ),
                    case=case.number,
                    letter=referral.letter_number,
                )
        return 0

    def followup(self, args: argparse.Namespace) -> int:
        with self.cli.synced_session(args, offline_ok=True) as (database, actor, _engine):
            service = ReferralService(database, actor)
            case = CaseService(database, actor).by_number(args.case)
            case = service.record_followup(
                case.id,
                case.version,
                Outcome(args.outcome),
                outcome_date=date_option(args.date, "--date") or service.today(),
                sanction_imposed=args.sanction,
                decree_number=args.decree_number,
                decree_date=date_option(args.decree_date, "--decree-date"),
                note=args.note,
            )
            self.cli.send(args, database)
            self.cli.say(
                QT_TRANSLATE_NOOP("asn_monitor", "Tindak lanjut kasus {case} dicatat ({status})."),
                case=case.number,
                status=self.cli.tr(case.status.label),
            )
        return 0
