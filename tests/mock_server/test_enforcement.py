"""enforcement: policies, templates, simulation over the seeded history, and the action queue."""

from __future__ import annotations

from decimal import Decimal

import httpx
import jsonschema_rs
import pytest
from mock_helpers import NIMBUS, all_pages, amount, bearer
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

POLICIES = "/v1/enforcement/policies"
ACTIONS = "/v1/enforcement/actions"
IDLE_POLICY = "pol_3mRt8Kx2Qw7N"  # Acme's seeded "Stop idle ML-platform GPUs" (spec example id)
PENDING_ACTION = "act_9Xp4Rt2LmQ8k"  # its pending stop_instance action
CHANNEL = "chn_7Lp2Xq9Rt4Vz"  # Acme's #finops-alerts Slack channel


async def all_actions(client: httpx.AsyncClient, app: MockApp, **params: object) -> list[dict]:
    return await all_pages(client, ACTIONS, bearer(app), **params)


def throttle_policy(name: str = "Cap the sales assistant") -> dict:
    return {
        "name": name,
        "scope": {"applications": ["sales-assistant"]},
        "conditions": [{"metric": "request_rate", "operator": "gt", "threshold": 500, "window_minutes": 5}],
        "actions": [
            {"type": "throttle", "max_requests_per_minute": 300},
            {"type": "notify", "channel_ids": [CHANNEL]},
        ],
    }


async def test_policies_in_every_mode_filter_by_mode(client: httpx.AsyncClient, app: MockApp) -> None:
    policies = (await client.get(POLICIES, headers=bearer(app))).json()["data"]
    names = [p["name"].lower() for p in policies]
    assert names == sorted(names)
    assert {p["mode"] for p in policies} == {"dry_run", "enforce", "disabled"}
    for p in policies:
        assert p["enabled"] == (p["mode"] != "disabled")
        assert p["resume_mode"] == p["mode"] or p["mode"] == "disabled"
    for mode in ("dry_run", "enforce", "disabled"):
        subset = (await client.get(POLICIES, params={"mode": mode}, headers=bearer(app))).json()["data"]
        assert [p["id"] for p in subset] == [p["id"] for p in policies if p["mode"] == mode]


async def test_template_defaults_satisfy_their_schemas(client: httpx.AsyncClient, app: MockApp) -> None:
    templates = (await client.get(f"{POLICIES}/templates", headers=bearer(app))).json()["data"]
    assert {t["category"] for t in templates} == {"gpu", "managed_inference", "agents", "budget"}
    kinds = {k for t in templates for k in t["action_types"]}
    assert kinds == {
        "notify",
        "throttle",
        "block_model",
        "route_model",
        "stop_instance",
        "scale_down",
        "revoke_key",
    }
    for t in templates:
        validator = jsonschema_rs.Draft202012Validator(t["parameters_schema"])
        assert validator.is_valid(t["default_parameters"]), t["id"]


