"""Login and first-run dialogs."""

from __future__ import annotations

import pytest

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
    dialog.create_workspace()
    assert dialog.database is None
    assert "tidak sama" in dialog.banner.text()
    dialog.password2.setText("rahasia-kuat")
    dialog.create_workspace()
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
    dialog.create_workspace()
    assert dialog.database is None
    assert "Kode wilayah" in dialog.banner.text()


def test_choosing_a_language_on_the_login_screen_ends_the_dialog(qtbot, demo, hasher):
    database, _passwords, folder = demo
    dialog = LoginDialog(AuthService(database, hasher), "Kantor", str(folder), language="id")
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert dialog.result() == LoginDialog.LANGUAGE_CHANGED
    assert dialog.language == "en"


def test_english_translation_is_loaded_for_the_login_dialog(qtbot, qapp, demo, hasher):
    from ui.app import install_translators

    database, _passwords, folder = demo
    translators = install_translators(qapp, "en")
    try:
        assert translators, "the English .qm did not load"
        dialog = LoginDialog(AuthService(database, hasher), "Kantor", str(folder), language="en")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle().startswith("Sign in")
        dialog.username.setText("rina")
        dialog.password.setText("salah-sekali")
        dialog.try_login()
        assert "incorrect" in dialog.banner.text().lower()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_an_empty_date_field_opens_its_calendar_on_this_month(qtbot):
    from PySide6.QtCore import QDate, QPoint, Qt

    from ui.widgets import OptionalDateEdit

    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.resize(150, 30)
    field.show()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, 15))
    calendar = field.calendarWidget()
    assert calendar.isVisible() and field.value() is None
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
