"""Corrections to a catalogue as edits of its JSON data (what the supervisor's editor does).

Each function takes the catalogue's data (as ``json.loads`` gives it), returns a changed
copy and never touches the original. The result is checked by ``parse_catalogue`` before
it is saved, so an edit here cannot leave a catalogue the engine would refuse.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from asn_monitor.errors import NotFound, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP

Data = dict[str, Any]
ITEM_FIELDS = frozenset({"text", "level", "category", "basis", "source", "verified", "note"})


def regime(data: Data, code: str) -> dict[str, Any]:
    for entry in data.get("regimes", []):
        if entry.get("code") == code:
            return dict(entry)
    raise NotFound(
        QT_TRANSLATE_NOOP("asn_monitor", "Aturan {regime} tidak ada di katalog."), regime=code
    )


def item(data: Data, regime_code: str, item_code: str) -> dict[str, Any]:
    for entry in regime(data, regime_code).get("items", []):
        if entry.get("code") == item_code:
            return dict(entry)
    raise NotFound(
        QT_TRANSLATE_NOOP("asn_monitor", "Butir {item} tidak ada pada aturan {regime}."),
        item=item_code,
        regime=regime_code,
    )


def edit_item(data: Data, regime_code: str, item_code: str, **changes: Any) -> Data:
    """Change an item's text (``{"id", "en"}``), level, category, basis lines, source, note
    or verified flag."""
    unknown = set(changes) - ITEM_FIELDS
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Kolom butir tidak dapat diubah: {fields}"),
            fields=", ".join(sorted(unknown)),
        )
    item(data, regime_code, item_code)  # it must exist
    out = copy.deepcopy(data)
    for entry in out["regimes"]:
        if entry.get("code") != regime_code:
            continue
        for target in entry["items"]:
            if target.get("code") == item_code:
                for key, value in changes.items():
                    if value is None and key == "note":
                        target.pop("note", None)
                    else:
                        target[key] = value
    return out


def set_verified(data: Data, regime_code: str, item_code: str | None, verified: bool) -> Data:
    """Mark an item (or, with ``item_code`` None, the regime itself) checked against the
    official text."""
    if item_code is not None:
        return edit_item(data, regime_code, item_code, verified=verified)
    regime(data, regime_code)
    out = copy.deepcopy(data)
    for entry in out["regimes"]:
        if entry.get("code") == regime_code:
            entry["verified"] = verified
    return out


def add_regime(
    data: Data,
    code: str,
    name: dict[str, str],
    effective_from: dt.date,
    *,
    copy_from: str | None = None,
    sources: list[str] | None = None,
) -> Data:
    """A new regime from ``effective_from``; its items and mappings are copied from
    ``copy_from`` (marked unverified: nobody has checked them against the new rules yet)."""
    code = code.strip()
    if not code or any(r.get("code") == code for r in data.get("regimes", [])):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Kode aturan \u201c{regime}\u201d kosong atau sudah ada."
            ),
            regime=code,
        )
    if any(r.get("effective_from") == effective_from.isoformat() for r in data.get("regimes", [])):
        raise ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Sudah ada aturan yang berlaku mulai {date}."),
            date=effective_from.isoformat(),
        )
    sources = [s.strip() for s in sources or [] if s.strip()]
    if not sources:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Sebutkan sumber aturan baru (nomor dan tanggal peraturannya)."
            )
        )
    out = copy.deepcopy(data)
    new: dict[str, Any] = {
        "code": code,
        "name": dict(name),
        "effective_from": effective_from.isoformat(),
        "sources": sources,
        "verified": False,
        "items": [],
        "mappings": [],
    }
    if copy_from is not None:
        base = copy.deepcopy(regime(data, copy_from))
        new["regulations"] = base.get("regulations", {})
        new["items"] = [{**i, "verified": False} for i in base.get("items", [])]
        new["mappings"] = [{**m, "verified": False} for m in base.get("mappings", [])]
    else:
        newest = max(out["regimes"], key=lambda r: r.get("effective_from", ""))
        new["regulations"] = copy.deepcopy(newest.get("regulations", {}))
    out["regimes"].append(new)
    out["regimes"].sort(key=lambda r: r.get("effective_from", ""))
    return out


def bump_version(data: Data, above: int) -> Data:
    out = copy.deepcopy(data)
    out["catalogue_version"] = max(int(out.get("catalogue_version", 0)), above) + 1
    return out
