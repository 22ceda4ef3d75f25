"""`tensorcost gate` end to end against the mock: the verdicts (0, 1, 2), every report format,
the config file, and that it never passes when the API could not be asked."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from tensorcost.testing import MockServer

from .conftest import Cli

BIN = Path(sys.executable).parent


def _forecast_mean(mock: MockServer, days: int = 30) -> Decimal:
    return Decimal(mock.client.cost.get_forecast(horizon_days=days).total.mean.amount)


def _budget(mock: MockServer) -> tuple[str, Decimal]:
    b = mock.client.cost.list_budgets()[0]
    return b.name, Decimal(str(b.burn_rate.pct_budget_consumed))


def _yesterday() -> tuple[datetime, datetime]:
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - timedelta(days=1), today


def _source_spend(mock: MockServer) -> tuple[str, Decimal]:
    start, end = _yesterday()
    item = mock.client.cost.get_by_source(start=start, end=end).items[0]
    return item.source, Decimal(item.effective_cost.amount)


def _tag_spend(mock: MockServer) -> tuple[str, Decimal]:
    start, end = _yesterday()
    item = mock.client.cost.get_by_tag(group_by="team", start=start, end=end).items[0]
    return item.value, Decimal(item.effective_cost.amount)


def _holding_flags(mock: MockServer) -> list[str]:
    """A limit at exactly each measured value: every condition holds (<=)."""
    name, pct = _budget(mock)
    source, spent = _source_spend(mock)
    team, team_spent = _tag_spend(mock)
    return [
        "--max-forecast", str(_forecast_mean(mock)),
        "--max-budget-burn", f"{name}={pct}",
        "--max-daily-spend", f"{source}={spent}",
        "--max-daily-spend", f"team:{team}={team_spent}",
    ]  # fmt: skip


def test_every_condition_holds_exit_0(cli: Cli, api_env: MockServer) -> None:
    result = cli("gate", *_holding_flags(api_env))
    assert result.code == 0, result.out + result.err
    assert result.out.count("PASS ") == 4
    assert "TensorCost gate PASSED: 4 conditions" in result.out


@pytest.mark.parametrize("which", ["forecast", "budget", "source", "tag"])
def test_one_breached_condition_exits_1(which: str, cli: Cli, api_env: MockServer) -> None:
    flags = _holding_flags(api_env)
    index = {"forecast": 1, "budget": 3, "source": 5, "tag": 7}[which]
    key, _, value = flags[index].rpartition("=")
    lowered = Decimal(value or flags[index]) - Decimal("0.01")
    flags[index] = f"{key}={lowered}" if key else str(lowered)
    result = cli("gate", *flags)
    assert result.code == 1, result.out + result.err
    assert result.out.count("BREACH ") == 1
    assert result.out.count("PASS ") == 3
    breach = next(line for line in result.out.splitlines() if line.startswith("BREACH"))
    assert " > " in breach  # the measured value and the limit


def test_open_anomalies_of_a_severity(cli: Cli, api_env: MockServer) -> None:
    severities = {a.severity for a in api_env.client.ai.list_anomalies(status="open")}
    if not severities:  # nothing open: the condition holds at any severity
        assert cli("gate", "--no-open-anomalies", "info").code == 0
        return
    worst = next(s for s in ("critical", "error", "warning", "info") if s in severities)
    result = cli("gate", "--no-open-anomalies", worst, "--format", "json")
    assert result.code == 1
    condition = json.loads(result.out)["conditions"][0]
    assert condition["status"] == "breach"
    assert int(condition["measured"]) >= 1
    assert condition["limit"] == "0"
    better = {"critical": None, "error": "critical", "warning": "error", "info": "warning"}[worst]
    if better is not None:  # only anomalies less severe than `better` are open: the condition holds
        assert cli("gate", "--no-open-anomalies", better).code == 0


def test_json_report_has_measured_values_and_limits(cli: Cli, api_env: MockServer) -> None:
    mean = _forecast_mean(api_env)
    result = cli(
        "gate", "--max-forecast", str(mean - 1), "--max-budget-burn", "GPU fleet=100", "--format", "json"
    )
    assert result.code == 1
    report = json.loads(result.out)
    assert report["result"] == "breach"
    assert report["exit_code"] == 1
    forecast, budget = report["conditions"]
    assert forecast["kind"] == "max_forecast"
    assert Decimal(forecast["measured"]) == mean
    assert Decimal(forecast["limit"]) == mean - 1
    assert forecast["unit"] == "USD"
    assert forecast["passed"] is False
    assert budget["kind"] == "max_budget_burn"
    assert budget["unit"] == "%"
    # the detail reads like the other money in reports: digits grouped, cents at least, the unit
    gpu = next(b for b in api_env.client.cost.list_budgets() if b.name == "GPU fleet")
    match = re.fullmatch(r"([\d,]+\.\d{2,}) USD of ([\d,]+\.\d{2,}) USD \(\w+\)", budget["detail"])
    assert match, budget["detail"]
    spent, limit = match.groups()
    assert Decimal(spent.replace(",", "")) == gpu.actual_spend.amount
    assert limit == f"{gpu.limit.amount:,.2f}"


def test_github_annotations_and_step_summary(
    cli: Cli, api_env: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    mean = _forecast_mean(api_env)
    result = cli(
        "gate", "--max-forecast", str(mean - 1), "--max-budget-burn", "GPU fleet=100", "--format", "github"
    )
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0].startswith("::error title=TensorCost gate%3A forecast 30d (mean)::")
    assert f"{mean:,f} USD > " in lines[0]
    assert lines[1].startswith("::notice title=TensorCost gate%3A budget burn GPU fleet::")
    table = summary.read_text()
    assert "| ❌ | forecast 30d (mean) |" in table
    assert "| ✅ | budget burn GPU fleet |" in table


def test_junit_report_written_to_a_file(cli: Cli, api_env: MockServer, tmp_path: Path) -> None:
    report = tmp_path / "gate.xml"
    mean = _forecast_mean(api_env)
    result = cli(
        "gate", "--max-forecast", str(mean - 1), "--max-budget-burn", "GPU fleet=100", "--format", "junit",
        "-o", str(report),
    )  # fmt: skip
    assert result.code == 1
    assert result.out == ""
    assert "BREACH" in result.err  # a readable summary for the job log
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")
    forecast, budget = suite.findall("testcase")
    failure = forecast.find("failure")
    assert failure is not None
    assert f"{mean:,f} USD" in failure.get("message", "")
    props = {p.get("name"): p.get("value") for p in forecast.iter("property")}
    assert Decimal(props["measured"] or "") == mean
    assert budget.find("failure") is None
    assert budget.find("error") is None


CONFIG = """
[[forecast]]
horizon_days = 30
max = {forecast}

