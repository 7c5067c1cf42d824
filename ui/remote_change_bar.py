"""The strip over an open case that says it changed on another PC while being edited."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class RemoteChangeBar(QFrame):
    """Offers to merge the user's edits over the fresh record, or to drop them.

    Emits ``merge_requested`` or ``reload_requested``; the case view does the work.
    """

    merge_requested = Signal()
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remote_change_bar")
        self.setStyleSheet(
            "#remote_change_bar { background:#fff4e5; border:1px solid #ffb74d; "
            "border-radius:3px; } #remote_change_bar QLabel { color:#663c00; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.merge = QPushButton(self.tr("Gabungkan suntingan saya"))
        self.merge.setObjectName("merge_remote")
        self.merge.setToolTip(
            self.tr(
                "Muat data terbaru lalu terapkan lagi kolom yang Anda ubah; periksa, lalu simpan"
            )
        )
        self.merge.clicked.connect(self.merge_requested)
        self.reload = QPushButton(self.tr("Muat ulang"))
        self.reload.setObjectName("reload_remote")
        self.reload.setToolTip(self.tr("Buang suntingan Anda dan tampilkan data terbaru"))
        self.reload.clicked.connect(self.reload_requested)
        # The text gets the whole width (the case pane is narrow); the buttons go below.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge)
        buttons.addWidget(self.reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def show_change(self, who: str, fields: list[str]) -> None:
        self.text.setText(
            self.tr(
                "{who} mengubah kasus ini di komputer lain ({fields}) selagi Anda menyunting. "
                "Suntingan Anda belum disimpan dan tidak hilang."
            ).format(who=who, fields=", ".join(fields))
        )
        self.show()

    def show_refused_save(self, message: str) -> None:
        self.text.setText(
            message
            + " "
            + self.tr("Suntingan Anda masih ada: gabungkan dengan data terbaru, lalu simpan.")
        )
        self.show()
