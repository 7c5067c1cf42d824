"""Cases: intake, editing, the subject and reporter attached, notes, life cycle, history."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any, Protocol

from asn_monitor.domain import lifecycle
from asn_monitor.domain.lifecycle import Status, Transition
from asn_monitor.domain.models import (
    CandidacyStage,
    Case,
    HistoryEntry,
    Note,
    Platform,
    Reporter,
    Source,
    Subject,
    TimelineStep,
    User,
)
from asn_monitor.domain.roles import Permission, Role
from asn_monitor.domain.validation import (
    CASE_FIELDS,
    SUBJECT_FIELDS,
    normalize_case_fields,
    normalize_subject_fields,
    parse_date,
    validate_case,
    validate_reporter,
    validate_subject,
)
from asn_monitor.errors import (
    NotFound,
    PermissionDenied,
    SyncError,
    TransitionRefused,
    ValidationError,
)
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service, user_from_row
from asn_monitor.services.notifications import notify, notify_comment, notify_step
from asn_monitor.services.settings import SettingsService
from asn_monitor.services.subjects import SubjectService, normalize_handle
from asn_monitor.store.changelog import ENTITIES, ChangeWriter
from asn_monitor.store.database import Database, new_id

HIDDEN = QT_TRANSLATE_NOOP("asn_monitor", "(dirahasiakan)")


def _case_from_row(row: dict[str, Any]) -> Case:
    return Case(
        id=row["id"],
        number=row["number"],
        number_final=bool(row["number_final"]),
        status=Status(row["status"]),
        source=Source(row["source"]),
        portal=row["portal"],
        platform=Platform(row["platform"]) if row["platform"] else None,
        post_urls=tuple(json.loads(row["post_urls"] or "[]")),
        account_handle=row["account_handle"],
        act_date=parse_date(row["act_date"]),
        known_date=parse_date(row["known_date"]),
        received_date=parse_date(row["received_date"]),  # type: ignore[arg-type]
        candidacy_stage=CandidacyStage(row["candidacy_stage"]) if row["candidacy_stage"] else None,
        summary=row["summary"],
        subject_id=row["subject_id"],
        reporter_id=row["reporter_id"],
        has_reporter=row["reporter_id"] is not None,
        assignee_id=row["assignee_id"],
        submitted_by=row["submitted_by"],
        created_by=row["created_by"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        version=row["version"],
    )


def _stored_case_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if "post_urls" in out:
        out["post_urls"] = json.dumps(out["post_urls"], ensure_ascii=False)
    return out


def _current_fields(case: Case) -> dict[str, Any]:
    """The case's own fields in the form :func:`normalize_case_fields` gives."""
    current: dict[str, Any] = {k: getattr(case, k) for k in CASE_FIELDS}
    current["post_urls"] = list(case.post_urls)
    for key in ("act_date", "known_date", "received_date"):
        current[key] = current[key].isoformat() if current[key] else None
    for key in ("source", "platform", "candidacy_stage"):
        current[key] = current[key].value if current[key] else None
    return current


class WriteThrough(Protocol):
    """The sync engine as a claim sees it: the hub must confirm before the claim counts."""

    def require_online(self) -> None: ...

    def push_now(self) -> None: ...


