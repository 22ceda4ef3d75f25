"""Notebook methods live on the generated result types; the transport hands results over untouched."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import respx
from tensorcost import AsyncTensorCost, TensorCost
from tensorcost._generated.types import ResultList
from tensorcost.types import Budget, CostBySource, CostForecast, CostSummary

from .helpers import BASE, SUMMARY, success_example


def test_results_stay_their_generated_types(client: TensorCost, router: respx.MockRouter) -> None:
    for op, path in [
        ("cost_get_summary", "/v1/cost/summary"),
        ("cost_get_by_source", "/v1/cost/by-source"),
        ("cost_get_forecast", "/v1/cost/forecast"),
        ("cost_list_budgets", "/v1/cost/budgets"),
    ]:
        router.get(path).respond(200, json=success_example(op)[2])
    assert type(client.cost.get_summary()) is CostSummary
    assert type(client.cost.get_by_source()) is CostBySource
    assert type(client.cost.get_forecast()) is CostForecast
    budgets = client.cost.list_budgets()
    assert type(budgets) is ResultList
    assert isinstance(budgets, list)
    assert all(type(b) is Budget for b in budgets)
    assert budgets == list(budgets)  # equality and repr as a plain list
    assert repr(budgets) == repr(list(budgets))


@pytest.mark.asyncio
async def test_async_results_are_the_same_types(router: respx.MockRouter) -> None:
    router.get("/v1/cost/summary").respond(200, json=SUMMARY)
    async with AsyncTensorCost(api_token="t", base_url=BASE) as tc:
        summary = await tc.cost.get_summary()
    assert type(summary) is CostSummary
    assert summary._repr_html_().startswith('<table class="tensorcost">')


def test_models_from_tensorcost_types_have_the_methods_without_a_client_or_pandas() -> None:
    code = (
        "import json, sys\n"
        "from tensorcost.types import CostSummary\n"
        "assert 'tensorcost._dataframe' not in sys.modules\n"
        f"summary = CostSummary.from_dict(json.loads({json.dumps(json.dumps(SUMMARY['data']))}))\n"
        "html = summary._repr_html_()\n"
        "assert html.startswith('<table') and 'CostSummary' in html, html\n"
        "assert 'pandas' not in sys.modules and 'matplotlib' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_without_the_runtime_the_methods_say_what_is_missing() -> None:
    code = (
        "from tensorcost._generated.types import ResultList\n"
        "try:\n"
        "    ResultList([])._repr_html_()\n"
        "except RuntimeError as exc:\n"
        "    assert 'tensorcost runtime' in str(exc), exc\n"
        "else:\n"
        "    raise AssertionError('no RuntimeError')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
