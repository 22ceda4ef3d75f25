"""The ids of seeded records that other services refer to (alert rules and escalation policies
name channels, enforcement names policies...), so that every reference resolves whatever order
the seeders run in. Acme reuses the spec examples' ids (``world/fixed_ids.toml``), so the spec's own
example requests work against the mock; a channel's id is the one the world (``world/channels.toml``)
gives it."""

from __future__ import annotations

from tensorcost_mock.fixtures import WORLD, Tenant
from tensorcost_mock.world import derived_id


def ref_id(tenant: Tenant, prefix: str, kind: str, key: str) -> str:
    """The id of a seeded record that another service refers to (the id the world fixes for it, e.g.
    the spec example's for Acme; a channel: the id the world gives it in that tenant)."""
    if kind == "channel" and key in CHANNELS:
        return WORLD.channel_id(tenant.id, key)
    return WORLD.fixed_id(tenant.id, kind, key) or derived_id(prefix, tenant.id, kind, key)


#: The channels every tenant has (``world/channels.toml``), by key.
CHANNELS = {channel.key: channel for channel in WORLD.channels}


CHANNEL_NAMES = {key: channel.name for key, channel in CHANNELS.items()}
