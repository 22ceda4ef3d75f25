"""Retries: which failures, how long to wait, when to give up, idempotency keys, hooks and logs."""

from __future__ import annotations

import email.utils
import logging

import httpx
import pytest
import respx
from tensorcost import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncTensorCost,
    BadRequestError,
    InternalServerError,
    RateLimitError,
    RetryEvent,
    RetryPolicy,
    TensorCost,
)

from .helpers import BASE, SUMMARY, Sleeps, envelope, error_body, now, success_example

RULE = success_example("alert_create_rule")[2]
RULE_BODY = {
    "name": "GPU idle",
    "metric": "gpu_utilization_pct",
    "operator": "lt",
    "threshold": 5,
    "window_minutes": 120,
    "severity": "warning",
}


def rule_request_example() -> dict[str, object]:
    from .helpers import operations

    _, _, op = operations()["alert_create_rule"]
    example: dict[str, object] = op["requestBody"]["content"]["application/json"]["example"]
    return example


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_then_succeed(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps, status: int
) -> None:
    route = router.get("/v1/cost/summary").mock(
        side_effect=[httpx.Response(status, json=error_body("X", "busy")), httpx.Response(200, json=SUMMARY)]
    )
    assert client.cost.get_summary().event_count == SUMMARY["data"]["event_count"]
    assert route.call_count == 2
    assert len(sleeps.calls) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 501])
def test_other_statuses_are_not_retried(client: TensorCost, router: respx.MockRouter, status: int) -> None:
    route = router.get("/v1/cost/summary").respond(status, json=error_body("X", "no"))
    with pytest.raises(APIStatusError) as info:
        client.cost.get_summary()
    assert info.value.status_code == status
    assert route.call_count == 1


def test_retries_stop_after_max_retries(client: TensorCost, router: respx.MockRouter, sleeps: Sleeps) -> None:
    route = router.get("/v1/cost/summary").respond(503, json=error_body("UNAVAILABLE", "down"))
    with pytest.raises(InternalServerError) as info:
        client.cost.get_summary()
    assert route.call_count == 3  # 1 + the default 2 retries
    assert info.value.status_code == 503
    assert len(sleeps.calls) == 2


def test_backoff_is_exponential_with_full_jitter_and_capped(router: respx.MockRouter, sleeps: Sleeps) -> None:
    policy = RetryPolicy(max_retries=6, initial_delay=0.5, max_delay=2.0)
    router.get("/v1/cost/summary").respond(500, json=error_body("INTERNAL_ERROR", "boom"))
    with (
        TensorCost(api_token="t", base_url=BASE, retry_policy=policy, _sleep=sleeps) as tc,
        pytest.raises(InternalServerError),
    ):
        tc.cost.get_summary()
    ceilings = [0.5, 1.0, 2.0, 2.0, 2.0, 2.0]
    assert len(sleeps.calls) == 6
    assert all(0 <= delay <= ceiling for delay, ceiling in zip(sleeps.calls, ceilings, strict=True))
    assert max(policy.backoff(1) for _ in range(200)) > 0.5  # jitter spans the whole range


def test_max_retries_zero_turns_retries_off(router: respx.MockRouter, sleeps: Sleeps) -> None:
    route = router.get("/v1/cost/summary").respond(503)
    with (
        TensorCost(api_token="t", base_url=BASE, max_retries=0, _sleep=sleeps) as tc,
        pytest.raises(InternalServerError),
    ):
        tc.cost.get_summary()
    assert route.call_count == 1
    assert sleeps.calls == []


def test_with_options_changes_max_retries(client: TensorCost, router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/summary").respond(503)
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=4).cost.get_summary()
    assert route.call_count == 5


def test_retry_after_seconds_is_honoured(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    router.get("/v1/cost/summary").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "7"}, json=error_body("RATE_LIMITED", "slow down")),
            httpx.Response(200, json=SUMMARY),
        ]
    )
    client.cost.get_summary()
    assert sleeps.calls == [7.0]


def test_retry_after_http_date_is_honoured(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    when = email.utils.formatdate(now() + 20, usegmt=True)
    router.get("/v1/cost/summary").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": when}), httpx.Response(200, json=SUMMARY)]
    )
    client.cost.get_summary()
    assert len(sleeps.calls) == 1
    assert 17 <= sleeps.calls[0] <= 21


