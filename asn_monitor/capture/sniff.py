"""What a file really is, read from its first bytes, and whether the app should take it in.

Nothing is decoded: the type, the pixel size, animation and the EXIF orientation come from
the headers. That lets the app refuse a 30,000 × 30,000 "screenshot" before it asks Qt for
3.6 GB of memory, name a HEIC photo as such instead of failing to show it, and notice a file
cut short by an interrupted download.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str], str]

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
# A full-page capture of a long thread can reach 40-60 MP; 100 MP (e.g. 10,000 × 10,000)
# already needs 400 MB decoded, which the office PCs cannot spare twice.
DEFAULT_MAX_PIXELS = 100_000_000


class FileKind(str, Enum):
    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    WEBP = "webp"
    BMP = "bmp"
    TIFF = "tiff"
    HEIC = "heic"
    HEIF = "heif"
    AVIF = "avif"
    PDF = "pdf"
    HTML = "html"
    MP4 = "mp4"
    EMPTY = "empty"
    UNKNOWN = "unknown"

    @property
    def is_image(self) -> bool:
        return self in _IMAGE_KINDS

    @property
    def is_supported_image(self) -> bool:
        """An image the viewer (Qt's image readers) can show."""
        return self in _SUPPORTED_IMAGE_KINDS

    @property
    def mime(self) -> str:
        return _MIME[self]

    @property
    def label(self) -> str:
        """How the content is named in messages, e.g. "PNG" or "dokumen PDF" (marked text)."""
        return _LABEL[self]


_SUPPORTED_IMAGE_KINDS = frozenset(
    {FileKind.PNG, FileKind.JPEG, FileKind.GIF, FileKind.WEBP, FileKind.BMP, FileKind.TIFF}
)
_IMAGE_KINDS = _SUPPORTED_IMAGE_KINDS | {FileKind.HEIC, FileKind.HEIF, FileKind.AVIF}

_MIME = {
    FileKind.PNG: "image/png",
    FileKind.JPEG: "image/jpeg",
    FileKind.GIF: "image/gif",
    FileKind.WEBP: "image/webp",
    FileKind.BMP: "image/bmp",
    FileKind.TIFF: "image/tiff",
    FileKind.HEIC: "image/heic",
    FileKind.HEIF: "image/heif",
    FileKind.AVIF: "image/avif",
    FileKind.PDF: "application/pdf",
    FileKind.HTML: "text/html",
    FileKind.MP4: "video/mp4",
    FileKind.EMPTY: "application/x-empty",
    FileKind.UNKNOWN: "application/octet-stream",
}

_LABEL = {
    FileKind.PNG: "PNG",
    FileKind.JPEG: "JPEG",
    FileKind.GIF: "GIF",
    FileKind.WEBP: "WebP",
    FileKind.BMP: "BMP",
    FileKind.TIFF: "TIFF",
    FileKind.HEIC: "HEIC",
    FileKind.HEIF: "HEIF",
    FileKind.AVIF: "AVIF",
    FileKind.PDF: QT_TRANSLATE_NOOP("asn_monitor", "dokumen PDF"),
    FileKind.HTML: QT_TRANSLATE_NOOP("asn_monitor", "halaman web (HTML)"),
    FileKind.MP4: QT_TRANSLATE_NOOP("asn_monitor", "video MP4/MOV"),
    FileKind.EMPTY: QT_TRANSLATE_NOOP("asn_monitor", "berkas kosong"),
    FileKind.UNKNOWN: QT_TRANSLATE_NOOP("asn_monitor", "data yang tidak dikenali"),
}

# What a file name's extension claims; HEIC and HEIF are the same container.
_EXTENSIONS = {
    "png": FileKind.PNG,
    "jpg": FileKind.JPEG,
    "jpeg": FileKind.JPEG,
    "jpe": FileKind.JPEG,
    "jfif": FileKind.JPEG,
    "gif": FileKind.GIF,
    "webp": FileKind.WEBP,
    "bmp": FileKind.BMP,
    "dib": FileKind.BMP,
    "tif": FileKind.TIFF,
    "tiff": FileKind.TIFF,
    "heic": FileKind.HEIC,
    "heif": FileKind.HEIF,
    "avif": FileKind.AVIF,
    "pdf": FileKind.PDF,
    "htm": FileKind.HTML,
    "html": FileKind.HTML,
    "mp4": FileKind.MP4,
    "mov": FileKind.MP4,
}


class Problem(str, Enum):
    TRUNCATED = "truncated"
    DAMAGED = "damaged"
    UNSUPPORTED = "unsupported"

    @property
    def label(self) -> str:
        return _PROBLEM_LABEL[self]


_PROBLEM_LABEL = {
    Problem.TRUNCATED: QT_TRANSLATE_NOOP("asn_monitor", "berkas terpotong"),
    Problem.DAMAGED: QT_TRANSLATE_NOOP("asn_monitor", "kepala berkas rusak"),
    Problem.UNSUPPORTED: QT_TRANSLATE_NOOP("asn_monitor", "format belum didukung"),
}


@dataclass(frozen=True)
class Sniffed:
    """What the bytes are. Sizes are in pixels as stored (before EXIF rotation)."""

    kind: FileKind
    size: int
    width: int | None = None
    height: int | None = None
    frames: int | None = None
    animated: bool = False
    orientation: int | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def mime(self) -> str:
        return self.kind.mime

    @property
    def is_image(self) -> bool:
        return self.kind.is_image

    @property
    def pixels(self) -> int | None:
        if self.width is None or self.height is None:
            return None
        return self.width * self.height

    @property
    def summary(self) -> str:
        """E.g. ``"PNG 1080×2400"`` or ``"unsupported: HEIC"``, for logs and tests."""
        if Problem.UNSUPPORTED in self.problems:
            return f"unsupported: {self.kind.label}"
        text = self.kind.value if not self.kind.is_image else self.kind.label
        if self.width is not None and self.height is not None:
            text += f" {self.width}×{self.height}"
        return text


# ---------------------------------------------------------------------------- readers


def _u16be(data: bytes, pos: int) -> int:
    return int(struct.unpack_from(">H", data, pos)[0])


def _u32be(data: bytes, pos: int) -> int:
    return int(struct.unpack_from(">I", data, pos)[0])


def _u16le(data: bytes, pos: int) -> int:
    return int(struct.unpack_from("<H", data, pos)[0])


def _u24le(data: bytes, pos: int) -> int:
    return data[pos] | data[pos + 1] << 8 | data[pos + 2] << 16


def _u32le(data: bytes, pos: int) -> int:
    return int(struct.unpack_from("<I", data, pos)[0])


@dataclass
class _Found:
    width: int | None = None
    height: int | None = None
    frames: int | None = None
    animated: bool = False
    orientation: int | None = None
    truncated: bool = False
    damaged: bool = False


def _tiff_tags(data: bytes, wanted: set[int]) -> tuple[dict[int, int], bool]:
    """Integer values of the wanted tags in a TIFF structure's first IFD, and whether the
    IFD lies (partly) beyond the data."""
    if len(data) < 8 or data[:2] not in (b"II", b"MM"):
        return {}, False
    order = "<" if data[:2] == b"II" else ">"
    if struct.unpack_from(order + "H", data, 2)[0] != 42:
        return {}, False
    ifd = struct.unpack_from(order + "I", data, 4)[0]
    if ifd + 2 > len(data):
        return {}, True
    count = struct.unpack_from(order + "H", data, ifd)[0]
    values: dict[int, int] = {}
    for i in range(count):
        entry = ifd + 2 + 12 * i
        if entry + 12 > len(data):
            return values, True
        tag, kind, n = struct.unpack_from(order + "HHI", data, entry)
        if tag in wanted and n == 1:
            if kind == 3:  # SHORT, left-justified in the value field
                values[tag] = struct.unpack_from(order + "H", data, entry + 8)[0]
            elif kind == 4:  # LONG
                values[tag] = struct.unpack_from(order + "I", data, entry + 8)[0]
    return values, False


_ORIENTATION = 0x0112


def _orientation(exif_tiff: bytes) -> int | None:
    value = _tiff_tags(exif_tiff, {_ORIENTATION})[0].get(_ORIENTATION)
    return value if value is not None and 1 <= value <= 8 else None


def _png(data: bytes, found: _Found) -> None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        found.damaged = True
        found.truncated = len(data) < 24
        return
    found.width, found.height = _u32be(data, 16), _u32be(data, 20)
    found.frames = 1
    pos = 8
    while pos + 8 <= len(data):
        length, chunk = _u32be(data, pos), data[pos + 4 : pos + 8]
        if chunk == b"acTL" and pos + 12 <= len(data):
            # APNG: the viewer shows the default image only.
            found.frames = _u32be(data, pos + 8)
            found.animated = found.frames > 1
        if chunk == b"IEND":
            return
        pos += 12 + length
    found.truncated = True


_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg(data: bytes, found: _Found) -> None:
    pos, scan = 2, None
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            found.damaged = True
            return
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a length
            pos += 2
            continue
        if marker == 0xD9:
            break
        length = _u16be(data, pos + 2)
        body = data[pos + 4 : pos + 2 + length]
        if marker == 0xE1 and body[:6] == b"Exif\x00\x00" and found.orientation is None:
            found.orientation = _orientation(body[6:])
        elif marker in _SOF and len(body) >= 5 and found.width is None:
            found.height, found.width = _u16be(body, 1), _u16be(body, 3)
        elif marker == 0xDA:
            scan = pos + 2 + length
            break
        pos += 2 + length
    if found.width is None:
        found.damaged = True
    found.frames = 1
    # Inside entropy-coded data a 0xFF byte is always followed by 0x00 or a restart marker,
    # so the first FFD9 after the scan starts is the end of the image. Data after it (the
    # video of a "motion photo") is fine; a file without it was cut short.
    if scan is None or data.find(b"\xff\xd9", scan) < 0:
        found.truncated = True


def _skip_sub_blocks(data: bytes, pos: int) -> int | None:
    while pos < len(data):
        size = data[pos]
        pos += 1
        if size == 0:
            return pos
        pos += size
    return None


def _gif(data: bytes, found: _Found) -> None:
    if len(data) < 13:
        found.truncated = True
        return
    found.width, found.height = _u16le(data, 6), _u16le(data, 8)
    flags = data[10]
    pos = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    frames = 0
    while True:
        if pos >= len(data):
            found.truncated = True
            break
        block = data[pos]
        if block == 0x3B:  # trailer
            break
        if block == 0x2C:  # image descriptor
            frames += 1
            if pos + 10 > len(data):
                found.truncated = True
                break
            local = data[pos + 9]
            pos += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0) + 1
        elif block == 0x21:  # extension: label, then sub-blocks
            pos += 2
        else:
            found.damaged = True
            break
        after = _skip_sub_blocks(data, pos)
        if after is None:
            found.truncated = True
            break
        pos = after
    found.frames = frames
    found.animated = frames > 1
    if frames == 0 and not found.truncated:
        found.damaged = True


