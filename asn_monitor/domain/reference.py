"""Reference lists the office can correct: agencies (OPD) and regions, from resources/."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from asn_monitor.paths import resource_path


@dataclass(frozen=True)
class ReferenceLists:
    agencies: tuple[str, ...]
    regions: tuple[str, ...]
    # Abbreviations people write for an agency (``DINKES``) -> its name.
    agency_codes: dict[str, str] = field(default_factory=dict)


def load_reference(path: Path | None = None) -> ReferenceLists:
    path = path or resource_path("agencies", "ntb.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        # Suggestions only: a missing or broken list must not stop anyone from working.
        return ReferenceLists((), ())
    return ReferenceLists(
        agencies=tuple(a["name"] for a in data.get("agencies", [])),
        regions=tuple(data.get("regions", [])),
        agency_codes={a["code"]: a["name"] for a in data.get("agencies", []) if a.get("code")},
    )
