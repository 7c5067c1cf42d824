"""Setting the office's report endpoint and its token (supervisor or admin)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.errors import AsnError
from asn_monitor.services.intake import IntakeService
from ui.texts import error_text
from ui.widgets import Banner


class EndpointDialog(QDialog):
    def __init__(self, service: IntakeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Pengaturan endpoint impor"))
        self.resize(560, 200)
        url, token = service.endpoint()
        self.banner = Banner()
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("https://formulir.example.go.id/api/laporan")
        self.token = QLineEdit(token)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("boleh kosong"))
        hint = QLabel(
            self.tr(
                "Laporan diambil dari alamat ini hanya saat Anda memintanya. Token dikirim "
                "sebagai header Authorization: Bearer, hanya ke alamat ini."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Alamat (URL):"), self.url)
        form.addRow(self.tr("Token:"), self.token)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.service.set_endpoint(self.url.text(), self.token.text())
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            return
        self.accept()
