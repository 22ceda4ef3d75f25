"""Every operation of the spec is reachable as a typed method and parses the spec's own example."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
import respx
from _spec import load_spec
from tensorcost import AsyncPage, AsyncTensorCost, SyncPage, TensorCost
from tensorcost._generated.api import OPERATIONS, TAGS

from .helpers import TENANT_A, operations, path_regex, success_example

COMPONENT_PARAMS = load_spec()["components"]["parameters"]


def _params(op: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        COMPONENT_PARAMS[p["$ref"].rsplit("/", 1)[-1]] if "$ref" in p else p for p in op.get("parameters", [])
    ]


def call_arguments(operation_id: str) -> tuple[list[Any], dict[str, Any]]:
    """Positional path parameters and the required keyword arguments, from the spec's examples."""
    _, _, op = operations()[operation_id]
    args = [p["example"] for p in _params(op) if p["in"] == "path"]
    kwargs = {
        re.sub(r"\W", "_", p["name"]).lower(): p["example"]
        for p in _params(op)
        if p["in"] == "query" and p.get("required")
    }
    if "requestBody" in op:
        kwargs["body"] = op["requestBody"]["content"]["application/json"]["example"]
    return args, kwargs


def respond(router: respx.MockRouter, operation_id: str) -> respx.Route:
    method, path, _ = operations()[operation_id]
    status, media_type, example = success_example(operation_id)
    response = (
        httpx.Response(status, json=example)
        if media_type == "application/json"
        else httpx.Response(status, content=str(example).encode(), headers={"Content-Type": media_type})
    )
    return router.route(method=method, path__regex=path_regex(path)).mock(return_value=response)


def test_every_operation_has_a_method_sync_async_and_raw(client: TensorCost) -> None:
    assert set(OPERATIONS) == set(operations())
    assert set(TAGS) == {tag["name"] for tag in load_spec()["tags"]}
    aclient = AsyncTensorCost(api_token="t", base_url="http://api.test")
    for operation_id, (tag, method) in OPERATIONS.items():
        assert operation_id == f"{tag}_{method}"
        for service in (getattr(client, tag), getattr(aclient, tag)):
            assert callable(getattr(service, method))
            assert callable(getattr(service.with_raw_response, method))
    assert client.cost is client.cost  # built once, lazily


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_each_operation_once(operation_id: str, router: respx.MockRouter) -> None:
    route = respond(router, operation_id)
    tag, method = OPERATIONS[operation_id]
    args, kwargs = call_arguments(operation_id)
    with TensorCost(api_token="t", base_url="http://api.test/v1", tenant_id=TENANT_A) as tc:
        result = getattr(getattr(tc, tag), method)(*args, **kwargs)
    if isinstance(result, SyncPage):
        assert result.data is not None
    assert result is not None or success_example(operation_id)[2] is None
    request = route.calls.last.request
    assert request.headers["X-Active-Tenant-Id"] == TENANT_A
    assert request.headers["Authorization"] == "Bearer t"
    assert ("Idempotency-Key" in request.headers) == any(
        p["name"] == "Idempotency-Key" for p in _params(operations()[operation_id][2])
    )


@pytest.mark.asyncio
@pytest.mark.parametrize("tag", sorted({tag for tag, _ in OPERATIONS.values()}))
async def test_each_async_sub_client_once(tag: str, router: respx.MockRouter) -> None:
    operation_id = next(op for op in sorted(OPERATIONS) if OPERATIONS[op][0] == tag)
    respond(router, operation_id)
    args, kwargs = call_arguments(operation_id)
    async with AsyncTensorCost(api_token="t", base_url="http://api.test") as tc:
        result = await getattr(getattr(tc, tag), OPERATIONS[operation_id][1])(*args, **kwargs)
        raw = await getattr(getattr(tc, tag).with_raw_response, OPERATIONS[operation_id][1])(*args, **kwargs)
    assert raw.status_code in (200, 201)
    parsed = raw.parse()
    assert type(parsed) is type(result)
    if isinstance(result, AsyncPage):
        assert [x async for x in result] == result.data


def test_body_may_be_a_model_or_a_dict(client: TensorCost, router: respx.MockRouter) -> None:
    from tensorcost._generated.models.toggle_policy_request import TogglePolicyRequest

    route = respond(router, "enforcement_toggle_policy")
    client.enforcement.toggle_policy("pol_3mRt8Kx2Qw7N", body=TogglePolicyRequest(enabled=False))
    client.enforcement.toggle_policy("pol_3mRt8Kx2Qw7N", body={"enabled": False})
    bodies = {call.request.read() for call in route.calls}
    assert bodies == {b'{"enabled":false}'}


def test_path_parameters_are_quoted(client: TensorCost, router: respx.MockRouter) -> None:
    route = respond(router, "gpu_get_instance")
    client.gpu.get_instance("gpu_8DwkNhFdnXsiVp")
    assert route.calls.last.request.url.path == "/v1/gpu/instances/gpu_8DwkNhFdnXsiVp"
    route = router.get(url__regex=r"/v1/gpu/instances/.+").mock(return_value=httpx.Response(404))
    with pytest.raises(Exception, match="404"):
        client.gpu.get_instance("../../admin")
    assert route.calls.last.request.url.raw_path == b"/v1/gpu/instances/..%2F..%2Fadmin"
