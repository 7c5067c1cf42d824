"""The evidence half of the review screen: the case's items in a strip, the chosen one
with its markup (never edited here) and the region comments of every item.

A supervisor may still pin a remark to an area (the comment tool, K) and settle or reopen
remarks: open remarks keep a case from approval, so they are handled where it is decided.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.annotations.shapes import Rect, RegionComment
from asn_monitor.errors import AsnError
from asn_monitor.store.database import iso, utc_now
from ui import icons
from ui.annotation_scene import AnnotationScene, Tool
from ui.context import AppContext
from ui.evidence_ports import EvidenceRecord
from ui.evidence_tab import IntegrityBadge, is_image
from ui.evidence_viewer import EvidenceViewer
from ui.image_loading import PreviewCache, read_image
from ui.texts import error_text, format_timestamp, show_error
from ui.worker import Worker

THUMB_SIZE = QSize(56, 42)
COMMENT_ROLE = Qt.ItemDataRole.UserRole
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PinnedComment:
    """A region comment with the item it is pinned to and its number on that item."""

    evidence_id: str
    number: int
    comment: RegionComment


class ReviewEvidence(QWidget):
    """Call :meth:`show_case`; ``comments_changed`` is emitted after a remark was added,
    settled or reopened here."""

    comments_changed = Signal(str)

    def __init__(
        self, ctx: AppContext, *, background: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.background = background
        self.previews = PreviewCache(ctx.workspace_dir / "previews")
        self.case_id: str | None = None
        self.items: list[EvidenceRecord] = []
        self.current: EvidenceRecord | None = None
        self.pinned: list[PinnedComment] = []
        self.can_comment = False
        self._names: dict[str, str] = {}
        self._token = 0
        self._loader: Worker | None = None
        self._focus_after_load: str | None = None

        self.scene = AnnotationScene(ctx.user.id, lambda: iso(utc_now()), lambda: self._names)
        self.scene.set_read_only(True)
        self.scene.comment_requested.connect(self._add_comment)
        self.viewer = EvidenceViewer(self.scene)
        self.viewer.setAcceptDrops(False)

        self.strip = QListWidget()
        self.strip.setObjectName("review_strip")
        self.strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.strip.setFlow(QListWidget.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setIconSize(THUMB_SIZE)
        self.strip.setMovement(QListWidget.Movement.Static)
        self.strip.setUniformItemSizes(True)
        self.strip.setGridSize(QSize(THUMB_SIZE.width() + 40, THUMB_SIZE.height() + 22))
        self.strip.setFixedHeight(THUMB_SIZE.height() + 40)
        self.strip.currentRowChanged.connect(self._row_changed)

        self.badge = IntegrityBadge()
        # The badge wraps rather than widening the column (the full hash is its tooltip).
        self.badge.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.fit_button = QPushButton(icons.icon("fit"), "")
        self.fit_button.setToolTip(self.tr("Tampilkan seluruh gambar (0)"))
        self.fit_button.clicked.connect(self.viewer.fit)
        self.comment_tool = QPushButton(icons.icon("tool_comment"), self.tr("Komentar"))
        self.comment_tool.setCheckable(True)
        self.comment_tool.setToolTip(
            self.tr("Seret kotak di gambar untuk menyematkan komentar (K)")
        )
        self.comment_tool.toggled.connect(self._comment_tool_toggled)
        self.scene.tool_changed.connect(
            lambda tool: self.comment_tool.setChecked(tool == Tool.COMMENT.value)
        )
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.badge, 1)
        tools.addWidget(self.comment_tool)
        tools.addWidget(self.fit_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color:#444; padding:16px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.viewer)
        self.stack.addWidget(self.message)
        self.status = QLabel()
        self.status.setStyleSheet("color:#555;")
        self.scene.message.connect(self.status.setText)

        self.comments_title = QLabel()
        self.comments_title.setStyleSheet("font-weight:600;")
        self.comments = QListWidget()
        self.comments.setObjectName("review_comments")
        self.comments.setWordWrap(True)
        self.comments.itemClicked.connect(self._comment_clicked)
        self.comments.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.resolve_button = QPushButton(self.tr("Selesaikan"))
        self.resolve_button.setToolTip(self.tr("Tandai komentar terpilih sudah ditangani"))
        self.resolve_button.clicked.connect(lambda: self._set_comment_status(resolve=True))
        self.reopen_button = QPushButton(self.tr("Buka lagi"))
        self.reopen_button.setToolTip(self.tr("Buka lagi komentar yang sudah diselesaikan"))
        self.reopen_button.clicked.connect(lambda: self._set_comment_status(resolve=False))
        comment_buttons = QHBoxLayout()
        comment_buttons.addStretch(1)
        comment_buttons.addWidget(self.resolve_button)
        comment_buttons.addWidget(self.reopen_button)

        picture = QWidget()
        picture_layout = QVBoxLayout(picture)
        picture_layout.setContentsMargins(0, 0, 0, 0)
        picture_layout.setSpacing(2)
        picture_layout.addWidget(self.strip)
        picture_layout.addLayout(tools)
        picture_layout.addWidget(self.stack, 1)
        picture_layout.addWidget(self.status)
        self.comments.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(picture, 1)
        layout.addWidget(self.comments_title)
        layout.addWidget(self.comments)
        layout.addLayout(comment_buttons)
        self._update_buttons()

    # -- showing --------------------------------------------------------------------------

    def show_case(self, case_id: str | None, *, can_comment: bool = False) -> None:
        """Show ``case_id``'s evidence; the open item stays open when it is still there."""
        keep = self.current.id if self.current is not None and case_id == self.case_id else None
        before = [(i.id, i.version) for i in self.items]
        self.case_id = case_id
        self.can_comment = can_comment
        try:
            self._names = {u.id: u.display_name for u in self.ctx.users().list_users()}
            self.items = list(self.ctx.evidence().list(case_id)) if case_id else []
        except AsnError as exc:
            self.items = []
            self._show_message(error_text(exc))
        if keep is not None and before == [(i.id, i.version) for i in self.items]:
            # The same items (a save or a sync elsewhere in the case): no new decode.
            self.refresh_remarks()
            self._update_buttons()
            return
        self._fill_strip(keep)
        self.reload_comments()
        self._update_buttons()

    def _fill_strip(self, select: str | None) -> None:
        self.strip.blockSignals(True)
        self.strip.clear()
        for item in self.items:
            name = item.description or item.filename or self.tr("(tanpa nama)")
            entry = QListWidgetItem(
                self._thumbnail(item), name if len(name) <= 14 else name[:13] + "…"
            )
            entry.setToolTip("\n".join(filter(None, [item.filename or "", item.description])))
            entry.setData(EVIDENCE_ROLE, item.id)
            self.strip.addItem(entry)
        self.strip.blockSignals(False)
        self.strip.setVisible(len(self.items) > 1)
        if not self.items:
            self.current = None
            self.scene.clear_content()
            self.badge.clear()
            self.badge.setStyleSheet("")
            self._show_message(
                self.tr("Belum ada bukti pada kasus ini.")
                if self.case_id
                else self.tr("Pilih kasus untuk melihat buktinya.")
            )
            return
        ids = [i.id for i in self.items]
        row = ids.index(select) if select in ids else 0
        self.current = None
        self.strip.setCurrentRow(row)
        if self.current is None:
            self._row_changed(row)

    def _thumbnail(self, item: EvidenceRecord) -> QIcon:
        preview = self.previews.get(item.sha256) if item.sha256 and is_image(item) else None
        if preview is None:
            return icons.icon("url" if item.source_url else "add_file")
        return QIcon(
            QPixmap.fromImage(
                preview.scaled(
                    THUMB_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        )

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.show_item(self.items[row])

    def show_item(self, item: EvidenceRecord) -> None:
        """Open ``item`` read-only: its hash checked, the picture (preview first), the marks."""
        self.current = item
        self._token += 1
        evidence = self.ctx.evidence()
        try:
            integrity = evidence.verify_item(item.id)
            document = self.ctx.annotations().load(item.id)
        except AsnError as exc:
            self.badge.show_problem(error_text(exc))
            self._show_message(error_text(exc))
            return
        self.badge.show_result(integrity)
        if integrity.ok:
            # Short here: the column is narrow; the full hash stays in the tooltip.
            self.badge.setText(self.tr("✓ Hash SHA-256 cocok"))
        self.scene.clear_content()
        self.scene.set_document(document)
        self.scene.set_read_only(True)
        if not is_image(item):
            self._show_message(
                self.tr("{name} bukan gambar; berkasnya dapat dilihat di tab Bukti.").format(
                    name=item.filename or "?"
                )
            )
            return
        path = integrity.path
        if path is None or not Path(path).is_file():
            self._show_message(self.tr("Berkas bukti tidak tersedia di komputer ini."))
            return
        self.stack.setCurrentWidget(self.viewer)
        preview = self.previews.get(item.sha256) if item.sha256 else None
        if preview is not None and item.width and item.height:
            self.scene.set_preview(preview, item.width, item.height)
            self.viewer.reset_view()
        self.status.setText(self.tr("Memuat gambar penuh…"))
        self._load_full(item, Path(path), self._token)

    def _load_full(self, item: EvidenceRecord, path: Path, token: int) -> None:
        name = item.filename or path.name

        def job() -> QImage:
            return read_image(path, name=name)

        worker = Worker(job, self)
        worker.succeeded.connect(lambda image: self._image_ready(token, image))
        worker.failed.connect(lambda exc: self._image_failed(token, exc))
        self._loader = worker
        if self.background:
            worker.start()
        else:
            worker.run_here()

    def _image_ready(self, token: int, image: QImage) -> None:
        if token != self._token:
            return  # another item was chosen meanwhile
        had_preview = self.scene.image_item.levels and not self.scene.image_item.has_full
        self.scene.set_image(image)
        if not had_preview:
            self.viewer.reset_view()
        self.status.setText(self.tr("{w} × {h} piksel").format(w=image.width(), h=image.height()))
        if self._focus_after_load:
            QTimer.singleShot(0, self, lambda: self.focus_comment(self._focus_after_load or ""))

    def _image_failed(self, token: int, exc: AsnError) -> None:
        if token == self._token:
            self._show_message(error_text(exc))
            self.status.clear()

    def wait_for_image(self, timeout: float = 10.0) -> None:
        """Block until a background decode is done and delivered (tests)."""
        if self._loader is not None:
            self._loader.wait(timeout)
            QApplication.processEvents()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    # -- region comments ------------------------------------------------------------------

    def reload_comments(self) -> None:
        """Every item's remarks, open ones first, each named by its item and number."""
        current = self._current_comment_id()
        self.pinned = []
        annotations = self.ctx.annotations()
        for item in self.items:
            try:
                found = annotations.comments(item.id)
            except AsnError:
                continue
            self.pinned += [PinnedComment(item.id, n, c) for n, c in enumerate(found, start=1)]
        self.pinned.sort(key=lambda p: not p.comment.is_open)
        positions = {item.id: number for number, item in enumerate(self.items, start=1)}
        self.comments.clear()
        for pin in self.pinned:
            comment = pin.comment
            author = self._names.get(comment.author, comment.author)
            state = self.tr("terbuka") if comment.is_open else self.tr("selesai")
            where = self.tr("Bukti {item}, komentar {number}").format(
                item=positions.get(pin.evidence_id, "?"), number=pin.number
            )
            text = (
                f"{where} · {state}\n{comment.body}\n— {author}, "
                f"{format_timestamp(comment.created_at)}"
            )
            entry = QListWidgetItem(text)
            entry.setData(COMMENT_ROLE, comment.id)
            entry.setData(EVIDENCE_ROLE, pin.evidence_id)
            if not comment.is_open:
                entry.setForeground(QColor("#777777"))
            self.comments.addItem(entry)
            if comment.id == current:
                self.comments.setCurrentItem(entry)
        open_count = sum(1 for p in self.pinned if p.comment.is_open)
        # No remarks: the picture gets the room.
        self.comments.setVisible(bool(self.pinned))
        self.comments_title.setText(
            self.tr("Komentar area: {open} terbuka dari {total}").format(
                open=open_count, total=len(self.pinned)
            )
        )
        self._update_buttons()

    def refresh_remarks(self) -> None:
        """Read the remarks again (added or settled here or on the Bukti tab) and redraw
        the open item's markup; the picture itself is not decoded again."""
        self.reload_comments()
        if self.current is None or self.scene.document is None:
            return
        try:
            self.scene.set_document(self.ctx.annotations().load(self.current.id))
        except AsnError as exc:
            self.status.setText(error_text(exc))
        self.scene.set_read_only(True)

    def open_comments(self) -> int:
        return sum(1 for p in self.pinned if p.comment.is_open)

    def _current_comment_id(self) -> str | None:
        entry = self.comments.currentItem()
        return str(entry.data(COMMENT_ROLE)) if entry is not None else None

    def _comment_clicked(self, entry: QListWidgetItem) -> None:
        self.select_comment(str(entry.data(COMMENT_ROLE)))

    def select_comment(self, comment_id: str) -> None:
        """Open the item the remark is pinned to and bring its area into view."""
        pin = next((p for p in self.pinned if p.comment.id == comment_id), None)
        if pin is None:
            return
        for row in range(self.comments.count()):
            if self.comments.item(row).data(COMMENT_ROLE) == comment_id:
                self.comments.setCurrentRow(row)
        if self.current is None or self.current.id != pin.evidence_id:
            self._focus_after_load = comment_id
            ids = [i.id for i in self.items]
            self.strip.setCurrentRow(ids.index(pin.evidence_id))
        else:
            self.focus_comment(comment_id)

    def focus_comment(self, comment_id: str) -> None:
        self._focus_after_load = None
        pin = next((p for p in self.pinned if p.comment.id == comment_id), None)
        if pin is None or self.current is None or self.current.id != pin.evidence_id:
            return
        box = pin.comment.box
        area = QRectF(box.x, box.y, max(box.w, 1.0), max(box.h, 1.0))
        view = self.viewer.viewport().rect()
        # The area with room around it, never enlarged past 100 %.
        zoom = min(1.0, view.width() / (area.width() * 2.0), view.height() / (area.height() * 2.0))
        self.viewer.set_zoom(max(zoom, 0.05))
        self.viewer.centerOn(area.center())

    def _update_buttons(self) -> None:
        pin = next((p for p in self.pinned if p.comment.id == self._current_comment_id()), None)
        self.resolve_button.setVisible(self.can_comment and bool(self.pinned))
        self.reopen_button.setVisible(self.can_comment and bool(self.pinned))
        self.comment_tool.setVisible(self.can_comment)
        self.resolve_button.setEnabled(pin is not None and pin.comment.is_open)
        self.reopen_button.setEnabled(pin is not None and not pin.comment.is_open)
        self.comment_tool.setEnabled(self.current is not None)

    def _comment_tool_toggled(self, on: bool) -> None:
        wanted = Tool.COMMENT if on else Tool.SELECT
        if self.scene.tool != wanted:
            self.scene.set_tool(wanted)
        if on:
            self.viewer.setFocus()

    def _add_comment(self, box: Rect) -> None:
        item = self.current
        if item is None or self.case_id is None:
            return
        body, ok = QInputDialog.getMultiLineText(
            self, self.tr("Komentar area"), self.tr("Komentar untuk area yang ditandai:")
        )
        if not ok or not body.strip():
            return
        self._call(lambda: self.ctx.annotations().add_comment(item.id, box, body.strip()))

    def _set_comment_status(self, *, resolve: bool) -> None:
        comment_id = self._current_comment_id()
        if comment_id is None:
            return
        annotations = self.ctx.annotations()
        if resolve:
            self._call(lambda: annotations.resolve_comment(comment_id))
        else:
            self._call(lambda: annotations.reopen_comment(comment_id))

    def _call(self, job: Callable[[], object]) -> None:
        try:
            job()
        except AsnError as exc:
            show_error(self, exc)
            return
        self.refresh_remarks()
        if self.case_id is not None:
            self.comments_changed.emit(self.case_id)
