"""``python main.py print case|letter|recap … --pdf FILE`` (issue 8, item 5): the printouts
without a window, with an exit code for each kind of failure."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from asn_monitor.domain.lifecycle import Status
from asn_monitor.workspace import Workspace
from tests.unit.factories import case_fields, subject_fields
from ui.printing.cli import EXIT_INCOMPLETE, main

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)


@pytest.fixture
def run(demo, monkeypatch):
    _database, passwords, folder = demo

    def call(*args: str, user: str = "supervisor") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        argv = [*args, "--workspace", str(folder), "--user", user]
        monkeypatch.setenv("ASN_MONITOR_PASSWORD", passwords[user])
        code = main(argv, out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    return call


def _number(database, status: Status) -> str:
    row = database.query_one(
        "SELECT number FROM cases c WHERE status = ? AND EXISTS "
        "(SELECT 1 FROM evidence e WHERE e.case_id = c.id) ORDER BY number LIMIT 1",
        (status.value,),
    )
    assert row is not None
    return str(row["number"])


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_case_and_letter_to_pdf(run, demo, tmp_path):
    database = demo[0]
    number = _number(database, Status.DITERUSKAN)
    renditions = database.scalar("SELECT count(*) FROM renditions")
    code, out, err = run("case", number, "--pdf", str(tmp_path / "kasus.pdf"))
    assert code == 0, err
    assert f"Ringkasan kasus {number} dicetak ke" in out and "A4" in out
    assert number in _text(tmp_path / "kasus.pdf")
    # The renditions printed are recorded and already sent to the shared folder.
    assert database.scalar("SELECT count(*) FROM renditions") > renditions
    assert database.scalar("SELECT count(*) FROM changes WHERE pushed = 0") == 0
    assert (tmp_path / "kasus.pdf").stat().st_mode & 0o044 == 0o044  # colleagues may read it
    code, out, err = run(
        "letter", number.lower(), "--pdf", str(tmp_path / "surat.pdf"), "--paper", "F4"
    )
    assert code == 0, err
    assert "F4" in out
    letter = " ".join(_text(tmp_path / "surat.pdf").split())
    assert "Yth." in letter and "Lampiran surat" in letter and number in letter


def test_bad_input_has_its_own_exit_code(run, demo, tmp_path):
    database = demo[0]
    code, _out, err = run("case", "NTB-1999-9999", "--pdf", str(tmp_path / "x.pdf"))
    assert code == 4 and "NTB-1999-9999 tidak ditemukan" in err
    number = _number(database, Status.DITERUSKAN)
    renditions = database.scalar("SELECT count(*) FROM renditions")
    code, _out, err = run("case", number, "--pdf", str(tmp_path / "tidak-ada" / "x.pdf"))
    assert code == 8 and "PDF tidak dapat ditulis" in err
    assert database.scalar("SELECT count(*) FROM renditions") == renditions  # nothing done
    approved = _number(database, Status.DISETUJUI)
    code, _out, err = run("letter", approved, "--pdf", str(tmp_path / "s.pdf"))
    assert code == 9 and "belum diteruskan" in err
    assert not (tmp_path / "s.pdf").exists()
    code, _out, err = run(
        "recap", "--from", "2024-12-31", "--to", "2024-01-01", "--pdf", str(tmp_path / "r.pdf")
    )
    assert code == 2 and "2024" in err
    code, _out, err = run(
        "recap", "--from", "31/02/2024", "--to", "2024-03-01", "--pdf", str(tmp_path / "r.pdf")
    )
    assert code == 2 and "--from" in err
    assert not list(tmp_path.rglob("*.pdf")) and not list(tmp_path.rglob(".cetak-*"))


def test_a_case_without_evidence_prints_and_says_what_is_missing(run, login, tmp_path):
    ctx = login("supervisor")
    case = ctx.cases().create(case_fields(), subject=subject_fields())
    # The hub gives the final number at the command's own sync: print by that one.
    Workspace(ctx.workspace_dir).sync_once(ctx.database)
    number = ctx.cases().get(case.id).number
    path = tmp_path / "awal.pdf"
    code, out, err = run("case", number, "--pdf", str(path))
    assert code == EXIT_INCOMPLETE
    assert "dicetak ke" in out and "belum ada bukti" in err and "lembar sanksi belum diisi" in err
    assert "Ringkasan ini belum lengkap" in " ".join(_text(path).split())


def test_recap_and_an_empty_period(run, tmp_path):
    code, out, err = run(
        "recap", "--from", "2023-01-01", "--to", "2024-12-31", "--pdf", str(tmp_path / "r.pdf")
    )
    assert code == 0, err
    assert "Rekapitulasi" in out
    assert "REKAPITULASI" in _text(tmp_path / "r.pdf").upper()
    code, out, err = run(
        "recap", "--from", "2001-01-01", "--to", "2001-01-31", "--pdf", str(tmp_path / "e.pdf")
    )
    assert code == EXIT_INCOMPLETE and "Tidak ada kasus" in err
    assert "Tidak ada kasus" in _text(tmp_path / "e.pdf")


def test_wrong_password_and_no_user(run, demo, monkeypatch, tmp_path):
    number = _number(demo[0], Status.DITERUSKAN)
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["case", number, "--pdf", str(tmp_path / "x.pdf"), "--workspace", str(demo[2])], out, err
    )
    assert code == 1 and "--user" in err.getvalue()
    monkeypatch.setenv("ASN_MONITOR_PASSWORD", "salah")
    code = main(
        [
            "case",
            number,
            "--pdf",
            str(tmp_path / "x.pdf"),
            "--workspace",
            str(demo[2]),
            "--user",
            "rina",
        ],
        out,
        err,
    )
    assert code == 6


def test_a_real_process_without_a_display(demo, tmp_path):
    """Routed by main.py, in a process of its own with no display and no Qt platform set."""
    database, passwords, folder = demo
    number = _number(database, Status.DITERUSKAN)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["ASN_MONITOR_PASSWORD"] = passwords["supervisor"]
    target = tmp_path / "proses.pdf"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--lang",
            "en",
            "print",
            "case",
            number,
            "--pdf",
            str(target),
            "--workspace",
            str(folder),
            "--user",
            "supervisor",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 10_000
    missing = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "print",
            "case",
            "NTB-1999-0001",
            "--pdf",
            str(target),
            "--workspace",
            str(folder),
            "--user",
            "supervisor",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert missing.returncode == 4 and "tidak ditemukan" in missing.stderr


def test_english_summary_but_the_letter_stays_indonesian(run, demo, tmp_path):
    """The summary follows the chosen language; the letter and its attachment are
    Indonesian official documents whatever the language."""
    number = _number(demo[0], Status.DITERUSKAN)
    code, out, err = run("--lang", "en", "case", number, "--pdf", str(tmp_path / "en.pdf"))
    assert code == 0, err
    assert "printed to" in out
    summary = " ".join(_text(tmp_path / "en.pdf").split())
    assert "CASE SUMMARY" in summary and "Page 1 of" in summary
    code, out, err = run("--lang", "en", "letter", number, "--pdf", str(tmp_path / "l.pdf"))
    assert code == 0, err
    letter = " ".join(_text(tmp_path / "l.pdf").split())
    assert "Lampiran" in letter and "1 (satu) berkas" in letter and "Tembusan:" in letter
    assert "RINGKASAN KASUS" in letter and "Halaman 1 dari" in letter
    assert "CASE SUMMARY" not in letter and "Page 1 of" not in letter
    assert "Attachment" not in letter and "Copies to" not in letter
