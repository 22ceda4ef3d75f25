"""The seeded world adds up, before and after random writes and clock moves (Hypothesis stateful).

Invariants checked on the seeded world and after every step, in both seeded tenants:

- every id a response mentions resolves through its own endpoint in the same tenant: an alert's
  instance, budget, rule, incident and escalation policy; an incident's alerts; a rule's channels
  and escalation policy; an escalation policy's channels; an enforcement policy's channels and
  instances; an action's target instance, policy and recommendation; a recommendation's
  instances; an anomaly's agent; a ledger entry's recommendation;
- cost totals agree for any window: summary = sum of by-source = sum of by-tag (every group,
  ``__unallocated__`` included) = sum of the summary's by-workload amounts;
- the cost records are the fleet and the traffic: managed inference and agents = the AI events'
  cost in the window (``GET /v1/ai/spend/summary`` without the self-hosted ``gpu_agent`` events,
  which the fleet's hours pay for); agents = the sum of the per-agent costs; GPU cost of the last
  hours = the running instances' hours in the window x their hourly rate; each budget's actual spend
  = the cost in its period and scope; the forecast's history is the recorded one and it carries on
  from it;
- the savings ledger is the accepted recommendations': every entry names an accepted or
  implemented recommendation of its type, every such recommendation has an entry, and each
  entry's savings are its baseline minus its actual cost;
- tenants share nothing: no instance, alert, action, recommendation or ledger id of one tenant
  appears in the other, and the other tenant's instances are 404 here.

And, in every tenant of the shipped world and of the example worlds: every application and team a
seeded alert rule, enforcement policy or recommendation names has AI traffic (or GPU instances,
where its scope takes GPU spend) in that tenant, and every inference stream (source, application,
team, model) a seeded alert or model policy names is one of its traffic.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from mock_helpers import ACME, NIMBUS, NOW, bearer, make_app, served_mock
from tensorcost_mock.world import load_world, seeded_world

TENANTS = (ACME, NIMBUS)
OWNERS = {ACME: "ana.ruiz@acme-ai.com", NIMBUS: "hana.sato@nimbus-robotics.com"}
STATUSES = ("open", "accepted", "dismissed", "implemented", "expired")
EVER = {"start": "2025-01-01T00:00:00Z"}  # alert and incident lists default to the current month


def _amount(money: dict[str, str]) -> Decimal:
    return Decimal(money["amount"])


def _iso(delta_hours: int) -> str:
    return _text(NOW - timedelta(hours=delta_hours))


def _text(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _channel_targets(policy: dict[str, Any]) -> Iterator[str]:
    for level in policy["escalation_rules"]:
        for target in level["targets"]:
            if target["type"] == "channel":
                yield target["id"]


class World(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.app = make_app()
        self.loop = asyncio.new_event_loop()
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://mock")
        self.headers = self.sign_in()
        self.windows: list[dict[str, str]] = [{}]  # {}: the default window (the month so far)

    def teardown(self) -> None:
        self.loop.run_until_complete(self.client.aclose())
        self.loop.close()

    def sign_in(self) -> dict[str, str]:
        """Headers of each tenant's admin or owner (Ana Ruiz only reads at Nimbus)."""
        return {tenant: bearer(self.app, OWNERS[tenant], tenant) for tenant in TENANTS}

    # -- requests -----------------------------------------------------------------------------------

    def call(self, tenant: str, path: str, **params: Any) -> httpx.Response:
        return self.loop.run_until_complete(
            self.client.get(path, params=params, headers=self.headers[tenant])
        )

    def get(self, tenant: str, path: str, **params: Any) -> Any:
        r = self.call(tenant, path, **params)
        assert r.status_code == 200, (path, r.text)
        return r.json()["data"]

    def every(self, tenant: str, path: str, **params: Any) -> list[dict[str, Any]]:
        """Every item of a paginated list (``limit`` and ``cursor``), following ``next_cursor``."""
        items: list[dict[str, Any]] = []
        cursor = None
        while True:
            query = {**params, "limit": 500, **({"cursor": cursor} if cursor else {})}
            r = self.call(tenant, path, **query)
            assert r.status_code == 200, (path, r.text)
            body = r.json()
            items += body["data"]
            cursor = body.get("next_cursor")
            if not cursor:
                return items

    def post(self, path: str, json: Any = None, **kwargs: Any) -> httpx.Response:
        return self.loop.run_until_complete(self.client.post(path, json=json, **kwargs))

    def recommendations(self, tenant: str) -> list[dict[str, Any]]:
        return [
            rec
            for status in STATUSES
            for rec in self.every(tenant, "/v1/cost/recommendations", status=status)
        ]

    def alerts(self, tenant: str) -> list[dict[str, Any]]:
        return self.every(tenant, "/v1/alert/alerts", **EVER)

    def assert_instance(self, tenant: str, ident: str, what: object) -> None:
        r = self.call(tenant, f"/v1/gpu/instances/{ident}")
        assert r.status_code == 200, (what, ident, r.status_code)

    # -- writes and clock moves -------------------------------------------------------------------

    @initialize()
    def seeded_world_holds(self) -> None:
        """The invariants run once on the seeded world before any step."""

    @rule(seconds=st.integers(min_value=0, max_value=20 * 86400))
    def move_clock(self, seconds: int) -> None:
        r = self.post("/_mock/clock", {"advance_seconds": seconds})
        assert r.status_code == 200
        self.headers = self.sign_in()  # tokens expire on the mock clock

    @rule(
        ends_hours_ago=st.integers(min_value=0, max_value=24 * 60),
        hours=st.integers(min_value=1, max_value=24 * 45),
    )
    def pick_window(self, ends_hours_ago: int, hours: int) -> None:
        self.windows.append({"start": _iso(ends_hours_ago + hours), "end": _iso(ends_hours_ago)})

    @rule(data=st.data(), tenant=st.sampled_from(TENANTS), verb=st.sampled_from(("accept", "dismiss")))
    def decide_a_recommendation(self, data: st.DataObject, tenant: str, verb: str) -> None:
        open_recs = self.every(tenant, "/v1/cost/recommendations", status="open")
        if not open_recs:
            return
        rec = data.draw(st.sampled_from(open_recs))
        body = {} if verb == "accept" else {"reason": "too_risky"}
        r = self.post(f"/v1/cost/recommendations/{rec['id']}/{verb}", body, headers=self.headers[tenant])
        assert r.status_code == 200, r.text

    @rule(data=st.data(), tenant=st.sampled_from(TENANTS), verb=st.sampled_from(("acknowledge", "resolve")))
    def handle_an_alert(self, data: st.DataObject, tenant: str, verb: str) -> None:
        wanted = "triggered" if verb == "acknowledge" else "acknowledged"
        alerts = [a for a in self.alerts(tenant) if a["status"] == wanted]
        if not alerts:
            return
        alert = data.draw(st.sampled_from(alerts))
        body = None if verb == "acknowledge" else {"note": "Handled in a test."}
        r = self.loop.run_until_complete(
            self.client.request(  # the spec: POST .../acknowledge, PATCH .../resolve
                "POST" if verb == "acknowledge" else "PATCH",
                f"/v1/alert/alerts/{alert['id']}/{verb}",
                json=body,
                headers=self.headers[tenant],
            )
        )
        assert r.status_code == 200, r.text

    # -- invariants ---------------------------------------------------------------------------------

    @invariant()
    def totals_agree(self) -> None:
        for tenant in TENANTS:
            for window in self.windows[-2:]:
                summary = self.get(tenant, "/v1/cost/summary", **window)
                by_source = self.get(tenant, "/v1/cost/by-source", **window)
                total = _amount(summary["effective_cost"])
                assert sum(_amount(m) for m in summary["by_workload"].values()) == total
                assert _amount(by_source["total_effective_cost"]) == total
                assert sum(_amount(i["effective_cost"]) for i in by_source["items"]) == total
                for key in ("team", "application"):
                    by_tag = self.get(tenant, "/v1/cost/by-tag", group_by=key, **window)
                    assert sum(_amount(i["effective_cost"]) for i in by_tag["items"]) == total, key

    @invariant()
    def cost_is_the_traffic_and_the_fleet(self) -> None:
        for tenant in TENANTS:
            for window in self.windows[-2:]:  # whole hours of NOW, or the month so far: whole hours too
                summary = self.get(tenant, "/v1/cost/summary", **window)
                spend = self.get(tenant, "/v1/ai/spend/summary", **window)
                self_hosted = sum(
                    (_amount(g["cost"]) for g in spend["by_source"] if g["key"] == "gpu_agent"), Decimal(0)
                )
                by_workload = {k: _amount(v) for k, v in summary["by_workload"].items()}
                assert by_workload["managed_inference"] + by_workload["agents"] == (
                    _amount(spend["cost"]) - self_hosted
                ), window
                agents = {
                    a["scope"]["agent_id"]
                    for a in self.every(tenant, "/v1/ai/anomalies", **EVER)
                    if a["scope"]["agent_id"]
                }
                per_agent = sum(
                    (_amount(self.get(tenant, f"/v1/ai/agents/{a}/cost", **window)["cost"]) for a in agents),
                    Decimal(0),
                )
                assert by_workload["agents"] == per_agent, window

    @invariant()
    def gpu_cost_is_hours_times_rate(self) -> None:
        """Over the last whole hours (every stopped instance stopped a day or more before NOW)."""
        for tenant in TENANTS:
            now = _time(self.get(tenant, "/v1/cost/summary")["window"]["end"])
            start = now.replace(minute=0, second=0) - timedelta(hours=6)
            window = {"start": _text(start), "end": _text(now)}
            gpu = _amount(self.get(tenant, "/v1/cost/summary", **window)["by_workload"]["gpu"])
            expected = Decimal(0)
            instances = self.every(tenant, "/v1/gpu/instances", state="running")
            for i in instances:
                seconds = (now - max(start, _time(i["launched_at"]))).total_seconds()
                expected += _amount(i["hourly_cost"]) * Decimal(max(seconds, 0)) / 3600
            assert abs(gpu - expected) <= Decimal("0.000001") * 7 * len(instances), (gpu, expected)

    @invariant()
    def budgets_spend_the_cost_records(self) -> None:
        for tenant in TENANTS:
            for budget in self.get(tenant, "/v1/cost/budgets"):
                window = {"start": budget["current_period"]["start"]}  # up to the clock
                scope = budget["scope"]
                if scope["tags"] and (len(scope["tags"]) > 1 or scope["sources"]):
                    continue  # two conditions at once: no single breakdown shows that spend
                if scope["tags"]:
                    [(key, value)] = scope["tags"].items()
                    items = self.get(tenant, "/v1/cost/by-tag", group_by=key, **window)["items"]
                    spent = sum(
                        (_amount(i["effective_cost"]) for i in items if i["value"] == value), Decimal(0)
                    )
                elif scope["sources"]:
                    items = self.get(tenant, "/v1/cost/by-source", **window)["items"]
                    spent = sum(
                        (_amount(i["effective_cost"]) for i in items if i["source"] in scope["sources"]),
                        Decimal(0),
                    )
                else:
                    spent = _amount(self.get(tenant, "/v1/cost/summary", **window)["effective_cost"])
                assert _amount(budget["actual_spend"]) == spent, budget["name"]

    @invariant()
    def the_forecast_carries_on_from_the_history(self) -> None:
        for tenant in TENANTS:
            forecast = self.get(tenant, "/v1/cost/forecast", horizon_days=30, granularity="daily")
            history = forecast["history_window"]
            today = _time(history["end"])
            assert today == _time(forecast["generated_at"]).replace(hour=0, minute=0, second=0)
            assert _time(history["start"]) == today - timedelta(days=90)
            last = self.get(
                tenant, "/v1/cost/summary", start=_text(today - timedelta(days=7)), end=history["end"]
            )
            # The next week carries on from the last recorded one (a trend, not a jump).
            week = sum((_amount(p["mean"]) for p in forecast["results_by_time"][:7]), Decimal(0))
            ratio = week / _amount(last["effective_cost"])
            assert Decimal("0.75") < ratio < Decimal("1.35"), ratio

    @invariant()
    def every_id_resolves_in_its_tenant(self) -> None:
        for tenant in TENANTS:
            channels = {c["id"] for c in self.get(tenant, "/v1/notification/channels")}
            escalations = self.get(tenant, "/v1/alert/escalation-policies")
            escalation_ids = {p["id"] for p in escalations}
            rules = self.get(tenant, "/v1/alert/rules")
            alerts = self.alerts(tenant)
            incidents = self.every(tenant, "/v1/alert/incidents", **EVER)
            budgets = {b["id"] for b in self.get(tenant, "/v1/cost/budgets")}
            policies = self.get(tenant, "/v1/enforcement/policies")
            recs = {r["id"]: r for r in self.recommendations(tenant)}
            instances: set[str] = set()

            for policy in escalations:
                assert set(_channel_targets(policy)) <= channels, policy["id"]
            for r in rules:
                assert set(r["channel_ids"]) <= channels, r["id"]
                assert r["escalation_policy_id"] in escalation_ids | {None}, r["id"]
                if r["scope"]["instance_id"]:
                    instances.add(r["scope"]["instance_id"])
            alert_ids = {a["id"] for a in alerts}
            incident_ids = {i["id"] for i in incidents}
            rule_ids = {r["id"] for r in rules}
            for a in alerts:
                scope = a["scope"]
                if scope["instance_id"]:
                    instances.add(scope["instance_id"])
                assert scope["budget_id"] in budgets | {None}, a["id"]
                assert a["rule_id"] in rule_ids | {None}, a["id"]
                assert a["incident_id"] in incident_ids | {None}, a["id"]
                assert a["escalation_policy_id"] in escalation_ids | {None}, a["id"]
            for incident in incidents:
                assert set(incident["alert_ids"]) <= alert_ids, incident["id"]
                assert incident["escalation_policy_id"] in escalation_ids | {None}, incident["id"]
            for policy in policies:
                instances |= set(policy["scope"]["instance_ids"])
                for action in policy["actions"]:
                    assert set(action.get("channel_ids") or ()) <= channels, policy["id"]
            policy_ids = {p["id"] for p in policies}
            for action in self.every(tenant, "/v1/enforcement/actions"):
                assert action["policy_id"] in policy_ids | {None}, action["id"]
                assert action["recommendation_id"] in set(recs) | {None}, action["id"]
                if action["target"]["resource_type"] == "gpu_instance":
                    instances.add(action["target"]["resource_id"])
            for rec in recs.values():
                for resource in rec["resources"]:
                    if resource["kind"] in ("gpu_instance", "mig_host"):
                        instances.add(resource["id"])
            for entry in self.every(tenant, "/v1/cost/savings-ledger", **EVER):
                assert entry["recommendation_id"] in recs, entry
            for anomaly in self.every(tenant, "/v1/ai/anomalies", **EVER):
                agent = anomaly["scope"]["agent_id"]
                if agent:
                    assert self.call(tenant, f"/v1/ai/agents/{agent}/cost").status_code == 200, anomaly["id"]
            for ident in sorted(instances):
                self.assert_instance(tenant, ident, "referenced instance")

    @invariant()
    def the_ledger_is_the_accepted_recommendations(self) -> None:
        for tenant in TENANTS:
            recs = {r["id"]: r for r in self.recommendations(tenant)}
            entries = self.every(tenant, "/v1/cost/savings-ledger", **EVER)
            for entry in entries:
                rec = recs[entry["recommendation_id"]]
                assert rec["status"] in ("accepted", "implemented"), (entry["id"], rec["status"])
                assert entry["recommendation_type"] == rec["type"], entry["id"]
                saved = _amount(entry["baseline_cost"]) - _amount(entry["actual_cost"])
                assert _amount(entry["savings"]) == saved, entry["id"]
            named = {e["recommendation_id"] for e in entries}
            for rec in recs.values():
                if rec["status"] in ("accepted", "implemented"):
                    assert rec["id"] in named, rec["id"]

    @invariant()
    def tenants_share_nothing(self) -> None:
        ids: dict[str, set[str]] = {}
        for tenant in TENANTS:
            fleet = {i["id"] for i in self.every(tenant, "/v1/gpu/instances")}
            ids[tenant] = fleet | {a["id"] for a in self.alerts(tenant)}
            ids[tenant] |= {a["id"] for a in self.every(tenant, "/v1/enforcement/actions")}
            ids[tenant] |= {r["id"] for r in self.recommendations(tenant)}
            ids[tenant] |= {e["id"] for e in self.every(tenant, "/v1/cost/savings-ledger", **EVER)}
            other = NIMBUS if tenant == ACME else ACME
            for ident in sorted(fleet)[:3]:
                assert self.call(other, f"/v1/gpu/instances/{ident}").status_code == 404, ident
        assert not ids[ACME] & ids[NIMBUS]

    @invariant()
    def no_contract_violation(self) -> None:
        assert self.app.violations == []


