"""The referral letter's words: the office's template (``resources/print/surat_penerusan.json``)
filled from a case summary and its referral.

The letter is an Indonesian official document, so its values are Indonesian whatever the
user's language. The reporter's identity is not among the values: a template that asks for
it names a placeholder that does not exist and is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.paths import resource_path
from asn_monitor.reports.case_summary import CaseSummary
from asn_monitor.services.referral import Referral, ReferralDraft

PLACEHOLDERS = frozenset(
    {
        "nomor_surat",
        "tanggal_surat",
        "tempat",
        "kantor",
        "nomor_kasus",
        "nama",
        "nip",
        "pangkat",
        "jabatan",
        "instansi",
        "platform",
        "akun",
        "tautan",
        "tanggal_perbuatan",
        "perbuatan",
        "kategori",
        "tingkat",
        "sanksi",
        "aturan",
        "dasar_hukum",
        "tujuan",
        "tempat_tujuan",
        "ppk_nama",
        "ppk_jabatan",
        "batas_tindak_lanjut",
        "jumlah_bukti",
    }
)
EMPTY = "—"


class LetterNotReady(AsnError):
    """The case has no referral to print a letter for."""

    exit_code = 9


@dataclass(frozen=True)
class LetterTemplate:
    nature: str
    subject: str
    attachment: str
    salutation: str
    opening: tuple[str, ...]
    identity: tuple[tuple[str, str], ...]
    body: tuple[str, ...]
    closing: str
    copies: tuple[str, ...]

    def texts(self) -> list[str]:
        out = [self.nature, self.subject, self.attachment, self.salutation, self.closing]
        out += [*self.opening, *self.body, *self.copies]
        out += [value for pair in self.identity for value in pair]
        return out


@dataclass(frozen=True)
class LetterFacts:
    """What the letter says about its own sending: from a referral, or from a draft the
    supervisor is still filling in (then the number may not be known yet)."""

    number: str
    date: dt.date
    addressee: str
    addressee_place: str
    ppk_name: str
    ppk_title: str
    followup_due: dt.date
    # False: a draft, or a letter whose number the hub has not confirmed yet (sent while
    # the shared folder was out of reach); either is printed as KONSEP.
    final: bool

    @classmethod
    def of(cls, referral: Referral) -> LetterFacts:
        return cls(
            referral.letter_number,
            referral.letter_date,
            referral.addressee,
            referral.addressee_place,
            referral.ppk_name,
            referral.ppk_title,
            referral.followup_due,
            final=referral.letter_number_final,
        )

    @classmethod
    def draft(cls, draft: ReferralDraft) -> LetterFacts:
        return cls(
            draft.letter_number,
            draft.letter_date,
            draft.addressee,
            draft.addressee_place,
            draft.ppk_name,
            draft.ppk_title,
            draft.followup_due,
            final=False,
        )


def _template_error(path: Path, detail: str) -> AsnError:
    return AsnError(
        QT_TRANSLATE_NOOP("asn_monitor", "Templat surat {path} tidak dapat dipakai: {detail}"),
        path=str(path),
        detail=detail,
    )


def load_template(path: Path | None = None) -> LetterTemplate:
    """The office's template; refuses one that cannot be read or names an unknown
    placeholder, saying which."""
    path = path or resource_path("print", "surat_penerusan.json")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        template = LetterTemplate(
            nature=str(data.get("nature", "")),
            subject=str(data["subject"]),
            attachment=str(data.get("attachment", "")),
            salutation=str(data.get("salutation", "Yth. {tujuan}")),
            opening=tuple(str(x) for x in data.get("opening", [])),
            identity=tuple((str(a), str(b)) for a, b in data.get("identity", [])),
            body=tuple(str(x) for x in data.get("body", [])),
            closing=str(data.get("closing", "")),
            copies=tuple(str(x) for x in data.get("copies", [])),
        )
    except OSError as exc:
        raise _template_error(path, exc.strerror or str(exc)) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _template_error(path, f"{type(exc).__name__}: {exc}") from exc
    for text in template.texts():
        try:
            names = {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}
        except ValueError as exc:
            raise _template_error(path, f"{text[:60]}…: {exc}") from exc
        unknown = sorted(names - PLACEHOLDERS)
        if unknown:
            raise _template_error(
                path, "{" + "}, {".join(unknown) + "} (" + ", ".join(sorted(PLACEHOLDERS)) + ")"
            )
        # Filled once with sample words: a format spec or conversion the text cannot take
        # ("{nama:%Y}", "{nama!z}", "{}") is refused here, not when a letter is printed.
        try:
            fill(text, {name: "contoh" for name in PLACEHOLDERS})
        except (ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
            raise _template_error(path, f"{text[:60]}…: {exc}") from exc
    return template


def letter_values(
    summary: CaseSummary,
    facts: LetterFacts,
    office: str,
    place: str,
    long_date: Callable[[dt.date | None], str],
) -> dict[str, str]:
    """Every placeholder's value for ``summary``'s case; an unknown value reads "—"."""
    case = summary.case
    subject = summary.subject
    sheet = summary.worksheet
    result = summary.recommendation
    catalogue = summary.catalogue
    acts = []
    for act in sheet.acts:
        known = catalogue.acts.get(act.act) if catalogue is not None else None
        label = known.label.get("id") if known is not None else act.act
        acts.append(label[:1].lower() + label[1:] if label else label)
    level = sheet.proposed_level or (result.level if result is not None else None)
    option = sheet.proposed_option or ""
    if option and catalogue is not None and option in catalogue.sanctions:
        option = catalogue.sanctions[option].text.get("id")
    category = ""
    if level is not None:
        category = level.category.label.lower()
    values = {
        "nomor_surat": facts.number,
        "tanggal_surat": long_date(facts.date),
        "tempat": place,
        "kantor": office,
        "nomor_kasus": case.number,
        "nama": subject.name if subject else "",
        "nip": (subject.nip or "") if subject else "",
        "pangkat": subject.rank if subject else "",
        "jabatan": subject.position if subject else "",
        "instansi": subject.agency if subject else "",
        "platform": case.platform.label if case.platform else "",
        "akun": case.account_handle,
        "tautan": ", ".join(case.post_urls),
        "tanggal_perbuatan": long_date(case.act_date),
        "perbuatan": "; ".join(acts),
        "kategori": category,
        "tingkat": level.label.lower() if level is not None else "",
        "sanksi": option[:1].lower() + option[1:] if option else "",
        "aturan": result.regime.name.get("id") if result is not None else "",
        "dasar_hukum": "; ".join(result.basis) if result is not None else "",
        "tujuan": facts.addressee,
        "tempat_tujuan": facts.addressee_place,
        "ppk_nama": facts.ppk_name,
        "ppk_jabatan": facts.ppk_title,
        "batas_tindak_lanjut": long_date(facts.followup_due),
        "jumlah_bukti": str(len(summary.evidence)),
    }
    return {key: value.strip() or EMPTY for key, value in values.items()}


def fill(text: str, values: Mapping[str, str]) -> str:
    return text.format_map(values)


def require_referral(summary: CaseSummary) -> Referral:
    if summary.referral is None:
        raise LetterNotReady(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Kasus {number} belum diteruskan kepada PPK, jadi belum ada surat penerusan. "
                "Surat dibuat saat supervisor meneruskan kasus yang sudah disetujui.",
            ),
            number=summary.case.number,
        )
    return summary.referral
