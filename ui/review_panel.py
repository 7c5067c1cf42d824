"""The "Review" tab of a case: the supervisor's screen for signing off a recommendation.

The annotated evidence on the left; on the right the worksheet in brief, the earlier
decisions, and for a supervisor the checklist, what still keeps the case from approval and
the decisions themselves. Everyone sees the evidence, the worksheet and the decisions taken;
only a supervisor decides, and the service checks every rule again (four eyes included).
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.lifecycle import SIGNED, Status
from asn_monitor.domain.models import Case
from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError
from asn_monitor.services.review import ChecklistItem, Decision
from ui import icons
from ui.context import AppContext
from ui.review_checklist import ReviewChecklist
from ui.review_evidence import ReviewEvidence
from ui.review_summary import decisions_html, mark_names, worksheet_html
from ui.texts import error_text, format_timestamp, show_error, tr_domain

# Shown in the tooltips; none of them is used elsewhere in the window.
SHORTCUTS = {
    Decision.APPROVE: "Ctrl+Shift+Y",
    Decision.RETURN: "Ctrl+Shift+E",
    Decision.DISMISS: "Ctrl+Shift+H",
    Decision.REOPEN: "Ctrl+Shift+O",
}
# The life cycle's step behind each decision (see ReviewService).
STEPS = {
    Decision.APPROVE: "approve",
    Decision.RETURN: "return",
    Decision.DISMISS: "dismiss",
    Decision.REOPEN: "reopen_approved",
}
REVIEW_STEPS = frozenset(STEPS.values())

_BANNER_STYLES = {
    "info": "background:#e3f2fd; color:#0d47a1;",
    "warning": "background:#fff3e0; color:#8d4e00;",
    "error": "background:#ffebee; color:#b71c1c; font-weight:600;",
}


class ReviewPanel(QWidget):
    """Call :meth:`show_case`; ``decided`` carries the case id after a decision went through."""

    decided = Signal(str)

    def __init__(
        self, ctx: AppContext, *, background: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = str(ctx.settings.value("ui/language", "id"))
        self.case: Case | None = None
        self.case_id: str | None = None
        self.problems: list[str] = []
        self.four_eyes = False
        self._steps: set[str] = set()
        self._checklist: tuple[ChecklistItem, ...] = ()
        self._pending = False
        # What was typed and ticked per case, kept while the user looks at other cases.
        self._drafts: dict[str, tuple[str, frozenset[str]]] = {}

        self.banner = QLabel()
        self.banner.setObjectName("review_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.evidence = ReviewEvidence(ctx, background=background)
        self.evidence.comments_changed.connect(lambda _id: self._refresh_problems())

        self.summary = QTextBrowser()
        self.summary.setObjectName("review_summary")
        self.summary.setOpenLinks(False)
        self.history = QTextBrowser()
        self.history.setObjectName("review_history")
        self.info = QTabWidget()
        self.info.setDocumentMode(True)
        self.info.addTab(self.summary, self.tr("Lembar sanksi"))
        self.info.addTab(self.history, self.tr("Keputusan"))

        self.checklist = ReviewChecklist()
        self.checklist.setObjectName("review_checklist")
        self.checklist.changed.connect(self._update_buttons)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("review_problems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("review_comment")
        self.comment.setPlaceholderText(
            self.tr(
                "Catatan untuk pemantau (wajib untuk mengembalikan), atau alasan "
                "menghentikan / membuka kembali"
            )
        )
        self.comment.setFixedHeight(64)
        self.comment.textChanged.connect(self._comment_changed)
        self.comment_hint = QLabel()
        self.comment_hint.setWordWrap(True)
        self.comment_hint.setStyleSheet("color:#c62828;")
        self.comment_hint.hide()

        self.buttons: dict[Decision, QPushButton] = {
            Decision.APPROVE: QPushButton(icons.icon("check"), self.tr("Setujui")),
            Decision.RETURN: QPushButton(icons.icon("undo"), self.tr("Kembalikan dengan catatan")),
            Decision.DISMISS: QPushButton(self.tr("Hentikan kasus")),
            Decision.REOPEN: QPushButton(icons.icon("lock"), self.tr("Buka kembali persetujuan")),
        }
        tips = {
            Decision.APPROVE: self.tr("Setujui rekomendasi; lembar sanksi dan anotasi dikunci"),
            Decision.RETURN: self.tr("Kembalikan ke pemantau dengan catatan di atas"),
            Decision.DISMISS: self.tr("Hentikan kasus tanpa rekomendasi, dengan alasan di atas"),
            Decision.REOPEN: self.tr(
                "Buka kunci persetujuan agar lembar sanksi atau bukti dapat diperbaiki"
            ),
        }
        self._tips: dict[Decision, str] = {}
        for decision, button in self.buttons.items():
            button.setObjectName(f"review_{decision.value}")
            key = QKeySequence(SHORTCUTS[decision])
            self._tips[decision] = (
                f"{tips[decision]} ({key.toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            button.setToolTip(self._tips[decision])
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=decision: self._shortcut(d))
        self.buttons[Decision.APPROVE].setStyleSheet("font-weight:600;")
        # Side by side when the column is wide, one under the other when it is narrow.
        # Approval first and alone; the others side by side when the column is wide enough.
        self.button_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.button_row.setContentsMargins(0, 0, 0, 0)
        self.button_row.addWidget(self.buttons[Decision.RETURN])
        self.button_row.addWidget(self.buttons[Decision.DISMISS])

        self.checklist_label = QLabel(self.tr("Daftar periksa (wajib semua):"))
        self.checklist_label.setWordWrap(True)
        self.decision_box = QGroupBox(self.tr("Putusan supervisor"))
        self.decision_box.setObjectName("review_decision")
        box = QVBoxLayout(self.decision_box)
        box.setSpacing(4)
        box.addWidget(self.checklist_label)
        box.addWidget(self.checklist)
        box.addWidget(self.problem_label)
        box.addWidget(self.comment)
        box.addWidget(self.comment_hint)
        box.addWidget(self.buttons[Decision.APPROVE])
        box.addLayout(self.button_row)
        box.addWidget(self.buttons[Decision.REOPEN])

        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 4, 0)
        column_layout.addWidget(self.info, 1)
        column_layout.addWidget(self.decision_box)
        self.column_scroll = QScrollArea()
        self.column_scroll.setWidgetResizable(True)
        self.column_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.column_scroll.setWidget(column)
        self.column_scroll.setMinimumWidth(280)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.evidence)
        self.splitter.addWidget(self.column_scroll)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.decision_box.hide()

    def focus_decision(self, step: str) -> None:
        """Bring a decision into view (the header's step buttons lead here): on a small
        screen the decision box lies below the worksheet."""
        decision = next((d for d, name in STEPS.items() if name == step), None)
        if decision is None or self.decision_box.isHidden():
            return
        button = self.buttons[decision]
        self.column_scroll.ensureWidgetVisible(button)
        if decision is Decision.APPROVE:
            unticked = [b for b in self.checklist.boxes.values() if not b.isChecked()]
            (unticked[0] if unticked else button).setFocus()
        else:
            self.column_scroll.ensureWidgetVisible(self.comment)
            self.comment.setFocus()

    # -- showing --------------------------------------------------------------------------

    def show_case(self, case_id: str | None) -> None:
        """Show ``case_id`` (None clears). While the tab is hidden only the id is kept."""
        if self.case_id is not None and case_id != self.case_id:
            self._keep_draft()
        if case_id != self.case_id:
            self.comment_hint.hide()
        self.case_id = case_id
        if not self.isVisible():
            self._pending = True
            return
        self._pending = False
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._pending = False
            self.reload()
        elif self.case is not None:
            # Remarks may have been added or settled on the Bukti tab meanwhile.
            self.evidence.refresh_remarks()
            self._refresh_problems()

    def reload(self) -> None:
        """Read the case again: its evidence, worksheet, decisions and what may be done."""
        case_id = self.case_id
        self.case = None
        if case_id is None:
            self.evidence.show_case(None)
            self.summary.clear()
            self.history.clear()
            self.decision_box.hide()
            self.banner.hide()
            return
        cases = self.ctx.cases()
        reviews = self.ctx.reviews()
        try:
            case = cases.get(case_id)
            self._steps = {t.name for t in cases.available_transitions(case)}
            self.four_eyes = case.status is Status.DINILAI and self.ctx.user.id in cases.preparers(
                case
            )
        except AsnError as exc:
            self._show_banner(error_text(exc), "error")
            return
        self.case = case
        try:
            self._checklist = reviews.checklist()
            checklist_problem = None
        except AsnError as exc:
            self._checklist = ()
            checklist_problem = error_text(exc)
        deciding = self.is_supervisor() and case.status in (Status.DINILAI, Status.DISETUJUI)
        commenting = self.is_supervisor() and case.status is not Status.SELESAI
        self.evidence.show_case(case.id, can_comment=commenting)
        self._show_summary(case.id)
        past = reviews.reviews(case.id)
        self.history.setHtml(decisions_html(past, self._checklist, self.language))
        self.info.setTabText(1, self.tr("Keputusan ({n})").format(n=len(past)))
        self.decision_box.setVisible(deciding)
        if deciding:
            # A reload of the same case (a sync, a refused decision) keeps the ticks.
            same = self.comment.property("case_id") == case.id
            kept = {k for k, v in self.ticks().items() if v} if same else set()
            self._fill_checklist(case.status is Status.DINILAI)
            self.set_ticked(kept)
            self._restore_draft(case.id)
        self._refresh_problems()
        self._show_state(case, past, checklist_problem)

    def _show_summary(self, case_id: str) -> None:
        sheets = self.ctx.worksheets()
        try:
            catalogue = sheets.catalogue()
        except AsnError:
            catalogue = None
        try:
            sheet = sheets.get(case_id)
            names = {
                item.id: self.tr("Bukti {n}: {name}").format(
                    n=n, name=item.description or item.filename or "?"
                )
                for n, item in enumerate(self.evidence.items, start=1)
            }
            marks = mark_names(sheets.marks(case_id))
        except AsnError as exc:
            self.summary.setHtml(f"<p style='color:#c62828'>{error_text(exc)}</p>")
            return
        result, problem = None, None
        if sheet.acts:
            try:
                result = sheets.recommendation(case_id)
            except AsnError as exc:
                problem = error_text(exc)
        self.summary.setHtml(
            worksheet_html(sheet, result, problem, catalogue, names, marks, self.language)
        )

    def _fill_checklist(self, enabled: bool) -> None:
        self.checklist.set_items(self._checklist, self.language, enabled)
        visible = enabled and bool(self._checklist)
        self.checklist.setVisible(visible)
        self.checklist_label.setVisible(visible)

    def _refresh_problems(self) -> None:
        case = self.case
        self.problems = []
        if case is not None and case.status is Status.DINILAI and self.is_supervisor():
            try:
                self.problems = self.ctx.reviews().approval_problems(case)
            except AsnError as exc:
                self.problems = [error_text(exc)]
        self._update_buttons()

    def _show_state(self, case: Case, past: list, checklist_problem: str | None) -> None:
        if checklist_problem and not self.decision_box.isHidden():
            self._show_banner(checklist_problem, "error")
        elif self.four_eyes and self.is_supervisor():
            self._show_banner(self.four_eyes_text(), "error")
        elif (
            case.status is Status.DIKEMBALIKAN
            and past
            and past[-1].decision
            in (
                Decision.RETURN,
                Decision.REOPEN,
            )
        ):
            last = past[-1]
            self._show_banner(
                self.tr("{decision} oleh {name}, {when}: {comment}").format(
                    decision=tr_domain(last.decision.label),
                    name=last.reviewer_name,
                    when=format_timestamp(last.created_at),
                    comment=last.comment,
                ),
                "warning",
            )
        elif case.status in SIGNED and past and past[-1].decision is Decision.APPROVE:
            last = past[-1]
            self._show_banner(
                self.tr(
                    "Disetujui oleh {name}, {when}. Lembar sanksi dan anotasi bukti terkunci; "
                    "perubahan memerlukan pembukaan kembali persetujuan dengan alasan."
                ).format(name=last.reviewer_name, when=format_timestamp(last.created_at)),
                "info",
            )
        elif case.status is Status.DINILAI and not self.is_supervisor():
            self._show_banner(
                self.tr("Menunggu review supervisor. Halaman ini hanya baca untuk Anda."), "info"
            )
        elif case.status is Status.DINILAI:
            self._show_banner(
                self.tr("Periksa bukti dan lembar sanksi, centang daftar periksa, lalu putuskan."),
                "info",
            )
        else:
            self.banner.hide()

    def _show_banner(self, text: str, kind: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(_BANNER_STYLES[kind] + " padding:6px 8px;")
        self.banner.show()

    def four_eyes_text(self) -> str:
        return self.tr(
            "Prinsip empat mata: Anda ikut menyusun lembar sanksi atau mengirim kasus ini "
            "untuk direview, jadi Anda tidak dapat menyetujuinya. Minta supervisor lain "
            "untuk mereviewnya; mengembalikan atau menghentikan kasus tetap dapat Anda lakukan."
        )

    def is_supervisor(self) -> bool:
        return self.ctx.user.role is Role.SUPERVISOR

    # -- state of the controls ------------------------------------------------------------

    def ticks(self) -> dict[str, bool]:
        return self.checklist.ticks()

    def set_ticked(self, keys: Iterable[str]) -> None:
        self.checklist.set_ticked(keys)

    def approve_blockers(self) -> list[str]:
        """Why Setujui is disabled now, as the user reads it (empty: it is enabled)."""
        case = self.case
        if case is None or case.status is not Status.DINILAI or not self.is_supervisor():
            return [self.tr("kasus tidak sedang menunggu review")]
        reasons = [tr_domain(p) for p in self.problems]
        unticked = self.checklist.unticked_texts()
        if unticked:
            reasons.append(
                self.tr("daftar periksa belum dicentang: {items}").format(items="; ".join(unticked))
            )
        if not self._checklist:
            reasons.append(self.tr("daftar periksa tidak tersedia"))
        return reasons

    def _update_buttons(self) -> None:
        case = self.case
        status = case.status if case is not None else None
        for decision, button in self.buttons.items():
            shown = (status is Status.DISETUJUI) == (decision is Decision.REOPEN)
            button.setVisible(shown)
            button.setEnabled(shown and STEPS[decision] in self._steps)
        blockers = self.approve_blockers()
        approve = self.buttons[Decision.APPROVE]
        approve.setEnabled(approve.isEnabled() and not blockers)
        if blockers and status is Status.DINILAI:
            approve.setToolTip(
                self.tr("Belum dapat disetujui: {reasons}.").format(reasons="; ".join(blockers))
            )
        else:
            approve.setToolTip(self._tips[Decision.APPROVE])
        shown_problems = [tr_domain(p) for p in self.problems]
        if status is Status.DINILAI and shown_problems:
            items = "".join(f"<li>{_escape(p)}</li>" for p in shown_problems)
            title = _escape(self.tr("Belum dapat disetujui:"))
            self.problem_label.setText(
                f"<b style='color:#c62828'>{title}</b><ul style='margin:0'>{items}</ul>"
            )
            self.problem_label.show()
        elif status is Status.DINILAI:
            self.problem_label.setText(
                "<span style='color:#2e7d32'>"
                + _escape(self.tr("Lembar sanksi lengkap dan tidak ada komentar terbuka."))
                + "</span>"
            )
            self.problem_label.show()
        else:
            self.problem_label.hide()
        if status is Status.DISETUJUI:
            self.comment.setPlaceholderText(self.tr("Alasan membuka kembali persetujuan (wajib)"))
        else:
            self.comment.setPlaceholderText(
                self.tr(
                    "Catatan untuk pemantau (wajib untuk mengembalikan), atau alasan "
                    "menghentikan kasus"
                )
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        pair = (self.buttons[Decision.RETURN], self.buttons[Decision.DISMISS])
        needed = sum(b.sizeHint().width() for b in pair) + self.button_row.spacing() + 24
        wide = self.decision_box.width() >= needed
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.button_row.direction() != direction:
            self.button_row.setDirection(direction)

    def _comment_changed(self) -> None:
        if self.comment.toPlainText().strip():
            self.comment_hint.hide()

    # -- drafts ---------------------------------------------------------------------------

    def _keep_draft(self) -> None:
        if self.case_id is None or self.decision_box.isHidden():
            return
        ticked = frozenset(k for k, v in self.ticks().items() if v)
        text = self.comment.toPlainText()
        if text.strip() or ticked:
            self._drafts[self.case_id] = (text, ticked)
        else:
            self._drafts.pop(self.case_id, None)

    def _restore_draft(self, case_id: str) -> None:
        text, ticked = self._drafts.pop(case_id, (None, frozenset()))
        if text is not None:
            self.comment.setPlainText(text)
            self.set_ticked(ticked)
        elif self.comment.property("case_id") != case_id:
            self.comment.clear()
        self.comment.setProperty("case_id", case_id)

    # -- deciding -------------------------------------------------------------------------

    def _shortcut(self, decision: Decision) -> None:
        button = self.buttons[decision]
        if button.isVisible() and button.isEnabled():
            self.decide(decision)

    def decide(self, decision: Decision) -> bool:
        """Take ``decision`` on the shown case; False (with the reason shown) if refused."""
        case = self.case
        if case is None:
            return False
        text = self.comment.toPlainText()
        if decision is not Decision.APPROVE and not text.strip():
            self.comment_hint.setText(
                {
                    Decision.RETURN: self.tr(
                        "Tulis catatan untuk pemantau: apa yang harus diperbaiki."
                    ),
                    Decision.DISMISS: self.tr("Tulis alasan menghentikan kasus ini."),
                    Decision.REOPEN: self.tr("Tulis alasan membuka kembali persetujuan."),
                }[decision]
            )
            self.comment_hint.show()
            self.comment.setFocus()
            return False
        if decision is Decision.DISMISS:
            answer = QMessageBox.question(
                self,
                self.tr("Hentikan kasus"),
                self.tr(
                    "Hentikan kasus {number} tanpa rekomendasi sanksi? Kasus berstatus "
                    "\u201cDitolak\u201d dan hanya supervisor yang dapat membukanya kembali."
                ).format(number=case.number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        service = self.ctx.reviews()
        try:
            if decision is Decision.APPROVE:
                service.approve(case.id, case.version, self.ticks(), text)
            elif decision is Decision.RETURN:
                service.return_case(case.id, case.version, text, self.ticks())
            elif decision is Decision.DISMISS:
                service.dismiss(case.id, case.version, text)
            else:
                service.reopen(case.id, case.version, text)
        except AsnError as exc:
            show_error(self, exc, self.tr("Keputusan tidak tersimpan"))
            # The comment and the ticks stay; the case is read again (it may have moved).
            self.reload()
            return False
        self._drafts.pop(case.id, None)
        self.set_ticked(set())
        self.comment.clear()
        self.comment_hint.hide()
        self.decided.emit(case.id)
        return True


def _escape(text: str) -> str:
    return html.escape(text)
