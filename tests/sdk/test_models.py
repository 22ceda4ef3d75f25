"""Responses become typed values: strict types, tolerant of new fields and extensible enum values.

Every case goes through a real service method with respx serving a spec example, changed in one
place, and checks the typed error (operation and JSON path) or the parsed value.
"""

from __future__ import annotations

import copy
import inspect
import json
import logging
from decimal import Decimal
from typing import Any

import pytest
import respx
import tensorcost
from tensorcost import InvalidAmountError, ResponseValidationError, TensorCost, TensorCostError, to_decimal

from .helpers import operations, success_example


def _example(operation_id: str) -> dict[str, Any]:
    return copy.deepcopy(success_example(operation_id)[2])


def _spend_with(path: list[str | int], value: Any) -> dict[str, Any]:
    """The ai_list_spend example with the value at `path` (below data[0]) replaced."""
    body = _example("ai_list_spend")
    node: Any = body["data"][0]
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return body


WRONG_VALUES = [
    pytest.param(["requests"], "1", "data[0].requests", id="string-for-integer"),
    pytest.param(["requests"], 5.5, "data[0].requests", id="float-for-integer"),
    pytest.param(["requests"], 5.0, "data[0].requests", id="integral-float-for-integer"),
    pytest.param(["requests"], True, "data[0].requests", id="bool-for-integer"),
    pytest.param(["usage", "output_tokens"], "620", "data[0].usage.output_tokens", id="nested-integer"),
    pytest.param(["cost", "currency"], 840, "data[0].cost.currency", id="number-for-string"),
    pytest.param(["cost", "amount"], "NaN", "data[0].cost.amount", id="money-NaN"),
    pytest.param(["cost", "amount"], "Infinity", "data[0].cost.amount", id="money-Infinity"),
    pytest.param(["cost", "amount"], "12,5 EUR", "data[0].cost.amount", id="money-not-decimal"),
    pytest.param(["cost", "amount"], 12.5, "data[0].cost.amount", id="money-as-number"),
    pytest.param(["model_id"], None, "data[0].model_id", id="null-for-string"),
    pytest.param(["usage"], None, "data[0].usage", id="null-for-object"),
    pytest.param(["usage"], [1, 2], "data[0].usage", id="array-for-object"),
    pytest.param(["occurred_at"], 1764115181, "data[0].occurred_at", id="number-for-date-time"),
    pytest.param(["occurred_at"], "yesterday", "data[0].occurred_at", id="bad-date-time"),
    # Each kind the generated `from_dict` checks inline (nullable, nested, enum) still names its field.
    pytest.param(["region"], 5, "data[0].region", id="number-for-nullable-string"),
    pytest.param(["latency_ms"], "12", "data[0].latency_ms", id="string-for-nullable-integer"),
    pytest.param(["attribution", "team"], ["x"], "data[0].attribution.team", id="array-for-nested-string"),
    pytest.param(["status"], ["success"], "data[0].status", id="array-for-enum"),
    pytest.param(["status"], 1, "data[0].status", id="number-for-enum"),
]


@pytest.mark.parametrize(("path", "value", "where"), WRONG_VALUES)
def test_wrong_values_raise_response_validation_error(
    client: TensorCost, router: respx.MockRouter, path: list[str | int], value: Any, where: str
) -> None:
    router.get("/v1/ai/spend").respond(200, json=_spend_with(path, value))
    with pytest.raises(ResponseValidationError) as info:
        client.ai.list_spend()
    assert info.value.operation_id == "ai_list_spend"
    assert info.value.field == where
    assert "ai_list_spend" in str(info.value)
    assert repr(where) in str(info.value)
    assert isinstance(info.value, TensorCostError)


def test_the_path_names_the_item_of_a_list(client: TensorCost, router: respx.MockRouter) -> None:
    body = _example("ai_list_spend")
    body["data"][1]["cost"]["amount"] = "NaN"
    router.get("/v1/ai/spend").respond(200, json=body)
    with pytest.raises(ResponseValidationError, match="finite decimal") as info:
        client.ai.list_spend()
    assert info.value.field == "data[1].cost.amount"


