"""``python main.py import ...``: public reports and the BKD personnel list from a terminal.

Without ``--commit`` the command only shows the preview: every row's problems by line
number and a summary; nothing is written. Exit codes: 0 all well, 2 some rows have errors
(preview), 13 some rows were skipped (commit).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake.problems import Problem, Severity
from asn_monitor.intake.sources import read_file, read_table
from asn_monitor.services.evidence import EvidenceService
from asn_monitor.services.intake import (
    DuplicateAction,
    IntakeService,
    ReportPreview,
    RowState,
)
from asn_monitor.services.registry import RegistryPreview, RegistryService

if TYPE_CHECKING:
    from asn_monitor.cli import Cli

EXIT_ERRORS = 2  # preview: some rows have errors
EXIT_SKIPPED = 13  # commit: some rows were not imported
TOKEN_ENV = "ASN_MONITOR_IMPORT_TOKEN"


def add_parsers(sub: Any, common: Callable[..., None]) -> None:
    group = sub.add_parser("import", help="impor laporan masyarakat atau daftar ASN (BKD)")
    actions = group.add_subparsers(dest="action", required=True)
    p = actions.add_parser(
        "reports", help="impor laporan dari berkas CSV/JSON, URL, atau 'endpoint' kantor"
    )
    common(p, acting=True)
    p.add_argument("source", metavar="BERKAS_ATAU_URL", help="berkas, URL, atau kata 'endpoint'")
    p.add_argument("--commit", action="store_true", help="simpan (tanpa ini: pratinjau saja)")
    p.add_argument(
        "--on-duplicate",
        choices=[a.value for a in DuplicateAction],
        default=DuplicateAction.LINK.value,
        help="untuk baris yang mirip kasus yang ada: link (bawaan), merge, create, skip",
    )
    p = actions.add_parser("asn", help="impor daftar ASN dari BKD (CSV: NIP, nama, instansi, ...)")
    common(p, acting=True)
    p.add_argument("source", metavar="BERKAS")
    p.add_argument("--commit", action="store_true", help="simpan (tanpa ini: pratinjau saja)")
    p = actions.add_parser("endpoint", help="lihat atau atur endpoint impor laporan kantor")
    common(p, acting=True)
    p.add_argument("url", metavar="URL", nargs="?", help="alamat endpoint (kosongkan: lihat)")
    p.add_argument("--clear", action="store_true", help="hapus pengaturan endpoint dan tokennya")


class ImportCommands:
    def __init__(self, cli: Cli) -> None:
        self.cli = cli

    def handlers(self) -> dict[str, Callable[[argparse.Namespace], int]]:
        return {
            "import:reports": self.reports,
            "import:asn": self.registry,
            "import:endpoint": self.endpoint,
        }

    def _problem(self, problem: Problem) -> str:
        where = (
            self.cli.tr(QT_TRANSLATE_NOOP("asn_monitor", "baris {line}")).format(line=problem.line)
            if problem.line
            else self.cli.tr(QT_TRANSLATE_NOOP("asn_monitor", "berkas"))
        )
        return f"{where}: [{self.cli.tr(problem.severity.label)}] {problem.message.message(self.cli.tr)}"

    def _print_problems(self, problems: list[Problem]) -> None:
        for problem in sorted(problems, key=lambda x: x.line):
            stream = self.cli.err if problem.severity is Severity.ERROR else self.cli.out
            print(self._problem(problem), file=stream)

    def reports(self, args: argparse.Namespace) -> int:
        ws = self.cli.workspace(args)
        database = self.cli.open_initialized(args)
        try:
            actor = self.cli.actor(database, args)
            evidence = EvidenceService(database, actor, ws.evidence(database))
            service = IntakeService(database, actor, evidence=evidence)
            preview = service.preview(args.source)
            problems = list(preview.problems)
            for row in preview.rows:
                problems += row.report.problems
            self._print_problems(problems)
            self._summary(preview)
            if not args.commit:
                self.cli.say(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Pratinjau saja; tidak ada yang disimpan. Jalankan lagi dengan --commit "
                        "untuk mengimpor.",
                    )
                )
                return EXIT_ERRORS if preview.count(RowState.ERROR) else 0
            result = service.commit(preview, DuplicateAction(args.on_duplicate))
            for line, number in result.created:
                self.cli.say(
                    QT_TRANSLATE_NOOP("asn_monitor", "baris {line}: kasus {number} dibuat."),
                    line=line,
                    number=number,
                )
            for line, number, existing in result.linked:
                self.cli.say(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "baris {line}: kasus {number} dibuat, tertaut ke {existing}."
                    ),
                    line=line,
                    number=number,
                    existing=existing,
                )
            for line, number in result.merged:
                self.cli.say(
                    QT_TRANSLATE_NOOP("asn_monitor", "baris {line}: digabungkan ke {number}."),
                    line=line,
                    number=number,
                )
            for line, error in result.skipped:
                print(
                    self.cli.tr(
                        QT_TRANSLATE_NOOP("asn_monitor", "baris {line}: dilewati — {reason}")
                    ).format(line=line, reason=error.message(self.cli.tr)),
                    file=self.cli.err,
                )
            self.cli.say(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Selesai: {created} kasus baru, {linked} tertaut ke kasus yang ada, "
                    "{merged} digabungkan, {already} sudah diimpor sebelumnya, {declined} "
                    "duplikat dilewati, {skipped} baris bergalat dilewati.",
                ),
                created=len(result.created),
                linked=len(result.linked),
                merged=len(result.merged),
                already=len(result.already),
                declined=len(result.declined),
                skipped=len(result.skipped),
            )
            if result.created or result.linked or result.merged:
                self.cli.send(args, database)
            return EXIT_SKIPPED if result.skipped else 0
        finally:
            database.close()

    def _summary(self, preview: ReportPreview) -> None:
        self.cli.say(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "{total} baris: {ok} siap, {warnings} dengan peringatan, {duplicates} kemungkinan "
                "duplikat, {already} sudah diimpor, {errors} bergalat (akan dilewati).",
            ),
            total=len(preview.rows),
            ok=preview.count(RowState.OK),
            warnings=preview.count(RowState.WARNING),
            duplicates=preview.count(RowState.DUPLICATE),
            already=preview.count(RowState.ALREADY),
            errors=preview.count(RowState.ERROR),
        )

    def registry(self, args: argparse.Namespace) -> int:
        database = self.cli.open_initialized(args)
        try:
            actor = self.cli.actor(database, args)
            service = RegistryService(database, actor)
            path = Path(args.source).expanduser()
            preview = service.preview(read_table(read_file(path), path.name), path.name)
            problems = list(preview.problems)
            for row in preview.rows:
                problems += row.problems
            self._print_problems(problems)
            self._registry_summary(preview)
            errors = preview.count("error")
            if not args.commit:
                self.cli.say(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Pratinjau saja; tidak ada yang disimpan. Jalankan lagi dengan --commit "
                        "untuk mengimpor.",
                    )
                )
                return EXIT_ERRORS if errors else 0
            result = service.commit(preview)
            self.cli.say(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Daftar ASN: {added} ditambahkan, {updated} diperbarui, {unchanged} tidak "
                    "berubah, {skipped} baris bergalat dilewati.",
                ),
                added=result.added,
                updated=result.updated,
                unchanged=result.unchanged,
                skipped=len(result.skipped),
            )
            if result.added or result.updated:
                self.cli.send(args, database)
            return EXIT_SKIPPED if result.skipped else 0
        finally:
            database.close()

    def _registry_summary(self, preview: RegistryPreview) -> None:
        self.cli.say(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "{total} baris: {new} baru, {update} diperbarui, {same} tidak berubah, "
                "{errors} bergalat (akan dilewati).",
            ),
            total=len(preview.rows),
            new=preview.count("new"),
            update=preview.count("update"),
            same=preview.count("same"),
            errors=preview.count("error"),
        )

    def endpoint(self, args: argparse.Namespace) -> int:
        database = self.cli.open_initialized(args)
        try:
            actor = self.cli.actor(database, args)
            service = IntakeService(database, actor)
            if args.clear or args.url:
                token = "" if args.clear else os.environ.get(TOKEN_ENV, "")
                service.set_endpoint("" if args.clear else args.url, token)
                self.cli.send(args, database)
            url, token = service.endpoint()
            if not url:
                self.cli.say(QT_TRANSLATE_NOOP("asn_monitor", "Endpoint impor belum diatur."))
                return 0
            self.cli.say(
                QT_TRANSLATE_NOOP("asn_monitor", "Endpoint impor: {url} ({token})."),
                url=url,
                token=self.cli.tr(
                    QT_TRANSLATE_NOOP("asn_monitor", "dengan token")
                    if token
                    else QT_TRANSLATE_NOOP("asn_monitor", "tanpa token")
                ),
            )
        finally:
            database.close()
        return 0
