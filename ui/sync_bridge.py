"""The sync engine as the GUI sees it: its callbacks become queued Qt signals.

The engine calls back from its own thread (and, for a claim's write-through, from the GUI
thread in the middle of the step). Both arrive here as queued signals, so views always
refresh on the GUI thread and never half-way through an operation of their own.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal

from asn_monitor.store.database import Database
from asn_monitor.sync.engine import SyncEngine, SyncState
from asn_monitor.sync.replica import ReplicaLink, Touched


class SyncBridge(QObject):
    """``state_changed(SyncState)`` and ``rows_touched(Touched)``, on the GUI thread."""

    state_changed = Signal(object)
    rows_touched = Signal(object)

    # Internal: emitted from any thread, delivered queued to this object's (GUI) thread.
    _state_in = Signal(object)
    _touched_in = Signal(object)
    _counts_in = Signal(int, int)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.engine: SyncEngine | None = None
        self.state = SyncState()
        self._state_in.connect(self._deliver_state, Qt.ConnectionType.QueuedConnection)
        self._touched_in.connect(self._deliver_touched, Qt.ConnectionType.QueuedConnection)
        self._counts_in.connect(self._deliver_counts, Qt.ConnectionType.QueuedConnection)

    # -- the engine's callbacks (any thread) ---------------------------------------------

    def on_state(self, state: SyncState) -> None:
        self._state_in.emit(state)

    def on_touched(self, touched: Touched) -> None:
        self._touched_in.emit(touched)

    # -- life cycle -------------------------------------------------------------------

    def start(self, engine: SyncEngine, user_id: str, *, background: bool = True) -> None:
        """Run ``engine`` (made with this bridge's callbacks) for the logged-in user.

        Without ``background`` no thread is started and rounds happen only when asked
        (``engine.sync_once()``), which tests use to decide exactly when data arrives.
        """
        self.engine = engine
        engine.user_id = user_id  # whose leases this PC's heartbeats keep alive
        self.state = engine.state
        self.database.on_commit.append(self._after_local_write)
        if background:
            engine.start()

    def stop(self) -> None:
        """Stop syncing (logout, exit); waits for a round in progress to finish."""
        if self._after_local_write in self.database.on_commit:
            self.database.on_commit.remove(self._after_local_write)
        if self.engine is not None:
            self.engine.close()
            self.engine = None

    def sync_now(self) -> None:
        if self.engine is not None:
            self.engine.wake()

    # -- internals --------------------------------------------------------------------

    def _after_local_write(self) -> None:
        # Counted on the GUI's own connection rather than by engine.refresh_counts(): that
        # takes the engine's lock, which a slow round on the share may hold for seconds,
        # and a save must never wait for the network.
        pending = ReplicaLink(self.database).pending_count()
        conflicts = int(
            self.database.scalar("SELECT count(*) FROM conflicts WHERE status = 'open'") or 0
        )
        self._counts_in.emit(pending, conflicts)
        if self.engine is not None:
            self.engine.wake()

    def _deliver_state(self, state: SyncState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _deliver_counts(self, pending: int, conflicts: int) -> None:
        # Applied to the state current when it arrives, so a link change the engine
        # reported meanwhile is not undone.
        self._deliver_state(replace(self.state, pending=pending, open_conflicts=conflicts))

    def _deliver_touched(self, touched: Touched) -> None:
        self.rows_touched.emit(touched)
