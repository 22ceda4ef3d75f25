from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_plan import (
    TENANT_PLAN_VALUES,
    TenantPlan,
    check_tenant_plan,
)
from ..types import (
    model_repr,
    parse_any,
    parse_datetime,
    parse_float,
    parse_int,
    parse_object,
    parse_str,
)

T = TypeVar("T", bound="TenantSettings")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "slug",
        "plan",
        "rate_limit_per_minute",
        "default_currency",
        "timezone",
        "idle_threshold_pct",
        "created_at",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.id = parse_any(d["id"])
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.slug = v if (v := d["slug"]).__class__ is str else parse_str(d["slug"])
        obj.plan = (
            v
            if (v := d["plan"]) in TENANT_PLAN_VALUES
            else check_tenant_plan(d["plan"], "TenantSettings.plan")
        )
        obj.rate_limit_per_minute = (
            v if (v := d["rate_limit_per_minute"]).__class__ is int else parse_int(d["rate_limit_per_minute"])
        )
        obj.default_currency = (
            v if (v := d["default_currency"]).__class__ is str else parse_str(d["default_currency"])
        )
        obj.timezone = v if (v := d["timezone"]).__class__ is str else parse_str(d["timezone"])
        obj.idle_threshold_pct = (
            v
            if (v := d["idle_threshold_pct"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["idle_threshold_pct"])
        )
        obj.created_at = parse_datetime(d["created_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 9 else {}
        )
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

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
