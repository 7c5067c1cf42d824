"""Asking for a URL to capture as evidence, and waiting for it without freezing the window."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.errors import AsnError
from ui.texts import error_text
from ui.worker import Worker

# fetch(url, cancel): ``cancel`` is set when the user gives up, and stops the download.
Fetch = Callable[[str, threading.Event], object]
Store = Callable[[object, str], object]


class UrlCaptureDialog(QDialog):
    """``fetch(url)`` runs in a worker thread and touches no database; ``store(fetched,
    description)`` then runs on this thread (the one that owns the connection) and its
    result is carried by ``captured``. A refusal from either is shown in the dialog, which
    stays open with what the user typed.

    "Batal" stops waiting at once and tells the fetch to stop at its next read; whatever
    still arrives is dropped, never stored.
    """

    captured = Signal(object)

    def __init__(self, fetch: Fetch, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tangkap URL"))
        self.setMinimumWidth(520)
        self._fetch = fetch
        self._store = store
        self.worker: Worker | None = None
        self.cancelled = False
        self._cancel = threading.Event()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("mis. unggahan dukungan calon, 12 Feb"))
        form = QFormLayout()
        form.addRow(self.tr("Alamat (URL)"), self.url)
        form.addRow(self.tr("Uraian"), self.description)
        self.note = QLabel(
            self.tr(
                "Isi halaman atau gambar disimpan apa adanya beserta alamat akhir, status, jenis "
                "isi dan waktu pengambilan (UTC)."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#666;")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("Tangkap"))
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Batal"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        url = self.url.text().strip()
        if not url:
            self._show_problem(self.tr("Isi alamat URL yang akan ditangkap."))
            return
        if self.worker is not None and self.worker.running():
            return
        description = self.description.text().strip()
        self._description = description
        self._cancel = threading.Event()
        cancel = self._cancel
        self.worker = Worker(lambda: self._fetch(url, cancel), self)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)
        self._set_busy(True)
        self.status.setStyleSheet("color:#444;")
        self.status.setText(self.tr("Mengambil {url} …").format(url=url))
        self.worker.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.start_button.setEnabled(not busy)
        self.url.setReadOnly(busy)
        self.description.setReadOnly(busy)

    def _done(self, fetched: object) -> None:
        if self.cancelled:
            return
        self._set_busy(False)
        try:
            outcome = self._store(fetched, self._description)
        except AsnError as exc:
            self._show_problem(error_text(exc))
            return
        self.captured.emit(outcome)
        self.accept()

    def _failed(self, exc: AsnError) -> None:
        if self.cancelled:
            return
        self._set_busy(False)
        self._show_problem(error_text(exc))

    def _show_problem(self, text: str) -> None:
        self.status.setStyleSheet("color:#b71c1c;")
        self.status.setText(text)

    def reject(self) -> None:
        if self.worker is not None and self.worker.running():
            self.cancelled = True
            self._cancel.set()
        super().reject()
