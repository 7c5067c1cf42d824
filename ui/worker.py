"""Running one slow call (a URL capture, a link re-check) off the UI thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

from asn_monitor.errors import AsnError


class Worker(QObject):
    """Runs ``job`` in a thread; ``succeeded`` carries its result, ``failed`` the AsnError
    it raised. Both arrive on the thread that owns this object (the UI thread).

    An error that is not an AsnError is a bug: it is re-raised in the worker thread, where
    the application's crash handler reports it, and ``failed`` is not emitted.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="asn-monitor-worker", daemon=True)
        self._thread.start()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def run_here(self) -> None:
        """Run the job on the calling thread (tests, benchmarks, a synchronous tab)."""
        self._run()

    def _run(self) -> None:
        try:
            result = self._job()
        except AsnError as exc:
            self._emit(self.failed, exc)
            return
        self._emit(self.succeeded, result)

    @staticmethod
    def _emit(signal: SignalInstance, value: object) -> None:
        # RuntimeError: the window that asked was closed meanwhile; nobody is waiting.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)
