"""Open sync conflicts: both values, who and when, and the choice of which one stays."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.models import CandidacyStage, EmploymentType, Platform, Source
from asn_monitor.errors import AsnError
from asn_monitor.services.conflicts import Choice, ConflictItem, ConflictService
from asn_monitor.sync.replica import Touched
from ui.conflict_table_model import ConflictTableModel, record_text, value_text
from ui.sync_bridge import SyncBridge
from ui.texts import error_text, format_timestamp, provisional_number_tip, tr_domain
from ui.widgets import Banner, OptionalDateEdit

# Fields edited by picking from a list, with an empty choice where the field allows one.
_CHOICE_FIELDS: dict[str, tuple[Any, bool]] = {
    "source": (Source, False),
    "platform": (Platform, True),
    "candidacy_stage": (CandidacyStage, True),
    "employment_type": (EmploymentType, False),
}
_DATE_FIELDS = frozenset({"act_date", "known_date", "received_date"})
_LONG_FIELDS = frozenset({"summary", "post_urls", "body", "description"})


class ValueEditor(QWidget):
    """The widget for typing a third value, fitted to the field's kind."""

    def __init__(self, field: str, value: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = field
        self.widget: QWidget
        if field in _CHOICE_FIELDS:
            enum, optional = _CHOICE_FIELDS[field]
            combo = QComboBox()
            if optional:
                combo.addItem(self.tr("— kosong —"), None)
            for member in enum:
                combo.addItem(tr_domain(member.label), member.value)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            self.widget = combo
        elif field in _DATE_FIELDS:
            date = OptionalDateEdit()
            try:
                date.set_value(dt.date.fromisoformat(str(value)[:10]) if value else None)
            except ValueError:
                date.clear_value()
            self.widget = date
        elif field in _LONG_FIELDS:
            text = QPlainTextEdit()
            if field == "post_urls":
                urls = json.loads(value) if isinstance(value, str) and value else value or []
                text.setPlainText("\n".join(map(str, urls)))
                text.setPlaceholderText(self.tr("Satu tautan per baris, diawali https://"))
            else:
                text.setPlainText("" if value is None else str(value))
            text.setFixedHeight(72)
            self.widget = text
        else:
            line = QLineEdit("" if value is None else str(value))
            self.widget = line
        self.widget.setObjectName("value_editor")
        layout.addWidget(self.widget)

    def value(self) -> Any:
        """The typed value in the form the record's own form gives it."""
        widget = self.widget
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, OptionalDateEdit):
            return widget.value()
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
            return text.splitlines() if self.field == "post_urls" else text
        assert isinstance(widget, QLineEdit)
        return widget.text()


class ValueBox(QGroupBox):
    """One side of a conflict: the value, who set it and when, and the button to choose it."""

    def __init__(self, title: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.value = QPlainTextEdit()
        self.value.setReadOnly(True)
        self.value.setFixedHeight(72)
        self.meta = QLabel()
        self.meta.setStyleSheet("color:#555;")
        self.meta.setWordWrap(True)
        self.button = QPushButton(button_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.meta)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)


