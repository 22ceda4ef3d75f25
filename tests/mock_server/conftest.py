"""Fixtures: an in-process mock (strict mode, frozen clock) and an httpx client on it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import pytest_asyncio
from mock_helpers import make_app
from tensorcost_mock import MockApp


@pytest.fixture
def app() -> Iterator[MockApp]:
    mock = make_app()
    yield mock
    # Strict mode turns a response that breaks the spec into a 500; none may happen in any test.
    assert mock.violations == [], mock.violations


@pytest_asyncio.fixture
async def client(app: MockApp) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:4010") as c:
        yield c
