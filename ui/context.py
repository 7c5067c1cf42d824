"""The collaborators a window needs, passed around as one object."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.services.cases import CaseService
from asn_monitor.services.settings import SettingsService
from asn_monitor.services.users import UserService
from asn_monitor.store.database import Database


@dataclass
class AppContext:
    database: Database
    user: User
    hasher: PasswordHasher
    settings: QSettings
    workspace_dir: Path

    def cases(self) -> CaseService:
        return CaseService(self.database, self.user)

    def users(self) -> UserService:
        return UserService(self.database, self.user, self.hasher)

    def office(self) -> SettingsService:
        return SettingsService(self.database, self.user)