class ConflictsDialog(QDialog):
    """Emits ``resolved`` after each conflict settled, ``open_case_requested(case id)``."""

    resolved = Signal()
    open_case_requested = Signal(str)

    def __init__(
        self,
        service_factory: Callable[[], ConflictService],
        user_names: Callable[[], Mapping[str, str]],
        bridge: SyncBridge | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service_factory = service_factory
        self._user_names = user_names
        self._users: Mapping[str, str] = {}
        self._shown: tuple[str, int] | None = None
        self.editor: ValueEditor | None = None
        self.setWindowTitle(self.tr("Konflik sinkronisasi"))
        self.resize(940, 640)

        intro = QLabel(
            self.tr(
                "Perubahan yang bertabrakan saat sinkronisasi: dua orang mengubah hal yang sama "
                "di komputer berbeda. Pilih nilai yang dipakai, atau tulis nilai gabungan. "
                "Supervisor dapat menyelesaikan semua konflik."
            )
        )
        intro.setWordWrap(True)
        self.model = ConflictTableModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.empty = QLabel(self.tr("Tidak ada konflik yang perlu Anda putuskan."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#555; font-size:11pt;")

        # -- the selected conflict ------------------------------------------------------
        self.title = QLabel()
        self.title.setObjectName("conflict_title")
        self.title.setStyleSheet("font-size:12pt; font-weight:600;")
        self.open_case = QPushButton(self.tr("Buka kasus"))
        self.open_case.setObjectName("open_case")
        self.open_case.clicked.connect(self._open_case)
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.kept = ValueBox(self.tr("Nilai yang berlaku"), self.tr("Pertahankan nilai ini"))
        self.kept.button.setObjectName("keep")
        self.kept.button.clicked.connect(lambda: self._resolve(Choice.KEEP))
        self.lost = ValueBox(self.tr("Nilai lain"), self.tr("Pakai nilai ini"))
        self.lost.button.setObjectName("take_other")
        self.lost.button.clicked.connect(lambda: self._resolve(Choice.OTHER))
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setStyleSheet("color:#e65100;")
        self.edit_box = QGroupBox(self.tr("Atau tulis nilai lain"))
        self.edit_layout = QHBoxLayout(self.edit_box)
        self.save_edit = QPushButton(self.tr("Pakai nilai tulisan ini"))
        self.save_edit.setObjectName("save_edit")
        self.save_edit.clicked.connect(lambda: self._resolve(Choice.EDIT))
        self.edit_layout.addWidget(self.save_edit, 0, Qt.AlignmentFlag.AlignBottom)
        self.acknowledge = QPushButton(self.tr("Sudah dibaca, tandai selesai"))
        self.acknowledge.setObjectName("acknowledge")
        self.acknowledge.clicked.connect(lambda: self._resolve(Choice.KEEP))
        self.read_only = QLabel()
        self.read_only.setWordWrap(True)
        self.read_only.setStyleSheet("color:#555;")

        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.open_case)
        sides = QGridLayout()
        sides.addWidget(self.kept, 0, 0)
        sides.addWidget(self.lost, 0, 1)
        sides.setColumnStretch(0, 1)
        sides.setColumnStretch(1, 1)
        ack_row = QHBoxLayout()
        ack_row.addWidget(self.read_only, 1)
        ack_row.addStretch(0)  # keeps the button its own size when the text is hidden
        ack_row.addWidget(self.acknowledge)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addLayout(title_row)
        detail_layout.addWidget(self.explanation)
        detail_layout.addLayout(sides)
        detail_layout.addWidget(self.current)
        detail_layout.addWidget(self.edit_box)
        detail_layout.addLayout(ack_row)
        detail_layout.addStretch(1)

        self.banner = Banner()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view)
        top_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

        if bridge is not None:
            bridge.rows_touched.connect(self._on_touched)
        self.reload()

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open conflicts again, keeping the selected one (and any typing)."""
        current = self.current_item()
        try:
            items = self._service_factory().list_open()
            self._users = self._user_names()
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            return
        self.model.set_items(items, self._users)
        has_items = bool(items)
        self.view.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self.detail.setVisible(has_items)
        if not has_items:
            self._shown = None
            return
        row = self.model.row_of(current.id) if current else -1
        self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._show_current()
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column) + 12, 220))

    def current_item(self) -> ConflictItem | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _on_touched(self, touched: Touched) -> None:
        if touched.rows or touched.conflicts:
            self.reload()

    def _show_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if self._shown == (item.id, item.version):
            return  # the same conflict, unchanged: leave what the person is typing
        self._shown = (item.id, item.version)
        system = self.tr("sistem")
        kept_by, lost_by = item.kept_by_name or system, item.lost_by_name or system
        field = tr_domain(item.field_label)
        self.title.setText(f"{record_text(item)} · {field}")
        self.title.setToolTip(
            provisional_number_tip() if item.case_number and not item.case_number_final else ""
        )
        self.open_case.setVisible(bool(item.case_id))
        self.explanation.setText(self._explain(item, kept_by, lost_by, field))
        is_value = item.kind == "value"
        if is_value:
            self.kept.setTitle(self.tr("Nilai yang berlaku (dari {name})").format(name=kept_by))
            self.lost.setTitle(self.tr("Nilai dari {name} (belum dipakai)").format(name=lost_by))
        else:
            # A refused step or edit has no value to weigh: who came first, and when.
            self.kept.setTitle(self.tr("Lebih dulu"))
            self.lost.setTitle(self.tr("Tidak dijalankan"))
        self.kept.value.setVisible(is_value)
        self.lost.value.setVisible(is_value)
        self.kept.value.setPlainText(value_text(item, item.kept_value, self._users))
        self.lost.value.setPlainText(value_text(item, item.lost_value, self._users))
        self.kept.meta.setText(self._who_when(kept_by, item.kept_at))
        self.lost.meta.setText(self._who_when(lost_by, item.lost_at))
        self.kept.setVisible(item.record_exists or is_value)
        self.kept.button.setVisible(is_value)
        self.lost.button.setVisible(is_value and Choice.OTHER in item.choices)
        moved_on = is_value and item.record_exists and item.current_value != item.kept_value
        self.current.setVisible(moved_on)
        if moved_on:
            self.current.setText(
                self.tr("Sejak itu nilainya sudah berubah lagi menjadi: {value}").format(
                    value=value_text(item, item.current_value, self._users)
                )
            )
        if self.editor is not None:
            self.edit_layout.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        can_edit = Choice.EDIT in item.choices
        self.edit_box.setVisible(can_edit)
        if can_edit:
            self.editor = ValueEditor(item.field, item.current_value)
            self.edit_layout.insertWidget(0, self.editor, 1)
        self.acknowledge.setVisible(not is_value)
        if is_value and item.choices == {Choice.KEEP}:
            self.read_only.setText(
                self.tr(
                    "Anda hanya dapat mempertahankan nilai yang berlaku: data ini tidak dapat "
                    "Anda ubah sekarang. Pemegang kasus atau supervisor dapat memilih nilai lain."
                )
            )
        else:
            self.read_only.clear()
        self.read_only.setVisible(bool(self.read_only.text()))
        self.banner.clear()

    def _who_when(self, name: str, at: str | None) -> str:
        if not at:
            return self.tr("oleh {name}").format(name=name)
        return self.tr("oleh {name}, {when}").format(name=name, when=format_timestamp(at))

    def _explain(self, item: ConflictItem, kept_by: str, lost_by: str, field: str) -> str:
        if item.kind == "value" and item.kept_by == item.lost_by:
            return self.tr(
                "{name} mengubah {field} di dua komputer hampir bersamaan. Perubahan yang "
                "sampai lebih dulu sekarang berlaku; yang lain belum dipakai. Pilih nilai yang "
                "benar."
            ).format(name=kept_by, field=field)
        if item.kind == "value":
            return self.tr(
                "{lost} dan {kept} mengubah {field} hampir bersamaan di komputer berbeda. "
                "Perubahan {kept} sampai lebih dulu dan sekarang berlaku; perubahan {lost} "
                "belum dipakai. Pilih nilai yang benar."
            ).format(lost=lost_by, kept=kept_by, field=field)
        if item.kind == "step":
            if item.detail == "locked":
                return self.tr(
                    "Perubahan {lost} tidak disimpan karena kasus ini sudah disetujui supervisor "
                    "saat itu: data kasus, bukti, lembar sanksi dan anotasinya terkunci. Minta "
                    "supervisor membuka kembali persetujuan bila perubahan masih perlu."
                ).format(lost=lost_by)
            if item.detail == "four_eyes":
                return self.tr(
                    "Persetujuan {lost} ditolak oleh folder bersama: {lost} ikut menyusun "
                    "lembar sanksi atau mengirim kasus ini untuk direview (prinsip empat mata). "
                    "Minta supervisor lain untuk mereviewnya."
                ).format(lost=lost_by)
            if item.detail == "worksheet_changed":
                return self.tr(
                    "Persetujuan {lost} tidak dijalankan karena {kept} mengubah lembar sanksi "
                    "di komputer lain sebelum persetujuan itu sampai. Review lagi lembar yang "
                    "terbaru, lalu setujui bila sudah benar."
                ).format(lost=lost_by, kept=kept_by)
            if item.detail == "fenced":
                return self.tr(
                    "Langkah {lost} tidak dijalankan karena kasus ini sudah dipegang {kept} "
                    "lebih dulu. Tidak ada nilai yang perlu dipilih; tandai selesai setelah "
                    "dibaca."
                ).format(lost=lost_by, kept=kept_by)
            if item.kept_by is None:
                return self.tr(
                    "Langkah {lost} tidak dijalankan karena kasus ini sudah dikembalikan ke "
                    "antrean: klaimnya habis masa berlakunya saat komputernya tidak tersambung. "
                    "Ambil lagi kasusnya bila masih perlu."
                ).format(lost=lost_by)
            return self.tr(
                "Langkah {lost} tidak dijalankan karena {kept} sudah memindahkan kasus ini "
                "lebih dulu. Tidak ada nilai yang perlu dipilih; ulangi langkahnya bila masih "
                "perlu."
            ).format(lost=lost_by, kept=kept_by)
        if item.detail == "deleted" or not item.record_exists:
            return self.tr(
                "Perubahan {lost} tidak disimpan karena datanya sudah dihapus di komputer lain."
            ).format(lost=lost_by)
        return self.tr(
            "Perubahan {lost} ditolak oleh folder bersama ({detail}), misalnya karena nama "
            "pengguna sudah dipakai. Ulangi dengan data lain bila masih perlu."
        ).format(lost=lost_by, detail=item.detail)

    # -- settling ----------------------------------------------------------------------

    def _resolve(self, choice: Choice) -> None:
        item = self.current_item()
        if item is None:
            return
        value = self.editor.value() if choice == Choice.EDIT and self.editor else None
        try:
            self._service_factory().resolve(item.id, item.version, choice, value)
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            return
        self._shown = None
        self.reload()
        self.banner.show_message(self.tr("Konflik diselesaikan."), "info")
        self.resolved.emit()

    def _open_case(self) -> None:
        item = self.current_item()
        if item is not None and item.case_id:
            self.open_case_requested.emit(item.case_id)
