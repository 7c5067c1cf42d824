"""``python main.py evidence ...``: add (files and folders), list, capture a URL, re-check
captured links, and verify every stored file against its hash.

Adding several files goes on past a refused one: each file is reported (added, already
there, refused and why) and the exit code says whether all of them went in.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from asn_monitor.capture.sniff import kind_from_name
from asn_monitor.capture.url import RecheckOutcome
from asn_monitor.cli_queue import EXIT_PARTIAL
from asn_monitor.domain.models import EvidenceSource, Platform, User
from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.cases import CaseService
from asn_monitor.services.evidence import AddResult, DuplicateEvidence, EvidenceService
from asn_monitor.services.evidence_integrity import count_files, verify_files
from asn_monitor.store.database import Database

if TYPE_CHECKING:
    from asn_monitor.cli import Cli

EXIT_MISMATCH = 20  # as ``check``: stored files do not match their hashes


def add_parsers(sub: Any, common: Callable[..., None]) -> None:
    evidence = sub.add_parser("evidence", help="berkas bukti kasus").add_subparsers(
        dest="action", required=True
    )
    p = evidence.add_parser(
        "add", help="tambah berkas bukti ke kasus (berkas, atau folder: semua gambarnya)"
    )
    common(p, acting=True)
    p.add_argument("case", metavar="NOMOR_KASUS")
    p.add_argument("files", metavar="BERKAS_ATAU_FOLDER", nargs="+")
    p.add_argument("--description", default="", help="keterangan bukti")
    p.add_argument(
        "--source",
        choices=[s.value for s in EvidenceSource],
        default=EvidenceSource.MONITOR.value,
        help="asal bukti",
    )
    _described(p)
    p = evidence.add_parser("list", help="daftar bukti kasus, diperiksa sidiknya")
    common(p, acting=True)
    p.add_argument("case", metavar="NOMOR_KASUS")
    p = evidence.add_parser("capture", help="ambil isi sebuah tautan sebagai bukti")
    common(p, acting=True)
    p.add_argument("case", metavar="NOMOR_KASUS")
    p.add_argument("url", metavar="URL")
    p.add_argument("--description", default="", help="keterangan bukti")
    _described(p)
    p = evidence.add_parser("recheck", help="periksa ulang semua tautan bukti sebuah kasus")
    common(p, acting=True)
    p.add_argument("case", metavar="NOMOR_KASUS")
    p = evidence.add_parser(
        "verify", help="hitung ulang sidik setiap berkas bukti dan rendisi yang tersimpan"
    )
    common(p)


def _described(p: argparse.ArgumentParser) -> None:
    p.add_argument("--platform", choices=[x.value for x in Platform])
    p.add_argument("--account", default="", help="akun yang mengunggah")
    p.add_argument("--posted-at", help="waktu unggahan terlihat, mis. 2024-10-01 14:30")


def expand(paths: list[str]) -> Iterator[Path]:
    """Files as given; a folder stands for its images, by name (not its subfolders)."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                (
                    p
                    for p in path.iterdir()
                    if p.is_file()
                    and not p.name.startswith(".")
                    and (kind := kind_from_name(p.name)) is not None
                    and kind.is_image
                ),
                key=lambda p: p.name.casefold(),
            )
            yield from found
        else:
            yield path


