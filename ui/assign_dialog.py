"""Choose the monitor who gets the selected cases (supervisor)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.models import User
from ui.texts import tr_domain


class AssignDialog(QDialog):
    def __init__(
        self, users: Sequence[User], numbers: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tugaskan kasus"))
        self.user = QComboBox()
        for user in users:
            self.user.addItem(f"{user.display_name} ({tr_domain(user.role.label)})", user.id)
        shown = ", ".join(numbers[:6]) + (" …" if len(numbers) > 6 else "")
        intro = QLabel(
            self.tr("{n} kasus dipilih: {numbers}").format(n=len(numbers), numbers=shown)
        )
        intro.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Kasus baru diambil atas nama orang ini; kasus yang sedang dipegang orang lain "
                "berpindah kepadanya. Kasus yang sudah direview atau selesai tidak berubah."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color:#555;")
        form = QFormLayout()
        form.addRow(self.tr("&Tugaskan kepada"), self.user)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tugaskan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> str:
        return str(self.user.currentData())
