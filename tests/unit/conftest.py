"""Fixtures for the Qt-free unit tests: a clock, a store, a workspace with three users."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from asn_monitor.domain.models import Case, User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.roles import Role
from asn_monitor.services.cases import CaseService
from asn_monitor.services.users import UserService
from asn_monitor.store.database import Database
from asn_monitor.workspace import Workspace
from tests.unit.factories import PASSWORD, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def database(tmp_path: Path, clock: FakeClock) -> Iterator[Database]:
    """A bare store (schema, no users) in its own file."""
    db = Database(tmp_path / "store.db", create=True, clock=clock)
    yield db
    db.close()


@dataclass
class Env:
    """A freshly created workspace: one supervisor (first account) and two monitors."""

    workspace: Workspace
    db: Database
    clock: FakeClock
    hasher: PasswordHasher
    supervisor: User
    monitor: User
    monitor2: User

    def sync(self) -> None:
        """One sync round with the workspace's (local) hub."""
        self.workspace.sync_once(self.db, self.clock)

    def numbered(self, case: Case) -> Case:
        """The case after the hub has given it its office number."""
        self.sync()
        return CaseService(self.db, self.supervisor).get(case.id)

    def add_user(self, username: str, role: Role, display_name: str | None = None) -> User:
        users = UserService(self.db, self.supervisor, self.hasher)
        return users.add_user(username, display_name or username.title(), role, PASSWORD)


@pytest.fixture
def env(tmp_path: Path, clock: FakeClock, hasher: PasswordHasher) -> Iterator[Env]:
    workspace = Workspace(tmp_path / "workspace")
    db, supervisor = workspace.create(
        office_name="Diskominfotik Provinsi NTB",
        prefix="ntb",
        username="supervisor",
        display_name="Baiq Supervisor",
        password=PASSWORD,
        hasher=hasher,
        clock=clock,
    )
    users = UserService(db, supervisor, hasher)
    monitor = users.add_user("monitor1", "Lalu Pemantau Satu", Role.MONITOR, PASSWORD)
    monitor2 = users.add_user("monitor2", "Ni Made Pemantau Dua", Role.MONITOR, PASSWORD)
    yield Env(workspace, db, clock, hasher, supervisor, monitor, monitor2)
    db.close()
