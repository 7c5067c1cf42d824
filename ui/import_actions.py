"""The intake entry points of the main window: importing reports and the BKD list, and
registering one public report. Kept here so the main window only adds a submenu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from asn_monitor.domain.roles import Permission
from ui.actions import make_action
from ui.context import AppContext
from ui.import_dialog import ImportDialog, ImportKind


class ImportActions(QObject):
    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        on_imported: Callable[[list[str]], None],
        new_report: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.on_imported = on_imported
        cases = ctx.cases()
        self.public_report = make_action(
            window, self.tr("&Laporan masyarakat baru…"), "report", "Ctrl+Shift+N", new_report
        )
        self.reports = make_action(
            window, self.tr("Impor &laporan…"), "import", "Ctrl+Shift+I", self.import_reports
        )
        self.registry = make_action(
            window, self.tr("Impor data &ASN (BKD)…"), "import", None, self.import_registry
        )
        self.public_report.setEnabled(cases.can(Permission.CREATE_CASE))
        self.reports.setEnabled(cases.can(Permission.CREATE_CASE))
        self.registry.setEnabled(cases.can(Permission.READ_CASES))

    def add_to(self, menu: QMenu) -> QMenu:
        menu.addAction(self.public_report)
        sub = menu.addMenu(self.tr("&Impor"))
        sub.addAction(self.reports)
        sub.addAction(self.registry)
        return sub

    def import_reports(self) -> None:
        self._open(ImportKind.REPORTS)

    def import_registry(self) -> None:
        self._open(ImportKind.REGISTRY)

    def _open(self, kind: ImportKind) -> ImportDialog:
        dialog = ImportDialog(self.ctx, kind, self.window)
        dialog.imported.connect(self.on_imported)
        dialog.open()
        return dialog
