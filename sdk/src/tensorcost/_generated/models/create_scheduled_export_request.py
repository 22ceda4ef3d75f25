from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat, check_export_format
from ..models.export_resource import ExportResource, check_export_resource
from ..models.scheduled_export_period import (
    ScheduledExportPeriod,
    check_scheduled_export_period,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_delivery import ExportDelivery
    from ..models.export_schedule import ExportSchedule


T = TypeVar("T", bound="CreateScheduledExportRequest")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_delivery import ExportDelivery  # noqa: PLC0415
        from ..models.export_schedule import ExportSchedule  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        resource = check_export_resource(d.pop("resource"))

        format_ = check_export_format(d.pop("format"))

        period = check_scheduled_export_period(d.pop("period"))

        schedule = ExportSchedule.from_dict(d.pop("schedule"))

        delivery = ExportDelivery.from_dict(d.pop("delivery"))

        enabled = d.pop("enabled", UNSET)

        create_scheduled_export_request = cls(
            name=name,
            resource=resource,
            format_=format_,
            period=period,
            schedule=schedule,
            delivery=delivery,
            enabled=enabled,
        )

        create_scheduled_export_request.additional_properties = d
        return create_scheduled_export_request

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
