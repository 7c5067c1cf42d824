"""The reporter's identity behind a button: masked until a supervisor asks for it.

Reading the identity writes an access record (:meth:`CaseService.reporter`), so it is read
only when a supervisor presses "Tampilkan identitas pelapor" — never merely because a case
was opened or reloaded. What was revealed stays on screen for that case alone, and only
while the stored record is the one shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QPushButton, QWidget

from asn_monitor.domain.models import Case, Reporter
from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError
from asn_monitor.services.cases import CaseService
from ui import icons
from ui.texts import show_error

PURPOSE_LIMIT = 200


class ReporterReveal(QObject):
    """``revealed(Reporter)`` after a supervisor asked for, and got, the identity."""

    revealed = Signal(object)

    def __init__(self, cases: Callable[[], CaseService], parent: QWidget) -> None:
        super().__init__(parent)
        self._cases = cases
        self._parent = parent
        self._case_id: str | None = None
        self._record: Reporter | None = None
        self.button = QPushButton(icons.icon("reveal"), self.tr("Tampilkan identitas pelapor"))
        self.button.setObjectName("reveal_reporter")
        self.button.setToolTip(
            self.tr("Setiap kali identitas pelapor ditampilkan, hal itu dicatat di log akses.")
        )
        self.button.hide()
        self.button.clicked.connect(self.reveal)

    def shown(self, case: Case | None) -> Reporter | str | None:
        """What the reporter box shows for ``case`` (the record, a masking text, or
        nothing when the case has no reporter); sets the button's visibility."""
        if case is None or case.id != self._case_id:
            self.forget()
        self._case_id = case.id if case else None
        self.button.hide()
        if case is None or not case.reporter_id:
            self._record = None
            return None
        service = self._cases()
        if not service.can(Permission.READ_REPORTER):
            return self.tr(
                "Kasus ini memiliki pelapor. Identitasnya dirahasiakan; hanya supervisor yang "
                "dapat melihatnya."
            )
        record = self._record
        if (
            record is not None
            and record.id == case.reporter_id
            and record.version == service.reporter_version(case.id)
        ):
            return record
        self._record = None
        self.button.show()
        return self.tr(
            "Identitas pelapor disembunyikan. Menampilkannya dicatat di log akses data pribadi."
        )

    def reveal(self) -> None:
        case_id = self._case_id
        if case_id is None:
            return
        purpose, ok = QInputDialog.getText(
            self._parent,
            self.tr("Tampilkan identitas pelapor"),
            self.tr("Untuk apa identitas pelapor dibuka? (boleh kosong; dicatat di log akses)"),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return
        try:
            record = self._cases().reporter(case_id, purpose.strip()[:PURPOSE_LIMIT])
        except AsnError as exc:
            show_error(self._parent, exc)
            return
        self._record = record
        self.button.hide()
        self.revealed.emit(record)

    def remember(self, record: Reporter) -> None:
        """The identity as just saved by this user (no new look: they typed it)."""
        self._record = record

    def forget(self) -> None:
        self._record = None

    @property
    def record(self) -> Reporter | None:
        return self._record
