"""Asking what to do with a report that looks like an existing case."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.lifecycle import Status
from asn_monitor.services.duplicates import DuplicateMatch
from asn_monitor.services.intake import DuplicateAction
from ui.texts import tr_domain


class DuplicateDialog(QDialog):
    def __init__(self, matches: list[DuplicateMatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches = matches
        self.action = DuplicateAction.CREATE
        self.target: str | None = None
        self.setWindowTitle(self.tr("Mungkin duplikat"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Laporan ini mirip kasus yang sudah tercatat. Gabungkan (tautan, bukti dan "
                "uraiannya ditambahkan ke kasus itu), tautkan (kasus baru yang ditandai "
                "duplikat), atau tetap buat kasus baru?"
            )
        )
        intro.setWordWrap(True)
        listing = QLabel(
            "<br>".join(
                f"<b>{html.escape(m.number)}</b> ({html.escape(tr_domain(Status(m.status).label))})"
                f" — {html.escape(', '.join(tr_domain(r) for r in m.reasons))}"
                for m in matches
            )
        )
        listing.setWordWrap(True)
        self.case = QComboBox()
        for match in matches:
            self.case.addItem(match.number, match.case_id)
        self.case.setVisible(len(matches) > 1)
        buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("Gabungkan"))
        self.link_button = QPushButton(self.tr("Tautkan"))
        self.create_button = QPushButton(self.tr("Tetap buat kasus baru"))
        cancel = QPushButton(self.tr("Batal"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.clicked.connect(lambda: self.choose(DuplicateAction.MERGE))
        self.link_button.clicked.connect(lambda: self.choose(DuplicateAction.LINK))
        self.create_button.clicked.connect(lambda: self.choose(DuplicateAction.CREATE))
        cancel.clicked.connect(self.reject)
        self.link_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(listing)
        layout.addWidget(self.case)
        layout.addWidget(buttons)

    def choose(self, action: DuplicateAction) -> None:
        self.action = action
        self.target = None if action is DuplicateAction.CREATE else self.case.currentData()
        self.accept()
