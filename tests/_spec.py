"""The parsed spec, shared by every test: ``openapi/tensorcost.yaml`` is read once per process.

The document is shared, so it is read-only: a test that needs a changed spec takes
``copy.deepcopy(load_spec())`` first. ``tests/conftest.py`` fails the session when a shared
document was changed in place.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "tensorcost.yaml"
HTTP_METHODS = ("get", "put", "post", "patch", "delete")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml parses the spec about 5x faster
_fingerprints: dict[Path, str] = {}


def load_spec(path: Path | None = None) -> dict[str, Any]:
    """The parsed spec at ``path`` (default: the repository's), parsed once. Do not change it."""
    return _load((path or SPEC_PATH).resolve())


@functools.cache
def _load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = yaml.load(path.read_bytes(), Loader=_LOADER)  # a safe loader
    _fingerprints[path] = _fingerprint(document)
    return document


def _fingerprint(document: Any) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, default=str).encode()).hexdigest()


def changed_specs() -> list[Path]:
    """The shared documents a test changed in place since they were parsed."""
    return [path for path, seen in _fingerprints.items() if _fingerprint(_load(path)) != seen]


def iter_operations(spec: dict[str, Any] | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) of every operation of ``spec`` (default: the repository's)."""
    for path, item in (load_spec() if spec is None else spec)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (one level at a time) to the component it names."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node
