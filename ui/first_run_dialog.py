"""First run: create the workspace with the office's settings and a supervisor account."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.errors import AsnError, ValidationError
from asn_monitor.store.database import Database
from asn_monitor.workspace import Workspace
from ui.texts import error_text
from ui.widgets import Banner


class FirstRunDialog(QDialog):
    def __init__(
        self, directory: Path, hasher: PasswordHasher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.hasher = hasher
        self.database: Database | None = None
        self.username_created = ""
        self.setWindowTitle(self.tr("Siapkan ASN Monitor"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Belum ada ruang kerja di komputer ini. Isi data kantor dan akun supervisor "
                "pertama; akun pemantau dapat ditambahkan setelah masuk."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(directory))
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.office = QLineEdit()
        self.office.setObjectName("office")
        self.office.setPlaceholderText(
            self.tr("mis. Dinas Komunikasi, Informatika dan Statistik Provinsi NTB")
        )
        self.prefix = QLineEdit("NTB")
        self.prefix.setObjectName("prefix")
        self.prefix.setMaxLength(6)
        self.prefix.setToolTip(self.tr("Awal nomor kasus, mis. NTB untuk NTB-2024-0042"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Folder ruang kerja:"), folder_row)
        form.addRow(self.tr("Nama kantor:"), self.office)
        form.addRow(self.tr("Kode wilayah:"), self.prefix)
        form.addRow(self.tr("Nama pengguna supervisor:"), self.username)
        form.addRow(self.tr("Nama lengkap:"), self.display_name)
        form.addRow(self.tr("Kata sandi (min. 8):"), self.password)
        form.addRow(self.tr("Ulangi kata sandi:"), self.password2)
        self.banner = Banner()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat ruang kerja"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.create_workspace)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    @property
    def directory(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder ruang kerja"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def create_workspace(self) -> None:
        if self.password.text() != self.password2.text():
            self.banner.show_message(self.tr("Kedua kata sandi tidak sama."))
            return
        if not self.folder.text().strip():
            self.banner.show_message(self.tr("Pilih folder ruang kerja."))
            return
        try:
            self.database, user = Workspace(self.directory).create(
                office_name=self.office.text(),
                prefix=self.prefix.text(),
                username=self.username.text(),
                display_name=self.display_name.text() or self.username.text(),
                password=self.password.text(),
                hasher=self.hasher,
            )
        except ValidationError as exc:
            self.banner.show_message(error_text(exc))
            return
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            return
        self.username_created = user.username
        self.accept()
