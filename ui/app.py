"""Starting the application: workspace, first run, login, main window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError
from asn_monitor.paths import default_workspace_dir, resource_path
from asn_monitor.services.auth import AuthService
from asn_monitor.services.settings import OFFICE_NAME, read_setting
from asn_monitor.store.database import Database
from asn_monitor.workspace import Workspace
from ui import crash, icons
from ui.context import AppContext
from ui.first_run_dialog import FirstRunDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.texts import error_text, tr_domain

ORGANIZATION = "Diskominfo"
APPLICATION = "ASN Monitor"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python main.py", description="ASN Monitor")
    parser.add_argument("--workspace", metavar="DIR", help="folder ruang kerja")
    parser.add_argument("--demo", action="store_true", help="buka ruang kerja demo sementara")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa antarmuka / UI language")
    return parser.parse_args(list(argv))


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our .qm (and Qt's own for standard dialogs) when English is chosen."""
    translators: list[QTranslator] = []
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        qt = QTranslator(app)
        if qt.load(
            QLocale(QLocale.Language.Indonesian),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt)
            translators.append(qt)
        return translators
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"asn_monitor_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    return translators


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    style = resource_path("styles", "app.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def open_workspace(directory: Path, hasher: PasswordHasher) -> Database | None:
    """Open the workspace, creating it through the first-run dialog if needed."""
    workspace = Workspace(directory)
    if workspace.is_initialized():
        return workspace.open()
    dialog = FirstRunDialog(directory, hasher)
    if not dialog.exec():
        return None
    return dialog.database


def run(argv: Sequence[str], app: QApplication | None = None) -> int:
    args = parse_args(argv)
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
            database: Database | None = Workspace(directory).open()
        else:
            directory = (
                Path(args.workspace).expanduser() if args.workspace else default_workspace_dir()
            )
            database = open_workspace(directory, hasher)
    except AsnError as exc:
        QMessageBox.critical(None, APPLICATION, error_text(exc))
        return exc.exit_code
    if database is None:
        return 0

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
        ctx = AppContext(database, login.user, hasher, settings, directory)
        window = MainWindow(ctx)
        wants_login: list[bool] = []
        window.logout_requested.connect(partial(wants_login.append, True))
        window.show()
        app.exec()
        if not wants_login:
            break
    database.close()
    return 0
