"""What the review screen reads as text: the worksheet in brief and the decisions taken,
as HTML for a QTextBrowser."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from asn_monitor.services.review import ChecklistItem, Decision, Review
from asn_monitor.services.worksheet import Worksheet
from asn_monitor.worksheet import Catalogue, Recommendation
from ui.texts import format_date, format_timestamp, tr_domain
from ui.worksheet_tab import SHAPE_LABELS

WARNING = "#c62828"
NOTICE = "#e65100"
DECISION_COLOURS = {
    Decision.APPROVE: "#2e7d32",
    Decision.RETURN: "#e65100",
    Decision.DISMISS: "#616161",
    Decision.REOPEN: "#6a1b9a",
}


def _e(text: object) -> str:
    return html.escape(str(text))


def worksheet_html(
    sheet: Worksheet,
    result: Recommendation | None,
    problem: str | None,
    catalogue: Catalogue | None,
    evidence_names: Mapping[str, str],
    marks: Mapping[str, tuple[str, str]],
    language: str,
) -> str:
    """The acts with the evidence that shows them, the computed and proposed level, the
    proposed sanction and its reasons. ``marks`` gives each annotation id its evidence item
    and its name ("tanda 2"), from :func:`mark_names`."""
    # One translate call per text: lupdate does not look inside f-strings.
    computed_title = QCoreApplication.translate("ReviewSummary", "Hasil hitungan")
    proposed_title = QCoreApplication.translate("ReviewSummary", "Usulan pemantau")
    undecided = QCoreApplication.translate("ReviewSummary", "Tingkat belum dapat ditentukan")
    other_level = QCoreApplication.translate(
        "ReviewSummary", "Tingkat diusulkan berbeda dari hasil hitungan: {level}"
    )
    level_reason_title = QCoreApplication.translate("ReviewSummary", "Alasan tingkat")
    sanction_title = QCoreApplication.translate("ReviewSummary", "Sanksi diusulkan")
    none_chosen = QCoreApplication.translate("ReviewSummary", "belum dipilih")
    justification_title = QCoreApplication.translate("ReviewSummary", "Alasan usulan")
    none_written = QCoreApplication.translate("ReviewSummary", "belum ditulis")
    acts_title = QCoreApplication.translate("ReviewSummary", "Perbuatan dan buktinya")
    no_acts = QCoreApplication.translate("ReviewSummary", "Lembar sanksi belum memuat perbuatan.")
    no_evidence = QCoreApplication.translate("ReviewSummary", "belum dikaitkan dengan bukti")
    missing_item = QCoreApplication.translate("ReviewSummary", "bukti sudah tidak ada")
    in_force = QCoreApplication.translate(
        "ReviewSummary", "Aturan yang berlaku pada {date}: {regime}"
    )

    parts: list[str] = [f"<h4 style='margin:0'>{_e(computed_title)}</h4>"]
    if problem:
        parts.append(f"<p style='color:{WARNING}'>{_e(problem)}</p>")
    elif result is None or result.level is None:
        parts.append(f"<p style='color:{WARNING}'><b>{_e(undecided)}</b></p>")
    else:
        category = tr_domain(result.category.label) if result.category else ""
        parts.append(
            f"<p style='margin:2px 0'><b style='font-size:large'>"
            f"{_e(tr_domain(result.level.label))}</b>"
            + (f" <span style='color:#555'>· {_e(category)}</span>" if category else "")
            + "</p>"
        )
    if result is not None:
        regime = result.regime.name.get(language)
        line = in_force.format(date=format_date(result.act_date), regime=regime)
        parts.append(f"<p style='color:#555;margin:0 0 6px 0'>{_e(line)}</p>")

    parts.append(f"<h4 style='margin:6px 0 0 0'>{_e(proposed_title)}</h4>")
    computed = result.level if result is not None else None
    if sheet.proposed_level is not None and sheet.proposed_level != computed:
        notice = other_level.format(level=tr_domain(sheet.proposed_level.label))
        parts.append(f"<p style='background:#fff3e0;color:{NOTICE}'><b>{_e(notice)}</b></p>")
        reason = sheet.level_reason or none_written
        parts.append(f"<p><i>{_e(level_reason_title)}:</i> {_e(reason)}</p>")
    option = None
    if sheet.proposed_option and catalogue is not None:
        known = catalogue.sanctions.get(sheet.proposed_option)
        option = known.text.get(language) if known is not None else sheet.proposed_option
    parts.append(_field(sanction_title, option or sheet.proposed_option, none_chosen))
    parts.append(_field(justification_title, sheet.justification, none_written))

    parts.append(f"<h4 style='margin:6px 0 0 0'>{_e(acts_title)}</h4>")
    if not sheet.acts:
        parts.append(f"<p style='color:{WARNING}'>{_e(no_acts)}</p>")
    else:
        parts.append("<ul style='margin-top:0'>")
        for act in sheet.acts:
            known_act = catalogue.acts.get(act.act) if catalogue is not None else None
            label = known_act.label.get(language) if known_act is not None else act.act
            detail = f" — {_e(act.detail)}" if act.detail else ""
            shown: list[str] = []
            for evidence_id in act.evidence_ids:
                name = evidence_names.get(evidence_id)
                if name is None:
                    shown.append(f"<span style='color:{WARNING}'>{_e(missing_item)}</span>")
                    continue
                own = [
                    marks[a][1] for a in act.annotation_ids if marks.get(a, ("",))[0] == evidence_id
                ]
                text = _e(name)
                if own:
                    text += f" <span style='color:#555'>({_e(', '.join(own))})</span>"
                shown.append(text)
            evidence = (
                "; ".join(shown)
                if shown
                else f"<span style='color:{WARNING}'>{_e(no_evidence)}</span>"
            )
            parts.append(f"<li><b>{_e(label)}</b>{detail}<br><small>{evidence}</small></li>")
        parts.append("</ul>")
    return "".join(parts)


def _field(title: str, value: str | None, empty: str) -> str:
    if value:
        return f"<p style='margin:2px 0'><i>{_e(title)}:</i> {_e(value)}</p>"
    return f"<p style='margin:2px 0'><i>{_e(title)}:</i> <span style='color:{WARNING}'>{_e(empty)}</span></p>"


def decisions_html(
    reviews: Sequence[Review], checklist: Sequence[ChecklistItem], language: str
) -> str:
    """Every decision on the case, newest first: who, when, what, the ticks, the comment."""
    if not reviews:
        none = QCoreApplication.translate(
            "ReviewSummary", "Belum ada keputusan review pada kasus ini."
        )
        return f"<p style='color:#555'>{_e(none)}</p>"
    ticks_text = QCoreApplication.translate(
        "ReviewSummary", "Daftar periksa: {ticked} dari {total} dicentang"
    )
    missing_text = QCoreApplication.translate("ReviewSummary", "belum: {items}")
    no_comment = QCoreApplication.translate("ReviewSummary", "(tanpa catatan)")
    labels = {item.key: item.text(language) for item in checklist}
    parts: list[str] = []
    for review in reversed(reviews):
        colour = DECISION_COLOURS.get(review.decision, "#333")
        head = (
            f"<b style='color:{colour}'>{_e(tr_domain(review.decision.label))}</b>"
            f" · {_e(review.reviewer_name)} · {_e(format_timestamp(review.created_at))}"
        )
        lines = [head]
        if review.decision in (Decision.APPROVE, Decision.RETURN) and labels:
            ticked = [k for k in labels if review.checklist.get(k)]
            line = ticks_text.format(ticked=len(ticked), total=len(labels))
            missing = [labels[k] for k in labels if not review.checklist.get(k)]
            if missing:
                line += "; " + missing_text.format(items=", ".join(missing))
            lines.append(f"<small style='color:#555'>{_e(line)}</small>")
        comment = review.comment or no_comment
        lines.append(f"<span style='white-space:pre-wrap'>{_e(comment)}</span>")
        parts.append("<p style='margin:0 0 8px 0'>" + "<br>".join(lines) + "</p>")
    return "".join(parts)


def mark_names(marks: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, tuple[str, str]]:
    """Each annotation id of the case with its evidence item and its name as the worksheet
    tab shows it ("Panah 2"), from ``WorksheetService.marks``."""
    out: dict[str, tuple[str, str]] = {}
    for evidence_id, rows in marks.items():
        for row in rows:
            label = tr_domain(SHAPE_LABELS.get(str(row["kind"]), str(row["kind"])))
            if row.get("number"):
                label += f" {row['number']}"
            out[str(row["id"])] = (evidence_id, label)
    return out
