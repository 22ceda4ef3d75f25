from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_plan import TenantPlan, check_tenant_plan

T = TypeVar("T", bound="TenantSettings")


@_attrs_define
class TenantSettings:
    """Settings of a tenant."""

    id: UUID
    """ Tenant id (the `tenant_id` used at login). """
    name: str
    """ Display name. """
    slug: str
    """ URL-safe short name. """
    plan: TenantPlan
    """ The tenant's subscription plan. """
    rate_limit_per_minute: int
    """ API requests per minute for the tenant (1,000 by default, 10,000 on enterprise). """
    default_currency: str
    """ ISO-4217 currency that reports and budgets use by default. """
    timezone: str
    """ IANA time zone for report schedules and calendar periods, e.g. `Europe/Berlin`. """
    idle_threshold_pct: float
    """ GPU idle threshold in percent, the default `threshold` of `gpu_list_idle_instances`; an instance whose
    average `gr_engine_active` (over all its GPUs and MIG slices, as a percentage) stays below it counts as idle.
    """
    created_at: datetime.datetime
    """ When the tenant was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        slug = self.slug

        plan: str = self.plan

        rate_limit_per_minute = self.rate_limit_per_minute

        default_currency = self.default_currency

        timezone = self.timezone

        idle_threshold_pct = self.idle_threshold_pct

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "plan": plan,
                "rate_limit_per_minute": rate_limit_per_minute,
                "default_currency": default_currency,
                "timezone": timezone,
                "idle_threshold_pct": idle_threshold_pct,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        slug = d.pop("slug")

        plan = check_tenant_plan(d.pop("plan"))

        rate_limit_per_minute = d.pop("rate_limit_per_minute")

        default_currency = d.pop("default_currency")

        timezone = d.pop("timezone")

        idle_threshold_pct = d.pop("idle_threshold_pct")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        tenant_settings = cls(
            id=id,
            name=name,
            slug=slug,
            plan=plan,
            rate_limit_per_minute=rate_limit_per_minute,
            default_currency=default_currency,
            timezone=timezone,
            idle_threshold_pct=idle_threshold_pct,
            created_at=created_at,
        )

        tenant_settings.additional_properties = d
        return tenant_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
