"""“Teruskan ke BKD/BKN…”: the supervisor forwards an approved case to the personnel agency.

The dialog fills itself from :meth:`ReferralService.draft` (the addressee the civil
servant's agency suggests, the PPK name the office wrote last time, today's date and the
office's follow-up days) and hands the result to :meth:`ReferralService.refer`, which
checks every rule; its messages appear under the fields they concern.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.models import Case
from asn_monitor.errors import AsnError, Offline
from asn_monitor.services.referral import Addressee, Referral, ReferralDraft, ReferralService
from ui.field_errors import FieldErrors
from ui.long_dates import long_date, long_date_edit, to_date, to_qdate
from ui.widgets import Banner

FIELD_WIDTH = 420


class ReferralDialog(QDialog):
    """Forward ``case`` (status ``disetujui``); ``result_case`` holds it afterwards."""

    # The letter as the form stands, to preview (the window that opened the dialog shows it).
    preview_requested = Signal(object)

    def __init__(self, service: ReferralService, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.case = case
        self.result_case: Case | None = None
        self.setWindowTitle(self.tr("Teruskan ke BKD/BKN — {number}").format(number=case.number))
        draft = service.draft(case.id)
        self._followup_days = service.followup_days()
        # Whether the user set the follow-up date themself; until then it follows the letter.
        self._due_edited = False
        self._setting_due = False

        self.banner = Banner()
        self.errors = FieldErrors(self.banner)
        intro = QLabel(
            self.tr(
                "Surat penerusan rekomendasi kasus {number} kepada pejabat kepegawaian. "
                "Setelah diteruskan, kasus menunggu tindak lanjut PPK sampai batas waktunya."
            ).format(number=case.number)
        )
        intro.setWordWrap(True)

        self.addressee_code = QComboBox()
        self.addressee_code.setObjectName("addressee_code")
        for option in service.addressees(case.act_date):
            self.addressee_code.addItem(option.name, option.code)
        self.addressee = QLineEdit(draft.addressee)
        self.addressee.setObjectName("addressee")
        self.place = QLineEdit(draft.addressee_place)
        self.place.setObjectName("addressee_place")
        self.ppk_name = QLineEdit(draft.ppk_name)
        self.ppk_name.setObjectName("ppk_name")
        self.ppk_name.setPlaceholderText(self.tr("nama lengkap dengan gelar"))
        self.ppk_title = QLineEdit(draft.ppk_title)
        self.ppk_title.setObjectName("ppk_title")
        for edit in (self.addressee, self.place, self.ppk_name, self.ppk_title):
            edit.setMinimumWidth(FIELD_WIDTH)
        self.letter_date = long_date_edit(draft.letter_date)
        self.letter_date.setObjectName("letter_date")
        self.followup_due = long_date_edit(draft.followup_due)
        self.followup_due.setObjectName("followup_due")
        self.due_hint = QLabel()
        self.due_hint.setStyleSheet("color:#555;")

        self.number_auto = QRadioButton()
        self.number_auto.setObjectName("number_auto")
        self.number_typed = QRadioButton(self.tr("Nomor diketik (dari buku agenda):"))
        self.number_typed.setObjectName("number_typed")
        self.number_group = QButtonGroup(self)
        self.number_group.addButton(self.number_auto)
        self.number_group.addButton(self.number_typed)
        self.number_auto.setChecked(True)
        self.letter_number = QLineEdit()
        self.letter_number.setObjectName("letter_number")
        self.letter_number.setPlaceholderText(service.letter_pattern())
        self.letter_number.setEnabled(False)
        numbers = QWidget()
        numbers_layout = QVBoxLayout(numbers)
        numbers_layout.setContentsMargins(0, 0, 0, 0)
        numbers_layout.addWidget(self.number_auto)
        typed_row = QHBoxLayout()
        typed_row.addWidget(self.number_typed)
        typed_row.addWidget(self.letter_number, 1)
        numbers_layout.addLayout(typed_row)

        letter_row = QWidget()
        letter_layout = QHBoxLayout(letter_row)
        letter_layout.setContentsMargins(0, 0, 0, 0)
        letter_layout.addWidget(self.letter_date)
        act = QLabel(
            self.tr("perbuatan: {date}").format(date=long_date(case.act_date))
            if case.act_date
            else ""
        )
        act.setStyleSheet("color:#555;")
        letter_layout.addWidget(act, 1)
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.followup_due)
        due_layout.addWidget(self.due_hint, 1)

        form = QFormLayout()
        form.addRow(self.tr("Tujuan:"), self.errors.wrap("addressee_code", self.addressee_code))
        form.addRow(self.tr("Kepada (dalam surat):"), self.errors.wrap("addressee", self.addressee))
        form.addRow(self.tr("Tempat:"), self.errors.wrap("addressee_place", self.place))
        form.addRow(self.tr("Nama PPK:"), self.errors.wrap("ppk_name", self.ppk_name))
        form.addRow(self.tr("Jabatan PPK:"), self.errors.wrap("ppk_title", self.ppk_title))
        form.addRow(
            self.tr("Tanggal surat:"),
            self.errors.wrap("letter_date", self.letter_date, letter_row),
        )
        form.addRow(
            self.tr("Batas tindak lanjut:"),
            self.errors.wrap("followup_due", self.followup_due, due_row),
        )
        form.addRow(
            self.tr("Nomor surat:"), self.errors.wrap("letter_number", self.letter_number, numbers)
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Teruskan"))
        self.preview_button = buttons.addButton(
            self.tr("Pratinjau surat…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.preview_button.setObjectName("preview_letter")
        self.preview_button.setToolTip(
            self.tr("Lihat surat seperti yang akan dicetak (bertanda KONSEP) sebelum meneruskan")
        )
        self.preview_button.clicked.connect(lambda: self.preview_requested.emit(self.draft()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

        index = self.addressee_code.findData(draft.addressee_code)
        self.addressee_code.setCurrentIndex(max(index, 0))
        self.addressee_code.currentIndexChanged.connect(self._on_addressee)
        self.letter_date.dateChanged.connect(self._on_letter_date)
        self.followup_due.dateChanged.connect(self._on_due)
        self.number_typed.toggled.connect(self._on_number_mode)
        self._update_hint()
        self._update_due_hint()

    # -- keeping the fields in step ------------------------------------------------------

    def _addressee(self) -> Addressee | None:
        code = self.addressee_code.currentData()
        if not code:
            return None
        try:
            return self.service.addressee(str(code))
        except AsnError:
            return None

    def _on_addressee(self, _index: int) -> None:
        chosen = self._addressee()
        if chosen is None:
            return
        self.addressee.setText(chosen.name)
        self.place.setText(chosen.place)
        self.ppk_title.setText(chosen.ppk_title)
        self.ppk_name.setText(self.service.remembered_ppk_name(chosen.code))

    def _on_letter_date(self) -> None:
        if not self._due_edited:
            due = to_date(self.letter_date.date()) + dt.timedelta(days=self._followup_days)
            self._setting_due = True
            try:
                self.followup_due.setDate(to_qdate(due))
            finally:
                self._setting_due = False
        self._update_hint()
        self._update_due_hint()

    def _on_due(self) -> None:
        if not self._setting_due:
            self._due_edited = True
        self._update_due_hint()

    def _on_number_mode(self, typed: bool) -> None:
        self.letter_number.setEnabled(typed)
        if typed:
            self.letter_number.setFocus()

    def _update_hint(self) -> None:
        try:
            hint = self.service.next_number_hint(to_date(self.letter_date.date()))
        except AsnError:
            hint = "?"
        self.number_auto.setText(
            self.tr("Nomor otomatis dari urutan kantor (perkiraan: {number})").format(number=hint)
        )

    def _update_due_hint(self) -> None:
        days = (to_date(self.followup_due.date()) - to_date(self.letter_date.date())).days
        self.due_hint.setText(self.tr("%n hari sesudah tanggal surat", "", days))

    # -- the result ----------------------------------------------------------------------

    def draft(self) -> ReferralDraft:
        return ReferralDraft(
            addressee_code=str(self.addressee_code.currentData() or ""),
            addressee=self.addressee.text(),
            addressee_place=self.place.text(),
            ppk_name=self.ppk_name.text(),
            ppk_title=self.ppk_title.text(),
            letter_date=to_date(self.letter_date.date()),
            followup_due=to_date(self.followup_due.date()),
            letter_number=self.letter_number.text() if self.number_typed.isChecked() else "",
        )

    def accept(self) -> None:
        draft = self.draft()
        if self.number_typed.isChecked() and not draft.letter_number.strip():
            self.errors.clear()
            self.banner.show_message(
                self.tr("Ketik nomor surat, atau pilih nomor otomatis dari urutan kantor.")
            )
            self.letter_number.setFocus()
            return
        try:
            case = self.service.refer(self.case.id, self.case.version, draft)
        except Offline as exc:
            # The engine's own text speaks of claims; say what it means for a letter.
            self.errors.clear()
            self.banner.show_message(
                self.tr(
                    "Folder bersama tidak terjangkau sejak {since}. Nomor otomatis diberikan "
                    "oleh folder bersama: coba lagi saat tersambung, atau pilih \u201cNomor "
                    "diketik\u201d dengan nomor dari buku agenda."
                ).format(since=exc.params.get("since", "?"))
            )
            return
        except AsnError as exc:
            self.errors.show(exc)
            return
        self.result_case = case
        referral = self.service.get(case.id)
        if referral is not None:
            QMessageBox.information(self, self.windowTitle(), self.done_text(referral))
        super().accept()

    def done_text(self, referral: Referral) -> str:
        when = long_date(referral.letter_date)
        if referral.letter_number_final:
            return self.tr(
                "Kasus {case} diteruskan dengan surat nomor {letter} tanggal {date}. "
                "Batas tindak lanjut PPK: {due}."
            ).format(
                case=self.case.number,
                letter=referral.letter_number,
                date=when,
                due=long_date(referral.followup_due),
            )
        return self.tr(
            "Kasus {case} diteruskan (surat tanggal {date}). Nomor surat akan diberikan saat "
            "tersambung ke folder bersama; sampai itu nomornya sementara ({letter})."
        ).format(case=self.case.number, date=when, letter=referral.letter_number)
