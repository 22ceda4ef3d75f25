"""The resources of the world that alert rules watch and enforcement policies act on, shared by the
alert and enforcement services: the tenant's watched GPU hosts (``world/fleet.toml``), the inference
streams (``world/models.toml``), the tenant's spend scale and the seeded people who author rules."""

from __future__ import annotations

from decimal import Decimal

from tensorcost_mock.fixtures import WORLD, Instance, Tenant, seed_users
from tensorcost_mock.world import Usage

#: The inference streams alert rules and policies watch (``world/models.toml``), in every tenant.
MODEL_STREAMS = WORLD.model_streams


def fleet(tenant: Tenant) -> tuple[Instance, ...]:
    """The tenant's GPU hosts that alert rules watch and policies simulate on: the instances of its
    fleet (``world/fleet.toml``) with a ``usage`` profile."""
    return WORLD.watched(tenant.id)


def usage_of(host: Instance) -> Usage:
    assert host.usage is not None  # fleet() returns only instances with a usage profile
    return host.usage


def gpus_label(host: Instance) -> str:
    """``8x H100``: how many GPUs of which kind an instance has."""
    return f"{host.type.gpu_count}x {host.type.gpu_type.split('-')[0]}"


def blended_price(model_id: str) -> float | None:
    """USD per 1M tokens of a model of the world's price table (80% input, 20% output)."""
    model = WORLD.models.get(model_id)
    return None if model is None else float(model.blended_per_mtok)


def spend_scale(tenant: Tenant) -> Decimal:
    return Decimal(3) if tenant.tier == "enterprise" else Decimal(1)


def instance_id(tenant: Tenant, name: str) -> str:
    """The id of the tenant's instance called ``name`` (the one ``GET /v1/gpu/instances/{id}`` serves)."""
    return WORLD.instance_named(tenant.id, name).id


def emails_by_role(tenant: Tenant) -> dict[str, str]:
    """``lead`` (admin or owner), ``owner``, ``analyst``, ``engineer``: seeded users of the tenant."""
    members = {role: u.email for u in seed_users() for t, role in u.memberships.items() if t == tenant.id}
    lead = members.get("admin") or members["owner"]
    return {
        "lead": lead,
        "owner": members.get("owner", lead),
        "analyst": members.get("finops_analyst", lead),
        "engineer": members.get("engineer", lead),
    }