def test_wrong_boolean_and_number(client: TensorCost, router: respx.MockRouter) -> None:
    instances = _example("gpu_list_instances")
    instances["data"][0]["mig_enabled"] = "false"
    router.get("/v1/gpu/instances").respond(200, json=instances)
    with pytest.raises(ResponseValidationError, match="expected a boolean") as info:
        client.gpu.list_instances()
    assert info.value.field == "data[0].mig_enabled"

    anomalies = _example("ai_list_anomalies")
    anomalies["data"][0]["signals"]["error_rate"] = True
    router.get("/v1/ai/anomalies").respond(200, json=anomalies)
    with pytest.raises(ResponseValidationError, match="expected a number") as info:
        client.ai.list_anomalies()
    assert info.value.field == "data[0].signals.error_rate"


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_json_numbers_are_refused(
    client: TensorCost, router: respx.MockRouter, literal: str
) -> None:
    body = json.dumps(_example("ai_list_anomalies")).replace('"error_rate": 0.01', f'"error_rate": {literal}')
    assert literal in body
    router.get("/v1/ai/anomalies").respond(
        200, content=body.encode(), headers={"Content-Type": "application/json"}
    )
    with pytest.raises(ResponseValidationError, match="finite number") as info:
        client.ai.list_anomalies()
    assert (info.value.operation_id, info.value.field) == ("ai_list_anomalies", "data[0].signals.error_rate")


