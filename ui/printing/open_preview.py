"""Opening a printout's preview from any window: build the document, then preview it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from asn_monitor.errors import AsnError
from asn_monitor.services.referral import ReferralDraft
from ui.context import AppContext
from ui.printing.builders import PrintSources, letter_document
from ui.printing.output import Printable
from ui.printing.preview import PrintPreview
from ui.texts import show_error


def print_sources(ctx: AppContext) -> PrintSources:
    return PrintSources(
        ctx.database,
        ctx.user,
        ctx.evidence().store,
        str(ctx.settings.value("ui/language", "id")),
    )


def preview(
    ctx: AppContext,
    parent: QWidget,
    build: Callable[[], Printable],
    file_stem: str,
) -> PrintPreview | None:
    """Build the document (a wait cursor: renditions may be made) and show its preview."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        try:
            document = build()
        finally:
            QApplication.restoreOverrideCursor()  # also before any crash dialog
    except AsnError as exc:
        show_error(parent, exc)
        return None
    dialog = PrintPreview(document, ctx.settings, parent, file_stem)
    dialog.exec()
    dialog.deleteLater()
    return dialog


def preview_draft_letter(
    ctx: AppContext, parent: QWidget, case_id: str, draft: ReferralDraft
) -> None:
    """The letter as it would go out, marked KONSEP, before the case is referred."""
    preview(
        ctx,
        parent,
        lambda: letter_document(print_sources(ctx), case_id=case_id, draft=draft),
        "konsep-surat",
    )
