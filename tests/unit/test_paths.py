"""Where the workspace may live: never on a network file system."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from asn_monitor.errors import DatabaseReadOnly, WorkspaceError
from asn_monitor.paths import default_workspace_dir, network_filesystem
from asn_monitor.store.database import Database
from asn_monitor.workspace import Workspace

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
//kantor/bersama /mnt/bersama cifs rw,vers=3.0 0 0
server:/export /mnt/nfs nfs4 rw 0 0
/dev/vdb /mnt/bersama/lokal ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/rina/asn", None),
        ("/mnt/bersama", "cifs"),
        ("/mnt/bersama/asn/workspace", "cifs"),
        ("/mnt/bersamax/asn", None),  # a sibling with a longer name is not inside
        ("/mnt/nfs/ws", "nfs4"),
        ("/mnt/bersama/lokal/ws", None),  # a local disk mounted inside the share
        ("/tmp/ws", None),
    ],
)
def test_network_filesystem_reads_the_mount_table(path: str, expected: str | None) -> None:
    assert network_filesystem(Path(path), MOUNTS) == expected


def test_workspace_on_a_share_is_refused_with_a_clear_message(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr("asn_monitor.workspace.network_filesystem", lambda _p: "cifs")
    with pytest.raises(WorkspaceError) as info:
        Workspace(tmp_path / "ws").open()
    assert "jaringan (cifs)" in str(info.value)
    assert not (tmp_path / "ws").exists()


def test_default_workspace_follows_xdg(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_workspace_dir() == tmp_path / "data" / "asn-monitor" / "workspace"


def test_a_workspace_on_a_read_only_medium_can_still_be_read(tmp_path, hasher) -> None:
    """A WAL store in a folder nobody can write (read-only mount) opens read-only."""
    if getattr(os, "geteuid", lambda: 1)() != 0:
        pytest.skip("needs root to make a read-only bind mount")
    from asn_monitor.demo import create_demo

    source, mount = tmp_path / "src", tmp_path / "ro"
    create_demo(source, cases=5, hasher=hasher)
    mount.mkdir()
    made = subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("bind mounts are not allowed here")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], check=True)
        db = Database(mount / "local.db")
        try:
            assert db.readonly
            assert db.scalar("SELECT count(*) FROM cases") == 5
            with pytest.raises(DatabaseReadOnly), db.transaction(None):
                pass
        finally:
            db.close()
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_mount_options_that_defeat_locking_are_named() -> None:
    from asn_monitor.paths import unsafe_lock_options

    mounts = (
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        "//srv/asn /mnt/asn cifs rw,vers=3.0,nobrl,cache=strict 0 0\n"
        "srv:/export /mnt/nfs nfs4 rw,local_lock=none 0 0\n"
    )
    assert unsafe_lock_options(Path("/mnt/asn/hub.db"), mounts) == ["nobrl"]
    assert unsafe_lock_options(Path("/mnt/nfs/x"), mounts) == []
    assert unsafe_lock_options(Path("/home/x"), mounts) == []
