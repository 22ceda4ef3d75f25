from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_detail_location import (
    ErrorDetailLocation,
    check_error_detail_location,
)

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """One field-level validation problem."""

    location: ErrorDetailLocation
    """ Where the offending value was. """
    field: str
    """ The field, as a dotted path for body fields (`conditions.0.threshold`) or the parameter name. """
    message: str
    """ What is wrong with it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location: str = self.location

        field = self.field

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
                "field": field,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        location = check_error_detail_location(d.pop("location"))

        field = d.pop("field")

        message = d.pop("message")

        error_detail = cls(
            location=location,
            field=field,
            message=message,
        )

        error_detail.additional_properties = d
        return error_detail

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
