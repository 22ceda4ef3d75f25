from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_float,
    parse_object,
    parse_optional,
)

T = TypeVar("T", bound="AnomalyWebhookSignals")
_FIELDS: frozenset[str] = frozenset(
    {
        "requests_per_minute",
        "repeat_prompt_ratio",
        "throttle_rate",
        "error_rate",
    }
)


@_attrs_define(repr=False)
class AnomalyWebhookSignals:
    """The signals that flagged the anomaly, over the anomaly window."""

    requests_per_minute: float | Unset = UNSET
    """ Average requests per minute. """
    repeat_prompt_ratio: float | Unset = UNSET
    """ Share of requests whose prompt repeats an earlier one. """
    throttle_rate: float | Unset = UNSET
    """ Share of requests throttled by the provider. """
    error_rate: float | Unset = UNSET
    """ Share of requests that failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        requests_per_minute = self.requests_per_minute

        repeat_prompt_ratio = self.repeat_prompt_ratio

        throttle_rate = self.throttle_rate

        error_rate = self.error_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requests_per_minute is not UNSET:
            field_dict["requests_per_minute"] = requests_per_minute
        if repeat_prompt_ratio is not UNSET:
            field_dict["repeat_prompt_ratio"] = repeat_prompt_ratio
        if throttle_rate is not UNSET:
            field_dict["throttle_rate"] = throttle_rate
        if error_rate is not UNSET:
            field_dict["error_rate"] = error_rate

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
        obj.requests_per_minute = (
            v
            if (v := d.get("requests_per_minute", UNSET)) is UNSET
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_optional(parse_float, d.get("requests_per_minute", UNSET))
        )
        obj.repeat_prompt_ratio = (
            v
            if (v := d.get("repeat_prompt_ratio", UNSET)) is UNSET
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_optional(parse_float, d.get("repeat_prompt_ratio", UNSET))
        )
        obj.throttle_rate = (
            v
            if (v := d.get("throttle_rate", UNSET)) is UNSET
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_optional(parse_float, d.get("throttle_rate", UNSET))
        )
        obj.error_rate = (
            v
            if (v := d.get("error_rate", UNSET)) is UNSET
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_optional(parse_float, d.get("error_rate", UNSET))
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 0 else {}
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
