"""Field rules for cases, subjects and reporters, collected per field for forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from asn_monitor.domain.models import CandidacyStage, EmploymentType, Platform, Source
from asn_monitor.domain.nip import check_nik, check_pppk_number, parse_nip
from asn_monitor.errors import AsnError, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP

CASE_FIELDS = (
    "source",
    "portal",
    "platform",
    "post_urls",
    "account_handle",
    "act_date",
    "known_date",
    "received_date",
    "candidacy_stage",
    "summary",
)
SUBJECT_FIELDS = ("name", "employment_type", "nip", "agency", "position", "rank", "region")
REPORTER_FIELDS = ("name", "contact", "nik")

FIELD_LABELS: dict[str, str] = {
    "source": QT_TRANSLATE_NOOP("asn_monitor", "Sumber"),
    "portal": QT_TRANSLATE_NOOP("asn_monitor", "Portal asal"),
    "platform": QT_TRANSLATE_NOOP("asn_monitor", "Platform"),
    "post_urls": QT_TRANSLATE_NOOP("asn_monitor", "Tautan unggahan"),
    "account_handle": QT_TRANSLATE_NOOP("asn_monitor", "Akun"),
    "act_date": QT_TRANSLATE_NOOP("asn_monitor", "Tanggal perbuatan"),
    "known_date": QT_TRANSLATE_NOOP("asn_monitor", "Tanggal diketahui"),
    "received_date": QT_TRANSLATE_NOOP("asn_monitor", "Tanggal diterima"),
    "candidacy_stage": QT_TRANSLATE_NOOP("asn_monitor", "Tahapan pencalonan"),
    "summary": QT_TRANSLATE_NOOP("asn_monitor", "Ringkasan"),
    "status": QT_TRANSLATE_NOOP("asn_monitor", "Status"),
    "assignee_id": QT_TRANSLATE_NOOP("asn_monitor", "Dipegang oleh"),
    "submitted_by": QT_TRANSLATE_NOOP("asn_monitor", "Dikirim oleh"),
    "subject_id": QT_TRANSLATE_NOOP("asn_monitor", "ASN terlapor"),
    "reporter_id": QT_TRANSLATE_NOOP("asn_monitor", "Pelapor"),
    "number": QT_TRANSLATE_NOOP("asn_monitor", "Nomor"),
    "name": QT_TRANSLATE_NOOP("asn_monitor", "Nama"),
    "employment_type": QT_TRANSLATE_NOOP("asn_monitor", "Jenis kepegawaian"),
    "nip": QT_TRANSLATE_NOOP("asn_monitor", "NIP / NI PPPK"),
    "agency": QT_TRANSLATE_NOOP("asn_monitor", "Instansi (OPD)"),
    "position": QT_TRANSLATE_NOOP("asn_monitor", "Jabatan"),
    "rank": QT_TRANSLATE_NOOP("asn_monitor", "Pangkat/golongan"),
    "region": QT_TRANSLATE_NOOP("asn_monitor", "Wilayah"),
    "contact": QT_TRANSLATE_NOOP("asn_monitor", "Kontak"),
    "nik": QT_TRANSLATE_NOOP("asn_monitor", "NIK"),
    "body": QT_TRANSLATE_NOOP("asn_monitor", "Isi"),
    "display_name": QT_TRANSLATE_NOOP("asn_monitor", "Nama tampilan"),
    "role": QT_TRANSLATE_NOOP("asn_monitor", "Peran"),
    "active": QT_TRANSLATE_NOOP("asn_monitor", "Aktif"),
    "password_hash": QT_TRANSLATE_NOOP("asn_monitor", "Kata sandi"),
    "username": QT_TRANSLATE_NOOP("asn_monitor", "Nama pengguna"),
    "kind": QT_TRANSLATE_NOOP("asn_monitor", "Jenis"),
    "description": QT_TRANSLATE_NOOP("asn_monitor", "Keterangan"),
    "value": QT_TRANSLATE_NOOP("asn_monitor", "Nilai"),
    "handle": QT_TRANSLATE_NOOP("asn_monitor", "Akun"),
}

_REQUIRED = QT_TRANSLATE_NOOP("asn_monitor", "{field} wajib diisi.")


SUBJECT_NAME = QT_TRANSLATE_NOOP("asn_monitor", "Nama ASN")
REPORTER_NAME = QT_TRANSLATE_NOOP("asn_monitor", "Nama pelapor")


def _required(errors: dict[str, AsnError], field: str, label: str | None = None) -> None:
    errors[field] = AsnError(_REQUIRED, field=label or FIELD_LABELS[field])


def parse_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def normalize_case_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Trim text and turn dates and lists into their stored form."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "post_urls":
            urls = value if isinstance(value, list | tuple) else str(value or "").splitlines()
            out[key] = [u.strip() for u in urls if u and u.strip()]
        elif key in ("act_date", "known_date", "received_date"):
            out[key] = value.isoformat() if isinstance(value, dt.date) else (value or None)
        elif key == "account_handle":
            out[key] = str(value or "").strip()
        elif isinstance(value, str):
            out[key] = value.strip()
        else:
            out[key] = value
    for key in ("platform", "candidacy_stage"):
        if key in out and not out[key]:
            out[key] = None
    return out


def _check_enum(
    errors: dict[str, AsnError], fields: dict[str, Any], name: str, parse: Callable[[str], Any]
) -> None:
    value = fields.get(name)
    if value in (None, ""):
        return
    try:
        parse(value)
    except ValueError:
        errors[name] = AsnError(
            QT_TRANSLATE_NOOP("asn_monitor", "{field}: nilai \u201c{value}\u201d tidak dikenal."),
            field=FIELD_LABELS[name],
            value=value,
        )


def validate_case(fields: dict[str, Any], today: dt.date) -> None:
    """Check a complete set of case fields (after :func:`normalize_case_fields`)."""
    errors: dict[str, AsnError] = {}
    if not fields.get("source"):
        _required(errors, "source")
    _check_enum(errors, fields, "source", Source)
    _check_enum(errors, fields, "platform", Platform)
    _check_enum(errors, fields, "candidacy_stage", CandidacyStage)
    if fields.get("source") == Source.PORTAL.value and not fields.get("portal"):
        _required(errors, "portal")
    if not fields.get("summary"):
        _required(errors, "summary")
    for url in fields.get("post_urls") or []:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            errors["post_urls"] = AsnError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Tautan \u201c{url}\u201d tidak valid; gunakan alamat lengkap yang diawali "
                    "http:// atau https://.",
                ),
                url=url,
            )
            break
    dates: dict[str, dt.date | None] = {}
    for name in ("act_date", "known_date", "received_date"):
        try:
            dates[name] = parse_date(fields.get(name))
        except ValueError:
            errors[name] = AsnError(
                QT_TRANSLATE_NOOP("asn_monitor", "{field}: tanggal tidak valid."),
                field=FIELD_LABELS[name],
            )
            dates[name] = None
            continue
        value = dates[name]
        if value and value > today:
            errors[name] = AsnError(
                QT_TRANSLATE_NOOP("asn_monitor", "{field} tidak boleh di masa depan."),
                field=FIELD_LABELS[name],
            )
    if dates.get("received_date") is None and "received_date" not in errors:
        _required(errors, "received_date")
    order = [
        ("act_date", "known_date"),
        ("known_date", "received_date"),
        ("act_date", "received_date"),
    ]
    for earlier, later in order:
        a, b = dates.get(earlier), dates.get(later)
        if a and b and a > b and later not in errors:
            errors[later] = AsnError(
                QT_TRANSLATE_NOOP("asn_monitor", "{later} tidak boleh sebelum {earlier}."),
                later=FIELD_LABELS[later],
                earlier=FIELD_LABELS[earlier],
            )
    if errors:
        raise ValidationError(field_errors=errors)


def normalize_subject_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out = {k: (v.strip() if isinstance(v, str) else v) for k, v in fields.items()}
    if out.get("nip"):
        out["nip"] = "".join(str(out["nip"]).split())
    elif "nip" in out:
        out["nip"] = None
    return out


def validate_subject(fields: dict[str, Any], today: dt.date) -> None:
    errors: dict[str, AsnError] = {}
    if not (fields.get("name") or "").strip():
        _required(errors, "name", SUBJECT_NAME)
    employment = fields.get("employment_type")
    if employment not in (EmploymentType.PNS.value, EmploymentType.PPPK.value):
        _required(errors, "employment_type")
    if not fields.get("agency"):
        _required(errors, "agency")
    nip = fields.get("nip")
    if nip:
        try:
            if employment == EmploymentType.PPPK.value:
                check_pppk_number(nip)
            else:
                parse_nip(nip, today)
        except ValidationError as exc:
            errors["nip"] = exc
    if errors:
        raise ValidationError(field_errors=errors)


def validate_reporter(fields: dict[str, Any]) -> None:
    errors: dict[str, AsnError] = {}
    if not (fields.get("name") or "").strip():
        _required(errors, "name", REPORTER_NAME)
    if fields.get("nik"):
        try:
            check_nik(fields["nik"])
        except ValidationError as exc:
            errors["nik"] = exc
    if errors:
        raise ValidationError(field_errors=errors)
