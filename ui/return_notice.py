"""The supervisor's return comment, at the top of a case sent back to its monitor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from asn_monitor.services.review import Decision, Review
from ui import icons
from ui.texts import format_timestamp


class ReturnNotice(QFrame):
    """Shown while a case is ``dikembalikan``: who returned it, when, and what to fix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("return_notice")
        self.setStyleSheet(
            "#return_notice { background:#fff3e0; border:1px solid #ef6c00; border-radius:4px; }"
            "#return_notice QLabel { background:transparent; color:#4e342e; }"
        )
        icon = QLabel()
        icon.setPixmap(icons.icon("returned", "#ef6c00").pixmap(22, 22))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight:600;")
        self.title.setWordWrap(True)
        self.comment = QLabel()
        self.comment.setWordWrap(True)
        self.comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment.setStyleSheet("font-size:11pt;")
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.comment)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(icon)
        layout.addLayout(text, 1)
        self.hide()

    def show_review(self, review: Review | None) -> None:
        if review is None:
            self.hide()
            return
        if review.decision is Decision.REOPEN:
            title = self.tr(
                "Persetujuan dibuka kembali oleh {name} pada {when}. Perbaiki, lalu kirim ulang:"
            )
        else:
            title = self.tr("Dikembalikan oleh {name} pada {when}. Perbaiki, lalu kirim ulang:")
        self.title.setText(
            title.format(name=review.reviewer_name, when=format_timestamp(review.created_at))
        )
        self.comment.setText(review.comment or self.tr("(tanpa catatan)"))
        self.show()
