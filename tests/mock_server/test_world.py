"""world/: the seeded world (tenants, users, fleets, models, streams, channels, budgets) is data, read into
typed records; bad data is named by file, line and entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mock_helpers import ACME, NIMBUS, PASSWORD
from tensorcost_mock.world import Tenant, WorldError, load_world, parse_world, seeded_world

TENANT = {
    "key": "t",
    "id": "9e0c3f1a-0000-4000-8000-000000000001",
    "name": "T",
    "slug": "t",
    "tier": "standard",
}


STREAM = {
    "tenant": "t",
    "source": "openai_api",
    "model": "m-1",
    "application": "a",
    "agent_id": "agt_AAAAAAAAAAAA",
    "rate": 40,
    "bucket_hours": 0,
    "hours": "office",
    "input_tokens": [100, 900],
    "output_tokens": [10, 90],
}


PAST = {
    "tenant": "t",
    "key": "cache",
    "type": "prompt_cache",
    "status": "dismissed",
    "application": "a",
    "source": "openai_api",
    "savings_rate": 0.2,
    "days_ago": 30,
    "decided_after_days": 2,
    "confidence": 0.7,
    "title": "Cache a",
    "description": "a resends its prompt.",
    "dismissal": {"reason": "too_risky"},
}


ANOMALY = {
    "tenant": "t",
    "stream": "chat",
    "id": "anm_AAAAAAAAAAAA",
    "type": "runaway_loop",
    "severity": "critical",
    "scope": ["source", "model_id", "agent_id"],
    "hours_ago": 3,
    "minutes": 40,
    "requests_per_minute": 50,
    "token_mult": 1.5,
    "throttle_share": 0.1,
    "error_share": 0.02,
    "repeat_prompt_ratio": 0.9,
    "title": "Agent agt_AAAAAAAAAAAA looping",
    "ack_after_minutes": 5,
}


CHANNEL = {"key": "ops", "type": "slack", "name": "#ops", "age_days": 10, "config": {"channel": "#ops"}}
BUDGET = {"key": "all", "name": "All", "limit_usd": "1000", "time_unit": "monthly", "age_days": 30}
RULE = {
    "key": "daily",
    "name": "Daily spend over {t} USD",
    "description": "Spend of the search team in a UTC day.",
    "metric": "daily_spend",
    "scope": {"team": "search"},
    "operator": "gt",
    "threshold": 500,
    "scaled": True,
    "window_minutes": 5,
    "severity": "error",
    "escalation": "finops",
    "channels": ["ops"],
    "age_days": 90,
    "alert_type": "spend_threshold",
    "weight": 6,
    "created_by": "lead",
}

#: An escalation policy without channel targets (the entry tests give no channels).
ESCALATION = {
    "key": "finops",
    "name": "FinOps on-call",
    "description": "The FinOps rotation, then the lead.",
    "num_loops": 2,
    "age_days": 40,
    "levels": [
        {"delay_minutes": 15, "targets": [{"schedule": "FinOps primary"}]},
        {"delay_minutes": 30, "targets": [{"user": "lead"}]},
    ],
}


POLICY = {
    "key": "cap",
    "name": "Cap the chat app",
    "description": "Throttle chat above {t} USD a day.",
    "mode": "enforce",
    "resume_mode": "enforce",
    "template": "tpl_AgentThrottle03",
    "scope": {"applications": ["chat"]},
    "conditions": [
        {"metric": "daily_spend", "operator": "gt", "threshold": 50, "window_minutes": 5, "scaled": True}
    ],
    "actions": [
        {"type": "notify", "channels": ["ops"]},
        {"type": "throttle", "max_tokens_per_minute": 4000, "scaled": ["max_tokens_per_minute"]},
    ],
    "requires_approval": True,
    "approval_timeout_minutes": 60,
    "cooldown_minutes": 120,
    "created_by": "analyst",
    "age_days": 20,
}


def doc(**changes: object) -> dict[str, object]:
    user = {"id": 1, "email": "a@t.com", "name": "A", "roles": {"t": "admin"}}
    return {"password": "pw", "tenants": [TENANT], "users": [user], **changes}


def test_the_seeded_world_is_the_documented_one() -> None:
    world = seeded_world()
    assert world.password == PASSWORD
    assert world.tenants["acme"] == Tenant(ACME, "Acme AI", "acme-ai", "standard")
    assert world.tenants["nimbus"].id == NIMBUS
    assert world.tenants["nimbus"].tier == "enterprise"
    ana = next(u for u in world.users if u.email == "ana.ruiz@acme-ai.com")
    assert ana.memberships == {ACME: "admin", NIMBUS: "finops_analyst"}
    assert [u.id for u in world.users] == [1, 2, 3, 4, 5, 6, 7]


def test_fresh_users_are_copies() -> None:
    world = seeded_world()
    users = world.fresh_users()
    users[0].memberships.clear()
    assert world.fresh_users()[0].memberships  # the loaded world is unchanged


def test_a_minimal_world_loads() -> None:
    world = parse_world(doc())
    assert world.users[0].memberships == {TENANT["id"]: "admin"}
    assert world.users[0].password == "pw"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"password": ""}, "top level: `password` must be a non-empty string"),
        ({"tenants": [{**TENANT, "tier": "gold"}]}, "tenants[0]: `tier` must be one of standard, enterprise"),
        ({"tenants": [TENANT, TENANT]}, "tenants[1]: tenant key 't' is used twice"),
        ({"tenants": [{**TENANT, "name": 3}]}, "tenants[0]: `name` must be a non-empty string, got 3"),
        (
            {"users": [{"id": "1", "email": "a@t.com", "name": "A", "roles": {"t": "admin"}}]},
            "users[0]: `id`",
        ),
        (
            {"users": [{"id": 1, "email": "a@t.com", "name": "A", "roles": {"x": "admin"}}]},
            "users[0]: no tenant 'x'",
        ),
        ({"users": [{"id": 1, "email": "a@t.com", "name": "A", "roles": {"t": "boss"}}]}, "role 'boss' in t"),
        ({"users": [{"id": 1, "email": "a@t.com", "name": "A", "roles": {}}]}, "users[0]: `roles` must map"),
    ],
)
def test_bad_data_is_named(changes: dict[str, object], message: str) -> None:
    with pytest.raises(WorldError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_world(doc(**changes))


# -- fleets, models, streams, channels, budgets ------------------------------------------------------

TYPES = {"g5.xlarge": {"provider": "aws", "gpu_type": "A10G-24GB", "gpu_count": 1, "hourly_usd": "1.006"}}
INSTANCE = {
    "tenant": "t",
    "id": "gpu_AAAAAAAAAAAA",
    "name": "box-1",
    "type": "g5.xlarge",
    "region": "us-east-1",
    "state": "running",
    "workload": "infer",
    "launched_hours_ago": 100.0,
    "hostname": "box-1.internal",
    "tags": {"team": "ml"},
}
MODEL = {"id": "m-1", "input": "1", "output": "5", "ms_per_output_token": 7}


def test_the_seeded_fleet_is_one_fleet_per_tenant() -> None:
    world = seeded_world()
    for tenant in (ACME, NIMBUS):
        fleet = world.fleet(tenant)
        assert len(fleet) >= 40
        assert len({i.id for i in fleet}) == len(fleet)
        assert {i.name for i in world.watched(tenant)} == {
            "gpu-train-07",
            "gpu-train-03",
            "gpu-embed-02",
            "gpu-dev-12",
        }
    # The spec's examples name these instances; they are Acme's, in one region each.
    dev = world.instance_named(ACME, "gpu-dev-12")
    assert (dev.id, dev.region, dev.type.name, str(dev.hourly_usd)) == (
        "gpu_8DwkNhFdnXsiVp",
        "us-east-1",
        "g5.12xlarge",
        "5.672",
    )
    assert world.instance_named(ACME, "gpu-train-07").id == "gpu_4Hx8Jk2Lm9Qw"
    assert not {i.id for i in world.fleet(ACME)} & {i.id for i in world.fleet(NIMBUS)}
    # Each tenant's integration connections; the spec's example ids are Acme's.
    assert "con_4Hn8QpR2sTvW" in {c.id for c in world.connections_of(ACME)}
    assert len(world.connections_of(NIMBUS)) >= 5
    # One price table: every watched stream's model is priced there.
    assert all(s.model_id in world.models for s in world.model_streams)


def test_fleet_models_and_streams_load() -> None:
    world = parse_world(
        doc(
            instance_types=TYPES,
            instances=[INSTANCE],
            models=[MODEL],
            model_streams=[
                {
                    "application": "a",
                    "team": "ml",
                    "source": "openai_api",
                    "model": "m-1",
                    "hourly_usd": "2.50",
                    "tokens_per_request": 900,
                }
            ],
        )
    )
    (box,) = world.fleet(TENANT["id"])
    assert (box.team, box.type.gpu_count, str(box.hourly_usd), box.agent_id) == ("ml", 1, "1.006", None)
    assert str(world.models["m-1"].blended_per_mtok) == "1.8"
    assert world.model_streams[0].model is world.models["m-1"]


def test_traffic_loads_per_tenant_in_file_order() -> None:
    second = {**STREAM, "agent_id": None, "rate": 2.5, "bucket_hours": 4, "cache_read": [0, 512], "ttl": "1h"}
    world = parse_world(doc(models=[MODEL], traffic=[STREAM, second]))
    first, other = world.traffic_of(TENANT["id"])
    assert (first.application, first.agent, first.team, first.rate, first.inp) == (
        "a",
        "agt_AAAAAAAAAAAA",
        None,
        40,
        (100, 900),
    )
    assert (first.cache_read, first.ttl, first.active) == ((0, 0), None, 1.0)
    assert (other.agent, other.rate, other.bucket_hours, other.cache_read, other.ttl) == (
        None,
        2.5,
        4,
        (0, 512),
        "1h",
    )


def test_seeded_anomalies_load_per_tenant_naming_a_stream_by_key() -> None:
    second = {**ANOMALY, "id": "anm_BBBBBBBBBBBB", "type": "cost_spike", "repeat_prompt_ratio": None}
    del second["ack_after_minutes"]
    world = parse_world(doc(models=[MODEL], traffic=[{**STREAM, "key": "chat"}], anomalies=[ANOMALY, second]))
    loop, spike = world.anomalies_of(TENANT["id"])
    assert world.stream_keyed(TENANT["id"], loop.stream).agent == "agt_AAAAAAAAAAAA"
    assert (loop.scope, loop.hours_ago, loop.rpm, loop.throttle, loop.repeat, loop.ack_after) == (
        ("source", "model_id", "agent_id"),
        3.0,
        50,
        0.1,
        0.9,
        5,
    )
    assert (spike.type, spike.repeat, spike.ack_after, spike.resolve_after) == (
        "cost_spike",
        None,
        None,
        None,
    )


def test_the_shipped_anomalies_are_bursts_on_the_shipped_tenants_streams() -> None:
    world = seeded_world()
    for tenant in (ACME, NIMBUS):
        anomalies = world.anomalies_of(tenant)
        assert anomalies
        assert all(world.stream_keyed(tenant, a.stream) in world.traffic_of(tenant) for a in anomalies)
    assert world.anomalies_of(ACME)[0].id == "anm_7Rc2Lx9Wq4Bn"


def test_alert_rules_load_with_their_channels_and_budget() -> None:
    burn = {**RULE, "key": "burn", "metric": "budget_burn_pct", "scope": {"budget": "all"}, "threshold": 80.5}
    del burn["escalation"], burn["scaled"]
    world = parse_world(
        doc(
            channels=[CHANNEL],
            budgets=[BUDGET],
            escalation_policies=[ESCALATION],
            alert_rules=[RULE, {**burn, "disabled_days_ago": 3}],
        )
    )
    daily, budget = world.alert_rules
    assert (daily.threshold, daily.scaled, daily.window, daily.escalation, daily.channels) == (
        500,
        True,
        5,
        "finops",
        ("ops",),
    )
    assert (budget.scope, budget.threshold, budget.scaled, budget.escalation, budget.disabled_days) == (
        {"budget": "all"},
        80.5,
        False,
        None,
        3,
    )


def test_the_shipped_alert_rules_name_the_shipped_channels_and_budgets() -> None:
    world = seeded_world()
    assert len(world.alert_rules) == 12
    channels = {c.key for c in world.channels}
    assert all(set(r.channels) <= channels for r in world.alert_rules)
    assert {r.scope["budget"] for r in world.alert_rules if "budget" in r.scope} <= {
        b.key for b in world.budgets
    }


def test_escalation_policies_load_with_their_levels_in_order() -> None:
    levels = [
        {"delay_minutes": 15, "targets": [{"schedule": "FinOps primary"}]},
        {"delay_minutes": 30, "targets": [{"user": "owner"}, {"channel": "ops"}]},
    ]
    world = parse_world(doc(channels=[CHANNEL], escalation_policies=[{**ESCALATION, "levels": levels}]))
    (finops,) = world.escalation_policies
    assert (finops.key, finops.num_loops, finops.age_days) == ("finops", 2, 40)
    assert [(level.delay_minutes, [(t.type, t.ref) for t in level.targets]) for level in finops.levels] == [
        (15, [("schedule", "FinOps primary")]),
        (30, [("user", "owner"), ("channel", "ops")]),
    ]


def test_the_shipped_escalation_policies_page_the_shipped_channels() -> None:
    world = seeded_world()
    assert [p.key for p in world.escalation_policies] == ["finops", "gpu", "fyi"]
    channels = {c.key for c in world.channels}
    assert {
        t.ref for p in world.escalation_policies for lv in p.levels for t in lv.targets if t.type == "channel"
    } <= channels
    assert {r.escalation for r in world.alert_rules} - {None} <= {p.key for p in world.escalation_policies}


def test_fixed_ids_load_per_tenant_kind_and_key() -> None:
    fixed = {"tenant": "t", "kind": "rule", "key": "daily", "id": "rul_AAAAAAAAAAAA"}
    world = parse_world(doc(fixed_ids=[fixed]))
    assert world.fixed_id(str(TENANT["id"]), "rule", "daily") == "rul_AAAAAAAAAAAA"
    assert world.fixed_id(str(TENANT["id"]), "policy", "daily") is None


def test_acme_has_the_spec_examples_ids() -> None:
    world = seeded_world()
    assert world.fixed_id(ACME, "escalation", "finops") == "esc_6Jd3Hs8Fk2Wm"
    assert world.fixed_id(ACME, "action", "idle_ml_pending") == "act_9Xp4Rt2LmQ8k"
    assert not any(tenant == NIMBUS for tenant, _, _ in world.fixed_ids)


def test_enforcement_policies_load_with_their_conditions_and_actions() -> None:
    world = parse_world(doc(channels=[CHANNEL], enforcement_policies=[POLICY]))
    (cap,) = world.enforcement_policies
    assert (cap.template_id, cap.scope, cap.requires_approval) == (
        "tpl_AgentThrottle03",
        {"applications": ("chat",)},
        True,
    )
    ((metric, threshold, scaled),) = [(c.metric, c.threshold, c.scaled) for c in cap.conditions]
    assert (metric, threshold, scaled) == ("daily_spend", 50, True)
    notify, throttle = cap.actions
    assert (notify.type, notify.params["channels"], notify.scaled) == ("notify", ["ops"], ())
    assert (throttle.type, throttle.scaled) == ("throttle", ("max_tokens_per_minute",))
    assert "scaled" not in throttle.params


def test_the_shipped_policies_are_seeded_in_every_tenant_as_the_file_says() -> None:
    world = seeded_world()
    assert [p.key for p in world.enforcement_policies][:2] == ["idle_ml", "route_support"]
    assert all(p.conditions and p.actions for p in world.enforcement_policies)


def test_past_recommendations_load_per_tenant() -> None:
    done = {**PAST, "key": "done", "id": "rec_AAAAAAAAAAAA", "status": "implemented", "dismissal": None}
    world = parse_world(doc(past_recommendations=[PAST, done]))
    dismissed, implemented = world.past_recommendations_of(TENANT["id"])
    assert (dismissed.id, dismissed.dismissal, dismissed.rate) == (None, ("too_risky", None), 0.2)
    assert (implemented.id, implemented.status, implemented.dismissal) == (
        "rec_AAAAAAAAAAAA",
        "implemented",
        None,
    )


def test_the_seeded_tenants_have_their_own_traffic() -> None:
    world = seeded_world()
    acme, nimbus = world.traffic_of(ACME), world.traffic_of(NIMBUS)
    assert acme
    assert nimbus
    apps = {s.application for s in acme}, {s.application for s in nimbus}
    assert "fleet-ops-assistant" in apps[1] - apps[0]
    assert "ticket-router" in apps[0] - apps[1]
    assert all(s.model in world.models for s in acme + nimbus)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"instances": [{**INSTANCE, "type": "p9"}]}, "instances[0]: no instance type 'p9'"),
        (
            {"instances": [INSTANCE, {**INSTANCE, "name": "box-2"}]},
            "instances[1]: id 'gpu_AAAAAAAAAAAA' is used twice",
        ),
        ({"instances": [{**INSTANCE, "id": "gpu-1"}]}, "instances[0]: `id` must be gpu_ followed by 10-32"),
        ({"instances": [{**INSTANCE, "tenant": "x"}]}, "instances[0]: no tenant 'x'"),
        ({"instances": [{**INSTANCE, "state": "asleep"}]}, "instances[0]: `state` must be one of running"),
        (
            {"instances": [{**INSTANCE, "mig_gpus": [3]}]},
            "instances[0]: `mig_gpus` must list GPU indices below 1",
        ),
        (
            {"instances": [{**INSTANCE, "usage": {"busy_util": 120, "idle_share": 0.1}}]},
            "`busy_util` must be",
        ),
        (
            {"models": [{**MODEL, "input": 3}]},
            'models[0]: `input` must be a decimal string of USD such as "5.672"',
        ),
        ({"models": [MODEL, MODEL]}, "models[1]: model 'm-1' is listed twice"),
        (
            {"model_streams": [{"application": "a", "team": "t", "source": "bedrock", "model": "nope"}]},
            "model_streams[0]: no model 'nope'",
        ),
        ({"traffic": [{**STREAM, "model": "nope"}]}, "traffic[0]: no model 'nope' in [[models]]"),
        ({"traffic": [{**STREAM, "tenant": "x"}]}, "traffic[0]: no tenant 'x'"),
        (
            {"traffic": [{**STREAM, "hours": "always"}]},
            "traffic[0]: `hours` must be one of office, flat, night",
        ),
        ({"traffic": [{**STREAM, "rate": 0}]}, "traffic[0]: `rate` must be a number > 0"),
        ({"traffic": [{**STREAM, "input_tokens": [9, 1]}]}, "traffic[0]: `input_tokens` must be [low, high]"),
        ({"traffic": [STREAM, {**STREAM, "ttl": "1d"}]}, "traffic[1]: `ttl` must be one of 5m, 1h"),
        ({"traffic": [{**STREAM, "agent_id": "agent-1"}]}, "traffic[0]: `agent_id` must be agt_ followed by"),
        (
            {"traffic": [{**STREAM, "key": "k"}, {**STREAM, "key": "k"}]},
            "traffic[1]: tenant T has two traffic streams with key 'k'",
        ),
        ({"anomalies": [ANOMALY]}, "anomalies[0]: tenant T has no traffic stream with key 'chat'"),
        (
            {"traffic": [{**STREAM, "key": "chat"}], "anomalies": [{**ANOMALY, "scope": ["vibe"]}]},
            "anomalies[0]: `scope` must list fields of source, model_id",
        ),
        (
            {"traffic": [{**STREAM, "key": "chat"}], "anomalies": [{**ANOMALY, "severity": "dire"}]},
            "anomalies[0]: `severity` must be one of critical",
        ),
        (
            {"traffic": [{**STREAM, "key": "chat"}], "anomalies": [ANOMALY, ANOMALY]},
            "anomalies[1]: id 'anm_AAAAAAAAAAAA' is used twice",
        ),
        (
            {"traffic": [{**STREAM, "key": "chat"}], "anomalies": [{**ANOMALY, "throttle_share": 1.5}]},
            "anomalies[0]: `throttle_share` must be a number between 0 and 1",
        ),
        (
            {"traffic": [{**STREAM, "key": "chat"}], "anomalies": [{**ANOMALY, "error_share": 0.95}]},
            "anomalies[0]: `throttle_share` and `error_share` add up to more than 1",
        ),
        (
            {"traffic": [{**STREAM, "key": "chat"}], "anomalies": [{**ANOMALY, "requests_per_minute": None}]},
            "anomalies[0]: `requests_per_minute` must be a number",
        ),
        ({"alert_rules": [RULE]}, "alert_rules[0]: `channels` must list channel keys of"),
        (
            {"channels": [CHANNEL], "alert_rules": [{**RULE, "scope": {"budget": "nope"}}]},
            "alert_rules[0]: `scope.budget` names no budget 'nope'",
        ),
        (
            {"channels": [CHANNEL], "alert_rules": [{**RULE, "scope": {"host": "h"}}]},
            "alert_rules[0]: `scope` must map some of source, team",
        ),
        (
            {"channels": [CHANNEL], "alert_rules": [{**RULE, "metric": "vibes"}]},
            "alert_rules[0]: `metric` must be one of daily_spend",
        ),
        (
            {"channels": [CHANNEL], "alert_rules": [{**RULE, "escalation": "boss"}]},
            "alert_rules[0]: `escalation` must be one of finops, got 'boss'",
        ),
        (
            {"channels": [CHANNEL], "alert_rules": [RULE, RULE]},
            "alert_rules[1]: alert rule key 'daily' is used twice",
        ),
        (
            {"channels": [CHANNEL], "alert_rules": [{**RULE, "threshold": "500"}]},
            "alert_rules[0]: `threshold` must be a number",
        ),
        (
            {"escalation_policies": [{**ESCALATION, "levels": []}]},
            "escalation_policies[0]: `levels` must be a non-empty list",
        ),
        (
            {
                "escalation_policies": [
                    {**ESCALATION, "levels": [{"delay_minutes": 5, "targets": [{"pager": "x"}]}]}
                ]
            },
            "escalation_policies[0]: a target must be one of { schedule = NAME }",
        ),
        (
            {
                "escalation_policies": [
                    {**ESCALATION, "levels": [{"delay_minutes": 5, "targets": [{"user": "cto"}]}]}
                ]
            },
            "escalation_policies[0]: `user` must be one of lead, owner, analyst, engineer, got 'cto'",
        ),
        (
            {
                "escalation_policies": [
                    {**ESCALATION, "levels": [{"delay_minutes": 5, "targets": [{"channel": "ops"}]}]}
                ]
            },
            "escalation_policies[0]: a target's `channel` must be a channel key of , got 'ops'",
        ),
        (
            {
                "escalation_policies": [
                    {**ESCALATION, "levels": [{"delay_minutes": -1, "targets": [{"user": "lead"}]}]}
                ]
            },
            "escalation_policies[0]: `delay_minutes` must be an integer >= 0",
        ),
        (
            {"escalation_policies": [ESCALATION, ESCALATION]},
            "escalation_policies[1]: escalation policy key 'finops' is used twice",
        ),
        (
            {"fixed_ids": [{"tenant": "t", "kind": "budget", "key": "all", "id": "bud_AAAAAAAAAAAA"}]},
            "fixed_ids[0]: `kind` must be one of escalation, rule, alert, incident, policy, action",
        ),
        (
            {"fixed_ids": [{"tenant": "t", "kind": "rule", "key": "daily", "id": "pol_AAAAAAAAAAAA"}]},
            "fixed_ids[0]: `id` must be rul_ followed by 10-32 letters or digits",
        ),
        (
            {"fixed_ids": [{"tenant": "x", "kind": "rule", "key": "daily", "id": "rul_AAAAAAAAAAAA"}]},
            "fixed_ids[0]: no tenant 'x'",
        ),
        (
            {
                "fixed_ids": [
                    {"tenant": "t", "kind": "rule", "key": "daily", "id": "rul_AAAAAAAAAAAA"},
                    {"tenant": "t", "kind": "rule", "key": "daily", "id": "rul_BBBBBBBBBBBB"},
                ]
            },
            "fixed_ids[1]: the rule 'daily' of tenant T is given two ids",
        ),
        ({"enforcement_policies": [POLICY]}, "enforcement_policies[0]: `channels` must list channel keys of"),
        (
            {"channels": [CHANNEL], "enforcement_policies": [POLICY, POLICY]},
            "enforcement_policies[1]: enforcement policy key 'cap' is used twice",
        ),
        (
            {"channels": [CHANNEL], "enforcement_policies": [{**POLICY, "mode": "shadow"}]},
            "enforcement_policies[0]: `mode` must be one of dry_run, enforce, disabled",
        ),
        (
            {"channels": [CHANNEL], "enforcement_policies": [{**POLICY, "conditions": []}]},
            "enforcement_policies[0]: `conditions` must be a non-empty list",
        ),
        (
            {"channels": [CHANNEL], "enforcement_policies": [{**POLICY, "actions": [{"type": "reboot"}]}]},
            "enforcement_policies[0]: `type` must be one of notify",
        ),
        (
            {
                "channels": [CHANNEL],
                "enforcement_policies": [{**POLICY, "actions": [{"type": "throttle", "scaled": ["speed"]}]}],
            },
            "enforcement_policies[0]: an action's `scaled` must list numeric fields",
        ),
        (
            {"channels": [CHANNEL], "enforcement_policies": [{**POLICY, "scope": {"regions": ["eu"]}}]},
            "enforcement_policies[0]: `scope` must map some of sources, teams",
        ),
        (
            {"channels": [CHANNEL], "enforcement_policies": [{**POLICY, "template": "idle"}]},
            "enforcement_policies[0]: `template` must be tpl_ followed by",
        ),
        ({"past_recommendations": [PAST, PAST]}, "past_recommendations[1]: tenant T has two past"),
        (
            {"past_recommendations": [{**PAST, "type": "vibes"}]},
            "past_recommendations[0]: `type` must be one of",
        ),
        (
            {"past_recommendations": [{**PAST, "savings_rate": 2}]},
            "`savings_rate` must be a number between 0",
        ),
        (
            {"past_recommendations": [{**PAST, "dismissal": None}]},
            "past_recommendations[0]: a dismissed recommendation",
        ),
        (
            {"channels": [{"key": "c", "type": "fax", "name": "F", "age_days": 1}]},
            "channels[0]: `type` must be one of",
        ),
        (
            {
                "connections": [
                    {
                        "tenant": "t",
                        "name": "AWS",
                        "provider": "aws",
                        "account_id": "1",
                        "auth": {"method": "api_key"},
                        "age_days": 1,
                    }
                ]
            },
            "connections[0]: `auth` must be a table whose `method` is 'aws_assume_role' for aws",
        ),
        (
            {
                "budgets": [
                    {
                        "key": "b",
                        "parent": "a",
                        "name": "B",
                        "limit_usd": "1",
                        "time_unit": "monthly",
                        "age_days": 1,
                    }
                ]
            },
            "budgets[0]: `parent` must name a budget listed before it",
        ),
    ],
)
def test_bad_world_entries_are_named(changes: dict[str, object], message: str) -> None:
    base = {"instance_types": TYPES, "models": [MODEL], "escalation_policies": [ESCALATION]}
    with pytest.raises(WorldError, match=re.escape(message)):
        parse_world(doc(**{**base, **changes}))


def test_an_error_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "world.toml"
    tenant = '[[tenants]]\nkey = "{k}"\nid = "{k}-1"\nname = "T"\nslug = "{k}"\ntier = "{tier}"\n\n'
    head = 'password = "pw"\nusers = []\ninstances = []\n\n'
    path.write_text(
        head + tenant.format(k="t", tier="standard") + tenant.format(k="u", tier="gold"), encoding="utf-8"
    )
    with pytest.raises(WorldError, match=r"world\.toml:12: tenants\[1\]: `tier` must be one of"):
        load_world(path)
    path.write_text(head + tenant.format(k="t", tier="standard"), encoding="utf-8")
    with pytest.raises(
        WorldError, match=r"world\.toml:5: tenants\[0\]: tenant 't' needs a user with the role owner"
    ):
        load_world(path)
    path.write_text('password = "pw"\n', encoding="utf-8")
    with pytest.raises(WorldError, match=r"world\.toml: a world file needs \[\[tenants\]\] entries"):
        load_world(path)
    path.write_text('password = "pw"\n[[tenants]\n', encoding="utf-8")
    with pytest.raises(WorldError, match=r"world\.toml: not valid TOML"):
        load_world(path)


def _two_tenants() -> tuple[str, str, str]:
    """The [[tenants]], [[users]] and [[instances]] of a world file with tenants "t" and "u"."""
    tenants = "".join(
        f'[[tenants]]\nkey = "{k}"\nid = "{k}-1"\nname = "T"\nslug = "{k}"\ntier = "standard"\n\n'
        for k in "tu"
    )
    users = '[[users]]\nid = 1\nemail = "a@t.com"\nname = "A"\nroles = { t = "owner", u = "owner" }\n\n'
    instances = "".join(
        f'[[instances]]\ntenant = "{k}"\nid = "gpu_{k * 12}"\nname = "box"\ntype = "g5.2xlarge"\n'
        f'region = "us-east-1"\nstate = "running"\nworkload = "dev"\nlaunched_hours_ago = 10.0\n'
        f'hostname = "h"\nusage = {{ busy_util = 50.0, idle_share = 0.1 }}\n\n'
        for k in "tu"
    )
    return tenants, users, instances


TRAFFIC = (
    '[[traffic]]\ntenant = "t"\nsource = "openai_api"\nmodel = "gpt-4.1-mini-2025-04-14"\n'
    'application = "chat"\nrate = 40\nbucket_hours = 0\nhours = "office"\n'
    "input_tokens = [100, 900]\noutput_tokens = [10, 90]\n"
)


def test_a_world_file_gives_its_tenants_traffic(tmp_path: Path) -> None:
    """A tenant with ``[[traffic]]`` entries has those; one without has the shipped Nimbus tenant's."""
    path = tmp_path / "world.toml"
    tenants, users, instances = _two_tenants()
    traffic = TRAFFIC
    path.write_text('password = "pw"\n\n' + tenants + users + instances + traffic, encoding="utf-8")
    world = load_world(path)
    assert [s.application for s in world.traffic_of("t-1")] == ["chat"]
    assert world.traffic_of("u-1") == seeded_world().traffic_of(NIMBUS)
    # ... with its seeded anomalies (ids included, as each tenant's store is its own); "t" has none
    assert world.anomalies_of("u-1") == seeded_world().anomalies_of(NIMBUS)
    assert world.anomalies_of("t-1") == ()
    # ... and so with the earlier recommendations (without the ids the shipped ones fix)
    assert [p.key for p in world.past_recommendations_of("u-1")] == [
        p.key for p in seeded_world().past_recommendations_of(NIMBUS)
    ]
    line = (tenants + users + instances).count("\n") + 3  # the [[traffic]] header's line
    path.write_text(
        'password = "pw"\n\n' + tenants + users + instances + traffic.replace("[100, 900]", "[100]"),
        encoding="utf-8",
    )
    with pytest.raises(
        WorldError, match=rf"world\.toml:{line}: traffic\[0\]: `input_tokens` must be \[low, high\]"
    ):
        load_world(path)


