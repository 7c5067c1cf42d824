"""A workspace: the folder that holds this PC's store.

On a single PC the workspace folder is all there is; the shared-hub design adds a shared
folder next to it later. The default lives in the user's data directory so that the app
works out of the box with no network.
"""

from __future__ import annotations

from pathlib import Path

from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher, check_password_strength
from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError, ValidationError, WorkspaceError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.paths import network_filesystem
from asn_monitor.services.settings import OFFICE_NAME, REGION_PREFIX, validate_office, write_setting
from asn_monitor.services.users import create_first_user
from asn_monitor.store.database import Clock, Database, utc_now

DB_NAME = "local.db"


class Workspace:
    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory).expanduser()

    @property
    def db_path(self) -> Path:
        return self.directory / DB_NAME

    def exists(self) -> bool:
        return self.db_path.exists()

    def is_initialized(self) -> bool:
        """True when the store exists and has at least one account to log in with."""
        if not self.exists():
            return False
        database = self.open()
        try:
            return bool(database.scalar("SELECT count(*) FROM users"))
        finally:
            database.close()

    def refuse_network_folder(self) -> None:
        """The local store must be on this PC's own disk (DESIGN.md, "Storage and sync")."""
        kind = network_filesystem(self.directory)
        if kind:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Folder {path} ada di jaringan ({kind}). Basis data kerja harus di disk komputer "
                    "ini, karena SQLite dapat rusak di folder jaringan; pilih folder lokal. Folder "
                    "bersama kantor dipakai lewat sinkronisasi, bukan sebagai ruang kerja.",
                ),
                path=str(self.directory),
                kind=kind,
            )

    def open(self, clock: Clock = utc_now) -> Database:
        self.refuse_network_folder()
        if self.directory.exists() and not self.directory.is_dir():
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("asn_monitor", "{path} bukan folder."), path=str(self.directory)
            )
        return Database(self.db_path, create=False, clock=clock)

    def create(
        self,
        *,
        office_name: str,
        prefix: str,
        username: str,
        display_name: str,
        password: str,
        hasher: PasswordHasher,
        role: Role = Role.SUPERVISOR,
        clock: Clock = utc_now,
    ) -> tuple[Database, User]:
        """Create the store with the office's settings and its first account."""
        prefix = prefix.strip().upper()
        errors: dict[str, AsnError] = {}
        for check in (
            lambda: validate_office(office_name, prefix),
            lambda: check_password_strength(password),
        ):
            try:
                check()
            except ValidationError as exc:
                errors.update(exc.field_errors or {"password": exc})
        if errors:
            raise ValidationError(field_errors=errors)
        self.refuse_network_folder()
        if self.is_initialized():
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Ruang kerja {path} sudah ada; pilih folder lain atau masuk."
                ),
                path=str(self.directory),
            )
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("asn_monitor", "Folder {path} tidak dapat dibuat: {detail}"),
                path=str(self.directory),
                detail=exc.strerror or str(exc),
            ) from exc
        database = Database(self.db_path, create=True, clock=clock)
        try:
            with database.transaction(None) as tx:
                write_setting(tx, database, OFFICE_NAME, office_name.strip())
                write_setting(tx, database, REGION_PREFIX, prefix)
                user = create_first_user(
                    database,
                    hasher,
                    username=username,
                    display_name=display_name,
                    password=password,
                    role=role,
                )
        except BaseException:
            database.close()
            raise
        return database, user
