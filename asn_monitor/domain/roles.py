"""Roles and what each may do. Services consult this; the UI only mirrors it."""

from __future__ import annotations

from enum import Enum

from asn_monitor.i18n import QT_TRANSLATE_NOOP


class Role(str, Enum):
    MONITOR = "monitor"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.MONITOR: QT_TRANSLATE_NOOP("asn_monitor", "Pemantau"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("asn_monitor", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("asn_monitor", "Admin"),
}


class Permission(str, Enum):
    READ_CASES = "read_cases"
    CREATE_CASE = "create_case"
    EDIT_CASE = "edit_case"
    EDIT_ANY_CASE = "edit_any_case"  # not only the cases one holds
    READ_REPORTER = "read_reporter"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    ASSIGN_CASES = "assign_cases"  # give cases to a monitor
    EDIT_CATALOGUE = "edit_catalogue"  # correct the sanction catalogue


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MONITOR: frozenset({Permission.READ_CASES, Permission.CREATE_CASE, Permission.EDIT_CASE}),
    Role.SUPERVISOR: frozenset(
        {
            Permission.READ_CASES,
            Permission.CREATE_CASE,
            Permission.EDIT_CASE,
            Permission.EDIT_ANY_CASE,
            Permission.READ_REPORTER,
            Permission.MANAGE_USERS,
            Permission.MANAGE_SETTINGS,
            Permission.ASSIGN_CASES,
            Permission.EDIT_CATALOGUE,
        }
    ),
    # The admin keeps the system running (accounts, settings, checks) but does not work
    # cases: case decisions belong to monitors and the accountable supervisor.
    Role.ADMIN: frozenset(
        {Permission.READ_CASES, Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS}
    ),
}


def has_permission(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
