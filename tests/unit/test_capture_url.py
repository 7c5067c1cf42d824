"""URL capture against a real HTTP server on 127.0.0.1: provenance, redirects, every refusal."""

from __future__ import annotations

import gzip
import hashlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest
import requests

from asn_monitor.capture.sniff import FileKind
from asn_monitor.capture.url import (
    ALL_KINDS,
    CaptureCancelled,
    CaptureError,
    CaptureKind,
    CaptureTimeout,
    ConnectionFailed,
    ContentNotAllowed,
    EmptyResponse,
    Gone,
    HostNotFound,
    HttpError,
    MalformedUrl,
    NotAnImageResponse,
    RecheckOutcome,
    ResponseTooLarge,
    TooManyRedirects,
    UnsupportedScheme,
    capture_url,
    recheck,
    validate_url,
)
from tests.unit.factories import FakeClock
from tests.unit.test_sniff import make_png

PNG = make_png(4, 3)
HTML = b"<!DOCTYPE html><html><body><p>Dukung paslon nomor 2!</p></body></html>"
HUGE_TOTAL = 64 * 1024 * 1024


class Handler(BaseHTTPRequestHandler):
    stats: ClassVar[dict[str, Any]] = {}
    counter: ClassVar[list[int]] = [0]

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def reply(
        self, status: int, body: bytes = b"", content_type: str | None = None, **headers: str
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        headers.setdefault("Content_Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, status: int, location: str) -> None:
        self.reply(status, b"", None, Location=location)

    def do_GET(self) -> None:
        path = self.path
        try:
            if path == "/image.png":
                self.reply(
                    200,
                    PNG,
                    "image/png",
                    Last_Modified="Tue, 15 Oct 2024 01:00:00 GMT",
                    ETag='"abc"',
                    X_Secret="no",
                )
            elif path == "/octet":
                self.reply(200, PNG, "application/octet-stream")
            elif path == "/page":
                self.reply(200, HTML, "text/html; charset=UTF-8")
            elif path == "/gzip":
                self.reply(200, gzip.compress(HTML), "text/html", Content_Encoding="gzip")
            elif path == "/fake.png":
                self.reply(200, HTML, "image/png")
            elif path == "/zip":
                self.reply(200, b"PK\x03\x04" + b"\x00" * 40, "application/zip")
            elif path == "/empty":
                self.reply(200, b"", "text/html")
            elif path.startswith("/status/"):
                self.reply(int(path.rsplit("/", 1)[1]), b"nope", "text/plain")
            elif path.startswith("/r/"):
                n = int(path.rsplit("/", 1)[1])
                self.redirect(302 if n else 301, f"/r/{n - 1}" if n else "/page")
            elif path == "/loop/a":
                self.redirect(302, "/loop/b")
            elif path == "/loop/b":
                self.redirect(307, f"http://127.0.0.1:{self.server.server_port}/loop/a")
            elif path == "/to-ftp":
                self.redirect(302, "ftp://example.com/file.png")
            elif path == "/slow":
                time.sleep(1.0)
                self.reply(200, HTML, "text/html")
            elif path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "200")
                self.end_headers()
                for _ in range(200):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.02)
            elif path == "/declared-huge":
                self.reply(200, b"<html>", "text/html", Content_Length=str(10_000_000))
            elif path == "/huge":
                self.stats["huge_sent"] = 0
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                self.end_headers()
                chunk = b"\x00" * 65536
                try:
                    while self.stats["huge_sent"] < HUGE_TOTAL:
                        self.wfile.write(chunk)
                        self.stats["huge_sent"] += len(chunk)
                finally:
                    self.stats["huge_done"] = True
            elif path == "/changing":
                self.counter[0] += 1
                self.reply(200, HTML + str(self.counter[0]).encode(), "text/html")
            else:
                self.reply(404, b"", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up on purpose (timeout, too large)


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
    # No proxies from the environment: the server is on this machine.
    http = requests.Session()
    http.trust_env = False
    yield http
    http.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def grab(url: str, session: requests.Session, **kwargs: Any):
    return capture_url(url, session=session, clock=FakeClock(), **kwargs)


# ---------------------------------------------------------------------------- success


def test_image_capture_keeps_bytes_and_provenance(server: str, session, clock) -> None:
    capture = capture_url(f"{server}/image.png", session=session, clock=clock)
    assert capture.data == PNG and capture.size == len(PNG)
    assert capture.sha256 == hashlib.sha256(PNG).hexdigest()
    assert capture.kind is CaptureKind.IMAGE and capture.sniffed.kind is FileKind.PNG
    assert (capture.sniffed.width, capture.sniffed.height) == (4, 3)
    assert capture.status == 200 and capture.redirects == ()
    assert capture.url == capture.final_url == f"{server}/image.png"
    assert capture.content_type == "image/png" and capture.charset is None
    assert capture.retrieved_at == "2024-10-15T04:00:00.000Z"
    assert capture.headers["etag"] == '"abc"'
    assert capture.headers["last-modified"] == "Tue, 15 Oct 2024 01:00:00 GMT"
    assert capture.headers["content-length"] == str(len(PNG))
    assert {"date", "server", "content-type"} <= set(capture.headers)
    assert "x-secret" not in capture.headers
    assert "data" not in repr(capture).split("sniffed")[1]  # bytes are kept out of repr


def test_kind_comes_from_the_bytes(server: str, session) -> None:
    assert grab(f"{server}/octet", session).kind is CaptureKind.IMAGE
    page = grab(f"{server}/page", session)
    assert page.kind is CaptureKind.HTML and page.charset == "utf-8"
    assert page.content_type == "text/html"


def test_compressed_bodies_are_stored_decoded(server: str, session) -> None:
    capture = grab(f"{server}/gzip", session)
    assert capture.data == HTML and capture.sha256 == hashlib.sha256(HTML).hexdigest()


def test_redirects_are_followed_and_recorded(server: str, session) -> None:
    capture = grab(f"{server}/r/3", session)
    assert capture.final_url == f"{server}/page" and capture.kind is CaptureKind.HTML
    assert [(r.url, r.status) for r in capture.redirects] == [
        (f"{server}/r/3", 302),
        (f"{server}/r/2", 302),
        (f"{server}/r/1", 302),
        (f"{server}/r/0", 301),
    ]
    assert capture.redirects[-1].location == f"{server}/page"
    assert capture.url == f"{server}/r/3"


def test_without_a_session_one_is_made_and_closed(server: str, monkeypatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert capture_url(f"{server}/page").kind is CaptureKind.HTML


def test_other_content_is_taken_when_allowed(server: str, session) -> None:
    capture = grab(f"{server}/zip", session, allowed_kinds=ALL_KINDS)
    assert capture.kind is CaptureKind.OTHER and capture.content_type == "application/zip"


# ---------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "http://",
        "https://exa mple.com/x",
        "http://host:99999/",
        "http://[::1/",
        "https://x\n.com",
    ],
)
def test_malformed_urls(url: str) -> None:
    with pytest.raises(MalformedUrl):
        validate_url(url)


