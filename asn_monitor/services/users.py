"""Managing user accounts."""

from __future__ import annotations

import re

from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher, check_password_strength
from asn_monitor.domain.roles import Permission, Role
from asn_monitor.errors import AsnError, AuthError, NotFound, PermissionDenied, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service, user_from_row
from asn_monitor.store.database import Database, new_id

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
_MANAGERS = (Role.SUPERVISOR.value, Role.ADMIN.value)


def _validate_identity(username: str, display_name: str) -> None:
    errors: dict[str, AsnError] = {}
    if not _USERNAME.match(username):
        errors["username"] = AsnError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda "
                "hubung, diawali huruf atau angka.",
            )
        )
    if not display_name.strip():
        errors["display_name"] = AsnError(
            QT_TRANSLATE_NOOP("asn_monitor", "Nama tampilan wajib diisi.")
        )
    if errors:
        raise ValidationError(field_errors=errors)


def create_first_user(
    database: Database,
    hasher: PasswordHasher,
    *,
    username: str,
    display_name: str,
    password: str,
    role: Role = Role.SUPERVISOR,
) -> User:
    """Create the first account of a new workspace; refused once any account exists."""
    username = username.strip().lower()
    _validate_identity(username, display_name)
    check_password_strength(password)
    if role == Role.MONITOR:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Akun pertama harus supervisor atau admin agar dapat mengelola akun."
            )
        )
    user_id = new_id()
    with database.transaction(user_id) as tx:
        if database.scalar("SELECT count(*) FROM users"):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Ruang kerja ini sudah memiliki akun; masuk untuk menambah akun."
                )
            )
        row = tx.insert(
            "user",
            {
                "id": user_id,
                "username": username,
                "display_name": display_name.strip(),
                "role": role.value,
                "password_hash": hasher.hash(password),
                "active": 1,
            },
        )
    return user_from_row(row)


class UserService(Service):
    def __init__(self, database: Database, actor: User, hasher: PasswordHasher) -> None:
        super().__init__(database, actor)
        self.hasher = hasher

    def list_users(self, include_inactive: bool = True) -> list[User]:
        sql = "SELECT * FROM users"
        if not include_inactive:
            sql += " WHERE active = 1"
        return [user_from_row(r) for r in self.db.query(sql + " ORDER BY display_name")]

    def get(self, user_id: str) -> User:
        row = self.db.query_one("SELECT * FROM users WHERE id = ?", (user_id,))
        if not row:
            raise NotFound()
        return user_from_row(row)

    def by_username(self, username: str) -> User:
        row = self.db.query_one("SELECT * FROM users WHERE username = ?", (username.strip(),))
        if not row:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Pengguna \u201c{username}\u201d tidak ada."),
                username=username,
            )
        return user_from_row(row)

    def add_user(self, username: str, display_name: str, role: Role, password: str) -> User:
        self.require(Permission.MANAGE_USERS)
        self._require_may_manage(Role(role))
        username = username.strip().lower()
        _validate_identity(username, display_name)
        check_password_strength(password)
        if self.db.scalar("SELECT 1 FROM users WHERE username = ?", (username,)):
            raise ValidationError(
                field_errors={
                    "username": AsnError(
                        QT_TRANSLATE_NOOP(
                            "asn_monitor", "Nama pengguna \u201c{username}\u201d sudah dipakai."
                        ),
                        username=username,
                    )
                }
            )
        password_hash = self.hasher.hash(password)
        with self.db.transaction(self.actor.id) as tx:
            row = tx.insert(
                "user",
                {
                    "id": new_id(),
                    "username": username,
                    "display_name": display_name.strip(),
                    "role": Role(role).value,
                    "password_hash": password_hash,
                    "active": 1,
                },
            )
        return user_from_row(row)

    def update_user(self, user_id: str, version: int, *, display_name: str, role: Role) -> User:
        self.require(Permission.MANAGE_USERS)
        target = self.get(user_id)
        if user_id == self.actor.id and role != target.role:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("asn_monitor", "Anda tidak dapat mengubah peran Anda sendiri.")
            )
        self._require_may_manage(target.role)
        self._require_may_manage(role)
        _validate_identity(target.username, display_name)
        with self.db.transaction(self.actor.id) as tx:
            tx.update(
                "user", user_id, version, {"display_name": display_name.strip(), "role": role.value}
            )
            self._keep_a_manager()
        return self.get(user_id)

    def set_password(
        self, user_id: str, new_password: str, current_password: str | None = None
    ) -> None:
        """Managers reset anyone's password; anyone changes their own with the current one."""
        target = self.get(user_id)
        self.require_active()
        if user_id == self.actor.id and current_password is not None:
            row = self.db.query_one("SELECT password_hash FROM users WHERE id = ?", (user_id,))
            if not row or not self.hasher.verify(current_password, row["password_hash"]):
                raise AuthError(QT_TRANSLATE_NOOP("asn_monitor", "Kata sandi saat ini salah."))
        else:
            self.require(Permission.MANAGE_USERS)
            self._require_may_manage(target.role)
        check_password_strength(new_password)
        password_hash = self.hasher.hash(new_password)
        with self.db.transaction(self.actor.id) as tx:
            tx.update("user", user_id, target.version, {"password_hash": password_hash})

    def set_active(self, user_id: str, active: bool) -> User:
        self.require(Permission.MANAGE_USERS)
        target = self.get(user_id)
        self._require_may_manage(target.role)
        if not active and user_id == self.actor.id:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Anda tidak dapat menonaktifkan akun Anda sendiri."
                )
            )
        with self.db.transaction(self.actor.id) as tx:
            tx.update("user", user_id, target.version, {"active": 1 if active else 0})
            self._keep_a_manager()
        return self.get(user_id)

    def _require_may_manage(self, role: Role) -> None:
        """Only a supervisor creates, promotes, resets or deactivates a supervisor.

        The supervisor role reads reporters' identities and signs recommendations; an admin
        who could grant it (or take over a supervisor's account by resetting its password)
        would have both without anyone accountable agreeing.
        """
        if role == Role.SUPERVISOR and self.actor.role != Role.SUPERVISOR:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Hanya supervisor yang dapat mengelola akun supervisor."
                )
            )

    def _keep_a_manager(self) -> None:
        """Refuse a change that would leave nobody able to manage accounts."""
        count = self.db.scalar(
            "SELECT count(*) FROM users WHERE active = 1 AND role IN (?, ?)", _MANAGERS
        )
        if not count:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Harus tetap ada sedikitnya satu supervisor atau admin aktif.",
                )
            )