def test_every_watched_stream_is_traffic_of_every_shipped_tenant() -> None:
    world = seeded_world()
    for tenant in (ACME, NIMBUS):
        traffic = {(s.source, s.application, s.team, s.model) for s in world.traffic_of(tenant)}
        for watched in world.model_streams:
            assert (watched.source, watched.application, watched.team, watched.model_id) in traffic


def test_a_world_file_seeds_anomalies_on_its_own_streams(tmp_path: Path) -> None:
    path = tmp_path / "world.toml"
    tenants, users, instances = _two_tenants()
    traffic = TRAFFIC.replace('tenant = "t"\n', 'tenant = "t"\nkey = "chat"\n')
    anomaly = "".join(f"{k} = {v!r}\n".replace("'", '"') for k, v in ANOMALY.items())
    anomaly = "[[anomalies]]\n" + anomaly
    head = 'password = "pw"\n\n' + tenants + users + instances + traffic + "\n"
    path.write_text(head + anomaly, encoding="utf-8")
    (loop,) = load_world(path).anomalies_of("t-1")
    assert (loop.id, loop.stream, loop.minutes) == ("anm_AAAAAAAAAAAA", "chat", 40)
    line = head.count("\n") + 1  # the [[anomalies]] header's line
    path.write_text(head + anomaly.replace('stream = "chat"', 'stream = "mail"'), encoding="utf-8")
    with pytest.raises(
        WorldError,
        match=rf"world\.toml:{line}: anomalies\[0\]: tenant T has no traffic stream with key 'mail'",
    ):
        load_world(path)


