"""“Penerusan”: the referral letter of a case and what came of it, at the top of Ringkasan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.deadlines import remaining_days
from asn_monitor.services.referral import Outcome, Referral
from ui.long_dates import long_date
from ui.texts import format_timestamp, tr_domain

OVERDUE_STYLE = "color:#c62828; font-weight:600;"


def _label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReferralPanel(QGroupBox):
    """Shows one referral; hidden for a case that has none. ``escalate_requested`` asks
    for an escalation note (offered while the PPK's action is awaited)."""

    escalate_requested = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Penerusan"), parent)
        self.setObjectName("referral_panel")
        self.number = _label("letter_number")
        self.number.setWordWrap(False)  # a letter number broken at its slashes misreads
        self.provisional = QLabel(self.tr("sementara"))
        self.provisional.setObjectName("letter_provisional")
        self.provisional.setStyleSheet("color:#666; font-style:italic;")
        self.provisional.setToolTip(
            self.tr(
                "Nomor surat diberikan oleh folder bersama dari urutan kantor; sampai "
                "tersinkron, nomor ini sementara dan tidak untuk dicetak."
            )
        )
        number_row = QWidget()
        number_layout = QHBoxLayout(number_row)
        number_layout.setContentsMargins(0, 0, 0, 0)
        number_layout.addWidget(self.number)
        number_layout.addWidget(self.provisional)
        number_layout.addStretch(1)
        self.addressee = _label("letter_addressee")
        self.ppk = _label("letter_ppk")
        self.due = _label("followup_due")
        self.outcome = _label("followup_outcome")
        self.escalations = _label("escalations")
        self.escalate_button = QPushButton(self.tr("Eskalasi…"))
        self.escalate_button.setObjectName("escalate")
        self.escalate_button.setToolTip(
            self.tr("Catat langkah atas tindak lanjut yang terlambat (surat pengingat, telepon)")
        )
        self.escalate_button.clicked.connect(self.escalate_requested)
        self.print_button = QPushButton(self.tr("Cetak surat…"))
        self.print_button.setObjectName("print_letter")
        self.print_button.setToolTip(
            self.tr("Pratinjau, cetak atau simpan PDF surat penerusan dengan ringkasan kasus")
        )
        self.print_button.clicked.connect(self.print_requested)

        form = QFormLayout()
        form.addRow(self.tr("Nomor surat:"), number_row)
        form.addRow(self.tr("Kepada:"), self.addressee)
        form.addRow(self.tr("PPK:"), self.ppk)
        form.addRow(self.tr("Tindak lanjut:"), self.due)
        self.outcome_label = QLabel(self.tr("Hasil:"))
        form.addRow(self.outcome_label, self.outcome)
        self.escalations_label = QLabel(self.tr("Eskalasi:"))
        form.addRow(self.escalations_label, self.escalations)
        self._form = form
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.escalate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.hide()

    def show_referral(
        self,
        referral: Referral | None,
        today: dt.date,
        escalations: Sequence[Mapping[str, Any]] = (),
        *,
        awaiting: bool = False,
        can_escalate: bool = False,
    ) -> None:
        """``awaiting``: the case still waits for the PPK (status ``diteruskan``)."""
        self.setVisible(referral is not None)
        if referral is None:
            return
        self.number.setText(referral.letter_number)
        font = self.number.font()
        font.setItalic(not referral.letter_number_final)
        font.setBold(referral.letter_number_final)
        self.number.setFont(font)
        self.provisional.setVisible(not referral.letter_number_final)
        self.number.setToolTip("" if referral.letter_number_final else self.provisional.toolTip())
        self.addressee.setText(
            self.tr("{addressee}, di {place} — surat tanggal {date}").format(
                addressee=referral.addressee,
                place=referral.addressee_place or "—",
                date=long_date(referral.letter_date),
            )
        )
        self.ppk.setText(f"{referral.ppk_name} ({referral.ppk_title})")
        due = long_date(referral.followup_due)
        overdue = False
        if referral.outcome is None and awaiting:
            left = remaining_days(referral.followup_due, today)
            overdue = left < 0
            if left < 0:
                text = self.tr("batas {date}, lewat %n hari", "", -left).format(date=due)
            elif left == 0:
                text = self.tr("batas {date}, hari ini").format(date=due)
            else:
                text = self.tr("batas {date}, %n hari lagi", "", left).format(date=due)
        else:
            text = self.tr("batas {date}").format(date=due)
        self.due.setText(text)
        self.due.setStyleSheet(OVERDUE_STYLE if overdue else "")
        self._show_outcome(referral)
        lines = [
            self.tr("{when}, {author}: {body}").format(
                when=format_timestamp(e["created_at"]), author=e["author"], body=e["body"]
            )
            for e in escalations
        ]
        self.escalations.setText("\n".join(lines))
        self._form.setRowVisible(self.escalations_label, bool(lines))
        self.escalate_button.setVisible(awaiting and can_escalate)
        self.escalate_button.setStyleSheet(OVERDUE_STYLE if overdue else "")
        # Rows shown or hidden change the wrapped labels' heights: size again from them.
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
        self.updateGeometry()

    def _show_outcome(self, referral: Referral) -> None:
        if referral.outcome is None:
            self._form.setRowVisible(self.outcome_label, False)
            return
        self._form.setRowVisible(self.outcome_label, True)
        text = tr_domain(referral.outcome.label)
        if referral.outcome is Outcome.IMPOSED:
            text += ": " + self.tr("{sanction} — keputusan {number} tanggal {date}").format(
                sanction=referral.sanction_imposed,
                number=referral.decree_number,
                date=long_date(referral.decree_date),
            )
        if referral.outcome_note:
            text += ". " + referral.outcome_note
        text += " " + self.tr("(diketahui {date})").format(date=long_date(referral.outcome_date))
        self.outcome.setText(text)
