"""The admin commands as an operator runs them: real processes, real exit codes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(
    *args: str,
    password: str | None = None,
    new_password: str | None = None,
    lang: str | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASN_MONITOR_")}
    if password is not None:
        env["ASN_MONITOR_PASSWORD"] = password
    if new_password is not None:
        env["ASN_MONITOR_NEW_PASSWORD"] = new_password
    if lang:
        env["ASN_MONITOR_LANG"] = lang
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "ws"
    result = run(
        "init",
        "--workspace",
        str(folder),
        "--office",
        "Diskominfotik NTB",
        "--prefix",
        "NTB",
        "--username",
        "kepala",
        "--display-name",
        "Kepala Tim",
        password="rahasia-kuat",
    )
    assert result.returncode == 0, result.stderr
    return folder


def test_demo_prints_accounts_and_is_healthy(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = run("demo", str(folder), "--cases", "30")
    assert result.returncode == 0, result.stderr
    assert "30 kasus" in result.stdout
    lines = [line.split() for line in result.stdout.splitlines() if line.startswith("  ")]
    usernames = {parts[0] for parts in lines}
    assert {"supervisor", "admin"} <= usernames and len(usernames) == 7
    check = run("check", "--workspace", str(folder))
    assert check.returncode == 0, check.stderr
    assert "30 kasus" in check.stdout


def test_user_add_list_passwd_deactivate(workspace: Path) -> None:
    ws = ["--workspace", str(workspace)]
    added = run(
        "user",
        "add",
        "rina",
        "--role",
        "monitor",
        "--display-name",
        "Rina",
        *ws,
        "--user",
        "kepala",
        password="rahasia-kuat",
        new_password="pemantau-1",
    )
    assert added.returncode == 0, added.stderr
    again = run(
        "user",
        "add",
        "RINA",
        *ws,
        "--user",
        "kepala",
        password="rahasia-kuat",
        new_password="pemantau-1",
    )
    assert again.returncode == 2
    assert "sudah dipakai" in again.stderr
    listed = run("user", "list", *ws)
    assert "rina" in listed.stdout and "Pemantau" in listed.stdout
    # A monitor may not manage accounts.
    refused = run("user", "deactivate", "kepala", *ws, "--user", "rina", password="pemantau-1")
    assert refused.returncode == 3, refused.stderr
    changed = run(
        "user",
        "passwd",
        "rina",
        *ws,
        "--user",
        "kepala",
        password="rahasia-kuat",
        new_password="pemantau-2",
    )
    assert changed.returncode == 0, changed.stderr
    gone = run("user", "deactivate", "rina", *ws, "--user", "kepala", password="rahasia-kuat")
    assert gone.returncode == 0, gone.stderr
    assert "nonaktif" in run("user", "list", *ws).stdout
    # The deactivated account can no longer act.
    denied = run(
        "user",
        "add",
        "budi",
        *ws,
        "--user",
        "rina",
        password="pemantau-2",
        new_password="xxxxxxxx1",
    )
    assert denied.returncode == 6 and "dinonaktifkan" in denied.stderr


def test_wrong_password_gives_no_hint_and_no_traceback(workspace: Path) -> None:
    result = run(
        "user",
        "add",
        "budi",
        "--workspace",
        str(workspace),
        "--user",
        "kepala",
        password="salah",
        new_password="xxxxxxxx1",
    )
    assert result.returncode == 6
    assert "Nama pengguna atau kata sandi salah" in result.stderr
    assert "Traceback" not in result.stderr
    unknown = run(
        "user",
        "add",
        "budi",
        "--workspace",
        str(workspace),
        "--user",
        "siapa",
        password="salah",
        new_password="xxxxxxxx1",
    )
    assert unknown.stderr == result.stderr


def test_missing_password_without_terminal_is_explained(workspace: Path) -> None:
    result = run("user", "add", "budi", "--workspace", str(workspace), "--user", "kepala")
    assert result.returncode == 1
    assert "ASN_MONITOR_PASSWORD" in result.stderr


def test_check_detects_tampering_with_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    assert run("demo", str(folder), "--cases", "10").returncode == 0
    conn = sqlite3.connect(folder / "local.db")
    conn.execute("UPDATE cases SET summary = 'diubah diam-diam' WHERE rowid = 1")
    conn.commit()
    conn.close()
    result = run("check", "--workspace", str(folder))
    assert result.returncode == 20
    assert "summary" in result.stderr and "di luar aplikasi" in result.stderr
    english = run("check", "--workspace", str(folder), lang="en")
    assert english.returncode == 20


def test_corrupt_and_newer_databases_are_refused_clearly(tmp_path: Path) -> None:
    corrupt = tmp_path / "rusak"
    corrupt.mkdir()
    (corrupt / "local.db").write_bytes(b"this is not a database at all" * 200)
    result = run("check", "--workspace", str(corrupt))
    assert result.returncode == 10
    assert "rusak" in result.stderr and "Traceback" not in result.stderr

    newer = tmp_path / "baru"
    newer.mkdir()
    conn = sqlite3.connect(newer / "local.db")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = (newer / "local.db").read_bytes()
    result = run("check", "--workspace", str(newer))
    assert result.returncode == 10
    assert "lebih baru" in result.stderr
    assert (newer / "local.db").read_bytes() == before


def test_missing_workspace_is_explained(tmp_path: Path) -> None:
    result = run("user", "list", "--workspace", str(tmp_path / "tidak-ada"))
    assert result.returncode == 1
    assert "Belum ada ruang kerja" in result.stderr


def test_user_changes_own_password_typed_at_the_prompt(workspace: Path) -> None:
    """Passwords typed at a real terminal (getpass), not given in the environment."""
    import pty
    import select
    import time

    ws = ["--workspace", str(workspace)]
    assert (
        run(
            "user",
            "add",
            "dewi",
            *ws,
            "--user",
            "kepala",
            password="rahasia-kuat",
            new_password="sandi-lama-1",
        ).returncode
        == 0
    )
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal session running the command
        env = {k: v for k, v in os.environ.items() if not k.startswith("ASN_MONITOR_")}
        os.chdir(ROOT)
        os.execve(
            sys.executable,
            [sys.executable, "main.py", "user", "passwd", "dewi", *ws, "--user", "dewi"],
            env,
        )
    output, since_answer = b"", b""
    answers = [b"sandi-lama-1\n", b"sandi-baru-2\n", b"sandi-baru-2\n"]
    deadline = time.time() + 60
    try:
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 1)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                break  # the child closed the terminal: it has finished
            if not chunk:
                break
            output += chunk
            since_answer += chunk
            # Answer each prompt once: only text that arrived after the last answer counts.
            if answers and since_answer.rstrip().endswith(b":"):
                os.write(fd, answers.pop(0))
                since_answer = b""
    finally:
        if answers:
            os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    text = output.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert "diganti" in text
    relogin = run(
        "user",
        "add",
        "eko",
        *ws,
        "--user",
        "dewi",
        password="sandi-baru-2",
        new_password="xxxxxxxx1",
    )
    assert relogin.returncode == 3, relogin.stderr  # logged in fine; a monitor may not add


def test_language_can_be_given_before_or_after_the_command(tmp_path: Path) -> None:
    missing = str(tmp_path / "none")
    before = run("--lang", "en", "check", "--workspace", missing)
    after = run("check", "--workspace", missing, "--lang", "en")
    assert "There is no workspace" in before.stderr
    assert before.stderr == after.stderr
