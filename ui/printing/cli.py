"""``python main.py print case|letter|recap … --pdf FILE``: the printouts without a window.

Lives in ``ui/`` because laying pages out needs Qt; ``main.py`` routes ``print`` here so
that the other commands keep running without Qt. Qt runs on the offscreen platform, so no
display is needed.

Exit codes: 0 printed; 7 printed, but the document says something is missing (a case
without evidence or worksheet, a period without cases, a number not yet confirmed by the
shared folder); 1 no workspace here, or no ``--user``; 2 bad input (a date, an empty
range); 3 not allowed; 4 unknown case; 6 login failed (wrong password, or an account
that was deactivated); 8 the PDF cannot be written there; 9 no letter yet (the case was
not referred); 10 the workspace's database cannot be used.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from PySide6.QtWidgets import QApplication

from asn_monitor.cli import Cli
from asn_monitor.cli_options import date_option
from asn_monitor.errors import AsnError, SyncError
from asn_monitor.i18n import QT_TRANSLATE_NOOP, Translator
from asn_monitor.reports.recap import RecapService
from ui.printing.builders import PrintSources, case_summary_document, letter_document
from ui.printing.output import check_target, write_pdf
from ui.printing.paper import PAPERS
from ui.printing.recap_doc import RecapDocument
from ui.translators import install_translators

EXIT_INCOMPLETE = 7


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python main.py print",
        description="Cetak ringkasan kasus, surat penerusan atau rekapitulasi ke PDF.",
    )
    parser.add_argument("--lang", dest="global_lang", choices=("id", "en"))
    sub = parser.add_subparsers(dest="document", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--pdf", required=True, metavar="BERKAS", help="berkas PDF yang ditulis")
        p.add_argument(
            "--paper", choices=sorted(PAPERS), default="A4", help="ukuran kertas (A4 atau F4)"
        )
        p.add_argument("--workspace", metavar="DIR", help="folder ruang kerja")
        p.add_argument("--shared", metavar="DIR", help="folder bersama kantor (hub)")
        p.add_argument("--user", metavar="NAMA", help="akun yang mencetak")
        p.add_argument("--lang", choices=("id", "en"), help="bahasa / language")

    p = sub.add_parser("case", help="ringkasan kasus")
    p.add_argument("number", metavar="NOMOR", help="nomor kasus, mis. NTB-2024-0012")
    common(p)
    p = sub.add_parser("letter", help="surat penerusan kepada PPK, dengan ringkasan kasus")
    p.add_argument("number", metavar="NOMOR", help="nomor kasus")
    common(p)
    p = sub.add_parser("recap", help="rekapitulasi periodik")
    p.add_argument("--from", dest="date_from", required=True, metavar="TANGGAL")
    p.add_argument("--to", dest="date_to", required=True, metavar="TANGGAL")
    common(p)
    return parser


class PrintCommand:
    def __init__(self, cli: Cli, language: str) -> None:
        self.cli = cli
        self.language = language

    def run(self, args: argparse.Namespace) -> int:
        if not args.user:
            raise AsnError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Cetakan mencantumkan siapa yang mencetak: sebutkan siapa Anda dengan "
                    "--user NAMA.",
                )
            )
        low = high = None
        if args.document == "recap":
            low = date_option(args.date_from, "--from")
            high = date_option(args.date_to, "--to")
        target = Path(args.pdf)
        check_target(target)  # before any work, and before renditions are recorded
        database = self.cli.open_initialized(args)
        try:
            actor = self.cli.actor(database, args)
            workspace = self.cli.workspace(args)
            try:
                workspace.sync_once(database)
            except SyncError as exc:
                note = self.cli.tr(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Folder bersama tidak terjangkau; dicetak menurut sinkronisasi terakhir "
                        "({detail}).",
                    )
                )
                print(note.format(detail=exc.message(self.cli.tr)), file=self.cli.err)
            sources = PrintSources(database, actor, workspace.evidence(database), self.language)
            if args.document == "recap":
                assert low is not None and high is not None
                code = self._recap(sources, low, high, target, args.paper)
            else:
                code = self._case(sources, args.document, args.number, target, args.paper)
            # The renditions printed were recorded here: send them, so the hashes on paper
            # name records the office holds (later, by the app, if the share is gone).
            with contextlib.suppress(SyncError):
                workspace.sync_once(database)
            return code
        finally:
            database.close()

    def _case(
        self, sources: PrintSources, document: str, number: str, target: Path, paper: str
    ) -> int:
        provisional = False
        if document == "letter":
            letter = letter_document(sources, number=number)
            provisional = not letter.facts.final
            summary = letter.attachment
            pages = write_pdf(letter, target, paper)
            done = QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Surat {letter} untuk kasus {number} dengan ringkasan kasus terlampir dicetak ke "
                "{path} ({pages} halaman, {paper}).",
            )
            self.cli.say(
                done,
                letter=letter.facts.number,
                number=summary.summary.case.number,
                path=str(target),
                pages=pages,
                paper=paper,
            )
        else:
            summary = case_summary_document(sources, number=number)
            pages = write_pdf(summary, target, paper)
            self.cli.say(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Ringkasan kasus {number} dicetak ke {path} ({pages} halaman, {paper}).",
                ),
                number=summary.summary.case.number,
                path=str(target),
                pages=pages,
                paper=paper,
            )
        missing = summary.missing_texts()
        if provisional:
            missing.insert(
                0,
                self.cli.tr(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "nomor surat masih sementara, surat dicetak sebagai KONSEP (sinkronkan, "
                        "lalu cetak ulang)",
                    )
                ),
            )
        if missing:
            text = self.cli.tr(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Belum lengkap (tertulis juga di cetakan): {items}."
                )
            )
            print(text.format(items="; ".join(missing)), file=self.cli.err)
            return EXIT_INCOMPLETE
        return 0

    def _recap(
        self, sources: PrintSources, low: dt.date, high: dt.date, target: Path, paper: str
    ) -> int:
        recap = RecapService(sources.database, sources.actor).build(low, high)
        document = RecapDocument(
            recap, sources.letterhead(), sources.actor.display_name, sources.now(), self.language
        )
        pages = write_pdf(document, target, paper)
        self.cli.say(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Rekapitulasi {cases} kasus dicetak ke {path} ({pages} halaman, {paper}).",
            ),
            cases=recap.total,
            path=str(target),
            pages=pages,
            paper=paper,
        )
        if recap.empty:
            print(
                self.cli.tr(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Tidak ada kasus yang diterima pada periode ini; rekapitulasi menyatakannya.",
                    )
                ),
                file=self.cli.err,
            )
            return EXIT_INCOMPLETE
        return 0


def main(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    args = build_parser().parse_args(list(argv))
    language = args.lang or args.global_lang or os.environ.get("ASN_MONITOR_LANG", "id")
    cli = Cli(Translator(language), out or sys.stdout, err or sys.stderr)
    # Pages are laid out with Qt, which needs no screen for that.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if app is None:
        app = QApplication(["asn-monitor-print"])
    translators = install_translators(app, language) if isinstance(app, QApplication) else []
    try:
        return PrintCommand(cli, language).run(args)
    except AsnError as exc:
        print(exc.message(cli.tr), file=cli.err)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    finally:
        for translator in translators:
            app.removeTranslator(translator)