async def test_policy_from_template_is_cloned_with_parameters(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    body = {
        "name": "Stop idle search GPUs",
        "parameters": {"idle_hours": 2.5, "teams": ["search"], "channel_ids": [CHANNEL]},
        "mode": "enforce",
    }
    r = await client.post(f"{POLICIES}/from-template/tpl_IdleGpuStop01", json=body, headers=bearer(app))
    assert r.status_code == 201
    policy = r.json()["data"]
    assert policy["template_id"] == "tpl_IdleGpuStop01"
    assert (policy["mode"], policy["resume_mode"], policy["enabled"]) == ("enforce", "enforce", True)
    assert policy["scope"]["teams"] == ["search"]
    assert policy["conditions"][0]["threshold"] == 2.5
    # grace_period_minutes was not given: the template's default (15) fills it
    assert policy["actions"] == [
        {"type": "notify", "channel_ids": [CHANNEL]},
        {"type": "stop_instance", "grace_period_minutes": 15},
    ]
    assert policy["requires_approval"] is True
    listed = (await client.get(POLICIES, params={"mode": "enforce"}, headers=bearer(app))).json()["data"]
    assert policy in listed
    r = await client.post(f"{POLICIES}/from-template/tpl_IdleGpuStop01", json=body, headers=bearer(app))
    assert r.status_code == 409
    assert r.json()["code"] == "DUPLICATE"


async def test_template_errors_are_404_and_400(client: httpx.AsyncClient, app: MockApp) -> None:
    body = {"name": "Nothing", "parameters": {"idle_hours": 2}}
    r = await client.post(f"{POLICIES}/from-template/tpl_DoesNotExist99", json=body, headers=bearer(app))
    assert r.status_code == 404
    bad = {"name": "Bad idle", "parameters": {"idle_hours": 0.1, "grace_period_minutes": "soon"}}
    r = await client.post(f"{POLICIES}/from-template/tpl_IdleGpuStop01", json=bad, headers=bearer(app))
    assert r.status_code == 400
    fields = {d["field"] for d in r.json()["details"]}
    assert fields == {"parameters.idle_hours", "parameters.grace_period_minutes"}


async def test_simulation_adds_up_over_the_history(client: httpx.AsyncClient, app: MockApp) -> None:
    window = {"start": "2026-10-01T00:00:00Z", "end": "2026-11-01T00:00:00Z"}
    definition = {
        "scope": {"sources": ["gpu_agent"]},
        "conditions": [{"metric": "idle_gpu_hours", "operator": "gte", "threshold": 4, "window_minutes": 15}],
        "actions": [
            {"type": "stop_instance", "grace_period_minutes": 15},
            {"type": "notify", "channel_ids": [CHANNEL]},
        ],
    }
    r = await client.post(
        f"{POLICIES}/simulate",
        json={"policy": definition, "window": window, "sample_size": 5},
        headers=bearer(app),
    )
    assert r.status_code == 200
    sim = r.json()["data"]
    assert sim["window"] == window
    assert 0 < sim["matched_events"] < sim["evaluated_events"]
    assert len(sim["sample_matches"]) == 5
    for m in sim["sample_matches"]:
        assert m["source"] == "gpu_agent"
        assert m["metric"] == "idle_gpu_hours"
        assert m["observed_value"] >= 4
        assert window["start"] <= m["occurred_at"] < window["end"]
    stop, notify = sim["actions"]
    assert (stop["type"], notify["type"]) == ("stop_instance", "notify")
    assert stop["would_require_approval"] is True  # requires_approval defaults to true
    assert notify["would_require_approval"] is False
    assert 0 < stop["count"] <= sim["matched_events"]
    assert amount(notify["estimated_savings"]) == 0
    # stopping an idle instance saves what it costs while idle: the matched cost
    assert (
        amount(stop["estimated_savings"]) == amount(sim["matched_cost"]) == amount(sim["estimated_savings"])
    )

    stricter = {**definition, "conditions": [{**definition["conditions"][0], "threshold": 12}]}
    r = await client.post(
        f"{POLICIES}/simulate", json={"policy": stricter, "window": window}, headers=bearer(app)
    )
    narrower = r.json()["data"]
    assert narrower["evaluated_events"] == sim["evaluated_events"]
    assert narrower["matched_events"] < sim["matched_events"]
    assert amount(narrower["matched_cost"]) < amount(sim["matched_cost"])


async def test_simulated_rerouting_saves_a_share_of_the_cost(client: httpx.AsyncClient, app: MockApp) -> None:
    window = {"start": "2026-09-15T00:00:00Z", "end": "2026-11-15T00:00:00Z"}
    definition = {
        "scope": {"applications": ["support-copilot"]},
        "conditions": [
            {
                "metric": "hourly_spend",
                "operator": "gt",
                "threshold": {"amount": "0", "currency": "USD"},
                "window_minutes": 5,
            }
        ],
        "actions": [
            {
                "type": "route_model",
                "from_model_id": "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
                "to_model_id": "us.anthropic.claude-haiku-4-5-20251001-v1:0",
                "traffic_share": 0.5,
            }
        ],
        "requires_approval": False,
    }
    body = {"policy": definition, "window": window, "sample_size": 0}
    sim = (await client.post(f"{POLICIES}/simulate", json=body, headers=bearer(app))).json()["data"]
    assert sim["matched_events"] == sim["evaluated_events"] > 0
    assert sim["sample_matches"] == []
    (route,) = sim["actions"]
    assert (route["count"], route["targets"], route["would_require_approval"]) == (1, 1, False)
    share = amount(route["estimated_savings"]) / amount(sim["matched_cost"])
    assert Decimal("0.33") < share < Decimal("0.34")  # 50% of traffic at (1 - 1.80/5.40) cheaper


async def test_simulation_outside_the_history_matches_nothing(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    body = {
        "policy": {k: v for k, v in throttle_policy().items() if k not in ("name",)},
        "window": {"start": "2024-01-01T00:00:00Z", "end": "2024-02-01T00:00:00Z"},
    }
    sim = (await client.post(f"{POLICIES}/simulate", json=body, headers=bearer(app))).json()["data"]
    assert (sim["evaluated_events"], sim["matched_events"], sim["sample_matches"]) == (0, 0, [])
    assert amount(sim["estimated_savings"]) == 0
    backwards = {**body, "window": {"start": "2024-02-01T00:00:00Z", "end": "2024-01-01T00:00:00Z"}}
    r = await client.post(f"{POLICIES}/simulate", json=backwards, headers=bearer(app))
    assert r.status_code == 400


async def test_created_policy_is_listed_with_defaults(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.post(POLICIES, json=throttle_policy(), headers=bearer(app))
    assert r.status_code == 201
    policy = r.json()["data"]
    assert (policy["mode"], policy["resume_mode"], policy["enabled"]) == ("dry_run", "dry_run", True)
    assert policy["requires_approval"] is True
    assert (policy["approval_timeout_minutes"], policy["cooldown_minutes"]) == (120, 60)
    assert policy["scope"] == {
        "sources": [],
        "teams": [],
        "applications": ["sales-assistant"],
        "model_ids": [],
        "instance_ids": [],
    }
    assert (
        policy in (await client.get(POLICIES, params={"mode": "dry_run"}, headers=bearer(app))).json()["data"]
    )
    r = await client.post(POLICIES, json=throttle_policy(), headers=bearer(app))
    assert r.status_code == 409
    assert r.json()["code"] == "DUPLICATE"


async def test_toggle_disables_and_restores_the_mode(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.patch(f"{POLICIES}/{IDLE_POLICY}/toggle", json={"enabled": False}, headers=bearer(app))
    off = r.json()["data"]
    assert (off["mode"], off["enabled"], off["resume_mode"]) == ("disabled", False, "enforce")
    assert off["updated_at"] == "2026-11-26T12:00:00Z"
    disabled = (await client.get(POLICIES, params={"mode": "disabled"}, headers=bearer(app))).json()["data"]
    assert IDLE_POLICY in {p["id"] for p in disabled}
    same = await client.patch(
        f"{POLICIES}/{IDLE_POLICY}/toggle", json={"enabled": False}, headers=bearer(app)
    )
    assert same.json()["data"] == off
    pending = await all_actions(client, app, status="pending_approval")
    assert PENDING_ACTION in {a["id"] for a in pending}  # disabling cancels nothing already queued
    r = await client.patch(f"{POLICIES}/{IDLE_POLICY}/toggle", json={"enabled": True}, headers=bearer(app))
    assert (r.json()["data"]["mode"], r.json()["data"]["enabled"]) == ("enforce", True)


async def test_toggle_without_a_body_flips_the_policy(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.patch(f"{POLICIES}/{IDLE_POLICY}/toggle", headers=bearer(app))
    assert (r.json()["data"]["mode"], r.json()["data"]["enabled"]) == ("disabled", False)
    r = await client.patch(f"{POLICIES}/{IDLE_POLICY}/toggle", headers=bearer(app))
    assert (r.json()["data"]["mode"], r.json()["data"]["enabled"]) == ("enforce", True)


async def test_action_queue_paginates_and_filters(client: httpx.AsyncClient, app: MockApp) -> None:
    everything = await all_actions(client, app, limit=6)
    assert len(everything) == len({a["id"] for a in everything}) > 30
    stamps = [a["requested_at"] for a in everything]
    assert stamps == sorted(stamps, reverse=True)
    statuses = {a["status"] for a in everything}
    assert statuses == {
        "pending_approval",
        "approved",
        "executing",
        "succeeded",
        "failed",
        "cancelled",
        "expired",
    }
    for status in statuses:
        subset = await all_actions(client, app, status=status, limit=500)
        assert [a["id"] for a in subset] == [a["id"] for a in everything if a["status"] == status]
    for a in everything:
        assert a["type"] == a["action"]["type"]
        assert (a["failure_reason"] is not None) == (a["status"] == "failed")
        if a["status"] == "pending_approval":
            assert a["expires_at"] > "2026-11-26T12:00:00Z"


async def test_approve_and_cancel_follow_the_state_machine(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app, "marco.bianchi@acme-ai.com")
    r = await client.post(
        f"{ACTIONS}/{PENDING_ACTION}/approve", json={"comment": "Job done."}, headers=headers
    )
    approved = r.json()["data"]
    assert (approved["status"], approved["approved_by"], approved["approval_comment"]) == (
        "approved",
        "marco.bianchi@acme-ai.com",
        "Job done.",
    )
    r = await client.post(f"{ACTIONS}/{PENDING_ACTION}/approve", headers=headers)
    assert r.status_code == 409
    assert r.json()["code"] == "INVALID_STATE_TRANSITION"
    r = await client.post(
        f"{ACTIONS}/{PENDING_ACTION}/cancel", json={"reason": "Eval run."}, headers=bearer(app)
    )
    cancelled = r.json()["data"]
    assert (cancelled["status"], cancelled["cancel_reason"], cancelled["cancelled_by"]) == (
        "cancelled",
        "Eval run.",
        "ana.ruiz@acme-ai.com",
    )
    assert PENDING_ACTION in {a["id"] for a in await all_actions(client, app, status="cancelled", limit=500)}
    for verb in ("approve", "cancel"):  # approving (or cancelling) a cancelled action
        r = await client.post(f"{ACTIONS}/{PENDING_ACTION}/{verb}", headers=bearer(app))
        assert r.status_code == 409
        assert r.json()["code"] == "INVALID_STATE_TRANSITION"
    done = (await all_actions(client, app, status="succeeded", limit=1))[0]
    assert (await client.post(f"{ACTIONS}/{done['id']}/cancel", headers=bearer(app))).status_code == 409


async def test_pending_actions_expire_on_the_mock_clock(client: httpx.AsyncClient, app: MockApp) -> None:
    pending = await all_actions(client, app, status="pending_approval", limit=500)
    latest = max(a["expires_at"] for a in pending)
    r = await client.post("/_mock/clock", json={"now": latest})
    assert r.status_code == 200
    assert await all_actions(client, app, status="pending_approval", limit=500) == []
    expired = {a["id"] for a in await all_actions(client, app, status="expired", limit=500)}
    assert {a["id"] for a in pending} <= expired
    r = await client.post(f"{ACTIONS}/{PENDING_ACTION}/approve", headers=bearer(app))
    assert r.status_code == 409


async def test_other_tenants_policies_and_actions_are_404(client: httpx.AsyncClient, app: MockApp) -> None:
    nimbus = bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS)
    assert (await client.post(f"{ACTIONS}/{PENDING_ACTION}/approve", headers=nimbus)).status_code == 404
    r = await client.patch(f"{POLICIES}/{IDLE_POLICY}/toggle", json={"enabled": False}, headers=nimbus)
    assert r.status_code == 404
    theirs = (await client.get(POLICIES, headers=nimbus)).json()["data"]
    assert theirs
    assert IDLE_POLICY not in {p["id"] for p in theirs}
    ours = (await client.get(POLICIES, headers=bearer(app))).json()["data"]
    assert next(p for p in ours if p["id"] == IDLE_POLICY)["mode"] == "enforce"


async def test_create_policy_replays_with_the_same_idempotency_key(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    headers = {**bearer(app), "Idempotency-Key": "policy-create-1"}
    first = await client.post(POLICIES, json=throttle_policy(), headers=headers)
    replay = await client.post(POLICIES, json=throttle_policy(), headers=headers)
    assert first.status_code == replay.status_code == 201
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json() == first.json()
    listed = (await client.get(POLICIES, headers=bearer(app))).json()["data"]
    assert [p["name"] for p in listed].count("Cap the sales assistant") == 1


async def test_viewer_cannot_toggle_or_approve(client: httpx.AsyncClient, app: MockApp) -> None:
    viewer = bearer(app, "sam.okafor@acme-ai.com")
    r = await client.patch(f"{POLICIES}/{IDLE_POLICY}/toggle", json={"enabled": False}, headers=viewer)
    assert r.status_code == 403
    assert (await client.post(f"{ACTIONS}/{PENDING_ACTION}/approve", headers=viewer)).status_code == 403
    assert (await client.get(ACTIONS, headers=viewer)).status_code == 200
