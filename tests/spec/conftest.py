"""Fixtures for the spec checks: the API reference's facts and a JSON Schema 2020-12 registry over
the spec (the parsed spec itself is ``tests/_spec.py``'s, as the ``spec`` fixture of tests/conftest.py);
``import_module`` for the scripts and generated modules the checks load by path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from _spec import ROOT
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

# The API reference's facts, transcribed into the repository (tests read nothing outside it).
REFERENCE_PATH = ROOT / "openapi" / "reference" / "api-reference.yaml"


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


def import_module(path: Path, name: str | None = None) -> ModuleType:
    """The Python file at ``path`` imported as module ``name`` (default: the file's stem)."""
    name = name or path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
