"""The Bukti tab: adding evidence, viewing it verified, autosaving markup, comments,
link re-checks and the exported rendition. The services are fakes (tests/ui/evidence_fakes.py)
that keep the promises of ui/evidence_ports.py."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QImageReader
from PySide6.QtWidgets import QApplication, QInputDialog

from asn_monitor.annotations.shapes import Rect, ShapeKind, make_shape
from asn_monitor.capture.sniff import TooManyPixels
from asn_monitor.errors import AsnError
from tests.ui.evidence_fakes import Added, Check, FakeAnnotations, FakeEvidence, Item
from tests.ui.sample_images import social_post
from ui.annotation_scene import Tool
from ui.case_detail import CaseDetail
from ui.evidence_tab import AUTOSAVE_MS, EvidenceTab, Services
from ui.image_loading import allocation_limit_mb, read_image

NOW = "2026-11-24T09:00:00.000Z"


def editable_case(ctx) -> str:
    service = ctx.cases()
    for row in ctx.database.query("SELECT id FROM cases ORDER BY id"):
        if service.may_edit(service.get(row["id"])):
            return row["id"]
    raise AssertionError("no case this user may edit")


def read_only_case(ctx) -> str:
    service = ctx.cases()
    for row in ctx.database.query("SELECT id FROM cases ORDER BY id"):
        if not service.may_edit(service.get(row["id"])):
            return row["id"]
    raise AssertionError("no read-only case")


@pytest.fixture
def setup(login, qtbot, tmp_path):
    ctx = login("rina")
    evidence = FakeEvidence(tmp_path / "store", ctx.user.id)
    annotations = FakeAnnotations(ctx.user.id)
    tab = EvidenceTab(ctx, lambda: Services(evidence, annotations), background=False)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return ctx, tab, evidence, annotations


def png(path: Path, width=400, height=300, colour="#ffffff") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_files_are_added_together_and_a_duplicate_is_refused(setup, tmp_path, no_modal_dialogs):
    ctx, tab, _evidence, _ = setup
    case_id = editable_case(ctx)
    tab.show_case(case_id)
    assert tab.add_button.isEnabled()
    a = png(tmp_path / "a.png", colour="#ff0000")
    b = png(tmp_path / "b.png", colour="#00ff00")
    empty = tmp_path / "kosong.png"
    empty.write_bytes(b"")
    added = tab.add_files([a, b])
    assert len(added) == 2
    assert tab.strip.count() == 2
    assert tab.current is not None and tab.current.filename == "b.png"
    tab.add_files([a, empty])
    assert tab.strip.count() == 2
    kind, text = no_modal_dialogs[-1]
    assert kind == "warning"
    assert "a.png" in text and "sudah ada" in text
    assert "kosong.png" in text and "kosong" in text


def test_notices_are_shown_without_a_dialog(setup, tmp_path, no_modal_dialogs):
    ctx, tab, evidence, _ = setup
    tab.show_case(editable_case(ctx))
    evidence.notices_for["anim.png"] = ("anim.png adalah GIF beranimasi; hanya bingkai pertama.",)
    tab.add_files([png(tmp_path / "anim.png")])
    assert tab.notices.isVisible()
    assert "bingkai pertama" in tab.notices.label.text()
    assert no_modal_dialogs == []


def test_an_opened_item_is_verified_and_shown(setup, tmp_path, qtbot):
    ctx, tab, _evidence, _ = setup
    tab.show_case(editable_case(ctx))
    social_post(540, 750).save(str(tmp_path / "post.png"))
    tab.add_files([tmp_path / "post.png"])
    assert tab.badge.ok is True
    assert "terverifikasi" in tab.badge.text()
    image = tab.scene.full_image()
    assert image is not None and image.size().toTuple() == (540, 750)
    assert tab.export_button.isEnabled()
    # Once painted, its preview is cached: the thumbnail and the next opening use it.
    qtbot.waitUntil(lambda: tab.previews.has(tab.current.sha256), timeout=2000)
    assert not tab.strip.item(0).icon().isNull()


def test_a_tampered_file_gets_a_red_badge_with_both_hashes(setup, tmp_path):
    ctx, tab, evidence, _ = setup
    case_id = editable_case(ctx)
    tab.show_case(case_id)
    tab.add_files([png(tmp_path / "bukti.png")])
    item = tab.current
    stored = evidence.folder / item.sha256
    stored.write_bytes(stored.read_bytes() + b"x")
    tab.show_case(None)
    tab.show_case(case_id)
    assert tab.badge.ok is False
    assert item.sha256 in tab.badge.text()
    assert "TIDAK cocok" in tab.badge.text()
    found = __import__("hashlib").sha256(stored.read_bytes()).hexdigest()
    assert found in tab.badge.text()
    # Tampered evidence is not marked up or exported.
    assert tab.scene.read_only
    assert not tab.export_button.isEnabled()


def test_markup_is_autosaved_after_a_pause_and_when_leaving(setup, tmp_path, qtbot):
    ctx, tab, _evidence, annotations = setup
    tab.show_case(editable_case(ctx))
    tab.add_files([png(tmp_path / "a.png", colour="#ff0000"), png(tmp_path / "b.png")])
    tab.strip.setCurrentRow(0)
    scene = tab.scene
    scene.add_shape(
        make_shape(ShapeKind.RECTANGLE, created_by="x", created_at=NOW, box=Rect(1, 1, 50, 50))
    )
    assert annotations.saves == []
    assert tab.autosave.isActive()
    qtbot.waitUntil(lambda: len(annotations.saves) == 1, timeout=AUTOSAVE_MS * 4)
    first = tab.current.id
    assert annotations.saves[0][0] == first
    assert scene.undo_stack.isClean()
    # A second edit, then straight to another item: saved at once, not lost.
    scene.add_shape(
        make_shape(ShapeKind.ELLIPSE, created_by="x", created_at=NOW, box=Rect(5, 5, 20, 20))
    )
    tab.strip.setCurrentRow(1)
    assert len(annotations.saves) == 2
    assert [s.kind for s in annotations.shapes[first]] == [ShapeKind.RECTANGLE, ShapeKind.ELLIPSE]
    # Back again: the shapes come back from the service.
    tab.strip.setCurrentRow(0)
    assert len(tab.scene.document) == 2


def test_a_failing_autosave_says_so_and_keeps_the_edits(setup, tmp_path):
    ctx, tab, _evidence, annotations = setup
    tab.show_case(editable_case(ctx))
    tab.add_files([png(tmp_path / "a.png")])
    annotations.fail_save = AsnError("Penyimpanan gagal: disk penuh.")
    tab.scene.add_shape(
        make_shape(ShapeKind.RECTANGLE, created_by="x", created_at=NOW, box=Rect(1, 1, 50, 50))
    )
    assert not tab.save_annotations()
    assert "disk penuh" in tab.status.text()
    assert not tab.scene.undo_stack.isClean()
    annotations.fail_save = None
    assert tab.save_annotations()
    assert len(annotations.shapes[tab.current.id]) == 1


def test_read_only_case_shows_evidence_but_allows_no_edits(setup, tmp_path):
    ctx, tab, evidence, _annotations = setup
    case_id = read_only_case(ctx)
    evidence.add_bytes(case_id, png(tmp_path / "x.png").read_bytes(), "x.png")
    tab.show_case(case_id)
    assert tab.current is not None
    assert not tab.add_button.isEnabled() and not tab.url_button.isEnabled()
    assert tab.scene.read_only
    assert not tab.toolbar.tool_actions[Tool.RECTANGLE].isEnabled()
    assert tab.toolbar.tool_actions[Tool.COMMENT].isEnabled()


def test_paste_a_screenshot_from_the_clipboard(setup):
    ctx, tab, evidence, _ = setup
    tab.show_case(editable_case(ctx))
    image = social_post(270, 375)
    QApplication.clipboard().setImage(image)
    tab.paste_from_clipboard()
    assert evidence.calls[-1][0] == "add_bytes"
    assert evidence.calls[-1][1].startswith("tempel-") and evidence.calls[-1][1].endswith(".png")
    assert tab.strip.count() == 1
    assert tab.scene.full_image().size() == image.size()


def test_paste_with_no_image_explains(setup):
    ctx, tab, evidence, _ = setup
    tab.show_case(editable_case(ctx))
    QApplication.clipboard().setText("bukan gambar")
    tab.paste_from_clipboard()
    assert evidence.calls == []
    assert "tidak berisi gambar" in tab.notices.label.text()


def test_drop_files_on_the_tab(setup, tmp_path):
    ctx, tab, evidence, _ = setup
    tab.show_case(editable_case(ctx))
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(png(tmp_path / f"{n}.png", colour=c)))
            for n, c in [("p", "#123456"), ("q", "#654321")]
        ]
    )
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dropEvent(event)
    assert [c for c, _ in evidence.calls if c == "add_file"] == ["add_file", "add_file"]
    assert tab.strip.count() == 2


def test_url_capture_runs_in_a_worker_and_adds_the_item(setup, qtbot, tmp_path):
    ctx, tab, evidence, _ = setup
    case_id = editable_case(ctx)
    tab.show_case(case_id)
    data = png(tmp_path / "u.png").read_bytes()
    stored = evidence.add_bytes("elsewhere", data, "u.png")
    evidence.items.remove(stored.item)
    item = Item(
        **{
            **stored.item.__dict__,
            "case_id": case_id,
            "source_url": "https://example.org/p/1",
            "final_url": "https://example.org/p/1",
            "http_status": 200,
        }
    )
    evidence.capture_result = Added(item, ("Dialihkan satu kali.",))
    tab.background = True
    dialog = tab.capture_url_dialog()
    dialog.url.setText("https://example.org/p/1")
    dialog.description.setText("unggahan")
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert ("capture_url", "https://example.org/p/1") in evidence.calls
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.id == item.id, timeout=5000)
    tab.wait_for_image()
    assert "Dialihkan" in tab.notices.label.text()
    assert tab.recheck_button.isEnabled()


def test_url_capture_refusal_stays_in_the_dialog(setup, qtbot):
    ctx, tab, evidence, _ = setup
    tab.show_case(editable_case(ctx))
    evidence.capture_result = AsnError("Server tidak menjawab dalam 20 detik.")
    tab.background = True
    dialog = tab.capture_url_dialog()
    dialog.url.setText("https://lambat.example")
    dialog.start()
    qtbot.waitUntil(lambda: "tidak menjawab" in dialog.status.text(), timeout=5000)
    assert dialog.isVisible()
    assert dialog.url.text() == "https://lambat.example"
    assert dialog.start_button.isEnabled()
    dialog.reject()


def test_cancelling_a_url_capture_stops_the_fetch(setup, qtbot):
    ctx, tab, evidence, _ = setup
    tab.show_case(editable_case(ctx))
    evidence.hang = True
    tab.background = True
    dialog = tab.capture_url_dialog()
    dialog.url.setText("https://lambat.example/video")
    dialog.start()
    qtbot.waitUntil(lambda: ("capture_url", "https://lambat.example/video") in evidence.calls)
    dialog.reject()
    # The fetch was told at once (not left to run until the server gives up).
    qtbot.waitUntil(lambda: ("cancel_seen", "True") in evidence.calls, timeout=2000)
    assert not dialog.isVisible()
    assert dialog.worker is not None
    dialog.worker.wait(2.0)


def test_url_capture_needs_a_url(setup):
    ctx, tab, evidence, _ = setup
    tab.show_case(editable_case(ctx))
    dialog = tab.capture_url_dialog()
    dialog.start()
    assert "Isi alamat URL" in dialog.status.text()
    assert evidence.calls == []
    dialog.reject()


def test_recheck_reports_a_changed_link(setup, tmp_path):
    ctx, tab, evidence, _ = setup
    case_id = editable_case(ctx)
    evidence.add_bytes(
        case_id, png(tmp_path / "x.png").read_bytes(), "x.png", source_url="https://example.org/x"
    )
    tab.show_case(case_id)
    evidence.recheck_result = Check("changed", 200, "ab" * 32)
    tab.recheck_link()
    assert ("recheck", tab.current.id) in evidence.calls
    assert "BERUBAH" in tab.notices.label.text()


def test_export_rendition_records_it_and_burns_the_redaction(setup, tmp_path):
    ctx, tab, _evidence, annotations = setup
    tab.show_case(editable_case(ctx))
    tab.add_files([png(tmp_path / "putih.png", 200, 100)])
    tab.scene.add_shape(
        make_shape(ShapeKind.REDACTION, created_by="x", created_at=NOW, box=Rect(10, 10, 50, 30))
    )
    target = tmp_path / "out" / "rendisi.png"
    assert tab.export_rendition(target) == target
    rendition = annotations.renditions[tab.current.id]
    assert rendition.source_sha256 == tab.current.sha256
    assert rendition.data == target.read_bytes()
    # The markup was saved first, so the digest describes what was burned in.
    assert annotations.shapes[tab.current.id][0].kind is ShapeKind.REDACTION
    exported = QImage(str(target))
    assert QColor(exported.pixel(30, 20)).name() == "#000000"
    assert QColor(exported.pixel(100, 80)).name() == "#ffffff"


def test_region_comments_added_resolved_and_reopened(setup, tmp_path, monkeypatch):
    ctx, tab, _evidence, annotations = setup
    tab.show_case(editable_case(ctx))
    tab.add_files([png(tmp_path / "a.png")])
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Cek tanggal unggah", True)
    )
    tab.scene.comment_requested.emit(Rect(10, 10, 100, 40))
    assert tab.comments.list.count() == 1
    assert "Cek tanggal unggah" in tab.comments.list.item(0).text()
    assert len(tab.scene.comment_items) == 1
    tab.comments.list.setCurrentRow(0)
    assert tab.comments.resolve_button.isEnabled()
    tab.comments.resolve_button.click()
    assert not annotations.comments[tab.current.id][0].is_open
    assert "selesai" in tab.comments.list.item(0).text()
    tab.comments.list.setCurrentRow(0)
    tab.comments.reopen_button.click()
    assert annotations.comments[tab.current.id][0].is_open


def test_metadata_changes_are_saved_through_the_service(setup, tmp_path):
    ctx, tab, evidence, _ = setup
    tab.show_case(editable_case(ctx))
    tab.add_files([png(tmp_path / "a.png")])
    tab.metadata.account.setText("@budi_s")
    tab.metadata.platform.setCurrentIndex(tab.metadata.platform.findData("facebook"))
    tab.metadata.posted_at.setText("12/02/2024 20.15")
    tab.metadata.save_button.click()
    assert evidence.calls[-1] == (
        "update_metadata",
        {"account": "@budi_s", "platform": "facebook", "posted_at": "12/02/2024 20.15"},
    )
    assert tab.current.account == "@budi_s" and tab.current.version == 2


def jpeg_with_orientation(path: Path, orientation: int) -> Path:
    """A 40 × 20 JPEG whose EXIF says how to turn it (6: 90° clockwise)."""
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff0000"))
    for x in range(20):  # left half blue, to see where it ends up
        for y in range(20):
            image.setPixelColor(x, y, QColor("#0000ff"))
    plain = path.with_suffix(".plain.jpg")
    assert image.save(str(plain), "JPEG", 95)
    data = plain.read_bytes()
    # A minimal big-endian TIFF with one IFD entry: Orientation (0x0112), SHORT, 1 value.
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1)
    tiff += struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack(">I", 0)
    payload = b"Exif\x00\x00" + tiff
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    path.write_bytes(data[:2] + app1 + data[2:])
    return path


def test_exif_orientation_is_respected(tmp_path, qapp):
    path = jpeg_with_orientation(tmp_path / "foto.jpg", 6)
    image = read_image(path)
    assert image.size().toTuple() == (20, 40)
    # Turned clockwise: the blue left half is now on top.
    assert QColor(image.pixel(10, 5)).blue() > 200
    assert QColor(image.pixel(10, 35)).red() > 200


def test_exif_orientation_in_the_viewer(setup, tmp_path):
    ctx, tab, _evidence, _ = setup
    tab.show_case(editable_case(ctx))
    tab.add_files([jpeg_with_orientation(tmp_path / "foto.jpg", 6)])
    assert tab.scene.full_image().size().toTuple() == (20, 40)
    assert tab.scene.sceneRect().size().toTuple() == (20.0, 40.0)


def oversized_png(path: Path, width: int, height: int) -> Path:
    """A PNG header claiming a huge picture (no pixel data needed to be refused)."""
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    data = (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )
    idat = zlib.compress(b"\x00" * 64)
    data += (
        struct.pack(">I", len(idat))
        + b"IDAT"
        + idat
        + struct.pack(">I", zlib.crc32(b"IDAT" + idat))
    )
    data += struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    path.write_bytes(data)
    return path


def test_an_oversized_image_is_refused_with_a_clear_message(tmp_path, qapp):
    path = oversized_png(tmp_path / "raksasa.png", 12_000, 10_000)
    with pytest.raises(TooManyPixels) as caught:
        read_image(path)
    assert "12000 × 10000" in str(caught.value)
    assert "120,0 megapiksel" in str(caught.value)
    # The decoder is capped too, in case a header lies about the size.
    assert QImageReader.allocationLimit() == allocation_limit_mb(100_000_000)


def test_the_allocation_limit_refuses_what_a_lower_cap_forbids(tmp_path, qapp):
    path = png(tmp_path / "sedang.png", 2000, 1500)
    with pytest.raises(TooManyPixels):
        read_image(path, max_pixels=1_000_000)
    assert not read_image(path).isNull()


def test_an_oversized_image_in_the_tab_shows_the_message(setup, tmp_path):
    ctx, tab, _evidence, _ = setup
    tab.show_case(editable_case(ctx))
    tab.add_files([oversized_png(tmp_path / "raksasa.png", 12_000, 10_000)])
    assert tab.stack.currentWidget() is tab.message
    assert "megapiksel" in tab.message.text()


def test_case_detail_has_an_evidence_tab(login, qtbot, tmp_path):
    from asn_monitor.domain.reference import load_reference

    ctx = login("rina")
    detail = CaseDetail(ctx, load_reference(), [])
    qtbot.addWidget(detail)
    titles = [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    assert "Bukti" in titles
    case_id = editable_case(ctx)
    detail.show_case(case_id)
    # Hidden tab: only the case is remembered; nothing is loaded until it is shown.
    assert detail.evidence.case_id == case_id


def test_thumbnails_are_made_for_items_not_yet_opened(setup, tmp_path, qtbot):
    ctx, tab, evidence, _ = setup
    case_id = editable_case(ctx)
    for name, colour in [("a.png", "#ff0000"), ("b.png", "#0000ff")]:
        evidence.add_bytes(case_id, png(tmp_path / name, colour=colour).read_bytes(), name)
    tab.show_case(case_id)
    qtbot.waitUntil(lambda: all(tab.previews.has(i.sha256) for i in evidence.items), timeout=5000)
    assert not tab.strip.item(1).icon().isNull()


def test_the_none_guard_survives_many_painter_calls(qapp):
    import sys

    from PySide6.QtGui import QPainter

    from ui.none_refcount import protect_none

    guarded = protect_none()
    before = sys.getrefcount(None)
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    for _ in range(100_000):
        painter.setOpacity(1.0)
    painter.end()
    # Either these bindings do not leak (requirements exclude the PySide6 that does), or
    # the guard's reserve absorbed the leak; in both cases the interpreter is still alive.
    assert sys.getrefcount(None) >= before - 10 or (guarded and sys.getrefcount(None) > 1 << 39)


def test_markup_is_saved_when_the_tab_is_hidden(setup, tmp_path):
    ctx, tab, _evidence, annotations = setup
    tab.show_case(editable_case(ctx))
    tab.add_files([png(tmp_path / "a.png")])
    tab.scene.add_shape(
        make_shape(ShapeKind.RECTANGLE, created_by="x", created_at=NOW, box=Rect(1, 1, 9, 9))
    )
    tab.hide()
    assert len(annotations.saves) == 1


def test_marks_drawn_on_another_pc_appear_on_the_open_item(qtbot, office, tmp_path):
    from asn_monitor.annotations import Rect, ShapeKind, make_shape
    from asn_monitor.services.annotations import AnnotationService
    from ui.main_window import MainWindow

    window = MainWindow(office.ctx)
    qtbot.addWidget(window)
    window.show()
    case_id, evidence_id = office.ctx.database.query(
        "SELECT c.id, e.id FROM cases c JOIN evidence e ON e.case_id = c.id "
        "WHERE c.status = 'diverifikasi' LIMIT 1"
    )[0].values()
    window.list_panel.select_case(case_id)
    tab = window.detail.evidence
    window.detail.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.id == evidence_id)
    before = len(tab.scene.document.shapes)
    # PC B (another process's replica of the same office) marks the same screenshot.
    office.engine_b.sync_once()
    on_b = AnnotationService(office.db_b, office.users["supervisor"])
    existing = on_b.load(evidence_id).shapes  # the demo's own marks stay
    box = make_shape(
        ShapeKind.RECTANGLE,
        created_by=office.users["supervisor"].id,
        created_at="2026-11-24T10:00:00.000Z",
        box=Rect(5, 5, 50, 40),
        text="dari komputer lain",
        z=len(existing),
    )
    on_b.save(evidence_id, [*existing, box])
    office.engine_b.sync_once()
    office.engine_a.sync_once()
    qtbot.waitUntil(lambda: len(tab.scene.document.shapes) == before + 1)
    assert any(s.id == box.id for s in tab.scene.document.shapes)
