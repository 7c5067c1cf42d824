"""A pass-through FUSE file system that fails on demand: the office share, made to misbehave.

Run as its own process (a FUSE daemon must not share a process with the code that uses
the mount)::

    python -m tests.sync.faultfs BACKING MOUNTPOINT CONTROL

Every operation is passed to the same path under ``BACKING``. While the file ``CONTROL``
exists, every operation except closing a file and looking at the mount's root fails with
``EIO``, as an SMB share does when the server or the network goes away: writes in the
middle of a transaction fail, a journal cannot be created or deleted, a file cannot be
opened. Nothing is served from the kernel's caches (``direct_io``, no attribute cache),
so ``BACKING`` plays the file server and each process a PC. POSIX locks are left to the kernel (the file system does not implement ``lock``),
which is exact for processes on one machine.

:class:`FaultFs` (for the tests) starts the daemon, waits for the mount and unmounts it.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

FUSERMOUNT = "fusermount3"


def fuse_unavailable() -> str | None:
    """Why a FUSE mount cannot be made here, or None when it can."""
    if not Path("/dev/fuse").exists():
        return "/dev/fuse is missing"
    if shutil.which(FUSERMOUNT) is None:
        return f"{FUSERMOUNT} is not installed (apt-get install fuse3)"
    try:
        import mfusepy  # noqa: F401
    except (ImportError, OSError) as exc:  # OSError: libfuse3.so not found by ctypes
        return f"mfusepy cannot be loaded: {exc}"
    return None


def _operations(backing: str, control: str) -> Any:
    import mfusepy

    class PassThrough(mfusepy.Operations):
        """Each call maps ``/x`` to ``backing/x``; fails with EIO while ``control`` exists."""

        use_ns = True

        def _real(self, path: str) -> str:
            if os.path.exists(control):
                raise mfusepy.FuseOSError(errno.EIO)
            return os.path.join(backing, path.lstrip("/"))

        def _check(self) -> None:
            if os.path.exists(control):
                raise mfusepy.FuseOSError(errno.EIO)

        # -- metadata --------------------------------------------------------------

        def getattr(self, path: str, fh: int | None = None) -> dict[str, Any]:
            if path == "/":
                st = os.lstat(backing)
            elif fh is not None:
                self._check()
                st = os.fstat(fh)
            else:
                st = os.lstat(self._real(path))
            keys = ("st_mode", "st_nlink", "st_uid", "st_gid", "st_size")
            attrs = {k: getattr(st, k) for k in keys}
            for name in ("st_atime", "st_mtime", "st_ctime"):
                attrs[name] = getattr(st, name + "_ns")
            return attrs

        def access(self, path: str, amode: int) -> int:
            if path != "/" and not os.access(self._real(path), amode):
                raise mfusepy.FuseOSError(errno.EACCES)
            return 0

        def chmod(self, path: str, mode: int) -> int:
            os.chmod(self._real(path), mode)
            return 0

        def chown(self, path: str, uid: int, gid: int) -> int:
            os.chown(self._real(path), uid, gid)
            return 0

        def utimens(self, path: str, times: tuple[int, int] | None = None) -> int:
            os.utime(self._real(path), ns=times)
            return 0

        def statfs(self, path: str) -> dict[str, int]:
            st = os.statvfs(backing)
            keys = ("f_bavail", "f_bfree", "f_blocks", "f_bsize", "f_favail", "f_ffree")
            keys += ("f_files", "f_flag", "f_frsize", "f_namemax")
            return {k: getattr(st, k) for k in keys}

        # -- directories -----------------------------------------------------------

        def readdir(self, path: str, fh: int) -> list[str]:
            return [".", "..", *os.listdir(self._real(path))]

        def mkdir(self, path: str, mode: int) -> int:
            os.mkdir(self._real(path), mode)
            return 0

        def rmdir(self, path: str) -> int:
            os.rmdir(self._real(path))
            return 0

        def rename(self, old: str, new: str) -> int:
            os.rename(self._real(old), self._real(new))
            return 0

        def unlink(self, path: str) -> int:
            os.unlink(self._real(path))
            return 0

        def fsyncdir(self, path: str, datasync: int, fh: int) -> int:
            self._check()
            return 0

        # -- files -----------------------------------------------------------------

        def open(self, path: str, flags: int) -> int:
            return os.open(self._real(path), flags)

        def create(self, path: str, mode: int, flags: int = os.O_WRONLY) -> int:
            return os.open(self._real(path), flags | os.O_CREAT, mode)

        def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
            self._check()
            return os.pread(fh, size, offset)

        def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
            self._check()
            return os.pwrite(fh, data, offset)

        def truncate(self, path: str, length: int, fh: int | None = None) -> int:
            if fh is not None:
                self._check()
                os.ftruncate(fh, length)
            else:
                os.truncate(self._real(path), length)
            return 0

        def flush(self, path: str, fh: int) -> int:
            self._check()
            return 0

        def fsync(self, path: str, datasync: int, fh: int) -> int:
            self._check()
            if datasync:
                os.fdatasync(fh)
            else:
                os.fsync(fh)
            return 0

        def release(self, path: str, fh: int) -> int:
            os.close(fh)  # always: a file the kernel has closed must not stay open here
            return 0

    return PassThrough()


def serve(backing: str, mountpoint: str, control: str) -> None:
    import mfusepy

    mfusepy.FUSE(
        _operations(os.path.abspath(backing), os.path.abspath(control)),
        mountpoint,
        foreground=True,
        nothreads=False,
        fsname="asn-faultfs",
        # Unlinking an open file really removes it (no .fuse_hidden files left behind).
        hard_remove=True,
        # Every read and write goes to BACKING, the "server": without this the kernel's
        # page cache, shared by all the "PCs" on this one machine, would serve one PC the
        # pages another PC failed to write, which no real share does.
        direct_io=True,
        # Likewise a failed share answers no stat() from a cache.
        attr_timeout=0,
        entry_timeout=0,
        negative_timeout=0,
    )


class FaultFs:
    """A mounted pass-through of ``backing`` at ``mountpoint`` whose faults the test
    switches on and off."""

    def __init__(self, backing: Path, mountpoint: Path, control: Path, log: Path) -> None:
        self.backing = backing
        self.mountpoint = mountpoint
        self.control = control
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def mount(self, timeout: float = 15.0) -> None:
        self.backing.mkdir(parents=True, exist_ok=True)
        self.mountpoint.mkdir(parents=True, exist_ok=True)
        root = Path(__file__).resolve().parents[2]
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.sync.faultfs", *self._args()],
                cwd=root,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while not os.path.ismount(self.mountpoint):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.unmount()
                raise RuntimeError(f"FUSE mount failed; see {self.log}")
            time.sleep(0.05)

    def _args(self) -> list[str]:
        return [str(self.backing), str(self.mountpoint), str(self.control)]

    def fail(self) -> None:
        """The share stops answering: every operation gives EIO."""
        self.control.write_bytes(b"")

    def heal(self) -> None:
        self.control.unlink(missing_ok=True)

    @property
    def failing(self) -> bool:
        return self.control.exists()

    def unmount(self) -> None:
        self.heal()
        if os.path.ismount(self.mountpoint):
            subprocess.run([FUSERMOUNT, "-u", "-z", str(self.mountpoint)], check=False)
        if self.process is not None:
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
            self.process = None

    def __enter__(self) -> FaultFs:
        self.mount()
        return self

    def __exit__(self, *exc: object) -> None:
        self.unmount()


if __name__ == "__main__":
    serve(*sys.argv[1:4])
