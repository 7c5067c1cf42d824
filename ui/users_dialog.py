"""Managing accounts (supervisor and admin), and changing one's own password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.models import User
from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError
from asn_monitor.services.users import UserService
from ui.texts import error_text, show_error, tr_domain
from ui.widgets import Banner


class UserEditDialog(QDialog):
    """Add an account, or edit one's display name and role."""

    def __init__(
        self, service: UserService, user: User | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.user = user
        self.setWindowTitle(self.tr("Akun baru") if user is None else self.tr("Ubah akun"))
        self.username = QLineEdit(user.username if user else "")
        self.username.setEnabled(user is None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(tr_domain(role.label), role.value)
        self.role.setCurrentIndex(self.role.findData((user.role if user else Role.MONITOR).value))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna:"), self.username)
        form.addRow(self.tr("Nama lengkap:"), self.display_name)
        form.addRow(self.tr("Peran:"), self.role)
        if user is None:
            form.addRow(self.tr("Kata sandi awal:"), self.password)
        self.banner = Banner()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def save(self) -> None:
        role = Role(self.role.currentData())
        try:
            if self.user is None:
                self.service.add_user(
                    self.username.text(), self.display_name.text(), role, self.password.text()
                )
            else:
                self.service.update_user(
                    self.user.id,
                    self.user.version,
                    display_name=self.display_name.text(),
                    role=role,
                )
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            return
        self.accept()


class PasswordDialog(QDialog):
    """A new password; with ``ask_current`` the user's own current one too."""

    def __init__(self, title: str, ask_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for field in (self.current, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        if ask_current:
            form.addRow(self.tr("Kata sandi saat ini:"), self.current)
        form.addRow(self.tr("Kata sandi baru (min. 8):"), self.new)
        form.addRow(self.tr("Ulangi:"), self.again)
        self.banner = Banner()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.action: object = None

    def _check(self) -> None:
        if self.new.text() != self.again.text():
            self.banner.show_message(self.tr("Kedua kata sandi baru tidak sama."))
            return
        try:
            if callable(self.action):
                self.action(self.current.text(), self.new.text())
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            return
        self.accept()


class UsersDialog(QDialog):
    def __init__(self, service: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Kelola akun"))
        self.resize(720, 420)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.edit_user)
        add = QPushButton(self.tr("Tambah…"))
        add.clicked.connect(self.add_user)
        edit = QPushButton(self.tr("Ubah…"))
        edit.clicked.connect(self.edit_user)
        reset = QPushButton(self.tr("Atur ulang kata sandi…"))
        reset.clicked.connect(self.reset_password)
        self.toggle = QPushButton(self.tr("Nonaktifkan"))
        self.toggle.clicked.connect(self.toggle_active)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for button in (add, edit, reset, self.toggle):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_toggle)
        self.refresh()

    def refresh(self) -> None:
        self.users = self.service.list_users()
        self.table.setRowCount(len(self.users))
        for i, user in enumerate(self.users):
            values = [
                user.username,
                user.display_name,
                tr_domain(user.role.label),
                self.tr("aktif") if user.active else self.tr("nonaktif"),
            ]
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._update_toggle()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _update_toggle(self) -> None:
        user = self.selected()
        self.toggle.setEnabled(user is not None)
        self.toggle.setText(
            self.tr("Aktifkan") if user is not None and not user.active else self.tr("Nonaktifkan")
        )

    def add_user(self) -> None:
        if UserEditDialog(self.service, None, self).exec():
            self.refresh()

    def edit_user(self) -> None:
        user = self.selected()
        if user and UserEditDialog(self.service, user, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(
            self.tr("Kata sandi baru untuk {user}").format(user=user.username), False, self
        )
        dialog.action = lambda _current, new: self.service.set_password(user.id, new)
        if dialog.exec():
            QMessageBox.information(self, self.tr("Kata sandi"), self.tr("Kata sandi diganti."))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.service.set_active(user.id, not user.active)
        except AsnError as exc:
            show_error(self, exc)
        self.refresh()
