from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_type import AlertType, check_alert_type

T = TypeVar("T", bound="AlertTypeCount")


@_attrs_define
class AlertTypeCount:
    """Alert counts for one type."""

    type_: AlertType
    """ What kind of condition raised the alert. Rule-based types follow the rule's metric
    (`spend_threshold` for daily/hourly spend, `budget_threshold` for budget burn,
    `forecast_overrun`, `cost_anomaly` for anomaly score, `idle_gpu` for idle hours and GPU
    utilisation, `token_rate` for token and request rates); `agent_disconnected`,
    `sync_failure` and `enforcement_failed` are raised by the platform itself.
     """
    open_: int
    """ Alerts of this type still `triggered` or `acknowledged`. """
    total: int
    """ All alerts of this type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        open_ = self.open_

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "open": open_,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_alert_type(d.pop("type"))

        open_ = d.pop("open")

        total = d.pop("total")

        alert_type_count = cls(
            type_=type_,
            open_=open_,
            total=total,
        )

        alert_type_count.additional_properties = d
        return alert_type_count

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
