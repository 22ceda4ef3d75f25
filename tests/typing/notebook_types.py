"""Checked by mypy --strict in `nox -s typecheck`, never run: the notebook methods are on the
result types themselves, so a typed notebook or script may call them without a cast.
"""

from __future__ import annotations

from typing import Any, assert_type

from tensorcost import AsyncTensorCost, TensorCost
from tensorcost.types import Budget, CostForecast


def results(tc: TensorCost) -> None:
    budgets = tc.cost.list_budgets()
    assert_type(budgets[0], Budget)
    assert_type(budgets.to_pandas(), Any)
    assert_type(budgets.to_pandas(money="decimal"), Any)
    assert_type(budgets._repr_html_(), str)
    forecast = tc.cost.get_forecast()
    assert_type(forecast, CostForecast)
    assert_type(forecast.to_pandas(), Any)
    forecast.plot()


async def async_results(atc: AsyncTensorCost) -> None:
    budgets = await atc.cost.list_budgets()
    assert_type(budgets[0], Budget)
    budgets.to_pandas()


def rejected(tc: TensorCost) -> None:
    tc.cost.list_budgets().to_pandas(money="cents")  # type: ignore[arg-type]
