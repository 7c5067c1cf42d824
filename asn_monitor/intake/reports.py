"""One row of a report import turned into case, subject and reporter fields, with problems.

Everything here is a pure function of the row and what the office already knows (today's
date, the agency list, the registry by NIP), so the preview and the commit agree exactly,
and the same row always yields the same ``import_key``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from asn_monitor.domain.models import EmploymentType, Platform, Source
from asn_monitor.domain.nip import check_pppk_number, normalize, parse_nip
from asn_monitor.domain.validation import FIELD_LABELS, validate_case, validate_reporter
from asn_monitor.errors import AsnError, NipError, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake import problems as p
from asn_monitor.intake.agencies import AgencyList
from asn_monitor.intake.agencies import agency_code_notice as _agency_code_notice
from asn_monitor.intake.columns import fold
from asn_monitor.intake.dates import parse_date
from asn_monitor.intake.problems import Problem, Severity
from asn_monitor.intake.table import RawRow
from asn_monitor.intake.urls import host_of, normalise_url

RegistryLookup = Callable[[str], dict[str, Any] | None]

_URL_SPLIT = re.compile(r"[\s;|]+")
_PLATFORM_WORDS = {
    "fb": Platform.FACEBOOK,
    "facebook": Platform.FACEBOOK,
    "ig": Platform.INSTAGRAM,
    "instagram": Platform.INSTAGRAM,
    "x": Platform.TWITTER,
    "twitter": Platform.TWITTER,
    "twitter/x": Platform.TWITTER,
    "tiktok": Platform.TIKTOK,
    "tik tok": Platform.TIKTOK,
    "wa": Platform.WHATSAPP,
    "whatsapp": Platform.WHATSAPP,
    "yt": Platform.YOUTUBE,
    "youtube": Platform.YOUTUBE,
    "web": Platform.WEBSITE,
    "website": Platform.WEBSITE,
    "situs": Platform.WEBSITE,
    "blog": Platform.WEBSITE,
    "situs/blog": Platform.WEBSITE,
    "lainnya": Platform.OTHER,
    "other": Platform.OTHER,
}
_PLATFORM_HOSTS = {
    "facebook.com": Platform.FACEBOOK,
    "instagram.com": Platform.INSTAGRAM,
    "twitter.com": Platform.TWITTER,
    "tiktok.com": Platform.TIKTOK,
    "youtube.com": Platform.YOUTUBE,
    "wa.me": Platform.WHATSAPP,
    "chat.whatsapp.com": Platform.WHATSAPP,
}
_SOURCE_WORDS = {
    "laporan_masyarakat": Source.PUBLIC_REPORT,
    "laporan masyarakat": Source.PUBLIC_REPORT,
    "masyarakat": Source.PUBLIC_REPORT,
    "public": Source.PUBLIC_REPORT,
    "public report": Source.PUBLIC_REPORT,
    "patroli": Source.PATROL,
    "patroli tim": Source.PATROL,
    "patrol": Source.PATROL,
    "portal_lain": Source.PORTAL,
    "portal lain": Source.PORTAL,
    "portal": Source.PORTAL,
}
SUMMARY_LABEL = QT_TRANSLATE_NOOP("asn_monitor", "Ringkasan (apa yang terjadi)")
NAMELESS_REPORTER = "Tanpa nama"


@dataclass(frozen=True)
class Knowledge:
    """What the office already knows, against which a row is checked."""

    today: dt.date
    agencies: AgencyList
    registry: RegistryLookup


@dataclass
class ReportRow:
    line: int
    case: dict[str, Any]
    subject: dict[str, Any] | None
    reporter: dict[str, Any] | None
    external_id: str
    import_key: str
    urls: tuple[str, ...]  # normalised, for duplicate detection
    problems: list[Problem] = field(default_factory=list)
    # The NIP as reported, even when too little else was given to record the person: it
    # still tells a repeat report (same NIP, same act date) apart.
    nip: str = ""

    @property
    def has_errors(self) -> bool:
        return any(x.severity is Severity.ERROR for x in self.problems)


def parse_platform(text: str) -> Platform | None:
    key = fold(text.strip())
    if not key:
        return None
    try:
        return Platform(key)
    except ValueError:
        return _PLATFORM_WORDS.get(key)


def platform_of_url(url: str) -> Platform | None:
    host = host_of(url)
    for known, platform in _PLATFORM_HOSTS.items():
        if host == known or host.endswith("." + known):
            return platform
    return None


def split_urls(text: str) -> list[str]:
    out = []
    for part in _URL_SPLIT.split(text or ""):
        part = part.strip().strip(",")
        if not part:
            continue
        if "://" not in part and "." in part.split("/", 1)[0]:
            part = "https://" + part  # pasted from an address bar without its scheme
        out.append(part)
    return out


def import_key(
    external_id: str,
    case: dict[str, Any],
    subject: dict[str, Any] | None,
    reporter: dict[str, Any] | None,
    urls: tuple[str, ...],
) -> str:
    """A stable hash naming the report: its web-form id when it has one, else its content.

    Only what identifies the report goes in (not the line number, not the column order),
    so exporting the same reports again, reordered, yields the same keys.
    """
    if external_id:
        material: list[Any] = ["id", external_id.strip().casefold()]
    else:
        material = [
            "content",
            " ".join((case.get("summary") or "").split()).casefold(),
            sorted(urls),
            case.get("act_date"),
            case.get("known_date"),
            case.get("received_date"),
            (case.get("account_handle") or "").lstrip("@").casefold(),
            (subject or {}).get("nip"),
            " ".join(((reporter or {}).get("name") or "").split()).casefold(),
            " ".join(((reporter or {}).get("contact") or "").split()),
        ]
    digest = hashlib.sha256(json.dumps(material, ensure_ascii=False).encode("utf-8"))
    return "r1:" + digest.hexdigest()[:40]


def parse_report(raw: RawRow, mapping: dict[str, str], knowledge: Knowledge) -> ReportRow:
    line = raw.line
    found: list[Problem] = list(raw.problems)
    v: dict[str, str] = {}
    for header, name in mapping.items():
        v[name] = (raw.values.get(header) or "").strip()

    case: dict[str, Any] = {}
    unreadable: set[str] = set()
    for name in ("act_date", "known_date", "received_date"):
        text = v.get(name, "")
        if not text:
            case[name] = None
            continue
        try:
            case[name] = parse_date(text).isoformat()
        except ValueError:
            case[name] = None
            unreadable.add(name)
            found.append(
                p.error(
                    line,
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "{field}: \u201c{value}\u201d tidak terbaca sebagai tanggal; gunakan "
                        "dd/mm/yyyy atau yyyy-mm-dd.",
                    ),
                    name,
                    field=FIELD_LABELS[name],
                    value=text,
                )
            )
    if not case["received_date"] and "received_date" not in unreadable:
        case["received_date"] = knowledge.today.isoformat()

    source_text = fold(v.get("source", ""))
    source = _SOURCE_WORDS.get(source_text) if source_text else None
    if source_text and source is None:
        found.append(
            p.warning(
                line,
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Sumber \u201c{value}\u201d tidak dikenal; dicatat sebagai laporan masyarakat.",
                ),
                "source",
                value=v.get("source", ""),
            )
        )
    portal = v.get("portal", "")
    if source is None:
        source = Source.PORTAL if portal else Source.PUBLIC_REPORT
    case["source"] = source.value
    case["portal"] = portal

    urls = split_urls(v.get("post_urls", ""))
    case["post_urls"] = urls
    platform = parse_platform(v.get("platform", ""))
    if v.get("platform") and platform is None:
        found.append(
            p.warning(
                line,
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Platform \u201c{value}\u201d tidak dikenal; dicatat \u201clainnya\u201d.",
                ),
                "platform",
                value=v.get("platform", ""),
            )
        )
        platform = Platform.OTHER
    if platform is None:
        platform = next((x for x in map(platform_of_url, urls) if x), None)
    case["platform"] = platform.value if platform else None
    case["account_handle"] = v.get("account_handle", "")
    case["candidacy_stage"] = None

    summary = v.get("summary", "")
    extra: list[str] = []
    if v.get("place"):
        extra.append(f"Tempat: {v['place']}")

    subject = _subject(line, v, knowledge, found, extra)
    reporter = _reporter(line, v, found)

    if not summary:
        found.append(
            p.error(
                line,
                QT_TRANSLATE_NOOP("asn_monitor", "{field} wajib diisi."),
                "summary",
                field=SUMMARY_LABEL,
            )
        )
    case["summary"] = "\n".join([summary, *extra]) if summary else ""

    try:
        validate_case(case, knowledge.today)
    except ValidationError as exc:
        for name, err in exc.field_errors.items():
            if name in unreadable or name == "summary":
                continue
            found.append(p.Problem(line, Severity.ERROR, err, name))

    normalised = tuple(dict.fromkeys(normalise_url(u) for u in urls))
    key = import_key(v.get("external_id", ""), case, subject, reporter, normalised)
    return ReportRow(
        line,
        case,
        subject,
        reporter,
        v.get("external_id", ""),
        key,
        normalised,
        found,
        normalize(v.get("subject.nip", "")),
    )


def _subject(
    line: int,
    v: dict[str, str],
    knowledge: Knowledge,
    found: list[Problem],
    extra: list[str],
) -> dict[str, Any] | None:
    given = {k.split(".", 1)[1]: val for k, val in v.items() if k.startswith("subject.") and val}
    if not given:
        return None
    subject: dict[str, Any] = {
        "name": given.get("name", ""),
        "employment_type": "",
        "nip": normalize(given.get("nip", "")) or None,
        "agency": given.get("agency", ""),
        "position": given.get("position", ""),
        "rank": given.get("rank", ""),
        "region": given.get("region", ""),
    }
    employment = fold(given.get("employment_type", "")).upper()
    if employment in ("PNS", "PPPK"):
        subject["employment_type"] = employment
    elif employment:
        found.append(
            p.warning(
                line,
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Jenis kepegawaian \u201c{value}\u201d tidak dikenal; dianggap PNS.",
                ),
                "subject.employment_type",
                value=given.get("employment_type", ""),
            )
        )
    nip = subject["nip"]
    if nip:
        known = knowledge.registry(nip)
        if known:
            filled = [
                k for k in ("name", "agency", "position", "rank") if not subject[k] and known.get(k)
            ]
            for k in filled:
                subject[k] = known[k]
            if not subject["employment_type"]:
                subject["employment_type"] = known.get("employment_type") or ""
            if filled:
                found.append(
                    p.notice(
                        line,
                        QT_TRANSLATE_NOOP(
                            "asn_monitor", "Data ASN dilengkapi dari daftar BKD (NIP {nip})."
                        ),
                        "subject.nip",
                        nip=nip,
                    )
                )
        subject["employment_type"] = subject["employment_type"] or EmploymentType.PNS.value
        try:
            if subject["employment_type"] == EmploymentType.PPPK.value:
                check_pppk_number(nip)
            else:
                parse_nip(nip, knowledge.today)
        except NipError as exc:
            found.append(
                p.Problem(
                    line,
                    Severity.ERROR,
                    AsnError(
                        QT_TRANSLATE_NOOP("asn_monitor", "NIP {nip}: {reason}"),
                        nip=nip,
                        reason=exc.message(),
                    ),
                    "subject.nip",
                )
            )
    subject["employment_type"] = subject["employment_type"] or EmploymentType.PNS.value
    agency = subject["agency"]
    if agency:
        canonical = knowledge.agencies.canonical(agency)
        if canonical:
            subject["agency"] = canonical
            if fold(canonical) != fold(agency):
                found.append(_agency_code_notice(line, agency, canonical, "subject.agency"))
        elif not knowledge.agencies.known(agency):
            suggestion = knowledge.agencies.suggest(agency)
            if suggestion:
                found.append(
                    p.warning(
                        line,
                        QT_TRANSLATE_NOOP(
                            "asn_monitor",
                            "Instansi \u201c{agency}\u201d tidak ada di daftar OPD maupun daftar "
                            "ASN; mungkin maksudnya \u201c{suggestion}\u201d.",
                        ),
                        "subject.agency",
                        agency=agency,
                        suggestion=suggestion,
                    )
                )
            else:
                found.append(
                    p.warning(
                        line,
                        QT_TRANSLATE_NOOP(
                            "asn_monitor",
                            "Instansi \u201c{agency}\u201d tidak ada di daftar OPD maupun daftar "
                            "ASN; periksa ejaannya.",
                        ),
                        "subject.agency",
                        agency=agency,
                    )
                )
    if not subject["name"] or not subject["agency"]:
        # Too little to make a record of the person; keep what the reporter said in the
        # case so the monitor can identify them during verification.
        said = ", ".join(f"{k}: {val}" for k, val in given.items())
        extra.append(f"Terlapor menurut pelapor: {said}")
        found.append(
            p.warning(
                line,
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Data ASN terlapor belum lengkap (nama dan instansi); dicatat di ringkasan "
                    "untuk dilengkapi saat verifikasi.",
                ),
                "subject.name",
            )
        )
        return None
    return subject


def _reporter(line: int, v: dict[str, str], found: list[Problem]) -> dict[str, Any] | None:
    given = {k.split(".", 1)[1]: val for k, val in v.items() if k.startswith("reporter.") and val}
    if not given:
        return None
    reporter = {
        "name": given.get("name", ""),
        "contact": given.get("contact", ""),
        "nik": given.get("nik", ""),
    }
    if not reporter["name"]:
        reporter["name"] = NAMELESS_REPORTER
        found.append(
            p.warning(
                line,
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Pelapor tanpa nama; dicatat sebagai \u201cTanpa nama\u201d."
                ),
                "reporter.name",
            )
        )
    try:
        validate_reporter(reporter)
    except ValidationError as exc:
        for name, err in exc.field_errors.items():
            found.append(p.Problem(line, Severity.ERROR, err, f"reporter.{name}"))
    return reporter
