"""Fixtures for UI tests: isolated QSettings and a small demo workspace."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from asn_monitor.demo import create_demo
from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.services.auth import AuthService
from asn_monitor.services.cases import CaseService
from asn_monitor.store.database import Database
from asn_monitor.sync.engine import SyncEngine
from asn_monitor.workspace import Workspace
from ui.context import AppContext
from ui.sync_bridge import SyncBridge


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    qapp.setOrganizationName("asn-monitor-tests")
    qapp.setApplicationName("asn-monitor-tests")
    yield


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The demo workspace, made once: building it (cases, screenshots, worksheets) takes
    seconds, copying it milliseconds."""
    folder = tmp_path_factory.mktemp("demo-template") / "demo"
    result = create_demo(folder, cases=40, hasher=PasswordHasher(n=2**8))
    return folder, {u: p for u, _r, p in result.accounts}


@pytest.fixture
def demo(
    tmp_path: Path, demo_template: tuple[Path, dict[str, str]]
) -> Iterator[tuple[Database, dict[str, str], Path]]:
    """A demo workspace with 40 cases; yields (database, {username: password}, folder)."""
    template, passwords = demo_template
    folder = tmp_path / "demo"
    shutil.copytree(template, folder)
    # The copy keeps its own shared folder, not the template's.
    conn = sqlite3.connect(folder / "local.db", isolation_level=None)
    conn.execute(
        "UPDATE replica_meta SET value = ? WHERE key = 'shared_dir'", (str(folder / "shared"),)
    )
    conn.close()
    database = Workspace(folder).open()
    yield database, dict(passwords), folder
    # Close windows (and their timers) before the store they read from goes away.
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.processEvents()
    database.close()


@pytest.fixture
def login(demo, hasher):
    database, passwords, folder = demo

    def as_user(username: str) -> AppContext:
        user: User = AuthService(database, hasher).login(username, passwords[username])
        return AppContext(database, user, hasher, QSettings(), folder)

    return as_user


@pytest.fixture(autouse=True)
def restore_process_state(monkeypatch) -> Iterator[None]:
    """run() installs an excepthook and a log file; keep them from leaking between tests."""
    import logging
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    logger = logging.getLogger("asn_monitor")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch) -> list[tuple[str, str]]:
    """Record message boxes instead of blocking on them; a question answers "Discard"."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: object = None):
        def show(_parent, _title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(
        QMessageBox, "question", record("question", QMessageBox.StandardButton.Discard)
    )
    return shown


@dataclass
class TwoPcs:
    ctx: AppContext  # PC A, logged in, with its bridge
    engine_a: SyncEngine
    shared: Path
    db_b: Database
    engine_b: SyncEngine
    users: dict[str, User]

    def cases_b(self, username: str) -> CaseService:
        return CaseService(self.db_b, self.users[username], self.engine_b)

    def hub_away(self) -> None:
        (self.shared / "hub.db").rename(self.shared / "hub.db.away")

    def hub_back(self) -> None:
        (self.shared / "hub.db.away").rename(self.shared / "hub.db")


@pytest.fixture
def office(demo, hasher, tmp_path) -> Iterator[TwoPcs]:
    database, passwords, folder = demo
    auth = AuthService(database, hasher)
    users = {name: auth.login(name, passwords[name]) for name in ("supervisor", "rina", "agus")}
    bridge = SyncBridge(database)
    workspace = Workspace(folder)
    engine_a = workspace.engine(
        database, on_state=bridge.on_state, on_touched=bridge.on_touched, poll_seconds=3600
    )
    bridge.start(engine_a, users["supervisor"].id, background=False)
    engine_a.sync_once()
    shared = workspace.shared_dir(database)
    ws_b = Workspace(tmp_path / "pc-b", shared=shared)
    db_b = ws_b.join()
    engine_b = ws_b.engine(db_b)
    ctx = AppContext(database, users["supervisor"], hasher, QSettings(), folder, bridge)
    yield TwoPcs(ctx, engine_a, shared, db_b, engine_b, users)
    bridge.stop()
    engine_b.close()
    db_b.close()