def test_a_url_without_scheme_gets_a_hint() -> None:
    for url in ("www.facebook.com/story.php?id=42", "facebook.com:443/x"):
        with pytest.raises(MalformedUrl, match="https://"):
            validate_url(url)


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("ftp://example.com/a.png", "ftp:"),
        ("file:///etc/passwd", "file:"),
        ("javascript:alert(1)", "javascript:"),
    ],
)
def test_unsupported_schemes(url: str, scheme: str, session) -> None:
    with pytest.raises(UnsupportedScheme) as caught:
        grab(url, session)
    assert scheme in str(caught.value) and "https://" in str(caught.value)


def test_a_redirect_to_another_scheme_is_refused(server: str, session) -> None:
    with pytest.raises(UnsupportedScheme, match="ftp:"):
        grab(f"{server}/to-ftp", session)


def test_unknown_host(session) -> None:
    with pytest.raises(HostNotFound, match=r"nonexistent\.invalid") as caught:
        grab("http://nonexistent.invalid/post/1", session)
    assert isinstance(caught.value, ConnectionFailed)


def test_connection_refused(session) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ConnectionFailed, match=r"Tidak dapat terhubung ke 127\.0\.0\.1") as caught:
        grab(f"http://127.0.0.1:{port}/", session)
    assert not isinstance(caught.value, HostNotFound | CaptureTimeout)