def _webp(data: bytes, found: _Found) -> None:
    if 8 + _u32le(data, 4) > len(data):
        found.truncated = True
    pos, frames, first = 12, 0, True
    while pos + 8 <= len(data):
        chunk, size = data[pos : pos + 4], _u32le(data, pos + 4)
        body = data[pos + 8 : pos + 8 + size]
        if first and chunk == b"VP8 " and len(body) >= 10 and body[3:6] == b"\x9d\x01\x2a":
            found.width, found.height = _u16le(body, 6) & 0x3FFF, _u16le(body, 8) & 0x3FFF
        elif first and chunk == b"VP8L" and len(body) >= 5 and body[0] == 0x2F:
            bits = _u32le(body, 1)
            found.width, found.height = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        elif first and chunk == b"VP8X" and len(body) >= 10:
            found.animated = bool(body[0] & 0x02)
            found.width, found.height = _u24le(body, 4) + 1, _u24le(body, 7) + 1
        elif chunk == b"ANMF":
            frames += 1
        elif chunk == b"EXIF":
            start = 6 if body.startswith(b"Exif\x00\x00") else 0
            found.orientation = _orientation(body[start:])
        first = False
        pos += 8 + size + (size & 1)
    found.frames = frames if found.animated else 1
    if found.width is None:
        found.damaged = True


