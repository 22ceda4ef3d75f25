from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import export_delivery as _export_delivery
from ..models import export_schedule as _export_schedule
from ..models.export_format import (
    EXPORT_FORMAT_VALUES,
    ExportFormat,
    check_export_format,
)
from ..models.export_resource import (
    EXPORT_RESOURCE_VALUES,
    ExportResource,
    check_export_resource,
)
from ..models.scheduled_export_period import (
    SCHEDULED_EXPORT_PERIOD_VALUES,
    ScheduledExportPeriod,
    check_scheduled_export_period,
)
from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_bool,
    parse_object,
    parse_optional,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.export_delivery import ExportDelivery
    from ..models.export_schedule import ExportSchedule


T = TypeVar("T", bound="CreateScheduledExportRequest")
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "resource",
        "format",
        "period",
        "schedule",
        "delivery",
        "enabled",
    }
)


@_attrs_define(repr=False)
class CreateScheduledExportRequest:
    """Body of `report_create_scheduled_export`."""

    name: str
    """ Display name, unique in the tenant. """
    resource: ExportResource
    """ A resource that can be exported. """
    format_: ExportFormat
    """ File format of an export. Closed: the API reference names exactly `format=csv|pdf`, and each value is a
    response media type. """
    period: ScheduledExportPeriod
    """ The data window each run covers, relative to the run time in the schedule's time zone. """
    schedule: ExportSchedule
    """ When a scheduled export runs. """
    delivery: ExportDelivery
    """ Where a scheduled export is sent; at least one email address or channel in total. """
    enabled: bool | Unset = True
    """ Whether the job runs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        name = self.name

        resource: str = self.resource

        format_: str = self.format_

        period: str = self.period

        schedule = self.schedule.to_dict()

        delivery = self.delivery.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "resource": resource,
                "format": format_,
                "period": period,
                "schedule": schedule,
                "delivery": delivery,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

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
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.resource = (
            v
            if (v := d["resource"]) in EXPORT_RESOURCE_VALUES
            else check_export_resource(d["resource"], "CreateScheduledExportRequest.resource")
        )
        obj.format_ = v if (v := d["format"]) in EXPORT_FORMAT_VALUES else check_export_format(d["format"])
        obj.period = (
            v
            if (v := d["period"]) in SCHEDULED_EXPORT_PERIOD_VALUES
            else check_scheduled_export_period(d["period"], "CreateScheduledExportRequest.period")
        )
        obj.schedule = _export_schedule.ExportSchedule.from_dict(d["schedule"])
        obj.delivery = _export_delivery.ExportDelivery.from_dict(d["delivery"])
        obj.enabled = (
            v
            if (v := d.get("enabled", UNSET)) is UNSET or v.__class__ is bool
            else parse_optional(parse_bool, d.get("enabled", UNSET))
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 6 else {}
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
