"""notification's seed: the world's channels (``world/channels.toml``) with their write-only secrets."""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta
from typing import Any

from tensorcost_mock.domain.notification import store_channel
from tensorcost_mock.domain.refs import ref_id
from tensorcost_mock.fixtures import WORLD, Tenant, seeder
from tensorcost_mock.state import TenantStore, iso

_B62 = string.ascii_letters + string.digits


def domain_of(tenant: Tenant) -> str:
    return f"{tenant.slug}.com"


def _token(rng: random.Random, n: int, alphabet: str = _B62) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _fill(value: Any, domain: str) -> Any:
    if isinstance(value, str):
        return value.replace("{domain}", domain)
    if isinstance(value, list):
        return [_fill(v, domain) for v in value]
    return value


def _seed_secret(kind: str, rng: random.Random, tenant: Tenant) -> str:
    if kind == "slack":
        return f"https://hooks.slack.com/services/T0{_token(rng, 8).upper()}/B0{_token(rng, 8).upper()}/{_token(rng, 24)}"
    if kind == "teams":
        return f"https://{tenant.slug.replace('-', '')}.webhook.office.com/webhookb2/{_token(rng, 36)}"
    if kind == "pagerduty":
        return _token(rng, 32, string.ascii_lowercase + string.digits)
    return "whsec_" + _token(rng, 32)


@seeder("notification")
def seed_notification(store: TenantStore, tenant: Tenant, rng: random.Random, now: datetime) -> None:
    channels = store.collection("notification_channels", kind="notification channel")
    domain = domain_of(tenant)
    for channel in WORLD.channels:
        key, kind, name, description = channel.key, channel.type, channel.name, channel.description
        enabled, age_days, config = channel.enabled, channel.age_days, channel.config
        created = now - timedelta(days=age_days, hours=rng.randint(1, 9), minutes=rng.randint(0, 59))
        updated = created + timedelta(days=rng.choice([0, 0, 3, 41]))
        public: dict[str, Any] = {"type": kind, **{k: _fill(v, domain) for k, v in config.items()}}
        secret = None if kind == "email" else _seed_secret(kind, rng, tenant)
        last_delivery = None
        if enabled:
            last_delivery = iso(now - timedelta(hours=rng.randint(2, 120), minutes=rng.randint(0, 59)))
        record = {
            "id": ref_id(tenant, "chn_", "channel", key),
            "name": name,
            "description": description,
            "enabled": enabled,
            "config": public,
            "created_at": iso(created),
            "updated_at": iso(min(updated, now)),
            "last_delivery_at": last_delivery,
        }
        store_channel(store, record, secret)
        channels.add(record)
