"""Login and first-run dialogs."""

from __future__ import annotations

from asn_monitor.services.auth import AuthService
from asn_monitor.workspace import Workspace
from ui.first_run_dialog import FirstRunDialog
from ui.login_dialog import LoginDialog


def test_login_accepts_right_password_and_explains_wrong_one(qtbot, demo, hasher):
    database, passwords, folder = demo
    dialog = LoginDialog(AuthService(database, hasher), "Kantor", str(folder))
    qtbot.addWidget(dialog)
    dialog.username.setText("rina")
    dialog.password.setText("salah-sekali")
    dialog.try_login()
    assert dialog.user is None
    assert "Nama pengguna atau kata sandi salah" in dialog.banner.text()
    assert dialog.password.text() == ""
    dialog.password.setText(passwords["rina"])
    dialog.try_login()
    assert dialog.user is not None and dialog.user.username == "rina"


def test_first_run_creates_a_workspace(qtbot, tmp_path, hasher):
    folder = tmp_path / "kantor"
    dialog = FirstRunDialog(folder, hasher)
    qtbot.addWidget(dialog)
    dialog.office.setText("Diskominfotik NTB")
    dialog.prefix.setText("ntb")
    dialog.username.setText("hamzan")
    dialog.display_name.setText("Lalu Hamzanwadi")
    dialog.password.setText("rahasia-kuat")
    dialog.password2.setText("rahasia-beda")
    dialog.create()
    assert dialog.database is None
    assert "tidak sama" in dialog.banner.text()
    dialog.password2.setText("rahasia-kuat")
    dialog.create()
    assert dialog.database is not None
    dialog.database.close()
    assert Workspace(folder).is_initialized()


def test_first_run_explains_a_bad_prefix(qtbot, tmp_path, hasher):
    dialog = FirstRunDialog(tmp_path / "x", hasher)
    qtbot.addWidget(dialog)
    dialog.office.setText("Kantor")
    dialog.prefix.setText("N1")
    dialog.username.setText("hamzan")
    dialog.password.setText("rahasia-kuat")
    dialog.password2.setText("rahasia-kuat")
    dialog.create()
    assert dialog.database is None
    assert "Kode wilayah" in dialog.banner.text()
