"""The supervisor's review: approve, return with comments, dismiss, or reopen an approval.

Each decision is one transaction: the case's step, the review record with the checklist as
ticked, the reason note and the notification to the monitor. Four eyes is the life cycle's
rule (:func:`lifecycle.check_transition`); this service adds what approval needs beyond it:
a complete worksheet, every checklist item ticked and no open remark on the evidence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case, User
from asn_monitor.errors import AsnError, TransitionRefused, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.paths import resource_path
from asn_monitor.services.base import Service
from asn_monitor.services.cases import CaseService, WriteThrough
from asn_monitor.store.changelog import ChangeWriter
from asn_monitor.store.database import Database, new_id


class Decision(str, Enum):
    APPROVE = "approve"
    RETURN = "return"
    DISMISS = "dismiss"
    REOPEN = "reopen"

    @property
    def label(self) -> str:
        return DECISION_LABELS[self]


DECISION_LABELS = {
    Decision.APPROVE: QT_TRANSLATE_NOOP("asn_monitor", "Disetujui"),
    Decision.RETURN: QT_TRANSLATE_NOOP("asn_monitor", "Dikembalikan"),
    Decision.DISMISS: QT_TRANSLATE_NOOP("asn_monitor", "Dihentikan"),
    Decision.REOPEN: QT_TRANSLATE_NOOP("asn_monitor", "Persetujuan dibuka kembali"),
}
_STEP = {
    Decision.APPROVE: "approve",
    Decision.RETURN: "return",
    Decision.DISMISS: "dismiss",
    Decision.REOPEN: "reopen_approved",
}


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    texts: dict[str, str]

    def text(self, language: str = "id") -> str:
        return self.texts.get(language) or self.texts.get("id") or self.key


@dataclass(frozen=True)
class Review:
    id: str
    case_id: str
    decision: Decision
    checklist: dict[str, bool]
    comment: str
    reviewer_id: str
    reviewer_name: str
    created_at: str


def load_checklist(path: Path | None = None) -> tuple[ChecklistItem, ...]:
    """The checklist the office uses (``resources/review/checklist.json``)."""
    path = path or resource_path("review", "checklist.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = tuple(
            ChecklistItem(str(item["key"]), {str(k): str(v) for k, v in item["text"].items()})
            for item in data["items"]
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise AsnError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Daftar periksa review tidak dapat dibaca ({path}): {error}"
            ),
            path=str(path),
            error=str(exc),
        ) from exc
    if not items or len({i.key for i in items}) != len(items):
        raise AsnError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Daftar periksa review ({path}) kosong atau memuat kunci ganda."
            ),
            path=str(path),
        )
    return items


class ReviewService(Service):
    def __init__(
        self,
        database: Database,
        actor: User,
        hub_link: WriteThrough | None = None,
        checklist: tuple[ChecklistItem, ...] | None = None,
    ) -> None:
        super().__init__(database, actor)
        self.cases = CaseService(database, actor, hub_link)
        self._checklist = checklist

    # -- reading -----------------------------------------------------------------

    def checklist(self) -> tuple[ChecklistItem, ...]:
        if self._checklist is None:
            self._checklist = load_checklist()
        return self._checklist

    def reviews(self, case_id: str) -> list[Review]:
        """Every decision on the case, oldest first."""
        rows = self.db.query(
            "SELECT r.*, coalesce(u.display_name, '?') AS reviewer_name FROM reviews r "
            "LEFT JOIN users u ON u.id = r.reviewer_id WHERE r.case_id = ? "
            "ORDER BY r.created_at, r.rowid",
            (case_id,),
        )
        return [
            Review(
                id=r["id"],
                case_id=r["case_id"],
                decision=Decision(r["decision"]),
                checklist={str(k): bool(v) for k, v in json.loads(r["checklist"]).items()},
                comment=r["comment"],
                reviewer_id=r["reviewer_id"],
                reviewer_name=r["reviewer_name"],
                created_at=r["created_at"],
            )
            for r in rows
        ]

    def last_return(self, case_id: str) -> Review | None:
        """The latest decision that sent the case back to its monitor (a return, or an
        approval reopened), which the monitor works from while the case is back."""
        back = (Decision.RETURN, Decision.REOPEN)
        found = [r for r in self.reviews(case_id) if r.decision in back]
        return found[-1] if found else None

    def open_remarks(self, case_id: str) -> int:
        """Remarks pinned to the case's evidence that nobody has settled yet."""
        return int(
            self.db.scalar(
                "SELECT count(*) FROM region_comments rc JOIN evidence e ON e.id = rc.evidence_id "
                "WHERE e.case_id = ? AND rc.status = 'open'",
                (case_id,),
            )
        )

    def approval_problems(self, case: Case) -> list[str]:
        """Why the acting supervisor could not approve ``case`` now (checklist aside), as
        marked templates; empty when approval would go through."""
        from asn_monitor.services.worksheet import WorksheetService

        problems: list[str] = []
        if case.status is not Status.DINILAI:
            problems.append(QT_TRANSLATE_NOOP("asn_monitor", "kasus tidak sedang menunggu review"))
        if self.actor.id in self.cases.preparers(case):
            problems.append(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "prinsip empat mata: Anda ikut menyusun lembar sanksi atau mengirim kasus "
                    "ini untuk direview",
                )
            )
        problems += WorksheetService(self.db, self.actor).problems(case)
        if self.open_remarks(case.id):
            problems.append(
                QT_TRANSLATE_NOOP("asn_monitor", "masih ada tanda komentar pada bukti yang terbuka")
            )
        return problems

    # -- deciding ----------------------------------------------------------------

    def approve(
        self, case_id: str, version: int, checklist: dict[str, bool], comment: str = ""
    ) -> Case:
        """Sign the case off: the worksheet and the evidence markup are locked from now on."""
        case = self.cases.get(case_id)
        if case.status is Status.DINILAI:
            # Four eyes first: it is the rule that no other fix can satisfy.
            self._require_not_preparer(case)
            problems = self.approval_problems(case)
            if problems:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("asn_monitor", "Kasus belum dapat disetujui: {problems}."),
                    problems=problems,
                )
            unticked = [i.text() for i in self.checklist() if not checklist.get(i.key)]
            if unticked:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Semua butir daftar periksa harus dicentang sebelum menyetujui. "
                        "Belum: {items}.",
                    ),
                    items=unticked,
                )
        return self._decide(case_id, version, Decision.APPROVE, checklist, comment)

    def return_case(
        self,
        case_id: str,
        version: int,
        comment: str,
        checklist: dict[str, bool] | None = None,
    ) -> Case:
        """Send the case back to its monitor with what to fix."""
        return self._decide(case_id, version, Decision.RETURN, checklist or {}, comment)

    def dismiss(self, case_id: str, version: int, reason: str) -> Case:
        """End a case under review without a recommendation (not a violation, out of time)."""
        return self._decide(case_id, version, Decision.DISMISS, {}, reason)

    def reopen(self, case_id: str, version: int, reason: str) -> Case:
        """Undo an approval so that the worksheet or evidence can be corrected; the case
        goes back to its monitor and must be reviewed again."""
        return self._decide(case_id, version, Decision.REOPEN, {}, reason)

    def _require_not_preparer(self, case: Case) -> None:
        if self.actor.id in self.cases.preparers(case):
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Prinsip empat mata: Anda ikut menyusun lembar sanksi atau mengirim kasus ini "
                    "untuk direview, jadi Anda tidak boleh menyetujuinya sendiri. Minta "
                    "supervisor lain untuk mereviewnya.",
                )
            )

    def _decide(
        self,
        case_id: str,
        version: int,
        decision: Decision,
        checklist: dict[str, bool],
        comment: str,
    ) -> Case:
        known = {i.key for i in self.checklist()}
        ticks = {k: bool(v) for k, v in checklist.items() if k in known}

        def record(tx: ChangeWriter, case: Case) -> None:
            row: dict[str, Any] = {
                "id": new_id(),
                "case_id": case.id,
                "decision": decision.value,
                "checklist": json.dumps(ticks, sort_keys=True),
                "comment": comment.strip(),
                "reviewer_id": self.actor.id,
            }
            tx.insert("review", row)

        return self.cases.transition(case_id, version, _STEP[decision], comment, record=record)
