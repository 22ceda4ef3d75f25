"""ai: managed-inference spend events and everything computed from them.

The seeder generates ~35 days of inference events per tenant from a table of traffic streams
(one per source, model and application): request-level events (``requests: 1``, with latency and
trace id) for instrumented apps and agents, and aggregated usage records (``requests > 1``,
``latency_ms: null``, dated at their bucket's start) for high-volume API keys. Anomalies are
bursts of extra events in a window; their observed and baseline costs and signals are then
measured on the events, and so are the routing, prompt-cache and provisioned-throughput
recommendations (over the 30 days before the recommender's last daily run).

Collections (records in the API's shape, JSON-ready):

- ``ai_events``: ``AiInferenceEvent`` records, newest first.
- ``ai_anomalies``: ``AiAnomaly`` records, newest first.
- ``ai_recommendations``: routing, prompt-cache and provisioned-throughput recommendations. They
  "also appear in cost_list_recommendations": a record with the same id in the ``recommendations``
  collection (accepted or dismissed there) lends them its ``status``.

``store.singletons["ai_index"]``: an :class:`Index` of the events oldest first as :class:`Ev` (time,
span of an aggregated record, exact cost split into prompt and output side in integer units of
1e-7 USD), which every aggregate sums. Integer units keep sub-cent event costs exact, so every
breakdown adds up to the total to the last digit; amounts are rendered without trailing zeros.
List filters and windows go by ``occurred_at``; anomaly windows count an aggregated record pro rata
of its overlap.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from tensorcost_mock.errors import not_found
from tensorcost_mock.fixtures import ACME, WORLD, Tenant, seeder
from tensorcost_mock.handlers import HandlerContext, Reply, handler, overlaps_query_window, query_window
from tensorcost_mock.state import Record, TenantStore, iso_at, money, random_id

DAYS = 35
UNALLOCATED = "__unallocated__"
#: Costs are kept as integers in units of 1e-7 USD, so that sums are exact.
UNIT = Decimal("0.0000001")

# -- prices ---------------------------------------------------------------------------------------

#: The prices of the world's models (``world/models.toml``) in nano-USD per token: (input, output,
#: cache read, 5-minute cache write, 1-hour cache write). Integers: every list price is a multiple
#: of 0.001 USD per 1M tokens.
_NANO = {
    m.id: tuple(int(p * 1000) for p in (m.input, m.output, m.cache_read, m.cache_write_5m, m.cache_write_1h))
    for m in WORLD.models.values()
}

#: model -> (cheaper model for routing, quality delta of the offline replay)
CHEAPER = {
    "us.anthropic.claude-sonnet-4-5-20250929-v1:0": ("us.anthropic.claude-haiku-4-5-20251001-v1:0", -0.012),
    "claude-sonnet-4-5-20250929": ("claude-haiku-4-5-20251001", -0.014),
    "claude-opus-4-1-20250805": ("claude-sonnet-4-5-20250929", -0.006),
    "gpt-5-2025-08-07": ("gpt-5-mini-2025-08-07", -0.018),
    "gpt-4.1-2025-04-14": ("gpt-4.1-mini-2025-04-14", -0.016),
    "gpt-4o-2024-11-20": ("gpt-4o-mini-2024-07-18", -0.021),
    "gemini-2.5-pro": ("gemini-2.5-flash", -0.015),
    "amazon.nova-pro-v1:0": ("amazon.nova-lite-v1:0", -0.024),
}
#: model -> (unit, tokens per minute one unit serves, USD per unit-month at a one-month commitment)
PROVISIONED = {
    "gpt-4o-2024-11-20": ("azure_ptu", 3200, 260),
    "gpt-4o-mini-2024-07-18": ("azure_ptu", 37000, 260),
    "gpt-4.1-2025-04-14": ("azure_ptu", 3000, 260),
    "us.anthropic.claude-sonnet-4-5-20250929-v1:0": ("bedrock_model_unit", 90000, 28800),
    "us.anthropic.claude-haiku-4-5-20251001-v1:0": ("bedrock_model_unit", 200000, 17280),
    "amazon.nova-pro-v1:0": ("bedrock_model_unit", 540000, 14400),
    "amazon.nova-lite-v1:0": ("bedrock_model_unit", 1500000, 7200),
}

# -- traffic --------------------------------------------------------------------------------------

#: relative traffic by UTC hour: office (US working hours), flat, night (batch jobs)
HOURS = {
    "office": (0.35, 0.3, 0.2, 0.12, 0.08, 0.06, 0.06, 0.08, 0.12, 0.2, 0.3, 0.45,
               0.65, 0.85, 1.0, 1.0, 1.0, 0.95, 0.95, 0.9, 0.8, 0.65, 0.5, 0.4),
    "flat": (0.7, 0.65, 0.6, 0.6, 0.6, 0.65, 0.7, 0.8, 0.9, 0.95, 1.0, 1.0,
             1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7),
    "night": (0.2, 1.0, 1.0, 1.0, 1.0, 0.6, 0.05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.05),
}  # fmt: skip
WEEKEND = {"office": 0.35, "flat": 0.85, "night": 1.0}
_CUM = {k: tuple(sum(v[: i + 1]) for i in range(24)) for k, v in HOURS.items()}


@dataclass(frozen=True)
class Stream:
    """One traffic stream. Token ranges are per request: (low, high)."""

    source: str
    model: str
    region: str | None
    application: str | None
    team: str | None
    environment: str | None
    owner: str | None
    agent: str | None
    workflow: str | None
    rate: float  # request-level: events per weekday; aggregated: requests per hour at peak
    bucket_hours: int  # 0: one event per request; else one aggregated record per bucket
    hours: str  # office | flat | night
    inp: tuple[int, int]
    out: tuple[int, int]
    cache_read: tuple[int, int] = (0, 0)
    cache_write: tuple[int, int] = (0, 0)
    write_share: float = 0.0  # request-level: share of requests that write the cache
    ttl: str | None = None  # prompt-cache TTL the app uses (Anthropic models)
    prefix: int = 0  # stable prompt prefix the recommender found (tokens)
    reuse: float = 0.0  # expected cache reads per write at the recommended TTL
    active: float = 1.0  # share of days with traffic (bursty batch jobs)


def _s(source: str, model: str, region: str | None, tags: str, rate: float, bucket: int, hours: str,
       inp: tuple[int, int], out: tuple[int, int], **kw: Any) -> Stream:  # fmt: skip
    """A stream from ``"application/team/environment/owner/agent/workflow"`` ('-' for none)."""
    app, team, env, owner, agent, workflow = (None if v == "-" else v for v in tags.split("/"))
    return Stream(
        source, model, region, app, team, env, owner, agent, workflow, rate, bucket, hours, inp, out, **kw
    )


SONNET_BR = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
HAIKU_BR = "us.anthropic.claude-haiku-4-5-20251001-v1:0"

ACME_STREAMS = (
    _s("bedrock", SONNET_BR, "us-east-1", "support-copilot/customer-experience/prod/li.wei/agt_4Tq8Nz2Lc6Vb/-",
       260, 2, "office", (1200, 2600), (150, 900), cache_read=(9000, 14000), cache_write=(1000, 1800), ttl="5m"),
    _s("bedrock", HAIKU_BR, "us-east-1", "support-copilot/customer-experience/prod/li.wei/agt_4Tq8Nz2Lc6Vb/-",
       12, 0, "office", (600, 1400), (40, 220), cache_read=(5000, 7000), cache_write=(6000, 6400),
       write_share=0.1, ttl="5m"),
    _s("bedrock", SONNET_BR, "us-east-1", "contract-extractor/legal-ops/prod/priya.shah/-/wf_9Pd2Kx7Vm4Qe",
       9, 0, "office", (800, 2000), (600, 1800), cache_read=(22400, 22400), cache_write=(22400, 22400),
       write_share=0.62, ttl="5m", prefix=22400, reuse=6.3),
    _s("anthropic_api", "claude-sonnet-4-5-20250929", None,
       "code-review-bot/developer-productivity/prod/marco.bianchi/agt_7Hc3Ws9Qm2Lp/-",
       15, 0, "office", (24000, 42000), (700, 2800), prefix=18000, reuse=3.4),
    _s("anthropic_api", "claude-haiku-4-5-20251001", None,
       "code-review-bot/developer-productivity/prod/marco.bianchi/agt_7Hc3Ws9Qm2Lp/-",
       7, 0, "office", (3000, 9000), (100, 600)),
    _s("openai_api", "gpt-4.1-mini-2025-04-14", None, "search-summarizer/ml-platform/prod/-/-/wf_6Gm3Rk9Tx2Hs",
       10, 0, "night", (1800, 3600), (180, 520), cache_read=(1024, 2048)),
    _s("anthropic_api", "claude-sonnet-4-5-20250929", None,
       "search-summarizer/ml-platform/prod/-/-/wf_6Gm3Rk9Tx2Hs",
       4, 0, "night", (3000, 8000), (400, 1200), cache_read=(12000, 12000), cache_write=(12000, 12000),
       write_share=0.3, ttl="1h"),
    _s("openai_api", "gpt-5-2025-08-07", None, "ops-triage-agent/sre/prod/li.wei/agt_2Rf8Tn5Yb1Kc/-",
       6, 0, "flat", (3000, 12000), (150, 2500), cache_read=(2048, 8192)),
    _s("gpu_agent", "Qwen/Qwen2.5-72B-Instruct", "us-west-2", "internal-chat/ml-platform/prod/-/-/-",
       6, 0, "office", (400, 3000), (120, 900)),
    _s("azure_openai", "gpt-4o-2024-11-20", "eastus2", "contract-extractor/legal-ops/prod/priya.shah/-/-",
       750, 2, "office", (4500, 7500), (500, 900), cache_read=(1500, 3500)),
    _s("azure_openai", "gpt-4o-mini-2024-07-18", "eastus2", "doc-classifier/legal-ops/prod/-/-/-",
       900, 4, "office", (1200, 2000), (20, 60), cache_read=(0, 512)),
    _s("vertex", "gemini-2.5-flash", "us-central1", "search-rerank/search/staging/marco.bianchi/-/-",
       1500, 4, "flat", (800, 1600), (30, 120), cache_read=(0, 400)),
    _s("vertex", "gemini-2.5-pro", "us-central1", "sales-assistant/revenue/prod/ana.ruiz/-/-",
       160, 4, "office", (3000, 6000), (600, 1500), cache_read=(1000, 2000)),
    _s("openai_api", "text-embedding-3-small", None, "-/-/-/-/-/-", 5000, 4, "flat", (300, 700), (0, 0)),
    _s("openai_api", "gpt-4.1-mini-2025-04-14", None, "-/-/prod/-/-/-",
       400, 4, "office", (1500, 3000), (150, 400), cache_read=(0, 1024)),
    _s("bedrock", "amazon.nova-pro-v1:0", "us-east-1", "catalog-enrichment/search/prod/-/-/-",
       700, 4, "night", (1500, 2500), (300, 600), active=0.35),
    _s("gpu_agent", "meta-llama/Llama-3.1-8B-Instruct", "us-west-2",
       "ticket-router/customer-experience/prod/-/-/-", 2000, 4, "office", (400, 900), (5, 40)),
)  # fmt: skip

NIMBUS_STREAMS = (
    _s("anthropic_api", "claude-opus-4-1-20250805", None, "robot-log-triage/autonomy/prod/hana.sato/agt_5Lx9Qa2Wn7Jd/-",
       10, 0, "flat", (8000, 30000), (800, 3000), cache_read=(20000, 40000), cache_write=(20000, 24000),
       write_share=0.15, ttl="1h"),
    _s("anthropic_api", "claude-sonnet-4-5-20250929", None, "sim-scenario-gen/simulation/dev/-/-/wf_3Tk8Bd5Rh1Zm",
       14, 0, "night", (11000, 14000), (1500, 4000), prefix=9000, reuse=2.1),
    _s("bedrock", HAIKU_BR, "us-west-2", "fleet-ops-assistant/field-ops/prod/-/agt_8Vm3Kc6Ty4Ps/-",
       20, 0, "office", (700, 1500), (60, 300), cache_read=(4000, 6000), cache_write=(5000, 5200),
       write_share=0.08, ttl="5m"),
    _s("openai_api", "gpt-4.1-2025-04-14", None, "maintenance-rag/field-ops/prod/diego.alvarez/-/wf_7Qs2Mv9Lc4Hx",
       12, 0, "office", (3000, 9000), (120, 900), cache_read=(0, 4096)),
    _s("openai_api", "gpt-4.1-nano-2025-04-14", None, "log-labeler/platform/prod/-/-/-",
       10, 0, "flat", (500, 2000), (10, 60)),
    _s("vertex", "gemini-2.5-pro", "us-central1", "vision-qa/perception/prod/-/-/-",
       8, 0, "office", (2500, 7000), (300, 1200), cache_read=(0, 2048)),
    _s("gpu_agent", "Qwen/Qwen2.5-VL-7B-Instruct", "us-central1", "auto-labeler/perception/prod/-/-/-",
       12, 0, "flat", (1200, 2000), (30, 120)),
    _s("bedrock", SONNET_BR, "us-west-2", "fleet-ops-assistant/field-ops/prod/-/agt_8Vm3Kc6Ty4Ps/-",
       300, 2, "office", (1500, 3000), (200, 800), cache_read=(6000, 9000), cache_write=(600, 1200), ttl="5m"),
    _s("bedrock", "amazon.nova-lite-v1:0", "us-west-2", "telemetry-summarizer/platform/prod/-/-/-",
       3000, 4, "flat", (1500, 3000), (80, 200)),
    _s("azure_openai", "gpt-4.1-2025-04-14", "eastus", "incident-reports/field-ops/prod/diego.alvarez/-/-",
       500, 2, "office", (3500, 6500), (400, 900), cache_read=(1000, 3000)),
    _s("azure_openai", "gpt-4o-mini-2024-07-18", "eastus", "-/platform/prod/-/-/-",
       1200, 4, "flat", (800, 1600), (40, 160)),
    _s("vertex", "gemini-2.5-flash", "us-central1", "auto-labeler/perception/prod/-/-/-",
       4000, 4, "flat", (1000, 1800), (20, 80), cache_read=(0, 300)),
    _s("vertex", "gemini-2.0-flash-001", "europe-west4", "sim-scenario-gen/simulation/dev/-/-/wf_3Tk8Bd5Rh1Zm",
       600, 4, "night", (2000, 4000), (400, 1200)),
    _s("openai_api", "text-embedding-3-small", None, "maintenance-rag/field-ops/prod/-/-/wf_7Qs2Mv9Lc4Hx",
       3000, 4, "flat", (300, 800), (0, 0)),
    _s("gpu_agent", "meta-llama/Llama-3.1-8B-Instruct", "us-west-2", "fleet-ops-assistant/field-ops/prod/-/-/-",
       2500, 4, "flat", (300, 800), (20, 90)),
    _s("anthropic_api", "claude-haiku-4-5-20251001", None, "-/autonomy/-/-/-/-",
       300, 4, "office", (1000, 2500), (100, 400)),
)  # fmt: skip


@dataclass(frozen=True)
class AnomalySpec:
    """A burst of extra traffic on one stream; the anomaly's numbers are then measured on the events."""

    id: str
    type: str
    severity: str
    stream: int  # index in the tenant's streams: the scope is its attribution
    scope: str  # scope fields that are set, e.g. "source model_id application team agent_id"
    hours_ago: float  # window start, before the seed's now
    minutes: int
    rpm: float  # extra requests per minute in the window
    token_mult: float
    throttle: float  # share of the burst's requests that were throttled
    error: float  # share that failed
    repeat: float | None  # repeat-prompt ratio (from prompt hashes, which events do not carry)
    title: str
    ack_after: int | None = None  # minutes after detection
    resolve_after: int | None = None


