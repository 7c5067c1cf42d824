"""``python main.py queue ...``: the shared queue from a terminal (list, claim, next, assign).

Claims behave exactly as in the app: this PC first syncs, the claim is pushed at once,
and a case someone else took first is reported by name with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from asn_monitor.domain.deadlines import remaining_days
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Platform
from asn_monitor.errors import AsnError, NotFound
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.assignment import AssignmentService
from asn_monitor.services.cases import CaseService
from asn_monitor.services.queue import Holder, QueueFilter, QueueService

if TYPE_CHECKING:
    from asn_monitor.cli import Cli

EXIT_PARTIAL = 13  # some of several cases could not be assigned


def add_parsers(sub: Any, common: Callable[..., None]) -> None:
    queue = sub.add_parser("queue", help="antrean kasus bersama").add_subparsers(
        dest="action", required=True
    )
    p = queue.add_parser("list", help="daftar kasus sebuah tampilan")
    common(p, acting=True)
    p.add_argument(
        "--view",
        default="all",
        help="mine, unclaimed, review, overdue, all, followup_overdue, atau nama tampilan "
        "tersimpan",
    )
    _filters(p)
    p.add_argument("--limit", type=int, default=50, help="jumlah baris paling banyak")
    p = queue.add_parser("claim", help="ambil kasus")
    common(p, acting=True)
    p.add_argument("case", metavar="NOMOR_KASUS")
    p = queue.add_parser("next", help="ambil kasus tertua yang belum diambil")
    common(p, acting=True)
    _filters(p)
    p = queue.add_parser("assign", help="tugaskan kasus kepada pemantau (supervisor)")
    common(p, acting=True)
    p.add_argument("cases", metavar="NOMOR_KASUS", nargs="+")
    p.add_argument("--to", required=True, metavar="NAMA_PENGGUNA", help="penerima tugas")


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", default="", help="cari nama, NIP, akun, tautan, catatan")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--platform", choices=[x.value for x in Platform])


class QueueCommands:
    def __init__(self, cli: Cli) -> None:
        self.cli = cli

    def handlers(self) -> dict[str, Callable[[argparse.Namespace], int]]:
        return {
            "queue:list": self.list,
            "queue:claim": self.claim,
            "queue:next": self.next,
            "queue:assign": self.assign,
        }

    def _filter(self, args: argparse.Namespace, base: QueueFilter) -> QueueFilter:
        flt = base
        if args.search:
            flt = flt.replace(text=args.search)
        if args.status:
            flt = flt.replace(status=Status(args.status))
        if args.platform:
            flt = flt.replace(platform=Platform(args.platform))
        return flt

    def list(self, args: argparse.Namespace) -> int:
        database = self.cli.open_initialized(args)
        try:
            actor = self.cli.actor(database, args)
            service = QueueService(database, actor)
            views = {v.key: v for v in service.views()}
            views.update({v.name.casefold(): v for v in service.saved_views()})
            view = views.get(args.view) or views.get(args.view.casefold())
            if view is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "Tampilan \u201c{name}\u201d tidak ditemukan."
                    ),
                    name=args.view,
                )
            flt = self._filter(args, view.filter)
            total = service.count(flt)
            today = service.today()
            for row in service.page(flt, 0, max(1, args.limit)):
                print(self._line(row, today), file=self.cli.out)
            self.cli.say(
                QT_TRANSLATE_NOOP("asn_monitor", "{shown} dari {total} kasus."),
                shown=min(total, max(1, args.limit)),
                total=total,
            )
        finally:
            database.close()
        return 0

    def _line(self, row: dict[str, Any], today: dt.date) -> str:
        status = self.cli.tr(Status(row["status"]).label)
        due = ""
        if row["due_date"]:
            left = remaining_days(dt.date.fromisoformat(row["due_date"]), today)
            due = f"{left:+d}d"
        name = row["subject_name"] or "-"
        holder = row["assignee_name"] or "-"
        return f"{row['number']:<22} {status:<16} {due:>6}  {holder:<20} {name}"

    def claim(self, args: argparse.Namespace) -> int:
        with self.cli.synced_session(args) as (database, actor, engine):
            cases = CaseService(database, actor, engine)
            case = cases.by_number(args.case)
            case = cases.transition(case.id, case.version, "claim")
            self.cli.say(
                QT_TRANSLATE_NOOP("asn_monitor", "{name} kini memegang kasus {number}."),
                number=case.number,
                name=actor.display_name,
            )
        return 0

    def next(self, args: argparse.Namespace) -> int:
        with self.cli.synced_session(args) as (database, actor, engine):
            service = AssignmentService(database, actor, engine)
            case, lost = service.claim_next(
                self._filter(args, QueueFilter(holder=Holder.UNCLAIMED))
            )
            self.cli.say(
                QT_TRANSLATE_NOOP("asn_monitor", "{name} kini memegang kasus {number}."),
                number=case.number,
                name=actor.display_name,
            )
            for number in lost:
                self.cli.say(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "Kasus {number} lebih dulu diambil orang lain."
                    ),
                    number=number,
                )
        return 0

    def assign(self, args: argparse.Namespace) -> int:
        with self.cli.synced_session(args) as (database, actor, engine):
            service = AssignmentService(database, actor, engine)
            target = database.query_one(
                "SELECT id, display_name FROM users WHERE username = ? COLLATE NOCASE", (args.to,)
            )
            if target is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("asn_monitor", "Akun {username} tidak ditemukan."),
                    username=args.to,
                )
            ids = [service.cases.by_number(n).id for n in args.cases]
            outcomes = service.assign(ids, target["id"])
            failed = 0
            for outcome in outcomes:
                if outcome.error is None:
                    self.cli.say(
                        QT_TRANSLATE_NOOP(
                            "asn_monitor", "Kasus {number} ditugaskan kepada {name}."
                        ),
                        number=outcome.number,
                        name=target["display_name"],
                    )
                else:
                    failed += 1
                    print(
                        f"{outcome.number}: {_message(self.cli, outcome.error)}", file=self.cli.err
                    )
        return EXIT_PARTIAL if failed else 0


def _message(cli: Cli, error: AsnError) -> str:
    return error.message(cli.tr)
