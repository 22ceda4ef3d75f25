"""An error never carries a token in clear: not in its request, its pickle, nor a traceback with locals."""

from __future__ import annotations

import pickle
import traceback
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from tensorcost import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AsyncTensorCost,
    AuthenticationError,
    ResponseValidationError,
    TensorCost,
)

from .gateway import FakeClock

BASE = "http://api.test"
TOKEN = "tok-SECRET-0123456789"
REFRESH = "refresh-SECRET-abcdef"


def everything_about(error: BaseException) -> str:
    """What a crash reporter could collect: the rendered traceback with every frame's locals,
    the pickle, and the attached request's headers and body."""
    rendered = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    parts = [rendered, repr(error), str(error), pickle.dumps(error).decode("latin-1")]
    if isinstance(error, APIError) and error.request is not None:
        parts += [str(dict(error.request.headers)), error.request.content.decode("latin-1")]
    return "\n".join(parts)


@pytest.fixture
def client() -> Iterator[TensorCost]:
    with TensorCost(api_token=TOKEN, base_url=BASE, max_retries=0) as tc:
        yield tc


def test_a_status_error_has_a_redacted_request(client: TensorCost) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/v1/tenant").respond(403, json={"success": False, "error": "no", "code": "FORBIDDEN"})
        with pytest.raises(APIStatusError) as info:
            client.tenant.get_settings()
    assert TOKEN not in everything_about(info.value)
    assert info.value.request is not None
    assert info.value.request.headers["Authorization"] == "***"
    assert info.value.response is not None
    assert info.value.response.request is info.value.request


def test_a_connection_error_shows_no_token_even_with_locals(client: TensorCost) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/v1/tenant").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(APIConnectionError) as info:
            client.tenant.get_settings()
    assert TOKEN not in everything_about(info.value)


def test_a_failed_refresh_shows_neither_token() -> None:
    clock = FakeClock()
    tc = TensorCost(api_token=TOKEN, refresh_token=REFRESH, base_url=BASE, max_retries=0, _sleep=clock.sleep)
    with tc, respx.mock(base_url=BASE) as router:
        router.get("/v1/tenant").respond(
            401, json={"success": False, "error": "expired", "code": "UNAUTHORIZED"}
        )
        router.post("/v1/auth/refresh-tokens").respond(
            401, json={"success": False, "error": "bad", "code": "UNAUTHORIZED"}
        )
        with pytest.raises(AuthenticationError) as info:
            tc.tenant.get_settings()
    text = everything_about(info.value)
    assert TOKEN not in text
    assert REFRESH not in text


def test_an_error_survives_a_pickle_round_trip(client: TensorCost) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/v1/tenant").respond(404, json={"success": False, "error": "gone", "code": "NOT_FOUND"})
        with pytest.raises(APIStatusError) as info:
            client.tenant.get_settings()
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is type(info.value)
    assert (copy.status_code, copy.code, str(copy)) == (404, "NOT_FOUND", str(info.value))


@pytest.mark.asyncio
async def test_async_a_failed_refresh_shows_neither_token() -> None:
    async with AsyncTensorCost(api_token=TOKEN, refresh_token=REFRESH, base_url=BASE, max_retries=0) as tc:
        with respx.mock(base_url=BASE) as router:
            router.get("/v1/tenant").respond(
                401, json={"success": False, "error": "expired", "code": "UNAUTHORIZED"}
            )
            router.post("/v1/auth/refresh-tokens").respond(
                401, json={"success": False, "error": "bad", "code": "UNAUTHORIZED"}
            )
            with pytest.raises(AuthenticationError) as info:
                await tc.tenant.get_settings()
    text = everything_about(info.value)
    assert TOKEN not in text
    assert REFRESH not in text


def test_a_response_validation_error_shows_no_token(client: TensorCost) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/v1/tenant").respond(200, json={"success": True, "data": {"name": 42}, "count": 1})
        with pytest.raises(ResponseValidationError) as info:
            client.tenant.get_settings()
    assert TOKEN not in everything_about(info.value)
    assert info.value.response is not None
    assert info.value.response.request.headers["Authorization"] == "***"


def test_a_broken_download_shows_no_token(client: TensorCost, tmp_path: Path) -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"charge_period_start,effective_cost\n"
            raise httpx.ReadError("reset")

    with respx.mock(base_url=BASE) as router:
        router.get("/v1/report/exports/cost").mock(return_value=httpx.Response(200, stream=Broken()))
        with pytest.raises(APIConnectionError) as info:
            client.report.export("cost", format="csv", to=tmp_path / "cost.csv")
    assert TOKEN not in everything_about(info.value)


def test_a_total_timeout_shows_no_token() -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/v1/tenant").respond(
            429, headers={"Retry-After": "5"}, json={"success": False, "error": "x"}
        )
        tc = TensorCost(api_token=TOKEN, base_url=BASE, max_retries=5, total_timeout=1)
        with tc, pytest.raises(APITimeoutError) as info:
            tc.tenant.get_settings()
    assert TOKEN not in everything_about(info.value)
