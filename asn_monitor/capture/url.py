"""Capturing what a URL serves, with enough provenance to stand behind it later.

A capture keeps the exact bytes, the URL asked for and where the redirects led, the HTTP
status and the server's own headers (date, last-modified, etag), when it was retrieved and
the SHA-256 of the bytes. Redirects are followed by hand so that every hop is recorded and
checked (a redirect to ``file://`` or a loop is refused). The body is streamed and cut off at
``max_bytes``: a mistaken link to a 4 GB video must not fill the office PC's memory.

:func:`recheck` fetches the URL again later and says whether the content is still there,
has changed, or is gone, which the supervisor needs before signing off a case.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import requests
import urllib3.exceptions

from asn_monitor.capture.sniff import FileKind, Sniffed, format_size, sniff
from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.store.database import Clock, iso, utc_now

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT = (5.0, 20.0)
# Per-read timeouts do not stop a server that sends one byte a second; this does.
DEFAULT_DEADLINE = 120.0
USER_AGENT = "ASN-Monitor/0.1 (+evidence capture; python-requests)"
_CHUNK = 64 * 1024

# Headers worth keeping with the evidence: they are the server's own account of the content.
KEPT_HEADERS = ("date", "last-modified", "etag", "server", "content-length", "content-type")


class CaptureKind(str, Enum):
    IMAGE = "image"
    HTML = "html"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABEL[self]


_KIND_LABEL = {
    CaptureKind.IMAGE: QT_TRANSLATE_NOOP("asn_monitor", "gambar"),
    CaptureKind.HTML: QT_TRANSLATE_NOOP("asn_monitor", "halaman web"),
    CaptureKind.OTHER: QT_TRANSLATE_NOOP("asn_monitor", "berkas lain"),
}

DEFAULT_ALLOWED_KINDS = frozenset({CaptureKind.IMAGE, CaptureKind.HTML})
ALL_KINDS = frozenset(CaptureKind)

# ---------------------------------------------------------------------------- errors


class CaptureError(AsnError):
    """The URL could not be captured; the message says why in terms a monitor can act on."""

    exit_code = 22


class MalformedUrl(CaptureError):
    default_template = QT_TRANSLATE_NOOP("asn_monitor", "Alamat {url} bukan URL yang sah.")


MISSING_SCHEME = QT_TRANSLATE_NOOP(
    "asn_monitor", "Alamat {url} tidak lengkap: awali dengan https:// (atau http://)."
)


class UnsupportedScheme(CaptureError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Alamat {url} memakai skema {scheme}; hanya alamat http:// dan https:// yang dapat diambil.",
    )


class ConnectionFailed(CaptureError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Tidak dapat terhubung ke {host} ({detail}). Periksa alamatnya dan sambungan internet.",
    )


CONNECTION_CUT = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "Sambungan ke {host} terputus sebelum isinya selesai diterima ({detail}). Coba lagi.",
)


class HostNotFound(ConnectionFailed):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Nama situs {host} tidak ditemukan (DNS). Periksa ejaan alamat dan sambungan internet.",
    )


class TlsFailed(ConnectionFailed):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Sambungan aman ke {host} gagal: sertifikat situs tidak dapat dipercaya ({detail}).",
    )


class CaptureTimeout(CaptureError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "{host} tidak menjawab dalam {seconds} detik. Coba lagi nanti."
    )


class CaptureCancelled(CaptureError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Pengambilan {url} dibatalkan; tidak ada yang disimpan."
    )


class Cancel(Protocol):
    """Set from another thread to stop a fetch (``threading.Event`` is one)."""

    def is_set(self) -> bool: ...


class TooManyRedirects(CaptureError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Alamat {url} dialihkan lebih dari {limit} kali; pengambilan dihentikan."
    )


REDIRECT_LOOP = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "Alamat {url} dialihkan berputar-putar (kembali ke {loop}); pengambilan dihentikan.",
)


class HttpError(CaptureError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Server {host} menolak permintaan untuk {url}: HTTP {status} {reason}."
    )

    @property
    def status(self) -> int:
        return int(self.params["status"])


SERVER_TROUBLE = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "Server {host} sedang bermasalah (HTTP {status} {reason}) untuk {url}. Coba lagi nanti.",
)


class Gone(HttpError):
    """404 or 410: the content is not (or no longer) there."""

    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Konten di {url} sudah tidak ada (HTTP {status}); mungkin telah dihapus pemiliknya.",
    )


class ResponseTooLarge(CaptureError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Isi {url} lebih besar dari batas {limit}; pengambilan dihentikan."
    )


DECLARED_TOO_LARGE = QT_TRANSLATE_NOOP(
    "asn_monitor", "Isi {url} berukuran {size}, melebihi batas {limit}; tidak diunduh."
)


class EmptyResponse(CaptureError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Server mengirim isi kosong untuk {url}; tidak ada yang dapat disimpan."
    )


class ContentNotAllowed(CaptureError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Isi {url} berupa {kind} ({content_type}), yang tidak diterima di sini. Yang diterima: "
        "{allowed}.",
    )


class NotAnImageResponse(CaptureError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Alamat {url} mengaku berisi gambar ({content_type}), tetapi isinya {found}. Mungkin "
        "situs meminta login; ambil tangkapan layar secara manual.",
    )


# ---------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Redirect:
    url: str
    status: int
    location: str


@dataclass(frozen=True)
class Capture:
    url: str
    final_url: str
    redirects: tuple[Redirect, ...]
    status: int
    content_type: str  # media type only, lower case; "" when the server sent none
    charset: str | None
    headers: dict[str, str]  # the KEPT_HEADERS the server sent, lower-case names
    retrieved_at: str  # UTC, ISO 8601
    sha256: str
    kind: CaptureKind
    sniffed: Sniffed
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)


class RecheckOutcome(str, Enum):
    SAME = "same"  # still there, same bytes
    CHANGED = "changed"
    GONE = "gone"  # 404 or 410
    ERROR = "error"  # could not tell (offline, timeout, server error…)

    @property
    def label(self) -> str:
        return _OUTCOME_LABEL[self]


_OUTCOME_LABEL = {
    RecheckOutcome.SAME: QT_TRANSLATE_NOOP("asn_monitor", "Masih ada, tidak berubah"),
    RecheckOutcome.CHANGED: QT_TRANSLATE_NOOP("asn_monitor", "Masih ada, isinya berubah"),
    RecheckOutcome.GONE: QT_TRANSLATE_NOOP("asn_monitor", "Sudah tidak ada"),
    RecheckOutcome.ERROR: QT_TRANSLATE_NOOP("asn_monitor", "Tidak dapat diperiksa"),
}


@dataclass(frozen=True)
class RecheckResult:
    url: str
    outcome: RecheckOutcome
    checked_at: str
    previous_sha256: str
    sha256: str | None = None
    status: int | None = None
    final_url: str | None = None
    capture: Capture | None = None
    error: CaptureError | None = None


# ---------------------------------------------------------------------------- fetching


def validate_url(url: str) -> str:
    """The URL, stripped, if it is an absolute http(s) URL with a host; else raise."""
    text = url.strip() if isinstance(url, str) else ""
    if not text or any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise MalformedUrl(url=text or repr(url))
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise MalformedUrl(url=text) from None
    scheme = parts.scheme.lower()
    if not scheme or (not parts.netloc and "." in scheme):
        raise MalformedUrl(MISSING_SCHEME, url=text)
    if scheme not in ("http", "https"):
        raise UnsupportedScheme(url=text, scheme=f"{scheme}:")
    if not parts.hostname:
        raise MalformedUrl(url=text)
    return text


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url


def _causes(exc: BaseException) -> Iterator[object]:
    """The exception and what it wraps (requests keeps urllib3's error in args and .reason)."""
    seen: set[int] = set()
    stack: list[object] = [exc]
    while stack:
        item = stack.pop()
        if id(item) in seen or item is None:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, BaseException):
            stack.extend([*item.args, item.__cause__, item.__context__])
            stack.append(getattr(item, "reason", None))


