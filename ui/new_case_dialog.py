"""Registering a new case (intake): the case form, screenshots, and a duplicate check.

Opened as "Kasus baru" or as "Laporan masyarakat baru" (the source preset, the reporter's
section first in mind). The deadline for handling the report is shown as the dates are
typed; the civil servant can be picked from the BKD registry; before saving, a report that
looks like an existing case (same post, screenshot, or NIP and act date) asks whether to
merge into it, link to it, or create a new case anyway.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from asn_monitor.domain.calendar import Election
from asn_monitor.domain.models import Case, Source
from asn_monitor.domain.reference import ReferenceLists
from asn_monitor.errors import AsnError, ValidationError
from asn_monitor.services.intake import DuplicateAction
from ui.case_form import CaseForm, _set_combo
from ui.context import AppContext
from ui.duplicate_dialog import DuplicateDialog
from ui.screenshot_list import ScreenshotList
from ui.texts import show_error


class NewCaseDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        reference: ReferenceLists,
        elections: list[Election],
        parent: QWidget | None = None,
        *,
        public_report: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: Case | None = None
        self.setWindowTitle(
            self.tr("Laporan masyarakat baru") if public_report else self.tr("Kasus baru")
        )
        self.resize(760, 880)
        self.form = CaseForm(reference, elections, new_case=True)
        self.form.load(None, None, None, editable=True)
        if public_report:
            _set_combo(self.form.source, Source.PUBLIC_REPORT.value)
        self.form.set_intake_deadline(ctx.queue().deadline_days()["intake"])
        self.registry = ctx.registry()
        self.form.enable_registry(self.registry.search)
        self.form.enable_account_lookup(ctx.cases().subjects.owners_of_account)
        self.screenshots = ScreenshotList()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan kasus"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.screenshots)
        layout.addWidget(buttons)

    def save(self) -> None:
        fields = self.form.case_values()
        subject = self.form.subject_values()
        reporter = self.form.reporter_values()
        shots = self.screenshots.paths()
        intake = self.ctx.intake()
        try:
            intake.cases.check(fields, subject, reporter)
            matches = intake.duplicates_for(fields, subject, shots)
            action, target = DuplicateAction.CREATE, None
            if matches:
                ask = DuplicateDialog(matches, self)
                if not ask.exec():
                    return
                action, target = ask.action, ask.target
            self.created = intake.register(fields, subject, reporter, shots, action, target)
        except ValidationError as exc:
            self.form.show_errors(exc)
            return
        except AsnError as exc:
            show_error(self, exc)
            return
        self.accept()
