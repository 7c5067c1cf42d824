"""The main window: case list on the left, the selected case on the right."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QWidget,
)

from asn_monitor import __version__
from asn_monitor.domain.calendar import load_elections
from asn_monitor.domain.reference import load_reference
from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError
from asn_monitor.services.queue import QueueFilter
from asn_monitor.store.integrity import check_database
from asn_monitor.sync.audit import check_office
from asn_monitor.sync.backup import backup
from asn_monitor.sync.engine import SyncState
from asn_monitor.sync.replica import Touched
from asn_monitor.workspace import Workspace
from ui import icons
from ui.access_log_dialog import AccessLogDialog
from ui.actions import make_action
from ui.case_detail import CaseDetail
from ui.case_list_panel import CaseListPanel
from ui.catalogue_dialog import CatalogueDialog
from ui.conflicts_dialog import ConflictsDialog
from ui.context import AppContext
from ui.dashboard_view import DashboardView
from ui.edit_actions import EditActions
from ui.import_actions import ImportActions
from ui.new_case_dialog import NewCaseDialog
from ui.notifications_button import NotificationsButton
from ui.print_actions import PrintActions
from ui.queue_actions import QueueActions
from ui.referral_actions import ReferralActions
from ui.sync_status import SyncStatus
from ui.texts import error_text, show_error, tr_domain
from ui.users_dialog import PasswordDialog, UsersDialog

# What the queue shows or searches comes from these records (a case, its subject and
# accounts, its holder, its notes, its worksheet level; the deadline settings).
LIST_ENTITIES = frozenset({"case", "subject", "account", "user", "note", "setting", "worksheet"})


class MainWindow(QMainWindow):
    """``logout_requested`` asks the application to show the login dialog again."""

    logout_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._logging_out = False
        self._conflicts_dialog: ConflictsDialog | None = None
        self._dashboard: DashboardView | None = None
        self._seen_conflicts = -1  # the office-wide count last seen from the engine
        office = ctx.office().office_name()
        self.setWindowTitle(self.tr("ASN Monitor — {office}").format(office=office))
        self._fit_to_screen()
        self.reference = load_reference()
        try:
            self.elections = load_elections()
        except (OSError, ValueError, KeyError):
            self.elections = []

        self.list_panel = CaseListPanel(ctx.queue)
        self.detail = CaseDetail(ctx, self.reference, self.elections)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([740, 660])
        self.setCentralWidget(self.splitter)

        self._previous_case: str = ""
        self.list_panel.case_selected.connect(self._on_case_selected)
        self.list_panel.open_requested.connect(lambda _id: self.detail.setFocus())
        self.detail.case_saved.connect(self._on_case_saved)
        self.detail.open_case_requested.connect(self.open_case)
        self.detail.dirty_changed.connect(lambda dirty: self.save_action.setEnabled(dirty))

        self._build_actions()
        self.queue_actions = QueueActions(
            ctx, self.list_panel, self.detail, self, lambda m: self.statusBar().showMessage(m, 6000)
        )
        self.import_actions = ImportActions(
            ctx, self, lambda _ids: self.refresh(), lambda: self.new_case(public_report=True)
        )
        self.referral_actions = ReferralActions(ctx, self.detail, self)
        self.print_actions = PrintActions(ctx, self.detail, self)
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        self._restore_queue()
        self._update_status()
        # Once the window is up: a message shown before would not hide the user's name.
        QTimer.singleShot(0, self._say_unread)
        if ctx.sync is not None:
            ctx.sync.state_changed.connect(self._on_sync_state)
            ctx.sync.rows_touched.connect(self._on_remote_change)
            self._on_sync_state(ctx.sync.state)
        # Start in the list with the newest case open, so the arrow keys work at once.
        self.list_panel.view.setFocus()
        if self.list_panel.model.rowCount():
            self.list_panel.view.setCurrentIndex(self.list_panel.model.index(0, 0))

    # -- building ---------------------------------------------------------------------

    def _action(
        self,
        text: str,
        icon: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
        tip: str = "",
    ) -> QAction:
        return make_action(self, text, icon, shortcut, slot, tip)

    def _build_actions(self) -> None:
        can_create = self.ctx.cases().can(Permission.CREATE_CASE)
        self.new_action = self._action(
            self.tr("Kasus &baru…"), "new", QKeySequence.StandardKey.New, self.new_case
        )
        self.new_action.setEnabled(can_create)
        self.save_action = self._action(
            self.tr("&Simpan"), "save", QKeySequence.StandardKey.Save, self.detail.save
        )
        self.save_action.setEnabled(False)
        self.refresh_action = self._action(
            self.tr("&Muat ulang"), "refresh", QKeySequence.StandardKey.Refresh, self.refresh
        )
        self.find_action = self._action(
            self.tr("&Cari"), "search", QKeySequence.StandardKey.Find, self.focus_search
        )
        self.logout_action = self._action(
            self.tr("Ganti &pengguna…"), "logout", "Ctrl+Shift+L", self.logout
        )
        self.quit_action = self._action(
            self.tr("&Keluar"), "quit", QKeySequence.StandardKey.Quit, self.close
        )
        self.users_action = self._action(self.tr("Kelola &akun…"), "users", None, self.manage_users)
        self.users_action.setEnabled(self.ctx.cases().can(Permission.MANAGE_USERS))
        self.password_action = self._action(
            self.tr("Ganti &kata sandi…"), "password", None, self.change_password
        )
        self.check_action = self._action(
            self.tr("&Periksa keutuhan data"), "check", None, self.check_integrity
        )
        # F9 is "send/receive" in the mail programs office staff know.
        self.sync_action = self._action(
            self.tr("&Sinkronkan sekarang"), "sync", "F9", self.sync_now
        )
        self.sync_action.setEnabled(self.ctx.sync is not None)
        self.backup_action = self._action(
            self.tr("&Cadangkan folder bersama"), "backup", None, self.backup_hub
        )
        self.backup_action.setEnabled(
            self.ctx.sync is not None and self.ctx.cases().can(Permission.MANAGE_SETTINGS)
        )
        self.conflicts_action = self._action(
            self.tr("Ko&nflik sinkronisasi…"), "conflict", "Ctrl+Shift+K", self.open_conflicts
        )
        self.evidence_limit_action = self._action(
            self.tr("Batas &ukuran bukti…"), "evidence_limit", None, self.set_evidence_limit
        )
        self.evidence_limit_action.setEnabled(self.ctx.cases().can(Permission.MANAGE_SETTINGS))
        self.catalogue_action = self._action(
            self.tr("&Katalog lembar sanksi…"), "catalogue", None, self.open_catalogue
        )
        self.about_action = self._action(self.tr("&Tentang ASN Monitor"), "about", None, self.about)
        self.notifications_action = self._action(
            self.tr("Pem&beritahuan…"), "bell", "Ctrl+Shift+M", self.show_notifications
        )
        self.access_log_action = self._action(
            self.tr("&Log akses data pribadi…"), "access_log", None, self.open_access_log
        )
        self.access_log_action.setEnabled(self.ctx.access_log().can_read())
        self.dashboard_action = self._action(
            self.tr("&Dasbor…"), "dashboard", "Ctrl+D", self.open_dashboard
        )
        self.mine_action = self._action(
            self.tr("Antrean &saya"), "mine", "Ctrl+M", lambda: self.list_panel.apply_view("mine")
        )
        self.language_id = self._action(
            "Bahasa Indonesia", "language", None, lambda: self.set_language("id")
        )
        self.language_en = self._action(
            "English", "language", None, lambda: self.set_language("en")
        )
        for action in (self.language_id, self.language_en):
            action.setCheckable(True)
        current = self.ctx.settings.value("ui/language", "id")
        (self.language_en if current == "en" else self.language_id).setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        for action in (self.new_action, self.save_action, self.refresh_action):
            file_menu.addAction(action)
        self.import_actions.add_to(file_menu)
        file_menu.addSeparator()
        printing = self.print_actions
        for action in (printing.summary_action, printing.letter_action, printing.recap_action):
            file_menu.addAction(action)
        file_menu.aboutToShow.connect(printing.update_enabled)
        file_menu.addSeparator()
        file_menu.addAction(self.logout_action)
        file_menu.addAction(self.quit_action)
        self.edit_actions = EditActions(self)
        self.edit_actions.fill(bar.addMenu(self.tr("&Sunting")))
        self.case_menu = bar.addMenu(self.tr("&Kasus"))
        self.case_menu.aboutToShow.connect(self._fill_case_menu)
        queue = self.queue_actions
        queue_menu = bar.addMenu(self.tr("A&ntrean"))
        for action in (queue.claim, queue.release, queue.next, queue.assign):
            queue_menu.addAction(action)
        queue_menu.addSeparator()
        queue_menu.addAction(queue.deadlines)
        self.view_menu = bar.addMenu(self.tr("&Tampilan"))
        self.list_panel.views_changed.connect(self._fill_view_menu)
        self._fill_view_menu()
        tools = bar.addMenu(self.tr("&Alat"))
        tools.addAction(self.dashboard_action)
        tools.addSeparator()
        tools.addAction(self.users_action)
        tools.addAction(self.password_action)
        tools.addAction(self.check_action)
        tools.addAction(self.access_log_action)
        tools.addSeparator()
        tools.addAction(self.sync_action)
        tools.addAction(self.conflicts_action)
        tools.addAction(self.backup_action)
        tools.addSeparator()
        tools.addAction(queue.deadlines)
        tools.addAction(self.catalogue_action)
        tools.addAction(self.evidence_limit_action)
        tools.addAction(self.referral_actions.pattern_action)
        tools.addAction(self.print_actions.letterhead_action)
        tools.addSeparator()
        language = tools.addMenu(icons.icon("language"), self.tr("&Bahasa"))
        language.addAction(self.language_id)
        language.addAction(self.language_en)
        help_menu = bar.addMenu(self.tr("Bant&uan"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Alat utama"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.new_action, self.save_action, self.refresh_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (queue.claim, queue.next, queue.release):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.print_actions.summary_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.notifications = NotificationsButton(self.ctx.notifications)
        self.notifications.set_shortcut_text(
            self.notifications_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.notifications.open_case_requested.connect(self.open_case)
        toolbar.addWidget(self.notifications)
        self.addToolBar(toolbar)

    def _fill_view_menu(self) -> None:
        menu = self.view_menu
        menu.clear()
        menu.addAction(self.find_action)
        menu.addAction(self.mine_action)
        menu.addAction(self.notifications_action)
        menu.addAction(self.queue_actions.clear)
        menu.addAction(self.queue_actions.toggle_side)
        menu.addSeparator()
        for action in self.list_panel.view_actions:
            menu.addAction(action)

    def _fill_case_menu(self) -> None:
        self.case_menu.clear()
        steps = self.detail.available_transitions()
        if not steps:
            none = self.case_menu.addAction(self.tr("(tidak ada langkah yang tersedia)"))
            none.setEnabled(False)
        for step in steps:
            action = self.case_menu.addAction(tr_domain(step.label))
            action.triggered.connect(
                lambda _=False, name=step.name: self.detail.run_transition(name)
            )
        self.case_menu.addSeparator()
        self.print_actions.update_enabled()
        self.case_menu.addAction(self.print_actions.summary_action)
        self.case_menu.addAction(self.print_actions.letter_action)

    def _build_status_bar(self) -> None:
        user = self.ctx.user
        self.user_label = QLabel(
            self.tr("{name} ({role})").format(
                name=user.display_name, role=tr_domain(user.role.label)
            )
        )
        self.workspace_label = QLabel(
            self.tr("Ruang kerja: {path}").format(path=self.ctx.workspace_dir)
        )
        self.workspace_label.setToolTip(str(self.ctx.database.path))
        # A long path gives way first: the sync state matters more on a narrow screen.
        self.workspace_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.workspace_label.setMinimumWidth(60)
        self.counts_label = QLabel()
        sync = self.ctx.sync
        self.sync_status = SyncStatus(
            str(sync.engine.hub.shared_dir) if sync is not None and sync.engine else ""
        )
        self.sync_status.conflicts_clicked.connect(self.open_conflicts)
        shortcut = self.conflicts_action.shortcut()
        self.sync_status.conflicts.setToolTip(
            self.sync_status.conflicts.toolTip()
            + f" ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        status = self.statusBar()
        status.addWidget(self.user_label)
        status.addWidget(self.workspace_label, 1)
        status.addPermanentWidget(self.sync_status)
        status.addPermanentWidget(self.counts_label)
        if sync is None:
            self.sync_status.show_disabled(self.tr("Sesi ini tidak tersambung ke folder bersama."))
        self._update_conflicts()
        if self.ctx.database.readonly:
            ro = QLabel(self.tr("HANYA BACA: berkas basis data tidak dapat ditulis"))
            ro.setStyleSheet("color:#c62828; font-weight:600;")
            status.addPermanentWidget(ro)

    def _restore_queue(self) -> None:
        """Open on the view this user left, with their columns (each user's own)."""
        saved = self.ctx.settings.value(self._filter_key)
        flt = None
        if isinstance(saved, str) and saved:
            try:
                flt = QueueFilter.from_dict(json.loads(saved))
            except (ValueError, TypeError):
                flt = None
        if flt is None:
            flt = QueueFilter()
        self.list_panel.set_filter(flt)
        if not self.list_panel.restore_header(self.ctx.settings.value(self._header_key)):
            self.list_panel.default_columns()

    def _update_status(self) -> None:
        service = self.ctx.cases()
        total = sum(service.count_by_status().values())
        held = service.count_held()
        self.counts_label.setText(
            self.tr("{n} kasus · {held} dipegang Anda").format(n=total, held=held)
        )

    # -- sync --------------------------------------------------------------------------

    def _on_sync_state(self, state: SyncState) -> None:
        self.sync_status.show_state(state)
        if state.open_conflicts != self._seen_conflicts:
            self._seen_conflicts = state.open_conflicts
            self._update_conflicts()

    def _update_conflicts(self) -> None:
        try:
            count = self.ctx.conflicts().count_open()
        except AsnError:
            count = 0
        self.sync_status.show_conflicts(count)

    def _on_remote_change(self, touched: Touched) -> None:
        """Another PC's changes reached this replica: show them, disturbing nobody."""
        entities = {entity for entity, _id in touched.rows}
        if entities & LIST_ENTITIES:
            self.list_panel.refresh_live()
        dirty = self.detail.form.is_dirty()
        self.print_actions.update_enabled()  # a referral from another PC: its letter
        try:
            concerned = self.detail.remote_changed(touched.rows)
        except AsnError as exc:
            self.statusBar().showMessage(error_text(exc), 8000)
            concerned = False
        said = ""
        if concerned and not dirty and self.detail.case is not None:
            said = self.tr("Kasus {number} diperbarui dari komputer lain.").format(
                number=self.detail.case.number
            )
            self.statusBar().showMessage(said, 5000)
        if "conflict" in entities or touched.conflicts:
            self._update_conflicts()
        if "notification" in entities:
            ids = [i for e, i in touched.rows if e == "notification"]
            self._notifications_arrived(ids, said)
        self._update_status()

    def _notifications_arrived(self, ids: list[str], said: str = "") -> None:
        """Sync brought notification records: count them, and say so if any is new
        (after ``said``, what this round already put in the status bar)."""
        try:
            fresh = self.ctx.notifications().unread_among(ids)
        except AsnError:
            fresh = 0
        self.notifications.refresh()
        if fresh:
            text = self.tr("%n pemberitahuan baru", "", fresh)
            self.statusBar().showMessage(f"{said} · {text}" if said else text, 8000)

    def _say_unread(self) -> None:
        if self.notifications.count > 0:
            self.statusBar().showMessage(
                self.tr("%n pemberitahuan belum dibaca", "", self.notifications.count), 8000
            )

    def show_notifications(self) -> None:
        self.notifications.show_popup()

    def _read_case_notifications(self, case_id: str) -> None:
        """Opening a case reads what was said about it."""
        try:
            read = self.ctx.notifications().mark_case_read(case_id)
        except AsnError:
            return  # e.g. a read-only store: the notifications stay unread
        if read:
            self.notifications.refresh()

    def open_access_log(self) -> None:
        try:
            dialog = AccessLogDialog(self.ctx.access_log(), self)
        except AsnError as exc:
            show_error(self, exc)
            return
        dialog.open_case_requested.connect(self.open_case)
        dialog.exec()

    def sync_now(self) -> None:
        if self.ctx.sync is not None:
            self.ctx.sync.sync_now()
            self.statusBar().showMessage(self.tr("Menyinkronkan dengan folder bersama…"), 3000)

    def open_conflicts(self) -> None:
        if self._conflicts_dialog is None:
            dialog = ConflictsDialog(
                self.ctx.conflicts, self.detail.user_names, self.ctx.sync, self
            )
            dialog.resolved.connect(self._after_conflict_resolved)
            dialog.open_case_requested.connect(self.open_case)
            self._conflicts_dialog = dialog
        elif self._conflicts_dialog.isVisible():
            # Open already (it is not modal): bring it forward, up to date.
            self._conflicts_dialog.reload()
            self._conflicts_dialog.raise_()
            self._conflicts_dialog.activateWindow()
            return
        else:
            self._conflicts_dialog.reload()
        self._conflicts_dialog.show()

    def open_dashboard(self) -> None:
        """The dashboard window (not modal: a case opened from it shows here)."""
        if self._dashboard is None:
            self._dashboard = DashboardView(self.ctx, self)
            self._dashboard.open_case_requested.connect(self.open_case)
        elif self._dashboard.isVisible():
            self._dashboard.raise_()
            self._dashboard.activateWindow()
            return
        self._dashboard.show()

    def _after_conflict_resolved(self) -> None:
        self._update_conflicts()
        self.list_panel.refresh_live()
        case = self.detail.case
        if case is not None:
            self.detail.remote_changed({("case", case.id), ("subject", case.subject_id or "")})

    # -- slots -------------------------------------------------------------------------

    def _on_case_selected(self, case_id: str) -> None:
        if case_id == self._previous_case:
            self.queue_actions.update()
            return
        if not self.detail.maybe_save():
            # Stay on the case with unsaved edits.
            self.list_panel.view.selectionModel().blockSignals(True)
            self.list_panel.select_case(self._previous_case)
            self.list_panel.view.selectionModel().blockSignals(False)
            return
        self._previous_case = case_id
        try:
            self.detail.show_case(case_id or None)
        except AsnError as exc:
            show_error(self, exc)
        else:
            if case_id:
                self._read_case_notifications(case_id)
        self.queue_actions.update()
        self.print_actions.update_enabled()

    def _on_case_saved(self, case_id: str) -> None:
        self.list_panel.refresh(keep=case_id)
        self._update_status()
        self.print_actions.update_enabled()  # a referral makes the letter printable

    def open_case(self, case_id: str) -> None:
        """Show a case, clearing the list's filters if they hide it."""
        if self.list_panel.model.row_of(case_id) < 0:
            self.list_panel.clear_filters()
        self.list_panel.select_case(case_id)

    def new_case(self, public_report: bool = False) -> None:
        if not self.detail.maybe_save():
            return
        dialog = NewCaseDialog(
            self.ctx, self.reference, self.elections, self, public_report=public_report
        )
        if dialog.exec() and dialog.created:
            self.list_panel.refresh(keep=dialog.created.id)
            self.list_panel.select_case(dialog.created.id)
            self._update_status()
            created = dialog.created
            message = (
                self.tr("Kasus {number} dibuat.")
                if created.number_final
                else self.tr("Kasus {number} dibuat; nomor ini sementara sampai kasus tersinkron.")
            )
            self.statusBar().showMessage(message.format(number=created.number), 8000)

    def refresh(self) -> None:
        if not self.detail.maybe_save():
            return
        self.list_panel.refresh()
        if self.detail.case:
            self.detail.show_case(self.detail.case.id)
        self._update_status()

    def focus_search(self) -> None:
        self.list_panel.search.setFocus()
        self.list_panel.search.selectAll()

    def manage_users(self) -> None:
        UsersDialog(self.ctx.users(), self).exec()
        self.detail.show_case(self.detail.case.id if self.detail.case else None)

    def change_password(self) -> None:
        dialog = PasswordDialog(self.tr("Ganti kata sandi"), True, self)
        service = self.ctx.users()
        dialog.action = lambda current, new: service.set_password(self.ctx.user.id, new, current)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Kata sandi diganti."), 5000)

    def check_integrity(self) -> None:
        """The same check as ``python main.py check``: this PC's store, and, when the
        session syncs, the hub, both copies of every change chain and the evidence files."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.ctx.sync is None:
                report = check_database(self.ctx.database)
                sections = [(self.tr("Basis data komputer ini"), report)]
            else:
                workspace = Workspace(self.ctx.workspace_dir)
                office = check_office(
                    self.ctx.database,
                    workspace.hub(self.ctx.database),
                    workspace.evidence(self.ctx.database),
                )
                sections = [(tr_domain(title), part) for title, part in office.sections()]
                report = office.replica
        finally:
            QApplication.restoreOverrideCursor()
        problems = [
            f"{title}:\n" + "\n".join("  \u2022 " + p.message(tr_domain) for p in part.problems)
            for title, part in sections
            if not part.healthy
        ]
        if not problems:
            QMessageBox.information(
                self,
                self.tr("Periksa keutuhan"),
                self.tr(
                    "Basis data sehat: {cases} kasus, {changes} catatan perubahan, rantai utuh."
                ).format(**report.facts)
                + (
                    "\n" + self.tr("Hub, rantai perubahan dan berkas bukti juga sehat.")
                    if self.ctx.sync is not None
                    else ""
                ),
            )
        else:
            QMessageBox.critical(self, self.tr("Periksa keutuhan"), "\n\n".join(problems))

    def backup_hub(self) -> None:
        """The same backup as ``python main.py backup``: a consistent copy of the hub in
        the shared folder's backups/, the newest ones kept."""
        workspace = Workspace(self.ctx.workspace_dir)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = backup(workspace.hub(self.ctx.database))
        except AsnError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc, self.tr("Cadangan gagal"))
            return
        QApplication.restoreOverrideCursor()
        QMessageBox.information(
            self,
            self.tr("Cadangan dibuat"),
            self.tr(
                "Cadangan hub disimpan di {path} ({size} KB). Pemulihan dilakukan admin dengan "
                "\u201cpython main.py restore\u201d."
            ).format(path=result.path, size=max(1, result.size // 1024)),
        )

    def set_evidence_limit(self) -> None:
        """The largest evidence file the office takes in (a setting synced to every PC)."""
        office = self.ctx.office()
        value, ok = QInputDialog.getInt(
            self,
            self.tr("Batas ukuran bukti"),
            self.tr("Berkas bukti terbesar yang diterima (MB, 1–2048):"),
            int(office.evidence_max_mb()),
            1,
            2048,
        )
        if not ok:
            return
        try:
            office.set_evidence_max_mb(value)
        except AsnError as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("Batas ukuran bukti kini {mb} MB.").format(mb=value), 6000
        )

    def open_catalogue(self) -> None:
        """The catalogue the worksheet applies; supervisors correct it, others read it."""
        try:
            dialog = CatalogueDialog(
                self.ctx.catalogues(), str(self.ctx.settings.value("ui/language", "id")), self
            )
        except AsnError as exc:
            show_error(self, exc)
            return
        dialog.exec()
        if not self.detail.worksheet.is_dirty():
            self.detail.worksheet.reload()

    def set_language(self, language: str) -> None:
        self.ctx.settings.setValue("ui/language", language)
        self.language_id.setChecked(language == "id")
        self.language_en.setChecked(language == "en")
        QMessageBox.information(
            self,
            self.tr("Bahasa"),
            self.tr(
                "Bahasa berganti saat Anda masuk kembali (Berkas \u2192 Ganti pengguna) atau "
                "membuka aplikasi lagi."
            ),
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang ASN Monitor"),
            self.tr(
                "ASN Monitor {version}\n\nPemantauan netralitas ASN di media sosial: antrean kasus, "
                "verifikasi ASN, bukti, lembar sanksi dan review supervisor."
            ).format(version=__version__),
        )

    def logout(self) -> None:
        if not self.detail.maybe_save():
            return
        self._logging_out = True
        self.close()

    # -- window state --------------------------------------------------------------------

    @property
    def _header_key(self) -> str:
        # v2: the queue's columns; a layout saved for the old list does not fit them.
        return f"users/{self.ctx.user.username}/queue_header_v2"

    @property
    def _filter_key(self) -> str:
        return f"users/{self.ctx.user.username}/queue_filter"

    def _fit_to_screen(self) -> None:
        # Office PCs often have 1366x768 screens: never open larger than the screen.
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1400, 860
        if screen is not None:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.92))
        self.resize(width, height)

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.ctx.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.detail.maybe_save():
            self._logging_out = False
            event.ignore()
            return
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/splitter", self.splitter.saveState())
        self.ctx.settings.setValue(self._header_key, self.list_panel.header_state())
        self.ctx.settings.setValue(
            self._filter_key, json.dumps(self.list_panel.current_filter().to_dict())
        )
        event.accept()
        if self._logging_out:
            self.logout_requested.emit()
