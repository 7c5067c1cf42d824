"""``python main.py evidence add/verify/capture/recheck``: what an operator sees and the exit
codes scripts rely on (run in-process through ``cli.main``)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from asn_monitor.cli import main
from asn_monitor.cli_queue import EXIT_PARTIAL
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.services.cases import CaseService
from asn_monitor.workspace import Workspace
from tests.unit.factories import PASSWORD, case_fields
from tests.unit.test_evidence_services import Handler, server  # noqa: F401  (fixture)
from tests.unit.test_sniff import HTML, ftyp, make_gif, make_jpeg, make_png


@dataclass
class Office:
    directory: Path
    number: str

    def run(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main([*args, "--workspace", str(self.directory)], out, err)
        return code, out.getvalue(), err.getvalue()


@pytest.fixture
def office(tmp_path: Path, hasher: PasswordHasher, monkeypatch: pytest.MonkeyPatch) -> Office:
    monkeypatch.setenv("ASN_MONITOR_PASSWORD", PASSWORD)
    monkeypatch.setenv("ASN_MONITOR_LANG", "id")
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    workspace = Workspace(tmp_path / "ws")
    db, user = workspace.create(
        office_name="Diskominfotik NTB",
        prefix="NTB",
        username="kepala",
        display_name="Kepala",
        password=PASSWORD,
        hasher=hasher,
    )
    try:
        case = CaseService(db, user).create(case_fields())
        workspace.sync_once(db)
        number = CaseService(db, user).get(case.id).number
    finally:
        db.close()
    return Office(workspace.directory, number)


@pytest.fixture
def screenshots(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "tangkapan"
    folder.mkdir()
    (folder / "b-layar.jpg").write_bytes(make_jpeg(1080, 2400))
    (folder / "A-layar.png").write_bytes(make_png(40, 30))
    (folder / "c-animasi.gif").write_bytes(make_gif(4, 4, 2))
    (folder / "catatan.txt").write_text("bukan gambar")  # not an image name: skipped
    (folder / "sub").mkdir()
    (folder / "sub" / "x.png").write_bytes(make_png(5, 5))  # subfolders are not walked
    yield folder


def test_a_folder_is_added_in_name_order(office: Office, screenshots: Path) -> None:
    code, out, err = office.run(
        "evidence", "add", office.number, str(screenshots), "--user", "kepala"
    )
    assert code == 0, err
    lines = [line for line in out.splitlines() if line.startswith("Bukti ")]
    assert [line.split()[1] for line in lines] == ["A-layar.png", "b-layar.jpg", "c-animasi.gif"]
    assert "bingkai pertama" in out and "3 dari 3 berkas ditambahkan" in out
    code, listed, _ = office.run("evidence", "list", office.number, "--user", "kepala")
    assert code == 0 and listed.count("utuh") == 3 and "image" in listed


def test_each_bad_file_is_reported_and_the_rest_go_in(
    office: Office, screenshots: Path, tmp_path: Path
) -> None:
    (screenshots / "d-iphone.heic").write_bytes(ftyp(b"heic", b"mif1"))
    (screenshots / "e-kosong.png").write_bytes(b"")
    (screenshots / "f-potong.png").write_bytes(make_png(9, 9)[:-12])
    (screenshots / "g-palsu.png").write_bytes(b"PK\x03\x04" + b"\x00" * 30)
    page = tmp_path / "laman.html"
    page.write_bytes(HTML)
    code, out, err = office.run(
        "evidence",
        "add",
        office.number,
        str(screenshots),
        str(page),
        "--user",
        "kepala",
        "--source",
        "reporter",
        "--platform",
        "facebook",
    )
    assert code == EXIT_PARTIAL
    assert "4 dari 8 berkas ditambahkan" in out and "laman.html" in out
    problems = dict(line.split(": ", 1) for line in err.splitlines())
    assert set(problems) == {"d-iphone.heic", "e-kosong.png", "f-potong.png", "g-palsu.png"}
    assert "HEIC" in problems["d-iphone.heic"] and "kosong" in problems["e-kosong.png"]
    assert "terpotong" in problems["f-potong.png"]
    assert all(p.startswith("DITOLAK") for p in problems.values())
    # The same folder again: every image is already there, and says so.
    code, out, err = office.run(
        "evidence", "add", office.number, str(screenshots), "--user", "kepala"
    )
    assert code == EXIT_PARTIAL and err.count("sudah ada") == 3 and "0 dari 7" in out


def test_a_single_refused_file_gives_its_own_exit_code(office: Office, tmp_path: Path) -> None:
    heic = tmp_path / "IMG_0001.HEIC"
    heic.write_bytes(ftyp(b"heic"))
    code, _, err = office.run("evidence", "add", office.number, str(heic), "--user", "kepala")
    assert code == 21 and "HEIC" in err
    code, _, err = office.run(
        "evidence", "add", office.number, str(tmp_path / "tidak-ada"), "--user", "kepala"
    )
    assert code != 0 and "tidak ditemukan" in err
    empty = tmp_path / "kosong"
    empty.mkdir()
    code, _, err = office.run("evidence", "add", office.number, str(empty), "--user", "kepala")
    assert code != 0 and "Tidak ada gambar" in err


def test_verify_lists_mismatches_and_missing_files(office: Office, screenshots: Path) -> None:
    assert (
        office.run("evidence", "add", office.number, str(screenshots), "--user", "kepala")[0] == 0
    )
    code, out, _ = office.run("evidence", "verify")
    assert code == 0 and "3 berkas bukti dan rendisi cocok" in out
    cache = office.directory / "evidence"
    share = office.directory / "shared" / "evidence"
    files = sorted(p for p in cache.rglob("*") if p.is_file())
    tampered, missing = files[0], files[1]
    tampered.write_bytes(tampered.read_bytes() + b"!")
    missing.unlink()
    for copy in share.rglob(missing.name):
        copy.unlink()
    code, _, err = office.run("evidence", "verify")
    assert code == 20
    assert "TIDAK COCOK" in err and tampered.name in err and str(tampered) in err
    assert "HILANG" in err and missing.name in err


def test_capture_and_recheck_a_url(office: Office, server: str) -> None:  # noqa: F811
    Handler.pages["/post"] = HTML
    code, out, err = office.run(
        "evidence", "capture", office.number, f"{server}/r/1", "--user", "kepala", "--account", "@x"
    )
    assert code == 0, err
    assert f"{server}/post" in out and "HTTP 200" in out and "dialihkan" in out
    code, _, err = office.run(
        "evidence", "capture", office.number, f"{server}/dihapus", "--user", "kepala"
    )
    assert code == 22 and "404" in err
    code, out, _ = office.run("evidence", "recheck", office.number, "--user", "kepala")
    assert code == 0 and "Masih ada, tidak berubah (HTTP 200)" in out
    Handler.pages["/post"] = HTML + b"<p>diedit</p>"
    code, out, _ = office.run("evidence", "recheck", office.number, "--user", "kepala")
    assert code == 0 and "isinya berubah" in out


def test_recheck_without_url_items_says_so(office: Office) -> None:
    code, out, _ = office.run("evidence", "recheck", office.number, "--user", "kepala")
    assert code == 0 and "tidak memiliki bukti dari tautan" in out
