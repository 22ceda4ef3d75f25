"""`tensorcost-mock --world FILE`: the example worlds start and serve their own fleet; a bad file is
refused with its file, line and entry (the server runs on a free 127.0.0.1 port and stops by PID)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _net import free_port
from mock_helpers import served_mock
from tensorcost_mock.world import seeded_world

WORLDS = Path(__file__).resolve().parents[2] / "mock_server" / "examples" / "worlds"
EXAMPLES = sorted(WORLDS.glob("*.toml"))


def test_there_are_two_example_worlds() -> None:
    assert [p.name for p in EXAMPLES] == ["robotics-lab.toml", "startup.toml"]


@pytest.fixture(params=EXAMPLES, ids=lambda p: p.stem)
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, dict[str, Any]]]:
    path: Path = request.param
    with served_mock("--world", str(path)) as base:
        yield base, tomllib.loads(path.read_text(encoding="utf-8"))


def test_the_mock_serves_the_world_of_the_file(served: tuple[str, dict[str, Any]]) -> None:
    base, world = served
    tenants = {t["key"]: t for t in world["tenants"]}
    with httpx.Client(base_url=base, timeout=30) as http:
        for user in world["users"]:
            for key in user["roles"]:
                login = {
                    "email": user["email"],
                    "password": world["password"],
                    "tenant_id": tenants[key]["id"],
                }
                r = http.post("/v1/auth/login", json=login)
                assert r.status_code == 200, r.text
        for key, tenant in tenants.items():
            owner = next(u for u in world["users"] if u["roles"].get(key) == "owner")
            token = http.get("/_mock/token", params={"email": owner["email"], "tenant_id": tenant["id"]})
            headers = {
                "Authorization": f"Bearer {token.json()['access_token']}",
                "X-Active-Tenant-Id": tenant["id"],
            }
            listed = http.get("/v1/gpu/instances", params={"limit": 500}, headers=headers).json()["data"]
            mine = [i for i in world["instances"] if i["tenant"] == key]
            assert {(i["id"], i["name"], i["region"]) for i in listed} == {
                (i["id"], i["name"], i["region"]) for i in mine
            }
            for inst in mine:
                got = http.get(f"/v1/gpu/instances/{inst['id']}", headers=headers).json()["data"]
                assert (got["instance_type"], got["state"], got["tags"]) == (
                    inst["type"],
                    inst["state"],
                    inst["tags"],
                )
                rate = world.get("instance_types", {}).get(inst["type"], {}).get("hourly_usd")
                if rate is not None:
                    assert got["hourly_cost"]["amount"] == rate
            # Every seeded service works for the file's tenants, and what it names is theirs.
            for path in ("/v1/alert/alerts", "/v1/enforcement/actions", "/v1/cost/recommendations"):
                r = http.get(path, params={"limit": 500}, headers=headers)
                assert r.status_code == 200, (path, r.text)
            instance_ids = {i["id"] for i in mine}
            alerts = http.get("/v1/alert/alerts", params={"limit": 500}, headers=headers).json()["data"]
            assert {a["scope"]["instance_id"] for a in alerts} - {None} <= instance_ids
            # The anomalies the file seeds on its streams are the tenant's (a file may declare none).
            anomalies = http.get("/v1/ai/anomalies", params={"limit": 500}, headers=headers).json()["data"]
            declared = {a["id"]: a["title"] for a in world.get("anomalies", []) if a["tenant"] == key}
            assert {a["id"]: a["title"] for a in anomalies if a["id"] in declared} == declared
        assert http.get("/_mock/").json()["violations"] == []


def test_a_bad_world_file_is_refused_with_its_line(tmp_path: Path) -> None:
    text = (
        (WORLDS / "startup.toml").read_text(encoding="utf-8").replace('state = "stopped"', 'state = "asleep"')
    )
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    rows = text.splitlines()
    bad_row = next(n for n, row in enumerate(rows, 1) if row == 'state = "asleep"')
    headers = [n for n, row in enumerate(rows[:bad_row], 1) if row.strip() == "[[instances]]"]
    cmd = [sys.executable, "-m", "tensorcost_mock", "--world", str(bad), "--port", str(free_port())]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    where = f"bad.toml:{headers[-1]}: instances[{len(headers) - 1}]"
    assert f"{where}: `state` must be one of running" in done.stderr, done.stderr


OWN_RULES_AND_POLICIES = """
[[alert_rules]]
key = "assistant_hourly"
name = "Assistant hourly spend over {t} USD"
description = "OpenAI spend of the assistant above {t} USD in the trailing hour."
metric = "hourly_spend"
scope = { source = "openai_api", application = "assistant" }
operator = "gt"
threshold = 10
scaled = true
window_minutes = 5
severity = "warning"
channels = ["finops_slack"]
age_days = 40
alert_type = "spend_threshold"
weight = 3
created_by = "analyst"

