"""Fixtures for the spec checks: the parsed spec and a JSON Schema 2020-12 registry over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "tensorcost.yaml"
# The API reference's facts, transcribed into the repository (tests read nothing outside it).
REFERENCE_PATH = ROOT / "openapi" / "reference" / "api-reference.yaml"
HTTP_METHODS = ("get", "put", "post", "patch", "delete")


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


@pytest.fixture(scope="session")
def reference() -> dict[str, Any]:
    return load_reference()


def load_reference() -> dict[str, Any]:
    """The API reference's facts (operations, status codes, headers, examples) as data."""
    data: dict[str, Any] = yaml.safe_load(REFERENCE_PATH.read_text())
    return data


@pytest.fixture(scope="session")
def registry(spec: dict[str, Any]) -> Registry:
    return Registry().with_resource("urn:tensorcost", Resource.from_contents(spec, DRAFT202012))


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (one level at a time) to the component it names."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node