def test_a_world_file_gives_its_own_alert_rules(tmp_path: Path) -> None:
    """A world without ``[[alert_rules]]`` has the shipped ones; one with them has only those, checked
    against its channels and budgets."""
    path = tmp_path / "world.toml"
    tenants, users, instances = _two_tenants()
    head = 'password = "pw"\n\n' + tenants + users + instances
    path.write_text(head, encoding="utf-8")
    assert load_world(path).alert_rules == seeded_world().alert_rules
    rule = (
        '[[alert_rules]]\nkey = "gpu_idle"\nname = "Idle GPUs"\ndescription = "Idle for 4 hours."\n'
        'metric = "idle_gpu_hours"\nscope = { source = "gpu_agent" }\noperator = "gte"\nthreshold = 4\n'
        'window_minutes = 15\nseverity = "warning"\nchannels = ["gpu_slack"]\nage_days = 30\n'
        'alert_type = "idle_gpu"\nweight = 1\ncreated_by = "engineer"\n'
    )
    path.write_text(head + rule, encoding="utf-8")
    assert [r.key for r in load_world(path).alert_rules] == ["gpu_idle"]
    line = head.count("\n") + 1
    path.write_text(head + rule.replace('"gpu_slack"', '"pager"'), encoding="utf-8")
    with pytest.raises(
        WorldError, match=rf"world\.toml:{line}: alert_rules\[0\]: `channels` must list channel keys"
    ):
        load_world(path)


