"""`NOT_GIVEN`: one falsy, final instance; `with_options` tells a left-out option from `None` and
derives new frozen option objects rather than changing shared ones."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import httpx
import pytest
import respx
from tensorcost import AsyncTensorCost, RetryPolicy, TensorCost
from tensorcost._not_given import NOT_GIVEN, NotGiven
from tensorcost._runner import RunnerConfig

from .helpers import BASE, SUMMARY, TENANT_A


def test_not_given_is_one_falsy_instance_printed_as_its_name() -> None:
    assert NotGiven() is NOT_GIVEN
    assert copy.copy(NOT_GIVEN) is NOT_GIVEN
    assert copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    with pytest.raises(AttributeError):
        NOT_GIVEN.value = 1  # type: ignore[attr-defined]


def test_not_given_cannot_be_subclassed() -> None:
    with pytest.raises(TypeError, match="cannot be subclassed"):
        type("Given", (NotGiven,), {})


def test_with_options_keeps_left_out_options_and_none_clears_the_tenant(router: respx.MockRouter) -> None:
    route = router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    policy = RetryPolicy(max_retries=5)
    with TensorCost(api_token="t", base_url=BASE, tenant_id=TENANT_A, timeout=7, retry_policy=policy) as tc:
        kept = tc.with_options()
        assert kept.tenant_id == TENANT_A
        assert kept._config.policy is policy
        assert kept._config.timeout == httpx.Timeout(7, connect=5)
        explicit = tc.with_options(tenant_id=NOT_GIVEN, max_retries=NOT_GIVEN)
        assert explicit.tenant_id == TENANT_A
        assert explicit._config.policy.max_retries == 5

        cleared = tc.with_options(tenant_id=None, total_timeout=None)
        assert cleared.tenant_id is None
        assert cleared._config.total_timeout is None
        cleared.cost.get_summary()
        assert "X-Active-Tenant-Id" not in route.calls.last.request.headers

        changed = tc.with_options(max_retries=0, on_retry=None)
        assert changed._config.policy == policy.replace(max_retries=0, on_retry=None)


@pytest.mark.asyncio
async def test_async_with_options_keeps_left_out_options() -> None:
    async with AsyncTensorCost(api_token="t", base_url=BASE, tenant_id=TENANT_A, total_timeout=9) as tc:
        derived = tc.with_options(max_retries=1)
        assert derived.tenant_id == TENANT_A
        assert derived._config.total_timeout == 9
        assert derived._config.policy.max_retries == 1


def test_retry_policy_and_runner_config_are_frozen_and_slotted() -> None:
    policy = RetryPolicy()
    with TensorCost(api_token="t", base_url=BASE) as tc:
        config = tc._config
    for value in (policy, config):
        assert isinstance(value, RetryPolicy | RunnerConfig)
        assert not hasattr(value, "__dict__")
        name = dataclasses.fields(value)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, getattr(value, name))
    assert policy.replace(max_retries=7).max_retries == 7
    assert policy.max_retries != 7
