"""The collaborators a window needs, passed around as one object."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.services.access_log import AccessLogService
from asn_monitor.services.annotations import AnnotationService
from asn_monitor.services.assignment import AssignmentService
from asn_monitor.services.cases import CaseService
from asn_monitor.services.catalogue import CatalogueService
from asn_monitor.services.conflicts import ConflictService
from asn_monitor.services.dashboard import DashboardService
from asn_monitor.services.evidence import EvidenceService
from asn_monitor.services.intake import IntakeService
from asn_monitor.services.notifications import NotificationService
from asn_monitor.services.queue import QueueService
from asn_monitor.services.referral import ReferralService
from asn_monitor.services.registry import RegistryService
from asn_monitor.services.review import ReviewService
from asn_monitor.services.settings import SettingsService
from asn_monitor.services.users import UserService
from asn_monitor.services.worksheet import WorksheetService
from asn_monitor.store.database import Database
from asn_monitor.workspace import Workspace
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
    _annotations: AnnotationService | None = field(default=None, init=False, repr=False)

    def cases(self) -> CaseService:
        # Claims write through to the hub via the engine (DESIGN.md, "Claims").
        engine = self.sync.engine if self.sync is not None else None
        return CaseService(self.database, self.user, engine)

    def reviews(self) -> ReviewService:
        engine = self.sync.engine if self.sync is not None else None
        return ReviewService(self.database, self.user, engine)

    def referrals(self) -> ReferralService:
        # Automatic letter numbers come from the hub: the engine pushes at once.
        engine = self.sync.engine if self.sync is not None else None
        return ReferralService(self.database, self.user, engine)

    def notifications(self) -> NotificationService:
        return NotificationService(self.database, self.user)

    def access_log(self) -> AccessLogService:
        return AccessLogService(self.database, self.user)

    def queue(self) -> QueueService:
        return QueueService(self.database, self.user)

    def dashboard(self) -> DashboardService:
        return DashboardService(self.database, self.user)

    def assignment(self) -> AssignmentService:
        engine = self.sync.engine if self.sync is not None else None
        return AssignmentService(self.database, self.user, engine)

    def worksheets(self) -> WorksheetService:
        return WorksheetService(self.database, self.user)

    def catalogues(self) -> CatalogueService:
        return CatalogueService(self.database, self.user)

    def users(self) -> UserService:
        return UserService(self.database, self.user, self.hasher)

    def office(self) -> SettingsService:
        return SettingsService(self.database, self.user)

    def conflicts(self) -> ConflictService:
        return ConflictService(self.database, self.user)

    def evidence(self) -> EvidenceService:
        store = Workspace(self.workspace_dir).evidence(self.database)
        return EvidenceService(self.database, self.user, store)

    def annotations(self) -> AnnotationService:
        # One per session: it remembers each item's shapes as loaded, so that autosave
        # writes this user's edits and keeps what others changed meanwhile.
        if self._annotations is None:
            self._annotations = AnnotationService(self.database, self.user)
        return self._annotations

    def registry(self) -> RegistryService:
        return RegistryService(self.database, self.user)

    def intake(self) -> IntakeService:
        store = Workspace(self.workspace_dir).evidence(self.database)
        evidence = EvidenceService(self.database, self.user, store)
        return IntakeService(self.database, self.user, self.cases(), evidence)
