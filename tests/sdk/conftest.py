"""Fixtures: a respx router on a fake base URL, and clients whose retry sleeps are recorded."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
import respx
from tensorcost import AsyncTensorCost, TensorCost

from .helpers import BASE, Sleeps


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TENSORCOST_API_TOKEN", "TENSORCOST_BASE_URL", "TENSORCOST_TENANT_ID", "TENSORCOST_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def client(sleeps: Sleeps) -> Iterator[TensorCost]:
    with TensorCost(api_token="tok-static", base_url=BASE, _sleep=sleeps) as tc:
        yield tc


@pytest_asyncio.fixture
async def aclient(sleeps: Sleeps) -> AsyncIterator[AsyncTensorCost]:
    async with AsyncTensorCost(api_token="tok-static", base_url=BASE, _sleep=sleeps.asleep) as tc:
        yield tc