def test_slow_server_times_out(server: str, session) -> None:
    started = time.monotonic()
    with pytest.raises(CaptureTimeout, match="0,2 detik"):
        grab(f"{server}/slow", session, timeout=(2, 0.2))
    assert time.monotonic() - started < 0.9


def test_a_trickling_server_meets_the_deadline(server: str, session) -> None:
    started = time.monotonic()
    with pytest.raises(CaptureTimeout):
        grab(f"{server}/drip", session, timeout=(2, 2), deadline=0.3)
    assert time.monotonic() - started < 2


def test_a_cancelled_capture_stops_at_the_next_read(server: str, session) -> None:
    """Batal in the dialog: the download stops mid-body instead of running to its end."""
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(CaptureCancelled, match="dibatalkan"):
        grab(f"{server}/drip", session, timeout=(2, 2), cancel=cancel)
    # The whole body takes 4 s to trickle in.
    assert time.monotonic() - started < 1.5


def test_a_capture_cancelled_before_it_starts_never_connects(server: str, session) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(CaptureCancelled):
        grab(f"{server}/page", session, cancel=cancel)


def test_too_many_redirects(server: str, session) -> None:
    with pytest.raises(TooManyRedirects, match="lebih dari 5 kali"):
        grab(f"{server}/r/6", session)
    assert grab(f"{server}/r/4", session).final_url.endswith("/page")
    with pytest.raises(TooManyRedirects):
        grab(f"{server}/r/2", session, max_redirects=2)


def test_a_redirect_loop_is_named(server: str, session) -> None:
    with pytest.raises(TooManyRedirects, match="berputar-putar") as caught:
        grab(f"{server}/loop/a", session, max_redirects=50)
    assert "/loop/a" in str(caught.value)


@pytest.mark.parametrize("status", [404, 410])
def test_gone(server: str, session, status: int) -> None:
    with pytest.raises(Gone, match=f"HTTP {status}") as caught:
        grab(f"{server}/status/{status}", session)
    assert caught.value.status == status and isinstance(caught.value, HttpError)


@pytest.mark.parametrize(
    ("status", "text"),
    [(403, "menolak"), (401, "menolak"), (503, "bermasalah"), (500, "bermasalah")],
)
def test_other_http_errors(server: str, session, status: int, text: str) -> None:
    with pytest.raises(HttpError, match=text) as caught:
        grab(f"{server}/status/{status}", session)
    assert caught.value.status == status and not isinstance(caught.value, Gone)


def test_a_huge_body_is_cut_off(server: str, session) -> None:
    with pytest.raises(ResponseTooLarge, match="lebih besar dari batas 97,7 KB"):
        grab(f"{server}/huge", session, max_bytes=100_000, allowed_kinds=ALL_KINDS)
    for _ in range(100):
        if Handler.stats.get("huge_done"):
            break
        time.sleep(0.05)
    # The server stopped when we hung up: far less than the whole body went out.
    assert Handler.stats["huge_sent"] < HUGE_TOTAL // 4


def test_a_declared_size_over_the_limit_is_refused_unread(server: str, session) -> None:
    with pytest.raises(ResponseTooLarge, match="tidak diunduh") as caught:
        grab(f"{server}/declared-huge", session, max_bytes=1_000_000)
    assert "9,5 MB" in str(caught.value)


