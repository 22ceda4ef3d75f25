"""Fixtures for the spec_diff checks: the fixture spec and a writer for edited copies."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tools" / "spec_diff"))

BASE_PATH = HERE / "base.yaml"
Edit = Callable[[dict[str, Any]], object]


def edited(edit: Edit, version: str = "1.0.0") -> dict[str, Any]:
    """A copy of the fixture spec with `edit` applied and `info.version` set."""
    document: dict[str, Any] = copy.deepcopy(yaml.safe_load(BASE_PATH.read_text()))
    edit(document)
    document["info"]["version"] = version
    return document


def write_spec(directory: Path, name: str, document: dict[str, Any]) -> Path:
    path = directory / f"{name}.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


@pytest.fixture
def base_path() -> Path:
    return BASE_PATH