[[enforcement_policies]]
key = "cap_assistant"
name = "Cap the assistant"
description = "Throttle the assistant past {t} USD a day; block gpt-4.1-mini until undone."
mode = "dry_run"
resume_mode = "enforce"
scope = { sources = ["openai_api"], applications = ["assistant"] }
conditions = [{ metric = "daily_spend", operator = "gt", threshold = 50, window_minutes = 5, scaled = true }]
actions = [
  { type = "notify", channels = ["eng_email"] },
  { type = "throttle", max_requests_per_minute = 20, max_tokens_per_minute = 4000, duration_minutes = 30, scaled = ["max_tokens_per_minute"] },
  { type = "block_model", model_ids = ["gpt-4.1-mini-2025-04-14"] },
]
requires_approval = false
approval_timeout_minutes = 60
cooldown_minutes = 120
created_by = "engineer"
age_days = 12
"""


def test_a_world_file_seeds_its_own_alert_rules_and_policies(tmp_path: Path) -> None:
    """A file's rules and policies replace the shipped ones: an enterprise tenant's scaled thresholds
    are three times the file's, channel keys are the tenant's channel ids."""
    text = (
        (WORLDS / "startup.toml")
        .read_text(encoding="utf-8")
        .replace('tier = "standard"', 'tier = "enterprise"')
    )
    path = tmp_path / "own.toml"
    path.write_text(text + OWN_RULES_AND_POLICIES, encoding="utf-8")
    world = tomllib.loads(path.read_text(encoding="utf-8"))
    tenant = world["tenants"][0]
    owner = next(u for u in world["users"] if u["roles"].get(tenant["key"]) == "owner")
    with served_mock("--world", str(path)) as base, httpx.Client(base_url=base, timeout=30) as http:
        token = http.get("/_mock/token", params={"email": owner["email"], "tenant_id": tenant["id"]})
        headers = {
            "Authorization": f"Bearer {token.json()['access_token']}",
            "X-Active-Tenant-Id": tenant["id"],
        }
        channels = http.get("/v1/notification/channels", headers=headers).json()["data"]
        names = {c["id"]: c["name"] for c in channels}
        shipped = {c.key: c.name for c in seeded_world().channels}
        (rule,) = http.get("/v1/alert/rules", headers=headers).json()["data"]
        assert (rule["name"], rule["metric"], float(rule["condition"]["threshold"]["amount"])) == (
            "Assistant hourly spend over 30 USD",
            "hourly_spend",
            30.0,
        )
        assert [names[c] for c in rule["channel_ids"]] == [shipped["finops_slack"]]
        listed = http.get("/v1/enforcement/policies", headers=headers)
        assert listed.status_code == 200, listed.text
        (policy,) = listed.json()["data"]
        assert policy["description"].startswith("Throttle the assistant past 150 USD a day")
        notify, throttle, block = policy["actions"]
        assert [names[c] for c in notify["channel_ids"]] == [shipped["eng_email"]]
        assert (throttle["max_tokens_per_minute"], throttle["duration_minutes"]) == (12000, 30)
        assert block == {
            "type": "block_model",
            "model_ids": ["gpt-4.1-mini-2025-04-14"],
            "duration_minutes": None,
        }
        # No policy enforces now: the action queue holds only the history of the one that did.
        actions = http.get("/v1/enforcement/actions", headers=headers)
        assert actions.status_code == 200, actions.text
        assert {a["policy_name"] for a in actions.json()["data"]} <= {"Cap the assistant"}
        assert http.get("/_mock/").json()["violations"] == []
