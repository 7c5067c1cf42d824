"""The selected case: header with its status and next steps, and the tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.calendar import Election
from asn_monitor.domain.lifecycle import Transition, transition_named
from asn_monitor.domain.models import Case, Reporter
from asn_monitor.domain.reference import ReferenceLists
from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError, ValidationError, VersionConflict
from ui.case_form import CaseForm
from ui.case_table_model import STATUS_COLOURS
from ui.context import AppContext
from ui.history_panel import HistoryPanel
from ui.notes_panel import NotesPanel
from ui.texts import error_text, format_timestamp, show_error, tr_domain
from ui.timeline_view import TimelineView


class CaseDetail(QWidget):
    """Shows one case. Emits ``case_saved`` after any successful write to it."""

    case_saved = Signal(str)
    open_case_requested = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        reference: ReferenceLists,
        elections: list[Election],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        # Reasons typed for a step that did not go through, by (case id, step name).
        self._drafts: dict[tuple[str, str], str] = {}

        self.number = QLabel()
        self.number.setStyleSheet("font-size:16pt; font-weight:600;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.holder = QLabel()
        self.holder.setStyleSheet("color:#555;")
        steps_row = QWidget()
        self.steps = QHBoxLayout(steps_row)
        self.steps.setContentsMargins(0, 0, 0, 0)
        self.steps.setSpacing(6)
        # Same height with or without buttons, so the tabs do not jump between cases.
        steps_row.setMinimumHeight(QPushButton("X").sizeHint().height())
        header = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.status)
        top.addStretch(1)
        header.addLayout(top)
        header.addWidget(self.holder)
        # The next steps get a row of their own so their labels are never cut.
        self.steps.addStretch(1)
        header.addWidget(steps_row)

        self.form = CaseForm(reference, elections)
        self.form.dirty_changed.connect(self._on_dirty)
        self.form.case_link_activated.connect(self.open_case_requested)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setToolTip(self.tr("Simpan perubahan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Batalkan perubahan"))
        self.revert_button.setToolTip(self.tr("Kembalikan isian ke data tersimpan"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.addWidget(self.form)
        summary_layout.addLayout(buttons)
        self.timeline = TimelineView()
        summary_layout.addWidget(self.timeline)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(summary_page)

        self.notes = NotesPanel()
        self.notes.add_requested.connect(self._add_note)
        self.history = HistoryPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Ringkasan"))
        self.tabs.addTab(self.notes, self.tr("Catatan"))
        self.tabs.addTab(self.history, self.tr("Riwayat"))

        self.placeholder = QLabel(self.tr("Pilih kasus di daftar, atau buat kasus baru (Ctrl+N)."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color:#666; font-size:11pt;")

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(header)
        body_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        self.show_case(None)

    # -- showing -------------------------------------------------------------------------

    def show_case(self, case_id: str | None) -> None:
        service = self.ctx.cases()
        self.case = service.get(case_id) if case_id else None
        self.placeholder.setVisible(self.case is None)
        self.body.setVisible(self.case is not None)
        if self.case is None:
            self._update_buttons()
            return
        case = self.case
        self.number.setText(case.number)
        colour = STATUS_COLOURS[case.status]
        self.status.setText(tr_domain(case.status.label))
        self.status.setStyleSheet(
            f"color:white; background:{colour}; border-radius:8px; padding:2px 10px; font-weight:600;"
        )
        names = self.user_names()
        holder = names.get(case.assignee_id or "", "")
        text = (
            self.tr("Dipegang oleh {name}").format(name=holder)
            if holder
            else self.tr("Belum diambil siapa pun")
        )
        text += " · " + self.tr("diubah {when}").format(when=format_timestamp(case.updated_at))
        self.holder.setText(text)
        subject = service.subject(case.subject_id) if case.subject_id else None
        reporter: Reporter | str | None = None
        if case.reporter_id:
            if service.can(Permission.READ_REPORTER):
                try:
                    reporter = service.reporter(case.id)
                except AsnError as exc:
                    reporter = error_text(exc)
            else:
                reporter = self.tr(
                    "Identitas pelapor dirahasiakan; hanya supervisor yang dapat melihatnya."
                )
        editable = service.may_edit(case)
        self.form.load(
            case,
            subject,
            reporter,
            editable,
            reporter_editable=editable and service.can(Permission.READ_REPORTER),
        )
        self.form.show_related(subject.accounts if subject else (), service.other_cases(case))
        if not editable:
            if case.assignee_id and case.assignee_id != self.ctx.user.id and holder:
                notice = self.tr("Hanya baca: kasus ini sedang dipegang oleh {name}").format(
                    name=holder
                )
            else:
                notice = self.tr(
                    "Hanya baca: kasus berstatus \u201c{status}\u201d ini tidak dapat Anda ubah."
                ).format(status=tr_domain(case.status.label))
            self.form.show_notice(notice, "info")
        self.timeline.show_steps(service.timeline(case.id))
        self.notes.show_notes(service.notes(case.id))
        self.notes.set_can_add(service.can(Permission.EDIT_CASE))
        self.history.show_entries(service.history(case.id), names)
        self._rebuild_steps()
        self._update_buttons()

    def user_names(self) -> dict[str, str]:
        return {u.id: u.display_name for u in self.ctx.users().list_users()}

    def available_transitions(self) -> list[Transition]:
        return self.ctx.cases().available_transitions(self.case) if self.case else []

    def _rebuild_steps(self) -> None:
        while self.steps.count() > 1:  # keep the trailing stretch
            item = self.steps.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
        for position, step in enumerate(self.available_transitions()):
            button = QPushButton(tr_domain(step.label))
            button.setToolTip(
                self.tr("Langkah berikutnya: {step}").format(step=tr_domain(step.label))
            )
            button.setObjectName(f"step_{step.name}")
            button.clicked.connect(lambda _=False, name=step.name: self.run_transition(name))
            self.steps.insertWidget(position, button)

    def _update_buttons(self) -> None:
        dirty = self.form.is_dirty() and self.case is not None
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _on_dirty(self, dirty: bool) -> None:
        self._update_buttons()
        self.dirty_changed.emit(dirty)

    # -- actions -------------------------------------------------------------------------

    def save(self) -> bool:
        if self.case is None or not self.form.is_dirty():
            return True
        subject = self.form.subject_values() if self.form.subject_changed() else None
        reporter = None
        if self.form.reporter_changed():
            reporter = {k: w.text() for k, w in self.form._reporter_widgets.items()}
        try:
            case = self.ctx.cases().update(
                self.case.id,
                self.case.version,
                self.form.changed_case_fields(),
                subject=subject,
                reporter=reporter,
            )
        except ValidationError as exc:
            self.form.show_errors(exc)
            return False
        except VersionConflict as exc:
            QMessageBox.warning(self, self.tr("Data berubah"), error_text(exc))
            return False
        except AsnError as exc:
            show_error(self, exc)
            return False
        self.show_case(case.id)
        self.form.show_notice(self.tr("Tersimpan."), "info")
        self.case_saved.emit(case.id)
        return True

    def revert(self) -> None:
        if self.case is not None:
            self.show_case(self.case.id)

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved edits; False means the user wants to stay."""
        if self.case is None or not self.form.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr(
                "Kasus {number} memiliki perubahan yang belum disimpan. Simpan sekarang?"
            ).format(number=self.case.number),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def run_transition(self, name: str) -> bool:
        if self.case is None or not self.maybe_save():
            return False
        step = transition_named(name)
        reason = None
        key = (self.case.id, name)
        if step.needs_reason:
            text, ok = QInputDialog.getMultiLineText(
                self,
                tr_domain(step.label),
                self.tr("Alasan atau catatan untuk \u201c{step}\u201d (wajib):").format(
                    step=tr_domain(step.label)
                ),
                self._drafts.get(key, ""),
            )
            if not ok:
                if text.strip():
                    self._drafts[key] = text
                return False
            reason = text
        try:
            case = self.ctx.cases().transition(self.case.id, self.case.version, name, reason)
        except AsnError as exc:
            if reason and reason.strip():
                # Typed reasons (a letter number, a long comment) survive a failed step.
                self._drafts[key] = reason
            show_error(self, exc)
            self.show_case(self.case.id)
            return False
        self._drafts.pop(key, None)
        self.show_case(case.id)
        self.case_saved.emit(case.id)
        return True

    def _add_note(self, text: str) -> None:
        if self.case is None:
            return
        try:
            self.ctx.cases().add_note(self.case.id, text)
        except AsnError as exc:
            show_error(self, exc)
            return
        self.notes.clear_editor()
        self.show_case(self.case.id)
        self.tabs.setCurrentWidget(self.notes)
        self.case_saved.emit(self.case.id)
