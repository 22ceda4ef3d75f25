"""One budget for many processes: the Redis-backed bucket against a real redis-server on loopback."""

from __future__ import annotations

import itertools
import logging
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
import redis
import respx
from _net import free_port
from hypothesis import given, settings
from hypothesis import strategies as st
from tensorcost import TensorCost
from tensorcost._shared_ratelimit import SharedRateLimiter

from .helpers import BASE, SUMMARY

ORIGIN = "http://api.test"


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A throwaway redis-server on a free 127.0.0.1 port, stopped by its PID."""
    binary = shutil.which("redis-server")
    assert binary, "redis-server is needed: apt-get install redis-server (.ci/run installs it)"
    port = free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def store(redis_url: str) -> str:
    redis.Redis.from_url(redis_url).flushdb()
    return redis_url


def headers(remaining: int, limit: int) -> dict[str, str]:
    return {"x-ratelimit-remaining": str(remaining), "x-ratelimit-limit": str(limit)}


def test_two_processes_share_one_bucket(store: str) -> None:
    a, b = SharedRateLimiter(store, ORIGIN), SharedRateLimiter(store, ORIGIN)
    a.update("t", headers(0, 20))  # A spent the budget
    wait = b.reserve("t", max_wait=60)  # B, which never saw an answer, waits one refill interval
    assert 2.9 <= wait <= 3.01
    assert b.reserve("t", max_wait=60) >= 5.9  # and the next caller queues behind it


def test_tenants_and_origins_have_their_own_buckets(store: str) -> None:
    a = SharedRateLimiter(store, ORIGIN)
    a.update("t1", headers(0, 20))
    assert SharedRateLimiter(store, ORIGIN).reserve("t2") == 0.0
    assert SharedRateLimiter(store, "http://other.test").reserve("t1") == 0.0


def test_taking_is_atomic_across_threads(store: str) -> None:
    limiters = [SharedRateLimiter(store, ORIGIN) for _ in range(4)]
    limiters[0].update("t", headers(40, 1000))
    waits: list[float] = []
    lock = threading.Lock()

    def take(limiter: SharedRateLimiter) -> None:
        for _ in range(20):
            wait = limiter.reserve("t", max_wait=60)
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=take, args=(limiters[i % 4],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # 160 takes from 40 tokens refilling at 1000/min: the first 40 (plus a few refilled) are free,
    # the rest queue 60 ms apart: no two callers were promised the same token.
    free = sum(1 for w in waits if w == 0)
    assert 40 <= free <= 45
    queued = sorted(w for w in waits if w > 0)
    assert all(later - earlier > 0.05 for earlier, later in itertools.pairwise(queued))


def test_keys_expire_so_a_dead_process_blocks_nobody(store: str) -> None:
    SharedRateLimiter(store, ORIGIN).update("t", headers(0, 20))
    client = redis.Redis.from_url(store)
    (key,) = client.keys("tensorcost:ratelimit:*")
    assert 0 < client.pttl(key) <= 120_000


def test_an_unreachable_store_paces_locally_and_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    with (
        caplog.at_level(logging.WARNING, logger="tensorcost"),
        respx.mock(base_url=BASE) as router,
        TensorCost(api_token="t", base_url=BASE, rate_limit_store=dead, _sleep=lambda s: None) as tc,
    ):
        route = router.get("/v1/cost/summary").respond(
            200, json=SUMMARY, headers={"X-RateLimit-Remaining": "5"}
        )
        for _ in range(3):
            tc.cost.get_summary()
    assert route.call_count == 3
    warnings = [r for r in caplog.records if "shared rate-limit store unavailable" in r.getMessage()]
    assert len(warnings) == 1


def test_the_client_uses_the_store_from_the_environment(store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENSORCOST_RATE_LIMIT_URL", store)
    # Another process spent a 6/min budget: one token refills in 10 s, less whatever time the
    # test itself takes on a loaded machine before the call (a second of slack).
    SharedRateLimiter(store, BASE).update("", headers(0, 6))
    sleeps: list[float] = []
    with (
        respx.mock(base_url=BASE) as router,
        TensorCost(api_token="t", base_url=BASE, _sleep=sleeps.append) as tc,
    ):
        router.get("/v1/cost/summary").respond(200, json=SUMMARY)
        tc.cost.get_summary()
    assert len(sleeps) == 1
    assert 9.0 <= sleeps[0] <= 10.01


def test_without_a_store_redis_is_never_imported() -> None:
    code = (
        "import sys, tensorcost; tensorcost.TensorCost(api_token='t', base_url='http://x.test');"
        "print('redis' in sys.modules)"
    )
    env = {"PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"


@settings(max_examples=40, deadline=None, database=None)
@given(limit=st.integers(1, 600), left=st.integers(0, 600), takes=st.integers(1, 30))
def test_bucket_arithmetic_queues_callers_one_refill_interval_apart(
    redis_url: str, limit: int, left: int, takes: int
) -> None:
    redis.Redis.from_url(redis_url).flushdb()
    limiter = SharedRateLimiter(redis_url, ORIGIN)
    limiter.update("t", headers(left, limit))
    waits = [limiter.reserve("t") for _ in range(takes)]
    start = min(left, limit)
    interval = 60.0 / limit
    for i, wait in enumerate(waits):
        if i < start:
            assert wait == 0.0
        else:  # the (i - start + 1)-th missing token, minus what refilled while the test ran
            expected = (i - start + 1) * interval
            assert expected - 0.5 <= wait - 0.001 <= expected + 1e-6


def test_the_cli_and_the_gate_pace_through_the_store(
    store: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from tensorcost._client import api_origin
    from tensorcost.cli import main
    from tensorcost.testing import MockServer

    with MockServer(mode="port", rate_limit=20) as mock, caplog.at_level(logging.INFO, logger="tensorcost"):
        monkeypatch.setenv("TENSORCOST_BASE_URL", mock.base_url)
        monkeypatch.setenv("TENSORCOST_API_TOKEN", mock.token())
        monkeypatch.setenv("TENSORCOST_RATE_LIMIT_URL", store)
        # Another process spent the tenant's bucket (20 per minute: one token every 3 s).
        SharedRateLimiter(store, api_origin(mock.base_url)).update("", headers(0, 20))
        assert main(["cost", "summary"]) == 0
        assert main(["gate", "--no-open-anomalies", "critical"]) in (0, 1)
    waits = {
        record.args[0]: float(record.args[1])  # type: ignore[index]
        for record in caplog.records
        if "rate limit spent" in record.getMessage()
    }
    # Each command waited for its turn in the shared bucket (3 s, less what passed meanwhile).
    assert waits.get("cost_get_summary", 0) > 1.0
    assert waits.get("ai_list_anomalies", 0) > 1.0


@pytest.mark.asyncio
async def test_async_tasks_queue_in_the_shared_bucket(store: str) -> None:
    import asyncio

    from tensorcost import AsyncTensorCost

    wake_ups: list[float] = []

    async def record(seconds: float) -> None:
        # When the task would wake, not how long it waits: on a loaded machine the tasks reach
        # the bucket at different moments, but their turns stay one refill interval apart.
        wake_ups.append(time.monotonic() + seconds)

    with respx.mock(base_url=BASE) as router:
        router.get("/v1/cost/summary").respond(200, json=SUMMARY)
        async with AsyncTensorCost(api_token="t", base_url=BASE, rate_limit_store=store, _sleep=record) as tc:
            await tc.cost.get_summary()  # warm up (imports), before the bucket is spent
            SharedRateLimiter(store, BASE).update("", headers(0, 60))  # spent; one token a second
            await asyncio.gather(*(tc.cost.get_summary() for _ in range(5)))
    # Five tasks, five different places in the queue, one refill interval apart.
    turns = sorted(wake_ups)
    assert len(turns) == 5
    assert all(0.9 < later - earlier < 1.1 for earlier, later in itertools.pairwise(turns))