def test_ratelimit_reset_is_the_fallback_for_429(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    headers = {
        "X-RateLimit-Reset": str(now() + 10),
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Limit": "1000",
    }
    router.get("/v1/cost/summary").mock(
        side_effect=[httpx.Response(429, headers=headers), httpx.Response(200, json=SUMMARY)]
    )
    client.cost.get_summary()
    assert 8 <= sleeps.calls[0] <= 11
    # pacing then sees the spent budget, but the retry already waited past the reset
    assert len(sleeps.calls) in (1, 2)


def test_wait_beyond_the_cap_raises_rate_limit_error_at_once(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    route = router.get("/v1/cost/summary").respond(
        429,
        headers={"Retry-After": "3600", "X-Request-Id": "trace-429"},
        json=error_body("RATE_LIMITED", "later"),
    )
    with pytest.raises(RateLimitError) as info:
        client.cost.get_summary()
    assert route.call_count == 1
    assert sleeps.calls == []
    assert info.value.retry_after == 3600
    assert info.value.code == "RATE_LIMITED"
    assert "retry after 3600" in str(info.value)


def test_rate_limit_error_after_retries_carries_retry_after(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    router.get("/v1/cost/summary").respond(429, headers={"Retry-After": "1"})
    with pytest.raises(RateLimitError) as info:
        client.cost.get_summary()
    assert info.value.retry_after == 1
    assert sleeps.calls == [1.0, 1.0]


def test_connection_errors_are_retried_then_raised(
    client: TensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    route = router.get("/v1/cost/summary").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        client.cost.get_summary()
    assert route.call_count == 3
    assert "api.test" in str(info.value)
    assert not isinstance(info.value, APITimeoutError)


def test_timeouts_are_retried_then_raised(client: TensorCost, router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/summary").mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"), httpx.Response(200, json=SUMMARY)]
    )
    client.cost.get_summary()
    assert route.call_count == 3
    route.side_effect = httpx.ConnectTimeout("slow")
    with pytest.raises(APITimeoutError):
        client.cost.get_summary()


def test_post_sends_one_idempotency_key_on_every_attempt(
    client: TensorCost, router: respx.MockRouter
) -> None:
    route = router.post("/v1/alert/rules").mock(
        side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(201, json=RULE)]
    )
    rule = client.alert.create_rule(body=rule_request_example())
    assert rule.id == RULE["data"]["id"]
    keys = {call.request.headers["Idempotency-Key"] for call in route.calls}
    assert route.call_count == 3
    assert len(keys) == 1
    assert len(next(iter(keys))) == 36  # a uuid4


def test_each_post_call_gets_its_own_key_and_callers_can_pass_theirs(
    client: TensorCost, router: respx.MockRouter
) -> None:
    route = router.post("/v1/alert/rules").respond(201, json=RULE)
    client.alert.create_rule(body=rule_request_example())
    client.alert.create_rule(body=rule_request_example())
    client.alert.create_rule(body=rule_request_example(), idempotency_key="my-key-1")
    keys = [call.request.headers["Idempotency-Key"] for call in route.calls]
    assert keys[0] != keys[1]
    assert keys[2] == "my-key-1"


def test_patch_without_idempotency_key_is_not_retried(client: TensorCost, router: respx.MockRouter) -> None:
    route = router.patch(url__regex=r"/v1/enforcement/policies/[^/]+/toggle").respond(503)
    with pytest.raises(InternalServerError):
        client.enforcement.toggle_policy("pol_AbCdEfGhIj12", body={"enabled": False})
    assert route.call_count == 1
    assert "Idempotency-Key" not in route.calls.last.request.headers


def test_post_connect_error_is_retried_even_so(client: TensorCost, router: respx.MockRouter) -> None:
    route = router.post("/v1/alert/rules").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(201, json=RULE)]
    )
    client.alert.create_rule(body=rule_request_example())
    assert route.call_count == 2


def test_on_retry_hook_and_info_log(
    router: respx.MockRouter, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    events: list[RetryEvent] = []
    router.get("/v1/cost/summary").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=SUMMARY)])
    with (
        TensorCost(api_token="t", base_url=BASE, on_retry=events.append, _sleep=sleeps) as tc,
        caplog.at_level(logging.INFO, logger="tensorcost"),
    ):
        tc.cost.get_summary()
    assert [(e.operation_id, e.attempt, e.reason, e.status_code) for e in events] == [
        ("cost_get_summary", 1, "HTTP 503", 503)
    ]
    assert events[0].delay == sleeps.calls[0]
    assert any("retry 1 of 2 after HTTP 503" in r.getMessage() for r in caplog.records)


def test_bad_request_is_raised_immediately(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(400, json=error_body("VALIDATION_FAILED", "limit must be <= 500"))
    with pytest.raises(BadRequestError, match="limit must be <= 500"):
        client.cost.get_summary()


@pytest.mark.asyncio
async def test_async_retries_and_idempotency_key(
    aclient: AsyncTensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    summary = router.get("/v1/cost/summary").mock(
        side_effect=[httpx.Response(502), httpx.ReadTimeout("slow"), httpx.Response(200, json=SUMMARY)]
    )
    assert (await aclient.cost.get_summary()).currency == "USD"
    assert summary.call_count == 3
    rules = router.post("/v1/alert/rules").mock(
        side_effect=[httpx.Response(500), httpx.Response(201, json=RULE)]
    )
    await aclient.alert.create_rule(body=rule_request_example())
    assert len({c.request.headers["Idempotency-Key"] for c in rules.calls}) == 1
    assert len(sleeps.calls) == 3


@pytest.mark.asyncio
async def test_async_cap_and_exhaustion(
    aclient: AsyncTensorCost, router: respx.MockRouter, sleeps: Sleeps
) -> None:
    router.get("/v1/cost/summary").respond(429, headers={"Retry-After": "120"})
    with pytest.raises(RateLimitError) as info:
        await aclient.cost.get_summary()
    assert info.value.retry_after == 120
    router.get("/v1/cost/by-source").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        await aclient.cost.get_by_source()
    assert sleeps.calls
    assert all(d <= 8 for d in sleeps.calls)


def test_envelope_helper_roundtrip() -> None:
    assert envelope([1, 2])["count"] == 2


def test_retry_policy_is_an_immutable_value() -> None:
    import dataclasses

    policy = RetryPolicy(max_retries=3, initial_delay=0.5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_retries = 9  # type: ignore[misc]
    assert not hasattr(policy, "__dict__")
    changed = policy.replace(max_retries=5)
    assert (changed.max_retries, changed.initial_delay, policy.max_retries) == (5, 0.5, 3)
    assert policy == RetryPolicy(max_retries=3, initial_delay=0.5) != changed
    assert (
        repr(policy)
        == "RetryPolicy(max_retries=3, initial_delay=0.5, max_delay=8.0, max_rate_limit_wait=60.0)"
    )
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(TypeError):
        RetryPolicy(3)  # type: ignore[misc]  # settings are keyword-only
