"""Office settings kept in the database (synced to every PC once there is a hub)."""

from __future__ import annotations

import re

from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.store.changelog import ChangeWriter
from asn_monitor.store.database import Database

OFFICE_NAME = "office_name"
REGION_PREFIX = "region_prefix"
EVIDENCE_MAX_MB = "evidence_max_mb"
DEFAULT_EVIDENCE_MAX_MB = 50
_PREFIX = re.compile(r"^[A-Z]{2,6}$")
DEFAULT_PREFIX = "ASN"


def validate_office(office_name: str, prefix: str) -> None:
    errors: dict[str, AsnError] = {}
    if not office_name.strip():
        errors[OFFICE_NAME] = AsnError(QT_TRANSLATE_NOOP("asn_monitor", "Nama kantor wajib diisi."))
    if not _PREFIX.match(prefix):
        errors[REGION_PREFIX] = AsnError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Kode wilayah 2–6 huruf kapital, misalnya NTB (untuk NTB-2024-0042)."
            )
        )
    if errors:
        raise ValidationError(field_errors=errors)


def write_setting(tx: ChangeWriter, database: Database, key: str, value: str) -> None:
    row = database.query_one("SELECT version FROM settings WHERE id = ?", (key,))
    if row:
        tx.update("setting", key, row["version"], {"value": value})
    else:
        tx.insert("setting", {"id": key, "value": value})


def read_setting(database: Database, key: str, default: str = "") -> str:
    value = database.scalar("SELECT value FROM settings WHERE id = ?", (key,))
    return default if value is None else str(value)


class SettingsService(Service):
    def office_name(self) -> str:
        return read_setting(self.db, OFFICE_NAME)

    def region_prefix(self) -> str:
        return read_setting(self.db, REGION_PREFIX, DEFAULT_PREFIX)

    def set_office(self, office_name: str, prefix: str) -> None:
        self.require(Permission.MANAGE_SETTINGS)
        prefix = prefix.strip().upper()
        validate_office(office_name, prefix)
        with self.db.transaction(self.actor.id) as tx:
            write_setting(tx, self.db, OFFICE_NAME, office_name.strip())
            write_setting(tx, self.db, REGION_PREFIX, prefix)

    def evidence_max_mb(self) -> float:
        """The largest evidence file the office takes in, in MB (default 50)."""
        try:
            value = float(read_setting(self.db, EVIDENCE_MAX_MB, str(DEFAULT_EVIDENCE_MAX_MB)))
        except ValueError:
            return DEFAULT_EVIDENCE_MAX_MB
        return value if value > 0 else DEFAULT_EVIDENCE_MAX_MB

    def set_evidence_max_mb(self, megabytes: float) -> None:
        self.require(Permission.MANAGE_SETTINGS)
        if not 1 <= megabytes <= 2048:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Batas ukuran berkas bukti harus antara 1 dan 2048 MB."
                )
            )
        with self.db.transaction(self.actor.id) as tx:
            write_setting(tx, self.db, EVIDENCE_MAX_MB, f"{megabytes:g}")
