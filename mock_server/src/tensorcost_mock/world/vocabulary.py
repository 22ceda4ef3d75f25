"""The API's own words that the world's files use (roles, sources, severities, metrics, ...), read
from the enums of the spec the mock ships with, so that the world never restates them."""

from __future__ import annotations

from functools import cache
from typing import Any

from tensorcost_mock.spec.document import find_spec_file, load_document


@cache
def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = load_document(find_spec_file())["components"]["schemas"]
    return schemas


def enum(schema: str) -> tuple[str, ...]:
    """The values of the spec's enum schema ``schema`` (``enum("AlertSeverity")``), in its order."""
    return tuple(_schemas()[schema]["enum"])
