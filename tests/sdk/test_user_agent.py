"""`User-Agent: tensorcost-python/<version>` on every request: login, refresh, retries, exports."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
import respx
import tensorcost
from tensorcost import AsyncTensorCost, TensorCost

from .helpers import BASE, SUMMARY, envelope, error_body, success_example

USER_AGENT = f"tensorcost-python/{tensorcost.__version__}"
TENANT = "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01"
LOGIN = success_example("auth_login")[2]
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
CHANGELOG = Path(__file__).resolve().parents[2] / "sdk" / "CHANGELOG.md"


def expiring_api(router: respx.MockRouter) -> list[httpx.Request]:
    """Login, a summary that answers 401 to the first token and 503 once, a refresh, an export."""
    seen: list[httpx.Request] = []
    first = LOGIN["data"]["accessToken"]
    state = {"summary_calls": 0}

    def record(request: httpx.Request) -> None:
        seen.append(request)

    def summary(request: httpx.Request) -> httpx.Response:
        record(request)
        state["summary_calls"] += 1
        if request.headers["Authorization"] == f"Bearer {first}":
            return httpx.Response(401, json=error_body("TOKEN_EXPIRED", "The access token expired"))
        if state["summary_calls"] == 2:
            return httpx.Response(503, json=error_body("UNAVAILABLE", "down"))
        return httpx.Response(200, json=SUMMARY)

    def login(request: httpx.Request) -> httpx.Response:
        record(request)
        return httpx.Response(200, json=LOGIN)

    def refresh(request: httpx.Request) -> httpx.Response:
        record(request)
        pair = {"accessToken": "fresh", "refreshToken": "fresh-r", "tokenType": "Bearer", "expiresIn": 900}
        return httpx.Response(200, json=envelope(pair))

    def export(request: httpx.Request) -> httpx.Response:
        record(request)
        return httpx.Response(200, content=b"a,b\n1,2\n", headers={"Content-Type": "text/csv"})

    router.post("/v1/auth/login").mock(side_effect=login)
    router.post("/v1/auth/refresh-tokens").mock(side_effect=refresh)
    router.get("/v1/cost/summary").mock(side_effect=summary)
    router.get("/v1/report/exports/cost").mock(side_effect=export)
    return seen


def paths(requests: list[httpx.Request]) -> list[str]:
    return [f"{r.method} {r.url.path}" for r in requests]


EXPECTED = [
    "POST /v1/auth/login",
    "GET /v1/cost/summary",  # 401: the login token expired
    "POST /v1/auth/refresh-tokens",
    "GET /v1/cost/summary",  # 503, retried
    "GET /v1/cost/summary",
    "GET /v1/report/exports/cost",
]


def test_every_sync_request_names_the_sdk_and_its_version(router: respx.MockRouter) -> None:
    seen = expiring_api(router)
    with TensorCost.login(
        email="ana.ruiz@acme-ai.com",
        password="pw-123456",
        tenant_id=TENANT,
        base_url=BASE,
        _sleep=lambda _: None,
    ) as tc:
        tc.cost.get_summary()
        tc.report.export("cost", format="csv")
    assert paths(seen) == EXPECTED
    assert [r.headers.get("User-Agent") for r in seen] == [USER_AGENT] * len(EXPECTED)


@pytest.mark.asyncio
async def test_every_async_request_names_the_sdk_and_its_version(router: respx.MockRouter) -> None:
    async def no_sleep(_: float) -> None:
        return None

    seen = expiring_api(router)
    tc = await AsyncTensorCost.login(
        email="ana.ruiz@acme-ai.com", password="pw-123456", tenant_id=TENANT, base_url=BASE, _sleep=no_sleep
    )
    async with tc:
        await tc.cost.get_summary()
        await tc.report.export("cost", format="csv")
    assert paths(seen) == EXPECTED
    assert [r.headers.get("User-Agent") for r in seen] == [USER_AGENT] * len(EXPECTED)


def test_a_callers_http_client_still_sends_the_sdk_user_agent(router: respx.MockRouter) -> None:
    seen = expiring_api(router)
    with (
        httpx.Client(headers={"User-Agent": "corp-proxy/1"}) as http,
        TensorCost.login(
            email="a@b.co", password="pw-123456", tenant_id=TENANT, base_url=BASE, http_client=http
        ) as tc,
    ):
        tc.with_options(max_retries=1).cost.get_summary()
    assert [r.headers.get("User-Agent") for r in seen] == [USER_AGENT] * len(seen)
    assert "POST /v1/auth/refresh-tokens" in paths(seen)


def test_the_version_is_semver_and_the_changelog_names_it() -> None:
    assert SEMVER.match(tensorcost.__version__)
    headings = re.findall(r"^## \[([^\]]+)\]", CHANGELOG.read_text(), flags=re.MULTILINE)
    released = [h for h in headings if h != "Unreleased"]
    assert released[0] == tensorcost.__version__
    assert all(SEMVER.match(h) for h in released)
