from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat, check_export_format
from ..models.export_resource import ExportResource, check_export_resource
from ..models.scheduled_export_period import (
    ScheduledExportPeriod,
    check_scheduled_export_period,
)

if TYPE_CHECKING:
    from ..models.export_delivery import ExportDelivery
    from ..models.export_schedule import ExportSchedule


T = TypeVar("T", bound="ScheduledExport")


@_attrs_define
class ScheduledExport:
    """A scheduled export job."""

    id: str
    """ Scheduled export id. """
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
    enabled: bool
    """ Whether the job runs. """
    next_run_at: datetime.datetime | None
    """ The next run, UTC; `null` when disabled. """
    last_run_at: datetime.datetime | None
    """ The last run, UTC; `null` before the first. """
    created_at: datetime.datetime
    """ When the job was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        resource: str = self.resource

        format_: str = self.format_

        period: str = self.period

        schedule = self.schedule.to_dict()

        delivery = self.delivery.to_dict()

        enabled = self.enabled

        next_run_at: None | str
        if isinstance(self.next_run_at, datetime.datetime):
            next_run_at = self.next_run_at.isoformat()
        else:
            next_run_at = self.next_run_at

        last_run_at: None | str
        if isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "resource": resource,
                "format": format_,
                "period": period,
                "schedule": schedule,
                "delivery": delivery,
                "enabled": enabled,
                "next_run_at": next_run_at,
                "last_run_at": last_run_at,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_delivery import ExportDelivery  # noqa: PLC0415
        from ..models.export_schedule import ExportSchedule  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        resource = check_export_resource(d.pop("resource"))

        format_ = check_export_format(d.pop("format"))

        period = check_scheduled_export_period(d.pop("period"))

        schedule = ExportSchedule.from_dict(d.pop("schedule"))

        delivery = ExportDelivery.from_dict(d.pop("delivery"))

        enabled = d.pop("enabled")

        def _parse_next_run_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_run_at = _parse_next_run_at(d.pop("next_run_at"))

        def _parse_last_run_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_run_at = _parse_last_run_at(d.pop("last_run_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        scheduled_export = cls(
            id=id,
            name=name,
            resource=resource,
            format_=format_,
            period=period,
            schedule=schedule,
            delivery=delivery,
            enabled=enabled,
            next_run_at=next_run_at,
            last_run_at=last_run_at,
            created_at=created_at,
        )

        scheduled_export.additional_properties = d
        return scheduled_export

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