World.TestCase.settings = settings(
    max_examples=8,  # about 40 s on an idle core (every step reads cost, budgets, forecast and agents)
    stateful_step_count=8,
    deadline=None,
    derandomize=True,  # the same sequences on every run; a failure reproduces
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestWorld = World.TestCase


# -- what the seeded rules, policies and recommendations name has spend -----------------------------

WORLDS = Path(__file__).resolve().parents[2] / "mock_server" / "examples" / "worlds"
#: The shipped world (no file) and the example worlds.
WORLD_FILES = [None, *sorted(WORLDS.glob("*.toml"))]
HISTORY = {"start": _text(NOW - timedelta(days=40)), "end": _text(NOW)}


class Spend:
    """Whether a tenant has AI traffic or GPU instances for an application or team (over HTTP)."""

    def __init__(self, http: httpx.Client, headers: dict[str, str]) -> None:
        self.http = http
        self.headers = headers
        instances = http.get("/v1/gpu/instances", params={"limit": 500}, headers=headers).json()["data"]
        self.gpu_tags = {(key, i["tags"].get(key)) for i in instances for key in ("application", "team")}

    def traffic(self, key: str, name: str, source: str | None) -> bool:
        return self.events(**{key: name, "source": source})

    def events(self, **filters: str | None) -> bool:
        """Whether ``GET /v1/ai/spend`` has an event with these attributes in the seeded history."""
        given = {k: v for k, v in filters.items() if v is not None}
        r = self.http.get("/v1/ai/spend", params={**given, "limit": 1, **HISTORY}, headers=self.headers)
        assert r.status_code == 200, r.text
        return bool(r.json()["data"])

    def has(self, key: str, name: str, sources: list[str]) -> bool:
        """``key`` (application or team) ``name`` has GPU instances (when the scope takes GPU spend) or
        AI traffic on one of ``sources`` (any source when empty)."""
        gpu = not sources or "gpu_agent" in sources
        if gpu and (key, name) in self.gpu_tags:
            return True
        ai = [s for s in sources if s != "gpu_agent"]
        return any(self.traffic(key, name, s) for s in ai) if sources else self.traffic(key, name, None)


def _named(http: httpx.Client, headers: dict[str, str]) -> Iterator[tuple[str, str, str, list[str]]]:
    """(what, application or team, name, the sources its scope takes) of every name in the seeded
    alert rules, enforcement policies and recommendations."""
    for alert_rule in http.get("/v1/alert/rules", headers=headers).json()["data"]:
        scope = alert_rule["scope"]
        for key in ("application", "team"):
            if scope[key]:
                yield (
                    f"rule {alert_rule['name']}",
                    key,
                    scope[key],
                    [scope["source"]] if scope["source"] else [],
                )
    for policy in http.get("/v1/enforcement/policies", headers=headers).json()["data"]:
        scope = policy["scope"]
        for key, names in (("application", scope["applications"]), ("team", scope["teams"])):
            for name in names:
                yield f"policy {policy['name']}", key, name, scope["sources"]
    for status in STATUSES:
        params = {"status": status, "limit": 500}
        for rec in http.get("/v1/cost/recommendations", params=params, headers=headers).json()["data"]:
            source = rec["evidence"].get("source")
            gpu = rec["type"].startswith(("gpu_", "mig_"))
            for resource in rec["resources"]:
                if resource["kind"] == "application":
                    sources = ["gpu_agent"] if gpu else [source] if source else []
                    yield f"recommendation {rec['title']}", "application", resource["id"], sources


@pytest.mark.parametrize("world_file", WORLD_FILES, ids=lambda p: "shipped" if p is None else p.stem)
def test_what_rules_policies_alerts_and_recommendations_name_has_spend(world_file: Path | None) -> None:
    """Every application and team a seeded alert rule, enforcement policy or recommendation names has
    AI traffic in the same tenant, or GPU instances where its scope takes GPU spend; every inference
    stream an alert or a model policy names is one of the tenant's traffic."""
    world = seeded_world() if world_file is None else load_world(world_file)
    args = () if world_file is None else ("--world", str(world_file))
    with served_mock(*args) as base, httpx.Client(base_url=base, timeout=60) as http:
        for tenant in world.tenants.values():
            owner = next(u.email for u in world.users if u.memberships.get(tenant.id) == "owner")
            token = http.get("/_mock/token", params={"email": owner, "tenant_id": tenant.id}).json()
            headers = {"Authorization": f"Bearer {token['access_token']}", "X-Active-Tenant-Id": tenant.id}
            spend = Spend(http, headers)
            missing = sorted(
                {(what, key, name) for what, key, name, sources in _named(http, headers)
                 if not spend.has(key, name, sources)}
            )  # fmt: skip
            assert not missing, (tenant.name, missing)
            # An alert about an inference stream, and a policy about a model of an application, name
            # a stream of the tenant's traffic: its source, application, team and model.
            params = {"limit": 500, **EVER}
            alerts = http.get("/v1/alert/alerts", params=params, headers=headers).json()["data"]
            streams = {
                tuple(a["scope"][k] for k in ("source", "application", "team", "model_id"))
                for a in alerts
                if a["scope"]["application"] and a["scope"]["source"] not in ("gpu_agent", None)
            }
            policies = http.get("/v1/enforcement/policies", headers=headers).json()["data"]
            streams |= {
                (None, app, None, model)
                for p in policies
                for app in p["scope"]["applications"]
                for model in p["scope"]["model_ids"]
            }
            assert streams, tenant.name
            unknown = sorted(
                str(stream)
                for stream in streams
                if not spend.events(
                    **dict(zip(("source", "application", "team", "model_id"), stream, strict=True))
                )
            )
            assert not unknown, (tenant.name, unknown)
