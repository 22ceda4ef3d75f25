"""Cursor pages: first page up front, later pages fetched lazily, one at a time."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
import respx
from tensorcost import AsyncPage, AsyncTensorCost, ResponseValidationError, SyncPage, TensorCost

from .helpers import success_example

INSTANCE = success_example("gpu_list_instances")[2]["data"][0]


def pages(n_pages: int, per_page: int) -> Any:
    """A handler serving `n_pages` pages of instances chained by cursors c1, c2, ..."""

    def handle(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        index = 0 if cursor is None else int(cursor[1:])
        items = []
        for i in range(per_page):
            item = copy.deepcopy(INSTANCE)
            item["name"] = f"gpu-{index}-{i}"
            items.append(item)
        next_cursor = f"c{index + 1}" if index + 1 < n_pages else None
        body = {"success": True, "data": items, "count": len(items), "next_cursor": next_cursor}
        return httpx.Response(200, json=body)

    return handle


def test_iterates_every_page_lazily(client: TensorCost, router: respx.MockRouter) -> None:
    route = router.get("/v1/gpu/instances").mock(side_effect=pages(3, 2))
    page = client.gpu.list_instances(state="running", limit=2)
    assert isinstance(page, SyncPage)
    assert route.call_count == 1  # only the first page so far
    assert [i.name for i in page.data] == ["gpu-0-0", "gpu-0-1"]
    assert page.next_cursor == "c1"
    assert page.has_next_page()
    names = [instance.name for instance in page]
    assert names == [f"gpu-{p}-{i}" for p in range(3) for i in range(2)]
    assert route.call_count == 3
    sent = [dict(call.request.url.params) for call in route.calls]
    assert sent[0] == {"state": "running", "limit": "2"}
    assert sent[1] == {"state": "running", "limit": "2", "cursor": "c1"}
    assert sent[2]["cursor"] == "c2"


def test_iter_pages_and_next_page(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/gpu/instances").mock(side_effect=pages(3, 1))
    page = client.gpu.list_instances()
    cursors = [p.next_cursor for p in page.iter_pages()]
    assert cursors == ["c1", "c2", None]
    last = page.next_page()
    assert last is not None
    assert last.next_cursor == "c2"


def test_iteration_stops_early_without_fetching_more(client: TensorCost, router: respx.MockRouter) -> None:
    route = router.get("/v1/gpu/instances").mock(side_effect=pages(50, 10))
    first_15 = [item for _, item in zip(range(15), client.gpu.list_instances(), strict=False)]
    assert len(first_15) == 15
    assert route.call_count == 2


def test_single_page(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/gpu/instances").mock(side_effect=pages(1, 3))
    page = client.gpu.list_instances()
    assert page.next_cursor is None
    assert not page.has_next_page()
    assert page.next_page() is None
    assert len(list(page)) == 3


def test_a_repeated_cursor_is_a_validation_error(client: TensorCost, router: respx.MockRouter) -> None:
    body = {"success": True, "data": [INSTANCE], "count": 1, "next_cursor": "same"}
    router.get("/v1/gpu/instances").respond(200, json=body, headers={"X-Request-Id": "req-loop"})
    with pytest.raises(ResponseValidationError, match="same next_cursor") as info:
        list(client.gpu.list_instances())
    err = info.value
    # The real response of the page that repeated the cursor: its status and trace id, not "the 0 response".
    assert err.status_code == 200
    assert err.field == "next_cursor"
    assert err.trace_id == "req-loop"
    assert "the 200 response" in str(err)
    assert "req-loop" in str(err)
    assert " 0 response" not in str(err)


@pytest.mark.asyncio
async def test_async_repeated_cursor_is_a_validation_error(
    aclient: AsyncTensorCost, router: respx.MockRouter
) -> None:
    body = {"success": True, "data": [INSTANCE], "count": 1, "next_cursor": "same"}
    router.get("/v1/gpu/instances").respond(200, json=body, headers={"X-Request-Id": "req-aloop"})
    with pytest.raises(ResponseValidationError, match="same next_cursor") as info:
        async for _ in await aclient.gpu.list_instances():
            pass
    assert info.value.status_code == 200
    assert info.value.trace_id == "req-aloop"


def test_validation_error_without_a_response_names_no_status() -> None:
    err = ResponseValidationError(operation_id="gpu_list_instances", reason="something odd")
    assert err.status_code is None
    assert str(err).startswith("gpu_list_instances: the response does not match the spec: something odd.")


def test_errors_on_a_later_page_are_typed(client: TensorCost, router: respx.MockRouter) -> None:
    first = {"success": True, "data": [INSTANCE], "count": 1, "next_cursor": "c1"}
    router.get("/v1/gpu/instances").mock(
        side_effect=[
            httpx.Response(200, json=first),
            httpx.Response(200, json={"success": True, "data": [{}]}),
        ]
    )
    with pytest.raises(ResponseValidationError):
        list(client.gpu.list_instances())


def test_raw_page(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/gpu/instances").mock(side_effect=pages(2, 1))
    raw = client.gpu.with_raw_response.list_instances()
    assert raw.status_code == 200
    assert len(list(raw.parse())) == 2


def test_paginated_metrics_take_the_path_parameter(client: TensorCost, router: respx.MockRouter) -> None:
    status, _, example = success_example("gpu_get_instance_metrics")
    route = router.get(url__regex=r"/v1/gpu/instances/gpu_[A-Za-z0-9]+/metrics").respond(status, json=example)
    page = client.gpu.get_instance_metrics("gpu_8DwkNhFdnXsiVp", hours=24, limit=500)
    assert page.data
    assert dict(route.calls.last.request.url.params) == {"hours": "24", "limit": "500"}


@pytest.mark.asyncio
async def test_async_pages(aclient: AsyncTensorCost, router: respx.MockRouter) -> None:
    route = router.get("/v1/gpu/instances").mock(side_effect=pages(3, 2))
    page = await aclient.gpu.list_instances(limit=2)
    assert isinstance(page, AsyncPage)
    assert len(page.data) == 2
    assert page.next_cursor == "c1"
    names = [item.name async for item in page]
    assert len(names) == 6
    assert route.call_count == 3
    cursors = [p.next_cursor async for p in page.iter_pages()]
    assert cursors == ["c1", "c2", None]
    raw = await aclient.gpu.with_raw_response.list_instances()
    assert (await raw.parse().next_page()) is not None
