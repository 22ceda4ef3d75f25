"""An expired token is reported with what to do for the flow it came from (login or service)."""

from __future__ import annotations

import time

import pytest
import respx
from tensorcost import AuthenticationError, TensorCost

from .helpers import BASE, TENANT_A, error_body, jwt

EXPIRED = error_body("TOKEN_EXPIRED", "The access token expired")


def service_token(exp: float) -> str:
    return jwt({"typ": "service", "sub": "service:ci", "tenantId": TENANT_A, "role": "viewer", "exp": exp})


def login_token(exp: float) -> str:
    return jwt({"typ": "access", "sub": "1", "tenantId": TENANT_A, "role": "admin", "exp": exp})


def test_a_service_token_is_sent_as_is_and_never_refreshed(router: respx.MockRouter) -> None:
    token = service_token(time.time() + 90 * 86400)
    summary = router.get("/v1/cost/summary").respond(401, json=EXPIRED)
    refresh = router.post("/v1/auth/refresh-tokens").respond(500)
    with TensorCost(api_token=token, base_url=BASE) as tc, pytest.raises(AuthenticationError) as expired:
        tc.cost.get_summary()
    assert summary.call_count == 1
    assert summary.calls.last.request.headers["Authorization"] == f"Bearer {token}"
    assert refresh.call_count == 0
    message = str(expired.value)
    assert message.startswith("401 TOKEN_EXPIRED: The access token expired. Service tokens are not refreshed")
    assert "from its issuer" in message
    assert "TENSORCOST_API_TOKEN" in message
    assert token not in message


def test_an_expired_login_token_without_refresh_says_log_in_again(router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(401, json=EXPIRED)
    client = TensorCost(api_token=login_token(time.time() - 60), base_url=BASE)
    with client as tc, pytest.raises(AuthenticationError) as expired:
        tc.cost.get_summary()
    message = str(expired.value)
    assert "lives 15 minutes" in message
    assert "tensorcost login" in message
    assert "service token" in message


def test_other_401s_are_not_given_an_expiry_hint(router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(401, json=error_body("INVALID_TOKEN", "bad signature"))
    client = TensorCost(api_token=service_token(time.time() + 60), base_url=BASE)
    with client as tc, pytest.raises(AuthenticationError) as invalid:
        tc.cost.get_summary()
    assert str(invalid.value) == "401 INVALID_TOKEN: bad signature (trace_id: trace-123)"
