"""A file's real type, size and soundness from its bytes, and the intake rules built on it.

The files are crafted here byte by byte (the headers are what is under test); one test
cross-checks against real encoders when PySide6 is available.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from asn_monitor.capture.sniff import (
    DamagedFile,
    EmptyFile,
    FileKind,
    FileTooLarge,
    IntakeError,
    NotAnImage,
    Problem,
    TooManyPixels,
    UnsupportedImage,
    format_size,
    intake_check,
    kind_from_name,
    sniff,
)

# ---------------------------------------------------------------------------- builders


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def make_png(
    width: int = 3, height: int = 2, *, animated_frames: int = 0, pixels: bool = True
) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height)) if pixels else b""
    out = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
    if animated_frames:
        out += png_chunk(b"acTL", struct.pack(">II", animated_frames, 0))
    return out + png_chunk(b"IDAT", zlib.compress(rows)) + png_chunk(b"IEND", b"")


def exif_orientation(value: int, order: str = "<") -> bytes:
    mark = b"II" if order == "<" else b"MM"
    tiff = mark + struct.pack(order + "HI", 42, 8)
    tiff += struct.pack(order + "H", 1) + struct.pack(order + "HHIHH", 0x0112, 3, 1, value, 0)
    tiff += struct.pack(order + "I", 0)
    return b"Exif\x00\x00" + tiff


def make_jpeg(width: int = 640, height: int = 480, *, orientation: int | None = None) -> bytes:
    out = b"\xff\xd8"
    out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    if orientation is not None:
        app1 = exif_orientation(orientation, ">")
        out += b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
    sof = struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"
    out += b"\xff\xc0" + struct.pack(">H", len(sof) + 2) + sof
    sos = b"\x01\x01\x00\x00\x3f\x00"
    out += b"\xff\xda" + struct.pack(">H", len(sos) + 2) + sos
    out += b"\x12\x34\xff\x00\x56\xff\xd3\x78"  # entropy data with a stuffed byte and a restart
    return out + b"\xff\xd9"


# The classic 1 × 1 GIF image data: LZW minimum code size 2, one sub-block, terminator.
GIF_FRAME = (
    b"\x21\xf9\x04\x00\x0a\x00\x00\x00"  # graphic control extension (delay)
    b"\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00"  # image descriptor, no local colour table
    b"\x02\x02\x44\x01\x00"
)


def make_gif(width: int = 1, height: int = 1, frames: int = 1, *, trailer: bool = True) -> bytes:
    out = b"GIF89a" + struct.pack("<HH", width, height) + b"\x80\x00\x00"
    out += b"\x00\x00\x00\xff\xff\xff"  # two-colour global table
    out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"  # loop extension
    out += GIF_FRAME * frames
    return out + (b"\x3b" if trailer else b"")


def riff(chunks: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + chunks


def webp_chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) % 2 else b"")


def webp_lossless(width: int, height: int) -> bytes:
    bits = (width - 1) | (height - 1) << 14
    return riff(webp_chunk(b"VP8L", b"\x2f" + struct.pack("<I", bits) + b"\x00" * 6))


def webp_lossy(width: int, height: int) -> bytes:
    body = b"\x00\x00\x00\x9d\x01\x2a" + struct.pack("<HH", width, height) + b"\x00" * 8
    return riff(webp_chunk(b"VP8 ", body))


def webp_animated(width: int, height: int, frames: int, orientation: int | None = None) -> bytes:
    flags = 0x02 | (0x08 if orientation else 0)
    vp8x = bytes([flags, 0, 0, 0]) + (width - 1).to_bytes(3, "little")
    vp8x += (height - 1).to_bytes(3, "little")
    chunks = webp_chunk(b"VP8X", vp8x) + webp_chunk(b"ANIM", b"\x00" * 6)
    chunks += webp_chunk(b"ANMF", b"\x00" * 16) * frames
    if orientation:
        chunks += webp_chunk(b"EXIF", exif_orientation(orientation)[6:])
    return riff(chunks)


def make_bmp(width: int, height: int, *, top_down: bool = False) -> bytes:
    row = (width * 3 + 3) // 4 * 4
    pixels = b"\x00" * row * height
    size = 14 + 40 + len(pixels)
    head = b"BM" + struct.pack("<IHHI", size, 0, 0, 54)
    info = struct.pack(
        "<IiiHHIIiiII",
        40,
        width,
        -height if top_down else height,
        1,
        24,
        0,
        len(pixels),
        0,
        0,
        0,
        0,
    )
    return head + info + pixels


def make_tiff(width: int, height: int, orientation: int = 1) -> bytes:
    entries = [(256, 4, 1, width), (257, 3, 1, height), (0x0112, 3, 1, orientation)]
    out = b"II" + struct.pack("<HI", 42, 8) + struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        value_bytes = struct.pack("<I", value) if kind == 4 else struct.pack("<HH", value, 0)
        out += struct.pack("<HHI", tag, kind, count) + value_bytes
    return out + struct.pack("<I", 0)


def ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\x00\x00\x00\x08mdat"


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
HTML = b"\xef\xbb\xbf\n  <!DOCTYPE html>\n<html><head><title>x</title></head><body></body></html>"


# ---------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("data", "kind", "size"),
    [
        (make_png(3, 2), FileKind.PNG, (3, 2)),
        (make_jpeg(640, 480), FileKind.JPEG, (640, 480)),
        (make_gif(320, 200), FileKind.GIF, (320, 200)),
        (webp_lossless(1080, 2400), FileKind.WEBP, (1080, 2400)),
        (webp_lossy(800, 600), FileKind.WEBP, (800, 600)),
        (webp_animated(300, 200, 2), FileKind.WEBP, (300, 200)),
        (make_bmp(4, 3), FileKind.BMP, (4, 3)),
        (make_bmp(4, 3, top_down=True), FileKind.BMP, (4, 3)),
        (make_tiff(70000, 9), FileKind.TIFF, (70000, 9)),
    ],
)
def test_images_and_their_sizes(data: bytes, kind: FileKind, size: tuple[int, int]) -> None:
    found = sniff(data)
    assert found.kind is kind and found.mime.startswith("image/")
    assert (found.width, found.height) == size
    assert found.problems == ()
    assert found.is_image and found.kind.is_supported_image


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (ftyp(b"heic", b"mif1", b"heic"), FileKind.HEIC),
        (ftyp(b"mif1", b"heix"), FileKind.HEIC),
        (ftyp(b"mif1", b"miaf"), FileKind.HEIF),
        (ftyp(b"avif", b"mif1", b"miaf"), FileKind.AVIF),
    ],
)
def test_heic_family_is_named_and_unsupported(data: bytes, kind: FileKind) -> None:
    found = sniff(data)
    assert found.kind is kind and found.is_image
    assert Problem.UNSUPPORTED in found.problems
    assert found.summary == f"unsupported: {kind.label}"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (PDF, FileKind.PDF),
        (HTML, FileKind.HTML),
        (b"<!-- saved -->\n<html lang='id'>", FileKind.HTML),
        (ftyp(b"isom", b"mp41"), FileKind.MP4),
        (b"PK\x03\x04rest of a zip", FileKind.UNKNOWN),
        (b"plain text", FileKind.UNKNOWN),
        (b"", FileKind.EMPTY),
    ],
)
def test_other_kinds(data: bytes, kind: FileKind) -> None:
    found = sniff(data)
    assert found.kind is kind and not found.is_image and found.width is None


def test_gif_frames_and_animation() -> None:
    still = sniff(make_gif(frames=1))
    assert still.frames == 1 and not still.animated
    moving = sniff(make_gif(frames=3))
    assert moving.frames == 3 and moving.animated
    assert sniff(make_png(animated_frames=4)).animated
    assert sniff(webp_animated(10, 10, 5)).frames == 5


@pytest.mark.parametrize("value", range(1, 9))
def test_exif_orientation(value: int) -> None:
    assert sniff(make_jpeg(orientation=value)).orientation == value


def test_orientation_elsewhere_and_absent() -> None:
    assert sniff(make_jpeg()).orientation is None
    assert sniff(make_jpeg(orientation=0)).orientation is None  # out of range: ignored
    assert sniff(make_tiff(5, 5, orientation=6)).orientation == 6
    assert sniff(webp_animated(5, 5, 1, orientation=8)).orientation == 8


@pytest.mark.parametrize(
    "data",
    [
        make_png()[:-12],  # no IEND
        make_png()[:30],  # cut inside IDAT
        make_png()[:20],  # cut inside IHDR
        make_jpeg()[:-2],  # no EOI
        make_jpeg()[:40],  # cut before the scan
        make_gif(frames=2, trailer=False),
        make_gif(frames=2)[:-4],
        webp_lossless(5, 5)[:-3],
        make_bmp(10, 10)[:-50],
        PDF[:-7],
    ],
)
def test_truncated_files(data: bytes) -> None:
    assert Problem.TRUNCATED in sniff(data).problems


def test_a_motion_photo_with_data_after_the_jpeg_is_not_truncated() -> None:
    found = sniff(make_jpeg() + b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100)
    assert found.problems == ()


def test_jpeg_without_a_frame_header_is_damaged() -> None:
    no_sof = b"\xff\xd8\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00\x12\xff\xd9"
    assert Problem.DAMAGED in sniff(no_sof).problems
    assert Problem.DAMAGED in sniff(b"\xff\xd8\xff\xe0\x00\x04ab\x00\x00\x00").problems


def test_summary_and_names() -> None:
    assert sniff(make_png(3, 2)).summary == "PNG 3×2"
    assert kind_from_name("Bukti.JPG") is FileKind.JPEG
    assert kind_from_name("noext") is None and kind_from_name("a.xyz") is None
    assert format_size(1536) == "1,5 KB" and format_size(12) == "12 byte"
    assert format_size(50 * 1024 * 1024) == "50,0 MB"


# ---------------------------------------------------------------------------- intake


def test_a_good_image_is_taken_without_notes(tmp_path: Path) -> None:
    path = tmp_path / "tangkapan.png"
    path.write_bytes(make_png(30, 20))
    intake = intake_check(path)
    assert intake.name == "tangkapan.png" and intake.sniffed.kind is FileKind.PNG
    assert intake.notices == () and intake.data == path.read_bytes()


def test_empty_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "kosong.png"
    path.write_bytes(b"")
    with pytest.raises(EmptyFile, match=r"kosong\.png kosong"):
        intake_check(path)
    with pytest.raises(EmptyFile):
        intake_check(b"", "x.jpg")


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "besar.png"
    with path.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024 * 1024)  # sparse: reading it would take a while
    with pytest.raises(FileTooLarge) as caught:
        intake_check(path, max_bytes=100 * 1024 * 1024)
    assert "3,0 GB" in str(caught.value) and "100,0 MB" in str(caught.value)
    with pytest.raises(FileTooLarge):
        intake_check(make_png(), "a.png", max_bytes=10)


def test_unreadable_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match="tidak dapat dibaca"):
        intake_check(tmp_path / "tidak-ada.png")


def test_mislabelled_image_is_taken_with_a_note() -> None:
    intake = intake_check(make_jpeg(), "bukti.png")
    assert intake.sniffed.kind is FileKind.JPEG
    (note,) = intake.notices
    assert ".png" in str(note) and "JPEG" in str(note)
    # Different spellings of the same type are not a mislabel.
    assert intake_check(make_jpeg(), "bukti.jfif").notices == ()
    assert intake_check(make_jpeg(), "tanpa-ekstensi").notices == ()


def test_bytes_that_are_not_an_image_are_refused() -> None:
    with pytest.raises(NotAnImage, match="dokumen PDF"):
        intake_check(PDF, "bukti.png")
    with pytest.raises(NotAnImage, match="halaman web"):
        intake_check(HTML, "bukti.jpg")
    with pytest.raises(NotAnImage, match="tidak dikenali"):
        intake_check(b"just some text", "catatan.txt")


def test_documents_are_taken_when_no_image_is_expected() -> None:
    intake = intake_check(PDF, "surat.pdf", expect_image=False)
    assert intake.sniffed.kind is FileKind.PDF and intake.notices == ()
    renamed = intake_check(PDF, "surat.png", expect_image=False)
    assert "dokumen PDF" in str(renamed.notices[0])
    with pytest.raises(DamagedFile):
        intake_check(PDF[:-7], "surat.pdf", expect_image=False)


def test_heic_is_refused_by_name() -> None:
    with pytest.raises(UnsupportedImage) as caught:
        intake_check(ftyp(b"heic", b"mif1"), "IMG_0042.HEIC")
    assert "HEIC" in str(caught.value) and "JPEG atau PNG" in str(caught.value)
    # Even when the name hides it.
    with pytest.raises(UnsupportedImage, match="AVIF"):
        intake_check(ftyp(b"avif"), "foto.jpg")
    kept = intake_check(ftyp(b"heic"), "IMG.heic", expect_image=False)
    assert "HEIC" in str(kept.notices[0])


def test_animated_gif_is_taken_with_a_note() -> None:
    intake = intake_check(make_gif(frames=3), "animasi.gif")
    (note,) = intake.notices
    assert "3 bingkai" in str(note) and "bingkai pertama" in str(note)


def test_pixel_limit_is_checked_before_decoding() -> None:
    huge = make_png(20_000, 20_000, pixels=False)
    with pytest.raises(TooManyPixels) as caught:
        intake_check(huge, "panjang.png")
    message = str(caught.value)
    assert "20000 × 20000" in message and "400,0 megapiksel" in message and "100,0" in message
    assert intake_check(huge, "panjang.png", max_pixels=400_000_000).sniffed.pixels == 400_000_000


@pytest.mark.parametrize("data", [make_png()[:-12], make_jpeg()[:-2], make_gif(trailer=False)])
def test_truncated_images_are_refused(data: bytes) -> None:
    with pytest.raises(DamagedFile, match="terpotong"):
        intake_check(data, "bukti")


def test_messages_translate() -> None:
    english = {
        "{name} adalah {format} beranimasi ({frames} bingkai); hanya bingkai pertama yang "
        "ditampilkan.": "{name} is an animated {format} ({frames} frames); only the first is shown.",
        "dokumen PDF": "a PDF document",
    }
    (note,) = intake_check(make_gif(frames=2), "a.gif").notices
    assert (
        note.message(lambda s: english.get(s, s))
        == "a.gif is an animated GIF (2 frames); only the first is shown."
    )
    with pytest.raises(NotAnImage) as caught:
        intake_check(PDF, "x.png")
    assert "a PDF document" in caught.value.message(lambda s: english.get(s, s))


def test_exit_code() -> None:
    assert EmptyFile(name="x").exit_code == IntakeError.exit_code == 21


# ---------------------------------------------------------------------------- real encoders


def test_real_files_from_qt_encoders_and_decoder_agree(tmp_path: Path) -> None:
    """Files written by Qt's own encoders sniff as they should; crafted GIFs decode in Qt."""
    qt_core = pytest.importorskip("PySide6.QtCore")
    qt_gui = pytest.importorskip("PySide6.QtGui")
    image = qt_gui.QImage(37, 23, qt_gui.QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    expected = {
        "PNG": FileKind.PNG,
        "JPEG": FileKind.JPEG,
        "BMP": FileKind.BMP,
        "TIFF": FileKind.TIFF,
        "WEBP": FileKind.WEBP,
    }
    for fmt, kind in expected.items():
        buffer = qt_core.QBuffer()
        buffer.open(qt_core.QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, fmt):
            continue
        found = sniff(bytes(buffer.data().data()))
        assert (found.kind, found.width, found.height, found.problems) == (kind, 37, 23, ()), fmt
    path = tmp_path / "anim.gif"
    path.write_bytes(make_gif(5, 4, frames=3))
    reader = qt_gui.QImageReader(str(path))
    assert reader.imageCount() == 3 and reader.size().width() == 5
