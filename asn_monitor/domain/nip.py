"""Structure checks for NIP (PNS) and NI PPPK numbers.

A NIP is 18 digits ``YYYYMMDD YYYYMM G NNN``: birth date, month of first appointment,
sex (1 male, 2 female) and a sequence. It has no checksum, so only its structure can be
validated. A NIK (16-digit population number) is a different identifier: we say so when
someone types one where a NIP belongs rather than trying to read it as a NIP.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from asn_monitor.errors import NipError
from asn_monitor.i18n import QT_TRANSLATE_NOOP

NIP_LENGTH = 18
NIK_LENGTH = 16
_SPACES = re.compile(r"\s+")
# Youngest plausible age at first appointment; below it we warn but accept, since the
# rule set (DOMAIN.md) only asks for "after the birth date".
_MIN_PLAUSIBLE_AGE = 17


@dataclass(frozen=True)
class NipInfo:
    digits: str
    birth_date: dt.date
    appointment_year: int
    appointment_month: int
    sex: str  # "L" (laki-laki) or "P" (perempuan)
    sequence: int
    warnings: tuple[str, ...] = field(default=())

    @property
    def formatted(self) -> str:
        d = self.digits
        return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"

    @property
    def appointment(self) -> str:
        return f"{self.appointment_month:02d}/{self.appointment_year}"


def normalize(text: str) -> str:
    """Remove the spaces people type between the NIP's parts."""
    return _SPACES.sub("", text or "")


def parse_nip(text: str, today: dt.date | None = None) -> NipInfo:
    """Validate a PNS NIP and return its parts; raise :class:`NipError` saying what is wrong."""
    today = today or dt.date.today()
    digits = normalize(text)
    if not digits:
        raise NipError(QT_TRANSLATE_NOOP("asn_monitor", "NIP wajib diisi."))
    if not digits.isascii() or not digits.isdigit():
        raise NipError(QT_TRANSLATE_NOOP("asn_monitor", "NIP hanya boleh berisi angka dan spasi."))
    if len(digits) == NIK_LENGTH:
        raise NipError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Nomor ini 16 digit: itu NIK (nomor kependudukan), bukan NIP. NIP terdiri dari 18 digit.",
            )
        )
    if len(digits) != NIP_LENGTH:
        raise NipError(
            QT_TRANSLATE_NOOP("asn_monitor", "NIP harus 18 digit; yang dimasukkan {count} digit."),
            count=len(digits),
        )
    try:
        birth = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise NipError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "8 digit pertama NIP ({part}) bukan tanggal lahir yang valid."
            ),
            part=digits[0:8],
        ) from None
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12:
        raise NipError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Digit 9–14 NIP ({part}) bukan bulan pengangkatan yang valid."
            ),
            part=digits[8:14],
        )
    if (year, month) <= (birth.year, birth.month):
        raise NipError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Bulan pengangkatan {appointment} tidak mungkin sebelum atau sama dengan bulan lahir.",
            ),
            appointment=f"{month:02d}/{year}",
        )
    if (year, month) > (today.year, today.month):
        raise NipError(
            QT_TRANSLATE_NOOP("asn_monitor", "Bulan pengangkatan {appointment} ada di masa depan."),
            appointment=f"{month:02d}/{year}",
        )
    sex_digit = digits[14]
    if sex_digit not in "12":
        raise NipError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Digit ke-15 NIP (jenis kelamin) harus 1 atau 2, bukan {digit}.",
            ),
            digit=sex_digit,
        )
    sequence = int(digits[15:18])
    if sequence < 1:
        raise NipError(
            QT_TRANSLATE_NOOP("asn_monitor", "Nomor urut NIP (3 digit terakhir) tidak boleh 000.")
        )
    warnings: list[str] = []
    age_at_appointment = year - birth.year - (1 if month < birth.month else 0)
    if age_at_appointment < _MIN_PLAUSIBLE_AGE:
        warnings.append(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Usia saat pengangkatan kurang dari 17 tahun; periksa kembali NIP."
            )
        )
    return NipInfo(
        digits=digits,
        birth_date=birth,
        appointment_year=year,
        appointment_month=month,
        sex="L" if sex_digit == "1" else "P",
        sequence=sequence,
        warnings=tuple(warnings),
    )


def check_pppk_number(text: str) -> str:
    """Check an NI PPPK: 18 digits. Its inner layout is unverified (DOMAIN.md), so no more."""
    digits = normalize(text)
    if not digits:
        raise NipError(QT_TRANSLATE_NOOP("asn_monitor", "NI PPPK wajib diisi."))
    if not digits.isascii() or not digits.isdigit():
        raise NipError(
            QT_TRANSLATE_NOOP("asn_monitor", "NI PPPK hanya boleh berisi angka dan spasi.")
        )
    if len(digits) == NIK_LENGTH:
        raise NipError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Nomor ini 16 digit: itu NIK (nomor kependudukan), bukan NI PPPK (18 digit).",
            )
        )
    if len(digits) != NIP_LENGTH:
        raise NipError(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "NI PPPK harus 18 digit; yang dimasukkan {count} digit."
            ),
            count=len(digits),
        )
    return digits


def check_nik(text: str) -> str:
    """Check a NIK (population number): 16 digits. Used for reporters, never for ASN."""
    digits = normalize(text)
    if not digits.isascii() or not digits.isdigit() or len(digits) != NIK_LENGTH:
        if len(digits) == NIP_LENGTH and digits.isdigit():
            raise NipError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Nomor ini 18 digit: itu NIP, bukan NIK (16 digit)."
                )
            )
        raise NipError(QT_TRANSLATE_NOOP("asn_monitor", "NIK harus 16 digit angka."))
    return digits
