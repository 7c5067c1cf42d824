"""“Catat tindak lanjut PPK…”: what the civil servant's superior did with the recommendation.

A sanction imposed needs the sanction and the decree (number and date); nothing done, or
something else, needs a note saying what happened and how the office knows. The service
checks the dates against the referral letter; its messages appear under the fields.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.models import Case
from asn_monitor.errors import AsnError
from asn_monitor.services.referral import Outcome, Referral, ReferralService
from ui.field_errors import FieldErrors
from ui.long_dates import long_date, long_date_edit, optional_long_date_edit, to_date, to_qdate
from ui.texts import tr_domain
from ui.widgets import Banner

FIELD_WIDTH = 420


class FollowupDialog(QDialog):
    """Record the PPK's action on ``case`` (status ``diteruskan``)."""

    def __init__(
        self,
        service: ReferralService,
        case: Case,
        referral: Referral,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.case = case
        self.referral = referral
        self.result_case: Case | None = None
        self.setWindowTitle(self.tr("Tindak lanjut PPK — {number}").format(number=case.number))
        today = service.today()

        self.banner = Banner()
        self.errors = FieldErrors(self.banner)
        letter = QLabel(
            self.tr(
                "Surat {letter} tanggal {date} kepada {addressee}; PPK: {ppk} ({title}). "
                "Batas tindak lanjut {due}."
            ).format(
                letter=referral.letter_number,
                date=long_date(referral.letter_date),
                addressee=referral.addressee,
                ppk=referral.ppk_name,
                title=referral.ppk_title,
                due=long_date(referral.followup_due),
            )
        )
        letter.setWordWrap(True)
        letter.setStyleSheet("color:#333;")

        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        outcomes = QWidget()
        outcomes_layout = QVBoxLayout(outcomes)
        outcomes_layout.setContentsMargins(0, 0, 0, 0)
        for outcome in Outcome:
            button = QRadioButton(tr_domain(outcome.label))
            button.setObjectName(f"outcome_{outcome.value}")
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            outcomes_layout.addWidget(button)
        self.outcome_buttons[Outcome.IMPOSED].setChecked(True)

        self.sanction = QLineEdit()
        self.sanction.setObjectName("sanction_imposed")
        self.sanction.setPlaceholderText(
            self.tr("mis. hukuman disiplin sedang: pemotongan tunjangan kinerja 25% 6 bulan")
        )
        self.decree_number = QLineEdit()
        self.decree_number.setObjectName("decree_number")
        self.decree_date = optional_long_date_edit()
        self.decree_date.setObjectName("decree_date")
        self.outcome_date = long_date_edit(today)
        self.outcome_date.setObjectName("outcome_date")
        self.outcome_date.setMaximumDate(to_qdate(today))
        self.note = QPlainTextEdit()
        self.note.setObjectName("outcome_note")
        self.note.setFixedHeight(80)
        for edit in (self.sanction, self.decree_number, self.note):
            edit.setMinimumWidth(FIELD_WIDTH)

        form = QFormLayout()
        self.form = form
        form.addRow(
            self.tr("Hasil:"),
            self.errors.wrap("outcome", self.outcome_buttons[Outcome.IMPOSED], outcomes),
        )
        self.sanction_label = QLabel()
        self.decree_number_label = QLabel()
        self.decree_date_label = QLabel()
        self.note_label = QLabel()
        form.addRow(self.sanction_label, self.errors.wrap("sanction_imposed", self.sanction))
        form.addRow(self.decree_number_label, self.errors.wrap("decree_number", self.decree_number))
        form.addRow(self.decree_date_label, self.errors.wrap("decree_date", self.decree_date))
        form.addRow(
            self.tr("Tanggal tindak lanjut*:"), self.errors.wrap("outcome_date", self.outcome_date)
        )
        form.addRow(self.note_label, self.errors.wrap("outcome_note", self.note))
        required_hint = QLabel(self.tr("* wajib diisi"))
        required_hint.setStyleSheet("color:#666;")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Catat"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(letter)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(required_hint)
        layout.addWidget(buttons)
        self.outcome_group.buttonToggled.connect(self._on_outcome)
        self._update_fields()

    def outcome(self) -> Outcome:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return Outcome.IMPOSED

    def _on_outcome(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.errors.clear()  # what was missing depends on the outcome
            self._update_fields()

    def _update_fields(self) -> None:
        """Decree fields only for a sanction imposed; the note is required otherwise."""
        imposed = self.outcome() is Outcome.IMPOSED
        for widget in (self.sanction, self.decree_number, self.decree_date):
            widget.setEnabled(imposed)
        mark = "*" if imposed else ""
        self.sanction_label.setText(self.tr("Sanksi dijatuhkan") + mark + ":")
        self.decree_number_label.setText(self.tr("Nomor keputusan") + mark + ":")
        self.decree_date_label.setText(self.tr("Tanggal keputusan") + mark + ":")
        self.note_label.setText(self.tr("Keterangan") + ("" if imposed else "*") + ":")
        self.note.setPlaceholderText(
            self.tr("opsional")
            if imposed
            else self.tr("apa yang terjadi, dan dari mana diketahui (surat, telepon, berita)")
        )

    def accept(self) -> None:
        imposed = self.outcome() is Outcome.IMPOSED
        try:
            case = self.service.record_followup(
                self.case.id,
                self.case.version,
                self.outcome(),
                outcome_date=to_date(self.outcome_date.date()),
                sanction_imposed=self.sanction.text() if imposed else "",
                decree_number=self.decree_number.text() if imposed else "",
                decree_date=self.decree_date.value() if imposed else None,
                note=self.note.toPlainText(),
            )
        except AsnError as exc:
            self.errors.show(exc)
            return
        self.result_case = case
        super().accept()
