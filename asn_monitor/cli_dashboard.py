"""``python main.py dashboard``: the supervisor's figures in a terminal, or as JSON.

The figures come from this PC's replica after one sync round (when the shared folder is
reachable; otherwise as of the last sync, and a note on stderr says so).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from asn_monitor.cli_options import date_option
from asn_monitor.errors import AsnError, SyncError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.dashboard import Bucket, DashboardFigures, DashboardService, range_text
from asn_monitor.services.settings import SettingsService

if TYPE_CHECKING:
    from asn_monitor.cli import Cli


def add_parsers(sub: Any, common: Callable[..., None]) -> None:
    p = sub.add_parser("dashboard", help="dasbor supervisor: jumlah kasus, beban kerja, tenggat")
    common(p, acting=True)
    p.add_argument(
        "--from", dest="date_from", metavar="TANGGAL", help="diterima sejak (dd/mm/yyyy)"
    )
    p.add_argument("--to", dest="date_to", metavar="TANGGAL", help="diterima sampai (dd/mm/yyyy)")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.add_argument("--top", type=int, default=10, help="jumlah instansi teratas (sisanya digabung)")


class DashboardCommands:
    def __init__(self, cli: Cli) -> None:
        self.cli = cli

    def handlers(self) -> dict[str, Callable[[argparse.Namespace], int]]:
        return {"dashboard": self.show}

    def show(self, args: argparse.Namespace) -> int:
        low = date_option(args.date_from, "--from")
        high = date_option(args.date_to, "--to")
        if not args.user:
            raise AsnError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Dasbor menurut akun Anda: sebutkan siapa Anda dengan --user NAMA.",
                )
            )
        database = self.cli.open_initialized(args)
        try:
            actor = self.cli.actor(database, args)
            try:
                self.cli.workspace(args).sync_once(database)
            except SyncError as exc:
                note = self.cli.tr(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Folder bersama tidak terjangkau; angka menurut sinkronisasi terakhir "
                        "({detail}).",
                    )
                )
                print(note.format(detail=exc.message(self.cli.tr)), file=self.cli.err)
            figures = DashboardService(database, actor).figures(low, high, top_agencies=args.top)
            office = SettingsService(database, actor).office_name()
        finally:
            database.close()
        if args.json:
            data = figures.to_dict()
            data["office"] = office
            for key in (
                "by_status",
                "by_agency",
                "by_level",
                "by_category",
                "by_platform",
                "stages",
            ):
                for item in data[key]:
                    if item.pop("translatable", True):
                        item["label"] = self.cli.tr(item["label"])
            print(json.dumps(data, ensure_ascii=False, indent=2), file=self.cli.out)
        else:
            self._print(figures, office)
        return 0

    # -- text ------------------------------------------------------------------------

    def _line(self, text: str, **params: object) -> None:
        print(self.cli.tr(text).format(**params), file=self.cli.out)

    def _label(self, bucket: Bucket) -> str:
        return self.cli.tr(bucket.label) if bucket.translatable else bucket.label

    def _section(self, title: str, buckets: tuple[Bucket, ...]) -> None:
        print(file=self.cli.out)
        self._line(title)
        width = max([len(self._label(b)) for b in buckets] + [10])
        for b in buckets:
            print(f"  {self._label(b):<{width}}  {b.count:>7}", file=self.cli.out)

    def _print(self, f: DashboardFigures, office: str) -> None:
        out = self.cli.out
        self._line(QT_TRANSLATE_NOOP("asn_monitor", "Dasbor \u2014 {office}"), office=office)
        self._line(
            QT_TRANSLATE_NOOP("asn_monitor", "Kasus diterima: {range} (per {today})"),
            range=range_text(self.cli.tr, f.received_from, f.received_to),
            today=f.today.strftime("%d/%m/%Y"),
        )
        self._line(QT_TRANSLATE_NOOP("asn_monitor", "Jumlah kasus: {n}"), n=f.total)
        self._section(QT_TRANSLATE_NOOP("asn_monitor", "Per status"), f.by_status)

        print(file=out)
        self._line(QT_TRANSLATE_NOOP("asn_monitor", "Lewat tenggat per tahap"))
        for s in f.stages:
            stage = self.cli.tr(s.label)
            text = self.cli.tr(
                QT_TRANSLATE_NOOP("asn_monitor", "{overdue} dari {open} lewat tenggat {days} hari")
            ).format(overdue=s.overdue, open=s.open, days=s.days)
            print(f"  {stage:<30} {text}", file=out)

        print(file=out)
        self._line(
            QT_TRANSLATE_NOOP("asn_monitor", "Beban kerja (kasus dipegang)")
            if f.office_wide
            else QT_TRANSLATE_NOOP("asn_monitor", "Beban kerja Anda (kasus dipegang)")
        )
        head = self.cli.tr(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "dipegang · lewat tenggat · tertua (hari) · median umur (hari)"
            )
        )
        print(f"  {'':<32} {head}", file=out)
        for m in f.by_monitor:
            name = (
                m.name
                if m.active
                else m.name + " " + self.cli.tr(QT_TRANSLATE_NOOP("asn_monitor", "(nonaktif)"))
            )
            oldest = "-" if m.oldest_days is None else str(m.oldest_days)
            median = "-" if m.median_days is None else f"{m.median_days:g}"
            print(
                f"  {name[:32]:<32} {m.in_hand:>8} {m.overdue:>8} {oldest:>8} {median:>8}",
                file=out,
            )

        self._section(QT_TRANSLATE_NOOP("asn_monitor", "Per instansi"), f.by_agency)
        self._section(QT_TRANSLATE_NOOP("asn_monitor", "Per tingkat pelanggaran"), f.by_level)
        self._section(QT_TRANSLATE_NOOP("asn_monitor", "Per platform"), f.by_platform)

        print(file=out)
        self._line(
            QT_TRANSLATE_NOOP("asn_monitor", "Tindak lanjut PPK lewat tenggat: {n}"),
            n=len(f.overdue_followups),
        )
        late = self.cli.tr(QT_TRANSLATE_NOOP("asn_monitor", "lewat {n} hari"))
        for o in f.overdue_followups:
            mark = " *" if o.escalated else ""
            print(
                f"  {o.number:<16} {late.format(n=o.days_overdue):<16} "
                f"{o.followup_due.strftime('%d/%m/%Y')}  {o.subject_name} \u2014 {o.addressee}{mark}",
                file=out,
            )
        if any(o.escalated for o in f.overdue_followups):
            self._line(QT_TRANSLATE_NOOP("asn_monitor", "  * sudah dieskalasi"))
