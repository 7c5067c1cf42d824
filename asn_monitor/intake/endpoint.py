"""Fetching reports from the office's web-form endpoint (on demand, never in the background).

The endpoint is set in the office settings; its token, when there is one, goes as a Bearer
header and only to that endpoint's own host. Every failure becomes a message that says
what happened and what to do: a person at the office has to decide whether to call the
web-form vendor, fix the token or simply try again.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP

DEFAULT_TIMEOUT = (5.0, 30.0)  # connect, read (seconds)
MAX_BYTES = 50 * 1024 * 1024
USER_AGENT = "ASN-Monitor/0.1 (+report import; python-requests)"


class EndpointError(AsnError):
    exit_code = 23
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Endpoint {url} tidak dapat dibaca: {detail}"
    )


class EndpointTimeout(EndpointError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Endpoint {url} tidak menjawab dalam {seconds} detik. Coba lagi nanti; bila terus "
        "terjadi, hubungi pengelola formulir web.",
    )


class EndpointUnreachable(EndpointError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Endpoint {url} tidak dapat dihubungi ({detail}). Periksa alamatnya di pengaturan kantor "
        "dan sambungan internet.",
    )


class EndpointUnauthorised(EndpointError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Endpoint {url} menolak akses (HTTP {status}): token tidak ada, salah atau kedaluwarsa. "
        "Minta token baru kepada pengelola formulir web dan simpan di pengaturan impor.",
    )


class EndpointServerError(EndpointError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Server endpoint {url} sedang bermasalah (HTTP {status}). Tidak ada yang diimpor; coba "
        "lagi nanti.",
    )


class EndpointHttpError(EndpointError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Endpoint {url} menjawab HTTP {status}; tidak ada yang diimpor."
    )


class EndpointNotJson(EndpointError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Endpoint {url} tidak mengirim JSON (jenis isi: {content_type}). Periksa alamat "
        "endpoint; mungkin itu alamat halaman web, bukan data.",
    )


class EndpointTooLarge(EndpointError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Jawaban endpoint {url} lebih dari {limit} MB; tidak diimpor."
    )


@dataclass(frozen=True)
class Fetched:
    url: str
    data: bytes
    content_type: str


def check_url(url: str) -> str:
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Alamat endpoint \u201c{url}\u201d tidak sah; gunakan alamat lengkap yang "
                "diawali https://.",
            ),
            url=url,
        )
    return url


def same_host(a: str, b: str) -> bool:
    return urlsplit(a).netloc.lower() == urlsplit(b).netloc.lower()


def fetch(
    url: str,
    token: str = "",
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    session: requests.Session | None = None,
) -> Fetched:
    """GET ``url`` and return its body; raise an :class:`EndpointError` that says why not."""
    url = check_url(url)
    headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    http = session or requests.Session()
    try:
        response = http.get(url, headers=headers, timeout=timeout, stream=True)
    except requests.Timeout as exc:
        raise EndpointTimeout(url=url, seconds=f"{max(timeout):g}") from exc
    except requests.RequestException as exc:
        raise EndpointUnreachable(url=url, detail=_short(exc)) from exc
    try:
        status = response.status_code
        if status in (401, 403):
            raise EndpointUnauthorised(url=url, status=status)
        if status >= 500:
            raise EndpointServerError(url=url, status=status)
        if status >= 400:
            raise EndpointHttpError(url=url, status=status)
        body = bytearray()
        try:
            for chunk in response.iter_content(64 * 1024):
                body += chunk
                if len(body) > MAX_BYTES:
                    raise EndpointTooLarge(url=url, limit=MAX_BYTES // (1024 * 1024))
        except requests.Timeout as exc:
            raise EndpointTimeout(url=url, seconds=f"{max(timeout):g}") from exc
        except requests.RequestException as exc:
            raise EndpointUnreachable(url=url, detail=_short(exc)) from exc
        content_type = response.headers.get("Content-Type", "")
        if "json" not in content_type.lower() and bytes(body).lstrip()[:1] not in (b"[", b"{"):
            raise EndpointNotJson(url=url, content_type=content_type or "-")
        return Fetched(response.url or url, bytes(body), content_type)
    finally:
        response.close()
        if session is None:
            http.close()


def _short(exc: BaseException) -> str:
    text = str(exc)
    for marker in ("Failed to establish a new connection: ", "Caused by "):
        if marker in text:
            text = text.split(marker, 1)[1]
    return text.strip(" ()'\"")[:160] or type(exc).__name__
