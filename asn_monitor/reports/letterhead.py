"""The office's letterhead (kop surat), logo and letter signer, as every printout shows them.

Defaults come from ``resources/print/letterhead.json``; a supervisor's corrections are kept
as office settings, so they reach every PC by sync and each PC prints the same header.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from asn_monitor.capture.sniff import FileKind, sniff
from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.paths import resource_path
from asn_monitor.services.base import Service
from asn_monitor.services.settings import read_setting, write_setting

LETTERHEAD_SETTING = "print_letterhead"
LOGO_SETTING = "print_logo"
# The logo setting's value for "the default logo" (``resources/print/logo.png``), so going
# back to it after a custom logo follows a later change of the default instead of a copy.
LOGO_DEFAULT = "default"
MAX_LOGO_BYTES = 512 * 1024
# Printed 24 mm wide, a logo needs some 300 px; a small file can still unpack to gigabytes.
MAX_LOGO_SIDE = 4000
_NIP = re.compile(r"[0-9][0-9 ]*")  # ASCII digits; spaces as printed ("19800101 200501 1 001")
EDITABLE = ("lines", "address", "place", "signer_title", "signer_name", "signer_rank", "signer_nip")


@dataclass(frozen=True)
class Letterhead:
    lines: tuple[str, ...]
    address: str
    place: str  # where letters are signed ("Mataram, 24 November 2026")
    signer_title: str
    signer_name: str
    signer_rank: str
    signer_nip: str
    logo_png: bytes | None = None  # PNG or JPEG bytes

    def editable(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("logo_png")
        data["lines"] = list(self.lines)
        return data


def load_default(path: Path | None = None) -> Letterhead:
    path = path or resource_path("print", "letterhead.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        logo = None
        if data.get("logo"):
            logo_path = path.parent / str(data["logo"])
            logo = logo_path.read_bytes() if logo_path.exists() else None
        return Letterhead(
            lines=tuple(str(x) for x in data.get("lines", [])),
            address=str(data.get("address", "")),
            place=str(data.get("place", "")),
            signer_title=str(data.get("signer_title", "")),
            signer_name=str(data.get("signer_name", "")),
            signer_rank=str(data.get("signer_rank", "")),
            signer_nip=str(data.get("signer_nip", "")),
            logo_png=logo,
        )
    except (OSError, ValueError, AttributeError) as exc:
        raise AsnError(
            QT_TRANSLATE_NOOP("asn_monitor", "Kop surat {path} tidak dapat dibaca: {detail}"),
            path=str(path),
            detail=str(exc),
        ) from exc


def check_logo(data: bytes) -> None:
    """A logo must be a whole PNG or JPEG picture of reasonable size."""
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Logo terlalu besar ({size} KB); paling besar {limit} KB."
            ),
            size=len(data) // 1024,
            limit=MAX_LOGO_BYTES // 1024,
        )
    found = sniff(data)
    if found.kind not in (FileKind.PNG, FileKind.JPEG) or found.problems:
        raise ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Logo harus berupa gambar PNG atau JPEG yang utuh.")
        )
    if max(found.width or 0, found.height or 0) > MAX_LOGO_SIDE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Logo {width}×{height} piksel terlalu besar; paling besar {limit} piksel per sisi.",
            ),
            width=found.width,
            height=found.height,
            limit=MAX_LOGO_SIDE,
        )


class LetterheadService(Service):
    def default(self) -> Letterhead:
        """The letterhead as shipped, before any correction by the office."""
        return load_default()

    def letterhead(self) -> Letterhead:
        base = load_default()
        stored = read_setting(self.db, LETTERHEAD_SETTING)
        if stored:
            try:
                data = json.loads(stored)
            except ValueError:
                data = {}
            if not isinstance(data, dict):
                data = {}
            changes = {k: data[k] for k in EDITABLE if k in data}
            if "lines" in changes:
                lines = changes["lines"]
                if isinstance(lines, list):
                    changes["lines"] = tuple(str(x) for x in lines)
                else:
                    del changes["lines"]
            for key in EDITABLE[1:]:
                if key in changes:
                    changes[key] = str(changes[key])
            base = replace(base, **changes)
        logo = read_setting(self.db, LOGO_SETTING)
        if logo and logo != LOGO_DEFAULT:
            # A damaged setting (not base64, or not a whole picture) falls back to the
            # default logo rather than printing a broken one.
            with contextlib.suppress(binascii.Error, ValueError, ValidationError):
                picture = base64.b64decode(logo, validate=True)
                check_logo(picture)
                base = replace(base, logo_png=picture)
        elif logo == "" and self.db.scalar("SELECT 1 FROM settings WHERE id = ?", (LOGO_SETTING,)):
            base = replace(base, logo_png=None)  # removed on purpose
        return base

    def save(self, letterhead: Letterhead, *, logo_changed: bool = False) -> None:
        self.require(Permission.MANAGE_SETTINGS)
        lines = [line.strip() for line in letterhead.lines if line.strip()]
        if not lines:
            raise ValidationError(
                field_errors={
                    "lines": AsnError(
                        QT_TRANSLATE_NOOP(
                            "asn_monitor", "Kop surat perlu sedikitnya satu baris nama instansi."
                        )
                    )
                }
            )
        nip = letterhead.signer_nip.strip()
        if nip and not _NIP.fullmatch(nip):
            raise ValidationError(
                field_errors={
                    "signer_nip": AsnError(
                        QT_TRANSLATE_NOOP("asn_monitor", "NIP penanda tangan hanya berisi angka.")
                    )
                }
            )
        if logo_changed and letterhead.logo_png:
            check_logo(letterhead.logo_png)
        data = replace(
            letterhead,
            lines=tuple(lines),
            address=letterhead.address.strip(),
            place=letterhead.place.strip(),
            signer_title=letterhead.signer_title.strip(),
            signer_name=letterhead.signer_name.strip(),
            signer_rank=letterhead.signer_rank.strip(),
            signer_nip=nip,
        ).editable()
        with self.db.transaction(self.actor.id) as tx:
            write_setting(tx, self.db, LETTERHEAD_SETTING, json.dumps(data, ensure_ascii=False))
            if logo_changed:
                if not letterhead.logo_png:
                    value = ""
                elif letterhead.logo_png == load_default().logo_png:
                    value = LOGO_DEFAULT
                else:
                    value = base64.b64encode(letterhead.logo_png).decode()
                write_setting(tx, self.db, LOGO_SETTING, value)
