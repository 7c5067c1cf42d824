"""Opens the referral and follow-up dialogs for the case shown, takes escalation notes,
and offers Alat → “Pola nomor surat…”."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError, NotFound
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from ui.case_detail import CaseDetail
from ui.context import AppContext
from ui.followup_dialog import FollowupDialog
from ui.letter_pattern_dialog import LetterPatternDialog
from ui.printing.open_preview import preview_draft_letter
from ui.referral_dialog import ReferralDialog
from ui.texts import show_error


class ReferralActions(QObject):
    def __init__(self, ctx: AppContext, detail: CaseDetail, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.detail = detail
        self.window = window
        # An escalation note that did not go through, kept for the next try, by case id.
        self._drafts: dict[str, str] = {}
        self.pattern_action = QAction(self.tr("Pola &nomor surat…"), window)
        self.pattern_action.setObjectName("action_letter_pattern")
        self.pattern_action.triggered.connect(self.edit_pattern)
        self.pattern_action.setEnabled(ctx.referrals().can(Permission.MANAGE_SETTINGS))
        detail.structured_step_requested.connect(self.run_step)
        detail.referral_panel.escalate_requested.connect(self.escalate)

    def dialog_for(self, name: str) -> QDialog | None:
        """The dialog that takes step ``name`` on the shown case (None: not one of ours)."""
        case = self.detail.case
        if case is None:
            return None
        service = self.ctx.referrals()
        if name == "refer":
            dialog = ReferralDialog(service, case, self.window)
            dialog.preview_requested.connect(
                lambda draft: preview_draft_letter(self.ctx, dialog, case.id, draft)
            )
            return dialog
        if name == "record_followup":
            referral = service.get(case.id)
            if referral is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("asn_monitor", "Kasus ini belum memiliki surat penerusan.")
                )
            return FollowupDialog(service, case, referral, self.window)
        return None

    def run_step(self, name: str) -> None:
        case = self.detail.case
        if case is None:
            return
        try:
            dialog = self.dialog_for(name)
        except AsnError as exc:
            show_error(self.window, exc)
            return
        if dialog is None:
            return
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        # Shown again either way: a refused step may have met a change from another PC.
        self.detail.show_case(case.id)
        if accepted:
            self.detail.case_saved.emit(case.id)

    def escalate(self) -> None:
        case = self.detail.case
        if case is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self.window,
            self.tr("Eskalasi tindak lanjut"),
            self.tr(
                "Tindak lanjut kasus {number} belum diterima. Catat langkah kantor "
                "(surat pengingat, telepon, laporan ke BKN):"
            ).format(number=case.number),
            self._drafts.get(case.id, ""),
        )
        if not ok:
            if text.strip():
                self._drafts[case.id] = text
            return
        try:
            self.ctx.referrals().escalate(case.id, text)
        except AsnError as exc:
            self._drafts[case.id] = text
            show_error(self.window, exc)
            return
        self._drafts.pop(case.id, None)
        self.detail.show_case(case.id)
        self.detail.case_saved.emit(case.id)

    def edit_pattern(self) -> None:
        dialog = LetterPatternDialog(self.ctx.referrals(), self.window)
        dialog.exec()
        dialog.deleteLater()