def test_a_world_file_gives_its_own_escalation_policies(tmp_path: Path) -> None:
    """A world without ``[[escalation_policies]]`` has the shipped ones; one with them has only those,
    checked against its channels, and its alert rules name them."""
    path = tmp_path / "world.toml"
    tenants, users, instances = _two_tenants()
    head = 'password = "pw"\n\n' + tenants + users + instances
    path.write_text(head, encoding="utf-8")
    assert load_world(path).escalation_policies == seeded_world().escalation_policies
    rule = (
        '[[alert_rules]]\nkey = "gpu_idle"\nname = "Idle GPUs"\ndescription = "Idle for 4 hours."\n'
        'metric = "idle_gpu_hours"\noperator = "gte"\nthreshold = 4\nwindow_minutes = 15\n'
        'severity = "error"\nescalation = "oncall"\nage_days = 30\nalert_type = "idle_gpu"\nweight = 1\n'
        'created_by = "engineer"\n\n'
    )
    policy = (
        '[[escalation_policies]]\nkey = "oncall"\nname = "On call"\ndescription = "Pages the rotation."\n'
        "num_loops = 1\nage_days = 12\n"
        'levels = [{ delay_minutes = 10, targets = [{ schedule = "Primary" }, { channel = "gpu_pd" }] }]\n'
    )
    path.write_text(head + rule + policy, encoding="utf-8")
    world = load_world(path)
    assert [p.key for p in world.escalation_policies] == ["oncall"]
    assert [r.escalation for r in world.alert_rules] == ["oncall"]
    line = (head + rule).count("\n") + 1
    path.write_text(head + rule + policy.replace('"gpu_pd"', '"pager"'), encoding="utf-8")
    with pytest.raises(
        WorldError,
        match=rf"world\.toml:{line}: escalation_policies\[0\]: a target's `channel` must be a channel key",
    ):
        load_world(path)


