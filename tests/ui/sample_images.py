"""Pictures for the evidence tests: a phone screenshot of a social-media post, drawn."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter


def social_post(width: int = 1080, height: int = 1500) -> QImage:
    """A Facebook-like post by a civil servant supporting a candidate, as a phone shows it."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0f2f5"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = width / 1080
    p.fillRect(QRectF(0, 0, width, 70 * s), QColor("#1877f2"))
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(34 * s))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(30 * s, 0, width, 70 * s), int(Qt.AlignmentFlag.AlignVCenter), "facebook")
    p.fillRect(QRectF(0, 90 * s, width, 1180 * s), QColor("white"))
    p.setBrush(QColor("#8d6e63"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QRectF(30 * s, 115 * s, 90 * s, 90 * s))
    p.setPen(QColor("#050505"))
    font.setPixelSize(round(30 * s))
    p.setFont(font)
    p.drawText(QRectF(140 * s, 120 * s, width, 40 * s), 0, "Budi Santoso, S.Sos (ASN Dinas PUPR)")
    font.setBold(False)
    font.setPixelSize(round(24 * s))
    p.setFont(font)
    p.setPen(QColor("#65676b"))
    p.drawText(QRectF(140 * s, 165 * s, width, 34 * s), 0, "12 Februari 2024 pukul 20.15 · Publik")
    p.setPen(QColor("#050505"))
    font.setPixelSize(round(30 * s))
    p.setFont(font)
    lines = [
        "Ayo dukung pasangan nomor urut 2!",
        "Bersama kita menangkan Pilkada 2024.",
        "Jangan lupa coblos tanggal 27 November. #Menang2024",
    ]
    for i, line in enumerate(lines):
        p.drawText(QRectF(30 * s, (240 + i * 46) * s, width - 60 * s, 44 * s), 0, line)
    p.fillRect(QRectF(0, 400 * s, width, 700 * s), QColor("#c62828"))
    p.setBrush(QColor("#ffcc80"))
    p.drawEllipse(QRectF(330 * s, 520 * s, 420 * s, 420 * s))
    font.setPixelSize(round(90 * s))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 420 * s, width, 120 * s), int(Qt.AlignmentFlag.AlignCenter), "NOMOR 2")
    font.setPixelSize(round(26 * s))
    font.setBold(False)
    p.setFont(font)
    p.setPen(QColor("#65676b"))
    p.drawText(
        QRectF(30 * s, 1120 * s, width, 40 * s),
        0,
        "👍 1,2 rb     284 komentar     97 kali dibagikan",
    )
    p.drawText(
        QRectF(30 * s, 1190 * s, width, 40 * s), 0, "Suka          Komentari          Bagikan"
    )
    p.end()
    return image
