"""The queue's commands (claim, release, next, assign, deadlines) as actions with shortcuts,
shared by the menu, the toolbar and the table's context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from asn_monitor.domain.deadlines import load_default_days
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.roles import Permission, has_permission
from asn_monitor.errors import AsnError, Offline
from ui.actions import make_action
from ui.assign_dialog import AssignDialog
from ui.case_detail import CaseDetail
from ui.case_list_panel import CaseListPanel
from ui.context import AppContext
from ui.deadlines_dialog import DeadlinesDialog
from ui.texts import error_text, show_error


class QueueActions(QObject):
    def __init__(
        self,
        ctx: AppContext,
        panel: CaseListPanel,
        detail: CaseDetail,
        window: QWidget,
        notify: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.panel = panel
        self.detail = detail
        self.window = window
        self.notify = notify
        self.claim = make_action(
            self,
            self.tr("&Ambil kasus"),
            "claim",
            "Ctrl+Shift+A",
            self.claim_current,
            self.tr("Ambil kasus yang dipilih untuk Anda kerjakan"),
        )
        self.release = make_action(
            self,
            self.tr("&Lepaskan ke antrean"),
            "release",
            "Ctrl+Shift+R",
            self.release_current,
            self.tr("Kembalikan kasus yang Anda pegang ke antrean"),
        )
        self.next = make_action(
            self,
            self.tr("Ambil &berikutnya"),
            "next",
            "Ctrl+Shift+B",
            self.claim_next,
            self.tr("Ambil kasus tertua yang belum diambil pada tampilan ini"),
        )
        self.assign = make_action(
            self,
            self.tr("&Tugaskan kepada…"),
            "assign",
            "Ctrl+Shift+T",
            self.assign_selected,
            self.tr("Tugaskan kasus yang dipilih kepada seorang pemantau"),
        )
        self.deadlines = make_action(
            self,
            self.tr("Tenggat per &tahap…"),
            "deadline",
            None,
            self.edit_deadlines,
        )
        self.toggle_side = make_action(
            self,
            self.tr("Panel &tampilan dan status"),
            "panel",
            "Ctrl+Shift+P",
            self._toggle_side,
        )
        self.toggle_side.setCheckable(True)
        self.toggle_side.setChecked(True)
        self.clear = make_action(
            self,
            self.tr("&Hapus saringan"),
            "clear",
            "Ctrl+Shift+X",
            panel.clear_filters,
        )
        service = ctx.cases()
        self.assign.setVisible(service.can(Permission.ASSIGN_CASES))
        self.deadlines.setEnabled(service.can(Permission.MANAGE_SETTINGS))
        panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        panel.view.customContextMenuRequested.connect(self._context_menu)
        panel.view.selectionModel().selectionChanged.connect(lambda *_: self.update())
        self.update()

    # -- state ------------------------------------------------------------------------

    def update(self) -> None:
        case = self.detail.case
        user = self.ctx.user
        # The role as the session knows it: this runs on every selection change (and
        # while the window closes), so it must not query; the services check again.
        can_work = has_permission(user.role, Permission.EDIT_CASE)
        can_assign = has_permission(user.role, Permission.ASSIGN_CASES)
        self.claim.setEnabled(
            can_work and case is not None and case.status is Status.MASUK and not case.assignee_id
        )
        self.release.setEnabled(
            case is not None
            and case.status in (Status.DIVERIFIKASI, Status.DIKEMBALIKAN)
            and (case.assignee_id == user.id or can_assign)
        )
        self.next.setEnabled(can_work)
        self.assign.setEnabled(bool(self.panel.selected_case_ids()))

    # -- commands -----------------------------------------------------------------------

    def claim_current(self) -> None:
        if self.detail.case is not None and self.detail.run_transition("claim"):
            self.notify(
                self.tr("Kasus {number} kini Anda pegang.").format(number=self.detail.case.number)
            )
        self.update()

    def release_current(self) -> None:
        case = self.detail.case
        if case is None:
            return
        name = "release_returned" if case.status is Status.DIKEMBALIKAN else "release"
        if case.assignee_id != self.ctx.user.id and self.ctx.cases().can(Permission.ASSIGN_CASES):
            # A supervisor frees a case someone else holds (ill, on leave): say so first.
            answer = QMessageBox.question(
                self.window,
                self.tr("Lepaskan kasus"),
                self.tr("Kasus {number} sedang dipegang orang lain. Kembalikan ke antrean?").format(
                    number=case.number
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.detail.run_transition(name):
            self.notify(self.tr("Kasus {number} kembali ke antrean.").format(number=case.number))
        self.update()

    def claim_next(self) -> None:
        if not self.detail.maybe_save():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            case, lost = self.ctx.assignment().claim_next(self.panel.current_filter())
        except AsnError as exc:
            QApplication.restoreOverrideCursor()
            title = self.tr("Folder bersama tidak terjangkau") if isinstance(exc, Offline) else None
            show_error(self.window, exc, title)
            return
        QApplication.restoreOverrideCursor()
        self.panel.refresh(keep=case.id)
        if not self.panel.select_case(case.id):
            # The view no longer shows it (it showed unclaimed cases only): open it anyway.
            self.detail.show_case(case.id)
        message = self.tr("Kasus {number} kini Anda pegang.").format(number=case.number)
        if lost:
            message += " " + self.tr("({n} kasus lain lebih dulu diambil orang lain.)").format(
                n=len(lost)
            )
        self.notify(message)
        self.update()

    def assign_selected(self) -> None:
        ids = self.panel.selected_case_ids()
        if not ids or not self.detail.maybe_save():
            return
        service = self.ctx.assignment()
        try:
            users = service.assignable_users()
            numbers = [service.cases.get(i).number for i in ids]
        except AsnError as exc:
            show_error(self.window, exc)
            return
        dialog = AssignDialog(users, numbers, self.window)
        if not dialog.exec():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcomes = service.assign(ids, dialog.chosen())
        except AsnError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self.window, exc, self.tr("Penugasan gagal"))
            return
        QApplication.restoreOverrideCursor()
        current = self.panel.current_case_id()
        self.panel.refresh(keep=current)
        if self.detail.case is not None:
            self.detail.show_case(self.detail.case.id)
        failed = [o for o in outcomes if o.error is not None]
        done = len(outcomes) - len(failed)
        if failed:
            lines = "\n".join(
                f"\u2022 {o.number}: {error_text(o.error)}" for o in failed if o.error
            )
            QMessageBox.warning(
                self.window,
                self.tr("Sebagian kasus tidak ditugaskan"),
                self.tr("{done} kasus ditugaskan; {n} tidak:").format(done=done, n=len(failed))
                + "\n\n"
                + lines,
            )
        else:
            self.notify(self.tr("{n} kasus ditugaskan.").format(n=done))
        self.update()

    def edit_deadlines(self) -> None:
        queue = self.ctx.queue()
        dialog = DeadlinesDialog(queue.deadline_days(), load_default_days(), self.window)
        if not dialog.exec():
            return
        try:
            queue.set_deadline_days(dialog.days())
        except AsnError as exc:
            show_error(self.window, exc)
            return
        self.panel.refresh()
        if self.detail.case is not None:
            self.detail.show_case(self.detail.case.id)
        self.notify(self.tr("Tenggat per tahap disimpan."))

    def _toggle_side(self) -> None:
        self.panel.side.setVisible(self.toggle_side.isChecked())

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self.window)
        for action in (self.claim, self.release, self.next, self.assign):
            if action.isVisible():
                menu.addAction(action)
        menu.exec(self.panel.view.viewport().mapToGlobal(position))