def test_a_world_file_gives_its_own_enforcement_policies(tmp_path: Path) -> None:
    """A world without ``[[enforcement_policies]]`` has the shipped ones; one with them has only those."""
    path = tmp_path / "world.toml"
    tenants, users, instances = _two_tenants()
    head = 'password = "pw"\n\n' + tenants + users + instances
    path.write_text(head, encoding="utf-8")
    assert load_world(path).enforcement_policies == seeded_world().enforcement_policies
    policy = (
        '[[enforcement_policies]]\nkey = "stop_idle"\nname = "Stop idle boxes"\n'
        'description = "Stop boxes idle for {t} hours."\nmode = "dry_run"\nresume_mode = "dry_run"\n'
        'scope = { sources = ["gpu_agent"] }\n'
        'conditions = [{ metric = "idle_gpu_hours", operator = "gte", threshold = 3, window_minutes = 15 }]\n'
        'actions = [{ type = "stop_instance", grace_period_minutes = 10 }]\nrequires_approval = true\n'
        'approval_timeout_minutes = 60\ncooldown_minutes = 60\ncreated_by = "engineer"\nage_days = 9\n'
    )
    path.write_text(head + policy, encoding="utf-8")
    assert [p.key for p in load_world(path).enforcement_policies] == ["stop_idle"]
    line = head.count("\n") + 1
    path.write_text(head + policy.replace('"idle_gpu_hours"', '"idle_hours"'), encoding="utf-8")
    with pytest.raises(
        WorldError, match=rf"world\.toml:{line}: enforcement_policies\[0\]: `metric` must be one of"
    ):
        load_world(path)


def test_a_world_file_fixes_ids_of_its_own_tenants_only(tmp_path: Path) -> None:
    """A world file's ``[[fixed_ids]]`` name its tenants; the shipped ones (Acme's) are not its."""
    path = tmp_path / "world.toml"
    tenants, users, instances = _two_tenants()
    head = 'password = "pw"\n\n' + tenants + users + instances
    path.write_text(head, encoding="utf-8")
    assert load_world(path).fixed_ids == {}
    fixed = '[[fixed_ids]]\ntenant = "u"\nkind = "escalation"\nkey = "gpu"\nid = "esc_UUUUUUUUUUUU"\n'
    path.write_text(head + fixed, encoding="utf-8")
    assert load_world(path).fixed_id("u-1", "escalation", "gpu") == "esc_UUUUUUUUUUUU"
    line = head.count("\n") + 1
    path.write_text(head + fixed.replace("esc_", "rul_"), encoding="utf-8")
    with pytest.raises(
        WorldError, match=rf"world\.toml:{line}: fixed_ids\[0\]: `id` must be esc_ followed by"
    ):
        load_world(path)