def test_empty_body(server: str, session) -> None:
    with pytest.raises(EmptyResponse):
        grab(f"{server}/empty", session)


def test_content_kind_not_allowed(server: str, session) -> None:
    with pytest.raises(ContentNotAllowed) as caught:
        grab(f"{server}/zip", session)
    message = str(caught.value)
    assert "application/zip" in message and "gambar; halaman web" in message
    with pytest.raises(ContentNotAllowed, match="halaman web"):
        grab(f"{server}/page", session, allowed_kinds={CaptureKind.IMAGE})


def test_an_image_url_serving_something_else(server: str, session) -> None:
    with pytest.raises(NotAnImageResponse, match="halaman web") as caught:
        grab(f"{server}/fake.png", session)
    assert "image/png" in str(caught.value)


def test_every_refusal_is_a_capture_error_with_an_exit_code() -> None:
    for cls in (
        MalformedUrl,
        UnsupportedScheme,
        ConnectionFailed,
        HostNotFound,
        CaptureTimeout,
        TooManyRedirects,
        Gone,
        HttpError,
        ResponseTooLarge,
        EmptyResponse,
        ContentNotAllowed,
        NotAnImageResponse,
    ):
        assert issubclass(cls, CaptureError) and cls.exit_code == 22


# ---------------------------------------------------------------------------- recheck


def test_recheck_same_and_changed(server: str, session, clock) -> None:
    sha = hashlib.sha256(PNG).hexdigest()
    same = recheck(f"{server}/image.png", sha, session=session, clock=clock)
    assert same.outcome is RecheckOutcome.SAME and same.sha256 == sha and same.status == 200
    assert same.checked_at == "2024-10-15T04:00:00.000Z" and same.capture is not None
    changed = recheck(f"{server}/image.png", "0" * 64, session=session, clock=clock)
    assert changed.outcome is RecheckOutcome.CHANGED and changed.previous_sha256 == "0" * 64
    first = grab(f"{server}/changing", session)
    again = recheck(f"{server}/changing", first.sha256, session=session, clock=clock)
    assert again.outcome is RecheckOutcome.CHANGED and again.sha256 != first.sha256


def test_recheck_follows_redirects_and_ignores_kind_rules(server: str, session, clock) -> None:
    page = grab(f"{server}/page", session)
    result = recheck(f"{server}/r/1", page.sha256, session=session, clock=clock)
    assert result.outcome is RecheckOutcome.SAME and result.final_url == f"{server}/page"
    zip_sha = hashlib.sha256(b"PK\x03\x04" + b"\x00" * 40).hexdigest()
    assert recheck(f"{server}/zip", zip_sha, session=session).outcome is RecheckOutcome.SAME


@pytest.mark.parametrize("status", [404, 410])
def test_recheck_gone(server: str, session, clock, status: int) -> None:
    result = recheck(f"{server}/status/{status}", "a" * 64, session=session, clock=clock)
    assert result.outcome is RecheckOutcome.GONE and result.status == status
    assert isinstance(result.error, Gone) and result.sha256 is None


def test_recheck_errors_are_reported_not_raised(server: str, session, clock) -> None:
    result = recheck(f"{server}/status/503", "a" * 64, session=session, clock=clock)
    assert result.outcome is RecheckOutcome.ERROR and result.status == 503
    timeout = recheck(f"{server}/slow", "a" * 64, session=session, timeout=(2, 0.2))
    assert timeout.outcome is RecheckOutcome.ERROR and isinstance(timeout.error, CaptureTimeout)
    bad = recheck("ftp://x/y", "a" * 64, session=session)
    assert bad.outcome is RecheckOutcome.ERROR and isinstance(bad.error, UnsupportedScheme)
    assert RecheckOutcome.GONE.label == "Sudah tidak ada"
