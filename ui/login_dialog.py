"""Logging in to the workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.models import User
from asn_monitor.errors import AsnError
from asn_monitor.services.auth import AuthService
from ui.texts import error_text
from ui.widgets import Banner


class LoginDialog(QDialog):
    """Asks for credentials. Choosing another language ends the dialog with
    ``LANGUAGE_CHANGED`` so the application can reload its translations and ask again."""

    LANGUAGE_CHANGED = 2

    def __init__(
        self,
        auth: AuthService,
        office_name: str,
        workspace: str,
        username: str = "",
        parent: QWidget | None = None,
        language: str = "id",
    ) -> None:
        super().__init__(parent)
        self.auth = auth
        self.user: User | None = None
        self.language = language
        self.setWindowTitle(self.tr("Masuk — ASN Monitor"))
        self.setMinimumWidth(420)

        title = QLabel(self.tr("ASN Monitor"))
        title.setStyleSheet("font-size:18pt; font-weight:600;")
        office = QLabel(office_name)
        office.setWordWrap(True)
        office.setStyleSheet("font-size:10.5pt;")
        where = QLabel(self.tr("Ruang kerja: {path}").format(path=workspace))
        where.setWordWrap(True)
        where.setStyleSheet("color:#666;")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language_box = QComboBox()
        self.language_box.setObjectName("language")
        # Each language is named in itself, so anyone can find theirs.
        self.language_box.addItem("Bahasa Indonesia", "id")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna:"), self.username)
        form.addRow(self.tr("Kata sandi:"), self.password)
        form.addRow(self.tr("Bahasa:"), self.language_box)
        self.banner = Banner()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(office)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def _language_chosen(self) -> None:
        chosen = str(self.language_box.currentData())
        if chosen != self.language:
            self.language = chosen
            self.done(self.LANGUAGE_CHANGED)

    def try_login(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.banner.show_message(self.tr("Isi nama pengguna dan kata sandi."))
            return
        try:
            self.user = self.auth.login(self.username.text(), self.password.text())
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
