"""Mock screenshots for the demo workspace: a phone-shaped post with a coloured header, a
"photo" and grey text lines, as a PNG written without any imaging library.

The demo's evidence must be real image files (hashed, stored, synced and shown like any
other), but nothing in it may look like a real person's post; shapes only.
"""

from __future__ import annotations

import random
import struct
import zlib

WIDTH, HEIGHT = 360, 640
PLATFORM_COLOURS = {
    "facebook": (24, 119, 242),
    "instagram": (193, 53, 132),
    "twitter": (20, 23, 26),
    "tiktok": (37, 244, 238),
    "whatsapp": (37, 211, 102),
    "youtube": (255, 0, 0),
}


def mock_screenshot(seed: int, platform: str | None) -> bytes:
    rng = random.Random(seed)
    accent = PLATFORM_COLOURS.get(platform or "", (96, 125, 139))
    white, grey, light = (255, 255, 255), (200, 200, 200), (240, 242, 245)
    photo = tuple(rng.randint(60, 200) for _ in range(3))
    lines = [(rng.randint(120, 330), 330 + i * 22) for i in range(rng.randint(3, 8))]
    rows = []
    for y in range(HEIGHT):
        if y < 56:
            row = _span(accent, WIDTH)
        elif 70 <= y < 110:
            # avatar circle-ish square and the account name bar
            row = _span(white, 16) + _span(accent, 40) + _span(white, 12)
            row += _span(grey if 80 <= y < 92 else white, 160) + _span(white, WIDTH - 228)
        elif 120 <= y < 320:
            row = _span(white, 16) + _span(photo, WIDTH - 32) + _span(white, 16)
        else:
            row = _span(white, WIDTH)
            for length, top in lines:
                if top <= y < top + 10:
                    row = _span(white, 16) + _span(grey, length) + _span(white, WIDTH - 16 - length)
            if y >= HEIGHT - 48:
                row = _span(light, WIDTH)
        rows.append(b"\x00" + row)
    return encode_png(WIDTH, HEIGHT, b"".join(rows))


def _span(colour: tuple[int, ...], length: int) -> bytes:
    return bytes(colour) * length


def encode_png(width: int, height: int, raw: bytes) -> bytes:
    """An 8-bit RGB PNG of ``raw`` scanlines (each a filter byte and width × 3 bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )
