"""cost: recommendations (filters, accept, dismiss, expiry) and the savings ledger they feed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from mock_helpers import NIMBUS, amount, bearer
from tensorcost_mock import MockApp

pytestmark = pytest.mark.asyncio

RECS = "/v1/cost/recommendations"
LEDGER = "/v1/cost/savings-ledger"
GPU_IDLE_EXAMPLE = "rec_u8jzPde0IgxLd6"  # the spec's accept example: an idle GPU instance in Acme
ROUTING_EXAMPLE = "rec_CuNGMGmSrCGIZE"  # the spec's dismiss example


async def get(client: httpx.AsyncClient, app: MockApp, path: str, **params: Any) -> Any:
    r = await client.get(path, params=params, headers=bearer(app))
    assert r.status_code == 200, r.text
    return r.json()


async def test_open_recommendations_by_default_largest_savings_first(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    recs = (await get(client, app, RECS))["data"]
    assert {r["status"] for r in recs} == {"open"}
    savings = [amount(r["estimated_monthly_savings"]) for r in recs]
    assert savings == sorted(savings, reverse=True)
    assert {r["type"] for r in recs} == {
        "model_routing", "prompt_cache", "provisioned_throughput", "gpu_idle", "gpu_rightsize", "mig_repartition"
    }  # fmt: skip
    assert all(r["expires_at"] > "2026-11-26T12:00:00Z" for r in recs)
    assert {GPU_IDLE_EXAMPLE, ROUTING_EXAMPLE} <= {r["id"] for r in recs}


async def test_filters_by_type_and_status(client: httpx.AsyncClient, app: MockApp) -> None:
    idle = (await get(client, app, RECS, type="gpu_idle"))["data"]
    assert idle
    assert all(r["type"] == "gpu_idle" and r["status"] == "open" for r in idle)
    for status in ("accepted", "dismissed", "implemented", "expired"):
        recs = (await get(client, app, RECS, status=status))["data"]
        assert recs, status
        assert {r["status"] for r in recs} == {status}
        assert all(r["expires_at"] is None for r in recs if status != "expired")
    dismissed = (await get(client, app, RECS, status="dismissed"))["data"]
    assert all(r["dismissal"]["reason"] for r in dismissed)


async def test_gpu_recommendations_name_instances_of_the_fleet(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    fleet = {i["id"]: i for i in (await get(client, app, "/v1/gpu/instances", limit=500))["data"]}
    for kind in ("gpu_idle", "gpu_rightsize"):
        for rec in (await get(client, app, RECS, type=kind))["data"]:
            resource = rec["resources"][0]
            assert resource["kind"] == "gpu_instance"
            assert fleet[resource["id"]]["name"] == resource["name"]
            assert fleet[resource["id"]]["state"] == "running"


async def test_ai_recommendations_share_their_status(client: httpx.AsyncClient, app: MockApp) -> None:
    routing = (await get(client, app, "/v1/ai/recommenders/routing"))["data"]
    shared = next(r for r in routing if Decimal(r["estimated_monthly_savings"]["amount"]) > 0)
    mine = {r["id"]: r for r in (await get(client, app, RECS, type="model_routing"))["data"]}
    assert mine[shared["id"]]["estimated_monthly_savings"] == shared["estimated_monthly_savings"]
    r = await client.post(f"{RECS}/{shared['id']}/accept", headers=bearer(app))
    assert r.status_code == 200, r.text
    routing = (await get(client, app, "/v1/ai/recommenders/routing"))["data"]
    assert next(x for x in routing if x["id"] == shared["id"])["status"] == "accepted"


async def test_accept_records_a_projected_entry_and_queues_an_action(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    r = await client.post(
        f"{RECS}/{GPU_IDLE_EXAMPLE}/accept", json={"note": "Agreed in the FinOps review"}, headers=bearer(app)
    )
    assert r.status_code == 200, r.text
    rec, entry = r.json()["data"]["recommendation"], r.json()["data"]["ledger_entry"]
    assert rec["status"] == "accepted"
    assert rec["updated_at"] == "2026-11-26T12:00:00Z"
    assert rec["expires_at"] is None
    assert entry["status"] == "projected"
    assert entry["recommendation_id"] == GPU_IDLE_EXAMPLE
    assert entry["window"] == {"start": "2026-11-27T00:00:00Z", "end": "2026-12-27T00:00:00Z"}
    assert amount(entry["savings"]) == amount(entry["baseline_cost"]) - amount(entry["actual_cost"])
    monthly = amount(rec["estimated_monthly_savings"])
    assert amount(entry["savings"]) == (monthly * 30 * 12 / 365).quantize(Decimal("0.01"))
    # Later reads show it: the ledger, the lists by status, and the enforcement action queue.
    ledger = (await get(client, app, LEDGER, recommendation_id=GPU_IDLE_EXAMPLE))["data"]
    assert ledger == [entry]
    assert GPU_IDLE_EXAMPLE not in {x["id"] for x in (await get(client, app, RECS))["data"]}
    assert GPU_IDLE_EXAMPLE in {x["id"] for x in (await get(client, app, RECS, status="accepted"))["data"]}
    actions = (await get(client, app, "/v1/enforcement/actions", status="pending_approval"))["data"]
    action = next(a for a in actions if a["id"] == rec["action_id"])
    assert action["recommendation_id"] == GPU_IDLE_EXAMPLE
    assert action["type"] == "stop_instance"
    assert action["target"]["resource_id"] == rec["resources"][0]["id"]
    assert action["policy_id"] is None
    queued = [d for d in app.runtime.webhooks.deliveries if d.event_type == "enforcement.action_queued"]
    assert [d.body["data"]["id"] for d in queued] == [action["id"]]
    mirrored = queued[0].body["data"]  # the webhook carries the REST shape of the action
    for field in ("type", "status", "target", "reason", "requested_at", "expires_at", "recommendation_id"):
        assert mirrored[field] == action[field], field


async def test_accept_without_remediation_leaves_action_id_null(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    rec = (await get(client, app, RECS, type="mig_repartition"))["data"][0]
    before = (await get(client, app, "/v1/enforcement/actions", limit=500))["count"]
    r = await client.post(f"{RECS}/{rec['id']}/accept", headers=bearer(app))
    assert r.json()["data"]["recommendation"]["action_id"] is None
    assert (await get(client, app, "/v1/enforcement/actions", limit=500))["count"] == before


async def test_only_open_recommendations_change(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app)
    assert (await client.post(f"{RECS}/{GPU_IDLE_EXAMPLE}/accept", headers=headers)).status_code == 200
    for verb, body in (("accept", None), ("dismiss", {"reason": "other"})):
        r = await client.post(f"{RECS}/{GPU_IDLE_EXAMPLE}/{verb}", json=body, headers=headers)
        assert r.status_code == 409
        assert r.json()["code"] == "INVALID_STATE_TRANSITION"
    implemented = (await get(client, app, RECS, status="implemented"))["data"][0]
    r = await client.post(f"{RECS}/{implemented['id']}/accept", headers=headers)
    assert r.status_code == 409
    assert "implemented" in r.json()["error"]


async def test_dismiss_keeps_the_reason(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = bearer(app, "priya.shah@acme-ai.com")
    body = {"reason": "too_risky", "comment": "Haiku misroutes refund intents in our eval set."}
    r = await client.post(f"{RECS}/{ROUTING_EXAMPLE}/dismiss", json=body, headers=headers)
    assert r.status_code == 200, r.text
    rec = r.json()["data"]
    assert rec["status"] == "dismissed"
    assert rec["dismissal"] == {
        "reason": "too_risky",
        "comment": body["comment"],
        "dismissed_at": "2026-11-26T12:00:00Z",
        "dismissed_by": "priya.shah@acme-ai.com",
    }
    dismissed = (await get(client, app, RECS, status="dismissed"))["data"]
    assert next(x for x in dismissed if x["id"] == ROUTING_EXAMPLE) == rec
    assert (await get(client, app, LEDGER, recommendation_id=ROUTING_EXAMPLE))["data"] == []


async def test_dismiss_needs_a_reason_in_free_text(client: httpx.AsyncClient, app: MockApp) -> None:
    r = await client.post(f"{RECS}/{ROUTING_EXAMPLE}/dismiss", json={"comment": "no"}, headers=bearer(app))
    assert r.status_code == 400
    r = await client.post(f"{RECS}/{ROUTING_EXAMPLE}/dismiss", json={"reason": ""}, headers=bearer(app))
    assert r.status_code == 400
    reason = "Our eval set shows Haiku misroutes refund intents."
    r = await client.post(f"{RECS}/{ROUTING_EXAMPLE}/dismiss", json={"reason": reason}, headers=bearer(app))
    assert r.status_code == 200, r.text
    assert r.json()["data"]["dismissal"]["reason"] == reason


async def test_unknown_and_other_tenant_ids_are_404(client: httpx.AsyncClient, app: MockApp) -> None:
    nimbus = bearer(app, "hana.sato@nimbus-robotics.com", NIMBUS)
    r = await client.post(f"{RECS}/{GPU_IDLE_EXAMPLE}/accept", headers=nimbus)
    assert r.status_code == 404
    assert r.json()["code"] == "NOT_FOUND"
    r = await client.post(f"{RECS}/rec_0000000000000/dismiss", json={"reason": "other"}, headers=bearer(app))
    assert r.status_code == 404
    assert (await client.get(RECS, headers=bearer(app))).json()["data"][0]["status"] == "open"


async def test_viewer_cannot_decide(client: httpx.AsyncClient, app: MockApp) -> None:
    viewer = bearer(app, "sam.okafor@acme-ai.com")
    assert (await client.get(RECS, headers=viewer)).status_code == 200
    assert (await client.post(f"{RECS}/{GPU_IDLE_EXAMPLE}/accept", headers=viewer)).status_code == 403
    r = await client.post(f"{RECS}/{ROUTING_EXAMPLE}/dismiss", json={"reason": "other"}, headers=viewer)
    assert r.status_code == 403


async def test_accept_replays_with_the_same_idempotency_key(client: httpx.AsyncClient, app: MockApp) -> None:
    headers = {**bearer(app), "Idempotency-Key": "accept-gpu-idle-1"}
    first = await client.post(f"{RECS}/{GPU_IDLE_EXAMPLE}/accept", headers=headers)
    again = await client.post(f"{RECS}/{GPU_IDLE_EXAMPLE}/accept", headers=headers)
    assert first.status_code == again.status_code == 200
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert len((await get(client, app, LEDGER, recommendation_id=GPU_IDLE_EXAMPLE))["data"]) == 1


async def test_ledger_pages_to_the_end_newest_first(client: httpx.AsyncClient, app: MockApp) -> None:
    everything = (await get(client, app, LEDGER, limit=500))["data"]
    assert len(everything) > 8
    seen: list[dict] = []
    cursor = None
    while True:
        page = await get(client, app, LEDGER, limit=4, **({"cursor": cursor} if cursor else {}))
        assert page["count"] == len(page["data"]) <= 4
        seen += page["data"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == everything
    created = [e["created_at"] for e in seen]
    assert created == sorted(created, reverse=True)
    for e in seen:
        assert amount(e["savings"]) == amount(e["baseline_cost"]) - amount(e["actual_cost"])
    assert {e["status"] for e in seen} == {"projected", "realized", "reversed"}


async def test_realized_savings_are_measured_on_the_cost_records(
    client: httpx.AsyncClient, app: MockApp
) -> None:
    rec = next(
        r
        for r in (await get(client, app, RECS, status="implemented"))["data"]
        if r["type"] == "model_routing"
    )
    assert rec["id"] == "rec_GncfBAepfJBd0K"  # the spec example's ledger filter finds it
    entries = (await get(client, app, LEDGER, recommendation_id=rec["id"], status="realized"))["data"]
    assert entries
    application = rec["resources"][0]["id"]
    for e in entries:
        by_app = await get(client, app, "/v1/cost/by-tag", group_by="application", **e["window"])
        spent = next(i for i in by_app["data"]["items"] if i["value"] == application)
        # Its only stream is on one source, so the measured actual cost is the application's cost.
        assert amount(e["actual_cost"]) == amount(spent["effective_cost"])


async def test_ledger_filters(client: httpx.AsyncClient, app: MockApp) -> None:
    realized = (await get(client, app, LEDGER, status="realized", limit=500))["data"]
    assert realized
    assert {e["status"] for e in realized} == {"realized"}
    october = (await get(client, app, LEDGER, start="2026-10-01T00:00:00Z", end="2026-11-01T00:00:00Z"))[
        "data"
    ]
    assert october
    for e in october:
        assert e["window"]["start"] < "2026-11-01T00:00:00Z"
        assert e["window"]["end"] > "2026-10-01T00:00:00Z"
    everything = (await get(client, app, LEDGER, limit=500))["data"]
    assert len(october) < len(everything)
    r = await client.get(
        LEDGER, params={"start": "2026-11-02T00:00:00Z", "end": "2026-11-01T00:00:00Z"}, headers=bearer(app)
    )
    assert r.status_code == 400


async def test_open_recommendations_expire_on_the_clock(client: httpx.AsyncClient, app: MockApp) -> None:
    assert (await get(client, app, RECS))["count"] > 0
    await client.post("/_mock/clock", json={"advance_seconds": 31 * 86400})
    assert (await get(client, app, RECS))["data"] == []
    expired = (await get(client, app, RECS, status="expired"))["data"]
    assert GPU_IDLE_EXAMPLE in {r["id"] for r in expired}
    r = await client.post(f"{RECS}/{GPU_IDLE_EXAMPLE}/accept", headers=bearer(app))
    assert r.status_code == 409


async def test_recommendations_page_with_a_cursor(client: httpx.AsyncClient, app: MockApp) -> None:
    everything = await get(client, app, RECS, status="open", limit=500)
    assert everything["next_cursor"] is None
    assert len(everything["data"]) > 3
    first = await get(client, app, RECS, status="open", limit=3)
    assert (first["count"], first["data"]) == (3, everything["data"][:3])
    rest = await get(client, app, RECS, status="open", limit=500, cursor=first["next_cursor"])
    assert first["data"] + rest["data"] == everything["data"]
    assert rest["next_cursor"] is None
