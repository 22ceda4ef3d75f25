"""Webhook `verify`: a hostile header gets a typed error, never a crash; a replay is refused."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sdk.test_webhooks import ALERT, SECRET
from tensorcost import WebhookSignatureError, webhooks

NOW = 1_800_000_000


@pytest.mark.parametrize(
    "t",
    ["9" * 5000, "9" * 400, "1" * 13, "-5", "1e9", "١٢٣", " 12", "0x10"],
)
def test_a_hostile_timestamp_is_a_typed_error(t: str) -> None:
    header = f"t={t},v1={'0' * 64}"
    with pytest.raises(WebhookSignatureError, match="malformed"):
        webhooks.verify(ALERT, header, SECRET, now=NOW)


def test_an_oversized_header_is_refused_before_parsing() -> None:
    header = webhooks.sign(ALERT, SECRET, timestamp=NOW) + ",v1=" + "a" * 100_000
    with pytest.raises(WebhookSignatureError, match="longer than"):
        webhooks.verify(ALERT, header, SECRET, now=NOW)


@settings(max_examples=200, deadline=None, database=None)
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_any_header_is_verified_or_refused_with_a_typed_error(header: str | bytes) -> None:
    with pytest.raises(WebhookSignatureError):
        webhooks.verify(ALERT, header, SECRET, now=NOW)


def test_a_bytes_header_verifies_like_a_str_header() -> None:
    header = webhooks.sign(ALERT, SECRET, timestamp=NOW)
    assert webhooks.verify(ALERT, header.encode(), SECRET, now=NOW) == webhooks.verify(
        ALERT, header, SECRET, now=NOW
    )


def test_the_replay_guard_refuses_a_second_delivery_of_the_same_event() -> None:
    guard = webhooks.ReplayGuard()
    header = webhooks.sign(ALERT, SECRET, timestamp=NOW)
    event = webhooks.verify(ALERT, header, SECRET, now=NOW, replay_guard=guard)
    with pytest.raises(WebhookSignatureError, match="replayed event"):
        webhooks.verify(ALERT, header, SECRET, now=NOW + 10, replay_guard=guard)
    assert event.id.startswith("evt_")  # type: ignore[union-attr]


def test_the_replay_guard_forgets_after_its_ttl_and_stays_bounded() -> None:
    guard = webhooks.ReplayGuard(ttl=600, max_size=3)
    assert guard.first_time("a", now=0)
    assert not guard.first_time("a", now=599)
    assert guard.first_time("a", now=601)  # beyond the tolerance the signature check refuses it anyway
    for name in "bcd":
        assert guard.first_time(name, now=700)
    assert len(guard._seen) <= 3


def test_the_replay_guard_admits_an_event_once_across_threads() -> None:
    guard = webhooks.ReplayGuard()
    admitted: list[bool] = []
    threads = [
        threading.Thread(target=lambda: admitted.append(guard.first_time("evt_1", now=NOW)))
        for _ in range(16)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert admitted.count(True) == 1
