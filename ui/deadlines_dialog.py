"""Days allowed per stage of a case (supervisor): the office's own deadline rules."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.deadlines import MAX_DAYS, STAGES, Start
from ui.texts import tr_domain


class DeadlinesDialog(QDialog):
    def __init__(
        self, days: Mapping[str, int], defaults: Mapping[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tenggat per tahap"))
        self._defaults = dict(defaults)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for stage in STAGES:
            spin = QSpinBox()
            spin.setRange(1, MAX_DAYS)
            spin.setSuffix(self.tr(" hari"))
            spin.setValue(int(days[stage.key]))
            start = (
                self.tr("sejak perbuatan diketahui (atau laporan diterima)")
                if stage.start is Start.KNOWN
                else self.tr("sejak kasus masuk tahap ini")
            )
            spin.setToolTip(start)
            self.spins[stage.key] = spin
            form.addRow(tr_domain(stage.label), spin)
        intro = QLabel(
            self.tr(
                "Tenggat dihitung dalam hari kalender. Perubahan berlaku untuk semua komputer "
                "kantor setelah tersinkron."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self._restore
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _restore(self) -> None:
        for key, spin in self.spins.items():
            spin.setValue(self._defaults[key])

    def days(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}