def _bmp(data: bytes, found: _Found) -> None:
    if len(data) < 26:
        found.truncated = True
        found.damaged = True
        return
    declared = _u32le(data, 2)
    if _u32le(data, 14) == 12:  # the old OS/2 header has 16-bit sizes
        found.width, found.height = _u16le(data, 18), _u16le(data, 20)
    else:
        width, height = struct.unpack_from("<ii", data, 18)
        # A negative height means rows stored top-down, not a negative size.
        found.width, found.height = abs(width), abs(height)
    found.frames = 1
    found.truncated = declared > len(data)


def _tiff(data: bytes, found: _Found) -> None:
    tags, cut = _tiff_tags(data, {256, 257, _ORIENTATION})
    found.width, found.height = tags.get(256), tags.get(257)
    orientation = tags.get(_ORIENTATION)
    found.orientation = orientation if orientation is not None and 1 <= orientation <= 8 else None
    found.frames = 1
    found.truncated = cut
    if found.width is None or found.height is None:
        found.damaged = True


_AVIF_BRANDS = {b"avif", b"avis"}
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis"}
_HEIF_BRANDS = {b"mif1", b"msf1"}
_MP4_BRANDS = {b"isom", b"iso2", b"mp41", b"mp42", b"avc1", b"M4V ", b"qt  ", b"3gp4", b"3gp5"}


