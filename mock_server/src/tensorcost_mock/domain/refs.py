"""The ids of seeded records that other services refer to (alert rules and escalation policies
name channels, enforcement names policies...), so that every reference resolves whatever order
the seeders run in. Acme reuses the spec examples' ids, so the spec's own example requests work
against the mock; a channel's id is the one the world (``world/channels.toml``) gives it."""

from __future__ import annotations

from tensorcost_mock.fixtures import ACME, WORLD, Tenant
from tensorcost_mock.world import derived_id

#: Ids the spec's examples use, given to Acme's seeded records so that the examples resolve.
ACME_IDS = {
    "escalation:finops": "esc_6Jd3Hs8Fk2Wm",
    "rule:idle_h100": "rul_9Kc4Vb2Nm7Qs",
    "rule:search_daily": "rul_5Tn2Wq8Kp3Lx",
    "alert:search_daily_open": "alr_8fKq2Lm9Xp4R",
    "incident:search_daily_open": "inc_2Vb7Nc4Xz9Qp",
    "policy:idle_ml": "pol_3mRt8Kx2Qw7N",
    "policy:route_support": "pol_7Yc2Hv5Bn8Md",
    "action:idle_ml_pending": "act_9Xp4Rt2LmQ8k",
}


def ref_id(tenant: Tenant, prefix: str, kind: str, key: str) -> str:
    """The id of a seeded record that another service refers to (Acme: the spec example's id; a
    channel: the id the world gives it in that tenant)."""
    if kind == "channel" and key in CHANNELS:
        return WORLD.channel_id(tenant.id, key)
    fixed = ACME_IDS.get(f"{kind}:{key}") if tenant.id == ACME.id else None
    return fixed or derived_id(prefix, tenant.id, kind, key)


#: The channels every tenant has (``world/channels.toml``), by key.
CHANNELS = {channel.key: channel for channel in WORLD.channels}


CHANNEL_NAMES = {key: channel.name for key, channel in CHANNELS.items()}
