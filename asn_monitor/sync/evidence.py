"""Evidence files, content-addressed by SHA-256.

Each PC keeps a cache (``<workspace>/evidence``) and the share keeps the office copy
(``<shared>/evidence``); both use ``<first two hex>/<sha256>``. A file is written to a
temporary name, fsynced and renamed, so a reader never sees half a file; it is never
modified afterwards; and it is verified against its name whenever it is read.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

from asn_monitor.errors import AsnError, HubUnavailable, NotFound
from asn_monitor.i18n import QT_TRANSLATE_NOOP

_CHUNK = 1 << 20


class EvidenceDamaged(AsnError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Berkas bukti {sha} rusak (isi tidak cocok dengan sidiknya) di {path}.",
    )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _place(root: Path, sha: str) -> Path:
    return root / sha[:2] / sha


def _write_atomically(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.parent / f".{target.name}.{uuid.uuid4().hex}.tmp"
    try:
        with source.open("rb") as src, temp.open("wb") as dst:
            shutil.copyfileobj(src, dst, _CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _write_bytes_atomically(data: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.parent / f".{target.name}.{uuid.uuid4().hex}.tmp"
    try:
        with temp.open("wb") as dst:
            dst.write(data)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


class EvidenceStore:
    def __init__(self, cache_dir: Path, shared_dir: Path | None) -> None:
        self.cache_dir = cache_dir
        self.shared_dir = shared_dir

    def add_bytes(self, data: bytes) -> str:
        """Put bytes already in memory (checked at intake, pasted, fetched) into the cache.

        Storing exactly the bytes that were checked means a file changed on disk between
        the check and the copy cannot slip in unchecked.
        """
        sha = hashlib.sha256(data).hexdigest()
        target = _place(self.cache_dir, sha)
        try:
            if not target.exists():
                _write_bytes_atomically(data, target)
        except OSError as exc:
            raise AsnError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Berkas bukti tidak dapat disimpan di {path}: {detail}"
                ),
                path=str(self.cache_dir),
                detail=exc.strerror or str(exc),
            ) from exc
        return sha

    def copies(self, sha: str) -> list[Path]:
        """The copies of a file that exist now: this PC's cache first, then the share's.

        Nothing is fetched or verified; :meth:`open_path` does both.
        """
        roots = [self.cache_dir] + ([self.shared_dir] if self.shared_dir is not None else [])
        out = []
        for root in roots:
            try:
                if _place(root, sha).is_file():
                    out.append(_place(root, sha))
            except OSError:
                continue  # a share that is gone has no copies
        return out

    def add(self, source: Path) -> str:
        """Copy a file into the local cache; returns its SHA-256 (the sync uploads it)."""
        try:
            sha = sha256_of(source)
            target = _place(self.cache_dir, sha)
            if not target.exists():
                _write_atomically(source, target)
        except OSError as exc:
            raise AsnError(
                QT_TRANSLATE_NOOP("asn_monitor", "Berkas {path} tidak dapat dibaca: {detail}"),
                path=str(source),
                detail=exc.strerror or str(exc),
            ) from exc
        return sha

    def on_share(self, sha: str) -> bool:
        return self.shared_dir is not None and _place(self.shared_dir, sha).is_file()

    def upload(self, sha: str) -> bool:
        """Make sure the share has the file; True if it had to be copied."""
        if self.shared_dir is None or self.on_share(sha):
            return False
        local = _place(self.cache_dir, sha)
        if not local.is_file():
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Berkas bukti {sha} tidak ada di komputer ini maupun di folder bersama.",
                ),
                sha=sha[:12],
            )
        if sha256_of(local) != sha:
            raise EvidenceDamaged(sha=sha[:12], path=str(local))
        try:
            _write_atomically(local, _place(self.shared_dir, sha))
        except OSError as exc:
            raise HubUnavailable(
                path=str(self.shared_dir), detail=exc.strerror or str(exc)
            ) from exc
        return True

    def open_path(self, sha: str) -> Path:
        """A verified local copy of the file, fetched from the share if needed."""
        local = _place(self.cache_dir, sha)
        if local.is_file() and sha256_of(local) == sha:
            return local
        if self.shared_dir is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Berkas bukti {sha} tidak ditemukan."),
                sha=sha[:12],
            )
        remote = _place(self.shared_dir, sha)
        try:
            if not remote.is_file():
                raise NotFound(
                    QT_TRANSLATE_NOOP("asn_monitor", "Berkas bukti {sha} tidak ditemukan."),
                    sha=sha[:12],
                )
            _write_atomically(remote, local)
        except OSError as exc:
            raise HubUnavailable(
                path=str(self.shared_dir), detail=exc.strerror or str(exc)
            ) from exc
        if sha256_of(local) != sha:
            local.unlink(missing_ok=True)
            raise EvidenceDamaged(sha=sha[:12], path=str(remote))
        return local

    @staticmethod
    def files(root: Path) -> Iterator[tuple[str, Path]]:
        if not root.is_dir():
            return
        for folder in sorted(root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                for path in sorted(folder.iterdir()):
                    if not path.name.startswith("."):
                        yield path.name, path

    def verify(self, root: Path) -> list[tuple[str, str]]:
        """Every file under ``root`` whose content does not match its name."""
        bad = []
        for sha, path in self.files(root):
            try:
                if sha256_of(path) != sha:
                    bad.append((sha, str(path)))
            except OSError as exc:
                bad.append((sha, f"{path}: {exc.strerror or exc}"))
        return bad
