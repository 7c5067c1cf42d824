"""The case form: the case's own fields, the civil servant (subject) and the reporter.

Used in the "Ringkasan" tab of an open case and in the new-case dialog. It only collects
and shows values; saving and every rule happen in :class:`CaseService`.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.calendar import Election, suggest_stage
from asn_monitor.domain.deadlines import remaining_days
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import (
    CandidacyStage,
    Case,
    EmploymentType,
    Platform,
    Reporter,
    SocialAccount,
    Source,
    Subject,
)
from asn_monitor.domain.nip import check_pppk_number, parse_nip
from asn_monitor.domain.reference import ReferenceLists
from asn_monitor.domain.validation import CASE_FIELDS, FIELD_LABELS, SUBJECT_FIELDS
from asn_monitor.errors import AsnError, NipError, ValidationError
from asn_monitor.services.registry import RegistryEntry
from ui.registry_search import RegistryCompleter, Search
from ui.texts import error_text, format_date, tr_domain
from ui.widgets import Banner, OptionalDateEdit

_ERROR_STYLE = "border:1px solid #c62828;"


def _shrinkable(combo: QComboBox) -> QComboBox:
    # Long agency names must not force the whole form wider than the pane.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _combo(items: list[tuple[str, str | None]]) -> QComboBox:
    combo = _shrinkable(QComboBox())
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _suggesting_combo(items: Iterable[str]) -> QComboBox:
    """Free text with the office's list as suggestions (the list may be incomplete)."""
    combo = _shrinkable(QComboBox())
    combo.setEditable(True)
    combo.addItems(["", *items])
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def _place(grid: QGridLayout, cells: list[tuple[str | None, QWidget, int, int, int]]) -> None:
    """Put each widget at (row, column, column span) with its field's label to its left."""
    for name, widget, row, column, span in cells:
        if name is not None:
            grid.addWidget(QLabel(tr_domain(FIELD_LABELS[name]) + ":"), row, column - 1)
        grid.addWidget(widget, row, column, 1, span)


