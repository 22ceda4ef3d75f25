"""Notebook features on real results from the mock: `.to_pandas()`, `_repr_html_`, `forecast.plot()`."""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest
from tensorcost.testing import MockServer

pandas = pytest.importorskip("pandas")
matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")


def test_list_result_to_pandas_with_float_money_and_utc_times(tensorcost_mock: MockServer) -> None:
    budgets = tensorcost_mock.client.cost.list_budgets()
    frame = budgets.to_pandas()
    assert list(frame["name"]) == [b.name for b in budgets]
    assert frame["limit"].dtype == "float64"
    assert frame["actual_spend"].dtype == "float64"
    assert list(frame["limit"]) == [float(b.limit.amount) for b in budgets]
    assert set(frame["currency"]) == {"USD"}
    assert str(frame["created_at"].dtype).endswith("UTC]")
    assert frame["created_at"].iloc[0] == pandas.Timestamp(budgets[0].created_at)
    assert "burn_rate.pct_budget_consumed" in frame.columns  # nested fields: parent.child


def test_money_as_decimal_by_choice(tensorcost_mock: MockServer) -> None:
    idle = tensorcost_mock.client.gpu.list_idle_instances()
    frame = idle.to_pandas(money="decimal")
    assert list(frame["wasted_cost"]) == [i.wasted_cost.amount for i in idle]
    assert all(isinstance(v, Decimal) for v in frame["wasted_cost"])
    assert "instance.tags.team" in frame.columns
    with pytest.raises(ValueError, match="decimal' or 'float"):
        tensorcost_mock.client.gpu.list_idle_instances().to_pandas(money="cents")


def test_a_page_to_pandas_walks_every_page(tensorcost_mock: MockServer) -> None:
    every = list(tensorcost_mock.client.alert.list_alerts())
    page = tensorcost_mock.client.alert.list_alerts(limit=1)
    frame = page.to_pandas()
    assert list(frame["id"]) == [a.id for a in every]
    assert str(frame["triggered_at"].dtype).endswith("UTC]")
    assert len(page.to_pandas(max_items=1)) == 1


@pytest.mark.asyncio
async def test_an_async_page_to_pandas(tensorcost_mock: MockServer) -> None:
    async with tensorcost_mock.async_client() as tc:
        page = await tc.alert.list_alerts(limit=1)
        frame = await page.to_pandas()
    assert len(frame) == len(list(tensorcost_mock.client.alert.list_alerts()))


def test_html_tables_in_jupyter(tensorcost_mock: MockServer) -> None:
    tc = tensorcost_mock.client
    budgets_html = tc.cost.list_budgets()._repr_html_()
    assert budgets_html.startswith('<table class="tensorcost">')
    assert "GPU fleet" in budgets_html
    page = tc.alert.list_alerts(limit=1)
    page_html = page._repr_html_()
    assert page.data[0].id in page_html
    if page.has_next_page():
        assert "first page" in page_html
    summary_html = tc.cost.get_summary()._repr_html_()
    assert "effective_cost" in summary_html
    by_source_html = tc.cost.get_by_source()._repr_html_()
    assert "gpu_agent" in by_source_html
    text = "<b>" + "x"
    assert text not in budgets_html  # values are escaped, never raw HTML


def test_forecast_to_pandas_plot_and_html(tensorcost_mock: MockServer) -> None:
    forecast = tensorcost_mock.client.cost.get_forecast(horizon_days=30)
    frame = forecast.to_pandas()
    assert list(frame.columns) == ["start", "end", "mean", "lower_bound", "upper_bound", "currency"]
    assert list(frame["mean"]) == [float(p.mean.amount) for p in forecast.results_by_time]
    ax = forecast.plot()
    assert [line.get_label() for line in ax.get_lines()] == ["mean"]
    assert len(ax.collections) == 1  # the prediction-interval band
    assert "30 days" in ax.get_title()
    html = forecast._repr_html_()
    assert "total" in html
    assert str(forecast.total.mean.amount).split(".")[0][:2] in html.replace(",", "")


def test_cost_by_source_to_pandas(tensorcost_mock: MockServer) -> None:
    by_source = tensorcost_mock.client.cost.get_by_source()
    frame = by_source.to_pandas()
    assert list(frame["source"]) == [i.source for i in by_source.items]
    exact = by_source.to_pandas(money="decimal")
    assert sum(exact["effective_cost"]) == sum(i.effective_cost.amount for i in by_source.items)
    assert frame["effective_cost"].sum() == pytest.approx(float(sum(exact["effective_cost"])))


def test_without_pandas_the_error_names_the_extra(
    tensorcost_mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    budgets = tensorcost_mock.client.cost.list_budgets()
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install './sdk\[pandas\]'"):
        budgets.to_pandas()
    assert budgets[0].name  # the result itself still works without pandas
    assert "<table" in budgets._repr_html_()
