"""In-app notifications: who is told what when a case moves or someone comments.

Each notification is one record per recipient, written in the same transaction as the
event that causes it, so it reaches the recipient's PC through sync like any other record
and can never announce something that did not happen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from asn_monitor.domain.lifecycle import Transition
from asn_monitor.domain.models import Case
from asn_monitor.domain.roles import Role
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.store.changelog import ChangeWriter
from asn_monitor.store.database import Database, new_id

# What each kind says; {case} is the case number, {actor} who did it, {body} the text.
KIND_TEXTS: dict[str, str] = {
    "review_requested": QT_TRANSLATE_NOOP(
        "asn_monitor", "{actor} mengirim kasus {case} untuk direview."
    ),
    "returned": QT_TRANSLATE_NOOP(
        "asn_monitor", "{actor} mengembalikan kasus {case} dengan catatan: {body}"
    ),
    "approved": QT_TRANSLATE_NOOP("asn_monitor", "{actor} menyetujui kasus {case}."),
    "dismissed": QT_TRANSLATE_NOOP("asn_monitor", "{actor} menghentikan kasus {case}: {body}"),
    "reopened": QT_TRANSLATE_NOOP(
        "asn_monitor", "{actor} membuka kembali persetujuan kasus {case}: {body}"
    ),
    "referred": QT_TRANSLATE_NOOP("asn_monitor", "{actor} meneruskan kasus {case}: {body}"),
    "assigned": QT_TRANSLATE_NOOP("asn_monitor", "{actor} menugaskan kasus {case} kepada Anda."),
    "comment": QT_TRANSLATE_NOOP("asn_monitor", "{actor} menulis catatan di kasus {case}: {body}"),
    "region_comment": QT_TRANSLATE_NOOP(
        "asn_monitor", "{actor} menandai bagian bukti di kasus {case}: {body}"
    ),
}
# Steps whose news goes to the monitor who holds (or sent) the case.
_TO_HOLDER = {
    "return": "returned",
    "approve": "approved",
    "dismiss": "dismissed",
    "reopen_approved": "reopened",
    "refer": "referred",
    "assign": "assigned",
}
_TO_SUPERVISORS = {"submit": "review_requested", "resubmit": "review_requested"}
BODY_LIMIT = 300


@dataclass(frozen=True)
class Notification:
    id: str
    kind: str
    case_id: str | None
    case_number: str
    actor_name: str
    body: str
    created_at: str
    read: bool
    version: int


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= BODY_LIMIT else text[: BODY_LIMIT - 1] + "\u2026"


def notify(
    tx: ChangeWriter,
    recipients: Iterable[str],
    kind: str,
    case_id: str | None,
    actor_id: str,
    body: str = "",
) -> int:
    """Write one notification per recipient, never to the actor themself."""
    count = 0
    for user_id in sorted(set(recipients) - {actor_id}):
        tx.insert(
            "notification",
            {
                "id": new_id(),
                "user_id": user_id,
                "kind": kind,
                "case_id": case_id,
                "actor_id": actor_id,
                "body": _short(body),
                "read_at": None,
            },
        )
        count += 1
    return count


def active_supervisors(database: Database) -> list[str]:
    rows = database.query(
        "SELECT id FROM users WHERE role = ? AND active = 1", (Role.SUPERVISOR.value,)
    )
    return [r["id"] for r in rows]


def notify_step(
    tx: ChangeWriter,
    database: Database,
    case: Case,
    step: Transition,
    actor_id: str,
    holder_id: str | None,
    body: str = "",
) -> None:
    """Tell whoever needs to know that ``step`` was taken on ``case``."""
    if step.name in _TO_SUPERVISORS:
        notify(tx, active_supervisors(database), _TO_SUPERVISORS[step.name], case.id, actor_id)
    elif step.name in _TO_HOLDER:
        recipients = {r for r in (holder_id, case.submitted_by) if r}
        notify(tx, recipients, _TO_HOLDER[step.name], case.id, actor_id, body)


def notify_comment(
    tx: ChangeWriter, case: Case, actor_id: str, body: str, kind: str = "comment"
) -> None:
    """A note or a region comment: the holder (or whoever sent it for review) hears of it."""
    recipients = {r for r in (case.assignee_id, case.submitted_by) if r}
    notify(tx, recipients, kind, case.id, actor_id, body)


class NotificationService(Service):
    """The acting user's own notifications."""

    def unread_count(self) -> int:
        return int(
            self.db.scalar(
                "SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL",
                (self.actor.id,),
            )
        )

    def unread_among(self, ids: Iterable[str]) -> int:
        """How many of ``ids`` (records sync just brought) are the actor's and unread."""
        wanted = list(ids)
        if not wanted:
            return 0
        marks = ",".join("?" for _ in wanted)
        return int(
            self.db.scalar(
                f"SELECT count(*) FROM notifications WHERE id IN ({marks}) "
                "AND user_id = ? AND read_at IS NULL",
                (*wanted, self.actor.id),
            )
        )

    def recent(self, limit: int = 50, unread_only: bool = False) -> list[Notification]:
        sql = (
            "SELECT n.*, coalesce(c.number, '') AS case_number, "
            "coalesce(u.display_name, '?') AS actor_name FROM notifications n "
            "LEFT JOIN cases c ON c.id = n.case_id LEFT JOIN users u ON u.id = n.actor_id "
            "WHERE n.user_id = ?"
        )
        if unread_only:
            sql += " AND n.read_at IS NULL"
        rows = self.db.query(
            sql + " ORDER BY n.created_at DESC, n.id LIMIT ?", (self.actor.id, limit)
        )
        return [
            Notification(
                id=r["id"],
                kind=r["kind"],
                case_id=r["case_id"],
                case_number=r["case_number"],
                actor_name=r["actor_name"],
                body=r["body"],
                created_at=r["created_at"],
                read=r["read_at"] is not None,
                version=r["version"],
            )
            for r in rows
        ]

    def mark_read(self, ids: Iterable[str]) -> int:
        """Mark the actor's own notifications read; others' are left alone."""
        wanted = list(ids)
        if not wanted:
            return 0
        marks = ",".join("?" for _ in wanted)
        rows = self.db.query(
            f"SELECT id, version FROM notifications WHERE id IN ({marks}) "
            "AND user_id = ? AND read_at IS NULL",
            (*wanted, self.actor.id),
        )
        if not rows:
            return 0
        with self.db.transaction(self.actor.id) as tx:
            for r in rows:
                tx.update("notification", r["id"], r["version"], {"read_at": tx.at})
        return len(rows)

    def mark_all_read(self) -> int:
        rows = self.db.query(
            "SELECT id FROM notifications WHERE user_id = ? AND read_at IS NULL",
            (self.actor.id,),
        )
        return self.mark_read(r["id"] for r in rows)

    def mark_case_read(self, case_id: str) -> int:
        """Opening a case reads what was said about it."""
        rows = self.db.query(
            "SELECT id FROM notifications WHERE user_id = ? AND case_id = ? AND read_at IS NULL",
            (self.actor.id, case_id),
        )
        return self.mark_read(r["id"] for r in rows)