def _network_error(exc: BaseException, url: str, timeout: tuple[float, float]) -> CaptureError:
    """The CaptureError for a requests or urllib3 failure (urllib3's come from body reads)."""
    host = _host(url)
    causes = list(_causes(exc))
    # urllib3's NewConnectionError (refused, DNS) is a ConnectTimeoutError subclass.
    if isinstance(exc, requests.ConnectTimeout) or any(
        isinstance(c, urllib3.exceptions.ConnectTimeoutError)
        and not isinstance(c, urllib3.exceptions.NewConnectionError)
        for c in causes
    ):
        return CaptureTimeout(host=host, seconds=_seconds(timeout[0]))
    if isinstance(exc, requests.Timeout) or any(
        isinstance(c, urllib3.exceptions.ReadTimeoutError) for c in causes
    ):
        return CaptureTimeout(host=host, seconds=_seconds(timeout[1]))
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
        return MalformedUrl(url=url)
    detail = _short(exc)
    if any(isinstance(c, urllib3.exceptions.NameResolutionError) for c in causes):
        return HostNotFound(host=host, detail=detail)
    if any(
        isinstance(c, requests.exceptions.SSLError | urllib3.exceptions.SSLError) for c in causes
    ):
        return TlsFailed(host=host, detail=detail)
    cut = (
        requests.exceptions.ChunkedEncodingError,
        requests.exceptions.ContentDecodingError,
        urllib3.exceptions.ProtocolError,
        urllib3.exceptions.DecodeError,
    )
    if isinstance(exc, cut):
        return ConnectionFailed(CONNECTION_CUT, host=host, detail=detail)
    return ConnectionFailed(host=host, detail=detail)


