"""The "Lembar Sanksi" tab: acts with their evidence, factors, the computed result and the
monitor's proposal. The result is recomputed as the monitor ticks and types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.worksheet import (
    AUTO_FACTORS,
    Worksheet,
    WorksheetAct,
    WorksheetService,
)
from asn_monitor.worksheet import Catalogue, FactorKind, Level, Recommendation, SanctionOption
from ui.context import AppContext
from ui.texts import error_text, show_error, tr_domain
from ui.widgets import select_data
from ui.worksheet_result import history_html, problem_html, result_html

ACT_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_ROLE = Qt.ItemDataRole.UserRole + 2  # the row is an annotation, not an evidence item
SHAPE_LABELS = {
    "rectangle": QT_TRANSLATE_NOOP("asn_monitor", "Kotak"),
    "ellipse": QT_TRANSLATE_NOOP("asn_monitor", "Elips"),
    "arrow": QT_TRANSLATE_NOOP("asn_monitor", "Panah"),
    "line": QT_TRANSLATE_NOOP("asn_monitor", "Garis"),
    "highlighter": QT_TRANSLATE_NOOP("asn_monitor", "Stabilo"),
    "callout": QT_TRANSLATE_NOOP("asn_monitor", "Keterangan"),
    "marker": QT_TRANSLATE_NOOP("asn_monitor", "Penanda"),
}
RECOMPUTE_MS = 150
WIDE_LAYOUT = 900  # pixels from which form and result sit side by side


class WorksheetTab(QWidget):
    dirty_changed = Signal(bool)
    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: str | None = None
        self.sheet: Worksheet | None = None
        self.service: WorksheetService = ctx.worksheets()
        self.catalogue: Catalogue | None = None
        self.result: Recommendation | None = None
        self._loading = False
        self._dirty = False
        self._links: dict[str, set[str]] = {}  # act code -> evidence ids
        self._marks: dict[str, set[str]] = {}  # act code -> annotation ids
        self._details: dict[str, str] = {}
        self._factor_widgets: dict[str, QWidget] = {}
        self._choice_boxes: dict[str, QComboBox] = {}
        self.language = str(ctx.settings.value("ui/language", "id"))

        self.context_label = QLabel()
        self.context_label.setWordWrap(True)
        self.context_label.setStyleSheet("color:#444;")
        self.acts = QListWidget()
        self.acts.setObjectName("acts")
        self.acts.setMinimumHeight(180)
        self.evidence = QListWidget()
        self.evidence.setObjectName("act_evidence")
        self.evidence_label = QLabel()
        self.evidence_label.setWordWrap(True)
        self.act_detail = QLineEdit()
        self.act_detail.setPlaceholderText(self.tr("Keterangan singkat perbuatan (opsional)"))
        acts_box = QGroupBox(self.tr("Perbuatan (centang yang terbukti)"))
        acts_layout = QVBoxLayout(acts_box)
        acts_layout.addWidget(self.acts, 3)
        acts_layout.addWidget(self.evidence_label)
        acts_layout.addWidget(self.evidence, 2)
        acts_layout.addWidget(self.act_detail)

        self.factors_box = QGroupBox(self.tr("Faktor"))
        self.factors_form = QFormLayout(self.factors_box)
        self.choices_box = QGroupBox(self.tr("Butir katalog yang bertentangan"))
        self.choices_form = QFormLayout(self.choices_box)

        self.level = QComboBox()
        self.level.setObjectName("proposed_level")
        self.level.addItem(self.tr("Sesuai hasil hitungan"), None)
        for level in Level:
            self.level.addItem(tr_domain(level.label), level.value)
        self.option = QComboBox()
        self.option.setObjectName("proposed_option")
        self.level_reason = QPlainTextEdit()
        self.level_reason.setPlaceholderText(
            self.tr("Wajib bila tingkat berbeda dari hasil hitungan: jelaskan dasarnya.")
        )
        self.level_reason.setMaximumHeight(70)
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("justification")
        self.justification.setPlaceholderText(
            self.tr("Wajib: mengapa sanksi ini diusulkan (bukti, faktor, keadaan).")
        )
        self.justification.setMaximumHeight(90)
        proposal = QGroupBox(self.tr("Usulan"))
        proposal_form = QFormLayout(proposal)
        proposal_form.addRow(self.tr("&Tingkat"), self.level)
        proposal_form.addRow(self.tr("&Sanksi"), self.option)
        self.level_reason_label = QLabel(self.tr("Alasan tingkat"))
        proposal_form.addRow(self.level_reason_label, self.level_reason)
        proposal_form.addRow(self.tr("&Alasan usulan"), self.justification)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color:#c62828;")
        self.check_button = QPushButton(self.tr("Periksa kelengkapan"))
        self.check_button.setToolTip(
            self.tr("Apa yang masih kurang sebelum dikirim untuk direview")
        )
        self.revert_button = QPushButton(self.tr("Batalkan perubahan"))
        self.save_button = QPushButton(self.tr("Simpan lembar sanksi"))
        self.save_button.setToolTip(self.tr("Simpan lembar sanksi (Ctrl+S)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.context_label)
        left_layout.addWidget(acts_box, 3)
        left_layout.addWidget(self.factors_box)
        left_layout.addWidget(self.choices_box)
        left_layout.addWidget(proposal)
        left_layout.addWidget(self.problems)
        left_layout.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)

        self.result_view = QTextBrowser()
        self.result_view.setObjectName("worksheet_result")
        self.history_view = QTextBrowser()
        self.history_view.setObjectName("subject_history")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Hasil lembar sanksi</b>")))
        right_layout.addWidget(self.result_view, 3)
        right_layout.addWidget(QLabel(self.tr("<b>Riwayat ASN ini (NIP yang sama)</b>")))
        right_layout.addWidget(self.history_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_MS)
        self._timer.timeout.connect(self.recompute)
        self.acts.itemChanged.connect(self._on_act_changed)
        self.acts.currentItemChanged.connect(lambda *_: self._show_links())
        self.evidence.itemChanged.connect(self._on_evidence_changed)
        self.act_detail.textEdited.connect(self._on_detail)
        self.level.currentIndexChanged.connect(self._on_level)
        self.option.currentIndexChanged.connect(lambda _i: self._changed(False))
        self.level_reason.textChanged.connect(lambda: self._changed(False))
        self.justification.textChanged.connect(lambda: self._changed(False))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.check_button.clicked.connect(self.show_problems)
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side when there is room; the result under the form in a narrow pane.
        wide = event.size().width() >= WIDE_LAYOUT
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
        super().resizeEvent(event)

    # -- loading ------------------------------------------------------------------------

    def show_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        self._timer.stop()
        self._loading = True
        try:
            self._load()
        finally:
            self._loading = False
        self._set_dirty(False)
        self.recompute()

    def _load(self) -> None:
        self.problems.clear()
        if self.case_id is None:
            self.sheet = None
            return
        # One service while this case is shown: it reads the catalogue once, not on each
        # recomputation as the monitor ticks and types.
        service = self.service = self.ctx.worksheets()
        try:
            self.catalogue = service.catalogue()
            self.sheet = service.get(self.case_id)
            case = self.ctx.cases().get(self.case_id)
            evidence = self.ctx.evidence().list(self.case_id)
            auto = service.auto_factors(case)
            editable = self.ctx.cases().may_edit(case)
        except AsnError as exc:
            self.result_view.setHtml(problem_html(error_text(exc)))
            return
        catalogue, sheet = self.catalogue, self.sheet
        self._links = {a.act: set(a.evidence_ids) for a in sheet.acts}
        self._marks = {a.act: set(a.annotation_ids) for a in sheet.acts}
        self._shapes = service.marks(self.case_id)
        self._details = {a.act: a.detail for a in sheet.acts}
        self._evidence_rows = evidence
        self.acts.clear()
        for code, act in catalogue.acts.items():
            item = QListWidgetItem(act.label.get(self.language))
            item.setData(ACT_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code in self._links else Qt.CheckState.Unchecked
            )
            self.acts.addItem(item)
        self._build_factors(catalogue, dict(sheet.factors), auto)
        select_data(self.level, sheet.proposed_level.value if sheet.proposed_level else None)
        self.level_reason.setPlainText(sheet.level_reason)
        self.justification.setPlainText(sheet.justification)
        self._show_context(case)
        enabled: list[QWidget] = [self.acts, self.evidence, self.act_detail, self.level]
        enabled += [self.option, *self._factor_widgets.values()]
        for widget in enabled:
            widget.setEnabled(editable)
        for text in (self.level_reason, self.justification):
            text.setReadOnly(not editable)
        self._editable = editable
        self.history_view.setHtml(
            history_html(
                service.history(self.case_id),
                {c: o.text.get(self.language) for c, o in catalogue.sanctions.items()},
            )
        )
        first_checked = next(
            (
                i
                for i in range(self.acts.count())
                if self.acts.item(i).checkState() == Qt.CheckState.Checked
            ),
            0,
        )
        self.acts.setCurrentRow(first_checked)
        self._show_links()

    def refresh_evidence(self) -> None:
        """Re-read the case's evidence items and the marks drawn on them (added or drawn
        on the Bukti tab meanwhile), keeping every tick and unsaved edit."""
        if self.case_id is None or self.sheet is None:
            return
        try:
            self._evidence_rows = self.ctx.evidence().list(self.case_id)
            self._shapes = self.service.marks(self.case_id)
        except AsnError:
            return
        self._show_links()

    def _show_context(self, case: Any) -> None:
        stage = (
            tr_domain(case.candidacy_stage.label)
            if case.candidacy_stage
            else self.tr("belum diisi")
        )
        date = case.act_date.strftime("%d/%m/%Y") if case.act_date else self.tr("belum diisi")
        self.context_label.setText(
            self.tr(
                "Tanggal perbuatan: {date} · Tahapan pencalonan: {stage}. Keduanya diisi di tab "
                "Ringkasan; aturan yang berlaku mengikuti tanggal perbuatan."
            ).format(date=date, stage=stage)
        )

    def _build_factors(
        self, catalogue: Catalogue, values: dict[str, Any], auto: dict[str, int]
    ) -> None:
        while self.factors_form.rowCount():
            self.factors_form.removeRow(0)
        self._factor_widgets = {}
        for code, factor in catalogue.factors.items():
            label = factor.label.get(self.language)
            widget: QWidget
            if factor.kind is FactorKind.COUNT:
                spin = QSpinBox()
                spin.setRange(0, 1_000_000_000)
                spin.setGroupSeparatorShown(True)
                spin.setValue(int(auto.get(code, values.get(code, 0)) or 0))
                if code in AUTO_FACTORS:
                    spin.setReadOnly(True)
                    spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
                    spin.setToolTip(
                        self.tr("Dihitung otomatis dari kasus lain dengan NIP yang sama.")
                    )
                spin.valueChanged.connect(lambda _v: self._changed(True))
                widget = spin
            elif factor.kind is FactorKind.FLAG:
                box = QCheckBox()
                box.setChecked(bool(values.get(code, False)))
                box.toggled.connect(lambda _v: self._changed(True))
                widget = box
            else:
                combo = QComboBox()
                combo.addItem(self.tr("(tidak diketahui)"), None)
                for choice, text in factor.choices:
                    combo.addItem(text.get(self.language), choice)
                select_data(combo, values.get(code))
                combo.currentIndexChanged.connect(lambda _i: self._changed(True))
                widget = combo
            self._factor_widgets[code] = widget
            self.factors_form.addRow(label, widget)

    # -- reading the form -----------------------------------------------------------------

    def checked_acts(self) -> list[str]:
        return [
            str(self.acts.item(i).data(ACT_ROLE))
            for i in range(self.acts.count())
            if self.acts.item(i).checkState() == Qt.CheckState.Checked
        ]

    def factors(self, *, manual_only: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for code, widget in self._factor_widgets.items():
            if manual_only and code in AUTO_FACTORS:
                continue
            if isinstance(widget, QSpinBox):
                if widget.value():
                    out[code] = widget.value()
            elif isinstance(widget, QCheckBox):
                if widget.isChecked():
                    out[code] = True
            elif isinstance(widget, QComboBox) and widget.currentData():
                out[code] = str(widget.currentData())
        return out

    def choices(self) -> dict[str, str]:
        chosen = dict(self.sheet.choices) if self.sheet else {}
        for act, combo in self._choice_boxes.items():
            if combo.currentData():
                chosen[act] = str(combo.currentData())
            else:
                chosen.pop(act, None)
        return chosen

    def proposed_level(self) -> Level | None:
        value = self.level.currentData()
        return Level(value) if value else None

    # -- recomputing ----------------------------------------------------------------------

    def recompute(self) -> None:
        self._timer.stop()
        if self.case_id is None or self.sheet is None:
            self.result_view.clear()
            return
        try:
            self.result = self.service.recommendation(
                self.case_id,
                acts=self.checked_acts(),
                factors=self.factors(),
                choices=self.choices(),
            )
        except AsnError as exc:
            self.result = None
            self.result_view.setHtml(problem_html(error_text(exc)))
            self._fill_options()
            self._fill_choices()
            return
        self._fill_choices()
        self._fill_options()
        self.result_view.setHtml(
            result_html(
                self.result, self.language, self.proposed_level(), self.option.currentData()
            )
        )
        differs = self.proposed_level() is not None and self.proposed_level() != self.result.level
        self.level_reason.setStyleSheet("background:#fff3e0;" if differs else "")
        self.level_reason_label.setStyleSheet("color:#e65100; font-weight:600;" if differs else "")

    def _fill_options(self) -> None:
        """Options of the proposed level, or of the computed one; keeps the choice."""
        current = self.option.currentData() or (self.sheet.proposed_option if self.sheet else None)
        level = self.proposed_level()
        options: tuple[SanctionOption, ...] = ()
        if level is not None and self.case_id:
            try:
                options = self.service.options_for(self.case_id, level)
            except AsnError:
                options = ()
        elif self.result is not None:
            options = self.result.options
        self.option.blockSignals(True)
        self.option.clear()
        self.option.addItem(self.tr("(pilih sanksi)"), None)
        for option in options:
            label = option.text.get(self.language)
            if self.result and self.result.suggested and option.code == self.result.suggested.code:
                label += "  \u2605"
            self.option.addItem(label, option.code)
        select_data(self.option, current)
        self.option.blockSignals(False)

    def _fill_choices(self) -> None:
        pending = list(self.result.choices) if self.result else []
        chosen = dict(self.sheet.choices) if self.sheet else {}
        chosen.update(
            {a: str(c.currentData()) for a, c in self._choice_boxes.items() if c.currentData()}
        )
        while self.choices_form.rowCount():
            self.choices_form.removeRow(0)
        self._choice_boxes = {}
        supervisor = self.ctx.user.role is Role.SUPERVISOR
        for choice in pending:
            combo = QComboBox()
            combo.addItem(self.tr("(belum dipilih)"), None)
            for item in choice.items:
                level = tr_domain(item.level.label) if item.level else "?"
                combo.addItem(f"{item.code} — {level}", item.code)
            select_data(combo, chosen.get(choice.act))
            combo.setEnabled(supervisor and getattr(self, "_editable", False))
            combo.setToolTip(
                self.tr("Supervisor memilih butir yang berlaku.")
                if not supervisor
                else self.tr("Pilih butir katalog yang berlaku untuk perbuatan ini.")
            )
            combo.currentIndexChanged.connect(lambda _i: self._changed(True))
            self._choice_boxes[choice.act] = combo
            label = (
                self.catalogue.acts[choice.act].label.get(self.language)
                if self.catalogue
                else choice.act
            )
            self.choices_form.addRow(label, combo)
        self.choices_box.setVisible(bool(pending))

    # -- events ------------------------------------------------------------------------

    def _changed(self, recompute: bool) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        if recompute:
            self._timer.start()
        else:
            self.recompute()

    def _on_level(self, _index: int) -> None:
        if not self._loading:
            self._fill_options()
        self._changed(False)

    def _on_act_changed(self, item: QListWidgetItem) -> None:
        code = str(item.data(ACT_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self._links.setdefault(code, set())
            self.acts.setCurrentItem(item)
        else:
            self._links.pop(code, None)
            self._marks.pop(code, None)
        self._show_links()
        self._changed(True)

    def _show_links(self) -> None:
        item = self.acts.currentItem()
        code = str(item.data(ACT_ROLE)) if item is not None else ""
        checked = code in self._links
        self.evidence.blockSignals(True)
        self.evidence.clear()
        for row in getattr(self, "_evidence_rows", []):
            text = row.filename or row.id[:8]
            if row.description:
                text += f" — {row.description}"
            entry = QListWidgetItem(text)
            entry.setData(ACT_ROLE, row.id)
            entry.setData(MARK_ROLE, False)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked
                if row.id in self._links.get(code, set())
                else Qt.CheckState.Unchecked
            )
            self.evidence.addItem(entry)
            # The marks drawn on it: an act can point at the very box or arrow.
            for shape in getattr(self, "_shapes", {}).get(row.id, []):
                label = tr_domain(SHAPE_LABELS.get(shape["kind"], shape["kind"]))
                if shape["number"]:
                    label += f" {shape['number']}"
                if shape["text"]:
                    label += f" “{shape['text'][:40]}”"
                mark = QListWidgetItem(f"    ↳ {label} ({shape['author']})")
                mark.setData(ACT_ROLE, shape["id"])
                mark.setData(MARK_ROLE, True)
                mark.setFlags(mark.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                mark.setCheckState(
                    Qt.CheckState.Checked
                    if shape["id"] in self._marks.get(code, set())
                    else Qt.CheckState.Unchecked
                )
                self.evidence.addItem(mark)
        self.evidence.blockSignals(False)
        editable = getattr(self, "_editable", False)
        self.evidence.setEnabled(checked and editable)
        self.act_detail.setEnabled(checked and editable)
        self.act_detail.setText(self._details.get(code, ""))
        label = item.text() if item is not None else ""
        if not getattr(self, "_evidence_rows", []):
            self.evidence_label.setText(
                self.tr("Belum ada bukti pada kasus ini; tambahkan di tab Bukti.")
            )
        elif checked:
            self.evidence_label.setText(
                self.tr("Bukti yang menunjukkan \u201c{act}\u201d:").format(act=label)
            )
        else:
            self.evidence_label.setText(self.tr("Centang perbuatan untuk mengaitkan buktinya."))

    def _on_evidence_changed(self, entry: QListWidgetItem) -> None:
        item = self.acts.currentItem()
        if item is None:
            return
        code = str(item.data(ACT_ROLE))
        links = (self._marks if entry.data(MARK_ROLE) else self._links).setdefault(code, set())
        evidence_id = str(entry.data(ACT_ROLE))
        if entry.checkState() == Qt.CheckState.Checked:
            links.add(evidence_id)
        else:
            links.discard(evidence_id)
        self._changed(False)

    def _on_detail(self, text: str) -> None:
        item = self.acts.currentItem()
        if item is not None:
            self._details[str(item.data(ACT_ROLE))] = text
            self._changed(False)

    # -- saving -------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty and self.case_id is not None

    def save(self) -> bool:
        if not self.is_dirty() or self.case_id is None or self.sheet is None:
            return True
        acts = [
            WorksheetAct(
                code,
                tuple(sorted(self._links.get(code, set()))),
                tuple(sorted(self._marks.get(code, set()))),
                detail=self._details.get(code, ""),
            )
            for code in self.checked_acts()
        ]
        supervisor = self.ctx.user.role is Role.SUPERVISOR
        try:
            self.sheet = self.service.save(
                self.case_id,
                self.sheet.version,
                acts=acts,
                factors=self.factors(),
                choices=self.choices() if supervisor else None,
                proposed_level=self.proposed_level(),
                proposed_option=self.option.currentData(),
                justification=self.justification.toPlainText(),
                level_reason=self.level_reason.toPlainText(),
            )
        except AsnError as exc:
            show_error(self, exc, self.tr("Lembar sanksi tidak tersimpan"))
            return False
        self._set_dirty(False)
        self.saved.emit(self.case_id)
        return True

    def show_problems(self) -> None:
        if self.case_id is None:
            return
        if self.is_dirty() and not self.save():
            return
        try:
            case = self.ctx.cases().get(self.case_id)
            missing = self.service.problems(case)
        except AsnError as exc:
            self.problems.setText(error_text(exc))
            return
        if missing:
            self.problems.setStyleSheet("color:#c62828;")
            self.problems.setText(
                self.tr("Belum lengkap: {items}.").format(
                    items="; ".join(tr_domain(m) for m in missing)
                )
            )
        else:
            self.problems.setStyleSheet("color:#2e7d32;")
            self.problems.setText(
                self.tr("Lembar sanksi lengkap; kasus siap dikirim untuk direview.")
            )

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.is_dirty())
        self.revert_button.setEnabled(self.is_dirty())
