"""Deadlines per stage of a case, and how they read ("3 hari lagi", "lewat 2 hari").

Which statuses form a stage and where its clock starts is the life cycle's business and
lives here. How many days each stage gets is data the office may correct: defaults in
``resources/deadlines.json``, the office's own numbers in the database.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from asn_monitor.domain.lifecycle import Status
from asn_monitor.errors import ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.paths import resource_path

MAX_DAYS = 365
SOON_DAYS = 2  # a deadline this close turns amber


class Start(str, Enum):
    KNOWN = "known"  # the act became known (or, failing that, the report was received)
    STATUS = "status"  # the case entered its current status


@dataclass(frozen=True)
class Stage:
    key: str
    label: str
    statuses: frozenset[Status]
    start: Start


STAGES: tuple[Stage, ...] = (
    Stage(
        "intake",
        QT_TRANSLATE_NOOP("asn_monitor", "Penanganan laporan"),
        frozenset({Status.MASUK, Status.DIVERIFIKASI, Status.DIKEMBALIKAN}),
        Start.KNOWN,
    ),
    Stage(
        "review",
        QT_TRANSLATE_NOOP("asn_monitor", "Review supervisor"),
        frozenset({Status.DINILAI}),
        Start.STATUS,
    ),
    Stage(
        "referral",
        QT_TRANSLATE_NOOP("asn_monitor", "Penerusan setelah disetujui"),
        frozenset({Status.DISETUJUI}),
        Start.STATUS,
    ),
    Stage(
        "followup",
        QT_TRANSLATE_NOOP("asn_monitor", "Tindak lanjut PPK"),
        frozenset({Status.DITERUSKAN}),
        Start.STATUS,
    ),
)
STAGE_KEYS = tuple(stage.key for stage in STAGES)


class Urgency(str, Enum):
    OK = "ok"
    SOON = "soon"
    TODAY = "today"
    OVERDUE = "overdue"


def load_default_days(path: Path | None = None) -> dict[str, int]:
    path = path or resource_path("deadlines.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return validate_days(data["days"])
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        # The shipped file is ours; if someone broke it, fall back to the documented rules
        # rather than leaving cases without deadlines.
        return {"intake": 7, "review": 3, "referral": 5, "followup": 10}


def validate_days(days: Mapping[str, object]) -> dict[str, int]:
    """Days per stage key, each a whole number from 1 to 365; unknown keys refused."""
    out: dict[str, int] = {}
    for key in STAGE_KEYS:
        value = days.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Tenggat tahap \u201c{stage}\u201d harus 1 sampai {max} hari."
                ),
                stage=key,
                max=MAX_DAYS,
            )
        out[key] = value
    unknown = set(days) - set(STAGE_KEYS)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Tahap tidak dikenal: {stages}"),
            stages=", ".join(sorted(unknown)),
        )
    return out


def due_sql(days: Mapping[str, int], case: str = "c", clock: str = "k") -> str:
    """An SQL expression for a case's due date (``YYYY-MM-DD``), NULL when its status has
    no deadline. Only whole numbers and our own status codes reach the text."""
    parts = []
    for stage in STAGES:
        n = int(days[stage.key])
        statuses = ", ".join(f"'{s.value}'" for s in sorted(stage.statuses))
        if stage.start is Start.KNOWN:
            start = f"coalesce({case}.known_date, {case}.received_date)"
        else:
            # The clock is UTC; the office's calendar day is the local one.
            start = f"date({clock}.status_at, 'localtime')"
        due = f"date({start}, '+{n:d} days')"
        if stage.key == "followup":
            # The referral letter names its own deadline; the stage's days are its default.
            due = (
                f"coalesce((SELECT r.followup_due FROM referrals r WHERE r.id = {case}.id), {due})"
            )
        parts.append(f"WHEN {case}.status IN ({statuses}) THEN {due}")
    return "(CASE " + " ".join(parts) + " END)"


def stage_of(status: Status) -> Stage | None:
    for stage in STAGES:
        if status in stage.statuses:
            return stage
    return None


def remaining_days(due: dt.date, today: dt.date) -> int:
    return (due - today).days


def urgency(remaining: int) -> Urgency:
    if remaining < 0:
        return Urgency.OVERDUE
    if remaining == 0:
        return Urgency.TODAY
    if remaining <= SOON_DAYS:
        return Urgency.SOON
    return Urgency.OK