[[budget]]
name = "{budget}"
max_pct = {pct}

[[daily_spend]]
source = "{source}"
max = {spent}

[anomalies]
severity = "critical"
"""


def test_conditions_from_the_config_file_in_the_repo(cli: Cli, api_env: MockServer) -> None:
    name, pct = _budget(api_env)
    source, spent = _source_spend(api_env)
    text = CONFIG.format(forecast=_forecast_mean(api_env), budget=name, pct=pct, source=source, spent=spent)
    Path("tensorcost-gate.toml").write_text(text)  # found in the working directory
    result = cli("gate", "--format", "json")
    names = [c["name"] for c in json.loads(result.out)["conditions"]]
    assert names == [
        "forecast 30d (mean)",
        f"budget burn {name}",
        f"daily spend source {source}",
        "open anomalies critical+",
    ]
    critical_open = [a for a in api_env.client.ai.list_anomalies(status="open") if a.severity == "critical"]
    assert result.code == (1 if critical_open else 0)


def test_config_file_and_flags_combine(cli: Cli, api_env: MockServer, tmp_path: Path) -> None:
    config = tmp_path / "gate.toml"
    config.write_text(f"[[forecast]]\nmax = {_forecast_mean(api_env)}\n")
    result = cli("gate", "--config", str(config), "--max-budget-burn", "GPU fleet=0", "--format", "json")
    assert result.code == 1
    statuses = [c["status"] for c in json.loads(result.out)["conditions"]]
    assert statuses == ["pass", "breach"]


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("[[forecast]]\nmax = 1\nhorizon_days = 45\n", ":3: ", "horizon_days must be one of 30, 60, 90, not 45"),
        ("[[budget]]\nmax_pct = 80\n", ":1: ", "[[budget]] needs `name`"),
        ('[[daily_spend]]\nsource = "nowhere"\nmax = 1\n', ":2: ", "source must be one of"),
        ('[[daily_spend]]\ntag = "team"\nmax = 1\n', ":2: ", "TAG:VALUE"),
        ('[anomalies]\nseverity = "severe"\n', ":2: ", "severity must be one of"),
        ("[[forecast]]\nmax = 1\nlimit = 2\n", ":3: ", "unknown key 'limit'"),
        ("# costs\n[forcast]\nmax = 1\n", ":2: ", "unknown table [forcast]"),
        ("[forecast\n", " is not valid TOML: ", "(at line 1, column 10)"),
        ('[[forecast]]\nmax = "lots"\n', ":2: ", "must be a number, not the string 'lots'"),
        # the friction points: a quoted number, a wrong type, a table for an array, source and tag
        ('[[forecast]]\nhorizon_days = 30\nmax = "75,000"\n', ":3: ", "[[forecast]] max must be a number, not the string '75,000' (write 75000 or 75_000, without quotes)"),
        ("[[forecast]]\nmax = 75000\nhorizon_days = 30.0\n", ":3: ", "horizon_days must be an integer, not 30.0"),
        ('[[budget]]\nname = "GPU fleet"\nmax_pct = true\n', ":3: ", "max_pct must be a number, not true"),
        ("[[budget]]\nname = 7\nmax_pct = 90\n", ":2: ", "name must be a string, not 7"),
        ("[anomalies]\nseverity = [\"critical\"]\n", ":2: ", "severity must be a string, not an array"),
        ("[[forecast]]\nmax = -5\n", ":2: ", "must be a non-negative number"),
        ("[[forecast]]\nmax = nan\n", ":2: ", "must be a non-negative number"),
        ("\n[forecast]\nmax = 75000\n", ":2: ", "[forecast] is one table, but conditions are an array of tables: write [[forecast]]"),
        ("forecast = { max = 75000 }\n", ":1: ", "write [[forecast]]"),
        ('[[anomalies]]\nseverity = "critical"\n', ":1: ", "[[anomalies]] is an array of tables; write one [anomalies] table"),
        (
            '[[daily_spend]]\nsource = "bedrock"\nmax = 1\n\n[[daily_spend]]\nsource = "bedrock"\ntag = "team:search"\nmax = 1\n',
            ":5: ",
            "a daily spend condition has a source or a tag, not both ('bedrock' and 'team:search')",
        ),
        ("[[daily_spend]]\nmax = 1\n", ":1: ", "needs either a source or a tag"),
        ('[[forecast]]\nmax = 1\n\n[[forecast]]  # the long view\nhorizon_days = 90\nmax = "1"\n', ":6: ", "the string '1'"),
    ],
)  # fmt: skip
def test_a_bad_config_file_exits_2_naming_the_line(
    text: str, where: str, message: str, cli: Cli, api_env: MockServer, tmp_path: Path
) -> None:
    config = tmp_path / "gate.toml"
    config.write_text(text)
    result = cli("gate", "--config", str(config))
    assert result.code == 2
    assert result.out.count("\n") == 1, result.out  # one line, no traceback
    assert f"{config}{where}" in result.out
    assert message in result.out


@pytest.mark.parametrize("flag", ["--max-forecast=75,000", "--max-daily-spend=bedrock=1,500"])
def test_a_limit_with_thousands_separators_is_refused_on_the_command_line(
    flag: str, cli: Cli, api_env: MockServer
) -> None:
    result = cli("gate", flag)
    assert result.code == 2
    assert "without thousands separators" in result.out


@pytest.mark.parametrize("fmt", ["text", "json", "github", "junit"])
def test_an_unreachable_api_never_passes(fmt: str, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENSORCOST_API_TOKEN", "token")
    result = cli(
        "gate", "--base-url", "http://127.0.0.1:9/v1", "--max-retries", "0", "--max-forecast", "1000000",
        "--no-open-anomalies", "critical", "--format", fmt,
    )  # fmt: skip
    assert result.code == 2
    if fmt == "json":
        report = json.loads(result.out)
        assert report["result"] == "error"
        assert [c["status"] for c in report["conditions"]] == ["error", "skipped"]
    elif fmt == "junit":
        suite = ET.fromstring(result.out.split("\n", 1)[1]).find("testsuite")
        assert suite is not None
        assert suite.get("errors") == "2"
    elif fmt == "github":
        assert result.out.startswith("::error ")
        assert "APIConnectionError" in result.out
    else:
        assert "ERROR" in result.out
        assert "PASS" not in result.out


def test_an_api_error_on_one_condition_exits_2_even_if_others_breach(cli: Cli, api_env: MockServer) -> None:
    api_env.faults.inject("cost_list_budgets", "500", times=None)
    result = cli("gate", "--max-forecast", "0", "--max-budget-burn", "GPU fleet=90", "--format", "json")
    assert result.code == 2
    statuses = {c["kind"]: c["status"] for c in json.loads(result.out)["conditions"]}
    assert statuses == {"max_forecast": "breach", "max_budget_burn": "error"}


def test_retries_absorb_a_transient_failure(cli: Cli, api_env: MockServer) -> None:
    api_env.faults.inject("cost_get_forecast", "503", times=1, retry_after=0)
    result = cli("gate", "--max-forecast", str(_forecast_mean(api_env)))
    assert result.code == 0, result.out


def test_an_unknown_budget_is_an_error_not_a_pass(cli: Cli, api_env: MockServer) -> None:
    result = cli("gate", "--max-budget-burn", "No such budget=50")
    assert result.code == 2
    assert "no budget named 'No such budget'" in result.out
    assert "GPU fleet" in result.out  # the names that do exist


def test_a_gate_without_conditions_is_a_usage_error(cli: Cli, api_env: MockServer) -> None:
    for fmt in ("text", "json", "junit", "github"):
        result = cli("gate", "--format", fmt)
        assert result.code == 2
        assert "no conditions" in result.out


def test_bad_credentials_exit_2(cli: Cli, mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENSORCOST_BASE_URL", mock.base_url)
    monkeypatch.setenv("TENSORCOST_API_TOKEN", "not-a-token")
    result = cli("gate", "--max-forecast", "1000000")
    assert result.code == 2
    assert "AuthenticationError" in result.out


def test_the_console_script_exit_codes(api_env: MockServer) -> None:
    """As a CI job runs it: the installed `tensorcost` command in a subprocess."""
    mean = _forecast_mean(api_env)
    run = [str(BIN / "tensorcost"), "gate", "--max-forecast"]
    assert subprocess.run([*run, str(mean)], capture_output=True, timeout=60).returncode == 0
    assert subprocess.run([*run, str(mean - 1)], capture_output=True, timeout=60).returncode == 1
    assert subprocess.run([*run, "lots"], capture_output=True, timeout=60).returncode == 2
