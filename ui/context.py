"""The collaborators a window needs, passed around as one object."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings

from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.services.assignment import AssignmentService
from asn_monitor.services.cases import CaseService
from asn_monitor.services.conflicts import ConflictService
from asn_monitor.services.evidence import EvidenceService
from asn_monitor.services.queue import QueueService
from asn_monitor.services.settings import SettingsService
from asn_monitor.services.users import UserService
from asn_monitor.store.database import Database
from asn_monitor.workspace import Workspace
from ui.evidence_ports import AnnotationPort, EvidencePort
from ui.sync_bridge import SyncBridge


@dataclass
class AppContext:
    database: Database
    user: User
    hasher: PasswordHasher
    settings: QSettings
    workspace_dir: Path
    # None when this session does not sync (a read-only store, most UI tests).
    sync: SyncBridge | None = None

    def cases(self) -> CaseService:
        # Claims write through to the hub via the engine (DESIGN.md, "Claims").
        engine = self.sync.engine if self.sync is not None else None
        return CaseService(self.database, self.user, engine)

    def queue(self) -> QueueService:
        return QueueService(self.database, self.user)

    def assignment(self) -> AssignmentService:
        engine = self.sync.engine if self.sync is not None else None
        return AssignmentService(self.database, self.user, engine)

    def users(self) -> UserService:
        return UserService(self.database, self.user, self.hasher)

    def office(self) -> SettingsService:
        return SettingsService(self.database, self.user)

    def conflicts(self) -> ConflictService:
        return ConflictService(self.database, self.user)

    def evidence(self) -> EvidencePort:
        store = Workspace(self.workspace_dir).evidence(self.database)
        return cast(EvidencePort, EvidenceService(self.database, self.user, store))

    def annotations(self) -> AnnotationPort:
        # The service comes from the evidence services branch (issue 5).
        import asn_monitor.services.annotations as annotations

        return cast(AnnotationPort, annotations.AnnotationService(self.database, self.user))
