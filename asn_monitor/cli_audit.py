"""``python main.py audit access``: who looked at personal data (supervisor and admin)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from asn_monitor.cli_options import date_option
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.access_log import AccessLogService
from asn_monitor.services.cases import CaseService

if TYPE_CHECKING:
    from asn_monitor.cli import Cli


def add_parsers(sub: Any, common: Callable[..., None]) -> None:
    audit = sub.add_parser("audit", help="jejak audit").add_subparsers(dest="action", required=True)
    p = audit.add_parser(
        "access", help="log akses data pribadi (identitas pelapor): supervisor dan admin"
    )
    common(p, acting=True)
    p.add_argument("--case", metavar="NOMOR_KASUS", help="hanya kasus ini")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="mulai tanggal ini")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="sampai tanggal ini")
    p.add_argument("--limit", type=int, default=1000, help="jumlah baris paling banyak")
    p.add_argument("--json", action="store_true", help="keluaran JSON")


class AuditCommands:
    def __init__(self, cli: Cli) -> None:
        self.cli = cli

    def handlers(self) -> dict[str, Callable[[argparse.Namespace], int]]:
        return {"audit:access": self.access}

    def access(self, args: argparse.Namespace) -> int:
        since, until = date_option(args.since, "--since"), date_option(args.until, "--until")
        database = self.cli.open_initialized(args)
        try:
            actor = self.cli.actor(database, args)
            service = AccessLogService(database, actor)
            service.require_reader()
            case_id = CaseService(database, actor).by_number(args.case).id if args.case else None
            entries = service.entries(
                case_id=case_id, since=since, until=until, limit=max(1, args.limit)
            )
        finally:
            database.close()
        if args.json:
            json.dump([e.as_dict() for e in entries], self.cli.out, ensure_ascii=False, indent=2)
            print(file=self.cli.out)
            return 0
        for e in entries:
            what = self.cli.tr(e.what_text)
            purpose = e.purpose or "-"
            print(
                f"{e.at}  {e.user_name:<24} {e.case_number or '-':<22} {what:<18} {purpose}",
                file=self.cli.out,
            )
        self.cli.say(QT_TRANSLATE_NOOP("asn_monitor", "{n} catatan akses."), n=len(entries))
        return 0
