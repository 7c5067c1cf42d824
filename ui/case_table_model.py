"""The queue as a Qt table model that never holds the whole queue.

``rowCount`` is a ``COUNT`` and rows arrive a page at a time, on demand, as the view
paints them; a bounded cache keeps the pages seen lately. Sorting and filtering are
SQL (:class:`QueueService`). When sync brings changes the model reloads in place and
moves each persistent index (the selection, the current row) to where its case now
stands, so the user keeps their place.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from asn_monitor.domain.deadlines import Urgency, remaining_days, stage_of, urgency
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Platform, Source
from asn_monitor.services.queue import QueueFilter, QueueService
from asn_monitor.worksheet import Level
from ui.texts import format_date, format_timestamp, provisional_number_tip, tr_domain

Index = QModelIndex | QPersistentModelIndex
RECHECK_PAGES = 3  # pages re-read to tell a value change from a reordering
Row = dict[str, Any]

STATUS_COLOURS: dict[Status, str] = {
    Status.MASUK: "#1565c0",
    Status.DIVERIFIKASI: "#6a1b9a",
    Status.DINILAI: "#ef6c00",
    Status.DIKEMBALIKAN: "#c62828",
    Status.DISETUJUI: "#2e7d32",
    Status.DITERUSKAN: "#00695c",
    Status.DITINDAKLANJUTI: "#37474f",
    Status.SELESAI: "#616161",
    Status.DITOLAK: "#8d6e63",
}
URGENCY_COLOURS: dict[Urgency, str] = {
    Urgency.OK: "#2e7d32",
    Urgency.SOON: "#ef6c00",
    Urgency.TODAY: "#e65100",
    Urgency.OVERDUE: "#c62828",
}


@dataclass(frozen=True)
class Column:
    key: str  # also the SQL sort key
    title: str
    text: Callable[[Row], str]


class CaseTableModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    PAGE_SIZE = 100
    MAX_PAGES = 30  # 3,000 rows at most in memory, whatever the queue's size

    def __init__(
        self,
        service_factory: Callable[[], QueueService],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self._service_factory = service_factory
        self._today = today
        self._filter = QueueFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self.columns: list[Column] = [
            Column("number", self.tr("Nomor"), lambda r: r["number"]),
            Column("status", self.tr("Status"), lambda r: tr_domain(Status(r["status"]).label)),
            # What needs doing first: right after the status, in sight on a small screen.
            Column("due", self.tr("Tenggat"), self._deadline_text),
            Column(
                "subject",
                self.tr("ASN terlapor"),
                lambda r: r["subject_name"] or self.tr("(belum diidentifikasi)"),
            ),
            Column("nip", self.tr("NIP"), lambda r: r["subject_nip"] or ""),
            Column("agency", self.tr("Instansi"), lambda r: r["agency"] or ""),
            Column(
                "platform",
                self.tr("Platform"),
                lambda r: tr_domain(Platform(r["platform"]).label) if r["platform"] else "",
            ),
            Column("violation", self.tr("Pelanggaran"), self._violation_text),
            Column("source", self.tr("Sumber"), lambda r: tr_domain(Source(r["source"]).label)),
            Column("received", self.tr("Diterima"), lambda r: format_date(r["received_date"])),
            Column("act", self.tr("Tgl perbuatan"), lambda r: format_date(r["act_date"])),
            Column("age", self.tr("Umur"), self._age_text),
            Column("assignee", self.tr("Dipegang"), lambda r: r["assignee_name"] or ""),
            Column("updated", self.tr("Diubah"), lambda r: format_timestamp(r["updated_at"])),
        ]
        self.reload()

    # -- Qt model API ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == self.ID_ROLE:
            return row["id"]
        if column.key == "status" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLOURS[Status(row["status"])]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column.key, row)
        if column.key == "number" and not row["number_final"]:
            # A provisional number (not yet numbered by the hub) looks and reads different.
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#666666"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.columns[column].key
        if key == self._filter.sort and descending == self._filter.descending:
            return
        self.set_filter(self._filter.replace(sort=key, descending=descending))

    # -- our API ----------------------------------------------------------------------

    @property
    def filter(self) -> QueueFilter:
        return self._filter

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def set_filter(self, flt: QueueFilter) -> None:
        """A new query: the list starts again from its top."""
        self.beginResetModel()
        self._filter = flt
        self._pages.clear()
        # One service for the whole query: it reads the deadline settings once, not on
        # every page the view asks for while scrolling.
        self._service = self._service_factory()
        self._count = self._service.count(flt)
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def refresh(self) -> None:
        """Re-read the same query after changes, keeping every persistent index (the
        current row, the selection) on its case wherever the case now stands."""
        service = self._service = self._service_factory()
        old_count = self._count
        old_pages = self._pages
        new_count = service.count(self._filter)
        if new_count == old_count and self._same_rows(service, old_pages):
            if new_count:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(new_count - 1, len(self.columns) - 1)
                )
            return
        if new_count > old_count:
            self.beginInsertRows(QModelIndex(), old_count, new_count - 1)
            self._count = new_count
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        self._pages = OrderedDict()
        old_ids = {
            r: self._cached_id(old_pages, r) for r in {i.row() for i in self.persistentIndexList()}
        }
        moved: dict[int, int] = {}
        for old_row, case_id in old_ids.items():
            new_row = self._locate(service, case_id, old_row, new_count) if case_id else None
            moved[old_row] = -1 if new_row is None else new_row
        before = self.persistentIndexList()
        after = [
            self.index(moved[i.row()], i.column()) if moved.get(i.row(), -1) >= 0 else QModelIndex()
            for i in before
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        if new_count < old_count:
            self.beginRemoveRows(QModelIndex(), new_count, old_count - 1)
            self._count = new_count
            self.endRemoveRows()

    def row(self, number: int) -> Row | None:
        """The row at ``number``, reading its page if it is not at hand."""
        if not 0 <= number < self._count:
            return None
        page_no, offset = divmod(number, self.PAGE_SIZE)
        page = self._page(page_no)
        return page[offset] if offset < len(page) else None

    def row_of(self, case_id: str) -> int:
        """Where the case stands in this view, or -1 when the view does not show it."""
        if self._count and 0 not in self._pages:
            self._page(0)  # the top of the list is where a kept selection usually is
        for page_no, page in self._pages.items():
            for offset, row in enumerate(page):
                if row["id"] == case_id:
                    return page_no * self.PAGE_SIZE + offset
        found = self._service.position(self._filter, case_id)
        return -1 if found is None else found

    def case_id(self, number: int) -> str | None:
        row = self.row(number)
        return row["id"] if row else None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- internals --------------------------------------------------------------------

    def _page(self, page_no: int) -> list[Row]:
        page = self._pages.get(page_no)
        if page is None:
            page = self._service.page(self._filter, page_no * self.PAGE_SIZE, self.PAGE_SIZE)
            self._pages[page_no] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page

    def _same_rows(self, service: QueueService, pages: OrderedDict[int, list[Row]]) -> bool:
        """Whether the pages at hand hold the same cases in the same places; if so, the
        change was to values only and the rows are refreshed where they stand."""
        # Only the pages in use are compared (those last read, which the view shows, and
        # those holding the selection): this runs on the GUI thread at every sync round
        # that touches cases. The others are dropped and read again when scrolled to.
        held = {i.row() // self.PAGE_SIZE for i in self.persistentIndexList()}
        recent = set(list(pages)[-RECHECK_PAGES:])
        fresh: OrderedDict[int, list[Row]] = OrderedDict()
        for page_no, page in pages.items():
            if page_no not in held | recent:
                continue
            again = service.page(self._filter, page_no * self.PAGE_SIZE, self.PAGE_SIZE)
            if [r["id"] for r in again] != [r["id"] for r in page]:
                return False
            fresh[page_no] = again
        self._pages = fresh
        return True

    def _cached_id(self, pages: OrderedDict[int, list[Row]], number: int) -> str | None:
        page_no, offset = divmod(number, self.PAGE_SIZE)
        page = pages.get(page_no)
        return page[offset]["id"] if page is not None and offset < len(page) else None

    def _locate(self, service: QueueService, case_id: str, old_row: int, count: int) -> int | None:
        # Usually the case is still near where it was: look in that page and its
        # neighbours before asking for its exact position over the whole view.
        page_no = old_row // self.PAGE_SIZE
        for candidate in (page_no, page_no - 1, page_no + 1):
            if candidate < 0 or candidate * self.PAGE_SIZE >= count:
                continue
            for offset, row in enumerate(self._page(candidate)):
                if row["id"] == case_id:
                    return candidate * self.PAGE_SIZE + offset
        found = service.position(self._filter, case_id)
        return found if found is not None and found < count else None

    def deadline_at(self, number: int) -> tuple[int, Urgency] | None:
        """(days left, urgency) of the row's deadline, None without one. The delegate
        asks here directly: a Python tuple sent through QVariant by ``data()`` on every
        paint leaks references in PySide6 (a crash after a few million paints)."""
        row = self.row(number)
        return self._deadline(row) if row is not None else None

    def _deadline(self, row: Row) -> tuple[int, Urgency] | None:
        if not row["due_date"]:
            return None
        left = remaining_days(dt.date.fromisoformat(row["due_date"]), self._today())
        return left, urgency(left)

    def _deadline_text(self, row: Row) -> str:
        deadline = self._deadline(row)
        return "" if deadline is None else self.deadline_text(deadline[0])

    def deadline_text(self, left: int) -> str:
        """How a deadline ``left`` days away reads."""
        if left < 0:
            return self.tr("lewat %n hari", "", -left)
        if left == 0:
            return self.tr("hari ini")
        return self.tr("%n hari lagi", "", left)

    def _violation_text(self, row: Row) -> str:
        value = row["violation"]
        return tr_domain(Level(value).label) if value else ""

    def _age_text(self, row: Row) -> str:
        received = dt.date.fromisoformat(row["received_date"][:10])
        return self.tr("%n hari", "", max(0, (self._today() - received).days))

    def _tooltip(self, key: str, row: Row) -> str | None:
        if key == "number" and not row["number_final"]:
            return provisional_number_tip()
        if key == "subject":
            return row["agency"] or None
        if key == "assignee" and row["assignee_name"]:
            return self.tr("Dipegang {name} sejak {when}").format(
                name=row["assignee_name"], when=format_timestamp(row["holder_at"])
            )
        if key == "due" and row["due_date"]:
            stage = stage_of(Status(row["status"]))
            return self.tr("Tahap {stage}: tenggat {date}").format(
                stage=tr_domain(stage.label) if stage else "?", date=format_date(row["due_date"])
            )
        return None
