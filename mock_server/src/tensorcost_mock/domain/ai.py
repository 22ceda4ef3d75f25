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

The world lives on (:func:`detect_anomalies`, a ticker of the registry): a day after the seeding
may carry a burst on one stream (:func:`live_bursts`), and each 4-hour block that closed since the
seeding is judged per stream scope against the same block on the 7 days before.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple, Protocol

from tensorcost_mock.events import Emit
from tensorcost_mock.fixtures import WORLD
from tensorcost_mock.state import Collection, Record, TenantStore, iso_at, money, parse_time, random_id
from tensorcost_mock.world import TrafficStream as Stream
from tensorcost_mock.world import derived_id

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


class BurstShape(Protocol):
    """What :func:`gen_burst` reads of a burst: a seeded anomaly of the world
    (:class:`~tensorcost_mock.world.SeededAnomaly`) or a live :class:`Burst`."""

    @property
    def minutes(self) -> int: ...
    @property
    def rpm(self) -> float: ...
    @property
    def token_mult(self) -> float: ...
    @property
    def throttle(self) -> float: ...
    @property
    def error(self) -> float: ...


def gen_burst(b: Builder, s: Stream, a: BurstShape, start: int) -> None:
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
        events = b.events + live_bursts(self, start)
        if start != self.seed_day:
            return events
        return [e for e in events if (e.ts + e.span > self.epoch if e.span else e.ts >= self.epoch)]

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


# -- the living world: bursts after the seeding, and the anomaly detector --------------------------

#: Live anomalies are judged over fixed UTC blocks of 4 hours. Every usage record (buckets of up to
#: 4 hours from midnight) and every burst lies inside one block, so a block's cost is exactly the
#: events dated in it (what ``GET /v1/ai/spend`` lists for the block).
BLOCK = 4 * 3600
#: A block is judged this long after it closes (as the seeded anomalies were, after their end).
DETECTION_DELAY = 120
#: The baseline is the mean of the same block on this many days before.
BASELINE_DAYS = 7
#: The chance that a day after the seeding carries a burst of extra traffic on one of its streams.
BURST_CHANCE = 0.5
#: A block is anomalous when its cost or its requests are this many times their baseline ...
SPIKE_RATIO = 3.0
#: ... and this many standard deviations of the baseline days above their mean ...
SPIKE_SIGMAS = 4.0
#: ... and it cost at least this much more than its baseline (units of 1e-7 USD: 0.10 USD).
MIN_EXCESS = 1_000_000
#: ... and it had at least this many requests more than its baseline (a few odd requests are not an anomaly).
MIN_EXTRA_REQUESTS = 20
#: Share of throttled or failed requests from which an anomaly is a retry storm.
RETRY_SHARE = 0.2
#: How a source is named in titles.
SOURCE_NAMES = {
    "bedrock": "Bedrock",
    "azure_openai": "Azure OpenAI",
    "vertex": "Vertex AI",
    "openai_api": "OpenAI",
    "anthropic_api": "Anthropic",
    "gpu_agent": "Self-hosted",
}
SCOPE_FIELDS = ("source", "model_id", "application", "team", "agent_id", "workflow_id")


@dataclass(frozen=True)
class Burst:
    """Extra traffic on one stream of a day after the seeding (see :func:`live_bursts`)."""

    minutes: int
    rpm: float
    token_mult: float
    throttle: float
    error: float


def _peak_rpm(s: Stream) -> float:
    """The stream's requests per minute in the busiest hour of a weekday."""
    if s.bucket_hours:
        return s.rate / 60
    return s.rate / sum(HOURS[s.hours]) / 60


