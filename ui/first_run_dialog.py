"""First run: make this PC's workspace, for a new office or by joining the office's share.

Three ways in: a new office kept on this PC alone (its shared folder is a local one), a
new office whose shared folder is on the office share, or joining an office that already
has one. Joining copies the office's data and accounts; nobody is created here then.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.errors import AsnError
from asn_monitor.store.database import Database
from asn_monitor.sync.hub import Hub
from asn_monitor.workspace import Workspace
from ui.texts import error_text
from ui.widgets import Banner

LOCAL, SHARED_NEW, JOIN = 0, 1, 2


def _folder_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


class FirstRunDialog(QDialog):
    """After ``exec()``: ``database`` (open) and ``workspace`` describe what was made."""

    def __init__(
        self,
        directory: Path,
        hasher: PasswordHasher,
        parent: QWidget | None = None,
        shared: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.hasher = hasher
        self.database: Database | None = None
        self.workspace: Workspace | None = None
        self.username_created = ""
        self.setWindowTitle(self.tr("Siapkan ASN Monitor"))
        self.setMinimumWidth(580)

        intro = QLabel(
            self.tr(
                "Belum ada ruang kerja di komputer ini. Buat kantor baru, atau gabung ke folder "
                "bersama kantor yang sudah dipakai rekan Anda."
            )
        )
        intro.setWordWrap(True)
        self.mode_local = QRadioButton(self.tr("Kantor baru, hanya di komputer ini"))
        self.mode_local.setObjectName("mode_local")
        self.mode_shared = QRadioButton(self.tr("Kantor baru, dengan folder bersama di jaringan"))
        self.mode_shared.setObjectName("mode_shared")
        self.mode_join = QRadioButton(self.tr("Gabung ke folder bersama kantor"))
        self.mode_join.setObjectName("mode_join")
        self.modes = QButtonGroup(self)
        for number, button in ((LOCAL, self.mode_local), (SHARED_NEW, self.mode_shared)):
            self.modes.addButton(button, number)
        self.modes.addButton(self.mode_join, JOIN)
        self.mode_hint = QLabel()
        self.mode_hint.setWordWrap(True)
        self.mode_hint.setStyleSheet("color:#555;")

        self.folder = QLineEdit(str(directory))
        self.folder.setObjectName("folder")
        self.folder.setToolTip(
            self.tr("Di disk komputer ini (bukan folder jaringan): berisi salinan kerja Anda.")
        )
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        self.shared = QLineEdit(str(shared) if shared else "")
        self.shared.setObjectName("shared")
        self.shared.setPlaceholderText(self.tr("mis. \\\\server\\asn-monitor atau Z:\\asn-monitor"))
        self.shared.setToolTip(
            self.tr("Folder jaringan yang dipakai bersama semua komputer pemantauan di kantor.")
        )
        browse_shared = QPushButton(self.tr("Pilih…"))
        browse_shared.clicked.connect(self._browse_shared)

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
        self.form = QFormLayout()
        self.form.addRow(self.tr("Folder ruang kerja:"), _folder_row(self.folder, browse))
        self.form.addRow(self.tr("Folder bersama:"), _folder_row(self.shared, browse_shared))
        self.form.addRow(self.tr("Nama kantor:"), self.office)
        self.form.addRow(self.tr("Kode wilayah:"), self.prefix)
        self.form.addRow(self.tr("Nama pengguna supervisor:"), self.username)
        self.form.addRow(self.tr("Nama lengkap:"), self.display_name)
        self.form.addRow(self.tr("Kata sandi (min. 8):"), self.password)
        self.form.addRow(self.tr("Ulangi kata sandi:"), self.password2)
        self.banner = Banner()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.create_workspace)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.mode_local, self.mode_shared, self.mode_join):
            layout.addWidget(button)
        layout.addWidget(self.mode_hint)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

        self.modes.idToggled.connect(self._on_mode_toggled)
        # A shared folder named on the command line: join it if it has a hub, else start
        # the office there.
        if shared is None:
            self.mode_local.setChecked(True)
        elif Hub(shared).exists():
            self.mode_join.setChecked(True)
        else:
            self.mode_shared.setChecked(True)
        self._update_mode()

    @property
    def directory(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def mode(self) -> int:
        return self.modes.checkedId()

    def _on_mode_toggled(self, _mode: int, checked: bool) -> None:
        if checked:
            self._update_mode()

    def _update_mode(self) -> None:
        mode = self.mode()
        self.form.setRowVisible(1, mode != LOCAL)
        for row in range(2, self.form.rowCount()):
            self.form.setRowVisible(row, mode != JOIN)
        hints = {
            LOCAL: self.tr(
                "Data kantor disimpan di komputer ini saja. Cocok untuk mencoba atau kantor "
                "dengan satu komputer; folder bersama dapat ditambahkan kemudian."
            ),
            SHARED_NEW: self.tr(
                "Untuk komputer pertama di kantor: data kantor disinkronkan lewat folder "
                "bersama, dan komputer lain bergabung ke folder yang sama."
            ),
            JOIN: self.tr(
                "Data dan akun kantor disalin dari folder bersama. Masuk dengan akun yang "
                "dibuat supervisor atau admin untuk Anda."
            ),
        }
        self.mode_hint.setText(hints[mode])
        self.ok_button.setText(self.tr("Gabung") if mode == JOIN else self.tr("Buat ruang kerja"))
        self.banner.clear()
        self.adjustSize()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder ruang kerja"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _browse_shared(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder bersama kantor"), self.shared.text()
        )
        if chosen:
            self.shared.setText(chosen)

    def create_workspace(self) -> None:
        mode = self.mode()
        if not self.folder.text().strip():
            self.banner.show_message(self.tr("Pilih folder ruang kerja."))
            return
        shared = (
            Path(self.shared.text().strip()).expanduser() if self.shared.text().strip() else None
        )
        if mode != LOCAL and shared is None:
            self.banner.show_message(self.tr("Pilih folder bersama kantor."))
            return
        if mode != JOIN and self.password.text() != self.password2.text():
            self.banner.show_message(self.tr("Kedua kata sandi tidak sama."))
            return
        workspace = Workspace(self.directory, shared=shared if mode != LOCAL else None)
        # Joining reads the office's whole log from the share: it can take a moment.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if mode == JOIN:
                self.database = workspace.join(progress=self._joining_progress())
            else:
                self.database, user = workspace.create(
                    office_name=self.office.text(),
                    prefix=self.prefix.text(),
                    username=self.username.text(),
                    display_name=self.display_name.text() or self.username.text(),
                    password=self.password.text(),
                    hasher=self.hasher,
                )
                self.username_created = user.username
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.workspace = workspace
        self.accept()

    def _joining_progress(self) -> Callable[[int, int], None]:
        """A progress dialog for copying the office's log; shown only if it takes a while."""
        dialog = QProgressDialog(
            self.tr("Menyalin data kantor dari folder bersama\u2026"), "", 0, 0, self
        )
        dialog.setWindowTitle(self.tr("Gabung ke folder bersama"))
        dialog.setCancelButton(None)  # a half-copied replica is of no use; it is quick anyway
        dialog.setMinimumDuration(500)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def report(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))
            QApplication.processEvents()
            if done >= total:
                dialog.close()

        return report
