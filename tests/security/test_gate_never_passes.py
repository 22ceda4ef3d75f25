"""`tensorcost gate` never passes on a typo, a bad number or a failure to write its report."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from tensorcost.cli._gate import evaluate
from tensorcost.cli._gate_conditions import MaxBudgetBurn
from tensorcost.testing import MockServer
from workflows.conftest import Cli


def test_a_misspelt_tag_value_is_a_usage_error_not_a_zero(cli: Cli, api_env: MockServer) -> None:
    result = cli("gate", "--max-daily-spend", "team:serach=0")
    assert result.code == 2, result.out + result.err
    assert "'serach'" in result.out + result.err
    assert "--allow-missing" in result.out + result.err


def test_allow_missing_says_zero_is_expected(cli: Cli, api_env: MockServer) -> None:
    result = cli("gate", "--max-daily-spend", "team:serach=0", "--allow-missing")
    assert result.code == 0, result.out + result.err
    assert "no cost on" in result.out


@pytest.mark.parametrize(
    ("flag", "named"),
    [("bedrok=0", "'bedrok'"), ("tem:search=0", "'tem'")],
    ids=["unknown source", "unknown tag dimension"],
)
@pytest.mark.parametrize("allow_missing", [False, True])
def test_an_unknown_source_or_tag_dimension_is_a_usage_error_even_with_allow_missing(
    cli: Cli, api_env: MockServer, flag: str, named: str, allow_missing: bool
) -> None:
    """--allow-missing excuses a value without cost, never a name the API does not know."""
    result = cli("gate", "--max-daily-spend", flag, *(["--allow-missing"] if allow_missing else []))
    assert result.code == 2, result.out + result.err
    assert named in result.out + result.err


@pytest.mark.parametrize(
    "flag",
    [
        "--max-forecast=inf",
        "--max-forecast=Infinity",
        "--max-forecast=NaN",
        "--max-budget-burn=GPU fleet=inf",
        "--max-daily-spend=bedrock=inf",
        "--max-daily-spend=bedrock=-1",
    ],
)
def test_a_limit_that_would_always_pass_is_a_usage_error(cli: Cli, api_env: MockServer, flag: str) -> None:
    result = cli("gate", flag)
    assert result.code == 2, result.out + result.err
    assert "must be a non-negative number" in result.out + result.err


def budgets_reporting(pct: object) -> SimpleNamespace:
    """A client whose one budget reports `pct` consumed (what a broken or hostile API could send)."""
    money = SimpleNamespace(amount="1.00", currency="USD")
    budget = SimpleNamespace(
        id="b1",
        name="GPU fleet",
        actual_spend=money,
        limit=money,
        time_unit="MONTHLY",
        burn_rate=SimpleNamespace(pct_budget_consumed=pct),
    )
    return SimpleNamespace(cost=SimpleNamespace(list_budgets=lambda: [budget]))


@pytest.mark.parametrize("pct", [float("nan"), float("inf"), float("-inf"), "NaN", "Infinity", "abc", None])
def test_a_measured_value_that_is_not_a_finite_number_is_exit_2(pct: object) -> None:
    gate = [MaxBudgetBurn(budget="GPU fleet", limit=Decimal(90))]
    result = evaluate(gate, budgets_reporting(pct))  # type: ignore[arg-type]
    assert result.exit_code == 2
    assert result.outcomes[0].status == "error"


def test_a_finite_burn_still_passes_and_breaches() -> None:
    gate = [MaxBudgetBurn(budget="GPU fleet", limit=Decimal(90))]
    assert evaluate(gate, budgets_reporting(89.5)).exit_code == 0  # type: ignore[arg-type]
    assert evaluate(gate, budgets_reporting(90.5)).exit_code == 1  # type: ignore[arg-type]


def test_an_unwritable_output_file_is_exit_2_with_the_report_printed(
    cli: Cli, api_env: MockServer, tmp_path: Path
) -> None:
    target = tmp_path / "missing-dir" / "gate.json"  # a directory that does not exist: unwritable for anyone
    result = cli(
        "gate", "--max-daily-spend", "team:serach=0", "--allow-missing", "--format", "json", "-o", str(target)
    )
    assert result.code == 2
    assert '"result": "pass"' in result.out  # the report is not lost
    assert "cannot write the report" in result.err


def test_an_unwritable_step_summary_is_exit_2_with_the_report_printed(
    cli: Cli, api_env: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path))  # a directory: cannot be opened for append
    result = cli("gate", "--max-daily-spend", "team:serach=0", "--allow-missing", "--format", "github")
    assert result.code == 2
    assert "::notice title=TensorCost gate%3A daily spend team serach::" in result.out
    assert "cannot write the job summary" in result.out + result.err
