"""Reading evidence pictures safely, and the small previews that make opening them fast.

The decoder is told how much memory it may take (Qt's allocation limit) and the header's
pixel size is checked first, so a 30,000 × 30,000 "screenshot" is refused with a message
rather than exhausting the office PC. EXIF orientation is applied, as a phone photo's
viewer would, so an annotation drawn on the picture sits where the user saw it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

from asn_monitor.capture.sniff import DEFAULT_MAX_PIXELS, DamagedFile, TooManyPixels
from asn_monitor.errors import AsnError

# The longest side of a cached preview: about one screen, enough to show the picture fitted
# to the viewer at once while the full image decodes.
PREVIEW_SIZE = 1600
_BYTES_PER_PIXEL = 4


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:.1f}".replace(".", ",")


def allocation_limit_mb(max_pixels: int) -> int:
    return max(1, -(-max_pixels * _BYTES_PER_PIXEL // (1024 * 1024)))


def read_image(
    path: Path, *, name: str | None = None, max_pixels: int = DEFAULT_MAX_PIXELS
) -> QImage:
    """The picture in ``path``, upright; raises an :class:`AsnError` it cannot be shown."""
    shown = name or path.name
    # Process-wide in Qt; set at every read so nothing else in the app can have lowered it.
    QImageReader.setAllocationLimit(allocation_limit_mb(max_pixels))
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > max_pixels:
        raise _too_many(shown, size, max_pixels)
    image = reader.read()
    if image.isNull():
        if reader.error() == QImageReader.ImageReaderError.InvalidDataError and size.isValid():
            # The allocation limit refused what the header did not admit to.
            raise _too_many(shown, size, max_pixels)
        raise DamagedFile(
            name=shown,
            format=bytes(reader.format().data()).decode() or "?",
            problem=reader.errorString(),
        )
    return image


def _too_many(name: str, size: QSize, max_pixels: int) -> AsnError:
    return TooManyPixels(
        name=name,
        width=size.width(),
        height=size.height(),
        megapixels=_megapixels(size.width() * size.height()),
        limit=_megapixels(max_pixels),
    )


def make_preview(image: QImage, longest: int = PREVIEW_SIZE) -> QImage:
    if max(image.width(), image.height()) <= longest:
        return image
    return image.scaled(
        longest,
        longest,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class PreviewCache:
    """Screen-size JPEG previews by the original's SHA-256, in this PC's workspace.

    A preview is only ever a stand-in while the verified original decodes; it is never
    exported, printed or annotated against.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, sha256: str) -> Path:
        return self.directory / f"{sha256}.jpg"

    def has(self, sha256: str) -> bool:
        return self._path(sha256).is_file()

    def get(self, sha256: str) -> QImage | None:
        path = self._path(sha256)
        if not path.is_file():
            return None
        image = QImage(str(path))
        return None if image.isNull() else image

    def put(self, sha256: str, image: QImage) -> None:
        """Store a preview of ``image``; a failure only costs speed next time."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.directory, suffix=".part")
            os.close(fd)
            writer = QImageWriter(temp, QByteArray(b"JPEG"))
            writer.setQuality(85)
            if writer.write(make_preview(image)):
                os.replace(temp, self._path(sha256))
            else:
                os.unlink(temp)
        except OSError:
            pass
