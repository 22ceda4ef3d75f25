from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alert_counts import AlertCounts


T = TypeVar("T", bound="AlertSeverityCounts")


@_attrs_define
class AlertSeverityCounts:
    """Alert counts for each severity."""

    critical: AlertCounts
    """ Open and total alert counts. """
    error: AlertCounts
    """ Open and total alert counts. """
    warning: AlertCounts
    """ Open and total alert counts. """
    info: AlertCounts
    """ Open and total alert counts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        critical = self.critical.to_dict()

        error = self.error.to_dict()

        warning = self.warning.to_dict()

        info = self.info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "critical": critical,
                "error": error,
                "warning": warning,
                "info": info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_counts import AlertCounts  # noqa: PLC0415

        d = dict(src_dict)
        critical = AlertCounts.from_dict(d.pop("critical"))

        error = AlertCounts.from_dict(d.pop("error"))

        warning = AlertCounts.from_dict(d.pop("warning"))

        info = AlertCounts.from_dict(d.pop("info"))

        alert_severity_counts = cls(
            critical=critical,
            error=error,
            warning=warning,
            info=info,
        )

        alert_severity_counts.additional_properties = d
        return alert_severity_counts

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
