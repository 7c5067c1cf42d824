"""EvidenceService: every bad input the issue names, URL capture against a local server,
link re-checks on the timeline, integrity of stored files, and nothing half-stored."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import requests

from asn_monitor.capture.sniff import (
    DamagedFile,
    EmptyFile,
    FileTooLarge,
    TooManyPixels,
    UnsupportedImage,
)
from asn_monitor.capture.url import (
    Capture,
    CaptureTimeout,
    ContentNotAllowed,
    Gone,
    NotAnImageResponse,
    RecheckOutcome,
    ResponseTooLarge,
    TooManyRedirects,
    recheck,
)
from asn_monitor.domain.models import Case
from asn_monitor.domain.roles import Role
from asn_monitor.errors import PermissionDenied, ValidationError, VersionConflict
from asn_monitor.services.cases import CaseService
from asn_monitor.services.evidence import (
    DuplicateEvidence,
    EvidenceService,
    NotEvidenceFile,
)
from asn_monitor.services.evidence_records import normalise_posted_at
from asn_monitor.services.settings import SettingsService, write_setting
from asn_monitor.store.changelog import ChangeWriter
from tests.unit.conftest import Env
from tests.unit.factories import case_fields
from tests.unit.test_sniff import HTML, PDF, ftyp, make_gif, make_jpeg, make_png

PNG = make_png(40, 30)


def _service(env: Env, user: Any = None, **kwargs: Any) -> EvidenceService:
    return EvidenceService(env.db, user or env.supervisor, env.workspace.evidence(env.db), **kwargs)


@pytest.fixture
def case(env: Env) -> Case:
    return CaseService(env.db, env.supervisor).create(case_fields())


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _rows(env: Env) -> int:
    return int(env.db.scalar("SELECT count(*) FROM evidence"))


def _cached(env: Env) -> list[Path]:
    return [p for p in env.workspace.evidence_cache.rglob("*") if p.is_file()]


# ---------------------------------------------------------------------------- files


def test_an_image_is_stored_with_what_it_is(env: Env, case: Case, tmp_path: Path) -> None:
    service = _service(env)
    result = service.add_file(
        case.id,
        _file(tmp_path, "layar.png", PNG),
        " Unggahan status ",
        source="reporter",
        platform="facebook",
        account="@nuraini.spd",
        posted_at="2024-10-01 14:30",
    )
    item = result.item
    assert result.notices == ()
    assert (item.kind, item.media_type, item.width, item.height, item.size) == (
        "image",
        "image/png",
        40,
        30,
        len(PNG),
    )
    assert (item.source, item.platform, item.account, item.posted_at) == (
        "reporter",
        "facebook",
        "@nuraini.spd",
        "2024-10-01T14:30",
    )
    assert item.description == "Unggahan status" and item.captured_by == env.supervisor.id
    assert item.captured_at == "2024-10-15T04:00:00.000Z" and item.intake_note == ""
    assert service.list(case.id) == [item]
    assert service.open_path(item.id).read_bytes() == PNG


@pytest.mark.parametrize(
    ("name", "data", "error", "words"),
    [
        ("kosong.png", b"", EmptyFile, "kosong"),
        ("potong.png", make_png(40, 30)[:-12], DamagedFile, "terpotong"),
        ("potong.jpg", make_jpeg()[:-2], DamagedFile, "terpotong"),
        ("IMG_0042.HEIC", ftyp(b"heic", b"mif1"), UnsupportedImage, "HEIC"),
        ("foto.jpg", ftyp(b"heic", b"mif1"), UnsupportedImage, "HEIC"),
        ("arsip.png", b"PK\x03\x04" + b"\x00" * 64, NotEvidenceFile, "tidak dapat dijadikan"),
        ("video.mp4", ftyp(b"isom"), NotEvidenceFile, "video"),
        ("panjang.png", make_png(20_000, 6_000, pixels=False), TooManyPixels, "120,0 megapiksel"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(
    env: Env, case: Case, tmp_path: Path, name: str, data: bytes, error: type, words: str
) -> None:
    with pytest.raises(error) as caught:
        _service(env).add_file(case.id, _file(tmp_path, name, data))
    assert words in str(caught.value)
    assert _rows(env) == 0 and _cached(env) == []


def test_a_missing_path_or_a_folder_is_refused(env: Env, case: Case, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="tidak ditemukan"):
        _service(env).add_file(case.id, tmp_path / "tidak-ada.png")
    with pytest.raises(Exception, match="tidak ditemukan"):
        _service(env).add_file(case.id, tmp_path)


def test_mislabelled_and_animated_images_are_taken_with_a_note(
    env: Env, case: Case, tmp_path: Path
) -> None:
    service = _service(env)
    mislabelled = service.add_file(case.id, _file(tmp_path, "layar.jpg", PNG))
    assert mislabelled.item.kind == "image" and mislabelled.item.media_type == "image/png"
    (notice,) = mislabelled.notices
    assert ".jpg" in str(notice) and "PNG" in str(notice)
    assert mislabelled.item.intake_note == str(notice)
    animated = service.add_file(case.id, _file(tmp_path, "animasi.gif", make_gif(8, 8, 3)))
    assert (
        "3 bingkai" in str(animated.notices[0]) and "bingkai pertama" in animated.item.intake_note
    )


def test_documents_are_taken_as_documents(env: Env, case: Case, tmp_path: Path) -> None:
    service = _service(env)
    pdf = service.add_file(case.id, _file(tmp_path, "surat.pdf", PDF)).item
    page = service.add_file(case.id, _file(tmp_path, "laman.html", HTML)).item
    assert (pdf.kind, pdf.media_type) == ("document", "application/pdf")
    assert (page.kind, page.media_type, page.width) == ("document", "text/html", None)


def test_the_size_cap_comes_from_the_office_setting(env: Env, case: Case, tmp_path: Path) -> None:
    big = _file(tmp_path, "besar.png", make_png(300, 300))
    assert _service(env).max_bytes == 50 * 1024 * 1024
    with env.db.transaction(env.supervisor.id) as tx:
        write_setting(tx, env.db, "evidence_max_mb", "0.0001")  # ~105 bytes
    with pytest.raises(FileTooLarge, match="melebihi batas"):
        _service(env).add_file(case.id, big)
    with pytest.raises(FileTooLarge):
        _service(env, max_bytes=10).add_file(case.id, _file(tmp_path, "kecil.png", PNG))
    assert _rows(env) == 0 and _cached(env) == []
    assert _service(env, max_bytes=10**6).add_file(case.id, big).item.size == big.stat().st_size
    office = SettingsService(env.db, env.supervisor)
    office.set_evidence_max_mb(1)
    assert office.evidence_max_mb() == 1 and _service(env).max_bytes == 1024 * 1024
    with pytest.raises(ValidationError):
        office.set_evidence_max_mb(0)
    with pytest.raises(PermissionDenied):
        SettingsService(env.db, env.monitor).set_evidence_max_mb(10)


def test_the_same_file_twice_is_refused_by_name(env: Env, case: Case, tmp_path: Path) -> None:
    service = _service(env)
    first = service.add_file(case.id, _file(tmp_path, "asli.png", PNG)).item
    with pytest.raises(DuplicateEvidence) as caught:
        service.add_file(case.id, _file(tmp_path, "salinan.png", PNG))
    assert "sudah ada" in str(caught.value) and "asli.png" in str(caught.value)
    assert caught.value.existing_id == first.id and caught.value.exit_code == 21
    with pytest.raises(DuplicateEvidence):
        service.add_bytes(case.id, PNG, "tempel-20241015-120000.png")
    assert _rows(env) == 1


def test_the_same_file_on_another_case_is_taken_with_a_notice(
    env: Env, case: Case, tmp_path: Path
) -> None:
    service = _service(env)
    service.add_file(case.id, _file(tmp_path, "asli.png", PNG))
    other = CaseService(env.db, env.supervisor).create(case_fields())
    result = service.add_file(other.id, _file(tmp_path, "asli.png", PNG))
    (notice,) = result.notices
    assert case.number in str(notice) and result.item.case_id == other.id
    assert result.item.intake_note == ""  # about this file's nature only, not other cases


def test_a_pasted_screenshot_is_checked_like_a_file(env: Env, case: Case) -> None:
    service = _service(env)
    item = service.add_bytes(case.id, PNG, "tempel-20241015-120000.png", "dari papan klip").item
    assert (item.filename, item.kind, item.description) == (
        "tempel-20241015-120000.png",
        "image",
        "dari papan klip",
    )
    with pytest.raises(EmptyFile):
        service.add_bytes(case.id, b"", "tempel-20241015-120001.png")
    with pytest.raises(ValidationError):
        service.add_bytes(case.id, make_png(5, 5), "x.png", platform="myspace")


def test_a_failed_row_leaves_only_a_harmless_file(
    env: Env, case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_insert = ChangeWriter.insert

    def failing(self: ChangeWriter, entity: str, row: dict[str, Any]) -> dict[str, Any]:
        if entity == "evidence":
            raise OSError("disk penuh")
        return real_insert(self, entity, row)

    monkeypatch.setattr(ChangeWriter, "insert", failing)
    service = _service(env)
    path = _file(tmp_path, "bukti.png", PNG)
    with pytest.raises(OSError):
        service.add_file(case.id, path)
    assert _rows(env) == 0 and int(env.db.scalar("SELECT count(*) FROM changes")) > 0
    (orphan,) = _cached(env)  # the file went in first; no row names it
    assert service.verify_all() == []  # nothing names it, so nothing is missing
    monkeypatch.setattr(ChangeWriter, "insert", real_insert)
    item = service.add_file(case.id, path).item  # the same bytes reuse the same file
    assert _cached(env) == [orphan] and item.sha256 == orphan.name


def test_permissions_follow_the_case(env: Env, tmp_path: Path) -> None:
    mine = CaseService(env.db, env.monitor).create(case_fields())
    CaseService(env.db, env.monitor).transition(mine.id, mine.version, "claim")
    path = _file(tmp_path, "bukti.png", PNG)
    with pytest.raises(PermissionDenied):
        _service(env, env.monitor2).add_file(mine.id, path)
    admin = env.add_user("admin1", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        _service(env, admin).add_file(mine.id, path)
    assert _service(env, env.monitor).add_file(mine.id, path).item.case_id == mine.id


def test_metadata_is_edited_field_by_field(env: Env, case: Case, tmp_path: Path) -> None:
    service = _service(env)
    item = service.add_file(case.id, _file(tmp_path, "bukti.png", PNG)).item
    edited = service.update_metadata(
        item.id, item.version, description="Foto kampanye", posted_at="01/10/2024 08:05"
    )
    assert (edited.description, edited.posted_at, edited.version) == (
        "Foto kampanye",
        "2024-10-01T08:05",
        2,
    )
    fields = [
        r["field"]
        for r in env.db.query(
            "SELECT field FROM changes WHERE entity_id = ? AND op = 'update'", (item.id,)
        )
    ]
    assert sorted(fields) == ["description", "posted_at"]
    with pytest.raises(VersionConflict):
        service.update_metadata(item.id, item.version, account="@lain")
    with pytest.raises(ValidationError, match="tidak dikenali"):
        service.update_metadata(item.id, edited.version, posted_at="kemarin sore")
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        service.update_metadata(item.id, edited.version, sha256="0" * 64)
    with pytest.raises(ValidationError, match="Sumber"):
        service.update_metadata(item.id, edited.version, source="tetangga")


def test_post_times_in_the_forms_people_write() -> None:
    assert normalise_posted_at("2024-10-01") == "2024-10-01"
    assert normalise_posted_at("2024-10-01T14:30:59") == "2024-10-01T14:30"
    assert normalise_posted_at("  ") is None and normalise_posted_at(None) is None


# ---------------------------------------------------------------------------- integrity


def test_verify_finds_a_tampered_and_a_missing_file(env: Env, case: Case, tmp_path: Path) -> None:
    service = _service(env)
    good = service.add_file(case.id, _file(tmp_path, "baik.png", PNG)).item
    tampered = service.add_file(case.id, _file(tmp_path, "ubah.png", make_png(7, 7))).item
    gone = service.add_file(case.id, _file(tmp_path, "hilang.png", make_png(9, 9))).item
    assert service.verify_item(good.id).ok and service.verify_all() == []
    store = env.workspace.evidence(env.db)
    for item in (tampered, gone):
        for copy in store.copies(item.sha256 or ""):
            if item is tampered:
                copy.write_bytes(copy.read_bytes() + b"x")
            else:
                copy.unlink()
    bad = service.verify_item(tampered.id)
    assert not bad.ok and bad.expected == tampered.sha256
    assert bad.found and bad.found != bad.expected and bad.path is not None
    missing = service.verify_item(gone.id)
    assert (missing.ok, missing.found, missing.path) == (False, None, None)
    assert {i.evidence_id for i in service.verify_all()} == {tampered.id, gone.id}
    assert service.verify_item(good.id).ok


# ---------------------------------------------------------------------------- URLs


class Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, bytes]] = {}

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def reply(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        try:
            if path == "/post":
                self.reply(200, self.pages.get(path, HTML), "text/html; charset=utf-8", ETag='"1"')
            elif path == "/foto.png":
                self.reply(200, PNG, "image/png", **{"Last-Modified": "Tue, 15 Oct 2024"})
            elif path == "/raksasa.png":
                self.reply(200, make_png(20_000, 6_000, pixels=False), "image/png")
            elif path == "/iphone.jpg":
                self.reply(200, ftyp(b"heic", b"mif1"), "image/heic")
            elif path == "/palsu.png":
                self.reply(200, HTML, "image/png")
            elif path == "/arsip.zip":
                self.reply(200, b"PK\x03\x04" + b"\x00" * 40, "application/zip")
            elif path.startswith("/r/"):
                n = int(path.rsplit("/", 1)[1])
                self.send_response(302)
                self.send_header("Location", f"/r/{n - 1}" if n else "/post")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/loop":
                self.send_response(301)
                self.send_header("Location", "/loop")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/lambat":
                time.sleep(1.0)
                self.reply(200, HTML, "text/html")
            elif path == "/besar":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"x" * 65536)
            elif path == "/dihapus":
                self.reply(404, b"not found", "text/plain")
            else:
                self.reply(500, b"oops", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.fixture
def session() -> Iterator[requests.Session]:
    http = requests.Session()
    http.trust_env = False  # the server is on this machine: no proxy
    yield http
    http.close()


def test_a_page_is_captured_with_its_provenance(
    env: Env, case: Case, server: str, session: requests.Session
) -> None:
    Handler.pages["/post"] = HTML
    result = _service(env).capture_url(case.id, f"{server}/r/2", "Status FB", session=session)
    item = result.item
    assert (item.kind, item.source, item.filename) == ("page", "url", "post.html")
    assert item.source_url == f"{server}/r/2" and item.final_url == f"{server}/post"
    assert (item.http_status, item.content_type) == (200, "text/html")
    assert item.http_headers["etag"] == '"1"' and "content-type" in item.http_headers
    assert item.retrieved_at == "2024-10-15T04:00:00.000Z"
    assert f"{server}/r/2 (302)" in item.intake_note and f"{server}/post" in item.intake_note
    assert any("dialihkan" in str(n) for n in result.notices)
    assert _service(env).open_path(item.id).read_bytes() == HTML


def test_an_image_url_becomes_an_image_item(
    env: Env, case: Case, server: str, session: requests.Session
) -> None:
    item = _service(env).capture_url(case.id, f"{server}/foto.png", session=session).item
    assert (item.kind, item.width, item.height, item.filename) == ("image", 40, 30, "foto.png")
    assert item.http_headers["last-modified"] == "Tue, 15 Oct 2024"
    with pytest.raises(DuplicateEvidence):
        _service(env).capture_url(case.id, f"{server}/foto.png", session=session)


@pytest.mark.parametrize(
    ("path", "error", "options"),
    [
        ("/lambat", CaptureTimeout, {"timeout": (2.0, 0.3)}),
        ("/dihapus", Gone, {}),
        ("/loop", TooManyRedirects, {}),
        ("/besar", ResponseTooLarge, {}),
        ("/palsu.png", NotAnImageResponse, {}),
        ("/arsip.zip", ContentNotAllowed, {}),
        ("/raksasa.png", TooManyPixels, {}),
        ("/iphone.jpg", UnsupportedImage, {}),
    ],
)
def test_bad_urls_are_refused_and_nothing_is_stored(
    env: Env,
    case: Case,
    server: str,
    session: requests.Session,
    path: str,
    error: type,
    options: dict[str, Any],
) -> None:
    service = _service(env, max_bytes=1024 * 1024)
    with pytest.raises(error):
        service.capture_url(case.id, f"{server}{path}", session=session, **options)
    assert _rows(env) == 0 and _cached(env) == []


def test_recheck_records_each_outcome_on_the_timeline(
    env: Env, case: Case, server: str, session: requests.Session
) -> None:
    service = _service(env)
    Handler.pages["/post"] = HTML
    item = service.capture_url(case.id, f"{server}/post", session=session).item
    same = service.recheck(item.id, session=session)
    assert (same.outcome, same.http_status, same.sha256) == (RecheckOutcome.SAME, 200, item.sha256)
    env.clock.advance(minutes=1)
    Handler.pages["/post"] = HTML + b"<!-- diedit -->"
    changed = service.recheck(item.id, session=session)
    assert changed.outcome is RecheckOutcome.CHANGED and changed.sha256 != item.sha256
    assert changed.sha256 and changed.sha256[:12] in changed.detail
    # What the link shows now is kept too, verified by its hash like any evidence file.
    assert service.store.open_path(changed.sha256).read_bytes() == HTML + b"<!-- diedit -->"
    assert service.verify_all() == []
    # A URL that is now gone, and one that cannot be reached at all.
    env.db.conn.execute(
        "UPDATE evidence SET source_url = ? WHERE id = ?", (f"{server}/dihapus", item.id)
    )
    env.clock.advance(minutes=1)
    gone = service.recheck(item.id, session=session)
    assert (gone.outcome, gone.http_status) == (RecheckOutcome.GONE, 404)
    env.db.conn.execute(
        "UPDATE evidence SET source_url = ? WHERE id = ?", ("http://127.0.0.1:9/x", item.id)
    )
    env.clock.advance(minutes=1)
    error = service.recheck(item.id, session=session)
    assert error.outcome is RecheckOutcome.ERROR and error.detail
    assert [c.outcome for c in service.link_checks(item.id)] == [
        RecheckOutcome.SAME,
        RecheckOutcome.CHANGED,
        RecheckOutcome.GONE,
        RecheckOutcome.ERROR,
    ]
    notes = [
        n for n in CaseService(env.db, env.supervisor).notes(case.id) if n.kind == "cek_tautan"
    ]
    assert len(notes) == 4
    assert "tidak berubah" in notes[0].body and "HTTP 200" in notes[0].body
    assert "berubah" in notes[1].body and "Sudah tidak ada" in notes[2].body
    assert "Tidak dapat diperiksa" in notes[3].body


def test_only_url_items_can_be_rechecked_and_not_by_the_admin(
    env: Env, case: Case, tmp_path: Path
) -> None:
    item = _service(env).add_file(case.id, _file(tmp_path, "bukti.png", PNG)).item
    with pytest.raises(ValidationError, match="tidak diambil dari tautan"):
        _service(env).recheck(item.id)
    admin = env.add_user("admin1", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        _service(env, admin).recheck(item.id)


def test_a_window_can_fetch_in_a_worker_and_store_on_its_own_thread(
    env: Env, case: Case, server: str, session: requests.Session
) -> None:
    service = _service(env)
    limit = service.max_bytes  # read on the database's thread
    fetched: list[Capture] = []
    worker = threading.Thread(
        target=lambda: fetched.append(
            service.fetch_url(f"{server}/foto.png", max_bytes=limit, session=session)
        )
    )
    worker.start()
    worker.join(30)
    item = service.add_capture(case.id, fetched[0], "dari utas lain").item
    assert (item.kind, item.description, item.source) == ("image", "dari utas lain", "url")
    result = recheck(item.source_url or "", item.sha256 or "", session=session)  # a worker's part
    check = service.record_recheck(item.id, result)
    assert check.outcome is RecheckOutcome.SAME and check.checked_at == result.checked_at