def _ftyp_kind(data: bytes) -> FileKind:
    size = min(_u32be(data, 0), len(data), 256)
    brands = {data[8:12]} | {data[i : i + 4] for i in range(16, size - 3, 4)}
    if brands & _AVIF_BRANDS:
        return FileKind.AVIF
    if brands & _HEIC_BRANDS:
        return FileKind.HEIC
    if brands & _HEIF_BRANDS:
        return FileKind.HEIF
    if brands & _MP4_BRANDS:
        return FileKind.MP4
    return FileKind.UNKNOWN


_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    head = head.lstrip().lower()
    return head.startswith(_HTML_STARTS) or (
        head.startswith((b"<!--", b"<?xml", b"<!doctype")) and b"<html" in head
    )


def kind_of(data: bytes) -> FileKind:
    """The file type the leading bytes announce (no size or integrity checks)."""
    if not data:
        return FileKind.EMPTY
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind.PNG
    if data.startswith(b"\xff\xd8\xff"):
        return FileKind.JPEG
    if data.startswith((b"GIF87a", b"GIF89a")):
        return FileKind.GIF
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return FileKind.WEBP
    if data.startswith(b"BM") and len(data) >= 18:
        return FileKind.BMP
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return FileKind.TIFF
    if len(data) >= 12 and data[4:8] == b"ftyp":
        return _ftyp_kind(data)
    if data.startswith(b"%PDF-"):
        return FileKind.PDF
    if _looks_like_html(data):
        return FileKind.HTML
    return FileKind.UNKNOWN


_PARSERS: dict[FileKind, Callable[[bytes, _Found], None]] = {
    FileKind.PNG: _png,
    FileKind.JPEG: _jpeg,
    FileKind.GIF: _gif,
    FileKind.WEBP: _webp,
    FileKind.BMP: _bmp,
    FileKind.TIFF: _tiff,
}


def sniff(data: bytes) -> Sniffed:
    """Identify ``data`` and read what its headers tell. Pass the whole file: the end of it
    tells whether it was cut short."""
    kind = kind_of(data)
    found = _Found()
    parser = _PARSERS.get(kind)
    if parser is not None:
        try:
            parser(data, found)
        except (struct.error, IndexError):
            # A header field runs past the end of the data.
            found.truncated = True
            found.damaged = found.width is None
    elif kind is FileKind.PDF and b"%%EOF" not in data[-1024:]:
        found.truncated = True
    problems: list[Problem] = []
    if found.truncated:
        problems.append(Problem.TRUNCATED)
    if found.damaged:
        problems.append(Problem.DAMAGED)
    if kind.is_image and not kind.is_supported_image:
        problems.append(Problem.UNSUPPORTED)
    return Sniffed(
        kind=kind,
        size=len(data),
        width=found.width,
        height=found.height,
        frames=found.frames,
        animated=found.animated,
        orientation=found.orientation,
        problems=tuple(problems),
    )


def kind_from_name(filename: str | None) -> FileKind | None:
    """The type a file name's extension claims, if it is one we know."""
    if not filename or "." not in filename:
        return None
    return _EXTENSIONS.get(filename.rsplit(".", 1)[1].lower())


# ---------------------------------------------------------------------------- intake


