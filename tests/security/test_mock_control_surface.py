"""The ``/_mock`` control surface (reset every tenant, move the clock, mint tokens) is guarded:
``--no-control`` turns it off (404 like any unknown path); with ``--control-token`` it wants the
token in ``X-Mock-Control-Token``; off loopback the mock refuses to start without a control token
(or ``--no-control``) or with the published JWT secret, and says at startup what it exposes.

No test binds anything but loopback: the refusals happen before a socket is opened (uvicorn's
``Server.run`` is replaced by a recorder that fails the test if it is reached when it must not)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import pytest_asyncio
import uvicorn
from pydantic import ValidationError
from tensorcost.testing import MockServer
from tensorcost_mock import MockApp, MockSettings, cli, create_app

NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)
TOKEN = "ctl_9fK2mQ7xR4tV8wB3nL6pZ1cD5hJ0sGa"
SECRET = "jwt_7Hq3Lx9Vb2Nm5Kp8Rt4Wz6Yc1Df0Gs"


def make_app(**settings: Any) -> MockApp:
    return create_app(seed=42, now=NOW, freeze_clock=True, **settings)


@pytest_asyncio.fixture
async def http(request: pytest.FixtureRequest) -> AsyncIterator[httpx.AsyncClient]:
    app = make_app(**request.param)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:4010") as c:
        yield c


@pytest.mark.asyncio
@pytest.mark.parametrize("http", [{"control": False}], indirect=True)
async def test_no_control_answers_404_like_any_unknown_path(http: httpx.AsyncClient) -> None:
    unknown = await http.get("/nowhere")
    assert unknown.status_code == 404
    for method, path in [
        ("GET", "/_mock/"),
        ("POST", "/_mock/reset"),
        ("GET", "/_mock/token"),
        ("GET", "/_mock"),
    ]:
        r = await http.request(method, path)
        assert r.status_code == 404, (method, path)
        assert r.json()["code"] == unknown.json()["code"] == "NOT_FOUND"
    # The API itself still answers.
    login = await http.post(
        "/v1/auth/login",
        json={
            "email": "ana.ruiz@acme-ai.com",
            "password": "correct-horse-battery-staple",
            "tenant_id": "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01",
        },
    )
    assert login.status_code == 200


@pytest.mark.asyncio
@pytest.mark.parametrize("http", [{"control_token": TOKEN}], indirect=True)
async def test_a_control_token_is_required_when_set(http: httpx.AsyncClient) -> None:
    for headers in ({}, {"X-Mock-Control-Token": "wrong"}, {"X-Mock-Control-Token": TOKEN[:-1]}):
        for method, path in [("GET", "/_mock/"), ("POST", "/_mock/reset"), ("GET", "/_mock/token")]:
            r = await http.request(method, path, headers=headers)
            assert r.status_code == 401, (method, path, headers)
            assert r.json()["code"] == "CONTROL_TOKEN_REQUIRED"
            assert TOKEN not in r.text
    r = await http.get("/_mock/token", headers={"X-Mock-Control-Token": TOKEN})
    assert r.status_code == 200
    assert r.json()["access_token"]


def test_mock_server_sends_its_control_token() -> None:
    with MockServer(control_token=TOKEN, now=NOW, freeze_clock=True) as mock:
        assert mock.clock.now() == NOW  # the controls carry the token
        assert mock.http_client(base_url="http://mock").get("/_mock/clock").status_code == 401


@pytest.fixture
def never_serve(monkeypatch: pytest.MonkeyPatch) -> list[uvicorn.Config]:
    """uvicorn's Server.run records its config instead of binding (tests call main())."""
    served: list[uvicorn.Config] = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda server, sockets=None: served.append(server.config))
    monkeypatch.delenv("TENSORCOST_MOCK_CONTROL_TOKEN", raising=False)
    monkeypatch.delenv("TENSORCOST_MOCK_JWT_SECRET", raising=False)
    return served


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "mock.internal.example"])
def test_off_loopback_the_default_jwt_secret_is_refused(
    host: str, never_serve: list[uvicorn.Config], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--host", host, "--control-token", TOKEN]) == 2
    assert never_serve == []
    err = capsys.readouterr().err
    assert "--jwt-secret" in err
    assert "Traceback" not in err


def test_off_loopback_a_control_token_or_no_control_is_required(
    never_serve: list[uvicorn.Config], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--host", "0.0.0.0", "--jwt-secret", SECRET]) == 2
    assert "--control-token" in capsys.readouterr().err
    assert cli.main(["--host", "0.0.0.0", "--jwt-secret", SECRET, "--control-token", "short"]) == 2
    assert never_serve == []
    with pytest.raises(ValidationError, match="--control-token"):
        MockSettings(host="0.0.0.0", jwt_secret=SECRET)  # the app factory refuses the same settings


def test_off_loopback_with_a_token_it_starts_and_says_what_is_exposed(
    never_serve: list[uvicorn.Config], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENSORCOST_MOCK_CONTROL_TOKEN", TOKEN)
    assert cli.main(["--host", "0.0.0.0", "--port", "4999", "--jwt-secret", SECRET]) == 0
    (config,) = never_serve
    assert (config.host, config.port) == ("0.0.0.0", 4999)
    assert config.app.settings.control_token == TOKEN
    out = capsys.readouterr().out
    assert "exposed: 0.0.0.0 is reachable from other machines" in out
    assert "control surface: http://0.0.0.0:4999/_mock, with the token in X-Mock-Control-Token" in out
    assert TOKEN not in out
    assert SECRET not in out


def test_off_loopback_without_control(
    never_serve: list[uvicorn.Config], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--host", "0.0.0.0", "--jwt-secret", SECRET, "--no-control"]) == 0
    assert never_serve[0].app.settings.control is False
    assert "control surface: off (/_mock answers 404)" in capsys.readouterr().out


def test_on_loopback_the_defaults_still_start(
    never_serve: list[uvicorn.Config], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--port", "4998"]) == 0
    assert never_serve[0].host == "127.0.0.1"
    out = capsys.readouterr().out
    assert "control surface: http://127.0.0.1:4998/_mock, open to anyone who reaches 127.0.0.1" in out
    assert "exposed" not in out