def test_unknown_value_of_an_extensible_enum_is_kept_and_logged_once(
    client: TensorCost, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    body = _example("ai_list_spend")
    body["data"][0]["source"] = "mistral_api"
    body["data"][1]["source"] = "mistral_api"
    body["next_cursor"] = None
    router.get("/v1/ai/spend").respond(200, json=body)
    with caplog.at_level(logging.WARNING, logger="tensorcost"):
        first = list(client.ai.list_spend())
        second = list(client.ai.list_spend())
    source = first[0].source
    assert source == "mistral_api"
    assert isinstance(source, str)
    assert isinstance(source, tensorcost.UnknownEnumValue)
    assert second[1].source == "mistral_api"
    assert first[0].to_dict()["source"] == "mistral_api"
    assert json.loads(first[0].to_json())["source"] == "mistral_api"
    warnings = [r for r in caplog.records if r.name == "tensorcost" and "mistral_api" in r.getMessage()]
    assert len(warnings) == 1
    assert warnings[0].levelno == logging.WARNING
    assert "AiInferenceEvent.source" in warnings[0].getMessage()


def test_unknown_value_of_a_nullable_extensible_enum_names_its_field(
    client: TensorCost, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    body = _example("ai_list_anomalies")
    body["data"][0]["scope"]["source"] = "groq_api"
    body["data"][1:] = []
    router.get("/v1/ai/anomalies").respond(200, json=body)
    with caplog.at_level(logging.WARNING, logger="tensorcost"):
        scope = client.ai.list_anomalies().data[0].scope
    assert scope.source == "groq_api"
    assert isinstance(scope.source, tensorcost.UnknownEnumValue)
    assert any("AiAnomalyScope.source" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("value", [45, "30", True])
def test_a_closed_enum_refuses_other_values(client: TensorCost, router: respx.MockRouter, value: Any) -> None:
    # ForecastHorizonDays (7, 30, 90) is closed: the spec marks it `x-extensible-enum: false` or
    # not at all, and integer enums are never extensible.
    body = _example("cost_get_forecast")
    body["data"]["horizon_days"] = value
    router.get("/v1/cost/forecast").respond(200, json=body)
    with pytest.raises(ResponseValidationError, match="expected one of") as info:
        client.cost.get_forecast()
    assert (info.value.operation_id, info.value.field) == ("cost_get_forecast", "data.horizon_days")


def test_known_enum_values_stay_plain_strings(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/ai/spend").respond(200, json=_example("ai_list_spend"))
    event = client.ai.list_spend().data[0]
    assert event.source == "bedrock"
    assert type(event.source) is str


def test_an_extensible_enum_still_refuses_a_non_string(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/ai/spend").respond(200, json=_spend_with(["source"], 7))
    with pytest.raises(ResponseValidationError) as info:
        client.ai.list_spend()
    assert info.value.field == "data[0].source"


def test_unknown_fields_are_kept(client: TensorCost, router: respx.MockRouter) -> None:
    body = _spend_with(["carbon_grams"], 1.25)
    body["data"][0]["cost"]["fx_rate"] = "0.92"
    router.get("/v1/ai/spend").respond(200, json=body)
    event = client.ai.list_spend().data[0]
    assert event.additional_properties == {"carbon_grams": 1.25}
    assert event["carbon_grams"] == 1.25
    assert "carbon_grams" in event
    assert event.cost["fx_rate"] == "0.92"
    dumped = event.to_dict()
    assert dumped["carbon_grams"] == 1.25
    assert dumped["cost"]["fx_rate"] == "0.92"


def test_money_amounts_are_decimals(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(200, json=_example("cost_get_summary"))
    summary = client.cost.get_summary()
    amount = summary.effective_cost.amount
    assert isinstance(amount, Decimal)
    assert amount * 2 == Decimal("96427.54")
    assert summary.effective_cost.amount + summary.savings.amount == Decimal("56890.42")
    assert summary.to_dict()["effective_cost"] == {"amount": "48213.77", "currency": "USD"}


def test_tiny_amounts_keep_their_wire_form(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/ai/spend").respond(200, json=_spend_with(["cost", "amount"], "0.000000150"))
    event = client.ai.list_spend().data[0]
    assert event.cost.amount == Decimal("1.5E-7")
    assert event.cost.to_dict() == {"amount": "0.000000150", "currency": "USD"}


def test_to_dict_and_to_json_round_trip(client: TensorCost, router: respx.MockRouter) -> None:
    body = _example("ai_list_spend")
    router.get("/v1/ai/spend").respond(200, json=body)
    page = client.ai.list_spend()
    event = page.data[0]
    cls = type(event)
    assert cls.from_dict(event.to_dict()) == event
    assert cls.from_dict(json.loads(event.to_json())) == event
    sent = body["data"][0]
    again = event.to_dict()
    assert again["cost"] == sent["cost"]
    assert again["usage"] == sent["usage"]
    assert again["attribution"] == sent["attribution"]
    assert json.loads(event.to_json(indent=2)) == again


def test_reprs_are_short(client: TensorCost, router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(200, json=_example("cost_get_summary"))
    summary = client.cost.get_summary()
    text = repr(summary.effective_cost)
    assert text == "Money(amount=Decimal('48213.77'), currency='USD')"
    assert "additional_properties" not in repr(summary)
    summary.effective_cost["note"] = "x"
    assert repr(summary.effective_cost).endswith("additional_properties={'note': 'x'})")


def test_signatures_and_docstrings_are_readable() -> None:
    from tensorcost._generated.api.ai import AiService

    signature = str(inspect.signature(AiService.list_spend))
    assert "NOT_GIVEN" in signature
    assert "object at 0x" not in signature
    doc = " ".join((inspect.getdoc(AiService.list_spend) or "").split())
    _, _, operation = operations()["ai_list_spend"]
    model_id = next(p for p in operation["parameters"] if p.get("name") == "model_id")
    assert f"model_id (str, optional): {' '.join(model_id['description'].split())}" in doc
    assert "limit (int, optional): " in doc
    assert "Default: `100`." in doc


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12.50", Decimal("12.50")),
        ({"amount": "-3", "currency": "EUR"}, Decimal(-3)),
        (Decimal("1.5"), Decimal("1.5")),
    ],
)
def test_to_decimal(value: Any, expected: Decimal) -> None:
    assert to_decimal(value) == expected


@pytest.mark.parametrize(
    "value", ["12,5 EUR", "NaN", "Infinity", "", {"amount": 12.5}, {"currency": "USD"}, 7, None]
)
def test_to_decimal_raises_a_typed_error(value: Any) -> None:
    with pytest.raises(InvalidAmountError) as info:
        to_decimal(value)
    assert isinstance(info.value, TensorCostError)
    assert isinstance(info.value, ValueError)


def _large_spend_page() -> dict[str, Any]:
    """An ai_list_spend page over the size from which the collector is paused while parsing."""
    body = _example("ai_list_spend")
    body["data"] = [dict(copy.deepcopy(body["data"][0]), id=f"evt_{n}") for n in range(300)]
    body["next_cursor"] = None
    assert len(json.dumps(body)) > 64 * 1024
    return body


def test_a_large_page_is_parsed_and_the_collector_runs_again(
    client: TensorCost, router: respx.MockRouter
) -> None:
    import gc

    body = _large_spend_page()
    router.get("/v1/ai/spend").respond(200, json=body)
    assert [item.id for item in client.ai.list_spend()] == [f"evt_{n}" for n in range(300)]
    assert gc.isenabled()

    body["data"][299]["cost"]["amount"] = "NaN"
    router.get("/v1/ai/spend").respond(200, json=body)
    with pytest.raises(ResponseValidationError) as info:
        client.ai.list_spend()
    assert info.value.field == "data[299].cost.amount"
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(client: TensorCost, router: respx.MockRouter) -> None:
    import gc

    router.get("/v1/ai/spend").respond(200, json=_large_spend_page())
    gc.disable()
    try:
        client.ai.list_spend()
        assert not gc.isenabled()
    finally:
        gc.enable()
