"""Whatever the server sends, the caller gets a typed error (never KeyError/JSONDecodeError/ValueError)."""

from __future__ import annotations

import copy

import httpx
import pytest
import respx
import tensorcost
from tensorcost import (
    APIStatusError,
    AsyncTensorCost,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    TensorCost,
    TensorCostError,
)
from tensorcost._exceptions import error_class

from .helpers import SUMMARY, error_body

HTML = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (413, PayloadTooLargeError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (418, APIStatusError),
        (422, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_one_class(status: int, cls: type[APIStatusError], router: respx.MockRouter) -> None:
    assert error_class(status) is cls
    router.get("/v1/cost/summary").respond(
        status,
        json=error_body("SOME_CODE", "what went wrong", "trace-abc"),
        headers={"X-Request-Id": "trace-abc"},
    )
    with (
        TensorCost(api_token="t", base_url="http://api.test", max_retries=0) as tc,
        pytest.raises(cls) as info,
    ):
        tc.cost.get_summary()
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert err.code == "SOME_CODE"
    assert err.message == "what went wrong"
    assert err.trace_id == "trace-abc"
    assert err.headers["X-Request-Id"] == "trace-abc"
    assert isinstance(err.body, dict)
    assert "trace-abc" in str(err)
    assert isinstance(err, TensorCostError)


def test_error_fields_come_from_the_envelope(client: TensorCost, router: respx.MockRouter) -> None:
    body = error_body("VALIDATION_FAILED", "Request validation failed", "t-1")
    body["details"] = [{"location": "query", "field": "limit", "message": "must be <= 500"}]
    router.get("/v1/cost/summary").respond(400, json=body)
    with pytest.raises(BadRequestError) as info:
        client.cost.get_summary()
    assert str(info.value) == "400 VALIDATION_FAILED: Request validation failed (trace_id: t-1)"
    assert info.value.body["details"][0]["field"] == "limit"  # type: ignore[index]


@pytest.mark.parametrize(
    ("status", "content", "ctype", "cls"),
    [
        (502, HTML, "text/html", InternalServerError),
        (520, "", "text/plain", InternalServerError),
        (404, "Not Found", "text/plain", NotFoundError),
        (500, '{"success": false, "err', "application/json", InternalServerError),
        (403, "[1, 2]", "application/json", PermissionDeniedError),
    ],
)
def test_non_envelope_error_bodies(
    status: int, content: str, ctype: str, cls: type[APIStatusError], router: respx.MockRouter
) -> None:
    router.get("/v1/cost/summary").respond(
        status, text=content, headers={"Content-Type": ctype, "X-Request-Id": "h-1"}
    )
    with (
        TensorCost(api_token="t", base_url="http://api.test", max_retries=0) as tc,
        pytest.raises(cls) as info,
    ):
        tc.cost.get_summary()
    assert info.value.trace_id == "h-1"  # from the header when the body has none
    assert f"HTTP {status}" in info.value.message
    assert "h-1" in str(info.value)


def _broken(mutate: str) -> dict[str, object]:
    body = copy.deepcopy(SUMMARY)
    data = body["data"]
    if mutate == "missing":
        del data["event_count"]
    elif mutate == "wrong-type-object":
        data["effective_cost"] = "48213.77"
    elif mutate == "wrong-type-datetime":
        data["window"]["start"] = 12345
    elif mutate == "bad-datetime":
        data["window"]["start"] = "yesterday"
    elif mutate == "data-null":
        body["data"] = None
    elif mutate == "list":
        return [body]  # type: ignore[return-value]
    return body


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        ("missing", "data.event_count"),
        ("wrong-type-object", "data.effective_cost"),
        ("wrong-type-datetime", "data.window.start"),
        ("bad-datetime", "data.window.start"),
        ("data-null", "data"),
        ("list", None),
    ],
)
def test_2xx_bodies_that_break_the_spec(
    client: TensorCost, router: respx.MockRouter, mutate: str, field: str | None
) -> None:
    router.get("/v1/cost/summary").respond(200, json=_broken(mutate), headers={"X-Request-Id": "ok-1"})
    with pytest.raises(ResponseValidationError) as info:
        client.cost.get_summary()
    err = info.value
    assert err.operation_id == "cost_get_summary"
    assert err.field == field
    assert err.status_code == 200
    assert "cost_get_summary" in str(err)
    assert "ok-1" in str(err)
    assert not isinstance(err.__cause__, ResponseValidationError)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "empty"),
        (HTML, r"not valid JSON \(text/html"),
        ('{"success": true, "data": {"window": {"sta', "not valid JSON"),
        ("\xff\xfe garbage", "not valid JSON"),
    ],
)
def test_2xx_html_empty_truncated(
    client: TensorCost, router: respx.MockRouter, content: str, reason: str
) -> None:
    ctype = "text/html" if content.startswith("<") else "application/json"
    router.get("/v1/cost/summary").respond(200, text=content, headers={"Content-Type": ctype})
    with pytest.raises(ResponseValidationError, match=reason):
        client.cost.get_summary()


def test_nested_field_path(client: TensorCost, router: respx.MockRouter) -> None:
    body = copy.deepcopy(SUMMARY)
    body["data"]["by_workload"]["gpu"] = {"currency": "USD"}
    router.get("/v1/cost/summary").respond(200, json=body)
    with pytest.raises(ResponseValidationError, match=r"at field 'data\.by_workload\.gpu\.amount'") as info:
        client.cost.get_summary()
    assert info.value.field == "data.by_workload.gpu.amount"


def test_raw_response_parse_raises_typed_error(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(200, text="<html>", headers={"X-Request-Id": "raw-1"})
    raw = client.cost.with_raw_response.get_summary()
    assert raw.status_code == 200
    assert raw.trace_id == "raw-1"
    with pytest.raises(ResponseValidationError):
        raw.parse()


@pytest.mark.asyncio
async def test_async_surprising_responses(aclient: AsyncTensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(520, text=HTML, headers={"Content-Type": "text/html"})
    with pytest.raises(InternalServerError) as info:
        await aclient.with_options(max_retries=0).cost.get_summary()
    assert info.value.status_code == 520
    router.get("/v1/cost/by-source").respond(200, text='{"success": tr')
    with pytest.raises(ResponseValidationError):
        await aclient.cost.get_by_source()
    router.get("/v1/cost/forecast").respond(200, json={"success": True})
    with pytest.raises(ResponseValidationError) as missing:
        await aclient.cost.get_forecast()
    assert missing.value.field == "data"


def test_every_error_is_exported() -> None:
    for name in (
        "TensorCostError",
        "APIConnectionError",
        "APITimeoutError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "PayloadTooLargeError",
        "RateLimitError",
        "InternalServerError",
        "ResponseValidationError",
        "WebhookSignatureError",
    ):
        assert issubclass(getattr(tensorcost, name), TensorCostError)
    assert issubclass(tensorcost.APITimeoutError, tensorcost.APIConnectionError)
    assert issubclass(tensorcost.RateLimitError, tensorcost.APIStatusError)


def test_transport_error_message_has_no_secrets(router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").mock(side_effect=httpx.ConnectError("refused"))
    with (
        TensorCost(api_token="sk-very-secret", base_url="http://api.test", max_retries=0) as tc,
        pytest.raises(tensorcost.APIConnectionError) as info,
    ):
        tc.cost.get_summary()
    assert "sk-very-secret" not in str(info.value)
    assert "sk-very-secret" not in repr(info.value)
