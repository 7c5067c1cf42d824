"""The supervisor's region comments beside the viewer: read, go to, resolve, reopen."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.annotations.shapes import RegionComment
from ui.texts import format_timestamp


class CommentsPanel(QWidget):
    """Emits the comment id for ``focus_requested``, ``resolve_requested`` and
    ``reopen_requested``; the tab calls the service."""

    focus_requested = Signal(str)
    resolve_requested = Signal(str)
    reopen_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Komentar area"))
        self.title.setStyleSheet("font-weight:600;")
        self.hint = QLabel(
            self.tr("Pilih alat komentar (K), lalu seret kotak di gambar untuk menambah komentar.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#666;")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemClicked.connect(
            lambda item: self.focus_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.resolve_button = QPushButton(self.tr("Selesaikan"))
        self.resolve_button.setToolTip(self.tr("Tandai komentar terpilih sudah ditangani"))
        self.resolve_button.clicked.connect(lambda: self._emit(self.resolve_requested))
        self.reopen_button = QPushButton(self.tr("Buka lagi"))
        self.reopen_button.setToolTip(self.tr("Buka lagi komentar yang sudah diselesaikan"))
        self.reopen_button.clicked.connect(lambda: self._emit(self.reopen_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._comments: dict[str, RegionComment] = {}
        self._current_changed()

    def show_comments(self, comments: Sequence[RegionComment], names: Mapping[str, str]) -> None:
        current = self.current_id()
        self.list.clear()
        self._comments = {c.id: c for c in comments}
        open_count = 0
        for number, comment in enumerate(comments, start=1):
            author = names.get(comment.author, comment.author)
            status = self.tr("terbuka") if comment.is_open else self.tr("selesai")
            text = f"{number}. {comment.body}\n— {author}, {format_timestamp(comment.created_at)} · {status}"
            if not comment.is_open and comment.resolved_by:
                text += "\n" + self.tr("diselesaikan oleh {name}, {when}").format(
                    name=names.get(comment.resolved_by, comment.resolved_by),
                    when=format_timestamp(comment.resolved_at),
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
            if comment.is_open:
                open_count += 1
            else:
                item.setForeground(QColor("#777777"))
            self.list.addItem(item)
            if comment.id == current:
                self.list.setCurrentItem(item)
        self.title.setText(
            self.tr("Komentar area ({open} terbuka dari {total})").format(
                open=open_count, total=len(comments)
            )
        )
        self._current_changed()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, comment_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == comment_id:
                self.list.setCurrentItem(item)

    def _current_changed(self, *_args: object) -> None:
        comment = self._comments.get(self.current_id() or "")
        self.resolve_button.setEnabled(comment is not None and comment.is_open)
        self.reopen_button.setEnabled(comment is not None and not comment.is_open)

    def _emit(self, signal: SignalInstance) -> None:
        comment_id = self.current_id()
        if comment_id:
            signal.emit(comment_id)
