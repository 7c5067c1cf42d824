"""Evidence records: rows to :class:`EvidenceItem`, and the editable description fields
(source, platform, account, post time as seen) in their stored form."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from asn_monitor.domain.models import EvidenceItem, EvidenceSource, Platform
from asn_monitor.errors import ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP

METADATA_FIELDS = ("description", "source", "platform", "account", "posted_at")


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def item_from_row(row: dict[str, Any]) -> EvidenceItem:
    headers: dict[str, str] = {}
    if row.get("http_headers"):
        try:
            loaded = json.loads(str(row["http_headers"]))
            if isinstance(loaded, dict):
                headers = {str(k): str(v) for k, v in loaded.items()}
        except ValueError:
            headers = {}
    return EvidenceItem(
        id=str(row["id"]),
        case_id=str(row["case_id"]),
        kind=str(row["kind"]),
        description=str(row["description"] or ""),
        sha256=str(row["sha256"]) if row["sha256"] else None,
        filename=str(row["filename"]) if row["filename"] else None,
        captured_at=str(row["captured_at"]) if row["captured_at"] else None,
        captured_by=str(row["captured_by"]),
        version=int(row["version"]),
        source=str(row.get("source") or ""),
        source_url=row.get("source_url"),
        final_url=row.get("final_url"),
        http_status=_opt_int(row.get("http_status")),
        content_type=row.get("content_type"),
        http_headers=headers,
        retrieved_at=row.get("retrieved_at"),
        platform=row.get("platform"),
        account=str(row.get("account") or ""),
        posted_at=row.get("posted_at"),
        media_type=row.get("media_type"),
        width=_opt_int(row.get("width")),
        height=_opt_int(row.get("height")),
        size=_opt_int(row.get("size")),
        intake_note=str(row.get("intake_note") or ""),
        created_at=str(row.get("created_at") or ""),
    )


def normalise_posted_at(value: Any) -> str | None:
    """The post time as seen on the platform: a date, or a date and a time (local, as shown).

    Accepts ``YYYY-MM-DD``, ``YYYY-MM-DD HH:MM`` (or ``T``), ``DD/MM/YYYY [HH:MM]``.
    """
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    for pattern, out in (
        ("%Y-%m-%d", "%Y-%m-%d"),
        ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"),
        ("%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M"),
        ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"),
        ("%d/%m/%Y", "%Y-%m-%d"),
        ("%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M"),
    ):
        try:
            return dt.datetime.strptime(text, pattern).strftime(out)
        except ValueError:
            continue
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "asn_monitor",
            "Waktu unggahan {value} tidak dikenali; tulis misalnya 2024-10-01 atau "
            "2024-10-01 14:30.",
        ),
        value=text,
    )


def normalise_metadata(fields: dict[str, Any]) -> dict[str, Any]:
    """The editable description fields in their stored form; refuses unknown names/values."""
    unknown = set(fields) - set(METADATA_FIELDS)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Kolom tidak dapat diubah: {fields}"),
            fields=", ".join(sorted(unknown)),
        )
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key in ("description", "account"):
            out[key] = str(value or "").strip()
        elif key == "source":
            text = str(value or "").strip()
            if text not in {s.value for s in EvidenceSource}:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("asn_monitor", "Sumber bukti {value} tidak dikenal."),
                    value=text,
                )
            out[key] = text
        elif key == "platform":
            text = str(value.value if isinstance(value, Platform) else value or "").strip()
            if text and text not in {p.value for p in Platform}:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("asn_monitor", "Platform {value} tidak dikenal."),
                    value=text,
                )
            out[key] = text or None
        else:
            out[key] = normalise_posted_at(value)
    return out