_FULL = "source model_id application team agent_id"
ACME_ANOMALIES = (
    AnomalySpec("anm_7Rc2Lx9Wq4Bn", "runaway_loop", "critical", 0, _FULL, 9.33, 35, 205, 1.0, 0.03, 0.01, 0.94,
                "Agent agt_4Tq8Nz2Lc6Vb repeating the same tool call"),
    AnomalySpec("anm_1Kb6Zp3Hy8Ds", "retry_storm", "warning", 5, "source model_id application team workflow_id",
                178.2, 15, 1260, 1.0, 0.38, 0.41, 0.71,
                "Throttling retries on gpt-4.1-mini from search-summarizer", ack_after=5, resolve_after=26),
    AnomalySpec("anm_4Gd8Ns2Kq6Wt", "cost_spike", "error", 9, "source model_id application team", 75.0, 360, 30,
                2.6, 0.0, 0.0, 0.08, "Azure OpenAI gpt-4o spend from contract-extractor 4x its baseline",
                ack_after=42),
    AnomalySpec("anm_9Vx3Hp7Lc2Rm", "cost_spike", "warning", 12, "source model_id application", 290.0, 240, 14,
                1.8, 0.0, 0.0, None, "Gemini 2.5 Pro spend from sales-assistant doubled", ack_after=18,
                resolve_after=205),
    AnomalySpec("anm_3Qw6Jt1Zb8Nk", "runaway_loop", "error", 7, "source model_id application team agent_id",
                458.5, 50, 38, 1.4, 0.0, 0.02, 0.88, "Agent agt_2Rf8Tn5Yb1Kc looping on a failed runbook step",
                ack_after=9, resolve_after=61),
    AnomalySpec("anm_6Mf2Wd9Ys4Lh", "retry_storm", "info", 1, "source model_id agent_id", 3.1, 20, 90, 1.0, 0.62,
                0.04, 0.55, "Bedrock throttling retries on Claude Haiku 4.5 from agt_4Tq8Nz2Lc6Vb"),
    AnomalySpec("anm_8Tb5Kr3Pv7Qx", "cost_spike", "critical", 3, "source model_id application team agent_id",
                626.0, 240, 4.5, 1.6, 0.0, 0.01, 0.21, "code-review-bot reviewed the whole monorepo on Sonnet 4.5",
                ack_after=12, resolve_after=250),
    AnomalySpec("anm_2Hn7Cx4Wg9Ds", "cost_spike", "info", 11, "source model_id application", 122.0, 120, 260, 1.0,
                0.0, 0.0, None, "Load test on search-rerank tripled Gemini 2.5 Flash requests in staging",
                ack_after=30),
)  # fmt: skip
NIMBUS_ANOMALIES = (
    AnomalySpec("anm_5Rk8Wq2Nc7Jv", "runaway_loop", "critical", 0, _FULL, 5.6, 40, 46, 1.0, 0.01, 0.02, 0.91,
                "Agent agt_5Lx9Qa2Wn7Jd re-reading the same robot log on Opus 4.1"),
    AnomalySpec("anm_7Ls3Dh9Xt2Bq", "retry_storm", "error", 7, "source model_id application team agent_id",
                100.4, 25, 520, 1.0, 0.47, 0.12, 0.66, "Bedrock throttling storm on fleet-ops-assistant",
                ack_after=4, resolve_after=38),
    AnomalySpec("anm_1Pz6Mv4Kc8Hr", "cost_spike", "warning", 11, "source model_id application team", 202.0, 480,
                55, 1.3, 0.0, 0.0, None, "Auto-labeler backfill on Gemini 2.5 Flash", ack_after=20,
                resolve_after=470),
    AnomalySpec("anm_9Qy2Fb5Tn3Wc", "cost_spike", "error", 1, "source model_id application team workflow_id",
                30.0, 180, 3, 1.5, 0.0, 0.0, 0.35, "sim-scenario-gen nightly run on Sonnet 4.5 tripled",
                ack_after=55),
    AnomalySpec("anm_4Jw7Gs1Lx6Pd", "runaway_loop", "warning", 3, "source model_id application workflow_id", 392.0,
                30, 22, 1.2, 0.0, 0.05, 0.83, "maintenance-rag workflow re-asking the same question on gpt-4.1",
                ack_after=7, resolve_after=33),
    AnomalySpec("anm_8Cv4Ht6Zr1Ym", "cost_spike", "info", 9, "source model_id application", 560.0, 240, 160, 1.0,
                0.0, 0.0, None, "incident-reports quarterly export on Azure gpt-4.1", ack_after=45, resolve_after=300),
)  # fmt: skip

