"""The seeded world adds up, before and after random clock moves and writes (Hypothesis stateful).

Invariants checked after every step, in both seeded tenants:

- cost totals agree for any window: summary = sum of by-source = sum of by-tag (every group,
  ``__unallocated__`` included) = sum of the summary's by-workload amounts;
- every savings-ledger entry names a recommendation of the same tenant;
- tenants share nothing: no recommendation or ledger id of one tenant appears in the other.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from mock_helpers import ACME, NIMBUS, NOW, bearer, make_app

STATUSES = ("open", "accepted", "dismissed", "implemented")


def _amount(money: dict[str, str]) -> Decimal:
    return Decimal(money["amount"])


def _iso(delta_hours: int) -> str:
    return (NOW - timedelta(hours=delta_hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


class World(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.app = make_app()
        self.loop = asyncio.new_event_loop()
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://mock")
        self.headers = {tenant: bearer(self.app, "ana.ruiz@acme-ai.com", tenant) for tenant in (ACME, NIMBUS)}
        self.windows: list[dict[str, str]] = [{}]  # {}: the default window (the month so far)

    def teardown(self) -> None:
        self.loop.run_until_complete(self.client.aclose())
        self.loop.close()

    def get(self, tenant: str, path: str, **params: Any) -> Any:
        r = self.loop.run_until_complete(self.client.get(path, params=params, headers=self.headers[tenant]))
        assert r.status_code == 200, r.text
        return r.json()["data"]

    def post(self, path: str, json: Any = None, **kwargs: Any) -> httpx.Response:
        return self.loop.run_until_complete(self.client.post(path, json=json, **kwargs))

    def recommendations(self, tenant: str) -> list[dict[str, Any]]:
        return [
            rec for status in STATUSES for rec in self.get(tenant, "/v1/cost/recommendations", status=status)
        ]

    # -- writes and clock moves -------------------------------------------------------------------

    @rule(seconds=st.integers(min_value=0, max_value=20 * 86400))
    def move_clock(self, seconds: int) -> None:
        r = self.post("/_mock/clock", {"advance_seconds": seconds})
        assert r.status_code == 200
        # A later clock refreshes the tokens' expiry too.
        self.headers = {tenant: bearer(self.app, "ana.ruiz@acme-ai.com", tenant) for tenant in (ACME, NIMBUS)}

    @rule(
        ends_hours_ago=st.integers(min_value=0, max_value=24 * 60),
        hours=st.integers(min_value=1, max_value=24 * 45),
    )
    def pick_window(self, ends_hours_ago: int, hours: int) -> None:
        self.windows.append({"start": _iso(ends_hours_ago + hours), "end": _iso(ends_hours_ago)})

    @rule(data=st.data(), tenant=st.sampled_from((ACME, NIMBUS)))
    def accept_a_recommendation(self, data: st.DataObject, tenant: str) -> None:
        open_recs = self.get(tenant, "/v1/cost/recommendations", status="open")
        if not open_recs:
            return
        rec = data.draw(st.sampled_from(open_recs))
        r = self.post(f"/v1/cost/recommendations/{rec['id']}/accept", {}, headers=self.headers[tenant])
        assert r.status_code == 200, r.text

    # -- invariants ---------------------------------------------------------------------------------

    @invariant()
    def totals_agree(self) -> None:
        for tenant in (ACME, NIMBUS):
            for window in self.windows[-3:]:
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
    def ledger_entries_name_their_recommendation(self) -> None:
        for tenant in (ACME, NIMBUS):
            ids = {rec["id"] for rec in self.recommendations(tenant)}
            for entry in self.get(tenant, "/v1/cost/savings-ledger"):
                assert entry["recommendation_id"] in ids, entry

    @invariant()
    def tenants_share_nothing(self) -> None:
        acme = {rec["id"] for rec in self.recommendations(ACME)}
        acme |= {e["id"] for e in self.get(ACME, "/v1/cost/savings-ledger")}
        nimbus = {rec["id"] for rec in self.recommendations(NIMBUS)}
        nimbus |= {e["id"] for e in self.get(NIMBUS, "/v1/cost/savings-ledger")}
        assert not acme & nimbus

    @invariant()
    def no_contract_violation(self) -> None:
        assert self.app.violations == []


World.TestCase.settings = settings(max_examples=8, stateful_step_count=6, deadline=None)
TestWorld = World.TestCase
