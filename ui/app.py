"""Starting the application: workspace, first run, login, main window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError
from asn_monitor.paths import default_workspace_dir, resource_path
from asn_monitor.services.auth import AuthService
from asn_monitor.services.settings import OFFICE_NAME, read_setting
from asn_monitor.store.database import Database
from asn_monitor.sync.engine import DEFAULT_POLL_SECONDS
from asn_monitor.workspace import Workspace
from ui import crash, icons
from ui.context import AppContext
from ui.first_run_dialog import FirstRunDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.none_refcount import protect_none
from ui.sync_bridge import SyncBridge
from ui.texts import error_text, tr_domain
from ui.translators import install_translators

ORGANIZATION = "Diskominfo"
APPLICATION = "ASN Monitor"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python main.py", description="ASN Monitor")
    parser.add_argument("--workspace", metavar="DIR", help="folder ruang kerja")
    parser.add_argument("--shared", metavar="DIR", help="folder bersama kantor (hub sinkronisasi)")
    parser.add_argument("--demo", action="store_true", help="buka ruang kerja demo sementara")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa antarmuka / UI language")
    parser.add_argument(
        "--poll",
        type=float,
        metavar="DETIK",
        help="jeda sinkronisasi dalam detik (0,5\u20133; bawaan 2; diingat di komputer ini)",
    )
    return parser.parse_args(list(argv))


def poll_seconds(settings: QSettings, asked: float | None) -> float:
    """How often to sync: asked on the command line (and remembered), else remembered,
    else the default; kept within 0.5-3 s (the design promises a pull every <= 3 s)."""
    if asked is not None:
        settings.setValue("sync/poll_seconds", asked)
    try:
        value = float(str(settings.value("sync/poll_seconds", DEFAULT_POLL_SECONDS)))
    except ValueError:
        value = DEFAULT_POLL_SECONDS
    return min(3.0, max(0.5, value))


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    style = resource_path("styles", "app.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def open_workspace(
    directory: Path, hasher: PasswordHasher, shared: Path | None = None
) -> tuple[Workspace, Database] | None:
    """Open the workspace, creating or joining one through the first-run dialog if needed."""
    workspace = Workspace(directory, shared=shared)
    if workspace.is_initialized():
        return workspace, workspace.open()
    dialog = FirstRunDialog(directory, hasher, shared=shared)
    if not dialog.exec() or dialog.database is None or dialog.workspace is None:
        return None
    return dialog.workspace, dialog.database


def start_sync(
    workspace: Workspace,
    database: Database,
    user: User,
    poll: float = DEFAULT_POLL_SECONDS,
) -> SyncBridge | None:
    """Sync in the background while ``user`` is logged in; None for a read-only store."""
    if database.readonly:
        return None
    bridge = SyncBridge(database)
    engine = workspace.engine(
        database, on_state=bridge.on_state, on_touched=bridge.on_touched, poll_seconds=poll
    )
    bridge.start(engine, user.id)
    return bridge


def run(argv: Sequence[str], app: QApplication | None = None) -> int:
    args = parse_args(argv)
    protect_none()
    existing = QApplication.instance()
    if app is None:
        app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    settings = QSettings()
    language = args.lang or str(settings.value("ui/language", "id"))
    if args.lang:
        settings.setValue("ui/language", args.lang)
    translators = install_translators(app, language)
    apply_style(app)
    app.setWindowIcon(icons.icon("app"))
    crash.install()
    hasher = PasswordHasher()

    try:
        if args.demo:
            from asn_monitor.demo import create_demo

            directory = Path(tempfile.mkdtemp(prefix="asn-monitor-demo-")) / "workspace"
            result = create_demo(directory, hasher=hasher)
            print(f"Ruang kerja demo (sementara): {directory}")
            print("Akun demo (nama pengguna / peran / kata sandi):")
            for username, role, password in result.accounts:
                print(f"  {username:<12} {tr_domain(Role(role).label):<12} {password}")
            workspace = Workspace(directory)
            opened: tuple[Workspace, Database] | None = (workspace, workspace.open())
        else:
            directory = (
                Path(args.workspace).expanduser() if args.workspace else default_workspace_dir()
            )
            shared = Path(args.shared).expanduser() if args.shared else None
            opened = open_workspace(directory, hasher, shared)
    except AsnError as exc:
        QMessageBox.critical(None, APPLICATION, error_text(exc))
        return exc.exit_code
    if opened is None:
        return 0
    workspace, database = opened
    directory = workspace.directory

    username = ""
    while True:
        wanted = str(settings.value("ui/language", language))
        if wanted != language:  # chosen in the menu or on the login screen
            for translator in translators:
                app.removeTranslator(translator)
            language, translators = wanted, install_translators(app, wanted)
        office = read_setting(database, OFFICE_NAME)
        login = LoginDialog(
            AuthService(database, hasher), office, str(directory), username, language=language
        )
        answer = login.exec()
        if answer == LoginDialog.LANGUAGE_CHANGED:
            settings.setValue("ui/language", login.language)
            username = login.username.text()
            continue
        if not answer or login.user is None:
            database.close()
            return 0
        try:
            sync = start_sync(workspace, database, login.user, poll_seconds(settings, args.poll))
        except AsnError as exc:
            # The replica works without the share; say why sync is not running.
            QMessageBox.warning(None, APPLICATION, error_text(exc))
            sync = None
        ctx = AppContext(database, login.user, hasher, settings, directory, sync)
        try:
            window = MainWindow(ctx)
            wants_login: list[bool] = []
            window.logout_requested.connect(partial(wants_login.append, True))
            window.show()
            app.exec()
        finally:
            # Logout or exit: the sync thread ends before the store it writes is closed.
            if sync is not None:
                sync.stop()
        if not wants_login:
            break
    database.close()
    return 0
