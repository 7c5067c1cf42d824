"""What a printed case summary (Ringkasan Kasus) says, gathered without Qt.

The summary never carries the reporter: :class:`CaseSummary` has no field for them, and
nothing here reads the reporter tables, so no printout can show who reported a case.
Pictures are printed only as renditions with every redaction burned in (``ui.printing``);
this module hands over the original file and its shapes for that, never a picture alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from asn_monitor.annotations.shapes import Shape, ShapeKind
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case, EvidenceItem, Rendition, Subject, TimelineStep, User
from asn_monitor.errors import AsnError, NotFound
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.annotations import AnnotationService, shapes_digest
from asn_monitor.services.base import Service
from asn_monitor.services.cases import CaseService
from asn_monitor.services.evidence import EvidenceService
from asn_monitor.services.referral import Referral, ReferralService
from asn_monitor.services.review import Decision, Review, ReviewService
from asn_monitor.services.worksheet import Worksheet, WorksheetService
from asn_monitor.store.database import Database
from asn_monitor.sync.evidence import EvidenceStore
from asn_monitor.worksheet import Catalogue, Recommendation

TIMELINE_STEPS = 12  # the latest steps printed; the full history stays in the app


@dataclass(frozen=True)
class Message:
    """A marked message template and its values, translated where it is shown."""

    template: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, translate: object = None) -> str:
        template = translate(self.template) if callable(translate) else self.template
        return template.format(**dict(self.params))


@dataclass(frozen=True)
class EvidenceEntry:
    item: EvidenceItem
    number: int  # "Bukti 2" as printed
    captured_by: str
    shapes: tuple[Shape, ...]
    original: Path | None  # the file on this PC, checked against its hash
    rendition: Rendition | None  # the stored rendition of the item as annotated now
    rendition_file: Path | None
    problem: Message | None  # why the picture cannot be printed

    @property
    def is_image(self) -> bool:
        return self.item.kind == "image"

    @property
    def redactions(self) -> int:
        return sum(1 for s in self.shapes if s.kind is ShapeKind.REDACTION)


@dataclass(frozen=True)
class CaseSummary:
    case: Case
    subject: Subject | None
    holder: str
    submitted_by: str
    evidence: tuple[EvidenceEntry, ...]
    worksheet: Worksheet
    recommendation: Recommendation | None
    catalogue: Catalogue | None
    reviews: tuple[Review, ...]
    referral: Referral | None
    timeline: tuple[TimelineStep, ...]
    timeline_left_out: int
    missing: tuple[Message, ...]

    @property
    def decision(self) -> Review | None:
        """The latest review decision, which is what the case stands on."""
        return self.reviews[-1] if self.reviews else None


def _message(template: str, **params: object) -> Message:
    return Message(template, tuple((k, str(v)) for k, v in params.items()))


class CaseSummaryService(Service):
    def __init__(self, database: Database, actor: User, store: EvidenceStore) -> None:
        super().__init__(database, actor)
        self.store = store
        self.cases = CaseService(database, actor)

    def by_number(self, number: str) -> CaseSummary:
        """The summary of the case numbered ``number`` (as printed, any letter case)."""
        row = self.db.query_one(
            "SELECT id FROM cases WHERE number = ? COLLATE NOCASE", (number.strip(),)
        )
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Kasus dengan nomor {number} tidak ditemukan."),
                number=number.strip(),
            )
        return self.build(row["id"])

    def build(self, case_id: str) -> CaseSummary:
        case = self.cases.get(case_id)
        names = {
            r["id"]: r["display_name"] for r in self.db.query("SELECT id, display_name FROM users")
        }
        subject = self.cases.subject(case.subject_id) if case.subject_id else None
        missing: list[Message] = []
        if not case.number_final:
            missing.append(
                _message(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "nomor kasus masih sementara (nomor tetap diberikan saat tersinkron "
                        "dengan folder bersama)",
                    )
                )
            )
        if subject is None:
            missing.append(
                _message(QT_TRANSLATE_NOOP("asn_monitor", "ASN terlapor belum dikenali"))
            )
        evidence = self._evidence(case, names, missing)
        sheets = WorksheetService(self.db, self.actor)
        sheet = sheets.get(case.id)
        result: Recommendation | None = None
        catalogue: Catalogue | None = None
        try:
            catalogue = sheets.catalogue()
        except AsnError:
            missing.append(_message(QT_TRANSLATE_NOOP("asn_monitor", "katalog tidak dapat dibaca")))
        if sheet.version == 0 and not sheet.acts:
            missing.append(_message(QT_TRANSLATE_NOOP("asn_monitor", "lembar sanksi belum diisi")))
        else:
            missing += [_message(p) for p in sheets.problems(case)]
            if sheet.acts:
                try:
                    result = sheets.recommendation(case.id)
                except AsnError:
                    result = None
        reviews = tuple(ReviewService(self.db, self.actor).reviews(case.id))
        if not reviews and case.status in (
            Status.MASUK,
            Status.DIVERIFIKASI,
            Status.DINILAI,
            Status.DIKEMBALIKAN,
        ):
            missing.append(_message(QT_TRANSLATE_NOOP("asn_monitor", "belum ada keputusan review")))
        referral = ReferralService(self.db, self.actor).get(case.id)
        steps = self.cases.timeline(case.id)
        shown = tuple(steps[-TIMELINE_STEPS:])
        return CaseSummary(
            case=case,
            subject=subject,
            holder=names.get(case.assignee_id or "", ""),
            submitted_by=names.get(case.submitted_by or "", ""),
            evidence=evidence,
            worksheet=sheet,
            recommendation=result,
            catalogue=catalogue,
            reviews=reviews,
            referral=referral,
            timeline=shown,
            timeline_left_out=len(steps) - len(shown),
            missing=tuple(missing),
        )

    def _evidence(
        self, case: Case, names: dict[str, str], missing: list[Message]
    ) -> tuple[EvidenceEntry, ...]:
        items = EvidenceService(self.db, self.actor, self.store).list(case.id)
        if not items:
            missing.append(_message(QT_TRANSLATE_NOOP("asn_monitor", "belum ada bukti")))
        annotations = AnnotationService(self.db, self.actor)
        out = []
        for number, item in enumerate(items, start=1):
            shapes: tuple[Shape, ...] = ()
            original = rendition_file = None
            rendition = None
            problem: Message | None = None
            if item.kind == "image":
                shapes = tuple(annotations.load(item.id).shapes)
                # The rendition of exactly these shapes: one recorded while a colleague's
                # new redaction was arriving by sync must not pass for the current one.
                rendition = annotations.rendition(item.id, shapes_digest(shapes))
                if rendition is not None:
                    try:
                        rendition_file = self.store.open_path(rendition.sha256)
                    except AsnError:
                        rendition_file = None  # made again from the original below
                try:
                    if not item.sha256:
                        raise NotFound(QT_TRANSLATE_NOOP("asn_monitor", "berkas tidak tercatat"))
                    original = self.store.open_path(item.sha256)
                except AsnError as exc:
                    if rendition_file is None:
                        problem = _message(
                            QT_TRANSLATE_NOOP(
                                "asn_monitor", "Berkas bukti belum ada di komputer ini: {detail}"
                            ),
                            detail=exc.message(),
                        )
                        missing.append(
                            _message(
                                QT_TRANSLATE_NOOP(
                                    "asn_monitor", "gambar bukti {n} tidak dapat dicetak"
                                ),
                                n=number,
                            )
                        )
            out.append(
                EvidenceEntry(
                    item=item,
                    number=number,
                    captured_by=names.get(item.captured_by, item.captured_by),
                    shapes=shapes,
                    original=original,
                    rendition=rendition,
                    rendition_file=rendition_file,
                    problem=problem,
                )
            )
        return tuple(out)


def approval(summary: CaseSummary) -> Review | None:
    """The approval the case stands on, if its latest decision is one."""
    decision = summary.decision
    return decision if decision is not None and decision.decision is Decision.APPROVE else None
