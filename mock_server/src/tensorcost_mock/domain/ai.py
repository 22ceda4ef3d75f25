"""ai's rules: managed-inference spend events and everything computed from them.

The seeder generates ~35 days of inference events per tenant from its traffic streams
(``world/traffic.toml``: one per source, model and attribution): request-level events (``requests: 1``, with latency and
trace id) for instrumented apps and agents, and aggregated usage records (``requests > 1``,
``latency_ms: null``, dated at their bucket's start) for high-volume API keys. Anomalies are
bursts of extra events in a window; their observed and baseline costs and signals are then
measured on the events, and so are the routing, prompt-cache and provisioned-throughput
recommendations (over the 30 days before the recommender's last daily run).

Collections (records in the API's shape, JSON-ready):

- ``ai_anomalies``: ``AiAnomaly`` records, newest first.
- ``ai_recommendations``: routing, prompt-cache and provisioned-throughput recommendations. They
  "also appear in cost_list_recommendations": the status cost keeps for the same id (accepted or
  dismissed there, read through :class:`Reads`) is the one shown.

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
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from tensorcost_mock.fixtures import WORLD
from tensorcost_mock.state import Record, TenantStore, iso_at, money, random_id
from tensorcost_mock.world import TrafficStream as Stream

DAYS = 35
UNALLOCATED = "__unallocated__"
#: Costs are kept as integers in units of 1e-7 USD, so that sums are exact.
UNIT = Decimal("0.0000001")

# -- prices ---------------------------------------------------------------------------------------

#: The prices of the world's models (``world/models.toml``) in nano-USD per token: (input, output,
#: cache read, 5-minute cache write, 1-hour cache write). Integers: every list price is a multiple
#: of 0.001 USD per 1M tokens.
NANO_PRICES = {
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


def usd_money(units: int) -> dict[str, str]:
    return {"amount": usd(units), "currency": "USD"}


def cents(units: int) -> Decimal:
    return (Decimal(units) * UNIT).quantize(Decimal("0.01"), ROUND_HALF_UP)


def cost_of(model: str, ttl: str | None, inp: int, cr: int, cw: int, out: int) -> tuple[int, int]:
    """(prompt-side, output-side) cost in units of 1e-7 USD, each rounded half up."""
    p_in, p_out, p_cr, p_cw5, p_cw1 = NANO_PRICES[model]
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


class Builder:
    """Appends events of one tenant."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.events: list[Ev] = []

    def add(
        self, s: Stream, ts: int, requests: int, tokens: tuple[int, int, int, int], status: str,
        latency: int | None, attribution: dict[str, Any], request_id: str, span: int = 0,
    ) -> None:  # fmt: skip
        inp, cr, cw, out = tokens
        in_cost, out_cost = cost_of(s.model, s.ttl, inp, cr, cw, out)
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
            "cost": usd_money(in_cost + out_cost),
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


def _requests_day(b: Builder, s: Stream, start: int, day: int, until: int) -> None:
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


def _aggregates_day(b: Builder, s: Stream, start: int, day: int, until: int) -> None:
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


def gen_stream(b: Builder, s: Stream, day0: int, epoch: int) -> None:
    """The seeded history of one stream: days ``day0`` .. the day of ``epoch``, up to ``epoch``."""
    gen = _aggregates_day if s.bucket_hours else _requests_day
    for day in range(DAYS + 1):
        gen(b, s, day0 + day * 86400, day, epoch)


def gen_burst(b: Builder, s: Stream, a: AnomalySpec, start: int) -> None:
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
        b = Builder(random.Random(f"{self.seed}:{start}"))
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


SCOPE_KEYS: dict[str, Callable[[Record], Any]] = {
    "source": lambda r: r["source"],
    "model_id": lambda r: r["model_id"],
    "application": lambda r: r["attribution"]["application"],
    "team": lambda r: r["attribution"]["team"],
    "agent_id": lambda r: r["attribution"]["agent_id"],
    "workflow_id": lambda r: r["attribution"]["workflow_id"],
}


def tokens_of(e: Ev) -> tuple[int, int, int, int]:
    u = e.rec["usage"]
    return u["input_tokens"], u["cache_read_input_tokens"], u["cache_write_input_tokens"], u["output_tokens"]


class Totals:
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
        for i, n in enumerate(tokens_of(e)):
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
        return {"key": key, "cost": usd_money(self.cost), "requests": self.requests, "tokens": self.usage()}


def grouped(groups: dict[str, Totals]) -> list[dict[str, Any]]:
    return [t.group(k) for k, t in sorted(groups.items(), key=lambda kv: (-kv[1].cost, kv[0]))]


def breakdown(events: Iterable[Ev], key: str) -> dict[str, Totals]:
    groups: dict[str, Totals] = {}
    for e in events:
        r = e.rec
        value = r[key] if key in ("source", "model_id") else r["attribution"][key]
        groups.setdefault(value or UNALLOCATED, Totals()).add(e)
    return groups


_PER = Decimal("0.000001")


def unit_row(model: str | None, source: str | None, t: Totals) -> dict[str, Any]:
    inp, cr, cw, out = t.tokens
    prompt = inp + cr + cw

    def per(units: int, count: int, scale: int) -> dict[str, str]:
        value = Decimal(units) * UNIT * scale / count if count else Decimal(0)
        return money(value, places=_PER)

    return {
        "model_id": model,
        "source": source,
        "cost": usd_money(t.cost),
        "requests": t.requests,
        "cost_per_1k_input_tokens": per(t.in_cost, prompt, 1000),
        "cost_per_1k_output_tokens": per(t.out_cost, out, 1000),
        "cost_per_request": per(t.cost, t.requests, 1),
        "cache_hit_rate": round(cr / prompt, 4) if prompt else 0,
    }


@dataclass(frozen=True)
class Reads:
    """What ai reads of other services (plain functions the registry hands to the runtime)."""

    #: cost: the status cost keeps of a recommendation (it lists the AI recommender's too), or None.
    recommendation_status: Callable[[TenantStore, str], str | None]


def spend_feed(store: TenantStore) -> Index | None:
    """The tenant's usage as the cost records read it (a :class:`SpendFeed`), or None before seeding."""
    index: Index | None = store.singletons.get("ai_index")
    return index


def events_between(store: TenantStore, start: int, end: int, now: int) -> list[Record] | None:
    """The inference events (``AiInferenceEvent``) of the Unix seconds ``[start, end)`` seen by ``now``,
    oldest first, generated as the clock reaches them: what ``ai_list_spend`` lists (None before seeding)."""
    index = spend_feed(store)
    return None if index is None else [e.rec for e in index.between(start, end, now)]


def recommended(store: TenantStore) -> list[Record]:
    """The AI recommender's recommendations, for the services that read them."""
    return list(store.collections.get("ai_recommendations") or ())


def index_of(store: TenantStore) -> Index:
    """The tenant's :class:`Index` of inference events."""
    index: Index = store.singletons["ai_index"]
    return index
