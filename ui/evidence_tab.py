"""The "Bukti" tab of a case: its evidence items, the viewer with the annotation tools, the
region comments and each item's provenance; adding files, pasted screenshots and URLs."""

from __future__ import annotations

import datetime as dt
import functools
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QHideEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.annotations.shapes import Rect
from asn_monitor.errors import AsnError
from asn_monitor.services.annotations import shapes_digest
from asn_monitor.store.database import iso, utc_now
from ui import icons
from ui.annotation_scene import AnnotationScene
from ui.annotation_toolbar import AnnotationToolbar
from ui.comments_panel import CommentsPanel
from ui.context import AppContext
from ui.evidence_metadata import EvidenceMetadata
from ui.evidence_ports import (
    AddOutcome,
    AnnotationPort,
    EvidencePort,
    EvidenceRecord,
    IntegrityResult,
    LinkCheckResult,
)
from ui.evidence_viewer import EvidenceViewer
from ui.image_loading import PreviewCache, make_preview, read_image
from ui.rendition import png_bytes, render
from ui.texts import error_text, format_timestamp, show_error, tr_domain
from ui.url_capture_dialog import UrlCaptureDialog
from ui.worker import Worker

AUTOSAVE_MS = 800
THUMB_SIZE = QSize(72, 54)
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff"})


def is_image(item: EvidenceRecord) -> bool:
    media = getattr(item, "media_type", None) or ""
    if media:
        return media.startswith("image/") and media != "image/svg+xml"
    return Path(item.filename or "").suffix.lower() in IMAGE_SUFFIXES


@dataclass
class Services:
    evidence: EvidencePort
    annotations: AnnotationPort


class IntegrityBadge(QLabel):
    """Green when the file's SHA-256 matches the record; red, with both hashes, when not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ok: bool | None = None

    def show_result(self, result: IntegrityResult) -> None:
        self.ok = result.ok
        if result.ok:
            self.setText(
                self.tr("✓ Hash terverifikasi · SHA-256 {hash}…").format(hash=result.expected[:16])
            )
            self.setToolTip(result.expected)
            self.setStyleSheet("color:#1b5e20; background:#e8f5e9; padding:3px 8px;")
        else:
            self.setText(
                self.tr(
                    "⚠ Berkas TIDAK cocok dengan hash yang tercatat — bukti ini mungkin telah "
                    "diubah atau rusak.\nTercatat: {expected}\nDitemukan: {found}"
                ).format(
                    expected=result.expected, found=result.found or self.tr("berkas tidak ada")
                )
            )
            self.setToolTip("")
            self.setStyleSheet("color:white; background:#c62828; padding:4px 8px; font-weight:600;")

    def show_problem(self, text: str) -> None:
        self.ok = False
        self.setText("⚠ " + text)
        self.setStyleSheet("color:white; background:#c62828; padding:4px 8px;")


class NoticeBar(QWidget):
    """Non-modal messages (an animated GIF kept as its first frame, a link re-check)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Tutup pemberitahuan"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setAutoFillBackground(True)
        self.hide()

    def show_lines(self, lines: Sequence[str], *, warning: bool = False) -> None:
        if not lines:
            return
        colour = "#fff3e0" if warning else "#e3f2fd"
        self.setStyleSheet(f"background:{colour};")
        self.label.setText("\n".join(lines))
        self.show()


# Records whose change on another PC the open Bukti tab shows at once.
REMOTE_ENTITIES = frozenset({"evidence", "annotation", "region_comment", "rendition", "link_check"})


