"""The import preview dialog and the intake form, offscreen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog

from asn_monitor.services.cases import CaseService
from asn_monitor.services.intake import DuplicateAction
from tests.unit.factories import tiny_png
from tests.unit.http_endpoint import serve
from ui import import_dialog
from ui.duplicate_dialog import DuplicateDialog
from ui.import_dialog import ImportDialog, ImportKind
from ui.new_case_dialog import NewCaseDialog

SHOTS = Path("/tmp/shots")
NIP = "198609262015051001"


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _reports(path: Path, extra_rows: int = 0) -> Path:
    rows = [
        "id_laporan;tanggal_laporan;nama_pelapor;kontak;ringkasan;tautan;nip;instansi;tanggal_kejadian",
        "W-1;04/10/2024;Nur'aini;0812;Guru membagikan poster paslon nomor 2;https://m.facebook.com/guru.a/posts/111?fbclid=Iw;;;01/10/2024",
        "W-2;31/09/2024;Budi;0813;Tanggal laporan salah;;;;",
        f"W-3;05/10/2024;José;0814;Komentar dukungan;https://x.com/b/status/9;{NIP[:-1]};DINKES;02/10/2024",
        "W-4;05/10/2024;Ani;;Foto bersama calon;https://www.instagram.com/p/AbC/?igshid=1;;Dinas Kesehatn;",
    ]
    rows += [
        f"X-{i};05/10/2024;Pelapor {i};;Laporan nomor {i};https://facebook.com/akun{i}/posts/{i};;;"
        for i in range(extra_rows)
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


def _wait_preview(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog._thread is None and dialog.preview is not None, timeout=10000)


def test_report_preview_then_import(qtbot, qtmodeltester, login, tmp_path) -> None:
    ctx = login("rina")
    dialog = ImportDialog(ctx, ImportKind.REPORTS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_source(str(_reports(tmp_path / "laporan.csv")))
    _wait_preview(qtbot, dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 4
    assert [model.line(r).state for r in range(4)] == ["ok", "error", "error", "warning"]
    assert "NIP" in model.line(2).cells[-1] and "17 digit" in model.line(2).cells[-1]
    assert "Dinas Kesehatan" in model.line(3).cells[-1]
    assert "Windows-1252" in dialog.banner.text()
    assert dialog.import_button.text() == "Impor 2 baris" and dialog.import_button.isEnabled()
    assert "Baris 2:" in dialog.detail.text()
    dialog.table.selectRow(2)
    assert "17 digit" in dialog.detail.text()
    _shot(dialog, "import_preview")
    dialog.only_problems.setChecked(True)
    assert model.rowCount() == 3
    before = ctx.database.scalar("SELECT count(*) FROM cases")
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert len(signal.args[0]) == 2
    assert ctx.database.scalar("SELECT count(*) FROM cases") == before + 2
    assert "2 kasus baru" in dialog.summary.text() and "2 baris bergalat" in dialog.summary.text()
    # The same file again: nothing new.
    dialog.load_source(str(tmp_path / "laporan.csv"))
    _wait_preview(qtbot, dialog)
    assert dialog.import_button.text() == "Impor 0 baris" and not dialog.import_button.isEnabled()


def test_big_import_shows_progress_and_can_be_cancelled(
    qtbot, login, tmp_path, monkeypatch
) -> None:
    ctx = login("rina")
    dialog = ImportDialog(ctx, ImportKind.REPORTS)
    qtbot.addWidget(dialog)
    shown: list[QProgressDialog] = []
    original = import_dialog.ChunkProgress.__call__

    def spy(self, done: int, total: int) -> bool:
        if self.dialog is not None and self.dialog not in shown:
            shown.append(self.dialog)
        keep_going = original(self, done, total)
        if self.dialog is not None and "Mengimpor" in self.dialog.labelText() and done >= 200:
            self.dialog.cancel()  # the user presses "Batal" after the first chunk
            return False
        return keep_going

    monkeypatch.setattr(import_dialog.ChunkProgress, "__call__", spy)
    dialog.load_source(str(_reports(tmp_path / "besar.csv", extra_rows=450)))
    _wait_preview(qtbot, dialog)
    assert dialog.model.rowCount() == 454 and shown
    before = ctx.database.scalar("SELECT count(*) FROM cases")
    dialog.import_button.click()
    assert ctx.database.scalar("SELECT count(*) FROM cases") == before + 200
    assert "Dibatalkan" in dialog.summary.text()


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/broken", "HTTP 500"), ("/html", "tidak mengirim JSON"), ("/secure", "HTTP 401")],
)
def test_endpoint_failures_are_shown(qtbot, login, path, expected) -> None:
    ctx = login("rina")
    dialog = ImportDialog(ctx, ImportKind.REPORTS)
    qtbot.addWidget(dialog)
    with serve() as base:
        dialog.load_source(base + path)
        qtbot.waitUntil(
            lambda: dialog._thread is None and bool(dialog.banner.text()), timeout=10000
        )
    assert expected in dialog.banner.text()
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_endpoint_from_settings(qtbot, login) -> None:
    ctx = login("supervisor")
    dialog = ImportDialog(ctx, ImportKind.REPORTS)
    qtbot.addWidget(dialog)
    dialog.endpoint_button.click()
    assert "belum diatur" in dialog.banner.text()
    with serve() as base:
        ctx.intake().set_endpoint(base + "/ok", "")
        dialog.endpoint_button.click()
        _wait_preview(qtbot, dialog)
    assert dialog.model.rowCount() == 2 and dialog.source.text().endswith("/ok")


def test_registry_import_needs_a_supervisor(qtbot, qtmodeltester, login, tmp_path) -> None:
    path = tmp_path / "bkd.csv"
    path.write_text(
        f"NIP,Nama,Instansi,Jabatan,Pangkat\n{NIP},Nur'aini,Dinas Sosial,Staf,II/a\n1,X,Y,,\n",
        encoding="utf-8",
    )
    monitor = ImportDialog(login("rina"), ImportKind.REGISTRY)
    qtbot.addWidget(monitor)
    monitor.load_source(str(path))
    _wait_preview(qtbot, monitor)
    qtmodeltester.check(monitor.model)
    assert not monitor.import_button.isEnabled()
    ctx = login("supervisor")
    dialog = ImportDialog(ctx, ImportKind.REGISTRY)
    qtbot.addWidget(dialog)
    dialog.load_source(str(path))
    _wait_preview(qtbot, dialog)
    assert dialog.import_button.text() == "Impor 1 baris"
    dialog.import_button.click()
    assert "1 ditambahkan" in dialog.summary.text()
    assert ctx.registry().by_nip(NIP) is not None


def _registry(ctx, tmp_path) -> None:
    from asn_monitor.intake.sources import read_table

    service = ctx.registry()
    text = (
        "NIP;Nama;Instansi;Jabatan;Pangkat\n"
        f"{NIP};Nur'aini, S.Pd.;Dinas Pendidikan dan Kebudayaan;Guru Ahli Pertama;III/a\n"
        "199103142019032007;Désy Ratnasari;Dinas Kesehatan;Perawat;III/b\n"
    )
    service.commit(service.preview(read_table(text.encode())))


# The completer's popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_intake_form_deadline_registry_search_and_account_owner(qtbot, login, tmp_path) -> None:
    ctx = login("supervisor")
    _registry(ctx, tmp_path)
    CaseService(ctx.database, ctx.user).create(
        {
            "source": "patroli",
            "platform": "facebook",
            "account_handle": "@desy.r",
            "post_urls": ["https://facebook.com/desy.r/posts/1"],
            "summary": "Kasus lama",
            "received_date": "2024-10-01",
        },
        subject={
            "name": "Désy Ratnasari",
            "employment_type": "PNS",
            "nip": "199103142019032007",
            "agency": "Dinas Kesehatan",
        },
    )
    dialog = NewCaseDialog(ctx, ctx_reference(), [], public_report=True)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert dialog.windowTitle() == "Laporan masyarakat baru"
    known = dt.date.today() - dt.timedelta(days=2)
    form.known_date.set_value(known)
    assert form.deadline_hint.isVisible()
    due = (known + dt.timedelta(days=7)).strftime("%d/%m/%Y")
    assert due in form.deadline_hint.text() and "7 hari" in form.deadline_hint.text()
    form.summary.setPlainText("Guru mengunggah foto dukungan, di Selong, kemarin sore.")
    form.reporter_name.setText("Baiq Pelapor")
    form.reporter_contact.setText("0812-0000")
    form.subject_name.setFocus()
    qtbot.keyClicks(form.subject_name, "nura")
    completer = form.registry_completers[0]
    qtbot.waitUntil(lambda: completer.model.rowCount() >= 1, timeout=3000)
    assert all(
        "nur" in completer.model.item(i).text().lower() for i in range(completer.model.rowCount())
    )
    assert completer.completer.popup().isVisible()
    _shot(completer.completer.popup(), "registry_popup")
    ours = next(i for i, e in enumerate(completer.entries) if e.nip == NIP)
    assert "Nur'aini" in completer.model.item(ours).text()
    completer.choose(ours)
    assert form.nip.text() == NIP and form.rank.text() == "III/a"
    assert form.agency.currentText() == "Dinas Pendidikan dan Kebudayaan"
    form.account_handle.setText("@Desy.R")
    qtbot.waitUntil(form.account_owner.isVisible, timeout=3000)
    assert "tercatat milik Désy Ratnasari" in form.account_owner.text()
    _shot(dialog, "intake_form")


def ctx_reference():
    from asn_monitor.domain.reference import load_reference

    return load_reference()


def test_intake_form_offers_to_link_a_duplicate(qtbot, login, tmp_path, monkeypatch) -> None:
    ctx = login("rina")
    existing = CaseService(ctx.database, ctx.user).create(
        {
            "source": "patroli",
            "post_urls": ["https://www.facebook.com/story.php?story_fbid=5&id=9"],
            "summary": "Kasus lama",
            "received_date": "2024-10-01",
        }
    )
    shot = tmp_path / "layar.png"
    shot.write_bytes(tiny_png("layar"))
    asked: list[DuplicateDialog] = []

    def answer(self) -> int:
        asked.append(self)
        _shot(self, "duplicate_dialog")
        self.choose(DuplicateAction.LINK)
        return 1

    monkeypatch.setattr(DuplicateDialog, "exec", answer)
    dialog = NewCaseDialog(ctx, ctx_reference(), [], public_report=True)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.post_urls.setPlainText("https://m.facebook.com/story.php?id=9&story_fbid=5&mibextid=x")
    form.summary.setPlainText("Laporan kedua atas unggahan yang sama")
    form.reporter_name.setText("Pelapor Dua")
    dialog.screenshots.add_paths([shot])
    dialog.save()
    assert asked and asked[0].matches[0].number == existing.number
    assert dialog.created is not None
    row = ctx.database.query_one(
        "SELECT duplicate_of FROM cases WHERE id = ?", (dialog.created.id,)
    )
    assert row["duplicate_of"] == existing.id
    assert (
        ctx.database.scalar("SELECT count(*) FROM evidence WHERE case_id = ?", (dialog.created.id,))
        == 1
    )


def test_intake_form_merges_into_the_existing_case(qtbot, login, monkeypatch) -> None:
    ctx = login("rina")
    existing = CaseService(ctx.database, ctx.user).create(
        {
            "source": "patroli",
            "post_urls": ["https://twitter.com/akun/status/77"],
            "summary": "Kasus lama",
            "received_date": "2024-10-01",
        }
    )

    def answer(self) -> int:
        self.choose(DuplicateAction.MERGE)
        return 1

    monkeypatch.setattr(DuplicateDialog, "exec", answer)
    dialog = NewCaseDialog(ctx, ctx_reference(), [], public_report=True)
    qtbot.addWidget(dialog)
    dialog.form.post_urls.setPlainText(
        "https://x.com/Akun/status/77?s=20\nhttps://x.com/akun/status/78"
    )
    dialog.form.summary.setPlainText("Ada unggahan lanjutan")
    dialog.save()
    assert dialog.created is not None and dialog.created.id == existing.id
    assert len(dialog.created.post_urls) == 2
    notes = CaseService(ctx.database, ctx.user).notes(existing.id)
    assert "Ada unggahan lanjutan" in notes[-1].body


def test_file_menu_has_the_intake_entries(qtbot, login) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(login("rina"))
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Laporan masyarakat baru…" in texts and "&Impor" in texts
    sub = next(a.menu() for a in window.menuBar().actions()[0].menu().actions() if a.menu())
    assert [a.text() for a in sub.actions()] == ["Impor &laporan…", "Impor data &ASN (BKD)…"]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the context menu's popup
def test_duplicate_rows_get_their_own_choice(qtbot, login, tmp_path) -> None:
    ctx = login("rina")
    existing = CaseService(ctx.database, ctx.user).create(
        {
            "source": "patroli",
            "post_urls": [
                "https://www.tiktok.com/@guru/video/1",
                "https://www.tiktok.com/@guru/video/2",
            ],
            "summary": "Kasus lama",
            "received_date": "2024-10-01",
        }
    )
    path = tmp_path / "dup.csv"
    path.write_text(
        "ringkasan,tautan\nSatu,https://tiktok.com/@Guru/video/1?is_from_webapp=1\n"
        "Dua,https://m.tiktok.com/@guru/video/2/\nTiga,https://tiktok.com/@lain/video/3\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(ctx, ImportKind.REPORTS)
    qtbot.addWidget(dialog)
    dialog.load_source(str(path))
    _wait_preview(qtbot, dialog)
    model = dialog.model
    assert [model.line(r).state for r in range(3)] == ["duplicate", "duplicate", "ok"]
    assert model.line(0).cells[5] == existing.number
    assert model.line(0).cells[6] == "Tautkan ke kasus yang ada (umum)"
    dialog.set_row_action([dialog._shown[0]], DuplicateAction.MERGE)
    assert model.line(0).cells[6] == "Gabungkan ke kasus yang ada"
    dialog.resize(1060, 400)
    _shot(dialog, "import_duplicates")
    dialog.table.selectRow(1)
    dialog._row_menu(dialog.table.visualRect(model.index(1, 0)).center())  # opens, no crash
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert "1 kasus baru, 1 tertaut ke kasus yang ada, 1 digabungkan" in dialog.summary.text()
    assert CaseService(ctx.database, ctx.user).notes(existing.id)
