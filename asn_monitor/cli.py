"""Admin commands run through ``python main.py <command>``; no Qt needed.

Every command takes ``--workspace DIR`` after its name. Commands that change data act as
a user (``--user NAME``) whose password comes from ``ASN_MONITOR_PASSWORD`` or a prompt.
Errors are printed as one clear message (Indonesian, or English with ``--lang en`` or
``ASN_MONITOR_LANG=en``) with an exit code that says what kind of failure it was.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from asn_monitor import (
    cli_audit,
    cli_dashboard,
    cli_evidence,
    cli_import,
    cli_queue,
    cli_referral,
)
from asn_monitor.cli_audit import AuditCommands
from asn_monitor.cli_dashboard import DashboardCommands
from asn_monitor.cli_evidence import EvidenceCommands
from asn_monitor.cli_import import ImportCommands
from asn_monitor.cli_queue import QueueCommands
from asn_monitor.cli_referral import ReferralCommands
from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError, SyncError, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP, Translator
from asn_monitor.paths import default_workspace_dir
from asn_monitor.services.auth import AuthService
from asn_monitor.services.users import UserService
from asn_monitor.store.database import Database
from asn_monitor.sync.audit import check_office
from asn_monitor.sync.backup import DEFAULT_KEEP
from asn_monitor.sync.backup import backup as backup_hub
from asn_monitor.sync.backup import restore as restore_hub
from asn_monitor.sync.engine import SyncEngine
from asn_monitor.sync.hub import Hub
from asn_monitor.workspace import Workspace

COMMANDS = (
    "init",
    "init-shared",
    "demo",
    "user",
    "evidence",
    "check",
    "sync",
    "backup",
    "restore",
    "queue",
    "import",
    "referral",
    "audit",
    "dashboard",
)
PASSWORD_ENV = "ASN_MONITOR_PASSWORD"
NEW_PASSWORD_ENV = "ASN_MONITOR_NEW_PASSWORD"
EXIT_USAGE = 2


class Cli:
    def __init__(self, translator: Translator, out: TextIO, err: TextIO) -> None:
        self.tr = translator.translate
        self.out = out
        self.err = err
        self.hasher = PasswordHasher()
        self._actor_password: str | None = None

    def say(self, text: str, **params: object) -> None:
        print(self.tr(text).format(**params), file=self.out)

    # -- helpers -------------------------------------------------------------------

    def workspace(self, args: argparse.Namespace) -> Workspace:
        return Workspace(
            args.workspace or default_workspace_dir(), shared=getattr(args, "shared", None)
        )

    def open_initialized(self, args: argparse.Namespace) -> Database:
        ws = self.workspace(args)
        if not ws.exists():
            raise AsnError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Belum ada ruang kerja di {path}. Buat dengan \u201cpython main.py init\u201d "
                    "atau buka aplikasi.",
                ),
                path=str(ws.directory),
            )
        return ws.open()

    def secret(self, env: str, prompt: str, confirm: bool = False) -> str:
        value = os.environ.get(env)
        if value is not None:
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise AsnError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Kata sandi diperlukan: isi variabel lingkungan {env} atau jalankan di terminal.",
                ),
                env=env,
            )
        first = getpass.getpass(self.tr(prompt))
        if (
            confirm
            and getpass.getpass(self.tr(QT_TRANSLATE_NOOP("asn_monitor", "Ulangi: "))) != first
        ):
            raise ValidationError(QT_TRANSLATE_NOOP("asn_monitor", "Kedua kata sandi tidak sama."))
        return first

    def actor(self, database: Database, args: argparse.Namespace) -> User:
        if not args.user:
            raise AsnError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Perintah ini mengubah data: sebutkan siapa Anda dengan --user NAMA.",
                )
            )
        prompt = self.tr(QT_TRANSLATE_NOOP("asn_monitor", "Kata sandi {user}: "))
        password = self.secret(PASSWORD_ENV, prompt.format(user=args.user))
        user = AuthService(database, self.hasher).login(args.user, password)
        # Kept for "user passwd" on one's own account, which needs the current password.
        self._actor_password = password
        return user

    @contextmanager
    def synced_session(
        self, args: argparse.Namespace, *, offline_ok: bool = False
    ) -> Iterator[tuple[Database, User, SyncEngine]]:
        """This PC's replica after one sync round, its user and its engine (for steps that
        write through to the hub). With ``offline_ok`` an unreachable share is said and the
        command works on what this PC has; otherwise it fails."""
        ws = self.workspace(args)
        database = self.open_initialized(args)
        try:
            actor = self.actor(database, args)
            engine = ws.engine(database)
            try:
                try:
                    engine.sync_once()  # work from the office's latest state
                except SyncError as exc:
                    if not offline_ok:
                        raise
                    self.say(
                        QT_TRANSLATE_NOOP(
                            "asn_monitor",
                            "Folder bersama tidak terjangkau ({detail}); memakai data di "
                            "komputer ini.",
                        ),
                        detail=exc.message(self.tr),
                    )
                yield database, actor, engine
            finally:
                engine.close()
        finally:
            database.close()

    def send(self, args: argparse.Namespace, database: Database) -> None:
        """An admin's edit reaches the hub at once when the share is there, else later."""
        try:
            self.workspace(args).sync_once(database)
        except SyncError as exc:
            self.say(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Tersimpan di komputer ini; dikirim ke folder bersama saat tersambung "
                    "({detail}).",
                ),
                detail=exc.message(self.tr),
            )

    def create_office(self, ws: Workspace, args: argparse.Namespace) -> User:
        """The office's hub, this PC's replica and the first account (init, init-shared)."""
        password = self.secret(
            PASSWORD_ENV,
            QT_TRANSLATE_NOOP("asn_monitor", "Kata sandi untuk akun pertama: "),
            confirm=True,
        )
        database, user = ws.create(
            office_name=args.office,
            prefix=args.prefix,
            username=args.username,
            display_name=args.display_name or args.username,
            password=password,
            hasher=self.hasher,
        )
        database.close()
        return user

    # -- commands ------------------------------------------------------------------

    def cmd_init(self, args: argparse.Namespace) -> int:
        ws = self.workspace(args)
        user = self.create_office(ws, args)
        self.say(
            QT_TRANSLATE_NOOP("asn_monitor", "Ruang kerja dibuat di {path}; akun {user} ({role})."),
            path=ws.directory,
            user=user.username,
            role=self.tr(user.role.label),
        )
        return 0

    def cmd_demo(self, args: argparse.Namespace) -> int:
        from asn_monitor.demo import create_demo  # heavy data load only when asked

        result = create_demo(Path(args.directory), cases=args.cases, seed=args.seed)
        self.say(
            QT_TRANSLATE_NOOP("asn_monitor", "Ruang kerja demo dibuat di {path} dengan {n} kasus."),
            path=result.directory,
            n=result.cases,
        )
        self.say(QT_TRANSLATE_NOOP("asn_monitor", "Akun (nama pengguna / peran / kata sandi):"))
        for username, role, password in result.accounts:
            print(f"  {username:<12} {self.tr(Role(role).label):<12} {password}", file=self.out)
        return 0

    def cmd_user_add(self, args: argparse.Namespace) -> int:
        database = self.open_initialized(args)
        try:
            actor = self.actor(database, args)
            password = self.secret(
                NEW_PASSWORD_ENV,
                QT_TRANSLATE_NOOP("asn_monitor", "Kata sandi untuk akun baru: "),
                confirm=True,
            )
            user = UserService(database, actor, self.hasher).add_user(
                args.username, args.display_name or args.username, Role(args.role), password
            )
            self.say(
                QT_TRANSLATE_NOOP("asn_monitor", "Akun {user} ({role}) ditambahkan."),
                user=user.username,
                role=self.tr(user.role.label),
            )
            self.send(args, database)
        finally:
            database.close()
        return 0

    def cmd_user_list(self, args: argparse.Namespace) -> int:
        database = self.open_initialized(args)
        try:
            rows = database.query(
                "SELECT username, display_name, role, active FROM users ORDER BY username"
            )
        finally:
            database.close()
        for r in rows:
            state = self.tr(
                QT_TRANSLATE_NOOP("asn_monitor", "aktif")
                if r["active"]
                else QT_TRANSLATE_NOOP("asn_monitor", "nonaktif")
            )
            role = self.tr(Role(r["role"]).label)
            print(f"{r['username']:<16} {role:<12} {state:<9} {r['display_name']}", file=self.out)
        return 0

    def cmd_user_passwd(self, args: argparse.Namespace) -> int:
        database = self.open_initialized(args)
        try:
            actor = self.actor(database, args)
            service = UserService(database, actor, self.hasher)
            target = service.by_username(args.username)
            password = self.secret(
                NEW_PASSWORD_ENV,
                QT_TRANSLATE_NOOP("asn_monitor", "Kata sandi baru: "),
                confirm=True,
            )
            current = self._actor_password if target.id == actor.id else None
            service.set_password(target.id, password, current_password=current)
            self.say(
                QT_TRANSLATE_NOOP("asn_monitor", "Kata sandi {user} diganti."), user=target.username
            )
            self.send(args, database)
        finally:
            database.close()
        return 0

    def cmd_user_deactivate(self, args: argparse.Namespace) -> int:
        database = self.open_initialized(args)
        try:
            actor = self.actor(database, args)
            service = UserService(database, actor, self.hasher)
            target = service.by_username(args.username)
            service.set_active(target.id, False)
            self.say(
                QT_TRANSLATE_NOOP("asn_monitor", "Akun {user} dinonaktifkan."), user=target.username
            )
            self.send(args, database)
        finally:
            database.close()
        return 0

    def cmd_init_shared(self, args: argparse.Namespace) -> int:
        ws = Workspace(args.workspace or default_workspace_dir(), shared=args.directory)
        user = self.create_office(ws, args)
        self.say(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Folder bersama kantor dibuat di {shared} (hub.db, evidence/, backups/); ruang "
                "kerja komputer ini di {path}; akun {user} ({role}). Komputer lain bergabung "
                "dengan \u201cpython main.py --shared {shared}\u201d.",
            ),
            shared=ws.shared_dir(),
            path=ws.directory,
            user=user.username,
            role=self.tr(user.role.label),
        )
        return 0

    def cmd_sync(self, args: argparse.Namespace) -> int:
        ws = self.workspace(args)
        if not ws.exists() and ws.requested_shared is not None:
            database = ws.join()
            self.say(
                QT_TRANSLATE_NOOP("asn_monitor", "Bergabung ke {shared}; ruang kerja di {path}."),
                shared=ws.requested_shared,
                path=ws.directory,
            )
        else:
            database = self.open_initialized(args)
        shared = ws.shared_dir(database)
        try:
            engine = ws.engine(database)
            try:
                report = engine.sync_once()
                state = engine.state
            finally:
                engine.close()
        finally:
            database.close()
        self.say(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Sinkron dengan {shared}: dikirim {pushed} catatan ({applied} diterapkan, "
                "{conflicts} konflik/ditolak), diterima {pulled}, {uploaded} berkas bukti "
                "diunggah, {expired} klaim kedaluwarsa dikembalikan ke antrean.",
            ),
            shared=shared,
            pushed=report.pushed,
            applied=report.applied,
            conflicts=report.conflicts,
            pulled=report.pulled,
            uploaded=report.uploaded,
            expired=report.expired,
        )
        if state.open_conflicts:
            self.say(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "{n} konflik terbuka menunggu diselesaikan di aplikasi."
                ),
                n=state.open_conflicts,
            )
        return 0

    def cmd_check(self, args: argparse.Namespace) -> int:
        ws = self.workspace(args)
        database = self.open_initialized(args)
        hub = ws.hub(database)
        try:
            report = check_office(database, hub, ws.evidence(database))
        finally:
            database.close()
        healthy = True
        for title, section in report.sections():
            if section.healthy:
                continue
            healthy = False
            print(
                self.tr(QT_TRANSLATE_NOOP("asn_monitor", "MASALAH: {what}")).format(
                    what=self.tr(title)
                ),
                file=self.err,
            )
            for problem in section.problems:
                print("  - " + problem.message(self.tr), file=self.err)
        if not healthy:
            return 20
        self.say(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Sehat: {path} — {cases} kasus, {users} akun, {changes} catatan perubahan; "
                "rantai perubahan utuh.",
            ),
            path=database.path,
            **report.replica.facts,
        )
        self.say(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Hub sehat: {path} — {cases} kasus, {changes} catatan; {compared} catatan sama "
                "dengan salinan komputer ini; {files} berkas bukti cocok dengan sidiknya.",
            ),
            path=hub.path,
            cases=report.hub.facts.get("cases", 0),
            changes=report.hub.facts.get("changes", 0),
            compared=report.witness.facts.get("compared", 0),
            files=report.evidence.facts.get("files", 0),
        )
        return 0

    def _hub(self, args: argparse.Namespace) -> Hub:
        ws = self.workspace(args)
        if ws.requested_shared is not None:
            return Hub(ws.requested_shared)
        database = self.open_initialized(args)
        try:
            return ws.hub(database)
        finally:
            database.close()

    def cmd_backup(self, args: argparse.Namespace) -> int:
        hub = self._hub(args)
        result = backup_hub(hub, keep=args.keep)
        self.say(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Cadangan dibuat: {path} ({size} KB); {removed} cadangan lama dihapus.",
            ),
            path=result.path,
            size=max(1, result.size // 1024),
            removed=len(result.removed),
        )
        return 0

    def cmd_restore(self, args: argparse.Namespace) -> int:
        hub = self._hub(args)
        source = Path(args.backup)
        if not args.yes:
            if not sys.stdin or not sys.stdin.isatty():
                raise AsnError(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Pemulihan mengganti hub kantor; tambahkan --yes untuk memastikan, atau "
                        "jalankan di terminal.",
                    )
                )
            prompt = self.tr(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Hub {hub} akan diganti dengan {backup}. Hub lama disimpan di backups/. "
                    "Ketik PULIHKAN untuk melanjutkan: ",
                )
            ).format(hub=hub.path, backup=source)
            if input(prompt).strip().upper() != "PULIHKAN":
                self.say(QT_TRANSLATE_NOOP("asn_monitor", "Dibatalkan; tidak ada yang diubah."))
                return 1
        aside = restore_hub(hub, source)
        self.say(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Hub dipulihkan dari {backup}; hub lama disimpan sebagai {aside}. Setiap komputer "
                "mengirim ulang pekerjaannya yang belum ada di cadangan pada sinkronisasi "
                "berikutnya.",
            ),
            backup=source,
            aside=aside,
        )
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="ASN Monitor: perintah administrasi (tanpa argumen: membuka aplikasi).",
    )
    # Its own dest: a sub-command's --lang default would otherwise overwrite this one.
    parser.add_argument(
        "--lang", dest="global_lang", choices=("id", "en"), help="bahasa pesan / message language"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser, acting: bool = False) -> None:
        p.add_argument("--workspace", metavar="DIR", help="folder ruang kerja")
        p.add_argument("--shared", metavar="DIR", help="folder bersama kantor (hub)")
        p.add_argument("--lang", choices=("id", "en"), help="bahasa pesan / message language")
        if acting:
            p.add_argument("--user", metavar="NAMA", help="akun yang menjalankan perintah")

    p = sub.add_parser("init", help="buat ruang kerja baru dengan akun pertama")
    common(p)
    p.add_argument("--office", required=True, help="nama kantor")
    p.add_argument("--prefix", required=True, help="kode wilayah nomor kasus, mis. NTB")
    p.add_argument("--username", required=True, help="nama pengguna akun pertama")
    p.add_argument("--display-name", help="nama tampilan akun pertama")

    p = sub.add_parser("init-shared", help="buat folder bersama kantor (hub) dan akun pertama")
    p.add_argument("directory", metavar="DIR", help="folder bersama di jaringan kantor")
    p.add_argument("--workspace", metavar="DIR", help="folder ruang kerja komputer ini")
    p.add_argument("--lang", choices=("id", "en"), help="bahasa pesan / message language")
    p.add_argument("--office", required=True, help="nama kantor")
    p.add_argument("--prefix", required=True, help="kode wilayah nomor kasus, mis. NTB")
    p.add_argument("--username", required=True, help="nama pengguna akun pertama")
    p.add_argument("--display-name", help="nama tampilan akun pertama")

    p = sub.add_parser("demo", help="buat ruang kerja demo berisi data contoh")
    p.add_argument("directory", metavar="DIR")
    p.add_argument("--lang", choices=("id", "en"))
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=2024)

    user = sub.add_parser("user", help="kelola akun").add_subparsers(dest="action", required=True)
    p = user.add_parser("add", help="tambah akun")
    common(p, acting=True)
    p.add_argument("username")
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.MONITOR.value)
    p.add_argument("--display-name")
    p = user.add_parser("list", help="daftar akun")
    common(p)
    p = user.add_parser("passwd", help="ganti kata sandi")
    common(p, acting=True)
    p.add_argument("username")
    p = user.add_parser("deactivate", help="nonaktifkan akun")
    common(p, acting=True)
    p.add_argument("username")

    p = sub.add_parser(
        "check", help="periksa hub, basis data komputer ini, rantai perubahan dan berkas bukti"
    )
    common(p)
    cli_evidence.add_parsers(sub, common)
    cli_queue.add_parsers(sub, common)
    cli_import.add_parsers(sub, common)
    cli_referral.add_parsers(sub, common)
    cli_audit.add_parsers(sub, common)
    cli_dashboard.add_parsers(sub, common)
    p = sub.add_parser("sync", help="satu putaran sinkronisasi dengan folder bersama")
    common(p)
    p = sub.add_parser("backup", help="cadangkan hub ke folder backups/ (VACUUM INTO)")
    common(p)
    p.add_argument("--keep", type=int, default=DEFAULT_KEEP, help="jumlah cadangan disimpan")
    p = sub.add_parser("restore", help="pulihkan hub dari berkas cadangan (dijaga)")
    common(p)
    p.add_argument("backup", metavar="BERKAS")
    p.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi")
    return parser


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    args = build_parser().parse_args(argv)
    language = args.lang or args.global_lang or os.environ.get("ASN_MONITOR_LANG", "id")
    cli = Cli(Translator(language), out or sys.stdout, err or sys.stderr)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "init": cli.cmd_init,
        "demo": cli.cmd_demo,
        "check": cli.cmd_check,
        "init-shared": cli.cmd_init_shared,
        "sync": cli.cmd_sync,
        "backup": cli.cmd_backup,
        "restore": cli.cmd_restore,
        "user:add": cli.cmd_user_add,
        "user:list": cli.cmd_user_list,
        "user:passwd": cli.cmd_user_passwd,
        "user:deactivate": cli.cmd_user_deactivate,
    }
    handlers.update(QueueCommands(cli).handlers())
    handlers.update(EvidenceCommands(cli).handlers())
    handlers.update(ImportCommands(cli).handlers())
    handlers.update(ReferralCommands(cli).handlers())
    handlers.update(AuditCommands(cli).handlers())
    handlers.update(DashboardCommands(cli).handlers())
    grouped = ("user", "evidence", "queue", "import", "referral", "audit")
    key = f"{args.command}:{args.action}" if args.command in grouped else args.command
    try:
        return handlers[key](args)
    except AsnError as exc:
        print(exc.message(cli.tr), file=cli.err)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
