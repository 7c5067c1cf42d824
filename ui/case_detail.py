"""The selected case: header with its status and next steps, and the tabs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
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
from asn_monitor.domain.deadlines import remaining_days
from asn_monitor.domain.lifecycle import SIGNED, Status, Transition, transition_named
from asn_monitor.domain.models import Case, Reporter, Subject
from asn_monitor.domain.reference import ReferenceLists
from asn_monitor.domain.roles import Permission, Role
from asn_monitor.domain.validation import CASE_FIELDS, FIELD_LABELS, REPORTER_NAME, SUBJECT_FIELDS
from asn_monitor.errors import AsnError, NotFound, Offline, ValidationError, VersionConflict
from ui.case_form import CaseForm
from ui.case_table_model import STATUS_COLOURS
from ui.context import AppContext
from ui.evidence_tab import EvidenceTab
from ui.history_panel import HistoryPanel
from ui.notes_panel import NotesPanel
from ui.referral_panel import ReferralPanel
from ui.remote_change_bar import RemoteChangeBar
from ui.reporter_reveal import ReporterReveal
from ui.return_notice import ReturnNotice
from ui.review_panel import REVIEW_STEPS, ReviewPanel
from ui.texts import (
    error_text,
    format_date,
    format_timestamp,
    provisional_number_tip,
    show_error,
    tr_domain,
)
from ui.timeline_view import TimelineView
from ui.worksheet_tab import WorksheetTab


@contextmanager
def _waiting(active: bool) -> Iterator[None]:
    """A wait cursor while ``active`` work runs (a claim going to the shared folder)."""
    if active:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        if active:
            QApplication.restoreOverrideCursor()


def _edit_label(key: str) -> str:
    """The label of a form key such as ``summary``, ``subject.nip`` or ``reporter.name``."""
    field = key.split(".", 1)[-1]
    if key == "reporter.name":
        return tr_domain(REPORTER_NAME)
    return tr_domain(FIELD_LABELS.get(field, field))


def _edit_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "—" if value in (None, "") else str(value)


class CaseDetail(QWidget):
    """Shows one case. Emits ``case_saved`` after any successful write to it."""

    case_saved = Signal(str)
    open_case_requested = Signal(str)
    dirty_changed = Signal(bool)
    # A structured step with a dialog of its own (refer, record_followup), by name.
    structured_step_requested = Signal(str)

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
        # The linked records as shown, to tell which fields another PC changed.
        self._subject: Subject | None = None
        self._reporter: Reporter | None = None
        self._editable = False
        # Reasons typed for a step that did not go through, by (case id, step name).
        self._drafts: dict[tuple[str, str], str] = {}

        self.number = QLabel()
        self.number.setStyleSheet("font-size:16pt; font-weight:600;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provisional = QLabel(self.tr("Nomor sementara ·"))
        self.provisional.setObjectName("provisional")
        self.provisional.setStyleSheet("color:#666; font-style:italic;")
        self.provisional.setToolTip(provisional_number_tip())
        self.status = QLabel()
        self.holder = QLabel()
        self.holder.setWordWrap(True)
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
        # "nomor sementara" sits under the number, where a long provisional number leaves
        # it room on a narrow pane.
        holder_row = QHBoxLayout()
        holder_row.setSpacing(6)
        holder_row.addWidget(self.provisional)
        holder_row.addWidget(self.holder, 1)
        header.addLayout(holder_row)
        # The next steps get a row of their own so their labels are never cut.
        self.steps.addStretch(1)
        header.addWidget(steps_row)

        self.form = CaseForm(reference, elections)
        self.form.dirty_changed.connect(self._on_dirty)
        self.form.case_link_activated.connect(self.open_case_requested)
        self.form.enable_registry(ctx.registry().search)
        self.form.enable_account_lookup(ctx.cases().subjects.owners_of_account)
        # The identity is read (and the look logged) only when a supervisor asks.
        self.reveal = ReporterReveal(ctx.cases, self)
        self.reveal.revealed.connect(self._on_reporter_revealed)
        cast(QFormLayout, self.form.reporter_box.layout()).addRow(self.reveal.button)
        self.return_notice = ReturnNotice()
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
        summary_layout.addWidget(self.return_notice)
        self.referral_panel = ReferralPanel()
        summary_layout.addWidget(self.referral_panel)
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
        self.evidence = EvidenceTab(ctx)
        self.evidence.evidence_changed.connect(self.case_saved)
        self.tabs.addTab(scroll, self.tr("Ringkasan"))
        self.tabs.addTab(self.evidence, self.tr("Bukti"))
        self.worksheet = WorksheetTab(ctx)
        self.worksheet.dirty_changed.connect(self._on_dirty)
        self.worksheet.saved.connect(self.case_saved)
        self.tabs.addTab(self.worksheet, self.tr("Lembar Sanksi"))
        self.review = ReviewPanel(ctx)
        self.review.decided.connect(self._after_review)
        # Remarks settled on the review screen show on the Bukti tab when it opens again.
        self.review.evidence.comments_changed.connect(
            lambda _id: self.evidence.remote_changed({("region_comment", "")})
        )
        self.tabs.addTab(self.review, self.tr("Review"))
        # What the Bukti tab added or drew is offered to the worksheet's acts at once.
        self.evidence.evidence_changed.connect(lambda _id: self.worksheet.refresh_evidence())
        self.tabs.currentChanged.connect(self._on_tab)
        self.tabs.addTab(self.notes, self.tr("Catatan"))
        self.tabs.addTab(self.history, self.tr("Riwayat"))

        self.placeholder = QLabel(self.tr("Pilih kasus di daftar, atau buat kasus baru (Ctrl+N)."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color:#666; font-size:11pt;")

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(header)
        self.remote_bar = RemoteChangeBar()
        self.remote_bar.merge_requested.connect(self.merge_remote)
        self.remote_bar.reload_requested.connect(self.revert)
        body_layout.addWidget(self.remote_bar)
        body_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        self.show_case(None)

    # -- showing -------------------------------------------------------------------------

    def show_case(self, case_id: str | None) -> None:
        service = self.ctx.cases()
        shown_before = self.case.id if self.case else None
        self.case = service.get(case_id) if case_id else None
        self.review.show_case(self.case.id if self.case else None)
        if (
            self.case is not None
            and self.case.id != shown_before
            and self.case.status is Status.DINILAI
            and self.ctx.user.role is Role.SUPERVISOR
        ):
            # A case waiting for review opens where the supervisor decides on it.
            self.tabs.setCurrentWidget(self.review)
        self.placeholder.setVisible(self.case is None)
        self.body.setVisible(self.case is not None)
        self.remote_bar.hide()
        self.evidence.show_case(self.case.id if self.case else None)
        # Unsaved worksheet edits on this case survive a reload of the rest of it.
        if not (self.worksheet.case_id == case_id and self.worksheet.is_dirty()):
            self.worksheet.show_case(case_id)
        if self.case is None:
            self.reveal.shown(None)
            self.return_notice.show_review(None)
            self._update_buttons()
            return
        case = self.case
        names = self.user_names()
        self._show_header(case, names)
        subject = service.subject(case.subject_id) if case.subject_id else None
        self._subject = subject
        reporter = self.reveal.shown(case)
        self._reporter = reporter if isinstance(reporter, Reporter) else None
        self.return_notice.show_review(
            self.ctx.reviews().last_return(case.id) if case.status is Status.DIKEMBALIKAN else None
        )
        editable = service.may_edit(case)
        self._editable = editable
        holder = names.get(case.assignee_id or "", "")
        self.form.load(
            case,
            subject,
            reporter,
            editable,
            reporter_editable=editable and service.can(Permission.READ_REPORTER),
        )
        self.form.show_related(subject.accounts if subject else (), service.other_cases(case))
        if not editable:
            # Once signed, nobody "holds" the case for editing any more: say why it is shut.
            held = case.status not in SIGNED and case.assignee_id != self.ctx.user.id
            if case.assignee_id and held and holder:
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
        self._show_referral(case)
        self._rebuild_steps()
        self._update_buttons()

    def _show_header(self, case: Case, names: dict[str, str]) -> None:
        self.number.setText(case.number)
        font = self.number.font()
        font.setItalic(not case.number_final)
        self.number.setFont(font)
        self.number.setToolTip("" if case.number_final else provisional_number_tip())
        self.provisional.setVisible(not case.number_final)
        colour = STATUS_COLOURS[case.status]
        self.status.setText(tr_domain(case.status.label))
        self.status.setStyleSheet(
            f"color:white; background:{colour}; border-radius:8px; padding:2px 10px; font-weight:600;"
        )
        holder = names.get(case.assignee_id or "", "")
        queue = self.ctx.queue()
        clock = queue.clock(case.id)
        if holder and clock["holder_at"]:
            text = self.tr("Dipegang oleh {name} sejak {when}").format(
                name=holder, when=format_timestamp(clock["holder_at"])
            )
        elif holder:
            text = self.tr("Dipegang oleh {name}").format(name=holder)
        else:
            text = self.tr("Belum diambil siapa pun")
        text += " · " + self.tr("diubah {when}").format(when=format_timestamp(case.updated_at))
        if clock["due_date"]:
            due = dt.date.fromisoformat(clock["due_date"])
            left = remaining_days(due, queue.today())
            text += " · " + (
                self.tr("tenggat {date}, lewat %n hari", "", -left)
                if left < 0
                else self.tr("tenggat {date}, %n hari lagi", "", left)
            ).format(date=format_date(due))
        self.holder.setText(text)

    def _show_referral(self, case: Case) -> None:
        referrals = self.ctx.referrals()
        referral = referrals.get(case.id)
        self.referral_panel.show_referral(
            referral,
            referrals.today(),
            referrals.escalations(case.id) if referral else [],
            awaiting=case.status is Status.DITERUSKAN,
            can_escalate=referrals.can(Permission.ASSIGN_CASES),
        )

    # -- changes from other PCs ------------------------------------------------------------

    def remote_changed(self, rows: set[tuple[str, str]]) -> bool:
        """Sync changed ``rows`` in the replica; reload the open case if they concern it.

        Unsaved edits are never replaced: the user is told, and may merge or reload.
        Returns True when the open case was concerned.
        """
        case = self.case
        if case is None or not self._concerns(case, rows):
            return False
        self.evidence.remote_changed(rows)
        service = self.ctx.cases()
        try:
            fresh = service.get(case.id)
        except NotFound:
            self.show_case(None)
            return True
        if not self.form.is_dirty():
            self.show_case(case.id)
            return True
        changed = self._changed_fields(fresh)
        if not changed and (fresh.status, fresh.assignee_id) == (case.status, case.assignee_id):
            # Nothing the form shows moved (e.g. the hub gave the case its number): take
            # the new version, which a save then compares against, and keep the edits.
            self.case = fresh
            self._show_header(fresh, self.user_names())
            self._show_referral(fresh)
            return True
        self.remote_bar.show_change(
            self._last_editor(case), changed or [tr_domain(FIELD_LABELS["status"])]
        )
        return True

    def _concerns(self, case: Case, rows: set[tuple[str, str]]) -> bool:
        own = {("case", case.id), ("subject", case.subject_id), ("reporter", case.reporter_id)}
        own.add(("referral", case.id))  # a referral's id is its case's
        if own & rows:
            return True
        if case.assignee_id and ("user", case.assignee_id) in rows:
            return True
        if ("worksheet", case.id) in rows:
            return True
        for entity, table in (
            ("annotation", "annotations"),
            ("region_comment", "region_comments"),
            ("rendition", "renditions"),
            ("link_check", "link_checks"),
        ):
            ids = [i for e, i in rows if e == entity]
            if ids and self.ctx.database.scalar(
                f"SELECT 1 FROM {table} t JOIN evidence e ON e.id = t.evidence_id "
                f"WHERE e.case_id = ? AND t.id IN ({', '.join('?' for _ in ids)}) LIMIT 1",
                (case.id, *ids),
            ):
                return True
        for entity, table in (
            ("note", "notes"),
            ("evidence", "evidence"),
            ("worksheet_act", "worksheet_acts"),
        ):
            ids = [i for e, i in rows if e == entity]
            if ids and self.ctx.database.scalar(
                f"SELECT 1 FROM {table} WHERE case_id = ? AND id IN "
                f"({', '.join('?' for _ in ids)}) LIMIT 1",
                (case.id, *ids),
            ):
                return True
        return False

    def _changed_fields(self, fresh: Case) -> list[str]:
        """Labels of the fields the form shows that differ between shown and fresh."""
        assert self.case is not None
        labels = [
            tr_domain(FIELD_LABELS[k])
            for k in CASE_FIELDS
            if getattr(fresh, k) != getattr(self.case, k)
        ]
        service = self.ctx.cases()
        subject = service.subject(fresh.subject_id) if fresh.subject_id else None
        if (subject.id if subject else None) != (self._subject.id if self._subject else None):
            labels.append(tr_domain(FIELD_LABELS["subject_id"]))
        elif subject is not None and self._subject is not None:
            labels += [
                tr_domain(FIELD_LABELS[k])
                for k in SUBJECT_FIELDS
                if getattr(subject, k) != getattr(self._subject, k)
            ]
        if self._reporter is not None and fresh.reporter_id == self._reporter.id:
            # Compared by version: reading the identity again would log another look.
            if service.reporter_version(fresh.id) != self._reporter.version:
                labels.append(tr_domain(FIELD_LABELS["reporter_id"]))
        elif fresh.reporter_id != self.case.reporter_id:
            labels.append(tr_domain(FIELD_LABELS["reporter_id"]))
        return labels

    def _last_editor(self, case: Case) -> str:
        ids = [i for i in (case.id, case.subject_id, case.reporter_id) if i]
        name = self.ctx.database.scalar(
            "SELECT u.display_name FROM changes c JOIN users u ON u.id = c.user_id "
            f"WHERE c.entity_id IN ({', '.join('?' for _ in ids)}) AND c.origin != ? "
            "ORDER BY c.id DESC LIMIT 1",
            (*ids, self.ctx.database.origin),
        )
        return str(name) if name else self.tr("Pengguna lain")

    def merge_remote(self) -> None:
        """Load the fresh record, then type the user's own changes into it again."""
        if self.case is None:
            return
        edits = self.form.edits()
        before = self.form.loaded_values()
        try:
            self.show_case(self.case.id)
        except AsnError as exc:
            show_error(self, exc)
            return
        fresh = self.form.loaded_values()
        kept_back = ""
        if self._reporter is None:
            # The identity was masked again (another PC changed it): typing the edits into
            # hidden fields would save them unseen, so they are offered to copy instead.
            hidden = {k: v for k, v in edits.items() if k.startswith("reporter.")}
            edits = {k: v for k, v in edits.items() if k not in hidden}
            if hidden:
                lines = [f"{_edit_label(k)}: {_edit_text(v)}" for k, v in hidden.items()]
                kept_back = (
                    self.tr(
                        "Identitas pelapor diubah di komputer lain dan disembunyikan lagi; "
                        "suntingan Anda padanya tidak diterapkan. Tampilkan lagi, lalu salin "
                        "bila masih perlu:"
                    )
                    + "\n"
                    + "\n".join(lines)
                )

        def notice(text: str, kind: str) -> None:
            if kept_back:
                text, kind = (text + "\n\n" + kept_back if text else kept_back), "warning"
            self.form.show_notice(text, kind)

        if not edits:
            if kept_back:
                notice("", "warning")
            return
        labels = [_edit_label(k) for k in edits]
        if not self._editable:
            lines = [f"{_edit_label(k)}: {_edit_text(v)}" for k, v in edits.items()]
            notice(
                self.tr(
                    "Kasus ini sekarang tidak dapat Anda ubah, jadi suntingan Anda tidak "
                    "diterapkan. Salin bila masih perlu:"
                )
                + "\n"
                + "\n".join(lines),
                "warning",
            )
            return
        self.form.apply_edits(edits)
        overlap = [_edit_label(k) for k in edits if fresh.get(k) != before.get(k)]
        if overlap:
            notice(
                self.tr(
                    "Suntingan Anda ({fields}) diterapkan di atas data terbaru. {overlap} juga "
                    "diubah di komputer lain: nilai Anda yang akan disimpan, jadi periksa dulu."
                ).format(fields=", ".join(labels), overlap=", ".join(overlap)),
                "warning",
            )
        else:
            notice(
                self.tr(
                    "Suntingan Anda ({fields}) diterapkan di atas data terbaru. Periksa, lalu "
                    "simpan (Ctrl+S)."
                ).format(fields=", ".join(labels)),
                "info",
            )

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

    def _on_tab(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.worksheet:
            self.worksheet.refresh_evidence()

    def is_dirty(self) -> bool:
        return self.case is not None and (self.form.is_dirty() or self.worksheet.is_dirty())

    def _update_buttons(self) -> None:
        dirty = self.form.is_dirty() and self.case is not None
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _on_dirty(self, _dirty: bool) -> None:
        self._update_buttons()
        self.dirty_changed.emit(self.is_dirty())

    # -- actions -------------------------------------------------------------------------

    def save(self) -> bool:
        if self.case is not None and not self.worksheet.save():
            return False
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
            # Someone else's change arrived first: the edits stay, and can be merged.
            self.remote_bar.show_refused_save(error_text(exc))
            return False
        except AsnError as exc:
            show_error(self, exc)
            return False
        if reporter is not None and case.reporter_id:
            self._remember_reporter(case.reporter_id, reporter)
        self.show_case(case.id)
        self.form.show_notice(self.tr("Tersimpan."), "info")
        self.case_saved.emit(case.id)
        return True

    def _remember_reporter(self, reporter_id: str, typed: dict[str, str]) -> None:
        """Keep showing the identity this supervisor just typed (stored as it is stored)."""
        version = self.ctx.cases().reporter_version(self.case.id) if self.case else None
        if version is None:
            return
        self.reveal.remember(
            Reporter(
                id=reporter_id,
                name=typed.get("name", "").strip(),
                contact=typed.get("contact", "").strip(),
                nik="".join(typed.get("nik", "").split()) or None,
                version=version,
            )
        )

    def _on_reporter_revealed(self, record: Reporter) -> None:
        if self.case is None:
            return
        self._reporter = record
        self.form.show_reporter(record, self._editable)
        # The look just logged belongs in the case's Riwayat at once.
        self.history.show_entries(self.ctx.cases().history(self.case.id), self.user_names())

    def revert(self) -> None:
        if self.case is not None:
            self.show_case(self.case.id)

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved edits; False means the user wants to stay."""
        # The worksheet saves without asking (a draft is fine; review checks it).
        if self.case is not None and not self.worksheet.save():
            return False
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
        if self.case is None:
            return False
        step = transition_named(name)
        offered = {t.name for t in self.available_transitions()}
        if name in REVIEW_STEPS and name in offered:
            # Decided on the review screen, with the checklist and the comment.
            self.tabs.setCurrentWidget(self.review)
            self.review.focus_decision(name)
            return False
        if step.structured and name in offered:
            self.structured_step_requested.emit(name)
            return False
        if not self.maybe_save():
            return False
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
            # A claim waits for the shared folder to confirm it.
            with _waiting(step.claims):
                case = self.ctx.cases().transition(self.case.id, self.case.version, name, reason)
        except AsnError as exc:
            if reason and reason.strip():
                # Typed reasons (a letter number, a long comment) survive a failed step.
                self._drafts[key] = reason
            title = None
            if isinstance(exc, Offline):
                title = self.tr("Folder bersama tidak terjangkau")
            elif step.claims:
                title = self.tr("Kasus tidak dapat diambil")
            show_error(self, exc, title)
            self.show_case(self.case.id)
            return False
        self._drafts.pop(key, None)
        self.show_case(case.id)
        self.case_saved.emit(case.id)
        return True

    def _after_review(self, case_id: str) -> None:
        self.show_case(case_id)
        self.case_saved.emit(case_id)

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
