"""Every object schema of the spec: generated instances round-trip through the generated models."""

from __future__ import annotations

import importlib
import json
from decimal import Decimal
from typing import Any

import pytest
from _spec import load_spec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schema_strategies import strategy

SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
MODELS = importlib.import_module("tensorcost._generated.models")
REGISTRY = Registry().with_resource("urn:tensorcost", Resource.from_contents(SPEC, DRAFT202012))

# Object schemas the generator turned into model classes (enums become Literal types).
OBJECT_SCHEMAS = sorted(
    name for name in SCHEMAS if hasattr(MODELS, name) and isinstance(getattr(MODELS, name), type)
)


def _instances(name: str) -> st.SearchStrategy[Any]:
    return strategy(SCHEMAS[name], SCHEMAS)


def _validator(name: str) -> Draft202012Validator:
    schema = {"$ref": f"urn:tensorcost#/components/schemas/{name}"}
    return Draft202012Validator(schema, registry=REGISTRY, format_checker=FormatChecker())


def test_most_schemas_have_models() -> None:
    assert len(OBJECT_SCHEMAS) >= 150


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_generated_instances_round_trip(name: str) -> None:
    model = getattr(MODELS, name)
    validator = _validator(name)

    @settings(
        max_examples=15,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(instance=_instances(name))
    def check(instance: dict[str, Any]) -> None:
        assert list(validator.iter_errors(instance)) == [], "the strategy made an instance the spec rejects"
        parsed = model.from_dict(instance)
        dumped = parsed.to_dict()
        # The model writes back something the spec accepts, and reading it again changes nothing.
        assert list(validator.iter_errors(json.loads(json.dumps(dumped, default=str)))) == []
        assert model.from_dict(dumped) == parsed
        assert model.from_dict(dumped).to_dict() == dumped

    check()


@pytest.mark.parametrize("name", ["Money", "TimeWindow", "CostSummary"])
def test_round_trip_keeps_values(name: str) -> None:
    """Beyond stability: plain values come back exactly as they were sent."""
    model = getattr(MODELS, name)

    @settings(max_examples=20, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(instance=_instances(name))
    def check(instance: dict[str, Any]) -> None:
        dumped = model.from_dict(instance).to_dict()
        for key, value in instance.items():
            if isinstance(value, str) and key == "amount":
                # The same decimal, scale and sign included ("12.50" stays "12.50"; "007" is "7").
                assert Decimal(dumped[key]).as_tuple() == Decimal(value).as_tuple()
            elif isinstance(value, str) and key == "currency":
                assert dumped[key] == value

    check()