# -- events ---------------------------------------------------------------------------------------


class Ev(NamedTuple):
    """An event as the aggregates see it: its time, record and exact cost (units of 1e-7 USD)."""

    ts: int
    span: int  # seconds an aggregated record covers from ``ts`` (0 for one request)
    rec: Record
    in_cost: int  # uncached input + cache writes + cache reads
    out_cost: int


def usd(units: int) -> str:
    """An exact amount string from units of 1e-7 USD: ``"0.01842"``, ``"12.50"``, ``"-3.00"``."""
    sign, units = ("-", -units) if units < 0 else ("", units)
    frac = f"{units % 10_000_000:07d}".rstrip("0").ljust(2, "0")
    return f"{sign}{units // 10_000_000}.{frac}"


def _money(units: int) -> dict[str, str]:
    return {"amount": usd(units), "currency": "USD"}


def _cents(units: int) -> Decimal:
    return (Decimal(units) * UNIT).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _cost(model: str, ttl: str | None, inp: int, cr: int, cw: int, out: int) -> tuple[int, int]:
    """(prompt-side, output-side) cost in units of 1e-7 USD, each rounded half up."""
    p_in, p_out, p_cr, p_cw5, p_cw1 = _NANO[model]
    prompt = inp * p_in + cr * p_cr + cw * (p_cw1 if ttl == "1h" else p_cw5)
    return (prompt + 50) // 100, (out * p_out + 50) // 100