class EvidenceTab(QWidget):
    """Call :meth:`show_case` with the selected case. ``evidence_changed`` is emitted after an
    item was added or its record changed."""

    evidence_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        services: Callable[[], Services] | None = None,
        *,
        background: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._services = services or (lambda: Services(ctx.evidence(), ctx.annotations()))
        self.background = background
        self.previews = PreviewCache(ctx.workspace_dir / "previews")
        self.case_id: str | None = None
        self.items: list[EvidenceRecord] = []
        self.current: EvidenceRecord | None = None
        self.integrity: IntegrityResult | None = None
        self.editable = False
        self._names: dict[str, str] | None = None
        self._loader: Worker | None = None
        self._load_token = 0
        self._workers: list[Worker] = []
        self._pending = False
        self._thumbnails: list[EvidenceRecord] = []
        self._thumbnailer: Worker | None = None
        self.setAcceptDrops(True)

        self.scene = AnnotationScene(ctx.user.id, lambda: iso(utc_now()), self.names, self)
        self.viewer = EvidenceViewer(self.scene)
        self.viewer.setAcceptDrops(False)
        self.viewer.viewport().setAcceptDrops(False)
        self.toolbar = AnnotationToolbar(self.scene, self.viewer)
        self.scene.message.connect(self._scene_message)
        self.scene.comment_requested.connect(self._add_comment)
        self.scene.text_edit_requested.connect(self._edit_callout_text)
        self.scene.undo_stack.indexChanged.connect(self._schedule_save)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_annotations)

        self.add_button = self._button(
            "add_file",
            self.tr("Tambah berkas…"),
            self.add_files_dialog,
            self.tr("Tambahkan satu atau beberapa berkas; bisa juga diseret ke sini"),
        )
        self.paste_button = self._button(
            "paste",
            self.tr("Tempel"),
            self.paste_from_clipboard,
            self.tr("Tambahkan gambar dari papan klip (Ctrl+Shift+V)"),
        )
        self.url_button = self._button(
            "url",
            self.tr("Tangkap URL…"),
            self.capture_url_dialog,
            self.tr("Ambil halaman atau gambar dari alamat web"),
        )
        self.recheck_button = self._button(
            "link",
            self.tr("Cek ulang tautan"),
            self.recheck_link,
            self.tr("Periksa apakah tautan bukti terpilih masih ada dan isinya sama"),
        )
        self.export_button = self._button(
            "export",
            self.tr("Ekspor rendisi…"),
            self.export_rendition,
            self.tr("Simpan PNG dengan anotasi dan sensor yang dibakar ke gambar"),
        )
        paste_shortcut = QShortcut(QKeySequence("Ctrl+Shift+V"), self)
        paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste_shortcut.activated.connect(self.paste_from_clipboard)
        actions = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.url_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.recheck_button)
        actions.addWidget(self.export_button)

        self.strip = QListWidget()
        self.strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.strip.setFlow(QListWidget.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setIconSize(THUMB_SIZE)
        self.strip.setFixedHeight(THUMB_SIZE.height() + 40)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.strip.setMovement(QListWidget.Movement.Static)
        self.strip.setUniformItemSizes(True)
        self.strip.setGridSize(QSize(THUMB_SIZE.width() + 28, THUMB_SIZE.height() + 22))
        self.strip.currentRowChanged.connect(self._row_changed)

        self.notices = NoticeBar()
        self.badge = IntegrityBadge()
        self.status = QLabel()
        self.status.setStyleSheet("color:#555;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color:#444; font-size:11pt; padding:24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.viewer)
        self.stack.addWidget(self.message)

        viewer_column = QWidget()
        column = QVBoxLayout(viewer_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.badge)
        column.addWidget(self.toolbar)
        picture = QHBoxLayout()
        picture.setSpacing(0)
        picture.addWidget(self.toolbar.tools)
        picture.addWidget(self.stack, 1)
        column.addLayout(picture, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.toolbar.zoom_label)
        column.addLayout(footer)

        self.comments = CommentsPanel()
        self.comments.resolve_requested.connect(self._resolve_comment)
        self.comments.reopen_requested.connect(self._reopen_comment)
        self.comments.focus_requested.connect(self._focus_comment)
        self.metadata = EvidenceMetadata()
        self.metadata.save_requested.connect(self._save_metadata)
        self.side = QTabWidget()
        self.side.addTab(self.metadata, self.tr("Keterangan"))
        self.side.addTab(self.comments, self.tr("Komentar"))
        self.side.setMinimumWidth(220)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(viewer_column)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([760, 240])

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#666; font-size:11pt;")
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.notices)
        layout.addWidget(self.strip)
        layout.addWidget(self.body, 1)
        self._update_buttons()

    def _button(self, icon: str, text: str, slot: Callable[[], object], tip: str) -> QPushButton:
        button = QPushButton(icons.icon(icon), text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _=False: slot())
        return button

    def services(self) -> Services:
        return self._services()

    def names(self) -> dict[str, str]:
        if self._names is None:
            try:
                self._names = {u.id: u.display_name for u in self.ctx.users().list_users()}
            except AsnError:
                self._names = {self.ctx.user.id: self.ctx.user.display_name}
        return self._names

    # -- showing --------------------------------------------------------------------------

    def show_case(self, case_id: str | None, *, select: str | None = None) -> None:
        """Show the evidence of ``case_id`` (None clears the tab).

        While the tab is hidden only the case is remembered: nothing is verified or decoded
        for a tab nobody looks at. Showing the same case again with the same items keeps the
        open item as it is (the detail view reloads after every save).
        """
        if not self.isVisible() and select is None:
            if case_id != self.case_id or self.current is not None:
                self.leave_item()
                self.current = None
                self.scene.clear_content()
            self.case_id = case_id
            self._pending = True
            return
        self._pending = False
        editable = False
        items: list[EvidenceRecord] = []
        problem = None
        if case_id is not None:
            try:
                cases = self.ctx.cases()
                editable = cases.may_edit(cases.get(case_id))
                items = list(self.services().evidence.list(case_id))
            except AsnError as exc:
                problem = error_text(exc)
        unchanged = (
            case_id == self.case_id
            and self.current is not None
            and select is None
            and [(i.id, i.version) for i in items] == [(i.id, i.version) for i in self.items]
        )
        if unchanged:
            self.editable = editable
            self.metadata.show_item(self.current, self.names(), editable)
            ok = bool(self.integrity and self.integrity.ok)
            self.scene.set_read_only(not editable or not ok)
            self._update_buttons()
            return
        self.leave_item()
        self._names = None
        self.case_id = case_id
        self.notices.hide()
        self.items = items
        self.editable = editable
        if problem:
            self.notices.show_lines([problem], warning=True)
        self.current = None
        self._fill_strip(select)
        self._update_buttons()

    def remote_changed(self, rows: set[tuple[str, str]]) -> None:
        """Sync brought another PC's changes to this case: new items, new marks or
        comments on them. The open item is saved first (only this user's edits are
        written, so the others' survive) and shown again with everything merged."""
        if self.case_id is None:
            return
        if not self.isVisible():
            self.current = None  # shown again later from scratch
            self._pending = True
            return
        if not any(entity in REMOTE_ENTITIES for entity, _id in rows):
            return
        select = self.current.id if self.current is not None else None
        self.show_case(self.case_id, select=select)

    def hideEvent(self, event: QHideEvent) -> None:
        # Another tab, another case or closing the window: markup is saved now, not later.
        self.save_annotations()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self.show_case(self.case_id)

    def _fill_strip(self, select: str | None) -> None:
        self.strip.blockSignals(True)
        self.strip.clear()
        for item in self.items:
            entry = QListWidgetItem(self._thumbnail(item), self._caption(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(
                "\n".join(
                    filter(
                        None,
                        [
                            item.filename or "",
                            item.description,
                            self.tr("ditangkap {when}").format(
                                when=format_timestamp(item.captured_at)
                            ),
                        ],
                    )
                )
            )
            self.strip.addItem(entry)
        self.strip.blockSignals(False)
        if not self.items:
            self.current = None
            self.scene.clear_content()
            self.body.setCurrentWidget(self.empty)
            self.empty.setText(
                self.tr(
                    "Belum ada bukti pada kasus ini.\nTambahkan berkas (atau seret ke sini), "
                    "tempel tangkapan layar (Ctrl+Shift+V), atau tangkap URL."
                )
                if self.case_id
                else self.tr("Pilih kasus untuk melihat buktinya.")
            )
            return
        self.body.setCurrentWidget(self.splitter)
        self._thumbnails = [
            i for i in self.items if i.sha256 and is_image(i) and not self.previews.has(i.sha256)
        ]
        ids = [i.id for i in self.items]
        row = ids.index(select) if select in ids else 0
        self.strip.setCurrentRow(row)
        if self.strip.currentRow() == row and (self.current is None or self.current.id != ids[row]):
            self._row_changed(row)
        QTimer.singleShot(0, self._next_thumbnail)

    def _next_thumbnail(self) -> None:
        """Make the preview (and so the thumbnail) of one item never opened on this PC."""
        if self._thumbnailer is not None and self._thumbnailer.running():
            return
        while self._thumbnails:
            item = self._thumbnails.pop(0)
            opened = self.current is not None and self.current.id == item.id
            if opened or not item.sha256 or self.previews.has(item.sha256):
                continue  # the open item gets its preview from its own decode
            try:
                path = self.services().evidence.open_path(item.id)
            except AsnError:
                continue  # the badge says why when the item is opened
            name = item.filename or path.name

            def job(path: Path = path, name: str = name) -> QImage:
                return make_preview(read_image(path, name=name))

            worker = Worker(job, self)
            worker.succeeded.connect(lambda image, item=item: self._thumbnail_ready(item, image))
            worker.failed.connect(lambda _exc: self._next_thumbnail())
            self._thumbnailer = worker
            if self.background:
                worker.start()
            else:
                worker.run_here()
            return

    def _thumbnail_ready(self, item: EvidenceRecord, preview: QImage) -> None:
        if item.sha256:
            self.previews.put(item.sha256, preview)
        self._refresh_thumbnail(item)
        QTimer.singleShot(0, self._next_thumbnail)

    def _refresh_thumbnail(self, item: EvidenceRecord) -> None:
        for row in range(self.strip.count()):
            entry = self.strip.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == item.id:
                entry.setIcon(self._thumbnail(item))

    def _caption(self, item: EvidenceRecord) -> str:
        name = item.description or item.filename or self.tr("(tanpa nama)")
        return name if len(name) <= 16 else name[:15] + "…"

    def _thumbnail(self, item: EvidenceRecord) -> QIcon:
        if item.sha256 and is_image(item):
            preview = self.previews.get(item.sha256)
            if preview is not None:
                return QIcon(
                    QPixmap.fromImage(
                        preview.scaled(
                            THUMB_SIZE,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
                )
            return icons.icon("tool_rectangle")
        return icons.icon("url" if item.source_url else "add_file")

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.show_item(self.items[row])

    def show_item(self, item: EvidenceRecord) -> None:
        """Open ``item``: verify its hash, show the picture (preview first) and its markup."""
        self.leave_item()
        self.current = item
        self._load_token += 1
        self.body.setCurrentWidget(self.splitter)
        services = self.services()
        self.metadata.show_item(item, self.names(), self.editable)
        self.recheck_button.setEnabled(bool(item.source_url))
        try:
            integrity = services.evidence.verify_item(item.id)
        except AsnError as exc:
            self.integrity = None
            self.badge.show_problem(error_text(exc))
            self._show_message(error_text(exc))
            self._update_buttons()
            return
        self.integrity = integrity
        self.badge.show_result(integrity)
        try:
            document = services.annotations.load(item.id)
        except AsnError as exc:
            self._show_message(error_text(exc))
            self._update_buttons()
            return
        self.scene.clear_content()
        self.scene.set_document(document)
        self.scene.set_read_only(not self.editable or not integrity.ok)
        self._show_comments()
        if not is_image(item):
            self._show_message(
                self.tr(
                    "{name} bukan gambar ({type}); berkas disimpan apa adanya dan tidak "
                    "ditampilkan di sini."
                ).format(name=item.filename or "?", type=item.media_type or item.kind)
            )
            self._update_buttons()
            return
        path = integrity.path
        if path is None or not Path(path).is_file():
            self._show_message(self.tr("Berkas bukti tidak tersedia di komputer ini."))
            self._update_buttons()
            return
        self.stack.setCurrentWidget(self.viewer)
        preview = self.previews.get(item.sha256) if item.sha256 else None
        if preview is not None and item.width and item.height:
            self.scene.set_preview(preview, item.width, item.height)
            self.viewer.reset_view()
            self.status.setText(self.tr("Memuat gambar penuh…"))
        self._load_full(item, Path(path), self._load_token)
        self._update_buttons()

    def _load_full(self, item: EvidenceRecord, path: Path, token: int) -> None:
        name = item.filename or path.name

        def job() -> QImage:
            return read_image(path, name=name)

        if not self.background:
            try:
                image = job()
            except AsnError as exc:
                self._image_failed(token, exc)
                return
            self._image_ready(token, item, image)
            return
        worker = Worker(job, self)
        worker.succeeded.connect(lambda image: self._image_ready(token, item, image))
        worker.failed.connect(lambda exc: self._image_failed(token, exc))
        self._loader = worker
        worker.start()

    def _image_ready(self, token: int, item: EvidenceRecord, image: QImage) -> None:
        if token != self._load_token:
            return  # the user moved on to another item meanwhile
        had_preview = self.scene.image_item.levels and not self.scene.image_item.has_full
        self.scene.set_image(image)
        if not had_preview:
            self.viewer.reset_view()
        self.status.setText(self.tr("{w} × {h} piksel").format(w=image.width(), h=image.height()))
        if item.sha256 and not self.previews.has(item.sha256):
            # After this paint: the picture is on screen before its preview is written.
            QTimer.singleShot(0, self, lambda: self._cache_preview(item, image))
        self._update_buttons()

    def _cache_preview(self, item: EvidenceRecord, image: QImage) -> None:
        if item.sha256 and not self.previews.has(item.sha256):
            self.previews.put(item.sha256, image)
            self._refresh_thumbnail(item)

    def _image_failed(self, token: int, exc: AsnError) -> None:
        if token == self._load_token:
            self._show_message(error_text(exc))
            self.status.setText("")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def wait_for_image(self, timeout: float = 10.0) -> None:
        """Block until a background decode is done and delivered (tests, benchmarks)."""
        if self._loader is not None:
            self._loader.wait(timeout)
            QApplication.processEvents()

    def _update_buttons(self) -> None:
        has_case = self.case_id is not None
        for button in (self.add_button, self.paste_button, self.url_button):
            button.setEnabled(has_case and self.editable)
        self.export_button.setEnabled(
            self.current is not None
            and self.scene.full_image() is not None
            and bool(self.integrity and self.integrity.ok)
        )
        self.recheck_button.setEnabled(self.current is not None and bool(self.current.source_url))

    # -- annotations ----------------------------------------------------------------------

    def _schedule_save(self) -> None:
        if not self.scene.undo_stack.isClean():
            self.autosave.start()

    def save_annotations(self) -> bool:
        """Write the shapes if they changed; False (with the reason shown) if that failed."""
        self.autosave.stop()
        document = self.scene.document
        if document is None or self.scene.undo_stack.isClean() or self.current is None:
            return True
        try:
            self.services().annotations.save(document.evidence_id, document.shapes)
        except AsnError as exc:
            self.status.setText(
                self.tr("Anotasi belum tersimpan: {reason}").format(reason=error_text(exc))
            )
            self.status.setStyleSheet("color:#b71c1c;")
            return False
        self.scene.undo_stack.setClean()
        self.status.setStyleSheet("color:#555;")
        self.status.setText(self.tr("Anotasi tersimpan."))
        return True

    def leave_item(self) -> None:
        """Save pending markup before another item (or case) is shown."""
        if self.current is not None and not self.save_annotations():
            QMessageBox.warning(
                self,
                self.tr("Anotasi belum tersimpan"),
                self.status.text(),
            )
        self._load_token += 1

    def _scene_message(self, text: str) -> None:
        self.status.setStyleSheet("color:#8d6e00;")
        self.status.setText(text)

    def _edit_callout_text(self, shape_id: str) -> None:
        document = self.scene.document
        if document is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Teks keterangan"), self.tr("Teks:"), document.get(shape_id).text
        )
        if ok:
            self.scene.edit_text(shape_id, text)

    # -- comments -------------------------------------------------------------------------

    def _show_comments(self) -> None:
        document = self.scene.document
        self.comments.show_comments(document.comments if document is not None else (), self.names())

    def _reload_comments(self) -> None:
        if self.current is None or self.scene.document is None:
            return
        fresh = self.services().annotations.load(self.current.id)
        for comment in fresh.comments:
            self.scene.document.put_comment(comment)
        self._show_comments()

    def _add_comment(self, box: Rect) -> None:
        if self.current is None:
            return
        body, ok = QInputDialog.getMultiLineText(
            self, self.tr("Komentar area"), self.tr("Komentar untuk area yang ditandai:")
        )
        if not ok or not body.strip():
            return
        evidence_id = self.current.id
        self._comment_call(lambda a: a.add_comment(evidence_id, box, body.strip()))
        self.side.setCurrentWidget(self.comments)

    def _resolve_comment(self, comment_id: str) -> None:
        self._comment_call(lambda a: a.resolve_comment(comment_id))

    def _reopen_comment(self, comment_id: str) -> None:
        self._comment_call(lambda a: a.reopen_comment(comment_id))

    def _comment_call(self, call: Callable[[AnnotationPort], object]) -> None:
        try:
            call(self.services().annotations)
            self._reload_comments()
        except AsnError as exc:
            show_error(self, exc)

    def _focus_comment(self, comment_id: str) -> None:
        document = self.scene.document
        if document is None:
            return
        box = document.comment(comment_id).box
        self.viewer.centerOn(QRectF(box.x, box.y, box.w, box.h).center())

    # -- adding evidence ------------------------------------------------------------------

    def add_files_dialog(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Tambah berkas bukti"),
            "",
            self.tr(
                "Gambar dan dokumen (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.pdf *.html *.htm);;Semua berkas (*)"
            ),
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: Sequence[Path]) -> list[AddOutcome]:
        """Add each file; refusals are listed together, the rest go in."""
        if self.case_id is None:
            return []
        case_id = self.case_id
        evidence = self.services().evidence
        return self._adding(
            [(p.name, functools.partial(evidence.add_file, case_id, p)) for p in paths]
        )

    def add_image_bytes(self, data: bytes, filename: str) -> list[AddOutcome]:
        if self.case_id is None:
            return []
        case_id = self.case_id
        evidence = self.services().evidence
        return self._adding([(filename, lambda: evidence.add_bytes(case_id, data, filename))])

    def _adding(self, jobs: Sequence[tuple[str, Callable[[], AddOutcome]]]) -> list[AddOutcome]:
        self.leave_item()
        added: list[AddOutcome] = []
        refused: list[str] = []
        notes: list[str] = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for name, job in jobs:
                try:
                    outcome = job()
                except AsnError as exc:
                    refused.append(f"• {name}: {error_text(exc)}")
                    continue
                added.append(outcome)
                notes += [_notice_text(n) for n in outcome.notices]
        finally:
            QApplication.restoreOverrideCursor()
        if added:
            self._after_add(added[-1].item.id)
        if notes:
            self.notices.show_lines(notes)
        if refused:
            head = self.tr("%n berkas tidak ditambahkan:", "", len(refused))
            QMessageBox.warning(self, self.tr("Bukti ditolak"), "\n".join([head, *refused]))
        return added

    def _after_add(self, evidence_id: str) -> None:
        assert self.case_id is not None
        self.show_case(self.case_id, select=evidence_id)
        self.evidence_changed.emit(self.case_id)

    def paste_from_clipboard(self) -> None:
        if self.case_id is None or not self.editable:
            return
        mime = QApplication.clipboard().mimeData()
        if mime is not None and mime.hasUrls():
            files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            if files:
                self.add_files(files)
                return
        image = QApplication.clipboard().image()
        if image.isNull():
            self.notices.show_lines(
                [self.tr("Papan klip tidak berisi gambar. Salin tangkapan layar terlebih dahulu.")],
                warning=True,
            )
            return
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        self.add_image_bytes(png_bytes(image), f"tempel-{stamp}.png")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if (
            self.case_id
            and self.editable
            and (any(u.isLocalFile() for u in mime.urls()) or mime.hasImage())
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        event.acceptProposedAction()
        if files:
            self.add_files(files)
        elif mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self.add_image_bytes(png_bytes(image), "seret.png")

    def capture_url_dialog(self) -> UrlCaptureDialog | None:
        if self.case_id is None:
            return None
        case_id = self.case_id
        evidence = self.services().evidence
        self.leave_item()
        limit = evidence.max_bytes
        # The network part runs in a worker and touches no database; storing happens back
        # on this thread, which owns the connection.
        dialog = UrlCaptureDialog(
            lambda url, cancel: evidence.fetch_url(url, max_bytes=limit, cancel=cancel),
            lambda fetched, description: evidence.add_capture(case_id, fetched, description),
            self,
        )
        dialog.captured.connect(lambda outcome: self._captured(case_id, outcome))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.open()
        return dialog

    def _captured(self, case_id: str, outcome: AddOutcome) -> None:
        lines = [_notice_text(n) for n in outcome.notices]
        if self.case_id == case_id:
            self.show_case(case_id, select=outcome.item.id)
        self.evidence_changed.emit(case_id)
        self.notices.show_lines(lines, warning=False)

    def recheck_link(self) -> None:
        item = self.current
        if item is None or not item.source_url:
            return
        evidence = self.services().evidence
        self.save_annotations()
        url, sha, limit = item.source_url, item.sha256 or "", evidence.max_bytes
        worker = Worker(lambda: evidence.fetch_recheck(url, sha, max_bytes=limit), self)
        # The outcome is recorded here, on the thread that owns the database connection.
        worker.succeeded.connect(
            lambda result: self._rechecked(evidence.record_recheck(item.id, result))
        )
        worker.failed.connect(lambda exc: show_error(self, exc))
        worker.succeeded.connect(lambda _r: self.recheck_button.setEnabled(True))
        worker.failed.connect(lambda _e: self.recheck_button.setEnabled(True))
        self._workers.append(worker)
        self.recheck_button.setEnabled(False)
        self.status.setText(self.tr("Memeriksa tautan {url} …").format(url=item.source_url))
        if self.background:
            worker.start()
        else:
            worker.run_here()

    def _rechecked(self, result: LinkCheckResult) -> None:
        text = {
            "same": self.tr("Tautan masih ada dan isinya sama."),
            "changed": self.tr("Tautan masih ada, tetapi isinya BERUBAH sejak ditangkap."),
            "gone": self.tr("Tautan sudah tidak ada (dihapus)."),
            "error": self.tr("Tautan tidak dapat diperiksa."),
        }.get(result.outcome, result.outcome)
        if result.http_status:
            text += " " + self.tr("(HTTP {status})").format(status=result.http_status)
        if result.detail:
            text += " " + tr_domain(result.detail)
        self.status.setText("")
        self.notices.show_lines([text], warning=result.outcome != "same")

    def _save_metadata(self, changes: dict[str, object]) -> None:
        item = self.current
        if item is None or self.case_id is None:
            return
        try:
            self.services().evidence.update_metadata(item.id, item.version, **changes)
        except AsnError as exc:
            show_error(self, exc)
            return
        self.show_case(self.case_id, select=item.id)
        self.evidence_changed.emit(self.case_id)

    # -- rendition ------------------------------------------------------------------------

    def rendition_image(self) -> QImage | None:
        image = self.scene.full_image()
        document = self.scene.document
        if image is None or document is None:
            return None
        return render(image, document.shapes)

    def export_rendition(self, path: Path | None = None) -> Path | None:
        """Record a flattened PNG of the current item and save a copy at ``path`` (asked for
        when None)."""
        item = self.current
        image = self.scene.full_image()
        if item is None or image is None or not item.sha256:
            return None
        if path is None:
            stem = Path(item.filename or "bukti").stem
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Ekspor rendisi"),
                str(Path.home() / f"{stem}-rendisi.png"),
                self.tr("Gambar PNG (*.png)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if not self.save_annotations():
            show_error(self, AsnError(self.status.text()))
            return None
        document = self.scene.document
        rendered = self.rendition_image()
        assert rendered is not None and document is not None
        # The digest of the shapes drawn, not re-read: a change synced in meanwhile leaves
        # this rendition stale rather than passing it off as current.
        drawn = shapes_digest(document.shapes)
        data = png_bytes(rendered)
        services = self.services()
        try:
            services.annotations.record_rendition(
                item.id,
                data,
                source_sha256=item.sha256,
                annotations_digest=drawn,
                width=rendered.width(),
                height=rendered.height(),
                store=services.evidence.store,
            )
        except AsnError as exc:
            show_error(self, exc)
            return None
        try:
            _write_atomically(path, data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Rendisi tidak tersimpan"),
                self.tr("Rendisi tercatat, tetapi tidak dapat ditulis ke {path}: {reason}").format(
                    path=str(path), reason=exc.strerror or str(exc)
                ),
            )
            return None
        self.notices.show_lines(
            [self.tr("Rendisi disimpan ke {path} dan dicatat pada bukti.").format(path=str(path))]
        )
        return path


def _notice_text(notice: object) -> str:
    message = getattr(notice, "message", None)
    if callable(message):
        return str(message(tr_domain))
    return str(notice)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".rendisi-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
