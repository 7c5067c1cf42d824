"""Typed errors with messages a user can read.

Each error carries an Indonesian message template (marked for translation) and the
parameters to fill it, so that the UI can show it translated and the CLI can print it
without a traceback. ``str(error)`` is the Indonesian text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from asn_monitor.i18n import QT_TRANSLATE_NOOP

# Looks up the translation of one source (Indonesian) string.
Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


class AsnError(Exception):
    """Base of every error the application reports to a user."""

    default_template: ClassVar[str] = QT_TRANSLATE_NOOP("asn_monitor", "Terjadi kesalahan.")
    exit_code: ClassVar[int] = 1

    def __init__(self, template: str | None = None, **params: Any) -> None:
        self.template = template or self.default_template
        self.params: dict[str, Any] = params
        super().__init__(self.message())

    def message(self, translate: Translate | None = None) -> str:
        """The message in the language of ``translate`` (Indonesian without one).

        String parameters are translated too when the catalogue knows them (status and
        step labels are marked strings); a list parameter is translated item by item.
        """
        tr = translate or _identity
        params = {}
        for key, value in self.params.items():
            if isinstance(value, str):
                value = tr(value)
            elif isinstance(value, list | tuple):
                value = "; ".join(tr(str(v)) for v in value)
            params[key] = value
        template = tr(self.template)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template


class ValidationError(AsnError):
    """Input that breaks a rule; ``field_errors`` maps a field name to its message(s)."""

    exit_code = 2
    default_template = QT_TRANSLATE_NOOP("asn_monitor", "Data belum lengkap atau tidak valid.")

    def __init__(
        self,
        template: str | None = None,
        field_errors: Mapping[str, AsnError] | None = None,
        **params: Any,
    ) -> None:
        self.field_errors: dict[str, AsnError] = dict(field_errors or {})
        super().__init__(template, **params)

    def message(self, translate: Translate | None = None) -> str:
        head = super().message(translate)
        if not self.field_errors:
            return head
        lines = [head]
        lines += [f"- {err.message(translate)}" for err in self.field_errors.values()]
        return "\n".join(lines)


class NipError(ValidationError):
    """A NIP (civil-servant number) that is not well formed."""


class PermissionDenied(AsnError):
    exit_code = 3
    default_template = QT_TRANSLATE_NOOP("asn_monitor", "Anda tidak berwenang melakukan ini.")


class TransitionRefused(PermissionDenied):
    """A life-cycle step that the case's status or the user's role does not allow."""


class NotFound(AsnError):
    exit_code = 4
    default_template = QT_TRANSLATE_NOOP("asn_monitor", "Data tidak ditemukan.")


class VersionConflict(AsnError):
    """The row changed since the user loaded it (compare-and-swap failed)."""

    exit_code = 5
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Data ini telah diubah oleh {who} sejak Anda membukanya. Muat ulang lalu ulangi perubahan.",
    )


class AuthError(AsnError):
    exit_code = 6
    default_template = QT_TRANSLATE_NOOP("asn_monitor", "Nama pengguna atau kata sandi salah.")


class LoginThrottled(AuthError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {seconds} detik.",
    )


class StoreError(AsnError):
    """The database file cannot be used as asked."""

    exit_code = 10


class DatabaseTooNew(StoreError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Basis data {path} dibuat oleh versi ASN Monitor yang lebih baru (skema {found}, "
        "aplikasi ini mengenal sampai {supported}). Perbarui aplikasi; data tidak diubah.",
    )


class DatabaseCorrupt(StoreError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Basis data {path} rusak atau bukan basis data ASN Monitor ({detail}). Tidak ada yang "
        "ditulis. Pulihkan dari cadangan atau hubungi admin.",
    )


class DatabaseReadOnly(StoreError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Basis data {path} hanya dapat dibaca; perubahan tidak dapat disimpan. Periksa izin berkas.",
    )


class DatabaseLocked(StoreError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Basis data {path} sedang dikunci oleh proses lain. Perubahan belum disimpan; coba lagi.",
    )


class WorkspaceError(StoreError):
    default_template = QT_TRANSLATE_NOOP("asn_monitor", "Ruang kerja {path} tidak dapat dibuka.")


class SyncError(StoreError):
    """Something between this PC and the shared folder."""

    exit_code = 11


class HubUnavailable(SyncError):
    """The share cannot be reached now; work goes on offline and sync retries."""

    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Folder bersama {path} tidak dapat dijangkau ({detail}). Pekerjaan tetap tersimpan di "
        "komputer ini dan dikirim saat folder kembali.",
    )


class HubRefused(SyncError):
    """The hub is in a state we must not write to (WAL, damaged, unknown log)."""

    exit_code = 12
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Berkas hub {path} memakai mode jurnal {mode}; mode WAL tidak aman di folder jaringan. "
        "Sinkronisasi dihentikan; minta admin memeriksa berkas itu.",
    )


class Offline(SyncError):
    """A step that needs the hub now (a claim) while the share is gone."""

    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Folder bersama tidak terjangkau sejak {since}. Kasus baru tidak dapat diambil saat "
        "luring; kasus yang sudah Anda pegang tetap dapat dikerjakan.",
    )
