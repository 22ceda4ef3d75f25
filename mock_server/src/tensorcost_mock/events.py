"""A small in-process event bus: typed events, synchronous delivery, subscribers in a fixed order.

Services never call each other: a service that causes an effect in another publishes an event
(``bus.publish(AuditRecorded(...))``) and the service that owns the effect subscribes to it. The
subscriptions are made once, in :mod:`tensorcost_mock.registry` (next to the seeding order), and
the runtime holds the bus. ``publish`` calls every subscriber of the event's exact type, in the
order they subscribed, before it returns; a subscriber's exception reaches the publisher.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from .fixtures import User
from .state import TenantStore

__all__ = [
    "ActionRequested",
    "AuditRecorded",
    "CredentialIssued",
    "CredentialRevoked",
    "Emit",
    "Event",
    "EventBus",
    "Subscription",
    "Ticker",
    "WebhookRaised",
]

#: Sends a webhook event of the spec's catalog to the tenant's endpoints: ``emit(event_type, data)``.
Emit = Callable[[str, Any], Any]
#: One rule of the living world: brings a tenant's store up to ``now`` (the windows that closed, the
#: runs that fell due since it last ran), sending webhooks through ``emit``. It must be idempotent:
#: called again with the same ``now`` it changes nothing. The registry lists them in their order.
Ticker = Callable[[TenantStore, datetime, Emit], None]


@dataclass(frozen=True)
class Event:
    """Base of every event: the tenant's store it happened in."""

    store: TenantStore


@dataclass(frozen=True)
class AuditRecorded(Event):
    """Something an audit trail keeps: who did what to which target, when, from where, with what outcome.

    ``actor`` is the directory user who acted, or the name of the system service that did.
    """

    actor: User | str
    action: str
    target: tuple[str, str]
    at: datetime
    request_id: str
    ip: str | None
    outcome: str = "success"
    #: The entry's id when a seeder drew it from its own random stream (None: identity draws one).
    event_id: str | None = None


@dataclass(frozen=True)
class WebhookRaised(Event):
    """A webhook event of the spec's catalog (already checked against it) for the tenant's endpoints.

    ``deliver(endpoint)`` sends it to one endpoint (``{id, url, secret, event_types}``) after the
    response; the subscriber that knows the endpoints (notification) calls it for each.
    """

    event: dict[str, Any]
    deliver: Callable[[dict[str, Any]], None]

    @property
    def type(self) -> str:
        return str(self.event["type"])


@dataclass(frozen=True)
class ActionRequested(Event):
    """An entry asked of enforcement's action queue (the spec's ``EnforcementAction`` without its
    lifecycle fields), e.g. the action of a cost recommendation just accepted; enforcement owns the queue."""

    fields: dict[str, Any]


@dataclass(frozen=True)
class CredentialRevoked(Event):
    """An agent credential revoked by another service (integration, rotating a GPU-agent connection's
    key); identity owns the credentials and revokes it if it is active."""

    key_id: str
    at: datetime


@dataclass(frozen=True)
class CredentialIssued(Event):
    """A new active agent credential minted by another service (integration, rotating a GPU-agent
    connection's key); identity owns the credentials and adds it. The secret travels only as its SHA-256."""

    key_id: str
    name: str
    scopes: tuple[str, ...]
    secret_sha256: str
    at: datetime


E = TypeVar("E", bound=Event)
Subscriber = Callable[[Any], None]
#: ``(event type, subscriber)``: what :class:`EventBus` is built from.
Subscription = tuple[type[Event], Subscriber]


class EventBus:
    """Publish/subscribe within one process; delivery is synchronous and ordered."""

    def __init__(self, subscriptions: Sequence[Subscription] = ()) -> None:
        self._subscribers: dict[type[Event], list[Subscriber]] = {}
        for event_type, subscriber in subscriptions:
            self.subscribe(event_type, subscriber)

    def subscribe(self, event_type: type[E], subscriber: Callable[[E], None]) -> None:
        """Call ``subscriber`` with every event of exactly ``event_type`` published from now on."""
        self._subscribers.setdefault(event_type, []).append(subscriber)

    def publish(self, event: Event) -> None:
        """Deliver ``event`` to its type's subscribers, in order, before returning."""
        for subscriber in self._subscribers.get(type(event), ()):
            subscriber(event)
