"""Registering a new case (intake)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from asn_monitor.domain.calendar import Election
from asn_monitor.domain.models import Case
from asn_monitor.domain.reference import ReferenceLists
from asn_monitor.errors import AsnError, ValidationError
from ui.case_form import CaseForm
from ui.context import AppContext
from ui.texts import show_error


class NewCaseDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        reference: ReferenceLists,
        elections: list[Election],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: Case | None = None
        self.setWindowTitle(self.tr("Kasus baru"))
        self.resize(760, 820)
        self.form = CaseForm(reference, elections, new_case=True)
        self.form.load(None, None, None, editable=True)
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
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.created = self.ctx.cases().create(
                self.form.case_values(),
                subject=self.form.subject_values(),
                reporter=self.form.reporter_values(),
            )
        except ValidationError as exc:
            self.form.show_errors(exc)
            return
        except AsnError as exc:
            show_error(self, exc)
            return
        self.accept()
