"""Where the application finds its resources and keeps its default workspace."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
APP_DIR_NAME = "ASN Monitor"


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (data the office may correct)."""
    return _ROOT.joinpath("resources", *parts)


def default_data_dir(environ: dict[str, str] | None = None) -> Path:
    """The per-user data directory, following each platform's convention.

    Taken from the environment at call time (never cached) so that tests can point HOME
    or XDG_DATA_HOME at a temporary directory.
    """
    env = os.environ if environ is None else environ
    if sys.platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or env.get("APPDATA") or str(Path.home())
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return (
            Path(env.get("HOME", str(Path.home())))
            / "Library"
            / "Application Support"
            / APP_DIR_NAME
        )
    xdg = env.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path(env.get("HOME", str(Path.home()))) / ".local" / "share"
    return base / "asn-monitor"


def default_workspace_dir(environ: dict[str, str] | None = None) -> Path:
    return default_data_dir(environ) / "workspace"


# File systems on which SQLite's locking cannot be trusted and WAL does not work at all
# (SQLite's own documentation); the local store must never live on one.
NETWORK_FILESYSTEMS = frozenset(
    {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "ceph", "glusterfs", "fuse.sshfs", "9p"}
)


# Mount options that turn the server's byte-range locks into local ones: SQLite's locks then
# protect nothing between PCs, and the hub is corrupted by the first two writers at once.
UNSAFE_LOCK_OPTIONS = frozenset({"nobrl", "nolock", "local_lock=all", "local_lock=posix"})


def unsafe_lock_options(path: Path, mounts_text: str | None = None) -> list[str]:
    """The options of ``path``'s mount that defeat file locking (Linux; [] elsewhere)."""
    if sys.platform.startswith("win"):
        return []
    mount = _mount_of(path, mounts_text)
    if mount is None:
        return []
    return sorted(set(mount[2].split(",")) & UNSAFE_LOCK_OPTIONS)


def _mount_of(path: Path, mounts_text: str | None) -> tuple[str, str, str] | None:
    """(mount point, type, options) of the mount holding ``path``."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    resolved = str(Path(os.path.abspath(path)))
    best: tuple[str, str, str] | None = None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 4:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= len(best[0])):
            best = (mount_point, parts[2], parts[3])
    return best


def network_filesystem(path: Path, mounts_text: str | None = None) -> str | None:
    """The network file-system type ``path`` lives on, or None for a local disk.

    ``mounts_text`` is the content of /proc/mounts (read from the system when None);
    Windows paths are judged by their UNC form or the drive's type.
    """
    text = str(path)
    if text.startswith(("\\\\", "//")) and sys.platform.startswith("win"):
        return "smb"
    if sys.platform.startswith("win"):
        return _windows_remote_drive(path)
    mount = _mount_of(path, mounts_text)
    if mount is None:
        return None
    return mount[1] if mount[1] in NETWORK_FILESYSTEMS else None


def _windows_remote_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return None
    drive_remote = 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return "smb" if kind == drive_remote else None
