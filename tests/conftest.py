"""What every test folder shares: the parsed spec (see ``tests/_spec.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from _spec import changed_specs, load_spec


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The parsed spec (shared and read-only: ``copy.deepcopy`` it to change it)."""
    return load_spec()


@pytest.fixture(scope="session", autouse=True)
def _shared_spec_unchanged() -> Iterator[None]:
    yield
    changed = changed_specs()
    assert not changed, f"a test changed the shared parsed spec in place (deep-copy it first): {changed}"