def _short(exc: BaseException) -> str:
    # The innermost OS-level reason reads best ("Connection refused"), not urllib3's chain.
    for cause in _causes(exc):
        if isinstance(cause, OSError) and cause.strerror:
            return str(cause.strerror)
    text = str(exc)
    return text if len(text) <= 160 else text[:157] + "…"


def _seconds(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media, _, rest = header.partition(";")
    charset = None
    for param in rest.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"').lower()
    return media.strip().lower(), charset


def _new_session(user_agent: str) -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = user_agent
    return session


def _body_chunks(response: requests.Response) -> Iterator[bytes]:
    # read1 returns whatever arrived (at most one socket read), so a server that trickles
    # bytes meets the deadline check; iter_content would wait for a full chunk each time.
    read1 = getattr(response.raw, "read1", None)
    if read1 is None:  # urllib3 1.x
        yield from response.iter_content(_CHUNK)
        return
    while chunk := read1(_CHUNK, decode_content=True):
        yield chunk


def _read_body(
    response: requests.Response,
    url: str,
    max_bytes: int,
    deadline_at: float | None,
    timeout: tuple[float, float],
    cancel: Cancel | None = None,
) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ResponseTooLarge(
            DECLARED_TOO_LARGE,
            url=url,
            size=format_size(int(declared)),
            limit=format_size(max_bytes),
        )
    parts: list[bytes] = []
    total = 0
    for chunk in _body_chunks(response):
        total += len(chunk)
        if total > max_bytes:
            raise ResponseTooLarge(url=url, limit=format_size(max_bytes))
        parts.append(chunk)
        if cancel is not None and cancel.is_set():
            raise CaptureCancelled(url=url)
        if deadline_at is not None and time.monotonic() > deadline_at:
            raise CaptureTimeout(host=_host(url), seconds=_seconds(timeout[1]))
    return b"".join(parts)


def _fetch(
    url: str,
    *,
    timeout: tuple[float, float],
    max_bytes: int,
    max_redirects: int,
    session: requests.Session | None,
    clock: Clock,
    deadline: float | None,
    user_agent: str,
    cancel: Cancel | None = None,
) -> Capture:
    requested = validate_url(url)
    own = session is None
    http = session if session is not None else _new_session(user_agent)
    current = requested
    redirects: list[Redirect] = []
    seen = {requested}
    deadline_at = None if deadline is None else time.monotonic() + deadline
    try:
        while True:
            if cancel is not None and cancel.is_set():
                raise CaptureCancelled(url=requested)
            try:
                response = http.get(current, stream=True, allow_redirects=False, timeout=timeout)
            except requests.RequestException as exc:
                raise _network_error(exc, current, timeout) from exc
            if not response.is_redirect:
                break
            location = urljoin(current, response.headers["location"])
            response.close()
            redirects.append(Redirect(current, response.status_code, location))
            if location in seen:
                raise TooManyRedirects(REDIRECT_LOOP, url=requested, loop=location)
            if len(redirects) > max_redirects:
                raise TooManyRedirects(url=requested, limit=max_redirects)
            current = validate_url(location)
            seen.add(current)
        with response:
            status = response.status_code
            reason = response.reason or ""
            if status in (404, 410):
                raise Gone(url=current, host=_host(current), status=status, reason=reason)
            if not 200 <= status < 300:
                template = SERVER_TROUBLE if status >= 500 else None
                raise HttpError(
                    template, url=current, host=_host(current), status=status, reason=reason
                )
            retrieved_at = iso(clock())
            try:
                data = _read_body(response, current, max_bytes, deadline_at, timeout, cancel)
            except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
                raise _network_error(exc, current, timeout) from exc
            headers = {k: response.headers[k] for k in KEPT_HEADERS if k in response.headers}
    finally:
        if own:
            http.close()
    if not data:
        raise EmptyResponse(url=current)
    content_type, charset = _media_type(headers.get("content-type"))
    sniffed = sniff(data)
    if sniffed.kind.is_image:
        kind = CaptureKind.IMAGE
    elif sniffed.kind is FileKind.HTML or content_type in ("text/html", "application/xhtml+xml"):
        kind = CaptureKind.HTML
    else:
        kind = CaptureKind.OTHER
    return Capture(
        url=requested,
        final_url=current,
        redirects=tuple(redirects),
        status=status,
        content_type=content_type,
        charset=charset,
        headers=headers,
        retrieved_at=retrieved_at,
        sha256=hashlib.sha256(data).hexdigest(),
        kind=kind,
        sniffed=sniffed,
        data=data,
    )


def capture_url(
    url: str,
    *,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = 5,
    allowed_kinds: Collection[CaptureKind] = DEFAULT_ALLOWED_KINDS,
    session: requests.Session | None = None,
    clock: Clock = utc_now,
    deadline: float | None = DEFAULT_DEADLINE,
    user_agent: str = USER_AGENT,
    cancel: Cancel | None = None,
) -> Capture:
    """Fetch ``url`` and return what it served with its provenance, or raise a
    :class:`CaptureError` subclass.

    ``timeout`` is (connect, read) per network operation; ``deadline`` bounds the whole
    fetch. A ``session`` passed in is used and left open (proxies, cookies, tests).
    ``cancel``, set from another thread, stops the fetch at the next read (within one
    read timeout at worst) with :class:`CaptureCancelled`.
    """
    capture = _fetch(
        url,
        timeout=timeout,
        max_bytes=max_bytes,
        max_redirects=max_redirects,
        session=session,
        clock=clock,
        deadline=deadline,
        user_agent=user_agent,
        cancel=cancel,
    )
    declared_image = (
        capture.content_type.startswith("image/") and capture.content_type != "image/svg+xml"
    )
    if declared_image and capture.kind is not CaptureKind.IMAGE:
        raise NotAnImageResponse(
            url=capture.final_url,
            content_type=capture.content_type,
            found=capture.sniffed.kind.label,
        )
    if capture.kind not in allowed_kinds:
        raise ContentNotAllowed(
            url=capture.final_url,
            kind=capture.kind.label,
            content_type=capture.content_type or "?",
            allowed=[k.label for k in CaptureKind if k in allowed_kinds],
        )
    return capture


def recheck(
    url: str,
    previous_sha256: str,
    *,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = 5,
    session: requests.Session | None = None,
    clock: Clock = utc_now,
    deadline: float | None = DEFAULT_DEADLINE,
    user_agent: str = USER_AGENT,
) -> RecheckResult:
    """Fetch ``url`` again and compare with the hash captured before. Never raises a
    :class:`CaptureError`: a failure is the ``ERROR`` outcome, with the error attached.

    No content-type rules apply here: whatever the URL serves now is compared.
    """
    checked_at = iso(clock())
    base: dict[str, Any] = {
        "url": url,
        "checked_at": checked_at,
        "previous_sha256": previous_sha256,
    }
    try:
        capture = _fetch(
            url,
            timeout=timeout,
            max_bytes=max_bytes,
            max_redirects=max_redirects,
            session=session,
            clock=clock,
            deadline=deadline,
            user_agent=user_agent,
        )
    except Gone as exc:
        return RecheckResult(
            outcome=RecheckOutcome.GONE,
            status=exc.status,
            final_url=exc.params["url"],
            error=exc,
            **base,
        )
    except CaptureError as exc:
        status = exc.status if isinstance(exc, HttpError) else None
        return RecheckResult(outcome=RecheckOutcome.ERROR, status=status, error=exc, **base)
    same = capture.sha256 == previous_sha256.lower()
    return RecheckResult(
        outcome=RecheckOutcome.SAME if same else RecheckOutcome.CHANGED,
        sha256=capture.sha256,
        status=capture.status,
        final_url=capture.final_url,
        capture=capture,
        **base,
    )