def _set_combo(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    if index < 0 and combo.isEditable():
        combo.setEditText(value or "")
        return
    combo.setCurrentIndex(max(index, 0))


class CaseForm(QWidget):
    """Shows one case; ``dirty_changed`` tells whether it differs from what was loaded."""

    dirty_changed = Signal(bool)
    case_link_activated = Signal(str)

    def __init__(
        self,
        reference: ReferenceLists,
        elections: list[Election],
        *,
        new_case: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._elections = elections
        self._new_case = new_case
        self._loaded: dict[str, Any] = {}
        self._dirty = False
        self._field_widgets: dict[str, QWidget] = {}
        self._editable = True

        self.banner = Banner()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)

        # -- the case ---------------------------------------------------------------
        case_box = QGroupBox(self.tr("Kasus"))
        grid = QGridLayout(case_box)
        self.source = _combo([(tr_domain(s.label), s.value) for s in Source])
        self.portal = QLineEdit()
        self.portal.setPlaceholderText(self.tr("mis. Bawaslu, SP4N-LAPOR!"))
        self.platform = _combo(
            [(self.tr("— pilih —"), None)] + [(tr_domain(p.label), p.value) for p in Platform]
        )
        self.account_handle = QLineEdit()
        self.account_handle.setPlaceholderText("@akun")
        self.post_urls = QPlainTextEdit()
        self.post_urls.setPlaceholderText(self.tr("Satu tautan per baris, diawali https://"))
        self.post_urls.setFixedHeight(56)
        self.act_date = OptionalDateEdit()
        self.known_date = OptionalDateEdit()
        self.received_date = OptionalDateEdit()
        self.candidacy_stage = _combo(
            [(self.tr("— pilih —"), None)] + [(tr_domain(s.label), s.value) for s in CandidacyStage]
        )
        self.suggest_button = QPushButton(self.tr("Sarankan"))
        self.suggest_button.setToolTip(
            self.tr("Sarankan tahapan dari kalender pemilihan dan tanggal perbuatan")
        )
        self.stage_hint = QLabel()
        self.stage_hint.setWordWrap(True)
        self.stage_hint.setStyleSheet("color:#555;")
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("Apa yang dilakukan, di mana, kapan."))
        self.summary.setMinimumHeight(70)
        self.summary.setMaximumHeight(140)

        # The report-handling deadline, shown live while a new report is typed in.
        self.deadline_hint = QLabel()
        self.deadline_hint.setWordWrap(True)
        self.deadline_hint.hide()
        self._intake_days: int | None = None

        stage_row = QWidget()
        stage_layout = QHBoxLayout(stage_row)
        stage_layout.setContentsMargins(0, 0, 0, 0)
        stage_layout.addWidget(self.candidacy_stage, 1)
        stage_layout.addWidget(self.suggest_button)
        _place(
            grid,
            [
                ("source", self.source, 0, 1, 1),
                ("portal", self.portal, 0, 3, 1),
                ("platform", self.platform, 1, 1, 1),
                ("account_handle", self.account_handle, 1, 3, 1),
                ("post_urls", self.post_urls, 2, 1, 3),
                ("act_date", self.act_date, 3, 1, 1),
                ("known_date", self.known_date, 3, 3, 1),
                ("received_date", self.received_date, 4, 1, 1),
                (None, self.deadline_hint, 4, 2, 2),
                ("candidacy_stage", stage_row, 5, 1, 3),
                (None, self.stage_hint, 6, 1, 3),
                ("summary", self.summary, 7, 1, 3),
            ],
        )
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        outer.addWidget(case_box)

        # -- the civil servant ------------------------------------------------------------
        subject_box = QGroupBox(self.tr("ASN terlapor"))
        sgrid = QGridLayout(subject_box)
        self.subject_name = QLineEdit()
        self.employment_type = _combo([(e.label, e.value) for e in EmploymentType])
        self.nip = QLineEdit()
        self.nip.setPlaceholderText("19860926 201505 1 001")
        self.nip_info = QLabel()
        self.nip_info.setWordWrap(True)
        self.agency = _suggesting_combo(reference.agencies)
        self.position = QLineEdit()
        self.rank = QLineEdit()
        self.region = _suggesting_combo(reference.regions)
        _place(
            sgrid,
            [
                ("name", self.subject_name, 0, 1, 3),
                ("employment_type", self.employment_type, 1, 1, 1),
                ("nip", self.nip, 1, 3, 1),
                (None, self.nip_info, 2, 1, 3),
                ("agency", self.agency, 3, 1, 3),
                ("position", self.position, 4, 1, 1),
                ("rank", self.rank, 4, 3, 1),
                ("region", self.region, 5, 1, 1),
            ],
        )
        self.related = QLabel()
        self.related.setWordWrap(True)
        self.related.setTextFormat(Qt.TextFormat.RichText)
        self.related.linkActivated.connect(self.case_link_activated)
        self.related.hide()
        sgrid.addWidget(self.related, 6, 0, 1, 4)
        self.account_owner = QLabel()
        self.account_owner.setWordWrap(True)
        self.account_owner.setTextFormat(Qt.TextFormat.RichText)
        self.account_owner.setStyleSheet("color:#b71c1c;")
        self.account_owner.linkActivated.connect(self._use_owner)
        self.account_owner.hide()
        sgrid.addWidget(self.account_owner, 7, 0, 1, 4)
        self._owners: list[Subject] = []
        self._subject_id: str | None = None
        self._account_lookup: Callable[[str | None, str], list[Subject]] | None = None
        self._owner_timer = QTimer(self)
        self._owner_timer.setSingleShot(True)
        self._owner_timer.setInterval(250)
        self._owner_timer.timeout.connect(self._update_account_owner)
        self.registry_completers: list[RegistryCompleter] = []
        sgrid.setColumnStretch(1, 1)
        sgrid.setColumnStretch(3, 1)
        outer.addWidget(subject_box)

        # -- the reporter (confidential) --------------------------------------------------
        self.reporter_box = QGroupBox(self.tr("Pelapor (rahasia)"))
        rform = QFormLayout(self.reporter_box)
        self.reporter_name = QLineEdit()
        self.reporter_contact = QLineEdit()
        self.reporter_nik = QLineEdit()
        self.reporter_nik.setPlaceholderText(self.tr("16 digit, boleh kosong"))
        self.reporter_masked = QLabel()
        self.reporter_masked.setWordWrap(True)
        rform.addRow(self.reporter_masked)
        rform.addRow(tr_domain(FIELD_LABELS["name"]) + ":", self.reporter_name)
        rform.addRow(tr_domain(FIELD_LABELS["contact"]) + ":", self.reporter_contact)
        rform.addRow(tr_domain(FIELD_LABELS["nik"]) + ":", self.reporter_nik)
        outer.addWidget(self.reporter_box)
        outer.addStretch(1)

        self._field_widgets = {
            "source": self.source,
            "portal": self.portal,
            "platform": self.platform,
            "account_handle": self.account_handle,
            "post_urls": self.post_urls,
            "act_date": self.act_date,
            "known_date": self.known_date,
            "received_date": self.received_date,
            "candidacy_stage": self.candidacy_stage,
            "summary": self.summary,
            "subject.name": self.subject_name,
            "subject.employment_type": self.employment_type,
            "subject.nip": self.nip,
            "subject.agency": self.agency,
            "subject.position": self.position,
            "subject.rank": self.rank,
            "subject.region": self.region,
        }
        self._reporter_widgets = {
            "name": self.reporter_name,
            "contact": self.reporter_contact,
            "nik": self.reporter_nik,
        }
        for widget in [*self._field_widgets.values(), *self._reporter_widgets.values()]:
            self._connect_change(widget)
        self.source.currentIndexChanged.connect(self._update_portal)
        self.nip.textChanged.connect(self._update_nip_info)
        self.employment_type.currentIndexChanged.connect(self._update_nip_info)
        self.suggest_button.clicked.connect(self.suggest_stage)
        self.act_date.dateChanged.connect(self._update_stage_hint)
        self.act_date.dateChanged.connect(self._fill_empty_stage)
        self.known_date.dateChanged.connect(self._update_deadline)
        self.received_date.dateChanged.connect(self._update_deadline)
        self.account_handle.textChanged.connect(lambda _t: self._owner_timer.start())
        self.platform.currentIndexChanged.connect(lambda _i: self._owner_timer.start())
        self._update_portal()

    # -- loading and reading ---------------------------------------------------------

    def load(
        self,
        case: Case | None,
        subject: Subject | None,
        reporter: Reporter | str | None,
        editable: bool,
        reporter_editable: bool = False,
    ) -> None:
        """Fill the form. ``reporter`` is the record, or a text saying it is hidden;
        ``reporter_editable`` lets a supervisor correct or add the reporter."""
        self.blockSignals(True)
        self.clear_errors()
        if case is None:
            self.source.setCurrentIndex(0)
            for w in (self.portal, self.account_handle):
                w.clear()
            self.post_urls.clear()
            self.summary.clear()
            self.platform.setCurrentIndex(0)
            self.candidacy_stage.setCurrentIndex(0)
            self.act_date.clear_value()
            self.known_date.clear_value()
            self.received_date.set_value(dt.date.today())
        else:
            _set_combo(self.source, case.source.value)
            self.portal.setText(case.portal)
            _set_combo(self.platform, case.platform.value if case.platform else None)
            self.account_handle.setText(case.account_handle)
            self.post_urls.setPlainText("\n".join(case.post_urls))
            self.act_date.set_value(case.act_date)
            self.known_date.set_value(case.known_date)
            self.received_date.set_value(case.received_date)
            _set_combo(
                self.candidacy_stage, case.candidacy_stage.value if case.candidacy_stage else None
            )
            self.summary.setPlainText(case.summary)
        self.subject_name.setText(subject.name if subject else "")
        _set_combo(self.employment_type, subject.employment_type.value if subject else "PNS")
        self.nip.setText(subject.nip or "" if subject else "")
        self.agency.setEditText(subject.agency if subject else "")
        self.position.setText(subject.position if subject else "")
        self.rank.setText(subject.rank if subject else "")
        self.region.setEditText(subject.region if subject else "")
        self._subject_version = subject.version if subject else None
        self._subject_id = subject.id if subject else None
        self._load_reporter(reporter, reporter_editable)
        for widget in self._field_widgets.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                # Read-only text stays legible and can still be selected and copied.
                widget.setReadOnly(not editable)
                widget.setEnabled(True)
                # Re-apply the style sheet: its [readOnly] selector is read at polish time.
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            else:
                widget.setEnabled(editable)
        self._editable = editable
        self.suggest_button.setEnabled(editable)
        self._update_portal()
        self._update_nip_info()
        self._update_stage_hint()
        self._update_deadline()
        self.blockSignals(False)
        self._loaded = self._snapshot()
        self._set_dirty(False)

    def _load_reporter(self, reporter: Reporter | str | None, reporter_editable: bool) -> None:
        editable = self._new_case or (reporter_editable and not isinstance(reporter, str))
        self.reporter_masked.setVisible(isinstance(reporter, str))
        for w in self._reporter_widgets.values():
            w.setVisible(editable or isinstance(reporter, Reporter))
            w.setReadOnly(not editable)
            w.style().unpolish(w)  # the style sheet's [readOnly] look is set at polish time
            w.style().polish(w)
        for label_widget in self.reporter_box.findChildren(QLabel):
            if label_widget is not self.reporter_masked:
                label_widget.setVisible(editable or isinstance(reporter, Reporter))
        if isinstance(reporter, Reporter):
            self.reporter_name.setText(reporter.name)
            self.reporter_contact.setText(reporter.contact)
            self.reporter_nik.setText(reporter.nik or "")
        else:
            for w in self._reporter_widgets.values():
                w.clear()
            self.reporter_masked.setText(reporter or "")
        self.reporter_box.setVisible(editable or reporter is not None)

    def show_reporter(self, reporter: Reporter | str | None, editable: bool) -> None:
        """Show (or mask again) the reporter alone, keeping unsaved edits elsewhere."""
        blocked = self.blockSignals(True)
        self._load_reporter(reporter, editable)
        self.blockSignals(blocked)
        self._loaded.update({f"reporter.{k}": w.text() for k, w in self._reporter_widgets.items()})
        self._set_dirty(self._snapshot() != self._loaded)

    # -- intake helpers ----------------------------------------------------------------

    def set_intake_deadline(self, days: int) -> None:
        """Show the report-handling deadline (``days`` from the act becoming known)."""
        self._intake_days = days
        self._update_deadline()

    def enable_registry(self, search: Search) -> None:
        """Offer people from the BKD registry while the subject's name or NIP is typed."""
        for edit in (self.subject_name, self.nip):
            completer = RegistryCompleter(edit, search)
            completer.chosen.connect(self.fill_subject)
            self.registry_completers.append(completer)

    def enable_account_lookup(self, lookup: Callable[[str | None, str], list[Subject]]) -> None:
        """Say whose account a typed handle is, when it is recorded for a civil servant."""
        self._account_lookup = lookup

    def fill_subject(self, entry: RegistryEntry | Subject) -> None:
        if not self._editable:
            return
        self.subject_name.setText(entry.name)
        employment = (
            entry.employment_type.value
            if isinstance(entry.employment_type, EmploymentType)
            else entry.employment_type
        )
        _set_combo(self.employment_type, employment)
        self.nip.setText(entry.nip or "")
        self.agency.setEditText(entry.agency)
        self.position.setText(entry.position)
        self.rank.setText(entry.rank)
        if isinstance(entry, Subject) and entry.region:
            self.region.setEditText(entry.region)

    def _update_deadline(self, *_: object) -> None:
        if self._intake_days is None:
            self.deadline_hint.hide()
            return
        start = self.known_date.value() or self.received_date.value()
        if start is None:
            self.deadline_hint.hide()
            return
        due = start + dt.timedelta(days=self._intake_days)
        left = remaining_days(due, dt.date.today())
        text = self.tr("Tenggat penanganan: {date} ({days} hari sejak perbuatan diketahui)").format(
            date=format_date(due), days=self._intake_days
        )
        if left < 0:
            text += " — " + self.tr("sudah lewat {n} hari").format(n=-left)
            colour = "#c62828"
        elif left <= 2:
            text += " — " + self.tr("{n} hari lagi").format(n=left)
            colour = "#ef6c00"
        else:
            colour = "#2e7d32"
        self.deadline_hint.setStyleSheet(f"color:{colour}; font-weight:bold;")
        self.deadline_hint.setText(text)
        self.deadline_hint.show()

    def _update_account_owner(self) -> None:
        handle = self.account_handle.text().strip()
        self._owners = []
        if self._account_lookup is not None and handle.lstrip("@"):
            try:
                self._owners = self._account_lookup(self.platform.currentData(), handle)
            except AsnError:
                self._owners = []
        # The case's own subject owning its account is no news.
        self._owners = [o for o in self._owners if o.id != self._subject_id]
        if not self._owners:
            self.account_owner.hide()
            return
        people = ", ".join(
            f"{html.escape(o.name)}" + (f" (NIP {html.escape(o.nip)})" if o.nip else "")
            for o in self._owners[:3]
        )
        text = html.escape(self.tr("Akun ini tercatat milik")) + f" {people}."
        if self._editable:
            text += f" <a href='0'>{html.escape(self.tr('Isi data ASN ini'))}</a>"
        self.account_owner.setText(text)
        self.account_owner.show()

    def _use_owner(self, link: str) -> None:
        if link.isdigit() and int(link) < len(self._owners):
            self.fill_subject(self._owners[int(link)])

    def show_related(
        self, accounts: tuple[SocialAccount, ...], others: list[dict[str, Any]]
    ) -> None:
        """Known accounts of the civil servant and earlier cases: a repeat is visible."""
        parts = []
        if accounts:
            listed = ", ".join(
                f"{html.escape(tr_domain(a.platform.label))} {html.escape(a.handle)}"
                for a in accounts
            )
            parts.append(html.escape(self.tr("Akun dikenal:")) + " " + listed)
        if others:
            links = ", ".join(
                f"<a href='{html.escape(o['id'])}'>{html.escape(o['number'])}</a> "
                f"({html.escape(tr_domain(Status(o['status']).label))})"
                for o in others[:12]
            )
            more = f" … +{len(others) - 12}" if len(others) > 12 else ""
            parts.append(
                "<b style='color:#b71c1c'>"
                + html.escape(
                    self.tr("Kasus lain untuk ASN atau akun ini ({n}):").format(n=len(others))
                )
                + "</b> "
                + links
                + more
            )
        self.related.setText("<br>".join(parts))
        self.related.setVisible(bool(parts))

    def case_values(self) -> dict[str, Any]:
        return {
            "source": self.source.currentData(),
            "portal": self.portal.text(),
            "platform": self.platform.currentData(),
            "account_handle": self.account_handle.text(),
            "post_urls": self.post_urls.toPlainText().splitlines(),
            "act_date": self.act_date.value(),
            "known_date": self.known_date.value(),
            "received_date": self.received_date.value(),
            "candidacy_stage": self.candidacy_stage.currentData(),
            "summary": self.summary.toPlainText(),
        }

    def subject_values(self) -> dict[str, Any] | None:
        """The subject's fields, or None when the user left the section empty."""
        values = {
            "name": self.subject_name.text(),
            "employment_type": self.employment_type.currentData(),
            "nip": self.nip.text(),
            "agency": self.agency.currentText(),
            "position": self.position.text(),
            "rank": self.rank.text(),
            "region": self.region.currentText(),
        }
        filled = [k for k, v in values.items() if k != "employment_type" and str(v).strip()]
        if not filled and self._subject_version is None:
            return None
        if self._subject_version is not None:
            values["version"] = self._subject_version
        return values

    def reporter_values(self) -> dict[str, Any] | None:
        values = {k: w.text() for k, w in self._reporter_widgets.items()}
        return values if any(v.strip() for v in values.values()) else None

    def changed_case_fields(self) -> dict[str, Any]:
        now = self.case_values()
        return {k: v for k, v in now.items() if self._loaded.get(k) != v}

    def subject_changed(self) -> bool:
        now = self._snapshot()
        return any(
            now.get(f"subject.{k}") != self._loaded.get(f"subject.{k}") for k in SUBJECT_FIELDS
        )

    def reporter_changed(self) -> bool:
        now = self._snapshot()
        return any(
            now.get(f"reporter.{k}") != self._loaded.get(f"reporter.{k}")
            for k in self._reporter_widgets
        )

    def is_dirty(self) -> bool:
        return self._dirty

    def loaded_values(self) -> dict[str, Any]:
        """What was loaded, keyed like :meth:`edits` (``subject.nip``, ``reporter.name``)."""
        return dict(self._loaded)

    def edits(self) -> dict[str, Any]:
        """Every value the user changed since loading, by field key."""
        return {k: v for k, v in self._snapshot().items() if self._loaded.get(k) != v}

    def apply_edits(self, edits: dict[str, Any]) -> None:
        """Type ``edits`` (from :meth:`edits`) into the form again, e.g. over a fresh record."""
        widgets: dict[str, QWidget] = {
            **self._field_widgets,
            **{f"reporter.{k}": w for k, w in self._reporter_widgets.items()},
        }
        for key, value in edits.items():
            widget = widgets.get(key)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(
                    "\n".join(value) if isinstance(value, list) else str(value or "")
                )
            elif isinstance(widget, OptionalDateEdit):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                _set_combo(widget, value)

    # -- errors ------------------------------------------------------------------------

    def show_errors(self, exc: ValidationError) -> None:
        self.clear_errors()
        self.banner.show_message(error_text(exc))
        first = None
        widgets = {
            **self._field_widgets,
            **{f"reporter.{k}": w for k, w in self._reporter_widgets.items()},
        }
        for name, err in exc.field_errors.items():
            widget = widgets.get(name)
            if widget is None:
                continue
            widget.setStyleSheet(_ERROR_STYLE)
            widget.setToolTip(error_text(err))
            first = first or widget
        if first is not None:
            first.setFocus()

    def show_notice(self, text: str, kind: str = "info") -> None:
        self.banner.show_message(text, kind)

    def clear_errors(self) -> None:
        self.banner.clear()
        for widget in [*self._field_widgets.values(), *self._reporter_widgets.values()]:
            widget.setStyleSheet("")
            widget.setToolTip("")

    # -- helpers ------------------------------------------------------------------------

    def suggest_stage(self) -> None:
        act = self.act_date.value()
        if act is None:
            self.stage_hint.setText(self.tr("Isi tanggal perbuatan dulu untuk saran tahapan."))
            return
        stage, _election = suggest_stage(act, self._elections)
        _set_combo(self.candidacy_stage, stage.value)
        self._update_stage_hint()

    def _fill_empty_stage(self) -> None:
        """Typing the act's date fills an empty stage with the calendar's suggestion."""
        if self.signalsBlocked() or not self._editable:
            return
        if self.candidacy_stage.currentData() is None and self.act_date.value() is not None:
            self.suggest_stage()

    def _update_stage_hint(self) -> None:
        act = self.act_date.value()
        if act is None:
            self.stage_hint.clear()
            return
        stage, election = suggest_stage(act, self._elections)
        if election is None:
            text = self.tr("Kalender: tanggal ini di luar tahapan pemilihan yang tercatat.")
        else:
            text = self.tr("Kalender: {stage} — {election} (penetapan calon {date}).").format(
                stage=tr_domain(stage.label),
                election=election.name,
                date=format_date(election.designation),
            )
            if not election.verified:
                text += " " + self.tr("Tanggal kalender belum diverifikasi dengan keputusan KPU.")
        self.stage_hint.setText(text)

    def _update_portal(self) -> None:
        is_portal = self.source.currentData() == Source.PORTAL.value
        self.portal.setEnabled(is_portal)
        self.portal.setReadOnly(not self._editable)
        if self._new_case:
            # Only a public report has a reporter to protect; patrols and portals do not.
            public = self.source.currentData() == Source.PUBLIC_REPORT.value
            for widget in self._reporter_widgets.values():
                widget.setEnabled(public)

    def _update_nip_info(self) -> None:
        text = self.nip.text().strip()
        if not text:
            self.nip_info.clear()
            return
        try:
            if self.employment_type.currentData() == EmploymentType.PPPK.value:
                check_pppk_number(text)
                self.nip_info.setStyleSheet("color:#2e7d32;")
                self.nip_info.setText(
                    "✓ " + self.tr("NI PPPK 18 digit (susunannya tidak diperiksa).")
                )
                return
            info = parse_nip(text)
        except NipError as exc:
            self.nip_info.setStyleSheet("color:#c62828;")
            self.nip_info.setText(error_text(exc))
            return
        parts = self.tr("Lahir {birth} · diangkat {appointment} · {sex} · urutan {seq}").format(
            birth=format_date(info.birth_date),
            appointment=info.appointment,
            sex=self.tr("laki-laki") if info.sex == "L" else self.tr("perempuan"),
            seq=f"{info.sequence:03d}",
        )
        for warning in info.warnings:
            parts += " — " + tr_domain(warning)
        self.nip_info.setStyleSheet("color:#2e7d32;" if not info.warnings else "color:#ef6c00;")
        self.nip_info.setText("✓ " + parts)

    def _connect_change(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self._on_change)
        elif isinstance(widget, OptionalDateEdit):
            widget.dateChanged.connect(self._on_change)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._on_change)
            if widget.isEditable():
                widget.editTextChanged.connect(self._on_change)

    def _snapshot(self) -> dict[str, Any]:
        snap = dict(self.case_values())
        subject = {
            "name": self.subject_name.text(),
            "employment_type": self.employment_type.currentData(),
            "nip": self.nip.text(),
            "agency": self.agency.currentText(),
            "position": self.position.text(),
            "rank": self.rank.text(),
            "region": self.region.currentText(),
        }
        snap.update({f"subject.{k}": v for k, v in subject.items()})
        snap.update({f"reporter.{k}": w.text() for k, w in self._reporter_widgets.items()})
        return snap

    def _on_change(self, *_: object) -> None:
        if self.signalsBlocked():
            return
        self._set_dirty(self._snapshot() != self._loaded)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)


__all__ = ["CASE_FIELDS", "CaseForm"]