def _between(rng: random.Random, bounds: tuple[int, int]) -> int:
    """A uniform integer in [low, high] (cheaper than ``randint``)."""
    return bounds[0] + int(rng.random() * (bounds[1] - bounds[0] + 1))


def _usage_id(rng: random.Random, ts: int) -> str:
    """The id of an aggregated usage record: its bucket start and a random suffix."""
    stamp = iso_at(ts)
    return f"usage-{stamp[:4]}{stamp[5:7]}{stamp[8:10]}T{stamp[11:13]}{stamp[14:16]}Z-{_hex(rng, 24)}"


def _hex(rng: random.Random, bits: int) -> str:
    return f"{rng.getrandbits(bits):0{bits // 4}x}"


def _request_id(rng: random.Random, source: str) -> str:
    if source == "bedrock":
        h = _hex(rng, 128)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
    if source == "anthropic_api":
        return random_id(rng, "msg_01", 22)
    if source in ("openai_api", "azure_openai"):
        return random_id(rng, "chatcmpl-", 24)
    if source == "vertex":
        return random_id(rng, "", 23)
    return "cmpl-" + _hex(rng, 128)


class _Builder:
    """Appends events of one tenant."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.events: list[Ev] = []

    def add(
        self, s: Stream, ts: int, requests: int, tokens: tuple[int, int, int, int], status: str,
        latency: int | None, attribution: dict[str, Any], request_id: str, span: int = 0,
    ) -> None:  # fmt: skip
        inp, cr, cw, out = tokens
        in_cost, out_cost = _cost(s.model, s.ttl, inp, cr, cw, out)
        record = {
            "id": random_id(self.rng, "evt_"),
            "source": s.source,
            "occurred_at": iso_at(ts),
            "request_id": request_id,
            "model_id": s.model,
            "region": s.region,
            "usage": {
                "input_tokens": inp,
                "cache_read_input_tokens": cr,
                "cache_write_input_tokens": cw,
                "output_tokens": out,
            },
            "requests": requests,
            "latency_ms": latency,
            "cost": _money(in_cost + out_cost),
            "status": status,
            "attribution": attribution,
        }
        self.events.append(Ev(ts, span, record, in_cost, out_cost))


def _attribution(s: Stream, trace_id: str | None) -> dict[str, Any]:
    return {
        "application": s.application,
        "team": s.team,
        "environment": s.environment,
        "owner": s.owner,
        "agent_id": s.agent,
        "workflow_id": s.workflow,
        "trace_id": trace_id,
    }


def _growth(day: int) -> float:
    """Traffic grows 20 % over the seeded history; before it, it shrinks the same way (to a floor)."""
    return max(1 + 0.2 * day / DAYS, 0.2)


def _requests_day(b: _Builder, s: Stream, start: int, day: int, until: int) -> None:
    """One day of a request-level stream from ``start`` (a midnight): the requests before ``until``."""
    rng = b.rng
    ms_per_token = WORLD.models[s.model].ms_per_output_token
    instrumented = s.agent is not None or s.workflow is not None
    cum = _CUM[s.hours]
    weekend = (start // 86400 + 3) % 7 >= 5
    if rng.random() >= s.active:
        return
    mean = s.rate * (WEEKEND[s.hours] if weekend else 1.0) * _growth(day)
    for _ in range(int(mean * rng.uniform(0.75, 1.25) + rng.random())):
        hour = bisect.bisect(cum, rng.random() * cum[-1])
        ts = start + hour * 3600 + int(rng.random() * 3600)
        if ts >= until:
            continue
        roll = rng.random()
        status = "throttled" if roll < 0.01 else "error" if roll < 0.022 else "success"
        if status == "throttled":
            tokens, latency = (0, 0, 0, 0), _between(rng, (60, 400))
        else:
            inp = _between(rng, s.inp)
            cw = _between(rng, s.cache_write) if rng.random() < s.write_share else 0
            cr = 0 if cw else _between(rng, s.cache_read)
            out = _between(rng, s.out) if status == "success" else _between(rng, (0, s.out[0]))
            tokens = (inp, cr, cw, out)
            latency = 250 + out * ms_per_token + (inp + cr + cw) // 40 + _between(rng, (0, 400))
        trace = _hex(rng, 128) if instrumented else None
        b.add(s, ts, 1, tokens, status, latency, _attribution(s, trace), _request_id(rng, s.source))


def _aggregates_day(b: _Builder, s: Stream, start: int, day: int, until: int) -> None:
    """One day of an aggregated stream from ``start``: the buckets that close by ``until``."""
    rng = b.rng
    weights = HOURS[s.hours]
    attribution = _attribution(s, None)
    weekend = (start // 86400 + 3) % 7 >= 5
    if rng.random() >= s.active:
        return
    scale = s.rate * (WEEKEND[s.hours] if weekend else 1.0) * _growth(day)
    for hour in range(0, 24, s.bucket_hours):
        ts = start + hour * 3600
        if ts + s.bucket_hours * 3600 > until:
            break
        weight = sum(weights[hour : hour + s.bucket_hours])
        requests = round(scale * weight * rng.uniform(0.85, 1.15))
        if requests < 1:
            continue
        tokens = (
            round(requests * rng.uniform(*s.inp)),
            round(requests * rng.uniform(*s.cache_read)),
            round(requests * rng.uniform(*s.cache_write)),
            round(requests * rng.uniform(*s.out)),
        )
        b.add(
            s, ts, requests, tokens, "success", None, attribution, _usage_id(rng, ts), s.bucket_hours * 3600
        )


def _gen_stream(b: _Builder, s: Stream, day0: int, epoch: int) -> None:
    """The seeded history of one stream: days ``day0`` .. the day of ``epoch``, up to ``epoch``."""
    gen = _aggregates_day if s.bucket_hours else _requests_day
    for day in range(DAYS + 1):
        gen(b, s, day0 + day * 86400, day, epoch)


def _gen_burst(b: _Builder, s: Stream, a: AnomalySpec, start: int) -> None:
    """The anomaly's extra traffic: one aggregated record per step and status."""
    rng = b.rng
    step = max(1, math.ceil(a.minutes / 12))
    attribution = _attribution(s, None)
    mid = [(lo + hi) / 2 * a.token_mult for lo, hi in (s.inp, s.cache_read, s.cache_write, s.out)]
    if s.bucket_hours == 0:  # request-level streams: spread the cache writes over the requests
        mid[2] *= s.write_share
        mid[1] *= 1 - s.write_share
    for minute in range(0, a.minutes, step):
        length = min(step, a.minutes - minute)
        total = max(3, round(a.rpm * length * rng.uniform(0.9, 1.1)))
        throttled = round(total * a.throttle)
        failed = round(total * a.error)
        ts = start + minute * 60
        ok = total - throttled - failed
        tokens = (round(ok * mid[0]), round(ok * mid[1]), round(ok * mid[2]), round(ok * mid[3]))
        if ok > 0:
            b.add(s, ts, ok, tokens, "success", None, attribution, _usage_id(rng, ts), length * 60)
        for status, n in (("throttled", throttled), ("error", failed)):
            if n:
                b.add(s, ts, n, (0, 0, 0, 0), status, None, attribution, _usage_id(rng, ts), length * 60)


