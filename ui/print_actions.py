"""The printouts from the main window: the shown case's summary (Ctrl+P) and referral
letter (Ctrl+Alt+P), the periodic recap, and the office's letterhead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from asn_monitor.domain.roles import Permission
from asn_monitor.reports.letterhead import LetterheadService
from ui.actions import make_action
from ui.case_detail import CaseDetail
from ui.context import AppContext
from ui.letterhead_dialog import LetterheadDialog
from ui.printing.builders import case_summary_document, letter_document
from ui.printing.open_preview import preview, print_sources
from ui.printing.output import Printable
from ui.printing.preview import PrintPreview
from ui.printing.recap_dialog import RecapDialog


class PrintActions(QObject):
    def __init__(self, ctx: AppContext, detail: CaseDetail, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.detail = detail
        self.window = window
        self.summary_action = make_action(
            window, self.tr("&Cetak ringkasan kasus…"), "print", "Ctrl+P", self.print_summary
        )
        self.summary_action.setObjectName("action_print_summary")
        self.summary_action.setIconText(self.tr("Cetak"))  # on the toolbar
        self.letter_action = make_action(
            window, self.tr("Cetak surat pe&nerusan…"), "letter", "Ctrl+Alt+P", self.print_letter
        )
        self.letter_action.setObjectName("action_print_letter")
        self.recap_action = make_action(
            window, self.tr("&Rekapitulasi periodik…"), "recap", None, self.print_recap
        )
        self.recap_action.setObjectName("action_print_recap")
        self.letterhead_action: QAction = make_action(
            window,
            self.tr("K&op surat dan penanda tangan…"),
            "letterhead",
            None,
            self.edit_letterhead,
        )
        self.letterhead_action.setObjectName("action_letterhead")
        self.letterhead_action.setEnabled(ctx.cases().can(Permission.MANAGE_SETTINGS))
        detail.referral_panel.print_requested.connect(self.print_letter)
        self.update_enabled()

    def update_enabled(self) -> None:
        case = self.detail.case
        self.summary_action.setEnabled(case is not None)
        self.letter_action.setEnabled(
            case is not None and self.ctx.referrals().get(case.id) is not None
        )

    def print_summary(self) -> PrintPreview | None:
        return self._print_case(case_summary_document, "ringkasan")

    def print_letter(self) -> PrintPreview | None:
        return self._print_case(letter_document, "surat")

    def _print_case(self, build: Callable[..., Printable], file_stem: str) -> PrintPreview | None:
        case = self.detail.case
        # A printout shows what is stored: unsaved edits are saved first (or the user stays).
        if case is None or not self.detail.maybe_save():
            return None
        return preview(
            self.ctx,
            self.window,
            lambda: build(print_sources(self.ctx), case_id=case.id),
            f"{file_stem}-{case.number}",
        )

    def print_recap(self) -> None:
        dialog = RecapDialog(self.ctx, self.window)
        dialog.exec()
        dialog.deleteLater()

    def edit_letterhead(self) -> None:
        dialog = LetterheadDialog(LetterheadService(self.ctx.database, self.ctx.user), self.window)
        dialog.exec()
        dialog.deleteLater()
