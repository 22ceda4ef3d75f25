"""Every example in the spec validates against its schema (JSON Schema 2020-12, with formats)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from _spec import iter_operations, load_spec, resolve
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry

SPEC = load_spec()


def _anchored(schema: Any) -> Any:
    """Point local `#/components/...` refs at the registered spec resource."""
    return json.loads(json.dumps(schema).replace('"#/components/', '"urn:tensorcost#/components/'))


def _examples() -> Iterator[tuple[str, Any, Any]]:
    components = SPEC["components"]
    for name, param in components.get("parameters", {}).items():
        if "example" in param:
            yield f"parameters/{name}", param["schema"], param["example"]
    for name, header in components.get("headers", {}).items():
        if "example" in header:
            yield f"headers/{name}", header["schema"], header["example"]
    for name, schema in components["schemas"].items():
        for index, example in enumerate(schema.get("examples", [])):
            yield f"schemas/{name}/examples/{index}", schema, example
    for name, response in components.get("responses", {}).items():
        for media, content in response.get("content", {}).items():
            if "example" in content:
                yield f"responses/{name}/{media}", content["schema"], content["example"]
    for path, method, op in iter_operations(SPEC):
        where = f"{method.upper()} {path}"
        for param in op.get("parameters", []):
            if "$ref" not in param and "example" in param:
                yield f"{where} param {param['name']}", param["schema"], param["example"]
        for media, content in op.get("requestBody", {}).get("content", {}).items():
            if "example" in content:
                yield f"{where} request {media}", content["schema"], content["example"]
        for code, response in op["responses"].items():
            for media, content in response.get("content", {}).items():
                if media != "application/json":
                    continue
                if "example" in content:
                    yield f"{where} {code}", content["schema"], content["example"]
                for name, named in content.get("examples", {}).items():
                    yield f"{where} {code} example {name}", content["schema"], named["value"]
    for name, item in SPEC.get("webhooks", {}).items():
        for content in item["post"]["requestBody"]["content"].values():
            if "example" in content:
                yield f"webhook {name}", content["schema"], content["example"]


EXAMPLES = list(_examples())


def test_there_are_many_examples() -> None:
    assert len(EXAMPLES) >= 150


@pytest.mark.parametrize(("where", "schema", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_matches_schema(registry: Registry, where: str, schema: Any, example: Any) -> None:
    validator = Draft202012Validator(_anchored(schema), registry=registry, format_checker=FormatChecker())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(example)]
    assert errors == [], where


def test_every_success_response_and_request_body_has_an_example() -> None:
    for path, method, op in iter_operations(SPEC):
        for media, content in op.get("requestBody", {}).get("content", {}).items():
            assert "example" in content or "examples" in content, f"{method} {path} request {media}"
        for code, response in op["responses"].items():
            response = resolve(SPEC, response)
            for media, content in response.get("content", {}).items():
                if media == "application/json":
                    assert "example" in content or "examples" in content, f"{method} {path} {code}"