# -- seeding --------------------------------------------------------------------------------------


@seeder("ai")
def seed_ai(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    epoch = int(now.timestamp())
    day0 = (epoch // 86400 - DAYS) * 86400
    acme = tenant.id == ACME.id
    streams = ACME_STREAMS if acme else NIMBUS_STREAMS
    b = _Builder(rng)
    for s in streams:
        _gen_stream(b, s, day0, epoch)
    windows = []
    for a in ACME_ANOMALIES if acme else NIMBUS_ANOMALIES:
        start = (epoch - int(a.hours_ago * 3600)) // 60 * 60
        _gen_burst(b, streams[a.stream], a, start)
        windows.append((a, start))
    b.events.sort(key=lambda e: e.ts)
    index = Index(b.events, streams, rng.getrandbits(64), epoch, day0)
    store.singletons["ai_index"] = index
    store.singletons["spend_feed"] = index  # what the cost records are made of
    events = store.collection("ai_events", kind="inference event")
    for e in reversed(b.events):
        events.add(e.rec)
    anomalies = store.collection("ai_anomalies", kind="AI anomaly")
    for a, start in sorted(windows, key=lambda w: -w[1]):
        anomalies.add(_measure_anomaly(index, streams[a.stream], a, start))
    recs = store.collection("ai_recommendations", kind="AI recommendation")
    run = (epoch - 6 * 3600) // 86400 * 86400 + 6 * 3600  # the recommender's last daily run, 06:00 UTC
    window = (run - 6 * 3600 - 30 * 86400, run - 6 * 3600)
    for rec in _recommendations(index, streams, window, run, rng):
        recs.add(rec)


#: The world's traffic starts this many days before the seeding (the cost history reads 126).
HISTORY_DAYS = 130


def _visible(e: Ev, now: int) -> bool:
    """A request is seen once it happened; an aggregated usage record once its bucket has closed."""
    return e.ts + e.span <= now if e.span else e.ts < now


class Index:
    """The events oldest first, with their times for bisection.

    The seeder fills the 35 days before the seeding; every other day of traffic (back to
    ``HISTORY_DAYS`` before the seeding, and on as the clock moves) is generated on first use from
    the seed and the day alone, so the same seed and clock give the same events whenever asked.
    """

    def __init__(
        self, events: list[Ev], streams: tuple[Stream, ...], seed: int, epoch: int, day0: int
    ) -> None:
        self.events = events
        self.times = [e.ts for e in events]
        self.streams = streams
        self.seed = seed
        self.epoch = epoch
        self.day0 = day0
        self.first_day = (epoch // 86400 - HISTORY_DAYS) * 86400
        self.seed_day = epoch // 86400 * 86400
        self.done: set[int] = set(range(day0, self.seed_day, 86400))
        attributions = [e.rec["attribution"] for e in events]
        self.agents: set[str] = {a["agent_id"] for a in attributions if a["agent_id"]}
        self.workflows: set[str] = {a["workflow_id"] for a in attributions if a["workflow_id"]}

    def _day(self, start: int) -> list[Ev]:
        """The traffic of the day from ``start`` that the seeder did not make."""
        b = _Builder(random.Random(f"{self.seed}:{start}"))
        for s in self.streams:
            (_aggregates_day if s.bucket_hours else _requests_day)(
                b, s, start, (start - self.day0) // 86400, 1 << 62
            )
        if start != self.seed_day:
            return b.events
        return [e for e in b.events if (e.ts + e.span > self.epoch if e.span else e.ts >= self.epoch)]

    def ensure(self, start: int, end: int) -> None:
        """Generates the days overlapping ``[start, end)`` not generated yet."""
        fresh: list[Ev] = []
        day = max(start, self.first_day) // 86400 * 86400
        while day < end:
            if day not in self.done:
                self.done.add(day)
                fresh += self._day(day)
            day += 86400
        if fresh:
            self.events = sorted(self.events + fresh, key=lambda e: e.ts)
            self.times = [e.ts for e in self.events]

    @property
    def first(self) -> int:
        return self.first_day

    def spend(self, start: int, end: int, now: int) -> list[tuple[str, Mapping[str, Any], int]]:
        """The :class:`SpendFeed` the cost records read: each event's source, attribution and cost."""
        return [
            (e.rec["source"], e.rec["attribution"], e.in_cost + e.out_cost)
            for e in self.between(start, end, now)
        ]

    def between(self, start: int, end: int, now: int | None = None) -> list[Ev]:
        """The events of ``[start, end)``; with ``now``, those seen by then (the days are generated)."""
        if now is None:
            return self.events[bisect.bisect_left(self.times, start) : bisect.bisect_left(self.times, end)]
        end = min(end, now)
        self.ensure(start - 86400, end)  # an aggregated record opens up to a bucket before it is seen
        found = self.events[bisect.bisect_left(self.times, start) : bisect.bisect_left(self.times, end)]
        return [e for e in found if _visible(e, now)]


_SCOPE_KEYS: dict[str, Callable[[Record], Any]] = {
    "source": lambda r: r["source"],
    "model_id": lambda r: r["model_id"],
    "application": lambda r: r["attribution"]["application"],
    "team": lambda r: r["attribution"]["team"],
    "agent_id": lambda r: r["attribution"]["agent_id"],
    "workflow_id": lambda r: r["attribution"]["workflow_id"],
}


def _share(e: Ev, start: int, end: int) -> float:
    """The share of an event inside [start, end): an aggregated record counts pro rata of its span."""
    if not e.span:
        return 1.0 if start <= e.ts < end else 0.0
    return max(0, min(end, e.ts + e.span) - max(start, e.ts)) / e.span


def _window_sums(events: list[Ev], start: int, end: int) -> tuple[float, float, float, float]:
    """(cost in units of 1e-7 USD, requests, throttled requests, failed requests) in [start, end)."""
    cost = requests = throttled = failed = 0.0
    for e in events:
        share = _share(e, start, end)
        if share:
            n = e.rec["requests"] * share
            cost += (e.in_cost + e.out_cost) * share
            requests += n
            throttled += n if e.rec["status"] == "throttled" else 0
            failed += n if e.rec["status"] == "error" else 0
    return cost, requests, throttled, failed


def _measure_anomaly(index: Index, s: Stream, a: AnomalySpec, start: int) -> Record:
    values = {
        "source": s.source,
        "model_id": s.model,
        "application": s.application,
        "team": s.team,
        "agent_id": s.agent,
        "workflow_id": s.workflow,
    }
    scope = {k: (v if k in a.scope.split() else None) for k, v in values.items()}
    keyed = [(k, _SCOPE_KEYS[k], v) for k, v in scope.items() if v is not None]
    end = start + a.minutes * 60
    earliest = start - 7 * 86400 - 86400  # the longest aggregated record is shorter than a day
    in_scope = [e for e in index.between(earliest, end) if all(f(e.rec) == v for _, f, v in keyed)]
    cost, requests, throttled, failed = _window_sums(in_scope, start, end)
    days_before = [_window_sums(in_scope, start - k * 86400, end - k * 86400) for k in range(1, 8)]
    obs_cost = _cents(round(cost))
    base_cost = _cents(round(sum(d[0] for d in days_before) / 7))
    base_requests = sum(d[1] for d in days_before) / 7
    detected = end + 120
    ack = None if a.ack_after is None else detected + 60 * a.ack_after
    resolved = None if a.resolve_after is None else detected + 60 * a.resolve_after
    return {
        "id": a.id,
        "type": a.type,
        "severity": a.severity,
        "status": "resolved" if resolved else "acknowledged" if ack else "open",
        "title": a.title,
        "detected_at": iso_at(detected),
        "window": {"start": iso_at(start), "end": iso_at(end)},
        "scope": scope,
        "baseline_cost": money(base_cost),
        "observed_cost": money(obs_cost),
        "excess_cost": money(obs_cost - base_cost),
        "signals": {
            "requests_per_minute": round(requests / a.minutes, 1),
            "baseline_requests_per_minute": round(base_requests / a.minutes, 1),
            "repeat_prompt_ratio": a.repeat,
            "throttle_rate": round(throttled / requests, 3) if requests else None,
            "error_rate": round(failed / requests, 3) if requests else None,
        },
        "alert_id": None,
        "acknowledged_at": None if ack is None else iso_at(ack),
        "resolved_at": None if resolved is None else iso_at(resolved),
    }


# -- recommendations ------------------------------------------------------------------------------


def _recommendations(
    index: Index, streams: Iterable[Stream], window: tuple[int, int], run: int, rng: random.Random
) -> list[Record]:
    events = index.between(*window)
    groups: dict[tuple[str, str | None, str], list[Ev]] = {}
    for e in events:
        r = e.rec
        groups.setdefault((r["source"], r["attribution"]["application"], r["model_id"]), []).append(e)
    base = {
        "status": "open",
        "created_at": iso_at(run),
    }
    analysis = {"start": iso_at(window[0]), "end": iso_at(window[1])}
    out: list[Record] = []
    by_key = {(s.source, s.application, s.model): s for s in streams}
    for (source, app, model), evs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        stream = by_key.get((source, app, model))
        rec = _routing(source, app, model, None if stream is None else stream.ttl, evs)
        if rec is not None:
            out.append(
                {
                    "id": random_id(rng, "rec_"),
                    "type": "model_routing",
                    **base,
                    **rec,
                    "analysis_window": analysis,
                }
            )
    for key, evs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        stream = by_key.get(key)
        rec = None if stream is None else _cache(stream, evs)
        if rec is not None:
            out.append({"id": random_id(rng, "rec_"), "type": "prompt_cache", **base, **rec})
    deployments: dict[tuple[str, str, str], list[Ev]] = {}
    for e in events:
        r = e.rec
        if r["source"] in ("bedrock", "azure_openai") and r["model_id"] in PROVISIONED:
            deployments.setdefault((r["source"], r["model_id"], r["region"]), []).append(e)
    for (source, model, region), evs in sorted(deployments.items()):
        rec = _provisioned(source, model, region, evs, window)
        if rec is not None:
            out.append(
                {
                    "id": random_id(rng, "rec_"),
                    "type": "provisioned_throughput",
                    **base,
                    **rec,
                    "analysis_window": analysis,
                }
            )
    return out


def _tokens(e: Ev) -> tuple[int, int, int, int]:
    u = e.rec["usage"]
    return u["input_tokens"], u["cache_read_input_tokens"], u["cache_write_input_tokens"], u["output_tokens"]


def _savings_fields(current: int, savings: int) -> dict[str, Any]:
    cur, save = _cents(current), _cents(savings)
    return {
        "current_monthly_cost": money(cur),
        "projected_monthly_cost": money(cur - save),
        "estimated_monthly_savings": money(save),
    }


def _routing(
    source: str, app: str | None, model: str, ttl: str | None, evs: list[Ev]
) -> dict[str, Any] | None:
    if model not in CHEAPER:
        return None
    cheaper, quality = CHEAPER[model]
    requests = sum(e.rec["requests"] for e in evs)
    current = sum(e.in_cost + e.out_cost for e in evs)
    short_requests = 0
    savings = 0
    for e in evs:
        inp, cr, cw, out = _tokens(e)
        if e.rec["status"] == "success" and out < 400 * e.rec["requests"]:
            short_requests += e.rec["requests"]
            now_in, now_out = _cost(cheaper, ttl, inp, cr, cw, out)
            savings += e.in_cost + e.out_cost - now_in - now_out
    share = round(short_requests / requests, 2) if requests else 0
    if share < 0.1 or _cents(savings) < 5:
        return None
    label = app or "untagged"
    return {
        "source": source,
        "application": app,
        "current_model_id": model,
        "recommended_model_id": cheaper,
        "traffic_share": share,
        "requests_analyzed": requests,
        "quality_delta": quality,
        **_savings_fields(current, savings),
        "confidence": round(min(0.95, 0.6 + 0.05 * math.log10(max(requests, 1))), 2),
        "rationale": (
            f"{share:.0%} of {label} requests to {model} return under 400 output tokens; {cheaper} changed the "
            f"offline-eval pass rate by {quality:+.1%} on 2,000 replayed requests."
        ),
    }


def _cache(s: Stream, evs: list[Ev]) -> dict[str, Any] | None:
    if s.reuse <= 0 or not s.model.startswith(("claude", "us.anthropic")):
        return None
    p_in = _NANO[s.model][0]
    requests = sum(e.rec["requests"] for e in evs)
    current = sum(e.in_cost + e.out_cost for e in evs)
    if s.ttl is None:  # caching off: the prefix is billed as plain input on every request
        recommended, write_mult, break_even = "5m", Decimal("1.25"), 1
        uses = requests * s.prefix
        before = Decimal(uses * p_in)
    else:  # 5-minute cache expiring between reuses: move to the 1-hour cache
        recommended, write_mult, break_even = "1h", Decimal(2), 2
        reads = sum(_tokens(e)[1] for e in evs)
        writes = sum(_tokens(e)[2] for e in evs)
        uses = reads + writes
        before = p_in * (Decimal(writes) * Decimal("1.25") + Decimal(reads) * Decimal("0.1"))
    new_writes = Decimal(uses) / Decimal(1 + s.reuse)
    after = p_in * (new_writes * write_mult + (uses - new_writes) * Decimal("0.1"))
    savings = int((before - after) / 100)
    if savings <= 0:
        return None
    seen = "caching is off" if s.ttl is None else f"the {s.ttl} cache expires between most reuses"
    return {
        "source": s.source,
        "model_id": s.model,
        "application": s.application,
        "current_cache_ttl": s.ttl,
        "recommended_cache_ttl": recommended,
        "cacheable_prefix_tokens": s.prefix,
        "reuses_per_write": s.reuse,
        "cache_write_multiplier": float(write_mult),
        "cache_read_multiplier": 0.1,
        "break_even_reuses": break_even,
        "requests_analyzed": requests,
        **_savings_fields(current, savings),
        "confidence": 0.9 if s.ttl else 0.85,
        "rationale": (
            f"{s.application or 'Untagged'} requests share a {s.prefix / 1000:.1f}K-token prefix and {seen}; "
            f"a {recommended} cache would be read {s.reuse} times per write."
        ),
    }


def _provisioned(
    source: str, model: str, region: str, evs: list[Ev], window: tuple[int, int]
) -> dict[str, Any] | None:
    unit, per_unit_tpm, unit_price = PROVISIONED[model]
    on_demand = _cents(sum(e.in_cost + e.out_cost for e in evs))
    days: dict[int, int] = {}
    hours: dict[int, int] = {}
    for e in evs:
        n = sum(_tokens(e))
        days[e.ts // 86400] = days.get(e.ts // 86400, 0) + n
        spread = max(1, e.span // 3600)  # an aggregated record's tokens, evenly over its hours
        for hour in range(e.ts // 3600, e.ts // 3600 + spread):
            hours[hour] = hours.get(hour, 0) + n // spread
    if len(days) < 7 or on_demand < 100:
        return None
    minutes = (window[1] - window[0]) // 60
    avg_tpm = sum(days.values()) // minutes
    peak_tpm = int(max(hours.values()) / 60 * 1.6)
    if unit == "azure_ptu":
        units = max(15, 5 * math.ceil(avg_tpm / per_unit_tpm / 5))
    else:
        units = max(1, math.ceil(avg_tpm / per_unit_tpm))
    provisioned = Decimal(units * unit_price)
    utilization = min(1.0, avg_tpm / (units * per_unit_tpm))
    break_even = utilization * float(provisioned / on_demand)
    daily = list(days.values()) + [0] * max(0, 30 - len(days))
    mean = sum(daily) / len(daily)
    cv = math.sqrt(sum((d - mean) ** 2 for d in daily) / len(daily)) / mean if mean else 1.0
    verdict = "provision" if on_demand > provisioned else "stay_on_demand"
    label = "PTUs" if unit == "azure_ptu" else "model units"
    why = (
        f"a one-month reservation at {unit_price:,} USD per unit beats on-demand above {break_even:.0%} "
        "utilisation; peaks spill over to on-demand"
        if verdict == "provision"
        else f"provisioned capacity would cost {provisioned:,} USD a month against {on_demand:,} USD on demand"
    )
    return {
        "source": source,
        "model_id": model,
        "region": region,
        "throughput_unit": unit,
        "recommended_units": units,
        "commitment_term": "one_month",
        "avg_tokens_per_minute": avg_tpm,
        "peak_tokens_per_minute": peak_tpm,
        "on_demand_monthly_cost": money(on_demand),
        "provisioned_monthly_cost": money(provisioned),
        "break_even_utilization": round(break_even, 2),
        "projected_utilization": round(utilization, 2),
        "verdict": verdict,
        "estimated_monthly_savings": money(on_demand - provisioned),
        "confidence": round(max(0.5, min(0.95, 0.95 - cv / 2)), 2),
        "rationale": (
            f"Traffic averages {avg_tpm:,} tokens per minute, {utilization:.0%} of {units} {label}; {why}."
        ),
    }


# -- handlers -------------------------------------------------------------------------------------


def _index(ctx: HandlerContext) -> Index:
    index: Index = ctx.store.singletons["ai_index"]
    return index


def _events(ctx: HandlerContext, start: int, end: int) -> list[Ev]:
    """The inference events of ``[start, end)`` seen by the clock, oldest first (generated as needed)."""
    return _index(ctx).between(start, end, int(ctx.now.timestamp()))


class Window(NamedTuple):
    """A query window: the instants as given, and the whole seconds an event's time must fall in."""

    start_dt: datetime
    end_dt: datetime
    start: int
    end: int

    def body(self) -> dict[str, str]:
        return {"start": _rfc3339(self.start_dt), "end": _rfc3339(self.end_dt)}


def _rfc3339(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


def window_of(ctx: HandlerContext) -> Window:
    """The ``start``/``end`` query window; by default the calendar month to now."""
    start_dt, end_dt = query_window(ctx)
    return Window(start_dt, end_dt, math.ceil(start_dt.timestamp()), math.ceil(end_dt.timestamp()))


@handler("ai_list_spend")
def list_spend(ctx: HandlerContext) -> Reply:
    q = ctx.query
    wanted: dict[str, Any] = {}
    for name in ("source", "model_id"):
        if q.get(name) is not None:
            wanted[name] = q[name]
    attribution: dict[str, Any] = {}
    for name in ("application", "team"):
        if q.get(name) is not None:
            attribution[name] = None if q[name] == UNALLOCATED else q[name]
    items = [
        e.rec
        for e in reversed(_events(ctx, *window_of(ctx)[2:]))
        if all(e.rec[k] == v for k, v in wanted.items())
        and all(e.rec["attribution"][k] == v for k, v in attribution.items())
    ]
    return ctx.page(items)


class _Totals:
    """Cost, requests and tokens of a group of events."""

    __slots__ = ("in_cost", "out_cost", "requests", "tokens")

    def __init__(self) -> None:
        self.in_cost = 0
        self.out_cost = 0
        self.requests = 0
        self.tokens = [0, 0, 0, 0]

    def add(self, e: Ev) -> None:
        self.in_cost += e.in_cost
        self.out_cost += e.out_cost
        self.requests += e.rec["requests"]
        for i, n in enumerate(_tokens(e)):
            self.tokens[i] += n

    @property
    def cost(self) -> int:
        return self.in_cost + self.out_cost

    def usage(self) -> dict[str, int]:
        inp, cr, cw, out = self.tokens
        return {
            "input_tokens": inp,
            "cache_read_input_tokens": cr,
            "cache_write_input_tokens": cw,
            "output_tokens": out,
        }

    def group(self, key: str) -> dict[str, Any]:
        return {"key": key, "cost": _money(self.cost), "requests": self.requests, "tokens": self.usage()}


def _grouped(groups: dict[str, _Totals]) -> list[dict[str, Any]]:
    return [t.group(k) for k, t in sorted(groups.items(), key=lambda kv: (-kv[1].cost, kv[0]))]


def _breakdown(events: Iterable[Ev], key: str) -> dict[str, _Totals]:
    groups: dict[str, _Totals] = {}
    for e in events:
        r = e.rec
        value = r[key] if key in ("source", "model_id") else r["attribution"][key]
        groups.setdefault(value or UNALLOCATED, _Totals()).add(e)
    return groups


@handler("ai_get_spend_summary")
def get_spend_summary(ctx: HandlerContext) -> Reply:
    window = window_of(ctx)
    events = _events(ctx, window.start, window.end)
    total = _Totals()
    for e in events:
        total.add(e)
    return ctx.ok(
        {
            "window": window.body(),
            "cost": _money(total.cost),
            "requests": total.requests,
            "tokens": total.usage(),
            "by_source": _grouped(_breakdown(events, "source")),
            "by_model": _grouped(_breakdown(events, "model_id")),
            "by_application": _grouped(_breakdown(events, "application")),
            "by_team": _grouped(_breakdown(events, "team")),
        }
    )


_PER = Decimal("0.000001")


def _unit_row(model: str | None, source: str | None, t: _Totals) -> dict[str, Any]:
    inp, cr, cw, out = t.tokens
    prompt = inp + cr + cw

    def per(units: int, count: int, scale: int) -> dict[str, str]:
        value = Decimal(units) * UNIT * scale / count if count else Decimal(0)
        return money(value, places=_PER)

    return {
        "model_id": model,
        "source": source,
        "cost": _money(t.cost),
        "requests": t.requests,
        "cost_per_1k_input_tokens": per(t.in_cost, prompt, 1000),
        "cost_per_1k_output_tokens": per(t.out_cost, out, 1000),
        "cost_per_request": per(t.cost, t.requests, 1),
        "cache_hit_rate": round(cr / prompt, 4) if prompt else 0,
    }


@handler("ai_get_unit_economics")
def get_unit_economics(ctx: HandlerContext) -> Reply:
    window = window_of(ctx)
    total = _Totals()
    models: dict[tuple[str, str], _Totals] = {}
    for e in _events(ctx, window.start, window.end):
        total.add(e)
        models.setdefault((e.rec["model_id"], e.rec["source"]), _Totals()).add(e)
    rows = sorted(models.items(), key=lambda kv: (-kv[1].cost, kv[0]))
    return ctx.ok(
        {
            "window": window.body(),
            "overall": _unit_row(None, None, total),
            "by_model": [_unit_row(model, source, t) for (model, source), t in rows],
        }
    )


def _recs(ctx: HandlerContext, kind: str) -> Reply:
    """One type of recommendation, largest savings first; a status set through the cost service wins."""
    shared = ctx.store.collections.get("recommendations")
    out = []
    for rec in ctx.store.collection("ai_recommendations").filter(type=kind):
        other = shared.get(rec["id"]) if shared is not None else None
        status = other.get("status") if other is not None else None
        out.append(rec if status is None or status == rec["status"] else {**rec, "status": status})
    out.sort(key=lambda r: (-Decimal(r["estimated_monthly_savings"]["amount"]), r["id"]))
    return ctx.ok(out)


@handler("ai_get_routing_recommendations")
def get_routing_recommendations(ctx: HandlerContext) -> Reply:
    return _recs(ctx, "model_routing")


@handler("ai_get_cache_recommendations")
def get_cache_recommendations(ctx: HandlerContext) -> Reply:
    return _recs(ctx, "prompt_cache")


@handler("ai_get_provisioned_throughput_recommendations")
def get_provisioned_throughput_recommendations(ctx: HandlerContext) -> Reply:
    return _recs(ctx, "provisioned_throughput")


@handler("ai_list_anomalies")
def list_anomalies(ctx: HandlerContext) -> Reply:
    q = ctx.query
    items = ctx.store.collection("ai_anomalies").filter(
        overlaps_query_window(ctx), type=q.get("type"), severity=q.get("severity"), status=q.get("status")
    )
    return ctx.page(items)


def _attributed(ctx: HandlerContext, scope_type: str, key: str, known: set[str], kind: str) -> Reply:
    scope_id = ctx.path["id"]
    if scope_id not in known:
        raise not_found(kind, scope_id)
    window = window_of(ctx)
    total = _Totals()
    models: dict[str, _Totals] = {}
    for e in _events(ctx, window.start, window.end):
        if e.rec["attribution"][key] == scope_id:
            total.add(e)
            models.setdefault(e.rec["model_id"], _Totals()).add(e)
    return ctx.ok(
        {
            "scope_type": scope_type,
            "scope_id": scope_id,
            "window": window.body(),
            "cost": _money(total.cost),
            "requests": total.requests,
            "tokens": total.usage(),
            "by_model": _grouped(models),
        }
    )


@handler("ai_get_agent_cost")
def get_agent_cost(ctx: HandlerContext) -> Reply:
    return _attributed(ctx, "agent", "agent_id", _index(ctx).agents, "AI agent")


@handler("ai_get_workflow_cost")
def get_workflow_cost(ctx: HandlerContext) -> Reply:
    return _attributed(ctx, "workflow", "workflow_id", _index(ctx).workflows, "workflow")
