"""Password hashing with scrypt (memory-hard, in the standard library).

The stored string carries its own parameters so that the cost can be raised later
without locking anyone out: ``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from asn_monitor.errors import ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP

MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class PasswordHasher:
    # n=2**15, r=8 uses 32 MiB and ~0.1 s per hash here: slow for guessing, fine for a login.
    n: int = 2**15
    r: int = 8
    p: int = 1
    dklen: int = 32

    def hash(self, password: str) -> str:
        salt = secrets.token_bytes(16)
        digest = self._derive(password, salt, self.n, self.r, self.p, self.dklen)
        return "$".join(
            [
                "scrypt",
                str(self.n),
                str(self.r),
                str(self.p),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def verify(self, password: str, stored: str) -> bool:
        try:
            scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
            if scheme != "scrypt":
                return False
            salt = base64.b64decode(salt_b64)
            expected = base64.b64decode(digest_b64)
            digest = self._derive(password, salt, int(n), int(r), int(p), len(expected))
        except (ValueError, TypeError):
            return False
        return hmac.compare_digest(digest, expected)

    @staticmethod
    def _derive(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
        return hashlib.scrypt(
            password.encode("utf-8"),
            salt=salt,
            n=n,
            r=r,
            p=p,
            maxmem=128 * r * (n + p + 2) + 1024 * 1024,
            dklen=dklen,
        )


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Kata sandi minimal {count} karakter."),
            count=MIN_PASSWORD_LENGTH,
        )
    if password.strip() != password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Kata sandi tidak boleh diawali atau diakhiri spasi.")
        )
