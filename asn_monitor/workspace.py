"""A workspace: this PC's replica plus the office's shared folder it syncs with.

The workspace folder (on this PC's own disk) holds ``local.db`` (the replica) and
``evidence/`` (a cache). The shared folder holds ``hub.db``, ``evidence/`` and
``backups/``; on a single PC it is ``<workspace>/shared`` on local disk, which is the
same design with a short wire. The replica remembers which shared folder it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable
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
from asn_monitor.sync.engine import SyncEngine
from asn_monitor.sync.evidence import EvidenceStore
from asn_monitor.sync.hub import Hub

DB_NAME = "local.db"
LOCAL_SHARED = "shared"
EVIDENCE_CACHE = "evidence"


class Workspace:
    def __init__(self, directory: Path | str, shared: Path | str | None = None) -> None:
        self.directory = Path(directory).expanduser()
        # Asked for on the command line; otherwise what the replica remembers.
        self.requested_shared = Path(shared).expanduser() if shared else None

    @property
    def evidence_cache(self) -> Path:
        return self.directory / EVIDENCE_CACHE

    def shared_dir(self, database: Database | None = None) -> Path:
        if self.requested_shared is not None:
            return self.requested_shared
        if database is not None:
            row = database.scalar("SELECT value FROM replica_meta WHERE key = 'shared_dir'")
            if row:
                return Path(str(row))
        return self.directory / LOCAL_SHARED

    def hub(self, database: Database | None = None, clock: Clock = utc_now) -> Hub:
        return Hub(self.shared_dir(database), clock=clock)

    def evidence(self, database: Database | None = None) -> EvidenceStore:
        return EvidenceStore(self.evidence_cache, self.shared_dir(database) / "evidence")

    def engine(self, database: Database, clock: Clock = utc_now, **options: object) -> SyncEngine:
        """A sync engine on its own connection to this workspace's replica."""
        return SyncEngine(
            self.db_path,
            self.hub(database, clock),
            self.evidence(database),
            clock=clock,
            **options,  # type: ignore[arg-type]
        )

    @property
    def db_path(self) -> Path:
        return self.directory / DB_NAME

    def exists(self) -> bool:
        return self.db_path.exists()

    def is_initialized(self) -> bool:
        """True when the store exists and has at least one account to log in with."""
        if not self.exists():
            return False
        self.refuse_network_folder()
        database = Database(self.db_path)
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
        database = Database(self.db_path, create=False, clock=clock)
        try:
            self._link_shared(database, clock)
        except BaseException:
            database.close()
            raise
        return database

    def _link_shared(self, database: Database, clock: Clock) -> None:
        """Settle which shared folder this replica syncs with.

        A workspace from before sync (no shared folder recorded) gets a local one made
        from its own data by the first sync. A different folder given with ``--shared``
        is accepted only if it holds the same hub (a share mounted under a new name).
        """
        if database.readonly:
            return
        known = database.scalar("SELECT value FROM replica_meta WHERE key = 'shared_dir'")
        target = self.shared_dir(database)
        if known and Path(str(known)) == target:
            return
        hub = Hub(target, clock=clock)
        hub_id = database.scalar("SELECT value FROM replica_meta WHERE key = 'hub_id'")
        if known and hub_id:
            if not hub.exists() or hub.info().hub_id != hub_id:
                raise WorkspaceError(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Ruang kerja {path} tersambung ke folder bersama {known}; {target} "
                        "berisi hub lain atau belum berisi hub. Pakai ruang kerja lain "
                        "(--workspace) untuk folder bersama ini.",
                    ),
                    path=str(self.directory),
                    known=str(known),
                    target=str(target),
                )
        elif not hub.exists():
            if self.requested_shared is not None:
                raise WorkspaceError(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Folder bersama {path} belum berisi hub kantor. Buat dengan "
                        "\u201cpython main.py init-shared\u201d atau pilih folder yang benar.",
                    ),
                    path=str(target),
                )
            Hub.create(target, clock=clock)
        with database.transaction(None):
            database.conn.execute(
                "INSERT INTO replica_meta (key, value) VALUES ('shared_dir', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(target),),
            )

    def join(
        self, clock: Clock = utc_now, progress: Callable[[int, int], None] | None = None
    ) -> Database:
        """Make this PC's replica of an existing office hub: copy its log, then log in."""
        if self.requested_shared is None:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Sebutkan folder bersama kantor yang akan digabung."
                )
            )
        self.refuse_network_folder()
        if self.exists():
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Ruang kerja {path} sudah ada; pilih folder lain atau masuk."
                ),
                path=str(self.directory),
            )
        hub = Hub(self.requested_shared, clock=clock)
        hub.info()  # a clear message now if the folder is wrong or unreachable
        self._mkdir()
        database = Database(self.db_path, create=True, clock=clock)
        try:
            self._link_shared(database, clock)
            engine = self.engine(database, clock, on_progress=progress)
            try:
                engine.sync_once()
            finally:
                engine.close()
            if not database.scalar("SELECT count(*) FROM users"):
                raise WorkspaceError(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "Hub di {path} belum berisi akun; buat dulu akun pertama."
                    ),
                    path=str(self.requested_shared),
                )
        except BaseException:
            database.close()
            raise
        return database

    def sync_once(self, database: Database, clock: Clock = utc_now) -> None:
        engine = self.engine(database, clock)
        try:
            engine.sync_once()
        finally:
            engine.close()

    def _mkdir(self) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("asn_monitor", "Folder {path} tidak dapat dibuat: {detail}"),
                path=str(self.directory),
                detail=exc.strerror or str(exc),
            ) from exc

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
        self._mkdir()
        shared = self.shared_dir()
        if Hub(shared).exists():
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Folder bersama {path} sudah berisi hub kantor; gabung ke sana alih-alih "
                    "membuat kantor baru.",
                ),
                path=str(shared),
            )
        Hub.create(shared, clock=clock)
        database = Database(self.db_path, create=True, clock=clock)
        try:
            self._link_shared(database, clock)
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
            # The hub knows the office and its first account before anyone else joins.
            self.sync_once(database, clock)
        except BaseException:
            database.close()
            raise
        return database, user