def live_bursts(index: Index, start: int) -> list[Ev]:
    """The burst of the day from ``start`` (a midnight), if it has one: made from the seed and the
    day alone, on one stream, inside one block that starts at or after the seeding (the days
    before keep their seeded history). A runaway loop (on an agent's or a workflow's stream), a
    retry storm or a cost spike: 1.5 to 8 times a busy block's requests, in 20 to 120 minutes."""
    if start < index.seed_day:
        return []
    rng = random.Random(f"{index.seed}:{start}:burst")
    if rng.random() >= BURST_CHANCE:
        return []
    s = index.streams[int(rng.random() * len(index.streams))]
    minutes = (20, 30, 45, 60, 90, 120)[int(rng.random() * 6)]
    block = start + int(rng.random() * (86400 // BLOCK)) * BLOCK
    begin = block + int(rng.random() * (BLOCK // 60 - minutes + 1)) * 60
    kinds = (
        ("runaway_loop", "retry_storm", "cost_spike")
        if s.agent or s.workflow
        else ("retry_storm", "cost_spike")
    )
    kind = kinds[int(rng.random() * len(kinds))]
    times = rng.uniform(1.5, 4) if kind == "cost_spike" else rng.uniform(3, 8)
    rpm = _peak_rpm(s) * BLOCK / 60 * times / minutes
    if kind == "cost_spike":
        burst = Burst(minutes, rpm, rng.uniform(1.5, 3), 0.0, 0.0)
    elif kind == "retry_storm":
        burst = Burst(minutes, rpm, 1.0, rng.uniform(0.35, 0.6), rng.uniform(0.05, 0.25))
    else:
        burst = Burst(minutes, rpm, 1.0, 0.01, 0.02)
    if block < index.epoch:
        return []
    b = Builder(rng)
    gen_burst(b, s, burst, begin)
    return b.events


class _Sums(NamedTuple):
    """Cost (units of 1e-7 USD), requests, throttled and failed requests of a scope in a window."""

    cost: float
    requests: float
    throttled: float
    failed: float


def _sums(
    events: Iterable[Ev], keyed: list[tuple[Callable[[Record], Any], Any]], start: int, end: int
) -> _Sums:
    """The scope's sums over ``[start, end)``; an aggregated record counts pro rata of its overlap
    (as the seeded anomalies are measured; a block holds whole records, so it counts them whole)."""
    cost = requests = throttled = failed = 0.0
    for e in events:
        if e.span:
            share = max(0, min(end, e.ts + e.span) - max(start, e.ts)) / e.span
        else:
            share = 1.0 if start <= e.ts < end else 0.0
        if share and all(f(e.rec) == v for f, v in keyed):
            n = e.rec["requests"] * share
            cost += (e.in_cost + e.out_cost) * share
            requests += n
            throttled += n if e.rec["status"] == "throttled" else 0
            failed += n if e.rec["status"] == "error" else 0
    return _Sums(cost, requests, throttled, failed)


def _scopes(streams: Iterable[Stream]) -> list[dict[str, str | None]]:
    """The scopes the detector watches: each stream's attribution (None: not part of the scope)."""
    out: list[dict[str, str | None]] = []
    for s in streams:
        scope = dict(
            zip(SCOPE_FIELDS, (s.source, s.model, s.application, s.team, s.agent, s.workflow), strict=True)
        )
        if scope not in out:
            out.append(scope)
    return out


def _narrower(a: Mapping[str, str | None], b: Mapping[str, str | None]) -> bool:
    """Whether scope ``a`` is a part of scope ``b`` (it fixes every field ``b`` fixes, and more)."""
    return a != b and all(v is None or a[k] == v for k, v in b.items())


def _spiked(observed: float, days: list[float]) -> bool:
    """Whether ``observed`` is ``SPIKE_RATIO`` times the days' mean and ``SPIKE_SIGMAS`` standard
    deviations above it (a stream that varies a lot from day to day needs a larger jump)."""
    mean = sum(days) / len(days)
    sigma = math.sqrt(sum((d - mean) ** 2 for d in days) / len(days))
    return observed >= SPIKE_RATIO * mean and observed >= mean + SPIKE_SIGMAS * sigma


class _Sheet:
    """Every scope's sums per block, each block summed once (a block is the baseline of 7 others)."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.scopes = _scopes(index.streams)
        self._keyed = [
            [(SCOPE_KEYS[k], v) for k, v in scope.items() if v is not None] for scope in self.scopes
        ]
        self._blocks: dict[int, list[_Sums]] = {}

    def sums(self, start: int) -> list[_Sums]:
        """The sums of each scope (in :attr:`scopes` order) over the block from ``start``."""
        found = self._blocks.get(start)
        if found is None:
            events = self.index.between(start - BLOCK, start + BLOCK)
            found = self._blocks[start] = [
                _sums(events, keyed, start, start + BLOCK) for keyed in self._keyed
            ]
        return found


def _measure_block(sheet: _Sheet, tenant_id: str, start: int) -> list[Record]:
    """The anomalies of the block from ``start``: scopes whose cost or requests jumped (see
    :func:`_spiked`) by at least ``MIN_EXCESS`` and ``MIN_EXTRA_REQUESTS``; a scope that contains
    one that fired does not fire again for it."""
    days = [sheet.sums(start - k * 86400) for k in range(BASELINE_DAYS + 1)]
    fired: list[tuple[dict[str, str | None], _Sums, _Sums]] = []
    for i, scope in enumerate(sheet.scopes):
        obs, before = days[0][i], [day[i] for day in days[1:]]
        base = _Sums(*(sum(col) / BASELINE_DAYS for col in zip(*before, strict=True)))
        spiked = _spiked(obs.cost, [d.cost for d in before]) or _spiked(
            obs.requests, [d.requests for d in before]
        )
        extra = obs.cost - base.cost >= MIN_EXCESS and obs.requests - base.requests >= MIN_EXTRA_REQUESTS
        if spiked and extra:
            fired.append((scope, obs, base))
    return [
        _anomaly(tenant_id, start, scope, obs, base)
        for scope, obs, base in fired
        if not any(_narrower(other, scope) for other, _, _ in fired)
    ]


def _anomaly(tenant_id: str, start: int, scope: dict[str, str | None], obs: _Sums, base: _Sums) -> Record:
    """The ``AiAnomaly`` of a scope that fired: a retry storm when a fifth of its requests were
    throttled or failed, a runaway loop when an agent's or a workflow's requests grew without their
    cost per request, else a cost spike; the severity grows with the ratio and the excess cost."""
    minutes = BLOCK // 60
    obs_cost, base_cost = cents(round(obs.cost)), cents(round(base.cost))
    retries = (obs.throttled + obs.failed) / obs.requests if obs.requests else 0.0
    requests_ratio = obs.requests / base.requests if base.requests else math.inf
    cost_ratio = obs.cost / base.cost if base.cost else math.inf
    per_request = cost_ratio / requests_ratio if base.requests and obs.requests else math.inf
    who = scope["agent_id"] or scope["workflow_id"]
    model, place = scope["model_id"], scope["application"] or scope["team"] or "untagged traffic"
    source = SOURCE_NAMES.get(scope["source"] or "", scope["source"])
    if retries >= RETRY_SHARE:
        kind, ratio = "retry_storm", requests_ratio
        title = f"Throttling retries on {model} from {place}: {retries:.0%} of requests failed or throttled"
    elif who and per_request < 1.25:
        kind, ratio = "runaway_loop", requests_ratio
        title = f"{'Agent' if scope['agent_id'] else 'Workflow'} {who} repeating calls to {model}"
    else:
        kind, ratio = "cost_spike", cost_ratio
        times = f"{cost_ratio:.1f}x its baseline" if base.cost else "with no baseline"
        title = f"{source} {model} spend from {place} {times}"
    usd = (obs.cost - base.cost) / 1e7
    severity = (
        "critical" if ratio >= 10 and usd >= 50 else "error" if ratio >= 5 and usd >= 10
        else "warning" if usd >= 1 else "info"
    )  # fmt: skip
    window = {"start": iso_at(start), "end": iso_at(start + BLOCK)}
    return {
        "id": derived_id("anm_", tenant_id, window["start"], *(v or "-" for v in scope.values())),
        "type": kind,
        "severity": severity,
        "status": "open",
        "title": title,
        "detected_at": iso_at(start + BLOCK + DETECTION_DELAY),
        "window": window,
        "scope": scope,
        "baseline_cost": money(base_cost),
        "observed_cost": money(obs_cost),
        "excess_cost": money(obs_cost - base_cost),
        "signals": {
            "requests_per_minute": round(obs.requests / minutes, 1),
            "baseline_requests_per_minute": round(base.requests / minutes, 1),
            "repeat_prompt_ratio": None,  # events carry no prompt hashes
            "throttle_rate": round(obs.throttled / obs.requests, 3) if obs.requests else None,
            "error_rate": round(obs.failed / obs.requests, 3) if obs.requests else None,
        },
        "alert_id": None,
        "acknowledged_at": None,
        "resolved_at": None,
    }


def webhook_data(anomaly: Record) -> dict[str, Any]:
    """The ``anomaly.detected`` payload of an anomaly (the scope's and signals' set fields only)."""
    signals = anomaly["signals"]
    return {
        **{k: anomaly[k] for k in ("id", "type", "severity", "window")},
        "scope": {k: v for k, v in anomaly["scope"].items() if v is not None},
        **{k: anomaly[k] for k in ("baseline_cost", "observed_cost", "excess_cost")},
        "signals": {
            k: signals[k]
            for k in ("requests_per_minute", "repeat_prompt_ratio", "throttle_rate", "error_rate")
            if signals[k] is not None
        },
        "detected_at": anomaly["detected_at"],
    }


def anomaly_score(anomaly: Record) -> Decimal:
    """The detector's score of an anomaly, 0 to 1 (the ``anomaly_score`` of alert rules): the share of
    the window's cost or request rate above its baseline, whichever is larger (``1 - baseline /
    observed``), to two decimals. Derived from the fields ``GET /v1/ai/anomalies`` shows."""
    signals = anomaly["signals"]
    pairs = (
        (Decimal(anomaly["baseline_cost"]["amount"]), Decimal(anomaly["observed_cost"]["amount"])),
        (Decimal(str(signals["baseline_requests_per_minute"])), Decimal(str(signals["requests_per_minute"]))),
    )
    score = max((1 - base / seen for base, seen in pairs if seen > 0), default=Decimal(0))
    return min(max(score, Decimal(0)), Decimal(1)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def anomalies_detected(store: TenantStore, start: int, end: int) -> list[Record]:
    """The anomalies detected in ``(start, end]`` (Unix seconds), oldest first."""
    found = [
        a
        for a in store.collection("ai_anomalies", kind="AI anomaly")
        if start < int(parse_time(a["detected_at"]).timestamp()) <= end
    ]
    return sorted(found, key=lambda a: (a["detected_at"], a["id"]))


def detect_anomalies(store: TenantStore, now: datetime, emit: Emit) -> None:
    """Judges every block that closed since the last run (those from the seeding on): each anomaly
    found opens in ``ai_anomalies`` (newest first) and sends ``anomaly.detected``. Ids derive from
    the tenant, the block and the scope, so the same seed and clock moves give the same anomalies."""
    index: Index | None = store.singletons.get("ai_index")
    if index is None:
        return
    done: int = store.singletons.get("ai_judged_block", -(-index.epoch // BLOCK) - 1)
    last = (int(now.timestamp()) - DETECTION_DELAY) // BLOCK - 1
    if last <= done:
        return
    store.singletons["ai_judged_block"] = last
    index.ensure((done + 1) * BLOCK - (BASELINE_DAYS + 1) * 86400, (last + 1) * BLOCK)
    sheet = _Sheet(index)
    found = [
        a
        for block in range(done + 1, last + 1)
        for a in _measure_block(sheet, store.tenant_id, block * BLOCK)
    ]
    if not found:
        return
    old = store.collection("ai_anomalies", kind="AI anomaly")
    fresh = store.collections["ai_anomalies"] = Collection(old.name, old.kind)
    for record in [*reversed(found), *old]:
        fresh.add(record)
    for anomaly in found:
        emit("anomaly.detected", webhook_data(anomaly))
