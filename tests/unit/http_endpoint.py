"""A web-form endpoint on 127.0.0.1 for tests: answers as each path says."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

REPORTS = {
    "reports": [
        {
            "id": "WEB-001",
            "tanggal_laporan": "2024-10-04",
            "nama_pelapor": "Nur'aini",
            "kontak": "0812-1",
            "ringkasan": "Membagikan poster paslon",
            "tautan": "https://m.facebook.com/story.php?story_fbid=77&id=5&fbclid=x",
        },
        {
            "id": "WEB-002",
            "tanggal_laporan": "05/10/2024",
            "ringkasan": "Komentar dukungan di TikTok",
            "tautan": ["https://www.tiktok.com/@guru.a/video/123"],
        },
    ]
}


class Handler(BaseHTTPRequestHandler):
    seen_auth: ClassVar[list[str | None]] = []

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.seen_auth.append(self.headers.get("Authorization"))
        if self.path.startswith("/ok"):
            self._send(200, json.dumps(REPORTS).encode(), "application/json")
        elif self.path.startswith("/secure"):
            if self.headers.get("Authorization") != "Bearer rahasia":
                self._send(401, b'{"error": "unauthorised"}', "application/json")
            else:
                self._send(200, json.dumps(REPORTS).encode(), "application/json")
        elif self.path.startswith("/broken"):
            self._send(500, b"Internal Server Error", "text/plain")
        elif self.path.startswith("/html"):
            self._send(200, b"<html><body>Login</body></html>", "text/html")
        elif self.path.startswith("/slow"):
            time.sleep(1.5)
            self._send(200, b"[]", "application/json")
        else:
            self._send(404, b"not found", "text/plain")


@contextmanager
def serve() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
