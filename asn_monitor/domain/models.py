"""Plain typed records of the domain. Storage maps rows to these; the UI displays them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.roles import Role
from asn_monitor.i18n import QT_TRANSLATE_NOOP


class LabelledEnum(str, Enum):
    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, value: str | None) -> LabelledEnum | None:
        return cls(value) if value else None


class Source(LabelledEnum):
    PUBLIC_REPORT = "laporan_masyarakat"
    PATROL = "patroli"
    PORTAL = "portal_lain"


class Platform(LabelledEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    TWITTER = "twitter"
    TIKTOK = "tiktok"
    WHATSAPP = "whatsapp"
    YOUTUBE = "youtube"
    WEBSITE = "website"
    OTHER = "lainnya"


class EvidenceSource(LabelledEnum):
    """Who brought a piece of evidence in."""

    MONITOR = "monitor"  # a monitor's own screenshot or download
    REPORTER = "reporter"  # sent by the person who reported the case
    URL = "url"  # fetched by the app from a link


class EmploymentType(LabelledEnum):
    PNS = "PNS"
    PPPK = "PPPK"


class CandidacyStage(LabelledEnum):
    """Stage of the election at the act's date; it decides ethics vs discipline."""

    BEFORE_DESIGNATION = "bakal_calon"
    DESIGNATED = "calon_ditetapkan"
    CAMPAIGN = "kampanye"
    QUIET = "masa_tenang"
    AFTER_VOTING = "setelah_pemungutan"
    OUTSIDE = "di_luar_tahapan"


_LABELS: dict[Enum, str] = {
    Source.PUBLIC_REPORT: QT_TRANSLATE_NOOP("asn_monitor", "Laporan masyarakat"),
    Source.PATROL: QT_TRANSLATE_NOOP("asn_monitor", "Patroli tim"),
    Source.PORTAL: QT_TRANSLATE_NOOP("asn_monitor", "Portal lain"),
    Platform.FACEBOOK: "Facebook",
    Platform.INSTAGRAM: "Instagram",
    Platform.TWITTER: "Twitter/X",
    Platform.TIKTOK: "TikTok",
    Platform.WHATSAPP: "WhatsApp",
    Platform.YOUTUBE: "YouTube",
    Platform.WEBSITE: QT_TRANSLATE_NOOP("asn_monitor", "Situs/blog"),
    Platform.OTHER: QT_TRANSLATE_NOOP("asn_monitor", "Lainnya"),
    EvidenceSource.MONITOR: QT_TRANSLATE_NOOP("asn_monitor", "Pemantau"),
    EvidenceSource.REPORTER: QT_TRANSLATE_NOOP("asn_monitor", "Pelapor"),
    EvidenceSource.URL: QT_TRANSLATE_NOOP("asn_monitor", "Tautan (URL)"),
    EmploymentType.PNS: "PNS",
    EmploymentType.PPPK: "PPPK",
    CandidacyStage.BEFORE_DESIGNATION: QT_TRANSLATE_NOOP(
        "asn_monitor", "Bakal calon (sebelum penetapan)"
    ),
    CandidacyStage.DESIGNATED: QT_TRANSLATE_NOOP("asn_monitor", "Calon ditetapkan"),
    CandidacyStage.CAMPAIGN: QT_TRANSLATE_NOOP("asn_monitor", "Masa kampanye"),
    CandidacyStage.QUIET: QT_TRANSLATE_NOOP("asn_monitor", "Masa tenang"),
    CandidacyStage.AFTER_VOTING: QT_TRANSLATE_NOOP("asn_monitor", "Setelah pemungutan suara"),
    CandidacyStage.OUTSIDE: QT_TRANSLATE_NOOP("asn_monitor", "Di luar tahapan pemilihan"),
}


@dataclass(frozen=True)
class User:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool = True
    version: int = 1


@dataclass(frozen=True)
class SocialAccount:
    id: str
    subject_id: str
    platform: Platform
    handle: str
    version: int = 1


@dataclass(frozen=True)
class Subject:
    """The civil servant a case is about."""

    id: str
    name: str
    employment_type: EmploymentType
    nip: str | None
    agency: str
    position: str = ""
    rank: str = ""
    region: str = ""
    version: int = 1
    accounts: tuple[SocialAccount, ...] = ()


@dataclass(frozen=True)
class Reporter:
    """Who reported the case. Confidential: only a supervisor may read it."""

    id: str
    name: str
    contact: str = ""
    nik: str | None = None
    version: int = 1


@dataclass(frozen=True)
class Case:
    id: str
    number: str
    number_final: bool
    status: Status
    source: Source
    platform: Platform | None
    post_urls: tuple[str, ...]
    account_handle: str
    act_date: dt.date | None
    known_date: dt.date | None
    received_date: dt.date
    candidacy_stage: CandidacyStage | None
    summary: str
    subject_id: str | None
    reporter_id: str | None
    assignee_id: str | None
    submitted_by: str | None
    created_by: str
    created_at: str
    updated_at: str
    version: int
    portal: str = ""
    has_reporter: bool = False


@dataclass(frozen=True)
class EvidenceItem:
    """A piece of evidence registered on a case, with where it came from and what it is.

    ``kind`` is ``image`` (shown in the viewer), ``document`` (a PDF or saved HTML file),
    ``page`` (HTML fetched from a URL) or ``file`` (added before intake checks existed).
    ``http_headers`` are the server's own headers as captured (URL items only);
    ``intake_note`` is what the intake noticed (mislabelled, animated, redirects), in
    Indonesian, as it was told to the person who added the item.
    """

    id: str
    case_id: str
    kind: str
    description: str
    sha256: str | None
    filename: str | None
    captured_at: str | None
    captured_by: str
    version: int = 1
    source: str = ""
    source_url: str | None = None
    final_url: str | None = None
    http_status: int | None = None
    content_type: str | None = None
    http_headers: dict[str, str] = field(default_factory=dict)
    retrieved_at: str | None = None
    platform: str | None = None
    account: str = ""
    posted_at: str | None = None
    media_type: str | None = None
    width: int | None = None
    height: int | None = None
    size: int | None = None
    intake_note: str = ""
    created_at: str = ""

    @property
    def is_image(self) -> bool:
        return self.kind == "image"


@dataclass(frozen=True)
class Rendition:
    """A flattened PNG of an evidence item with its annotations and redactions burned in.

    ``source_sha256`` is the original it was made from and ``annotations_digest`` the
    annotations it shows: when either no longer matches, the rendition is stale.
    """

    id: str
    evidence_id: str
    sha256: str
    source_sha256: str
    annotations_digest: str
    width: int
    height: int
    created_by: str
    created_at: str
    version: int = 1


@dataclass(frozen=True)
class Note:
    id: str
    case_id: str
    kind: str  # "catatan" (working note), "alasan" (reason given with a transition)
    body: str
    author_id: str
    author_name: str
    created_at: str
    version: int = 1


@dataclass(frozen=True)
class TimelineStep:
    """One step of a case's life: when, who, into which status, and the reason given."""

    at: str
    user_name: str
    status: Status
    reason: str


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    user_name: str
    entity: str
    entity_id: str
    op: str
    field: str
    old_value: object
    new_value: object
