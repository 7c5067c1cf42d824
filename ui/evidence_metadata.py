"""Where an evidence item came from, as the monitor records it, and how it was captured."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.capture.sniff import format_size
from asn_monitor.domain.models import Platform
from ui.evidence_ports import EvidenceRecord
from ui.texts import format_timestamp, tr_domain


class EvidenceMetadata(QWidget):
    """The editable fields emit ``save_requested`` with the changed values."""

    save_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(
            ["", self.tr("pelapor"), self.tr("patroli monitor"), self.tr("tautan")]
        )
        self.source.setToolTip(
            self.tr("Dari mana bukti ini: pelapor, patroli monitor, atau tautan")
        )
        self.platform = QComboBox()
        self.platform.addItem("—", None)
        for platform in Platform:
            self.platform.addItem(tr_domain(platform.label), platform.value)
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("mis. @nama_akun"))
        self.posted_at = QLineEdit()
        self.posted_at.setPlaceholderText(self.tr("seperti terlihat, mis. 12/02/2024 20.15"))
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.captured = QLabel()
        self.captured.setWordWrap(True)
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        self.url_info = QLabel()
        self.url_info.setWordWrap(True)
        self.url_info.setOpenExternalLinks(False)
        self.intake_note = QLabel()
        self.intake_note.setWordWrap(True)
        self.intake_note.setStyleSheet("color:#8d6e00;")
        self.save_button = QPushButton(self.tr("Simpan keterangan"))
        self.save_button.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow(self.tr("Sumber"), self.source)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Akun"), self.account)
        form.addRow(self.tr("Waktu unggah"), self.posted_at)
        form.addRow(self.tr("Uraian"), self.description)
        form.addRow(self.tr("Ditangkap"), self.captured)
        form.addRow(self.tr("Berkas"), self.file_info)
        form.addRow(self.tr("Tautan"), self.url_info)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.intake_note)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._loaded: dict[str, Any] = {}

    def show_item(
        self, item: EvidenceRecord | None, names: Mapping[str, str], editable: bool
    ) -> None:
        self.setEnabled(item is not None)
        if item is None:
            self._loaded = {}
            return
        self._loaded = {
            "source": item.source or "",
            "platform": item.platform,
            "account": item.account or "",
            "posted_at": item.posted_at or "",
            "description": item.description or "",
        }
        self.source.setCurrentText(self._loaded["source"])
        index = self.platform.findData(item.platform)
        self.platform.setCurrentIndex(max(0, index))
        self.account.setText(self._loaded["account"])
        self.posted_at.setText(self._loaded["posted_at"])
        self.description.setPlainText(self._loaded["description"])
        self.captured.setText(
            self.tr("{when} oleh {name}").format(
                when=format_timestamp(item.captured_at),
                name=names.get(item.captured_by, item.captured_by),
            )
        )
        parts = [item.filename or "—"]
        if item.width and item.height:
            parts.append(f"{item.width} × {item.height} px")
        if item.size:
            parts.append(format_size(item.size))
        if item.sha256:
            parts.append(f"SHA-256 {item.sha256[:16]}…")
        self.file_info.setText(" · ".join(parts))
        self.file_info.setToolTip(item.sha256 or "")
        if item.source_url:
            lines = [item.source_url]
            if item.final_url and item.final_url != item.source_url:
                lines.append(self.tr("dialihkan ke {url}").format(url=item.final_url))
            lines.append(
                self.tr("HTTP {status} · {type} · diambil {when}").format(
                    status=item.http_status or "?",
                    type=item.content_type or "?",
                    when=format_timestamp(item.retrieved_at),
                )
            )
            self.url_info.setText("\n".join(lines))
        else:
            self.url_info.setText("—")
        self.intake_note.setText(item.intake_note or "")
        self.intake_note.setVisible(bool(item.intake_note))
        for widget in (self.source, self.platform, self.account, self.posted_at, self.save_button):
            widget.setEnabled(editable)
        self.description.setReadOnly(not editable)

    def values(self) -> dict[str, Any]:
        return {
            "source": self.source.currentText().strip(),
            "platform": self.platform.currentData(),
            "account": self.account.text().strip(),
            "posted_at": self.posted_at.text().strip(),
            "description": self.description.toPlainText().strip(),
        }

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if v != self._loaded.get(k)}

    def _save(self) -> None:
        changes = self.changes()
        if changes:
            self.save_requested.emit(changes)