def format_size(size: int) -> str:
    """A byte count for people, Indonesian style: ``"12,5 MB"``."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f}".replace(".", ",") + f" {unit}"
    return f"{size} byte"


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:.1f}".replace(".", ",")


class IntakeError(AsnError):
    """A file that cannot be taken in as evidence as it is."""

    exit_code = 21


class EmptyFile(IntakeError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Berkas {name} kosong (0 byte); tidak ada yang dapat dijadikan bukti."
    )


class FileTooLarge(IntakeError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Berkas {name} berukuran {size}, melebihi batas {limit}."
    )


class NotAnImage(IntakeError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Berkas {name} bukan gambar: isinya {found}. Pilih tangkapan layar atau foto "
        "(PNG, JPEG, GIF, WebP, BMP atau TIFF).",
    )


class UnsupportedImage(IntakeError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Gambar {name} berformat {format}, yang belum dapat ditampilkan aplikasi ini. Ubah "
        "dahulu ke JPEG atau PNG (misalnya dengan aplikasi Foto), lalu tambahkan lagi.",
    )


class DamagedFile(IntakeError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Berkas {name} ({format}) tidak utuh: {problem}. Salin atau unduh ulang dari sumbernya.",
    )


class TooManyPixels(IntakeError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Gambar {name} berukuran {width} × {height} piksel ({megapixels} megapiksel), melebihi "
        "batas {limit} megapiksel. Perkecil atau potong gambarnya terlebih dahulu.",
    )


@dataclass(frozen=True)
class Notice:
    """Something the user should know about a file that was accepted."""

    template: str
    params: dict[str, Any]

    def message(self, translate: Translate | None = None) -> str:
        # Same rules as AsnError.message: string parameters are translated too.
        tr = translate or (lambda text: text)
        params = {k: tr(v) if isinstance(v, str) else v for k, v in self.params.items()}
        try:
            return tr(self.template).format(**params)
        except (KeyError, IndexError, ValueError):
            return tr(self.template)

    def __str__(self) -> str:
        return self.message()


MISLABELLED = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "Nama berkas {name} berakhiran .{extension}, tetapi isinya {format}; berkas diterima "
    "sebagai {format}.",
)
ANIMATED = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "{name} adalah {format} beranimasi ({frames} bingkai); hanya bingkai pertama yang ditampilkan.",
)
KEPT_UNSHOWN = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "{name} berformat {format}, yang belum dapat ditampilkan; berkas disimpan apa adanya.",
)


@dataclass(frozen=True)
class Intake:
    """A file accepted for intake: its bytes, what they are, and notes for the user."""

    data: bytes
    name: str
    sniffed: Sniffed
    notices: tuple[Notice, ...] = ()


def _read(source: bytes | Path, name: str, max_bytes: int) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > max_bytes:
            raise FileTooLarge(name=name, size=format_size(len(data)), limit=format_size(max_bytes))
        return data
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            # Refused from its size alone, without reading a byte of it.
            raise FileTooLarge(name=name, size=format_size(size), limit=format_size(max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise IntakeError(
            QT_TRANSLATE_NOOP("asn_monitor", "Berkas {path} tidak dapat dibaca: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    if len(data) > max_bytes:  # it grew while we looked
        raise FileTooLarge(name=name, size=format_size(len(data)), limit=format_size(max_bytes))
    return data


def intake_check(
    source: bytes | Path,
    filename: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    *,
    expect_image: bool = True,
) -> Intake:
    """Check a file before it becomes evidence; raise an :class:`IntakeError` subclass, with
    a message that tells the user what to do, when it must be refused.

    ``expect_image`` is for screenshots and photos; without it any non-empty, intact file
    is taken (a PDF letter, a saved page), still with notes where it is not what it says.
    """
    name = filename or (source.name if isinstance(source, Path) else "")
    data = _read(source, name, max_bytes)
    if not data:
        raise EmptyFile(name=name)
    found = sniff(data)
    kind = found.kind
    notices: list[Notice] = []
    if expect_image and not kind.is_image:
        raise NotAnImage(name=name, found=kind.label)
    if Problem.UNSUPPORTED in found.problems:
        if expect_image:
            raise UnsupportedImage(name=name, format=kind.label)
        notices.append(Notice(KEPT_UNSHOWN, {"name": name, "format": kind.label}))
    for problem in (Problem.TRUNCATED, Problem.DAMAGED):
        if problem in found.problems:
            raise DamagedFile(name=name, format=kind.label, problem=problem.label)
    if found.pixels is not None and found.pixels > max_pixels:
        assert found.width is not None and found.height is not None
        raise TooManyPixels(
            name=name,
            width=found.width,
            height=found.height,
            megapixels=_megapixels(found.pixels),
            limit=_megapixels(max_pixels),
        )
    claimed = kind_from_name(filename)
    same_family = {claimed, kind} <= {FileKind.HEIC, FileKind.HEIF}
    if claimed is not None and claimed is not kind and not same_family:
        extension = (filename or "").rsplit(".", 1)[1]
        notices.append(
            Notice(MISLABELLED, {"name": name, "extension": extension, "format": kind.label})
        )
    if found.animated:
        notices.append(
            Notice(ANIMATED, {"name": name, "format": kind.label, "frames": found.frames or 2})
        )
    return Intake(data=data, name=name, sniffed=found, notices=tuple(notices))
