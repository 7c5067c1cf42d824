"""The "Catatan" tab: working notes and the reasons given with life-cycle steps."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.lifecycle import transition_named
from asn_monitor.domain.models import Note
from asn_monitor.errors import AsnError
from ui.texts import format_timestamp, tr_domain


class NotesPanel(QWidget):
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(False)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Tulis catatan kerja… (Ctrl+Enter untuk menyimpan)"))
        self.editor.setFixedHeight(70)
        self.add_button = QPushButton(self.tr("Tambah catatan"))
        self.add_button.setToolTip(self.tr("Simpan catatan (Ctrl+Enter)"))
        self.add_button.clicked.connect(self._submit)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.editor)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self._submit)
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def set_can_add(self, allowed: bool) -> None:
        self.editor.setEnabled(allowed)
        self.add_button.setEnabled(allowed)

    def show_notes(self, notes: list[Note]) -> None:
        if not notes:
            self.view.setHtml(
                f"<p style='color:#666'>{html.escape(self.tr('Belum ada catatan.'))}</p>"
            )
            return
        parts = []
        for note in notes:
            kind = self.tr("Catatan")
            if note.kind.startswith("alasan:"):
                try:
                    kind = tr_domain(transition_named(note.kind.split(":", 1)[1]).label)
                except AsnError:  # a step name from a newer version
                    kind = note.kind
            parts.append(
                "<div style='margin-bottom:10px'>"
                f"<b>{html.escape(note.author_name)}</b> "
                f"<span style='color:#666'>· {html.escape(format_timestamp(note.created_at))} · "
                f"{html.escape(kind)}</span><br>"
                f"{html.escape(note.body).replace(chr(10), '<br>')}</div>"
            )
        self.view.setHtml("".join(parts))

    def clear_editor(self) -> None:
        self.editor.clear()

    def _submit(self) -> None:
        text = self.editor.toPlainText().strip()
        if text:
            self.add_requested.emit(text)
