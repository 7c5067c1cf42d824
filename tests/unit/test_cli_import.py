"""``python main.py import ...`` in-process against a real workspace."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from asn_monitor.cli import main
from asn_monitor.cli_import import EXIT_ERRORS, EXIT_SKIPPED
from tests.unit.conftest import Env
from tests.unit.factories import NIP_1, PASSWORD
from tests.unit.http_endpoint import serve


def _run(env: Env, *args: str, user: str = "monitor1") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [*args, "--workspace", str(env.workspace.directory), "--user", user], out=out, err=err
    )
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASN_MONITOR_PASSWORD", PASSWORD)


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    path = tmp_path / "laporan.csv"
    path.write_text(
        "tanggal_laporan,nama_pelapor,ringkasan,tautan\n"
        "04/10/2024,Ani,Foto dua jari,https://fb.com/a/posts/1\n"
        "99/99/2024,Budi,Tanggal rusak,\n"
        "04/10/2024,Caca,Komentar,https://x.com/b/status/2?s=20\n",
        encoding="utf-8",
    )
    return path


def test_preview_commit_and_reimport(env: Env, reports: Path) -> None:
    count = env.db.scalar("SELECT count(*) FROM cases")
    code, out, err = _run(env, "import", "reports", str(reports))
    assert code == EXIT_ERRORS
    assert "baris 3: [galat] Tanggal diterima: \u201c99/99/2024\u201d" in err
    assert "3 baris: 2 siap" in out and "Pratinjau saja" in out
    assert env.db.scalar("SELECT count(*) FROM cases") == count

    code, out, err = _run(env, "import", "reports", str(reports), "--commit")
    assert code == EXIT_SKIPPED
    assert "baris 2: kasus" in out and "baris 4: kasus" in out
    assert "baris 3: dilewati" in err
    assert env.db.scalar("SELECT count(*) FROM cases") == count + 2

    code, out, err = _run(env, "import", "reports", str(reports), "--commit")
    assert "2 sudah diimpor sebelumnya" in out
    assert env.db.scalar("SELECT count(*) FROM cases") == count + 2


def test_clean_file_exits_zero(env: Env, tmp_path: Path) -> None:
    path = tmp_path / "ok.json"
    path.write_text('{"reports": [{"summary": "Komentar", "date_received": "2024-10-05"}]}')
    assert _run(env, "import", "reports", str(path))[0] == 0
    code, out, _ = _run(env, "import", "reports", str(path), "--commit")
    assert code == 0 and "1 kasus baru" in out


def test_missing_file_and_endpoint_errors_are_clear(env: Env, tmp_path: Path) -> None:
    code, _, err = _run(env, "import", "reports", str(tmp_path / "tidak-ada.csv"))
    assert code != 0 and "tidak ditemukan" in err
    code, _, err = _run(env, "import", "reports", "endpoint")
    assert code != 0 and "belum diatur" in err
    with serve() as base:
        code, _, err = _run(env, "import", "reports", base + "/broken")
        assert code != 0 and "HTTP 500" in err
        code, out, err = _run(env, "import", "endpoint", base + "/ok", user="supervisor")
        assert code == 0 and "Endpoint impor: " in out
        code, out, err = _run(env, "import", "reports", "endpoint")
        assert code == 0 and "2 baris: 2 siap" in out


def test_registry_import_is_for_supervisors(env: Env, tmp_path: Path) -> None:
    path = tmp_path / "bkd.csv"
    path.write_bytes(
        f"NIP;Nama;Instansi;Jabatan;Pangkat\n{NIP_1};José Nur'aini;Dinas Sosial;Staf;II/a\n"
        "123;Rusak;Dinas Sosial;;\n".encode("cp1252")
    )
    code, out, err = _run(env, "import", "asn", str(path))
    assert code == EXIT_ERRORS and "baris 3: [galat] NIP 123" in err and "1 baru" in out
    code, _, err = _run(env, "import", "asn", str(path), "--commit")
    assert code != 0 and "supervisor atau admin" in err
    code, out, _ = _run(env, "import", "asn", str(path), "--commit", user="supervisor")
    assert code == EXIT_SKIPPED and "1 ditambahkan" in out
    name = env.db.scalar("SELECT name FROM registry WHERE nip = ?", (NIP_1,))
    assert name == "José Nur'aini"
