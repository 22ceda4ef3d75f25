"""Stoplight Prism, the independent referee.

* ``prism mock openapi/tensorcost.yaml`` (static examples, no ``-d``): every GET operation is
  called through the SDK with a request built from the spec's parameter examples, and every
  response is parsed by the SDK's generated models; each documented error example comes back
  as the SDK's typed error. Every success example of every operation (POSTs too) parses.
* ``prism proxy openapi/tensorcost.yaml <target> --errors`` runs the SDK end-to-end suite a
  second time (the ``prism`` half of the ``api`` fixture in test_sdk_e2e.py). Here we only
  prove the referee is not blind: an off-spec response and an off-spec request are flagged.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from .support import (
    RECORDER,
    MockServer,
    PrismServer,
    assert_typed,
    example_arguments,
    login,
    operations,
    sdk_method,
)

tensorcost = pytest.importorskip("tensorcost", reason="the SDK (sdk/) is not installed")
from tensorcost import APIStatusError, TensorCost  # noqa: E402
from tensorcost._exceptions import error_class  # noqa: E402
from tensorcost._generated.api import OPERATIONS  # noqa: E402

READS = [op_id for op_id, op in operations().items() if op.is_read]
#: A token Prism accepts: it checks that the security scheme is satisfied, not the token.
PRISM_TOKEN = "prism-static-examples"


def _client(prism: PrismServer, **headers: str) -> Iterator[TensorCost]:
    with TensorCost(
        api_token=PRISM_TOKEN, base_url=prism.url, max_retries=0, default_headers=headers or None
    ) as client:
        yield client


@pytest.fixture
def mock_client(prism_mock: PrismServer) -> Iterator[TensorCost]:
    yield from _client(prism_mock)


@pytest.mark.parametrize("operation_id", READS)
def test_every_read_against_prism_mock(mock_client: TensorCost, operation_id: str) -> None:
    """The SDK reads what ``prism mock`` serves from the spec's examples, for every GET."""
    op = operations()[operation_id]
    method = sdk_method(mock_client, operation_id)
    args, kwargs = example_arguments(op, method)
    result = method(*args, **kwargs)
    assert_typed(method, result, operation_id)


def _named_examples() -> list[tuple[str, str]]:
    cases = []
    for op_id in READS:
        op = operations()[op_id]
        names = [n for n in op.response_examples(op.success_status) if n != "default"]
        cases += [(op_id, name) for name in names]
    return cases


@pytest.mark.parametrize(
    ("operation_id", "example"), _named_examples() or [pytest.param("", "", marks=pytest.mark.skip)]
)
def test_every_named_success_example_via_prism_mock(
    prism_mock: PrismServer, operation_id: str, example: str
) -> None:
    op = operations()[operation_id]
    for client in _client(prism_mock, Prefer=f"example={example}"):
        method = sdk_method(client, operation_id)
        args, kwargs = example_arguments(op, method)
        assert_typed(method, method(*args, **kwargs), f"{operation_id} example {example}")


def _error_cases() -> list[tuple[str, str]]:
    cases = []
    for op_id in READS:
        op = operations()[op_id]
        cases += [
            (op_id, s) for s in op.statuses if s.isdigit() and int(s) >= 400 and op.response_examples(s)
        ]
    return cases


@pytest.mark.parametrize(("operation_id", "status"), _error_cases())
def test_every_error_example_is_a_typed_error(
    prism_mock: PrismServer, operation_id: str, status: str
) -> None:
    """``Prefer: code=<status>``: Prism answers the documented error example; the SDK raises its class."""
    op = operations()[operation_id]
    example = next(iter(op.response_examples(status).values()))
    for client in _client(prism_mock, Prefer=f"code={status}"):
        method = sdk_method(client, operation_id)
        args, kwargs = example_arguments(op, method)
        with pytest.raises(APIStatusError) as info:
            method(*args, **kwargs)
        error = info.value
        assert type(error) is error_class(int(status)), f"{status} raised {type(error).__name__}"
        assert error.status_code == int(status)
        assert error.code == example["code"]
        assert error.trace_id == example["trace_id"]


def _parser(operation_id: str) -> Any:
    tag, name = OPERATIONS[operation_id]
    module = importlib.import_module(f"tensorcost._generated.api.{tag}")
    return getattr(module, f"_{name.upper()}")


def _json_operations() -> list[str]:
    """Operations whose success body is JSON (report_export answers a file, read as bytes)."""
    return [operation_id for operation_id in operations() if _parser(operation_id).body_kind == "json"]


@pytest.mark.parametrize("operation_id", _json_operations())
def test_every_success_example_parses(operation_id: str) -> None:
    """Every success example of every JSON operation is something the SDK's models read."""
    op = operations()[operation_id]
    examples = op.response_examples(op.success_status)
    spec_op = _parser(operation_id)
    assert examples, f"{operation_id} documents no example for {op.success_status}"
    for name, example in examples.items():
        try:
            parsed = spec_op.parse(example)
        except Exception as exc:  # the SDK's models must read every example
            pytest.fail(f"{operation_id} example {name!r}: {type(exc).__name__}: {exc}")
        assert parsed is not None or example.get("data") is None


# -- the referee is not blind -----------------------------------------------------------------------


@pytest.mark.mock_only
def test_prism_proxy_flags_off_spec_traffic(prism_proxy: PrismServer, mock_server: MockServer) -> None:
    token = PRISM_TOKEN
    with httpx.Client(
        base_url=prism_proxy.url,
        timeout=30,
        event_hooks={"response": [RECORDER.sync_hook("referee", "sync")]},
    ) as http:
        token = login(mock_server.url)
        headers = {"Authorization": f"Bearer {token}"}
        # A response with a status the operation does not document (an injected 520).
        mock_server.fault("520", "cost_get_summary", times=1)
        response = http.get("/v1/cost/summary", headers=headers)
        assert response.status_code == 520
        assert "sl-violations" in response.headers, "Prism let an undocumented status pass silently"
        # A request that breaks the spec never reaches the mock: Prism answers 422 itself.
        response = http.get("/v1/gpu/instances", params={"limit": 0}, headers=headers)
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("application/problem+json")
    flagged = [e for e in RECORDER.for_test(RECORDER.current_test) if e.violations]
    assert len(flagged) == 2
    mock_server.clear_faults()
