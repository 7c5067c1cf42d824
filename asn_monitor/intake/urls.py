"""Post URLs in one comparable form, so the same post reported twice is recognised.

People paste the link the app or browser gave them: the mobile host, a tracking parameter,
a trailing slash, ``fb.com`` or ``x.com``. :func:`normalise_url` removes what does not name
the post, so two links to one post compare equal. The result is for comparison only; the
case keeps the link as it was reported.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

# Parameters that say who shared or how, never which post.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "igshid",
        "igsh",
        "si",
        "s",
        "t",
        "ref",
        "ref_src",
        "ref_url",
        "mibextid",
        "rdid",
        "share_url",
        "_rdr",
        "__cft__",
        "__tn__",
        "is_from_webapp",
        "sender_device",
        "feature",
    }
)
# Parameters that do name the post on their site (kept even if listed above).
_KEPT_BY_HOST = {"youtube.com": frozenset({"v", "t"})}
_HOST_PREFIXES = ("www.", "m.", "mobile.", "web.", "mbasic.", "touch.", "vm.")
_HOST_ALIASES = {
    "fb.com": "facebook.com",
    "fb.me": "facebook.com",
    "x.com": "twitter.com",
    "instagr.am": "instagram.com",
    "youtu.be": "youtube.com",
}
# Sites whose paths (user names, handles) do not depend on letter case.
_CASELESS_PATHS = frozenset({"facebook.com", "twitter.com", "instagram.com", "tiktok.com"})


def _host(netloc: str) -> str:
    host = netloc.rsplit("@", 1)[-1].lower()
    if host.endswith((":80", ":443")):
        host = host.rsplit(":", 1)[0]
    host = host.rstrip(".")
    changed = True
    while changed:
        changed = False
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host = host[len(prefix) :]
                changed = True
    return _HOST_ALIASES.get(host, host)


def normalise_url(url: str) -> str:
    """The comparable form of ``url``: ``https://host/path?sorted-query``.

    A link typed without its scheme (``www.facebook.com/...``) is read as https. Text that
    is not a web address comes back trimmed and lower-cased, so it still compares.
    """
    text = (url or "").strip()
    if not text:
        return ""
    if any(ch.isspace() for ch in text):
        return text.lower()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return (url or "").strip().lower()
    host = _host(parts.netloc)
    path = parts.path
    if host == "youtube.com" and parts.netloc.lower().rstrip("/").endswith("youtu.be"):
        # youtu.be/ID is youtube.com/watch?v=ID
        video = path.strip("/")
        path = "/watch"
        query_items = [("v", video), *parse_qsl(parts.query, keep_blank_values=True)]
    else:
        query_items = parse_qsl(parts.query, keep_blank_values=True)
    while "//" in path:
        path = path.replace("//", "/")
    path = path.rstrip("/")
    if host in _CASELESS_PATHS:
        path = path.lower()
    kept = _KEPT_BY_HOST.get(host, frozenset())
    query = sorted(
        (k, v)
        for k, v in query_items
        if k in kept or (k.lower() not in TRACKING_PARAMS and not k.lower().startswith("utm_"))
    )
    out = f"https://{host}{path}"
    if query:
        out += "?" + urlencode(query)
    return out


def host_of(url: str) -> str:
    """The site of ``url`` as :func:`normalise_url` names it (``facebook.com``)."""
    normal = normalise_url(url)
    return urlsplit(normal).netloc if normal.startswith("https://") else ""
