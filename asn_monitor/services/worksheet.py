"""The sanction worksheet of a case: the acts found, the factors, the recommendation the
catalogue gives, and the monitor's proposal with its justification.

The recommendation is computed, never stored as the truth: what is kept is what people
entered (acts with their evidence, factors, the proposal) plus a summary of the last
computation for lists and reports. Facts the office already holds (earlier cases of the
same NIP) are counted here rather than typed in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from asn_monitor.domain.lifecycle import SIGNED, Status
from asn_monitor.domain.models import Case, EmploymentType, User
from asn_monitor.domain.roles import Permission, Role
from asn_monitor.errors import AsnError, PermissionDenied, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.services.cases import CaseService, require_editable
from asn_monitor.services.catalogue import CatalogueService
from asn_monitor.store.database import Database, new_id
from asn_monitor.worksheet import Catalogue, Level, Recommendation, SanctionOption, recommend

# Factors the worksheet counts from the office's own records (shown, not typed).
AUTO_FACTORS = ("prior_cases", "prior_sanctions")
# A case counts as an earlier violation once a supervisor signed it; as a sanction once
# the PPK's action is on record.
_SIGNED = (Status.DISETUJUI, Status.DITERUSKAN, Status.DITINDAKLANJUTI, Status.SELESAI)
_SANCTIONED = (Status.DITINDAKLANJUTI, Status.SELESAI)


@dataclass(frozen=True)
class WorksheetAct:
    act: str
    evidence_ids: tuple[str, ...] = ()
    annotation_ids: tuple[str, ...] = ()
    detail: str = ""
    id: str | None = None
    version: int = 0


@dataclass(frozen=True)
class Worksheet:
    case_id: str
    version: int = 0  # 0: nothing saved yet
    acts: tuple[WorksheetAct, ...] = ()
    factors: Mapping[str, Any] = field(default_factory=dict)
    choices: Mapping[str, str] = field(default_factory=dict)
    proposed_level: Level | None = None
    proposed_option: str | None = None
    justification: str = ""
    level_reason: str = ""
    computed_level: Level | None = None
    regime: str | None = None
    catalogue_version: str | None = None
    prepared_by: str | None = None


@dataclass(frozen=True)
class HistoryCase:
    case_id: str
    number: str
    status: Status
    act_date: str | None
    level: Level | None
    proposed_option: str | None


class WorksheetService(Service):
    def __init__(self, database: Database, actor: User) -> None:
        super().__init__(database, actor)
        self.cases = CaseService(database, actor)
        self.catalogues = CatalogueService(database, actor)
        self._catalogue: Catalogue | None = None

    # -- reading ----------------------------------------------------------------------

    def get(self, case_id: str) -> Worksheet:
        self.require(Permission.READ_CASES)
        row = self.db.query_one("SELECT * FROM worksheets WHERE case_id = ?", (case_id,))
        acts = tuple(
            WorksheetAct(
                act=r["act"],
                evidence_ids=tuple(json.loads(r["evidence_ids"])),
                annotation_ids=tuple(json.loads(r["annotation_ids"])),
                detail=r["detail"],
                id=r["id"],
                version=r["version"],
            )
            for r in self.db.query(
                "SELECT * FROM worksheet_acts WHERE case_id = ? ORDER BY created_at, id",
                (case_id,),
            )
        )
        if row is None:
            return Worksheet(case_id, acts=acts)
        return Worksheet(
            case_id=case_id,
            version=row["version"],
            acts=acts,
            factors=json.loads(row["factors"]),
            choices=json.loads(row["choices"]),
            proposed_level=Level(row["proposed_level"]) if row["proposed_level"] else None,
            proposed_option=row["proposed_option"],
            justification=row["justification"],
            level_reason=row["level_reason"],
            computed_level=Level(row["computed_level"]) if row["computed_level"] else None,
            regime=row["regime"],
            catalogue_version=row["catalogue_version"],
            prepared_by=row["prepared_by"],
        )

    def catalogue(self) -> Catalogue:
        # Read once per service: recommend, options and save all ask for it, and a window
        # keeps one service per case shown (a correction applies from the next case).
        if self._catalogue is None:
            self._catalogue = self.catalogues.current()
        return self._catalogue

    def auto_factors(self, case: Case) -> dict[str, int]:
        """Earlier signed cases and recorded sanctions of the same civil servant (by NIP,
        whichever record of the person they were filed under)."""
        nip = None
        if case.subject_id:
            nip = self.db.scalar("SELECT nip FROM subjects WHERE id = ?", (case.subject_id,))
        if not nip:
            return {code: 0 for code in AUTO_FACTORS}
        rows = self.db.query(
            "SELECT c.status FROM cases c JOIN subjects s ON s.id = c.subject_id "
            "WHERE s.nip = ? AND c.id != ? AND (c.act_date IS NULL OR ? IS NULL OR "
            "c.act_date <= ?)",
            (nip, case.id, _iso(case.act_date), _iso(case.act_date)),
        )
        statuses = [Status(r["status"]) for r in rows]
        return {
            "prior_cases": sum(1 for s in statuses if s in _SIGNED),
            "prior_sanctions": sum(1 for s in statuses if s in _SANCTIONED),
        }

    def recommendation(
        self,
        case_id: str,
        *,
        acts: Sequence[str] | None = None,
        factors: Mapping[str, Any] | None = None,
        choices: Mapping[str, str] | None = None,
    ) -> Recommendation:
        """What the catalogue gives for the case as stored, or for a draft's acts,
        factors and choices. Raises ValidationError naming what is missing."""
        case = self.cases.get(case_id)
        sheet = self.get(case_id)
        employment = None
        if case.subject_id:
            employment = self.db.scalar(
                "SELECT employment_type FROM subjects WHERE id = ?", (case.subject_id,)
            )
        chosen_acts = list(acts) if acts is not None else [a.act for a in sheet.acts]
        given = dict(sheet.factors if factors is None else factors)
        given.update(self.auto_factors(case))
        return recommend(
            case.act_date,
            case.candidacy_stage,
            employment,
            chosen_acts,
            given,
            catalogue=self.catalogue(),
            choices=dict(sheet.choices if choices is None else choices),
            today=self.today(),
        )

    def marks(self, case_id: str) -> dict[str, list[dict[str, Any]]]:
        """The shapes drawn on each evidence item of the case (id, kind, number, text,
        who), for linking an act to the very mark that shows it. Read straight from the
        table: the worksheet never edits annotations."""
        rows = self.db.query(
            "SELECT a.id, a.evidence_id, a.kind, a.number, a.text, "
            "coalesce(u.display_name, '') AS author FROM annotations a "
            "JOIN evidence e ON e.id = a.evidence_id LEFT JOIN users u ON u.id = a.created_by "
            "WHERE e.case_id = ? AND a.kind != 'redaction' ORDER BY a.evidence_id, a.z",
            (case_id,),
        )
        out: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            out.setdefault(row["evidence_id"], []).append(row)
        return out

    def options_for(self, case_id: str, level: Level) -> tuple[SanctionOption, ...]:
        """The sanctions the regime in force on the act date allows at ``level`` (for a
        proposal at another level than computed, or an act the catalogue does not cover)."""
        case = self.cases.get(case_id)
        catalogue = self.catalogue()
        regime = catalogue.regime_on(case.act_date) if case.act_date else None
        if regime is None:
            return ()
        employment = EmploymentType.PNS
        if case.subject_id:
            value = self.db.scalar(
                "SELECT employment_type FROM subjects WHERE id = ?", (case.subject_id,)
            )
            employment = EmploymentType(value) if value else employment
        regulation = regime.regulations.get(level.category)
        menu = catalogue.menu(regulation, level, employment) if regulation else None
        return menu.options if menu else ()

    def history(self, case_id: str) -> list[HistoryCase]:
        """Other cases of the same NIP, newest act first, with their worksheet result."""
        case = self.cases.get(case_id)
        if not case.subject_id:
            return []
        nip = self.db.scalar("SELECT nip FROM subjects WHERE id = ?", (case.subject_id,))
        rows = self.db.query(
            "SELECT c.id, c.number, c.status, c.act_date, w.computed_level, w.proposed_level, "
            "w.proposed_option FROM cases c JOIN subjects s ON s.id = c.subject_id "
            "LEFT JOIN worksheets w ON w.case_id = c.id "
            "WHERE c.id != ? AND (c.subject_id = ? OR (s.nip IS NOT NULL AND s.nip = ?)) "
            "ORDER BY c.act_date DESC, c.number DESC",
            (case.id, case.subject_id, nip),
        )
        return [
            HistoryCase(
                r["id"],
                r["number"],
                Status(r["status"]),
                r["act_date"],
                _level(r["proposed_level"] or r["computed_level"]),
                r["proposed_option"],
            )
            for r in rows
        ]

    # -- writing ----------------------------------------------------------------------

    def save(
        self,
        case_id: str,
        version: int,
        *,
        acts: Sequence[WorksheetAct],
        factors: Mapping[str, Any],
        choices: Mapping[str, str] | None = None,
        proposed_level: Level | None = None,
        proposed_option: str | None = None,
        justification: str = "",
        level_reason: str = "",
    ) -> Worksheet:
        """Save the whole worksheet (acts included) in one transaction."""
        self.require(Permission.EDIT_CASE)
        case = self.cases.get(case_id)
        if case.status in SIGNED:
            require_editable(self.cases, case)  # says that approval locked it
        if not self.cases.may_edit(case):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Lembar sanksi kasus berstatus \u201c{status}\u201d tidak dapat Anda ubah.",
                ),
                status=case.status.label,
            )
        current = self.get(case_id)
        choices = dict(current.choices if choices is None else choices)
        if choices != dict(current.choices) and self.actor.role is not Role.SUPERVISOR:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Hanya supervisor yang memilih butir katalog yang bertentangan.",
                )
            )
        catalogue = self.catalogue()
        self._check_input(catalogue, acts, factors, proposed_option)
        manual = {k: v for k, v in factors.items() if k not in AUTO_FACTORS}
        try:
            result: Recommendation | None = self.recommendation(
                case_id, acts=[a.act for a in acts], factors=manual, choices=choices
            )
        except ValidationError:
            result = None  # incomplete is fine while drafting; the review check says what
        fields = {
            "factors": json.dumps(manual, sort_keys=True),
            "choices": json.dumps(choices, sort_keys=True),
            "proposed_level": proposed_level.value if proposed_level else None,
            "proposed_option": proposed_option or None,
            "justification": justification.strip(),
            "level_reason": level_reason.strip(),
            "computed_category": result.category.value if result and result.category else None,
            "computed_level": result.level.value if result and result.level else None,
            "regime": result.regime.code if result else None,
            "catalogue_version": str(catalogue.version),
            "prepared_by": self.actor.id,
        }
        with self.db.transaction(self.actor.id) as tx:
            if current.version == 0 and not self.db.scalar(
                "SELECT 1 FROM worksheets WHERE case_id = ?", (case_id,)
            ):
                tx.insert("worksheet", {"id": case_id, "case_id": case_id, **fields})
            else:
                tx.update("worksheet", case_id, version, fields)
            self._write_acts(tx, case_id, current.acts, acts)
        return self.get(case_id)

    def _write_acts(
        self,
        tx: Any,
        case_id: str,
        before: Sequence[WorksheetAct],
        after: Sequence[WorksheetAct],
    ) -> None:
        old = {a.act: a for a in before}
        new = {a.act: a for a in after}
        for code, act in new.items():
            values = {
                "detail": act.detail.strip(),
                "evidence_ids": json.dumps(list(dict.fromkeys(act.evidence_ids))),
                "annotation_ids": json.dumps(list(dict.fromkeys(act.annotation_ids))),
            }
            if code in old and old[code].id:
                tx.update("worksheet_act", old[code].id, old[code].version, values)
            else:
                tx.insert(
                    "worksheet_act", {"id": new_id(), "case_id": case_id, "act": code, **values}
                )
        for code, act in old.items():
            if code not in new and act.id:
                tx.delete("worksheet_act", act.id, act.version)

    def _check_input(
        self,
        catalogue: Catalogue,
        acts: Sequence[WorksheetAct],
        factors: Mapping[str, Any],
        proposed_option: str | None,
    ) -> None:
        unknown = [a.act for a in acts if a.act not in catalogue.acts]
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Perbuatan tidak dikenal katalog: {codes}."),
                codes=", ".join(unknown),
            )
        bad = [k for k in factors if k not in catalogue.factors]
        if bad:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Faktor tidak dikenal katalog: {codes}."),
                codes=", ".join(bad),
            )
        if proposed_option and proposed_option not in catalogue.sanctions:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Pilihan sanksi {code} tidak ada di katalog."),
                code=proposed_option,
            )

    # -- the check before review ----------------------------------------------------------

    def problems(self, case: Case) -> list[str]:
        """What still keeps the worksheet from review, as marked message templates."""
        sheet = self.get(case.id)
        missing: list[str] = []
        if not sheet.acts:
            missing.append(QT_TRANSLATE_NOOP("asn_monitor", "lembar sanksi belum memuat perbuatan"))
        if any(not a.evidence_ids for a in sheet.acts):
            missing.append(
                QT_TRANSLATE_NOOP("asn_monitor", "ada perbuatan yang belum dikaitkan dengan bukti")
            )
        known = {
            r["id"] for r in self.db.query("SELECT id FROM evidence WHERE case_id = ?", (case.id,))
        }
        if any(set(a.evidence_ids) - known for a in sheet.acts):
            missing.append(
                QT_TRANSLATE_NOOP("asn_monitor", "ada bukti terkait yang sudah tidak ada")
            )
        if not case.candidacy_stage:
            missing.append(QT_TRANSLATE_NOOP("asn_monitor", "tahapan pencalonan belum diisi"))
        result = None
        if sheet.acts:
            try:
                result = self.recommendation(case.id)
            except ValidationError:
                missing.append(QT_TRANSLATE_NOOP("asn_monitor", "rekomendasi belum dapat dihitung"))
            except AsnError:
                missing.append(QT_TRANSLATE_NOOP("asn_monitor", "katalog tidak dapat dibaca"))
        if not sheet.proposed_option:
            missing.append(QT_TRANSLATE_NOOP("asn_monitor", "usulan sanksi belum dipilih"))
        if not sheet.justification:
            missing.append(QT_TRANSLATE_NOOP("asn_monitor", "alasan usulan belum ditulis"))
        level = sheet.proposed_level or (result.level if result else None)
        # An unsettled conflict leaves the level open: the supervisor chooses in review.
        if (
            result is not None
            and result.level is not None
            and level != result.level
            and not sheet.level_reason
        ):
            missing.append(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "tingkat berbeda dari hasil hitungan tanpa alasan tertulis"
                )
            )
        return missing


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _level(value: str | None) -> Level | None:
    return Level(value) if value else None
