"""The public surface of `tensorcost` and `tensorcost.types`, pinned exactly."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest
import tensorcost
import tensorcost.types
from tensorcost._generated import models
from tensorcost._generated.types import ResultList

TENSORCOST_ALL = {
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncTensorCost",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidAmountError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "MissingTokenError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "ResponseValidationError",
    "RetryEvent",
    "RetryPolicy",
    "SyncPage",
    "TensorCost",
    "TensorCostError",
    "UnknownEnumValue",
    "WebhookSignatureError",
    "__version__",
    "plot_forecast",
    "to_decimal",
    "to_pandas",
    "webhooks",
}


def _generated_public_names() -> dict[str, object]:
    """Every model and enum the models package exports, plus each enum's `*_VALUES` set."""
    names: dict[str, object] = {name: getattr(models, name) for name in models.__all__}
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{models.__name__}.{info.name}")
        for attr, value in vars(module).items():
            if attr.endswith("_VALUES") and isinstance(value, frozenset):
                names[attr] = value
    return names


def test_tensorcost_all_is_pinned() -> None:
    assert len(tensorcost.__all__) == len(set(tensorcost.__all__))
    assert set(tensorcost.__all__) == TENSORCOST_ALL


@pytest.mark.parametrize("name", sorted(TENSORCOST_ALL))
def test_tensorcost_names_import(name: str) -> None:
    exec(f"from tensorcost import {name}", {})
    assert name in dir(tensorcost)


def test_types_all_is_every_generated_model_enum_and_value_set() -> None:
    expected = {**_generated_public_names(), "ResultList": ResultList}
    assert len(tensorcost.types.__all__) == len(set(tensorcost.types.__all__))
    assert set(tensorcost.types.__all__) == set(expected)
    assert {"CostSummary", "AlertSeverity", "ALERT_SEVERITY_VALUES"} <= set(expected)


def test_types_names_are_the_generated_objects() -> None:
    for name, value in {**_generated_public_names(), "ResultList": ResultList}.items():
        assert getattr(tensorcost.types, name) is value, name
        assert name in dir(tensorcost.types)
    namespace: dict[str, object] = {}
    exec("from tensorcost.types import *", namespace)
    assert namespace["ALERT_SEVERITY_VALUES"] == frozenset({"critical", "error", "info", "warning"})


def test_types_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_model"):
        tensorcost.types.no_such_model  # noqa: B018
    with pytest.raises(ImportError):
        exec("from tensorcost.types import check_alert_severity", {})  # generated helper, not public


def test_types_import_loads_no_model() -> None:
    # The lazy models package (the name -> module table) may load; no model module does.
    code = (
        "import sys, tensorcost.types\n"
        "assert not [m for m in sys.modules if m.startswith('tensorcost._generated.models.')]\n"
        "from tensorcost.types import CostSummary\n"
        "assert CostSummary.__module__ == 'tensorcost._generated.models.cost_summary'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
