"""The supervisor's catalogue editor: correct an item, mark it verified, add a regime, import
a file; every save is a new version with a note, kept in the history."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError
from asn_monitor.services.catalogue import CatalogueService
from asn_monitor.worksheet import Level, editing, parse_catalogue
from ui.texts import error_text, format_timestamp, show_error, tr_domain

REF_ROLE = Qt.ItemDataRole.UserRole + 1
WARN = "\u26a0 "


class CatalogueDialog(QDialog):
    def __init__(
        self, service: CatalogueService, language: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Katalog lembar sanksi"))
        self.service = service
        self.language = language
        self.data: dict[str, Any] = service.data()
        self.changed = False
        self.editable = service.can(Permission.EDIT_CATALOGUE)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("catalogue_tree")
        self.text_id = QPlainTextEdit()
        self.text_en = QPlainTextEdit()
        for text in (self.text_id, self.text_en):
            text.setMaximumHeight(80)
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(tr_domain(level.label), level.value)
        self.basis = QPlainTextEdit()
        self.basis.setPlaceholderText(self.tr("Satu dasar hukum per baris"))
        self.basis.setMaximumHeight(80)
        self.source = QLineEdit()
        self.verified = QCheckBox(self.tr("Sudah dicocokkan dengan naskah resmi"))
        self.note = QLineEdit()
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.addRow(self.tr("Teks (Indonesia)"), self.text_id)
        form.addRow(self.tr("Teks (Inggris)"), self.text_en)
        form.addRow(self.tr("Tingkat"), self.level)
        form.addRow(self.tr("Dasar hukum"), self.basis)
        form.addRow(self.tr("Sumber"), self.source)
        form.addRow(self.tr("Catatan"), self.note)
        form.addRow("", self.verified)
        self.apply_button = QPushButton(self.tr("Terapkan ke butir"))
        self.apply_button.clicked.connect(self.apply_item)
        form.addRow("", self.apply_button)
        self.regime_info = QLabel()
        self.regime_info.setWordWrap(True)
        self.regime_verified = QCheckBox(self.tr("Aturan ini sudah diverifikasi"))
        self.regime_verified.toggled.connect(self._regime_verified)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.regime_info)
        right_layout.addWidget(self.regime_verified)
        right_layout.addWidget(self.form, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([330, 470])

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.add_regime_button = QPushButton(self.tr("Tambah aturan…"))
        self.import_button = QPushButton(self.tr("Impor berkas…"))
        self.history_button = QPushButton(self.tr("Riwayat versi…"))
        self.save_button = QPushButton(self.tr("Simpan versi baru…"))
        self.save_button.setDefault(True)
        close = QPushButton(self.tr("Tutup"))
        buttons = QHBoxLayout()
        for button in (self.add_regime_button, self.import_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(860, 600)

        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        self.add_regime_button.clicked.connect(self.add_regime)
        self.import_button.clicked.connect(self.import_file)
        self.history_button.clicked.connect(self.show_history)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        for widget in (
            self.add_regime_button,
            self.import_button,
            self.save_button,
            self.apply_button,
        ):
            widget.setEnabled(self.editable)
        self._fill_tree()

    # -- showing ----------------------------------------------------------------------

    def _fill_tree(self, select: tuple[str, str | None] | None = None) -> None:
        self.tree.clear()
        chosen = None
        for regime in self.data["regimes"]:
            mark = "" if regime.get("verified") else WARN
            top = QTreeWidgetItem(
                [f"{mark}{regime['name'].get(self.language) or regime['name']['id']}"]
            )
            top.setData(0, REF_ROLE, (regime["code"], None))
            self.tree.addTopLevelItem(top)
            for item in regime.get("items", []):
                mark = "" if item.get("verified") else WARN
                child = QTreeWidgetItem([f"{mark}{item['code']} — {item['text']['id'][:70]}"])
                child.setData(0, REF_ROLE, (regime["code"], item["code"]))
                child.setToolTip(0, item["text"]["id"])
                top.addChild(child)
                if select == (regime["code"], item["code"]):
                    chosen = child
            if select == (regime["code"], None):
                chosen = top
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._update_status()

    def _selected(self) -> tuple[str, str | None] | None:
        item = self.tree.currentItem()
        return tuple(item.data(0, REF_ROLE)) if item is not None else None

    def _show_selected(self) -> None:
        ref = self._selected()
        self.form.setVisible(bool(ref and ref[1]))
        if ref is None:
            return
        regime = editing.regime(self.data, ref[0])
        self.regime_info.setText(
            self.tr("<b>{name}</b><br>Berlaku mulai {date}. Sumber: {sources}").format(
                name=regime["name"]["id"],
                date=regime["effective_from"],
                sources="; ".join(regime.get("sources", [])) or "—",
            )
        )
        self.regime_verified.blockSignals(True)
        self.regime_verified.setChecked(bool(regime.get("verified")))
        self.regime_verified.setEnabled(self.editable and ref[1] is None)
        self.regime_verified.blockSignals(False)
        if ref[1] is None:
            return
        item = editing.item(self.data, ref[0], ref[1])
        self.text_id.setPlainText(item["text"]["id"])
        self.text_en.setPlainText(item["text"].get("en", ""))
        index = self.level.findData(item.get("level"))
        self.level.setCurrentIndex(max(index, 0))
        self.basis.setPlainText("\n".join(item.get("basis", [])))
        self.source.setText(item.get("source", ""))
        note = item.get("note") or {}
        self.note.setText(note.get("id", "") if isinstance(note, dict) else str(note))
        self.verified.setChecked(bool(item.get("verified")))

    def _update_status(self) -> None:
        try:
            catalogue = parse_catalogue(json.dumps(self.data, ensure_ascii=False), "editor")
        except AsnError as exc:
            self.status.setText(error_text(exc))
            return
        unverified = len(catalogue.unverified())
        conflicts = len(catalogue.conflicts)
        text = self.tr("Versi {version}: {n} entri belum diverifikasi.").format(
            version=catalogue.version, n=unverified
        )
        if conflicts:
            text += " " + self.tr(
                "{n} pemetaan bertentangan: supervisor memilih butirnya di lembar sanksi."
            ).format(n=conflicts)
        if self.changed:
            text += " " + self.tr("Ada perubahan yang belum disimpan.")
        self.status.setText(text)

    # -- editing ----------------------------------------------------------------------

    def apply_item(self) -> None:
        ref = self._selected()
        if ref is None or ref[1] is None:
            return
        note_text = self.note.text().strip()
        try:
            self.data = editing.edit_item(
                self.data,
                ref[0],
                ref[1],
                text={
                    "id": self.text_id.toPlainText().strip(),
                    "en": self.text_en.toPlainText().strip(),
                },
                level=self.level.currentData(),
                basis=[
                    line.strip() for line in self.basis.toPlainText().splitlines() if line.strip()
                ],
                source=self.source.text().strip(),
                verified=self.verified.isChecked(),
                note={"id": note_text, "en": note_text} if note_text else None,
            )
            parse_catalogue(json.dumps(self.data, ensure_ascii=False), "editor")
        except AsnError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self._fill_tree(ref)

    def _regime_verified(self, checked: bool) -> None:
        ref = self._selected()
        if ref is None or ref[1] is not None:
            return
        self.data = editing.set_verified(self.data, ref[0], None, checked)
        self.changed = True
        self._fill_tree(ref)

    def add_regime(self) -> None:
        dialog = RegimeDialog([r["code"] for r in self.data["regimes"]], self)
        if not dialog.exec():
            return
        try:
            self.data = editing.add_regime(self.data, **dialog.values())
            parse_catalogue(json.dumps(self.data, ensure_ascii=False), "editor")
        except AsnError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self._fill_tree((dialog.values()["code"], None))

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor katalog"), "", self.tr("Katalog JSON (*.json)")
        )
        if not path:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Impor katalog"), self.tr("Catatan perubahan (wajib):")
        )
        if not ok:
            return
        try:
            catalogue = self.service.import_file(Path(path), note)
        except AsnError as exc:
            show_error(self, exc, self.tr("Katalog tidak diimpor"))
            return
        self.data = self.service.data()
        self.changed = False
        self._fill_tree()
        QMessageBox.information(
            self,
            self.tr("Katalog diimpor"),
            self.tr("Versi {version} kini berlaku untuk semua komputer setelah tersinkron.").format(
                version=catalogue.version
            ),
        )

    def save(self) -> bool:
        note, ok = QInputDialog.getText(
            self,
            self.tr("Simpan katalog"),
            self.tr("Catatan perubahan (wajib): apa yang dikoreksi dan dasarnya."),
        )
        if not ok:
            return False
        try:
            catalogue = self.service.save(self.data, note)
        except AsnError as exc:
            show_error(self, exc, self.tr("Katalog tidak disimpan"))
            return False
        self.data = self.service.data()
        self.changed = False
        self._fill_tree(self._selected())
        self.status.setText(
            self.tr(
                "Versi {version} disimpan; berlaku di semua komputer setelah tersinkron."
            ).format(version=catalogue.version)
        )
        return True

    def show_history(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Riwayat versi katalog"))
        listing = QListWidget()
        for version in self.service.history():
            listing.addItem(
                self.tr("Versi {version} · {when} · {who}: {note}").format(
                    version=version.catalogue_version,
                    when=format_timestamp(version.created_at),
                    who=version.created_by,
                    note=version.note,
                )
            )
        if not listing.count():
            listing.addItem(self.tr("Belum ada koreksi; katalog bawaan aplikasi yang berlaku."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(listing)
        layout.addWidget(buttons)
        dialog.resize(620, 320)
        dialog.exec()

    def reject(self) -> None:
        if self.changed:
            answer = QMessageBox.question(
                self,
                self.tr("Perubahan belum disimpan"),
                self.tr("Koreksi katalog belum disimpan. Buang perubahan?"),
            )
            if answer not in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Discard):
                return
        super().reject()


class RegimeDialog(QDialog):
    """A new regime: code, name, the date it takes effect, and whose items to start from."""

    def __init__(self, existing: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah aturan"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("mis. skb-2026"))
        self.name_id = QLineEdit()
        self.name_en = QLineEdit()
        self.sources = QLineEdit()
        self.sources.setPlaceholderText(self.tr("Nomor dan tanggal peraturan; pisahkan dengan ;"))
        self.effective = QDateEdit(QDate.currentDate())
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("dd/MM/yyyy")
        self.copy_from = QComboBox()
        self.copy_from.addItem(self.tr("(kosong)"), None)
        for code in existing:
            self.copy_from.addItem(code, code)
        self.copy_from.setCurrentIndex(self.copy_from.count() - 1)
        form = QFormLayout()
        form.addRow(self.tr("Kode"), self.code)
        form.addRow(self.tr("Nama (Indonesia)"), self.name_id)
        form.addRow(self.tr("Nama (Inggris)"), self.name_en)
        form.addRow(self.tr("Sumber"), self.sources)
        form.addRow(self.tr("Berlaku mulai"), self.effective)
        form.addRow(self.tr("Salin butir dari"), self.copy_from)
        hint = QLabel(self.tr("Butir yang disalin ditandai belum diverifikasi sampai dicocokkan."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        date = self.effective.date()
        return {
            "code": self.code.text().strip(),
            "name": {"id": self.name_id.text().strip(), "en": self.name_en.text().strip()},
            "effective_from": dt.date(date.year(), date.month(), date.day()),
            "copy_from": self.copy_from.currentData(),
            "sources": [s.strip() for s in self.sources.text().split(";") if s.strip()],
        }
