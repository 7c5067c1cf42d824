"""From the services to a printable document: what the windows and the ``print`` command share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from asn_monitor.domain.models import User
from asn_monitor.domain.roles import Role
from asn_monitor.reports.case_summary import CaseSummary, CaseSummaryService
from asn_monitor.reports.letter import LetterFacts, load_template, require_referral
from asn_monitor.reports.letterhead import Letterhead, LetterheadService
from asn_monitor.services.annotations import AnnotationService
from asn_monitor.services.referral import ReferralDraft
from asn_monitor.services.settings import SettingsService
from asn_monitor.store.database import Database
from asn_monitor.sync.evidence import EvidenceStore
from ui.printing.case_summary_doc import CaseSummaryDocument
from ui.printing.letter_doc import ReferralLetterDocument
from ui.printing.pictures import printed_picture
from ui.printing.words import Words


@dataclass
class PrintSources:
    """Who prints, from which replica and evidence store, in which language."""

    database: Database
    actor: User
    store: EvidenceStore
    language: str = "id"
    now: Callable[[], dt.datetime] = field(default=dt.datetime.now)

    def letterhead(self) -> Letterhead:
        return LetterheadService(self.database, self.actor).letterhead()

    def summaries(self) -> CaseSummaryService:
        return CaseSummaryService(self.database, self.actor, self.store)


def summary_document(
    sources: PrintSources, summary: CaseSummary, language: str | None = None
) -> CaseSummaryDocument:
    """The summary with its pictures made: each image's rendition, recorded on the item
    when the printing user may record one (an admin may not)."""
    annotations = (
        AnnotationService(sources.database, sources.actor)
        if sources.actor.role is not Role.ADMIN
        else None
    )
    language = language or sources.language
    words = Words(language)
    pictures = [
        printed_picture(entry, annotations, sources.store, words) for entry in summary.evidence
    ]
    return CaseSummaryDocument(
        summary, pictures, sources.letterhead(), sources.actor.display_name, sources.now(), language
    )


def case_summary_document(
    sources: PrintSources, *, case_id: str | None = None, number: str | None = None
) -> CaseSummaryDocument:
    service = sources.summaries()
    summary = service.build(case_id) if case_id else service.by_number(number or "")
    return summary_document(sources, summary)


def letter_document(
    sources: PrintSources,
    *,
    case_id: str | None = None,
    number: str | None = None,
    draft: ReferralDraft | None = None,
) -> ReferralLetterDocument:
    """The referral letter of a referred case, or of ``draft`` (a preview while the
    supervisor fills in the referral: marked KONSEP)."""
    service = sources.summaries()
    summary = service.build(case_id) if case_id else service.by_number(number or "")
    facts = (
        LetterFacts.draft(draft) if draft is not None else LetterFacts.of(require_referral(summary))
    )
    template = load_template()
    office = SettingsService(sources.database, sources.actor).office_name()
    return ReferralLetterDocument(
        summary_document(sources, summary, "id"), facts, template, sources.letterhead(), office
    )
