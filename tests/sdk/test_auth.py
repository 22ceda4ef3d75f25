"""Tokens: static, login, refresh on 401 and before exp (single-flight), secrets kept out of sight."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import respx
from tensorcost import AsyncTensorCost, AuthenticationError, TensorCost
from tensorcost._auth import jwt_expiry

from .helpers import BASE, SUMMARY, envelope, error_body, jwt, now, success_example

LOGIN = success_example("auth_login")[2]
TENANT = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"


def pair(access: str, refresh: str) -> dict[str, object]:
    return envelope({"accessToken": access, "refreshToken": refresh, "tokenType": "Bearer", "expiresIn": 900})


def bearer_gate(good: str) -> object:
    """A handler answering 200 to `Bearer <good>` and 401 TOKEN_EXPIRED to anything else."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization") == f"Bearer {good}":
            return httpx.Response(200, json=SUMMARY)
        return httpx.Response(401, json=error_body("TOKEN_EXPIRED", "The access token expired"))

    return handle


def test_static_token_is_sent_as_bearer(router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    with TensorCost(api_token="tok-1", base_url=BASE) as tc:
        tc.cost.get_summary()
    assert route.calls.last.request.headers["Authorization"] == "Bearer tok-1"


def test_env_token_is_the_fallback(router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENSORCOST_API_TOKEN", "tok-env")
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    with TensorCost(base_url=BASE) as tc:
        tc.cost.get_summary()
    assert route.calls.last.request.headers["Authorization"] == "Bearer tok-env"


def test_static_token_401_is_raised_without_refresh(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(401, json=error_body("INVALID_TOKEN", "bad token"))
    refresh = router.post("/v1/auth/refresh-tokens").respond(200, json=pair("a", "b"))
    with pytest.raises(AuthenticationError, match="INVALID_TOKEN"):
        client.cost.get_summary()
    assert refresh.call_count == 0


def test_refresh_once_on_401_then_repeat(router: respx.MockRouter) -> None:
    seen: list[tuple[str, str]] = []
    summary = router.get("/v1/cost/summary").mock(side_effect=bearer_gate("new-access"))
    refresh = router.post("/v1/auth/refresh-tokens").respond(200, json=pair("new-access", "new-refresh"))
    with TensorCost(
        api_token="old-access",
        refresh_token="old-refresh",
        base_url=BASE,
        on_token_refresh=lambda a, r: seen.append((a, r)),
    ) as tc:
        assert tc.cost.get_summary().event_count == SUMMARY["data"]["event_count"]
        assert summary.call_count == 2
        assert refresh.call_count == 1
        assert refresh.calls.last.request.read() == b'{"refreshToken":"old-refresh"}'
        assert seen == [("new-access", "new-refresh")]
        tc.cost.get_summary()  # the new token is kept
    assert refresh.call_count == 1


def test_refresh_failure_is_an_authentication_error(router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(401, json=error_body("TOKEN_EXPIRED", "expired"))
    router.post("/v1/auth/refresh-tokens").respond(
        401, json=error_body("INVALID_REFRESH_TOKEN", "used", "tr-9")
    )
    with (
        TensorCost(api_token="a", refresh_token="r-secret", base_url=BASE) as tc,
        pytest.raises(AuthenticationError) as info,
    ):
        tc.cost.get_summary()
    assert "log in again" in str(info.value)
    assert info.value.trace_id == "tr-9"
    assert "r-secret" not in str(info.value)


def test_second_401_after_refresh_is_raised(router: respx.MockRouter) -> None:
    summary = router.get("/v1/cost/summary").respond(401, json=error_body("FORBIDDEN_TOKEN", "no"))
    refresh = router.post("/v1/auth/refresh-tokens").respond(200, json=pair("b", "c"))
    with (
        TensorCost(api_token="a", refresh_token="r", base_url=BASE) as tc,
        pytest.raises(AuthenticationError),
    ):
        tc.cost.get_summary()
    assert (summary.call_count, refresh.call_count) == (2, 1)


def test_refresh_before_exp(router: respx.MockRouter) -> None:
    expired = jwt({"sub": "1", "exp": now() - 5})
    fresh = jwt({"sub": "1", "exp": now() + 900})
    assert abs((jwt_expiry(fresh) or 0) - (now() + 900)) <= 1
    assert jwt_expiry("not-a-jwt") is None
    summary = router.get("/v1/cost/summary").mock(side_effect=bearer_gate(fresh))
    refresh = router.post("/v1/auth/refresh-tokens").respond(200, json=pair(fresh, "r2"))
    with TensorCost(api_token=expired, refresh_token="r1", base_url=BASE) as tc:
        tc.cost.get_summary()
        tc.cost.get_summary()
    assert summary.call_count == 2  # no 401 round trip: refreshed before sending
    assert refresh.call_count == 1


def test_token_close_to_exp_is_refreshed_but_far_one_is_not(router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    refresh = router.post("/v1/auth/refresh-tokens").respond(200, json=pair(jwt({"exp": now() + 900}), "r2"))
    with TensorCost(api_token=jwt({"exp": now() + 3600}), refresh_token="r1", base_url=BASE) as tc:
        tc.cost.get_summary()
    assert refresh.call_count == 0
    with TensorCost(api_token=jwt({"exp": now() + 10}), refresh_token="r1", base_url=BASE) as tc:
        tc.cost.get_summary()
    assert refresh.call_count == 1


def test_refresh_is_single_flight_across_threads(router: respx.MockRouter) -> None:
    lock = threading.Lock()
    refreshes = 0

    def refresh_handler(request: httpx.Request) -> httpx.Response:
        nonlocal refreshes
        with lock:
            refreshes += 1
        time.sleep(0.05)  # keep the refresh in flight while the other threads hit 401
        return httpx.Response(200, json=pair("new-access", "new-refresh"))

    router.get("/v1/cost/summary").mock(side_effect=bearer_gate("new-access"))
    router.post("/v1/auth/refresh-tokens").mock(side_effect=refresh_handler)
    with (
        TensorCost(api_token="old", refresh_token="r", base_url=BASE) as tc,
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        results = list(pool.map(lambda _: tc.cost.get_summary(), range(8)))
    assert len(results) == 8
    assert refreshes == 1


@pytest.mark.asyncio
async def test_refresh_is_single_flight_across_tasks(router: respx.MockRouter) -> None:
    refreshes = 0

    async def refresh_handler(request: httpx.Request) -> httpx.Response:
        nonlocal refreshes
        refreshes += 1
        await asyncio.sleep(0.05)
        return httpx.Response(200, json=pair("new-access", "new-refresh"))

    router.get("/v1/cost/summary").mock(side_effect=bearer_gate("new-access"))
    router.post("/v1/auth/refresh-tokens").mock(side_effect=refresh_handler)
    async with AsyncTensorCost(api_token="old", refresh_token="r", base_url=BASE) as tc:
        results = await asyncio.gather(*(tc.cost.get_summary() for _ in range(8)))
    assert len(results) == 8
    assert refreshes == 1


@pytest.mark.asyncio
async def test_async_refresh_before_exp(router: respx.MockRouter) -> None:
    fresh = jwt({"exp": now() + 900})
    router.get("/v1/cost/summary").mock(side_effect=bearer_gate(fresh))
    refresh = router.post("/v1/auth/refresh-tokens").respond(200, json=pair(fresh, "r2"))
    async with AsyncTensorCost(api_token=jwt({"exp": now() - 1}), refresh_token="r1", base_url=BASE) as tc:
        await tc.cost.get_summary()
    assert refresh.call_count == 1


def test_login_then_refresh(router: respx.MockRouter) -> None:
    login = router.post("/v1/auth/login").respond(200, json=LOGIN)
    access = LOGIN["data"]["accessToken"]
    summary = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    tc = TensorCost.login(
        email="ana.ruiz@acme-ai.com", password="hunter2-pass", tenant_id=TENANT, base_url=BASE
    )
    with tc:
        tc.cost.get_summary()
        sent = login.calls.last.request
        assert b'"password":"hunter2-pass"' in sent.read()
        assert "Authorization" not in sent.headers
        assert "Idempotency-Key" in sent.headers
        assert summary.calls.last.request.headers["Authorization"] == f"Bearer {access}"
        assert "hunter2" not in repr(tc)
        assert access not in repr(tc)
        assert repr(tc) == f"TensorCost(base_url='{BASE}/v1', tenant_id=None, auth='token+refresh')"


def test_login_with_wrong_password(router: respx.MockRouter) -> None:
    router.post("/v1/auth/login").respond(
        401, json=error_body("INVALID_CREDENTIALS", "Wrong email or password")
    )
    with pytest.raises(AuthenticationError) as info:
        TensorCost.login(email="a@b.co", password="hunter2-pass", tenant_id=TENANT, base_url=BASE)
    assert "hunter2" not in str(info.value)
    assert "hunter2" not in repr(info.value.args)


@pytest.mark.asyncio
async def test_async_login(router: respx.MockRouter) -> None:
    router.post("/v1/auth/login").respond(200, json=LOGIN)
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    tc = await AsyncTensorCost.login(email="a@b.co", password="pw-123456", tenant_id=TENANT, base_url=BASE)
    async with tc:
        await tc.cost.get_summary()
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {LOGIN['data']['accessToken']}"


def test_secrets_never_reach_logs_or_reprs(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENSORCOST_LOG", "debug")
    router.get("/v1/cost/summary").mock(
        side_effect=[
            httpx.Response(401, json=error_body("TOKEN_EXPIRED", "x")),
            httpx.Response(503),
            httpx.Response(200, json=SUMMARY),
        ]
    )
    router.post("/v1/auth/refresh-tokens").respond(200, json=pair("acc-NEW-secret", "ref-NEW-secret"))
    with (
        caplog.at_level(logging.DEBUG, logger="tensorcost"),
        TensorCost(
            api_token="acc-OLD-secret", refresh_token="ref-OLD-secret", base_url=BASE, _sleep=lambda s: None
        ) as tc,
    ):
        tc.cost.get_summary()
        texts = [repr(tc), str(tc), repr(tc._credentials), repr(tc._runner._auth)]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "cost/summary" in logged
    assert "***" in logged
    for secret in ("acc-OLD-secret", "ref-OLD-secret", "acc-NEW-secret", "ref-NEW-secret"):
        assert secret not in logged
        assert all(secret not in t for t in texts)


def test_tensorcost_log_env_installs_a_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("tensorcost")
    saved = logger.handlers[:], logger.level
    logger.handlers.clear()
    try:
        monkeypatch.setenv("TENSORCOST_LOG", "info")
        TensorCost(api_token="t", base_url=BASE).close()
        assert logger.level == logging.INFO
        assert len(logger.handlers) == 1
    finally:
        logger.handlers[:], logger.level = saved[0], saved[1]
