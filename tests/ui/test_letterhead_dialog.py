"""The letterhead dialog: editing and saving, choosing, refusing and removing a logo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from asn_monitor.domain.models import User
from asn_monitor.domain.roles import Role
from asn_monitor.reports.letterhead import LetterheadService, load_default
from asn_monitor.services.users import UserService
from asn_monitor.store.database import Database
from asn_monitor.workspace import Workspace
from tests.unit.factories import PASSWORD, tiny_png
from ui.letterhead_dialog import KopPreview, LetterheadDialog

SHOTS = Path("/tmp/shots")


@dataclass
class Office:
    db: Database
    supervisor: User
    monitor: User


@pytest.fixture
def office(tmp_path: Path, hasher) -> Iterator[Office]:
    db, supervisor = Workspace(tmp_path / "ws").create(
        office_name="Diskominfotik Provinsi NTB",
        prefix="ntb",
        username="supervisor",
        display_name="Baiq Supervisor",
        password=PASSWORD,
        hasher=hasher,
    )
    monitor = UserService(db, supervisor, hasher).add_user(
        "monitor1", "Lalu Pemantau", Role.MONITOR, PASSWORD
    )
    yield Office(db, supervisor, monitor)
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.processEvents()
    db.close()


def _dialog(qtbot, office: Office, user: User | None = None) -> LetterheadDialog:
    dialog = LetterheadDialog(LetterheadService(office.db, user or office.supervisor))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "PNG (*.png)")
    )


def test_edit_and_save(qtbot, office):
    dialog = _dialog(qtbot, office)
    assert dialog.lines.toPlainText().splitlines() == list(load_default().lines)
    dialog.lines.setPlainText("PEMERINTAH KABUPATEN LOMBOK TIMUR\n\nDINAS KOMINFO\n")
    dialog.place.setText("Selong")
    dialog.signer_title.setText("Kepala Dinas Kominfo Kabupaten Lombok Timur")
    dialog.signer_name.setText("Drs. Lalu Muhammad")
    dialog.signer_rank.setText("Pembina Utama Muda (IV/c)")
    dialog.signer_nip.setText("19700101 199503 1 001")
    # Enter in a line field saves (the default button).
    qtbot.keyClick(dialog.signer_nip, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved
    stored = LetterheadService(office.db, office.monitor).letterhead()
    assert stored.lines == ("PEMERINTAH KABUPATEN LOMBOK TIMUR", "DINAS KOMINFO")
    assert stored.place == "Selong"
    assert stored.signer_name == "Drs. Lalu Muhammad"
    assert stored.signer_rank == "Pembina Utama Muda (IV/c)"
    assert stored.signer_nip == "19700101 199503 1 001"
    assert stored.logo_png == load_default().logo_png  # untouched
    # Opened again, the dialog shows what was stored.
    again = _dialog(qtbot, office)
    assert again.place.text() == "Selong"
    assert again.signer_name.text() == "Drs. Lalu Muhammad"


def test_a_rule_broken_shows_under_its_field_and_keeps_the_typing(qtbot, office):
    dialog = _dialog(qtbot, office)
    dialog.signer_name.setText("Drs. Lalu Muhammad")
    dialog.signer_nip.setText("1970-01-01")
    qtbot.keyClick(dialog.signer_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and not dialog.saved
    assert "hanya berisi angka" in dialog.errors.message("signer_nip")
    assert dialog.banner.isVisible()
    assert dialog.signer_name.text() == "Drs. Lalu Muhammad"
    assert dialog.focusWidget() is dialog.signer_nip
    dialog.lines.setPlainText("  \n")
    dialog.signer_nip.setText("")
    dialog.accept()
    assert "sedikitnya satu baris" in dialog.errors.message("lines")
    assert dialog.errors.message("signer_nip") == ""
    assert LetterheadService(office.db, office.monitor).letterhead().signer_name == ""


def test_a_chosen_logo_is_stored_and_shown_again(qtbot, office, monkeypatch, tmp_path):
    logo = tiny_png("kantor", 24)
    (tmp_path / "logo kantor.png").write_bytes(logo)
    _choose(monkeypatch, tmp_path / "logo kantor.png")
    dialog = _dialog(qtbot, office)
    before = dialog.preview.pixmap().toImage()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "logo kantor.png" in dialog.logo_state.text()
    assert dialog.preview.pixmap().toImage() != before  # the preview shows the new logo
    assert dialog.default_button.isEnabled()
    dialog.accept()
    assert LetterheadService(office.db, office.monitor).letterhead().logo_png == logo
    again = _dialog(qtbot, office)
    assert again.letterhead().logo_png == logo
    assert not again.thumbnail.pixmap().isNull()
    assert again.logo_state.text() == "Logo kantor yang tersimpan."
    # "Pakai logo bawaan" goes back to the shipped emblem.
    qtbot.mouseClick(again.default_button, Qt.MouseButton.LeftButton)
    again.accept()
    assert LetterheadService(office.db, office.monitor).letterhead().logo_png == (
        load_default().logo_png
    )


def test_a_truncated_png_is_refused_and_the_logo_kept(qtbot, office, monkeypatch, tmp_path):
    (tmp_path / "cut.png").write_bytes(tiny_png("cut", 24)[:-30])
    _choose(monkeypatch, tmp_path / "cut.png")
    dialog = _dialog(qtbot, office)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "PNG atau JPEG yang utuh" in dialog.errors.message("logo")
    assert dialog.banner.text() == "Logo tidak diganti."
    assert dialog.letterhead().logo_png == load_default().logo_png
    dialog.accept()
    assert LetterheadService(office.db, office.monitor).letterhead().logo_png == (
        load_default().logo_png
    )


def test_an_unreadable_logo_file_is_named(qtbot, office, monkeypatch, tmp_path):
    _choose(monkeypatch, tmp_path / "hilang.png")
    dialog = _dialog(qtbot, office)
    dialog.choose_logo()
    assert "hilang.png" in dialog.errors.message("logo")
    assert dialog.letterhead().logo_png == load_default().logo_png


def test_without_a_logo(qtbot, office):
    dialog = _dialog(qtbot, office)
    assert not dialog.default_button.isEnabled()  # the default is what is shown
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert dialog.thumbnail.pixmap().isNull()
    assert not dialog.none_button.isEnabled()
    dialog.accept()
    assert LetterheadService(office.db, office.monitor).letterhead().logo_png is None
    again = _dialog(qtbot, office)
    assert again.letterhead().logo_png is None
    assert again.default_button.isEnabled()


def test_a_monitor_is_told_it_is_not_theirs_to_change(qtbot, office, no_modal_dialogs):
    dialog = _dialog(qtbot, office, office.monitor)
    assert dialog.read_only_note.isVisible()  # said up front ...
    dialog.place.setText("Selong")
    dialog.remove_logo()
    assert dialog.read_only_note.isVisible()  # ... and it stays
    dialog.accept()
    assert dialog.isVisible() and not dialog.saved
    assert [kind for kind, _text in no_modal_dialogs] == ["warning"]
    assert no_modal_dialogs[0][1] == "Anda tidak berwenang melakukan ini."
    assert LetterheadService(office.db, office.monitor).letterhead().place == "Mataram"


def test_escape_cancels_without_saving(qtbot, office):
    dialog = _dialog(qtbot, office)
    dialog.place.setText("Selong")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert LetterheadService(office.db, office.monitor).letterhead().place == "Mataram"


def test_tab_order_and_the_lines_box_keeps_enter(qtbot, office):
    dialog = _dialog(qtbot, office)
    assert not dialog.read_only_note.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.lines.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    # "Pakai logo bawaan" is disabled while the default logo is shown.
    assert order == [
        dialog.lines,
        dialog.address,
        dialog.choose_button,
        dialog.none_button,
        dialog.place,
        dialog.signer_title,
        dialog.signer_name,
        dialog.signer_rank,
        dialog.signer_nip,
        dialog.save_button,
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
    ]
    dialog.lines.setFocus()
    qtbot.keyClick(dialog.lines, Qt.Key.Key_Return)  # a new line, not a save
    assert dialog.isVisible() and not dialog.saved
    assert dialog.lines.toPlainText().count("\n") == len(load_default().lines)


def test_it_fits_a_small_laptop_screen_and_the_preview_warns_of_cut_lines(qtbot, office):
    dialog = _dialog(qtbot, office)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 - 40 and hint.height() <= 768 - 80
    dialog.lines.setPlainText("PEMDA\nDINAS KOMINFO")
    assert not dialog.cut_warning.isVisible()
    # A long name is printed smaller; only one too long even then is cut.
    dialog.lines.setPlainText("PEMDA\n" + "DINAS KOMUNIKASI INFORMATIKA STATISTIK DAN PERSANDIAN")
    assert not dialog.cut_warning.isVisible()
    dialog.lines.setPlainText("PEMDA\n" + "DINAS KOMUNIKASI INFORMATIKA STATISTIK " * 3)
    assert dialog.cut_warning.isVisible()
    assert "ke-2" in dialog.cut_warning.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "letterhead_dialog.png"))


def test_a_long_line_shrinks_to_fit_beside_the_logo(office):
    service = LetterheadService(office.db, office.supervisor)
    long_line = ("PEMDA", "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN DAERAH")
    shown = replace(service.letterhead(), lines=long_line)
    with_logo = KopPreview(shown, service.today())
    without = KopPreview(replace(shown, logo_png=None), service.today())
    assert with_logo.cut_lines() == [] and without.cut_lines() == []
    sizes = [
        [k.font.pointSizeF() for k in p.furniture.kop_lines(p.layout)] for p in (with_logo, without)
    ]
    assert sizes[0][0] == sizes[1][0] == 12  # a short line keeps its size
    assert sizes[0][1] < sizes[1][1] <= 13  # with the logo, less room: smaller
