"""The picture of an evidence item as it may be printed: its rendition, with every redaction
burned in and the annotations drawn on. An original is never printed as it is.

The rendition printed is kept in the evidence store and recorded on the item (when the
user may record one), so the SHA-256 under the picture can be checked later against a
file the office holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PySide6.QtGui import QImage

from asn_monitor.errors import AsnError
from asn_monitor.reports.case_summary import EvidenceEntry
from asn_monitor.services.annotations import AnnotationService, shapes_digest
from asn_monitor.sync.evidence import EvidenceStore
from ui.image_loading import read_image
from ui.printing.words import Words
from ui.rendition import png_bytes, render


@dataclass(frozen=True)
class PrintedPicture:
    image: QImage | None
    sha256: str | None  # of the rendition PNG printed
    recorded: bool  # the rendition is on record for the item
    problem: str | None  # why no picture, in the user's language


def printed_picture(
    entry: EvidenceEntry,
    annotations: AnnotationService | None,
    store: EvidenceStore,
    words: Words | None = None,
) -> PrintedPicture:
    """``entry``'s rendition: the stored one when it is up to date, otherwise made now from
    the original and the item's shapes (and recorded through ``annotations`` if given)."""
    words = words or Words()
    if entry.problem is not None:
        return PrintedPicture(None, None, False, entry.problem.text(words.domain))
    if entry.rendition is not None and entry.rendition_file is not None:
        image = QImage(str(entry.rendition_file))
        if not image.isNull():
            return PrintedPicture(image, entry.rendition.sha256, True, None)
    if entry.original is None or not entry.item.sha256:
        return PrintedPicture(None, None, False, _unreadable(words))
    try:
        original = read_image(entry.original, name=entry.item.filename or None)
    except AsnError as exc:
        return PrintedPicture(None, None, False, exc.message(words.domain))
    picture = render(original, entry.shapes)
    data = png_bytes(picture)
    sha = hashlib.sha256(data).hexdigest()
    recorded = False
    if annotations is not None:
        try:
            annotations.record_rendition(
                entry.item.id,
                data,
                source_sha256=entry.item.sha256,
                # The digest of the shapes drawn, not of the shapes stored by now: a
                # redaction that arrived meanwhile makes this rendition stale, as it is.
                annotations_digest=shapes_digest(entry.shapes),
                width=picture.width(),
                height=picture.height(),
                store=store,
            )
            recorded = True
        except AsnError:
            recorded = False  # printed all the same; the note under the picture says so
    return PrintedPicture(picture, sha, recorded, None)


def _unreadable(words: Words) -> str:
    return words.translate("Printing", "Gambar bukti tidak tersedia di komputer ini.")
