"""Sync conflicts as people see and settle them (DESIGN.md, "Storage and sync").

The hub records a conflict when it could not merge an edit: the same field changed by two
people (``value``), a workflow step refused because someone moved the case first
(``step``), or an edit refused outright, e.g. on a deleted record (``rejected``). Only a
``value`` conflict has a choice to make; the others are read and acknowledged.

Who sees and settles what: a supervisor, any conflict; a monitor, the conflicts they took
part in (either side) and those on cases they hold; an admin, those they took part in and
those on accounts and office settings, which they manage. Writing the chosen value obeys
the same rules as editing the record directly: settling a conflict is never a way round them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from asn_monitor.domain import lifecycle
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.roles import Permission, Role
from asn_monitor.domain.validation import (
    CASE_FIELDS,
    FIELD_LABELS,
    REPORTER_FIELDS,
    SUBJECT_FIELDS,
    normalize_subject_fields,
    validate_reporter,
    validate_subject,
)
from asn_monitor.errors import AsnError, NotFound, PermissionDenied, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.services.cases import HIDDEN, CaseService
from asn_monitor.services.settings import OFFICE_NAME, REGION_PREFIX, validate_office
from asn_monitor.services.subjects import SubjectService
from asn_monitor.store.changelog import ENTITIES

ENTITY_LABELS: dict[str, str] = {
    "case": QT_TRANSLATE_NOOP("asn_monitor", "Kasus"),
    "subject": QT_TRANSLATE_NOOP("asn_monitor", "ASN terlapor"),
    "reporter": QT_TRANSLATE_NOOP("asn_monitor", "Pelapor"),
    "note": QT_TRANSLATE_NOOP("asn_monitor", "Catatan"),
    "evidence": QT_TRANSLATE_NOOP("asn_monitor", "Bukti"),
    "account": QT_TRANSLATE_NOOP("asn_monitor", "Akun media sosial"),
    "user": QT_TRANSLATE_NOOP("asn_monitor", "Akun pengguna"),
    "setting": QT_TRANSLATE_NOOP("asn_monitor", "Pengaturan kantor"),
}
SETTING_LABELS: dict[str, str] = {
    OFFICE_NAME: QT_TRANSLATE_NOOP("asn_monitor", "Nama kantor"),
    REGION_PREFIX: QT_TRANSLATE_NOOP("asn_monitor", "Kode wilayah"),
}
WHOLE_RECORD = QT_TRANSLATE_NOOP("asn_monitor", "(seluruh data)")

# Fields a conflict may be settled on by writing a value, per entity; anything else
# (workflow fields, user names, password hashes) can only be acknowledged: those have
# their own screens and rules.
WRITABLE: dict[str, frozenset[str]] = {
    "case": frozenset(CASE_FIELDS),
    "subject": frozenset(SUBJECT_FIELDS),
    "reporter": frozenset(REPORTER_FIELDS),
    "note": frozenset({"body"}),
    "evidence": frozenset({"description"}),
    "setting": frozenset({"value"}),
    "user": frozenset({"display_name", "role", "active"}),
}
# Of those, the ones a person may type a new value for (a role or an on/off flag is a
# choice between the two values, not free text).
EDITABLE = {entity: fields - {"role", "active"} for entity, fields in WRITABLE.items()}


class Choice(str, Enum):
    KEEP = "keep"  # the value in force stays (for a step or a refusal: acknowledged)
    OTHER = "other"  # the value that lost is written now
    EDIT = "edit"  # a value typed by the person settling it


@dataclass(frozen=True)
class ConflictItem:
    """An open conflict with what a person needs to judge it.

    Values are decoded from the log (a case's ``post_urls`` is its stored JSON text);
    secret values are replaced by :data:`HIDDEN`. ``kept_*`` is the side in force,
    ``lost_*`` the edit the hub could not apply.
    """

    id: str
    version: int
    kind: str
    detail: str
    entity: str
    entity_id: str
    field: str
    entity_label: str  # marked for translation
    field_label: str  # marked for translation (or the raw name when unknown)
    record_name: str  # case number, civil servant's name, account… ("" when secret)
    case_id: str | None
    case_number: str | None
    case_number_final: bool
    kept_value: Any
    kept_by: str | None
    kept_by_name: str | None  # None: the hub itself (numbering, an expired lease)
    kept_at: str | None
    lost_value: Any
    lost_by: str | None
    lost_by_name: str | None
    lost_at: str | None
    current_value: Any  # what the record holds now (it may have moved on since)
    record_exists: bool
    secret: bool
    choices: frozenset[Choice]
    created_at: str


_LIST_SQL = """
SELECT f.*, c.number AS case_number, c.number_final AS case_number_final,
       c.assignee_id AS case_assignee,
       kb.display_name AS kept_by_name, lb.display_name AS lost_by_name
FROM conflicts f
LEFT JOIN cases c ON c.id = f.case_id
LEFT JOIN users kb ON kb.id = f.kept_by
LEFT JOIN users lb ON lb.id = f.lost_by
"""


def _decode(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _naming_value(value: Any) -> str:
    """A refused new record is in no table: name it from its own fields."""
    if not isinstance(value, dict):
        return ""
    return str(value.get("display_name") or value.get("name") or value.get("username") or "")


class ConflictService(Service):
    # -- reading -----------------------------------------------------------------

    def list_open(self) -> list[ConflictItem]:
        """Open conflicts the actor may settle, newest first.

        Two people settling the same conflict at once leaves a conflict about the
        conflict record; it changes nothing anyone works on, so it is not listed.
        """
        return [self._item(r) for r in self._open_rows()]

    def count_open(self) -> int:
        """How many :meth:`list_open` would list (the status bar asks often)."""
        return len(self._open_rows())

    def _open_rows(self) -> list[dict[str, Any]]:
        self.require_active()
        rows = self.db.query(
            _LIST_SQL + "WHERE f.status = 'open' AND f.entity != 'conflict' "
            "ORDER BY f.created_at DESC, f.id"
        )
        return [r for r in rows if self._may_see(r)]

    def get(self, conflict_id: str) -> ConflictItem:
        row = self._row(conflict_id)
        if row["status"] != "open":
            raise self._already_resolved(row)
        if not self._may_see(row):
            raise self._not_yours()
        return self._item(row)

    def _row(self, conflict_id: str) -> dict[str, Any]:
        row = self.db.query_one(_LIST_SQL + "WHERE f.id = ?", (conflict_id,))
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("asn_monitor", "Konflik tidak ditemukan."))
        return row

    def _may_see(self, row: dict[str, Any]) -> bool:
        role = self.actor.role
        if role == Role.SUPERVISOR or self.actor.id in (row["kept_by"], row["lost_by"]):
            return True
        if role == Role.MONITOR:
            return bool(row["case_assignee"]) and row["case_assignee"] == self.actor.id
        return role == Role.ADMIN and row["entity"] in ("user", "setting")

    def _item(self, row: dict[str, Any]) -> ConflictItem:
        entity, field = str(row["entity"]), str(row["field"])
        record = self._record(entity, str(row["entity_id"]))
        secret = self._is_secret(entity, field)
        kept, lost = _decode(row["kept_value"]), _decode(row["lost_value"])
        current = record.get(field) if record is not None else None
        if secret:
            kept = lost = current = HIDDEN
        elif field == "*":
            # A whole record (a refused insert) carries its secret fields too.
            hidden = ENTITIES[entity].secret if entity in ENTITIES else frozenset()
            kept, lost = (
                {k: (HIDDEN if k in hidden else v) for k, v in value.items()}
                if isinstance(value, dict)
                else value
                for value in (kept, lost)
            )
        if field == "*":
            field_label = WHOLE_RECORD
        elif entity == "setting":
            field_label = SETTING_LABELS.get(str(row["entity_id"]), FIELD_LABELS["value"])
        else:
            field_label = FIELD_LABELS.get(field, field)
        return ConflictItem(
            id=row["id"],
            version=int(row["version"]),
            kind=row["kind"],
            detail=row["detail"] or "",
            entity=entity,
            entity_id=row["entity_id"],
            field=field,
            entity_label=ENTITY_LABELS.get(entity, entity),
            field_label=field_label,
            record_name=self._record_name(entity, record, row)
            or (_naming_value(lost) if not secret else ""),
            case_id=row["case_id"],
            case_number=row["case_number"],
            case_number_final=bool(row["case_number_final"]),
            kept_value=kept,
            kept_by=row["kept_by"],
            kept_by_name=row["kept_by_name"],
            kept_at=row["kept_at"],
            lost_value=lost,
            lost_by=row["lost_by"],
            lost_by_name=row["lost_by_name"],
            lost_at=row["lost_at"],
            current_value=current,
            record_exists=record is not None,
            secret=secret,
            choices=self._choices(row, record),
            created_at=row["created_at"],
        )

    def _record(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        spec = ENTITIES.get(entity)
        if spec is None:
            return None
        return self.db.query_one(f"SELECT * FROM {spec.table} WHERE id = ?", (entity_id,))

    def _is_secret(self, entity: str, field: str) -> bool:
        if field in ENTITIES.get(entity, ENTITIES["case"]).secret:
            return True
        return entity == "reporter" and not self.can(Permission.READ_REPORTER)

    def _record_name(self, entity: str, record: dict[str, Any] | None, row: dict[str, Any]) -> str:
        if entity in ("case", "note", "evidence"):
            return str(row["case_number"] or "")
        if record is None:
            return ""
        if entity == "subject":
            return str(record.get("name") or "")
        if entity == "user":
            return str(record.get("display_name") or record.get("username") or "")
        if entity == "account":
            return str(record.get("handle") or "")
        return ""

    def _choices(self, row: dict[str, Any], record: dict[str, Any] | None) -> frozenset[Choice]:
        entity, field = str(row["entity"]), str(row["field"])
        if row["kind"] != "value" or record is None or field not in WRITABLE.get(entity, ()):
            return frozenset({Choice.KEEP})
        try:
            self._require_may_write(entity, record, row)
        except AsnError:
            return frozenset({Choice.KEEP})
        if field in EDITABLE.get(entity, ()):
            return frozenset(Choice)
        return frozenset({Choice.KEEP, Choice.OTHER})

    # -- settling ------------------------------------------------------------------

    def resolve(
        self, conflict_id: str, version: int, choice: Choice | str, value: Any = None
    ) -> None:
        """Settle a conflict: keep the value in force, take the other one, or write an
        edited one (``value``, in the form the record's own form would give it).

        The field and the conflict record change in one transaction, so every PC sees
        either both or neither.
        """
        self.require_active()
        choice = Choice(choice)
        row = self._row(conflict_id)
        if row["status"] != "open":
            raise self._already_resolved(row)
        if not self._may_see(row):
            raise self._not_yours()
        entity = str(row["entity"])
        change: tuple[int, dict[str, Any]] | None = None
        if choice != Choice.KEEP:
            change = self._prepare_write(row, choice, value)
        resolution = choice.value if row["kind"] == "value" else "acknowledged"
        with self.db.transaction(self.actor.id) as tx:
            if change is not None:
                tx.update(entity, str(row["entity_id"]), change[0], change[1])
                if entity == "user":
                    self._keep_a_manager()
            tx.update(
                "conflict",
                conflict_id,
                version,
                {
                    "status": "resolved",
                    "resolution": resolution,
                    "resolved_by": self.actor.id,
                    "resolved_at": self.db.now(),
                },
            )

    def _prepare_write(
        self, row: dict[str, Any], choice: Choice, value: Any
    ) -> tuple[int, dict[str, Any]]:
        """Check that the actor may write this field now; the record's version and the
        stored change."""
        entity, field, entity_id = str(row["entity"]), str(row["field"]), str(row["entity_id"])
        if row["kind"] != "value":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Konflik jenis ini tidak memilih nilai; tandai saja sebagai selesai.",
                )
            )
        record = self._record(entity, entity_id)
        if record is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Data yang diperebutkan sudah dihapus; konflik ini hanya dapat ditandai "
                    "selesai.",
                )
            )
        if field not in WRITABLE.get(entity, ()) or (
            choice == Choice.EDIT and field not in EDITABLE.get(entity, ())
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "{field} tidak dapat diatur dari daftar konflik; pertahankan nilai yang "
                    "berlaku lalu ubah lewat layarnya sendiri bila perlu.",
                ),
                field=FIELD_LABELS.get(field, field),
            )
        if self._is_secret(entity, field):
            raise self._not_yours()
        self._require_may_write(entity, record, row)
        if choice == Choice.OTHER:
            value = _decode(row["lost_value"])
            if entity == "case" and field == "post_urls" and isinstance(value, str):
                value = json.loads(value)  # stored as JSON text; the form gives a list
        return int(record["version"]), self._stored(entity, record, field, value)

    def _require_may_write(self, entity: str, record: dict[str, Any], row: dict[str, Any]) -> None:
        """The rules of editing the record directly, with a message about the conflict."""
        if entity == "case":
            case = CaseService(self.db, self.actor).get(str(record["id"]))
            self._require_case_editable(case.status, case.assignee_id)
        elif entity in ("note", "evidence"):
            self.require(Permission.EDIT_CASE)
            case = CaseService(self.db, self.actor).get(str(record["case_id"]))
            self._require_case_editable(case.status, case.assignee_id)
        elif entity == "subject":
            self.require(Permission.EDIT_CASE)
            SubjectService(self.db, self.actor).refuse_if_signed(str(record["id"]), None)
            if self.actor.role != Role.SUPERVISOR:
                cases = self.db.query(
                    "SELECT status, assignee_id FROM cases WHERE subject_id = ?", (record["id"],)
                )
                if not any(
                    lifecycle.may_edit(
                        Status(c["status"]), self.actor.role, self.actor.id, c["assignee_id"]
                    )
                    for c in cases
                ):
                    raise self._ask_supervisor()
        elif entity == "reporter":
            self.require(Permission.READ_REPORTER)
        elif entity == "setting":
            self.require(Permission.MANAGE_SETTINGS)
        elif entity == "user":
            self.require(Permission.MANAGE_USERS)
            if self.actor.role != Role.SUPERVISOR and Role.SUPERVISOR.value in (
                record.get("role"),
                _decode(row["lost_value"]),
            ):
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "Hanya supervisor yang dapat mengelola akun supervisor."
                    )
                )
        else:
            raise self._ask_supervisor()

    def _require_case_editable(self, status: Status, holder_id: str | None) -> None:
        if not self.can(Permission.EDIT_CASE) or not lifecycle.may_edit(
            status, self.actor.role, self.actor.id, holder_id
        ):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Kasus berstatus \u201c{status}\u201d tidak dapat Anda ubah, jadi nilainya "
                    "tidak dapat Anda ganti. Pertahankan nilai yang berlaku, atau minta "
                    "pemegang kasus atau supervisor memilih.",
                ),
                status=status.label,
            )

    def _stored(
        self, entity: str, record: dict[str, Any], field: str, value: Any
    ) -> dict[str, Any]:
        """The value as the record stores it, checked like the record's own form."""
        if entity == "case":
            _case, changes = CaseService(self.db, self.actor).checked_change(
                str(record["id"]), field, value
            )
            return changes
        if entity == "subject":
            current = {k: record.get(k) for k in SUBJECT_FIELDS}
            merged = normalize_subject_fields({**current, field: value})
            _check_field(lambda: validate_subject(merged, self.today()), field)
            return {field: merged[field]}
        if entity == "reporter":
            text = str(value or "").strip()
            stored: Any = ("".join(text.split()) or None) if field == "nik" else text
            merged = {**{k: record.get(k) or "" for k in REPORTER_FIELDS}, field: stored or ""}
            _check_field(lambda: validate_reporter(merged), field)
            return {field: stored}
        if entity == "setting":
            text = str(value or "").strip()
            if record["id"] == REGION_PREFIX:
                text = text.upper()
            office = {OFFICE_NAME: "", REGION_PREFIX: ""}
            for r in self.db.query(
                "SELECT id, value FROM settings WHERE id IN (?, ?)", tuple(office)
            ):
                office[r["id"]] = str(r["value"] or "")
            office[str(record["id"])] = text
            if record["id"] in office:
                validate_office(office[OFFICE_NAME], office[REGION_PREFIX])
            return {"value": text}
        if entity == "user":
            if field == "role":
                return {"role": Role(value).value}
            if field == "active":
                return {"active": 1 if value else 0}
            text = str(value or "").strip()
            if not text:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("asn_monitor", "{field} wajib diisi."),
                    field=FIELD_LABELS["display_name"],
                )
            return {"display_name": text}
        text = str(value or "").strip()
        if entity == "note" and not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Catatan kosong tidak disimpan.")
            )
        return {field: text}

    def _keep_a_manager(self) -> None:
        count = self.db.scalar(
            "SELECT count(*) FROM users WHERE active = 1 AND role IN (?, ?)",
            (Role.SUPERVISOR.value, Role.ADMIN.value),
        )
        if not count:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Harus tetap ada sedikitnya satu supervisor atau admin aktif."
                )
            )

    # -- messages ------------------------------------------------------------------

    def _already_resolved(self, row: dict[str, Any]) -> AsnError:
        who = self.db.scalar("SELECT display_name FROM users WHERE id = ?", (row["resolved_by"],))
        return ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Konflik ini sudah diselesaikan oleh {who}."),
            who=who or "?",
        )

    def _not_yours(self) -> AsnError:
        return PermissionDenied(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Konflik ini hanya dapat diselesaikan oleh orang yang terlibat atau supervisor.",
            )
        )

    def _ask_supervisor(self) -> AsnError:
        return PermissionDenied(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Anda tidak dapat mengubah data ini; pertahankan nilai yang berlaku atau minta "
                "supervisor memilih.",
            )
        )


def _check_field(validate: Callable[[], None], field: str) -> None:
    """A record may already break a rule in another field (older data); settling one
    field's conflict is refused only for a problem with that field."""
    try:
        validate()
    except ValidationError as exc:
        mine = exc.field_errors.get(field)
        if mine is not None:
            raise ValidationError(field_errors={field: mine}) from exc
