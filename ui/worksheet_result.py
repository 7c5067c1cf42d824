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


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorksheetResult", text)


def _e(text: object) -> str:
    return html.escape(str(text))


def result_html(
    result: Recommendation, language: str, proposed: Level | None, proposed_option: str | None
) -> str:
    parts: list[str] = []
    regime = result.regime
    parts.append(
        f"<p style='color:#555'>{_e(_tr('Aturan yang berlaku pada {date}:').format(date=format_date(result.act_date)))}"
        f" <b>{_e(regime.name.get(language))}</b>"
        + (
            ""
            if regime.verified
            else f" <span style='color:{UNVERIFIED}'>⚠ {_e(_tr('belum diverifikasi'))}</span>"
        )
        + "</p>"
    )
    if result.level is None:
        parts.append(
            f"<h3 style='color:{WARNING}'>{_e(_tr('Tingkat belum dapat ditentukan'))}</h3>"
        )
    else:
        category = tr_domain(result.category.label) if result.category else ""
        parts.append(f"<h2 style='margin:2px 0'>{_e(tr_domain(result.level.label))}</h2>")
        parts.append(f"<p style='margin:0 0 6px 0;color:#555'>{_e(category)}</p>")
    if proposed is not None and proposed != result.level:
        parts.append(
            f"<p style='background:#fff3e0;color:{UNVERIFIED};padding:4px'><b>"
            + _e(
                _tr("Usulan memakai tingkat lain: {level}. Alasannya wajib ditulis.").format(
                    level=tr_domain(proposed.label)
                )
            )
            + "</b></p>"
        )
    if result.items:
        parts.append(f"<h4>{_e(_tr('Butir yang cocok'))}</h4><ul>")
        for matched in result.items:
            item = matched.item
            flag = (
                ""
                if item.verified and matched.mapping_verified
                else f" <span style='color:{UNVERIFIED}'>⚠ {_e(_tr('belum diverifikasi'))}</span>"
            )
            level = tr_domain(item.level.label) if item.level else "?"
            parts.append(
                f"<li><b>{_e(item.code)}</b> ({_e(level)}): {_e(item.text.get(language))}{flag}</li>"
            )
        parts.append("</ul>")
    if result.options:
        parts.append(f"<h4>{_e(_tr('Pilihan sanksi'))}</h4><ol>")
        for option in result.options:
            marks = []
            if result.suggested and option.code == result.suggested.code:
                marks.append(_tr("disarankan"))
            if proposed_option == option.code:
                marks.append(_tr("diusulkan"))
            suffix = f" <i style='color:#1565c0'>({_e(', '.join(marks))})</i>" if marks else ""
            parts.append(f"<li>{_e(option.text.get(language))}{suffix}</li>")
        parts.append("</ol>")
    if result.reasons:
        parts.append(f"<h4>{_e(_tr('Alasan saran'))}</h4><ul>")
        for reason in result.reasons:
            weight = f" ({reason.weight:+d})" if reason.factor else ""
            parts.append(f"<li>{_e(reason.text.get(language))}{_e(weight)}</li>")
        parts.append("</ul>")
    if result.basis:
        parts.append(f"<h4>{_e(_tr('Dasar hukum'))}</h4><ul>")
        parts += [f"<li>{_e(line)}</li>" for line in result.basis]
        parts.append("</ul>")
    if result.flags:
        parts.append(f"<h4 style='color:{UNVERIFIED}'>{_e(_tr('Perlu diperhatikan'))}</h4><ul>")
        for warning in result.flags:
            colour = WARNING if warning.needs_choice else UNVERIFIED
            parts.append(
                f"<li style='color:{colour}'>{_e(warning.message(tr_domain, language))}</li>"
            )
        parts.append("</ul>")
    parts.append(
        f"<p style='color:#777;font-size:small'>{_e(_tr('Katalog versi {version}').format(version=result.catalogue_version))}</p>"
    )
    return "".join(parts)


def problem_html(message: str) -> str:
    return (
        f"<h3 style='color:{WARNING}'>{_e(_tr('Rekomendasi belum dapat dihitung'))}</h3>"
        f"<p style='white-space:pre-wrap'>{_e(message)}</p>"
    )


def history_html(cases: Sequence[HistoryCase], options: dict[str, str]) -> str:
    if not cases:
        return f"<p style='color:#555'>{_e(_tr('Tidak ada kasus lain dengan NIP ini.'))}</p>"
    rows = [
        f"<tr><th align='left'>{_e(_tr('Nomor'))}</th><th align='left'>{_e(_tr('Status'))}</th>"
        f"<th align='left'>{_e(_tr('Tgl perbuatan'))}</th><th align='left'>{_e(_tr('Tingkat / usulan'))}</th></tr>"
    ]
    for case in cases:
        level = tr_domain(case.level.label) if case.level else "—"
        option = options.get(case.proposed_option or "", "")
        rows.append(
            f"<tr><td>{_e(case.number)}</td><td>{_e(tr_domain(case.status.label))}</td>"
            f"<td>{_e(format_date(case.act_date))}</td>"
            f"<td>{_e(level)}{'<br><small>' + _e(option) + '</small>' if option else ''}</td></tr>"
        )
    return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"
