"""The worksheet's computed result and the civil servant's history, as readable HTML."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from asn_monitor.services.worksheet import HistoryCase
from asn_monitor.worksheet import Level, Recommendation
from ui.texts import format_date, tr_domain

UNVERIFIED = "#e65100"
WARNING = "#c62828"


def _e(text: object) -> str:
    return html.escape(str(text))


def result_html(
    result: Recommendation, language: str, proposed: Level | None, proposed_option: str | None
) -> str:
    # Each text is translated on its own line: lupdate does not look inside f-strings.
    in_force = QCoreApplication.translate("WorksheetResult", "Aturan yang berlaku pada {date}:")
    unverified = QCoreApplication.translate("WorksheetResult", "belum diverifikasi")
    undecided = QCoreApplication.translate("WorksheetResult", "Tingkat belum dapat ditentukan")
    other_level = QCoreApplication.translate(
        "WorksheetResult", "Usulan memakai tingkat lain: {level}. Alasannya wajib ditulis."
    )
    items_title = QCoreApplication.translate("WorksheetResult", "Butir yang cocok")
    options_title = QCoreApplication.translate("WorksheetResult", "Pilihan sanksi")
    suggested_mark = QCoreApplication.translate("WorksheetResult", "disarankan")
    proposed_mark = QCoreApplication.translate("WorksheetResult", "diusulkan")
    reasons_title = QCoreApplication.translate("WorksheetResult", "Alasan saran")
    basis_title = QCoreApplication.translate("WorksheetResult", "Dasar hukum")
    flags_title = QCoreApplication.translate("WorksheetResult", "Perlu diperhatikan")
    version_text = QCoreApplication.translate("WorksheetResult", "Katalog versi {version}")
    warn = f" <span style='color:{UNVERIFIED}'>\u26a0 {_e(unverified)}</span>"

    parts: list[str] = []
    regime = result.regime
    date_line = _e(in_force.format(date=format_date(result.act_date)))
    parts.append(
        f"<p style='color:#555'>{date_line} <b>{_e(regime.name.get(language))}</b>"
        + ("" if regime.verified else warn)
        + "</p>"
    )
    if result.level is None:
        parts.append(f"<h3 style='color:{WARNING}'>{_e(undecided)}</h3>")
    else:
        category = tr_domain(result.category.label) if result.category else ""
        parts.append(f"<h2 style='margin:2px 0'>{_e(tr_domain(result.level.label))}</h2>")
        parts.append(f"<p style='margin:0 0 6px 0;color:#555'>{_e(category)}</p>")
    if proposed is not None and proposed != result.level:
        notice = other_level.format(level=tr_domain(proposed.label))
        parts.append(
            f"<p style='background:#fff3e0;color:{UNVERIFIED};padding:4px'><b>{_e(notice)}</b></p>"
        )
    if result.items:
        parts.append(f"<h4>{_e(items_title)}</h4><ul>")
        for matched in result.items:
            item = matched.item
            flag = "" if item.verified and matched.mapping_verified else warn
            level = tr_domain(item.level.label) if item.level else "?"
            text = _e(item.text.get(language))
            parts.append(f"<li><b>{_e(item.code)}</b> ({_e(level)}): {text}{flag}</li>")
        parts.append("</ul>")
    if result.options:
        parts.append(f"<h4>{_e(options_title)}</h4><ol>")
        for option in result.options:
            marks = []
            if result.suggested and option.code == result.suggested.code:
                marks.append(suggested_mark)
            if proposed_option == option.code:
                marks.append(proposed_mark)
            suffix = f" <i style='color:#1565c0'>({_e(', '.join(marks))})</i>" if marks else ""
            parts.append(f"<li>{_e(option.text.get(language))}{suffix}</li>")
        parts.append("</ol>")
    if result.reasons:
        parts.append(f"<h4>{_e(reasons_title)}</h4><ul>")
        for reason in result.reasons:
            weight = f" ({reason.weight:+d})" if reason.factor else ""
            parts.append(f"<li>{_e(reason.text.get(language))}{_e(weight)}</li>")
        parts.append("</ul>")
    if result.basis:
        parts.append(f"<h4>{_e(basis_title)}</h4><ul>")
        parts += [f"<li>{_e(line)}</li>" for line in result.basis]
        parts.append("</ul>")
    if result.flags:
        parts.append(f"<h4 style='color:{UNVERIFIED}'>{_e(flags_title)}</h4><ul>")
        for warning in result.flags:
            colour = WARNING if warning.needs_choice else UNVERIFIED
            message = _e(warning.message(tr_domain, language))
            parts.append(f"<li style='color:{colour}'>{message}</li>")
        parts.append("</ul>")
    version = _e(version_text.format(version=result.catalogue_version))
    parts.append(f"<p style='color:#777;font-size:small'>{version}</p>")
    return "".join(parts)


def problem_html(message: str) -> str:
    title = QCoreApplication.translate("WorksheetResult", "Rekomendasi belum dapat dihitung")
    return (
        f"<h3 style='color:{WARNING}'>{_e(title)}</h3>"
        f"<p style='white-space:pre-wrap'>{_e(message)}</p>"
    )


def history_html(cases: Sequence[HistoryCase], options: dict[str, str]) -> str:
    if not cases:
        none = QCoreApplication.translate("WorksheetResult", "Tidak ada kasus lain dengan NIP ini.")
        return f"<p style='color:#555'>{_e(none)}</p>"
    headers = [
        QCoreApplication.translate("WorksheetResult", "Nomor"),
        QCoreApplication.translate("WorksheetResult", "Status"),
        QCoreApplication.translate("WorksheetResult", "Tgl perbuatan"),
        QCoreApplication.translate("WorksheetResult", "Tingkat / usulan"),
    ]
    rows = ["<tr>" + "".join(f"<th align='left'>{_e(h)}</th>" for h in headers) + "</tr>"]
    for case in cases:
        level = tr_domain(case.level.label) if case.level else "\u2014"
        option = options.get(case.proposed_option or "", "")
        detail = f"<br><small>{_e(option)}</small>" if option else ""
        rows.append(
            f"<tr><td>{_e(case.number)}</td><td>{_e(tr_domain(case.status.label))}</td>"
            f"<td>{_e(format_date(case.act_date))}</td><td>{_e(level)}{detail}</td></tr>"
        )
    return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"