class CaseService(Service):
    def __init__(
        self, database: Database, actor: User, hub_link: WriteThrough | None = None
    ) -> None:
        super().__init__(database, actor)
        # None only where no hub is involved (tests of the rules themselves).
        self.hub_link = hub_link
        self.settings = SettingsService(database, actor)
        self.subjects = SubjectService(database, actor)

    # -- reading -----------------------------------------------------------------

    def get(self, case_id: str) -> Case:
        row = self.db.query_one("SELECT * FROM cases WHERE id = ?", (case_id,))
        if not row:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Kasus tidak ditemukan; mungkin sudah dihapus.")
            )
        return _case_from_row(row)

    def by_number(self, number: str) -> Case:
        row = self.db.query_one("SELECT * FROM cases WHERE number = ?", (number.strip(),))
        if not row:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Kasus nomor {number} tidak ditemukan."),
                number=number,
            )
        return _case_from_row(row)

    def count_by_status(self) -> dict[Status, int]:
        rows = self.db.query("SELECT status, count(*) AS n FROM cases GROUP BY status")
        return {Status(r["status"]): r["n"] for r in rows}

    def count_held(self) -> int:
        """Cases the acting user still has work on (closed ones keep their holder)."""
        in_hand = [s.value for s in lifecycle.IN_HAND]
        return int(
            self.db.scalar(
                "SELECT count(*) FROM cases WHERE assignee_id = ? "
                f"AND status IN ({','.join('?' for _ in in_hand)})",
                (self.actor.id, *in_hand),
            )
        )

    def subject(self, subject_id: str) -> Subject:
        return self.subjects.get(subject_id)

    def reporter(self, case_id: str, purpose: str = "") -> Reporter:
        """The reporter's identity: supervisors only, and every look is logged.

        The access record is written (and so synced to the office's audit trail) before
        the identity is returned; if it cannot be written, nothing is shown.
        """
        self.require(Permission.READ_REPORTER)
        case = self.get(case_id)
        if not case.reporter_id:
            raise NotFound(QT_TRANSLATE_NOOP("asn_monitor", "Kasus ini tidak memiliki pelapor."))
        row = self.db.query_one("SELECT * FROM reporters WHERE id = ?", (case.reporter_id,))
        if not row:
            raise NotFound()
        with self.db.transaction(self.actor.id) as tx:
            tx.insert(
                "access",
                {
                    "id": new_id(),
                    "user_id": self.actor.id,
                    "case_id": case_id,
                    "what": "reporter",
                    "purpose": purpose.strip(),
                },
            )
        return Reporter(
            id=row["id"],
            name=row["name"],
            contact=row["contact"],
            nik=row["nik"],
            version=row["version"],
        )

    def reporter_version(self, case_id: str) -> int | None:
        """The version of the case's reporter record, without the identity (and so
        without an access record): tells whether an identity on screen is still current."""
        value = self.db.scalar(
            "SELECT r.version FROM cases c JOIN reporters r ON r.id = c.reporter_id WHERE c.id = ?",
            (case_id,),
        )
        return None if value is None else int(value)

    def notes(self, case_id: str) -> list[Note]:
        rows = self.db.query(
            "SELECT n.*, coalesce(u.display_name, '?') AS author_name FROM notes n "
            "LEFT JOIN users u ON u.id = n.author_id WHERE n.case_id = ? ORDER BY n.created_at",
            (case_id,),
        )
        return [
            Note(
                id=r["id"],
                case_id=r["case_id"],
                kind=r["kind"],
                body=r["body"],
                author_id=r["author_id"],
                author_name=r["author_name"],
                created_at=r["created_at"],
                version=r["version"],
            )
            for r in rows
        ]

    def may_edit(self, case: Case) -> bool:
        return lifecycle.may_edit(case.status, self.actor.role, self.actor.id, case.assignee_id)

    def preparers(self, case: Case) -> frozenset[str]:
        """Everyone who wrote this case's worksheet or ever sent it for review (four eyes).

        Read from the change log, which holds every PC's changes once synced. Each save of
        the worksheet stamps ``prepared_by`` with its author, acts included, so the
        worksheet's own changes name everyone who ever wrote it; the acts' changes are
        read too for records written by other paths (resolving a sync conflict).
        """
        rows = self.db.query(
            "SELECT DISTINCT user_id FROM changes WHERE user_id IS NOT NULL "
            "AND outcome = 'applied' AND entity_id = ? AND (entity = 'worksheet' "
            "OR (entity = 'case' AND field = 'submitted_by')) "
            "UNION SELECT user_id FROM changes WHERE user_id IS NOT NULL "
            "AND outcome = 'applied' AND entity = 'worksheet_act' "
            "AND entity_id IN (SELECT id FROM worksheet_acts WHERE case_id = ?)",
            (case.id, case.id),
        )
        found = {r["user_id"] for r in rows}
        prepared_by = self.db.scalar("SELECT prepared_by FROM worksheets WHERE id = ?", (case.id,))
        found |= {u for u in (prepared_by, case.submitted_by) if u}
        return frozenset(found)

    def available_transitions(self, case: Case) -> list[Transition]:
        """The steps this user may take now (reasons are asked for when taken)."""
        out = []
        for t in lifecycle.transitions_from(case.status):
            if t.assigns:
                continue  # needs a chosen monitor: offered by the queue's "Tugaskan…"
            try:
                lifecycle.check_transition(
                    t,
                    status=case.status,
                    role=self.actor.role,
                    actor_id=self.actor.id,
                    holder_id=case.assignee_id,
                    preparers=self.preparers(case) if t.not_by_preparer else frozenset(),
                    reason="-" if t.needs_reason else None,
                )
            except PermissionDenied:
                continue
            out.append(t)
        return out

    def timeline(self, case_id: str) -> list[TimelineStep]:
        """The case's path through its life cycle, oldest first, with the reasons given.

        A reason is the note written in the same transaction as the status change.
        """
        rows = self.db.query(
            "SELECT ch.at, ch.op, ch.new_value, coalesce(u.display_name, '?') AS user_name, "
            "(SELECT n.body FROM changes nc JOIN notes n ON n.id = nc.entity_id "
            " WHERE nc.tx_id = ch.tx_id AND nc.entity = 'note' AND nc.op = 'insert' "
            " AND n.kind LIKE 'alasan:%' LIMIT 1) AS reason "
            "FROM changes ch LEFT JOIN users u ON u.id = ch.user_id "
            "WHERE ch.entity = 'case' AND ch.entity_id = ? "
            "AND (ch.op = 'insert' OR ch.field = 'status') ORDER BY ch.id",
            (case_id,),
        )
        steps = []
        for r in rows:
            value = json.loads(r["new_value"])
            status = value.get("status") if r["op"] == "insert" else value
            steps.append(
                TimelineStep(
                    at=r["at"],
                    user_name=r["user_name"],
                    status=Status(status),
                    reason=r["reason"] or "",
                )
            )
        return steps

    def history(self, case_id: str) -> list[HistoryEntry]:
        """Every recorded change to the case and what hangs off it, oldest first."""
        case = self.get(case_id)
        ids = [case_id]
        ids += [
            r["id"] for r in self.db.query("SELECT id FROM notes WHERE case_id = ?", (case_id,))
        ]
        ids += [
            r["id"] for r in self.db.query("SELECT id FROM evidence WHERE case_id = ?", (case_id,))
        ]
        if case.subject_id:
            ids.append(case.subject_id)
        if case.reporter_id:
            ids.append(case.reporter_id)
        if self.actor.role in (Role.SUPERVISOR, Role.ADMIN):
            # Who looked at the reporter's identity: the trail where people look for it.
            ids += [
                r["id"]
                for r in self.db.query("SELECT id FROM access_log WHERE case_id = ?", (case_id,))
            ]
        marks = ",".join("?" for _ in ids)
        rows = self.db.query(
            "SELECT ch.*, coalesce(u.display_name, ch.user_id, '?') AS user_name FROM changes ch "
            f"LEFT JOIN users u ON u.id = ch.user_id WHERE ch.entity_id IN ({marks}) "
            "ORDER BY ch.id",
            tuple(ids),
        )
        out = []
        for r in rows:
            old, new = json.loads(r["old_value"]), json.loads(r["new_value"])
            if r["entity"] == "reporter":
                # Hidden from supervisors too: the identity is shown only through
                # reporter(), which records the look in the access log.
                secret = frozenset(new or old or {})
            else:
                secret = ENTITIES[r["entity"]].secret
            if r["entity"] == "reporter" or r["field"] in secret:
                old = new = HIDDEN
            elif r["field"] == "*" and isinstance(new, dict):
                new = {k: (HIDDEN if k in secret else v) for k, v in new.items()}
            out.append(
                HistoryEntry(
                    at=r["at"],
                    user_name=r["user_name"],
                    entity=r["entity"],
                    entity_id=r["entity_id"],
                    op=r["op"],
                    field=r["field"],
                    old_value=old,
                    new_value=new,
                )
            )
        return out

    # -- writing -----------------------------------------------------------------

    def create(
        self,
        fields: dict[str, Any],
        subject: dict[str, Any] | None = None,
        reporter: dict[str, Any] | None = None,
        *,
        import_key: str | None = None,
        duplicate_of: str | None = None,
    ) -> Case:
        """Register a new case (status ``masuk``), with its subject and reporter if known.

        ``import_key`` names the imported row it came from (importing it again then fails
        on the unique index instead of making a second case); ``duplicate_of`` links it to
        the case it repeats.
        """
        self.require(Permission.CREATE_CASE)
        values = normalize_case_fields({k: fields.get(k) for k in CASE_FIELDS})
        values.setdefault("received_date", None)
        if not values.get("received_date"):
            values["received_date"] = self.today().isoformat()
        values["portal"] = values.get("portal") or ""
        values["summary"] = values.get("summary") or ""
        self._validate_all(values, subject, reporter)
        with self.db.transaction(self.actor.id) as tx:
            subject_id = self.subjects.attach(tx, None, subject) if subject else None
            reporter_id = None
            if reporter and any((v or "").strip() for v in reporter.values()):
                reporter_id = self._save_reporter(tx, None, reporter)
            number = self._new_number(str(values["received_date"])[:4])
            row = tx.insert(
                "case",
                {
                    "id": new_id(),
                    "number": number,
                    "number_final": 0,
                    "status": Status.MASUK.value,
                    **_stored_case_fields(values),
                    "subject_id": subject_id,
                    "reporter_id": reporter_id,
                    "assignee_id": None,
                    "submitted_by": None,
                    "created_by": self.actor.id,
                    **({"import_key": import_key} if import_key else {}),
                    **({"duplicate_of": duplicate_of} if duplicate_of else {}),
                },
            )
            if subject_id:
                self.subjects.link_account(
                    tx, subject_id, values.get("platform"), values["account_handle"]
                )
        return self.get(row["id"])

    def check(
        self,
        fields: dict[str, Any],
        subject: dict[str, Any] | None = None,
        reporter: dict[str, Any] | None = None,
    ) -> None:
        """Raise what :meth:`create` would refuse, without writing (the intake form checks
        before asking about a possible duplicate)."""
        values = normalize_case_fields({k: fields.get(k) for k in CASE_FIELDS})
        values["received_date"] = values.get("received_date") or self.today().isoformat()
        self._validate_all(values, subject, reporter)

    def update(
        self,
        case_id: str,
        version: int,
        changes: dict[str, Any],
        subject: dict[str, Any] | None = None,
        reporter: dict[str, Any] | None = None,
    ) -> Case:
        """Save edits to the case's own fields and, optionally, its subject and reporter.

        ``subject`` holds the subject's fields plus ``version`` when editing the linked
        record; without a linked record one is found by NIP or created. ``reporter``
        (supervisors only, as they alone may see it) corrects or adds the reporter.
        """
        self.require(Permission.EDIT_CASE)
        if reporter is not None:
            self.require(Permission.READ_REPORTER)
        case = self.get(case_id)
        self._require_editable(case)
        self._require_known_fields(changes)
        current = _current_fields(case)
        merged = {**current, **normalize_case_fields(changes)}
        self._validate_all(merged, subject, reporter, reporter_required=reporter is not None)
        with self.db.transaction(self.actor.id) as tx:
            diff = {k: v for k, v in merged.items() if current.get(k) != v}
            case_changes = _stored_case_fields(diff)
            if reporter is not None:
                reporter_id = self._save_reporter(tx, case.reporter_id, reporter)
                if reporter_id != case.reporter_id:
                    case_changes["reporter_id"] = reporter_id
            subject_id = case.subject_id
            if subject:
                subject_id = self.subjects.attach(tx, case.subject_id, subject, case_id)
                if subject_id != case.subject_id:
                    case_changes["subject_id"] = subject_id
            tx.update("case", case_id, version, case_changes)
            if subject_id:
                self.subjects.link_account(
                    tx, subject_id, merged.get("platform"), merged["account_handle"]
                )
        return self.get(case_id)

    def checked_change(self, case_id: str, name: str, value: Any) -> tuple[Case, dict[str, Any]]:
        """The stored form of setting one of the case's own fields, after the checks
        :meth:`update` makes; the caller writes it in its own transaction (resolving a
        sync conflict writes the field and closes the conflict together)."""
        self.require(Permission.EDIT_CASE)
        case = self.get(case_id)
        self._require_editable(case)
        self._require_known_fields({name: value})
        merged = {**_current_fields(case), **normalize_case_fields({name: value})}
        self._validate_all(merged, None, None)
        return case, _stored_case_fields({name: merged[name]})

    def _require_editable(self, case: Case) -> None:
        require_editable(self, case)

    def _require_known_fields(self, changes: dict[str, Any]) -> None:
        unknown = set(changes) - set(CASE_FIELDS)
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Kolom tidak dapat diubah: {fields}"),
                fields=", ".join(sorted(unknown)),
            )

    def transition(
        self,
        case_id: str,
        version: int,
        name: str,
        reason: str | None = None,
        *,
        assignee_id: str | None = None,
        write_through: bool = True,
        record: Callable[[ChangeWriter, Case], None] | None = None,
    ) -> Case:
        """Move the case one step through its life cycle, if the rules allow it.

        ``assignee_id`` names the holder for a supervisor's assignment. With
        ``write_through`` off the caller pushes (and checks) a batch itself. ``record``
        writes, in the same transaction, what a structured step brings with it (the
        review, the letter, the follow-up); those steps are refused without it.
        """
        self.require(Permission.READ_CASES)
        step = lifecycle.transition_named(name)
        takes = step.claims or step.assigns
        if takes and self.hub_link is not None:
            # Claims are exclusive office-wide: refuse at once when the hub is out of reach.
            self.hub_link.require_online()
        if step.assigns:
            self.require(Permission.ASSIGN_CASES)
            self.require_assignable(assignee_id)
        with self.db.transaction(self.actor.id) as tx:
            case = self.get(case_id)
            if (
                takes
                and step.source is Status.MASUK
                and case.assignee_id
                and case.assignee_id != self.actor.id
            ):
                # Say who has it: that is what the person trying to take it needs to know.
                self.check_taken(case_id, self.actor.id)
            lifecycle.check_transition(
                step,
                status=case.status,
                role=self.actor.role,
                actor_id=self.actor.id,
                holder_id=case.assignee_id,
                preparers=self.preparers(case) if step.not_by_preparer else frozenset(),
                reason=reason,
            )
            if step.structured and record is None:
                raise TransitionRefused(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "\u201c{step}\u201d dilakukan lewat layarnya sendiri (review, penerusan, "
                        "atau tindak lanjut), yang mencatat data yang menyertainya.",
                    ),
                    step=step.label,
                )
            if step.name in ("submit", "resubmit"):
                self._check_ready_for_review(case)
            if record is not None:
                record(tx, case)
            changes: dict[str, Any] = {"status": step.target.value}
            if step.claims:
                changes["assignee_id"] = self.actor.id
            if step.assigns:
                changes["assignee_id"] = assignee_id
            if step.releases:
                changes["assignee_id"] = None
            if step.name in ("submit", "resubmit"):
                changes["submitted_by"] = self.actor.id
            tx.update("case", case_id, version, changes)
            if reason and reason.strip():
                tx.insert(
                    "note",
                    {
                        "id": new_id(),
                        "case_id": case_id,
                        "kind": f"alasan:{step.name}",
                        "body": reason.strip(),
                        "author_id": self.actor.id,
                    },
                )
            holder = changes.get("assignee_id", case.assignee_id)
            notify_step(tx, self.db, case, step, self.actor.id, holder, reason or "")
        if self.hub_link is not None and write_through and (takes or step.releases):
            self._write_through(case_id, step, changes.get("assignee_id"))
        return self.get(case_id)

    def reassign(
        self, case_id: str, version: int, assignee_id: str, *, write_through: bool = True
    ) -> Case:
        """Give a case someone holds to another monitor (the supervisor's call)."""
        self.require(Permission.ASSIGN_CASES)
        self.require_assignable(assignee_id)
        if self.hub_link is not None:
            self.hub_link.require_online()
        with self.db.transaction(self.actor.id) as tx:
            case = self.get(case_id)
            if case.status not in lifecycle.REASSIGNABLE:
                raise TransitionRefused(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Kasus {number} berstatus “{status}”; pemegangnya tidak dapat diganti.",
                    ),
                    number=case.number,
                    status=case.status.label,
                )
            tx.update("case", case_id, version, {"assignee_id": assignee_id})
            notify(tx, [assignee_id], "assigned", case_id, self.actor.id)
        if self.hub_link is not None and write_through:
            # Offline, the new holder is recorded here and goes with the next round.
            with contextlib.suppress(SyncError):
                self.hub_link.push_now()
        return self.get(case_id)

    def require_assignable(self, user_id: str | None) -> User:
        """Cases go to active monitors and supervisors, never to an admin account."""
        row = self.db.query_one("SELECT * FROM users WHERE id = ?", (user_id or "",))
        user = user_from_row(row) if row else None
        if user is None or not user.active or user.role == Role.ADMIN:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Kasus hanya dapat ditugaskan kepada pemantau atau supervisor aktif.",
                )
            )
        return user

    def _write_through(self, case_id: str, step: Transition, holder_id: str | None) -> None:
        """Send the claim (or release) to the hub now; a claim that lost the race is
        undone by the sync and reported."""
        assert self.hub_link is not None
        try:
            self.hub_link.push_now()
        except SyncError:
            if not (step.claims or step.assigns):
                return  # a release may wait for the next round
            raise
        if holder_id is not None:
            self.check_taken(case_id, holder_id)

    def check_taken(self, case_id: str, holder_id: str) -> None:
        """After a push: raise if the hub gave the case to someone else first."""
        case = self.get(case_id)
        if case.assignee_id == holder_id:
            return
        holder = self.db.scalar("SELECT display_name FROM users WHERE id = ?", (case.assignee_id,))
        if holder_id == self.actor.id:
            raise TransitionRefused(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Kasus {number} sudah diambil oleh {holder} lebih dulu; kasus tidak "
                    "berpindah kepada Anda.",
                ),
                number=case.number,
                holder=holder or "?",
            )
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Kasus {number} sudah diambil oleh {holder} lebih dulu."
            ),
            number=case.number,
            holder=holder or "?",
        )

    def add_note(self, case_id: str, body: str) -> Note:
        self.require(Permission.READ_CASES)
        if self.actor.role == Role.ADMIN:
            raise PermissionDenied()
        if not body.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Catatan kosong tidak disimpan.")
            )
        case = self.get(case_id)
        note_id = new_id()
        with self.db.transaction(self.actor.id) as tx:
            tx.insert(
                "note",
                {
                    "id": note_id,
                    "case_id": case_id,
                    "kind": "catatan",
                    "body": body.strip(),
                    "author_id": self.actor.id,
                },
            )
            notify_comment(tx, case, self.actor.id, body)
        return next(n for n in self.notes(case_id) if n.id == note_id)

    # -- helpers -----------------------------------------------------------------

    def _validate_all(
        self,
        case_fields: dict[str, Any],
        subject: dict[str, Any] | None,
        reporter: dict[str, Any] | None,
        reporter_required: bool = False,
    ) -> None:
        """Check everything at once so the form can mark every bad field together.

        Subject and reporter errors are keyed ``subject.<field>`` and ``reporter.<field>``
        (both have a ``name``).
        """
        errors = {}
        today = self.today()
        try:
            validate_case(case_fields, today)
        except ValidationError as exc:
            errors.update(exc.field_errors)
        if subject:
            fields = normalize_subject_fields({k: subject.get(k) for k in SUBJECT_FIELDS})
            try:
                validate_subject(fields, today)
            except ValidationError as exc:
                errors.update({f"subject.{k}": v for k, v in exc.field_errors.items()})
        if reporter is not None and (
            reporter_required or any((v or "").strip() for v in reporter.values())
        ):
            try:
                validate_reporter(reporter)
            except ValidationError as exc:
                errors.update({f"reporter.{k}": v for k, v in exc.field_errors.items()})
        if errors:
            raise ValidationError(field_errors=errors)

    def _save_reporter(
        self, tx: ChangeWriter, reporter_id: str | None, reporter: dict[str, Any]
    ) -> str:
        fields = {
            "name": (reporter.get("name") or "").strip(),
            "contact": (reporter.get("contact") or "").strip(),
            "nik": "".join((reporter.get("nik") or "").split()) or None,
        }
        if reporter_id:
            version = self.db.scalar("SELECT version FROM reporters WHERE id = ?", (reporter_id,))
            tx.update("reporter", reporter_id, int(version), fields)
            return reporter_id
        new = new_id()
        tx.insert("reporter", {"id": new, **fields})
        return new

    def other_cases(self, case: Case) -> list[dict[str, Any]]:
        """Other cases about the same civil servant or from the same account: repeats."""
        params: list[Any] = [case.id]
        where = []
        if case.subject_id:
            where.append("c.subject_id = ?")
            params.append(case.subject_id)
        key = normalize_handle(case.account_handle)
        if key and case.platform:
            where.append("(c.platform = ? AND lower(ltrim(trim(c.account_handle), '@')) = ?)")
            params += [case.platform.value, key]
        if not where:
            return []
        return self.db.query(
            "SELECT c.id, c.number, c.status, c.act_date FROM cases c "
            f"WHERE c.id != ? AND ({' OR '.join(where)}) ORDER BY c.act_date DESC, c.number",
            tuple(params),
        )

    def _check_ready_for_review(self, case: Case) -> None:
        missing = []
        if not case.subject_id:
            missing.append(QT_TRANSLATE_NOOP("asn_monitor", "ASN terlapor belum diidentifikasi"))
        else:
            subject = self.subject(case.subject_id)
            if not subject.nip:
                missing.append(QT_TRANSLATE_NOOP("asn_monitor", "NIP ASN terlapor belum diisi"))
        if not case.act_date:
            missing.append(QT_TRANSLATE_NOOP("asn_monitor", "tanggal perbuatan belum diisi"))
        if not case.platform:
            missing.append(QT_TRANSLATE_NOOP("asn_monitor", "platform belum dipilih"))
        # The worksheet service builds on this one; imported here to keep that one-way.
        from asn_monitor.services.worksheet import WorksheetService

        missing += WorksheetService(self.db, self.actor).problems(case)
        if missing:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Kasus belum siap direview: {missing}."),
                missing=missing,
            )

    def _new_number(self, year: str) -> str:
        """A provisional number, unique to this replica, until the hub gives the final one.

        ``S`` and the replica's id keep it apart from every other PC's and from the
        office-wide ``PREFIX-YEAR-NNNN`` sequence.
        """
        prefix = self.settings.region_prefix()
        value = self.db.next_counter("case:provisional")
        return f"{prefix}-{year}-S{self.db.origin[:6].upper()}-{value:04d}"


def require_editable(cases: CaseService, case: Case) -> None:
    """Refuse an edit to ``case`` that the life cycle does not allow, saying why."""
    if not cases.may_edit(case):
        if case.status in lifecycle.SIGNED:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Kasus ini sudah disetujui supervisor; lembar sanksi dan anotasi buktinya "
                    "terkunci. Perubahan memerlukan supervisor membuka kembali persetujuan "
                    "dengan alasan.",
                )
            )
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Kasus berstatus \u201c{status}\u201d ini tidak dapat Anda ubah.",
            ),
            status=case.status.label,
        )