class EvidenceCommands:
    def __init__(self, cli: Cli) -> None:
        self.cli = cli

    def handlers(self) -> dict[str, Callable[[argparse.Namespace], int]]:
        return {
            "evidence:add": self.add,
            "evidence:list": self.list,
            "evidence:capture": self.capture,
            "evidence:recheck": self.recheck,
            "evidence:verify": self.verify,
        }

    @contextmanager
    def _service(
        self, args: argparse.Namespace
    ) -> Iterator[tuple[Database, User, EvidenceService]]:
        ws = self.cli.workspace(args)
        database = self.cli.open_initialized(args)
        try:
            actor = self.cli.actor(database, args)
            yield database, actor, EvidenceService(database, actor, ws.evidence(database))
        finally:
            database.close()

    def _notices(self, result: AddResult) -> None:
        for notice in result.notices:
            print("  " + notice.message(self.cli.tr), file=self.cli.out)

    def add(self, args: argparse.Namespace) -> int:
        with self._service(args) as (database, actor, service):
            case = CaseService(database, actor).by_number(args.case)
            files = list(expand(args.files))
            if not files:
                raise AsnError(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "Tidak ada gambar di {paths}; tidak ada yang ditambahkan."
                    ),
                    paths=", ".join(args.files),
                )
            failures: list[AsnError] = []
            for path in files:
                try:
                    result = service.add_file(
                        case.id,
                        path,
                        args.description,
                        source=args.source,
                        platform=args.platform,
                        account=args.account,
                        posted_at=args.posted_at,
                    )
                except DuplicateEvidence as exc:
                    failures.append(exc)
                    print(f"{path.name}: {exc.message(self.cli.tr)}", file=self.cli.err)
                    continue
                except AsnError as exc:
                    failures.append(exc)
                    refused = self.cli.tr(QT_TRANSLATE_NOOP("asn_monitor", "DITOLAK"))
                    print(f"{path.name}: {refused}: {exc.message(self.cli.tr)}", file=self.cli.err)
                    continue
                self.cli.say(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "Bukti {file} ditambahkan ke {number} (SHA-256 {sha})."
                    ),
                    file=result.item.filename,
                    number=case.number,
                    sha=result.item.sha256,
                )
                self._notices(result)
            if len(files) > 1:
                self.cli.say(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "{added} dari {total} berkas ditambahkan ke {number}."
                    ),
                    added=len(files) - len(failures),
                    total=len(files),
                    number=case.number,
                )
            if len(failures) < len(files):
                self.cli.send(args, database)
        if not failures:
            return 0
        # One file given and refused: its own exit code says why (21 refused, 4 missing...).
        return failures[0].exit_code if len(files) == 1 else EXIT_PARTIAL

    def list(self, args: argparse.Namespace) -> int:
        with self._service(args) as (database, actor, service):
            case = CaseService(database, actor).by_number(args.case)
            for item in service.list(case.id):
                try:
                    service.open_path(item.id)
                    state = self.cli.tr(QT_TRANSLATE_NOOP("asn_monitor", "utuh"))
                except AsnError as exc:
                    state = exc.message(self.cli.tr)
                where = f"  {item.source_url}" if item.source_url else ""
                print(
                    f"{(item.sha256 or '')[:12]}  {item.kind:<8} {item.filename}  {state}{where}",
                    file=self.cli.out,
                )
        return 0

    def capture(self, args: argparse.Namespace) -> int:
        with self._service(args) as (database, actor, service):
            case = CaseService(database, actor).by_number(args.case)
            result = service.capture_url(
                case.id,
                args.url,
                args.description,
                platform=args.platform,
                account=args.account,
                posted_at=args.posted_at,
            )
            item = result.item
            self.cli.say(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Tautan {url} diambil sebagai {file} ({kind}, HTTP {status}, {size} byte) "
                    "untuk {number}; SHA-256 {sha}; waktu ambil {at} UTC.",
                ),
                url=item.final_url,
                file=item.filename,
                kind=item.kind,
                status=item.http_status,
                size=item.size,
                number=case.number,
                sha=item.sha256,
                at=item.retrieved_at,
            )
            self._notices(result)
            self.cli.send(args, database)
        return 0

    def recheck(self, args: argparse.Namespace) -> int:
        with self._service(args) as (database, actor, service):
            case = CaseService(database, actor).by_number(args.case)
            linked = [i for i in service.list(case.id) if i.source_url]
            if not linked:
                self.cli.say(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "Kasus {number} tidak memiliki bukti dari tautan."
                    ),
                    number=case.number,
                )
                return 0
            unknown = 0
            for item in linked:
                check = service.recheck(item.id)
                unknown += check.outcome is RecheckOutcome.ERROR
                status = f" (HTTP {check.http_status})" if check.http_status else ""
                print(
                    f"{check.url}: {self.cli.tr(check.outcome.label)}{status}"
                    + (f" \u2014 {check.detail}" if check.detail else ""),
                    file=self.cli.out,
                )
            self.cli.send(args, database)
        return EXIT_PARTIAL if unknown else 0

    def verify(self, args: argparse.Namespace) -> int:
        ws = self.cli.workspace(args)
        database = self.cli.open_initialized(args)
        try:
            problems = verify_files(database, ws.evidence(database))
            total = count_files(database)
        finally:
            database.close()
        for bad in problems:
            if bad.found is None:
                print(
                    self.cli.tr(
                        QT_TRANSLATE_NOOP(
                            "asn_monitor", "HILANG: {file} (SHA-256 {expected}): tidak ada salinan."
                        )
                    ).format(file=bad.filename, expected=bad.expected),
                    file=self.cli.err,
                )
            else:
                print(
                    self.cli.tr(
                        QT_TRANSLATE_NOOP(
                            "asn_monitor",
                            "TIDAK COCOK: {file} di {path}: seharusnya {expected}, ditemukan "
                            "{found}.",
                        )
                    ).format(
                        file=bad.filename, path=bad.path, expected=bad.expected, found=bad.found
                    ),
                    file=self.cli.err,
                )
        if problems:
            return EXIT_MISMATCH
        self.cli.say(
            QT_TRANSLATE_NOOP("asn_monitor", "{n} berkas bukti dan rendisi cocok dengan sidiknya."),
            n=total,
        )
        return 0
