"""Reports from the office's endpoint, served on 127.0.0.1: success and every failure."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from asn_monitor.intake import endpoint as http
from asn_monitor.services.intake import IntakeService, RowState
from tests.unit.conftest import Env
from tests.unit.http_endpoint import Handler, serve


@pytest.fixture
def base() -> Iterator[str]:
    Handler.seen_auth = []
    with serve() as url:
        yield url


def test_fetch_ok(base: str) -> None:
    fetched = http.fetch(base + "/ok")
    assert fetched.data.startswith(b"{") and "json" in fetched.content_type


def test_token_goes_as_bearer_header(base: str) -> None:
    with pytest.raises(http.EndpointUnauthorised) as caught:
        http.fetch(base + "/secure", token="salah")
    assert "HTTP 401" in str(caught.value) and "token" in str(caught.value)
    assert http.fetch(base + "/secure", token="rahasia").data
    assert Handler.seen_auth[-1] == "Bearer rahasia"


def test_server_error(base: str) -> None:
    with pytest.raises(http.EndpointServerError, match="HTTP 500"):
        http.fetch(base + "/broken")


def test_not_json(base: str) -> None:
    with pytest.raises(http.EndpointNotJson, match="text/html"):
        http.fetch(base + "/html")


def test_not_found(base: str) -> None:
    with pytest.raises(http.EndpointHttpError, match="HTTP 404"):
        http.fetch(base + "/tidak-ada")


def test_slow_endpoint_times_out(base: str) -> None:
    with pytest.raises(http.EndpointTimeout, match=r"tidak menjawab dalam 0\.5 detik"):
        http.fetch(base + "/slow", timeout=(0.5, 0.5))


def test_unreachable_endpoint() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again at once: nothing listens there
    with pytest.raises(http.EndpointUnreachable, match="tidak dapat dihubungi"):
        http.fetch(f"http://127.0.0.1:{port}/ok", timeout=(1, 1))


def test_bad_address_is_refused_before_any_request() -> None:
    with pytest.raises(http.EndpointError, match="tidak sah"):
        http.fetch("ftp://example.org/x")


def test_import_from_the_configured_endpoint_with_its_token(env: Env, base: str) -> None:
    service = IntakeService(env.db, env.supervisor)
    service.set_endpoint(base + "/secure", "rahasia")
    preview = service.preview("endpoint")
    assert [r.state for r in preview.rows] == [RowState.OK, RowState.OK]
    result = service.commit(preview)
    assert len(result.created) == 2
    again = service.preview("endpoint")
    assert [r.state for r in again.rows] == [RowState.ALREADY, RowState.ALREADY]


def test_token_is_not_sent_to_another_host(env: Env, base: str) -> None:
    service = IntakeService(env.db, env.supervisor)
    service.set_endpoint("https://formulir.example.org/api", "rahasia")
    Handler.seen_auth = []
    service.preview(base + "/ok")
    assert Handler.seen_auth == [None]


def test_only_a_supervisor_or_admin_sets_the_endpoint(env: Env) -> None:
    from asn_monitor.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        IntakeService(env.db, env.monitor).set_endpoint("https://a.example/x", "")
