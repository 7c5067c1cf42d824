"""Who works which case: "Ambil berikutnya" for a monitor, bulk assignment for a supervisor.

Both take cases the way a claim does (DESIGN.md, "Claims"): the hub must be reachable,
the change is pushed at once, and a case someone else took first is reported by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from asn_monitor.domain import lifecycle
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case, User
from asn_monitor.domain.roles import Permission, Role
from asn_monitor.errors import AsnError, NotFound, SyncError, TransitionRefused
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service, user_from_row
from asn_monitor.services.cases import CaseService, WriteThrough
from asn_monitor.services.queue import QueueFilter, QueueService
from asn_monitor.store.database import Database

# "Ambil berikutnya" tries this many of the oldest candidates before giving up: each
# one lost means another PC took it in the same second.
NEXT_ATTEMPTS = 20


@dataclass(frozen=True)
class Assigned:
    case_id: str
    number: str
    error: AsnError | None = None  # why this case did not go to the chosen person


class AssignmentService(Service):
    def __init__(
        self, database: Database, actor: User, hub_link: WriteThrough | None = None
    ) -> None:
        super().__init__(database, actor)
        self.hub_link = hub_link
        self.cases = CaseService(database, actor, hub_link)
        self.queue = QueueService(database, actor)

    def claim_next(self, flt: QueueFilter) -> tuple[Case, list[str]]:
        """Claim the oldest unclaimed case the view shows. Returns the case and the
        numbers of cases other PCs took first while trying."""
        self.require(Permission.EDIT_CASE)
        lost: list[str] = []
        for case_id in self.queue.unclaimed_candidates(flt, NEXT_ATTEMPTS):
            case = self.cases.get(case_id)
            if case.status is not Status.MASUK or case.assignee_id is not None:
                continue
            try:
                return self.cases.transition(case.id, case.version, "claim"), lost
            except TransitionRefused:
                lost.append(case.number)
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Tidak ada kasus yang belum diambil pada tampilan ini. Pilih tampilan "
                "\u201cBelum diambil\u201d untuk melihat seluruh antrean.",
            )
        )

    def assignable_users(self) -> list[User]:
        rows = self.db.query(
            "SELECT * FROM users WHERE active = 1 AND role IN (?, ?) "
            "ORDER BY display_name COLLATE NOCASE",
            (Role.MONITOR.value, Role.SUPERVISOR.value),
        )
        return [user_from_row(r) for r in rows]

    def assign(self, case_ids: Sequence[str], user_id: str) -> list[Assigned]:
        """Give each case to ``user_id``: new cases are taken for them, held ones change
        hands. One push for the lot; each case reports its own outcome."""
        self.require(Permission.ASSIGN_CASES)
        target = self.cases.require_assignable(user_id)
        if self.hub_link is not None:
            self.hub_link.require_online()
        outcomes: list[Assigned] = []
        taken: list[str] = []
        for case_id in dict.fromkeys(case_ids):
            try:
                case = self.cases.get(case_id)
            except NotFound as exc:
                outcomes.append(Assigned(case_id, "?", exc))
                continue
            try:
                if case.assignee_id == target.id and case.status in lifecycle.IN_HAND:
                    pass  # already theirs
                elif case.status is Status.MASUK:
                    self.cases.transition(
                        case.id, case.version, "assign", assignee_id=target.id, write_through=False
                    )
                    taken.append(case.id)
                else:
                    self.cases.reassign(case.id, case.version, target.id, write_through=False)
                outcomes.append(Assigned(case.id, case.number))
            except AsnError as exc:
                outcomes.append(Assigned(case.id, case.number, exc))
        if self.hub_link is None or not outcomes:
            return outcomes
        try:
            self.hub_link.push_now()
        except SyncError as exc:
            # Recorded here and pushed with the next round; until then nobody can say
            # whether another PC took one of the new cases first.
            return [
                Assigned(o.case_id, o.number, exc) if o.case_id in taken else o for o in outcomes
            ]
        result = []
        for outcome in outcomes:
            if outcome.error is None and outcome.case_id in taken:
                try:
                    self.cases.check_taken(outcome.case_id, target.id)
                except TransitionRefused as exc:
                    outcome = Assigned(outcome.case_id, outcome.number, exc)
            result.append(outcome)
        return result
