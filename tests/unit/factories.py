"""Plain helpers shared by the unit tests: a controllable clock and valid form data."""

from __future__ import annotations

import datetime as dt
from typing import Any

UTC = dt.timezone.utc
# 12:00 in Mataram (WITA, UTC+8): the local date is 2024-10-15 in every time zone the
# test machines use, so "today" is unambiguous.
START = dt.datetime(2024, 10, 15, 4, 0, tzinfo=UTC)
TODAY = dt.date(2024, 10, 15)

PASSWORD = "rahasia-kantor-123"
NIP_1 = "198609262015051001"
NIP_1_SPACED = "19860926 201505 1 001"
NIP_2 = "199103142019032007"
NIP_3 = "197812052005011002"


class FakeClock:
    """A clock the test moves by hand; pass it as ``clock=`` to Database/Workspace."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def case_fields(**overrides: Any) -> dict[str, Any]:
    """A complete, valid set of case fields (ready for review once a subject is added)."""
    fields: dict[str, Any] = {
        "source": "patroli",
        "platform": "facebook",
        "post_urls": ["https://www.facebook.com/story.php?id=42"],
        "account_handle": "@nuraini.spd",
        "act_date": "2024-10-01",
        "known_date": "2024-10-03",
        "received_date": "2024-10-04",
        "candidacy_stage": "kampanye",
        "summary": "Membagikan foto bakal calon gubernur dengan gestur dua jari.",
    }
    fields.update(overrides)
    return fields


def subject_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": "Nur'aini, S.Pd.",
        "employment_type": "PNS",
        "nip": NIP_1_SPACED,
        "agency": "Dinas Pendidikan dan Kebudayaan",
        "position": "Guru Ahli Pertama",
        "rank": "III/a",
        "region": "Lombok Timur",
    }
    fields.update(overrides)
    return fields


def reporter_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": "Baiq Pelapor Rahasia",
        "contact": "0812-3456-7890",
        "nik": "5203014501900001",
    }
    fields.update(overrides)
    return fields


def tiny_png(seed: str = "", size: int = 8) -> bytes:
    """A small valid PNG whose pixels depend on ``seed`` (so each call can differ)."""
    import hashlib

    from asn_monitor.demo_images import encode_png

    shade = hashlib.sha256(seed.encode()).digest()
    rows = b"".join(
        b"\x00" + bytes(shade[(x + y) % 32] for x in range(size * 3)) for y in range(size)
    )
    return encode_png(size, size, rows)


def prepare_for_review(db: Any, actor: Any, case_id: str, act: str = "share") -> None:
    """What "send for review" needs besides the case's own fields: an evidence file that
    shows the act, and a worksheet proposing a sanction with its reason."""
    from pathlib import Path

    from asn_monitor.services.evidence import EvidenceService
    from asn_monitor.services.worksheet import WorksheetAct, WorksheetService
    from asn_monitor.workspace import Workspace

    evidence = EvidenceService(db, actor, Workspace(Path(db.path).parent).evidence(db))
    items = evidence.list(case_id)  # sent for review before: its evidence is there
    item = (
        items[0]
        if items
        else evidence.add_bytes(
            case_id, tiny_png(case_id), "tangkapan.png", "Tangkapan layar unggahan"
        ).item
    )
    sheets = WorksheetService(db, actor)
    result = sheets.recommendation(case_id, acts=[act], factors={})
    sheets.save(
        case_id,
        sheets.get(case_id).version,
        acts=[WorksheetAct(act, (item.id,))],
        factors={},
        proposed_option=result.suggested.code if result.suggested else None,
        justification="Perbuatan terlihat jelas pada tangkapan layar.",
    )


def approve(db: Any, supervisor: Any, case_id: str) -> Any:
    """Approve through the review service with every checklist item ticked."""
    from asn_monitor.services.cases import CaseService
    from asn_monitor.services.review import ReviewService

    review = ReviewService(db, supervisor)
    case = CaseService(db, supervisor).get(case_id)
    return review.approve(case.id, case.version, {i.key: True for i in review.checklist()})


def referral_draft(db: Any, supervisor: Any, case_id: str, **changes: Any) -> Any:
    """The referral draft the service suggests, with a PPK name and any ``changes``."""
    from asn_monitor.services.referral import ReferralService

    draft = ReferralService(db, supervisor).draft(case_id)
    draft.ppk_name = draft.ppk_name or "Dr. H. Lalu Contoh, M.Si."
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft
