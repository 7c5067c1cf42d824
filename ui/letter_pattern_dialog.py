"""Alat → “Pola nomor surat…”: how the office numbers its referral letters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain import letters
from asn_monitor.errors import AsnError
from asn_monitor.services.referral import ReferralService
from ui.texts import error_text
from ui.widgets import Banner


class LetterPatternDialog(QDialog):
    def __init__(self, service: ReferralService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._today: dt.date = service.today()
        self.setWindowTitle(self.tr("Pola nomor surat"))
        intro = QLabel(
            self.tr(
                "Nomor surat penerusan dibentuk dari pola ini; urutannya dihitung per tahun "
                "oleh folder bersama. Bagian yang dikenal: {nomor} (urutan), {nomor:3} "
                "(urutan tiga angka, mis. 007), {tahun}, {bulan} (dua angka), {bulan_romawi} "
                "(mis. XI)."
            )
        )
        intro.setWordWrap(True)
        self.banner = Banner()
        self.pattern = QLineEdit(service.letter_pattern())
        self.pattern.setObjectName("letter_pattern")
        self.pattern.setMinimumWidth(420)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#c62828;")
        form = QFormLayout()
        form.addRow(self.tr("Pola:"), self.pattern)
        form.addRow(self.tr("Surat berikutnya:"), self.preview)
        form.addRow("", self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Simpan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.pattern.textChanged.connect(self._update_preview)
        self._update_preview()

    def _update_preview(self) -> None:
        try:
            pattern = letters.validate_pattern(self.pattern.text())
        except AsnError as exc:
            self.preview.setText("—")
            self.problem.setText(error_text(exc))
            self.problem.show()
            self.save_button.setEnabled(False)
            self.adjustSize()  # the message may take several lines
            return
        self.problem.hide()
        self.save_button.setEnabled(True)
        self.preview.setText(self.service.next_number_hint(self._today, pattern))

    def accept(self) -> None:
        try:
            self.service.set_letter_pattern(self.pattern.text())
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            return
        super().accept()
