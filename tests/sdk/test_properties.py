"""Property tests for the pure parts: signatures, waits, backoff, money, base URLs."""

from __future__ import annotations

import decimal
import email.utils

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tensorcost import RetryPolicy, WebhookSignatureError, to_decimal, webhooks
from tensorcost._client import api_origin
from tensorcost._retry import server_wait

SETTINGS = settings(max_examples=60, deadline=None)
secrets = st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=40)


@SETTINGS
@given(
    payload=st.binary(max_size=512), secret=secrets, timestamp=st.integers(0, 10**12 - 1)
)  # t= is 1-12 digits
def test_a_signature_verifies_and_any_change_breaks_it(payload: bytes, secret: str, timestamp: int) -> None:
    header = webhooks.sign(payload, secret, timestamp=timestamp)
    # the signature itself is accepted (an arbitrary body then fails as "not a webhook event")
    with pytest.raises(WebhookSignatureError, match="not a webhook event"):
        webhooks.verify(payload, header, secret, now=timestamp)
    with pytest.raises(WebhookSignatureError, match="no v1 signature matches"):
        webhooks.verify(payload + b"x", header, secret, now=timestamp)
    with pytest.raises(WebhookSignatureError, match="no v1 signature matches"):
        webhooks.verify(payload, header, secret + "x", now=timestamp)


@SETTINGS
@given(seconds=st.integers(0, 86_400), now=st.integers(10**9, 2 * 10**9))
def test_retry_after_seconds_and_dates(seconds: int, now: int) -> None:
    assert server_wait({"retry-after": str(seconds)}, now=now) == seconds
    date = email.utils.formatdate(now + seconds, usegmt=True)
    assert server_wait({"retry-after": date}, now=now) == seconds
    assert server_wait({"x-ratelimit-reset": str(now + seconds)}, now=now) == seconds
    assert server_wait({"retry-after": "soon"}, now=now) is None


@SETTINGS
@given(
    retry=st.integers(0, 20),
    initial=st.floats(0.001, 5),
    cap=st.floats(0.001, 30),
)
def test_backoff_stays_within_full_jitter_bounds(retry: int, initial: float, cap: float) -> None:
    delay = RetryPolicy(initial_delay=initial, max_delay=cap).backoff(retry)
    assert 0 <= delay <= min(cap, initial * 2**retry)


@SETTINGS
@given(amount=st.from_regex(r"\A-?\d{1,15}(\.\d{1,12})?\Z"))
def test_money_is_exact(amount: str) -> None:
    assert to_decimal({"amount": amount, "currency": "USD"}) == decimal.Decimal(amount)


@SETTINGS
@given(
    host=st.from_regex(r"\A[a-z][a-z0-9-]{0,20}(\.[a-z]{2,5})?(:\d{2,5})?\Z"),
    prefix=st.sampled_from(["", "/gw", "/a/b"]),
    suffix=st.sampled_from(["", "/", "/v1", "/v1/"]),
)
def test_base_url_never_doubles_v1(host: str, prefix: str, suffix: str) -> None:
    origin = api_origin(f"https://{host}{prefix}{suffix}")
    assert origin == f"https://{host}{prefix}"
    assert api_origin(origin + "/v1") == origin
