from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    parse_float_or_none,
    parse_object,
)

T = TypeVar("T", bound="AiAnomalySignals")
_FIELDS: frozenset[str] = frozenset(
    {
        "requests_per_minute",
        "baseline_requests_per_minute",
        "repeat_prompt_ratio",
        "throttle_rate",
        "error_rate",
    }
)


@_attrs_define(repr=False)
class AiAnomalySignals:
    """The signals behind the detection; null when a signal does not apply."""

    requests_per_minute: float | None
    """ Observed requests per minute in the window. """
    baseline_requests_per_minute: float | None
    """ Expected requests per minute for the same scope and time of week. """
    repeat_prompt_ratio: float | None
    """ Share of requests whose prompt repeats an earlier one in the window. """
    throttle_rate: float | None
    """ Share of requests throttled (HTTP 429). """
    error_rate: float | None
    """ Share of requests that failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        requests_per_minute: float | None
        requests_per_minute = self.requests_per_minute

        baseline_requests_per_minute: float | None
        baseline_requests_per_minute = self.baseline_requests_per_minute

        repeat_prompt_ratio: float | None
        repeat_prompt_ratio = self.repeat_prompt_ratio

        throttle_rate: float | None
        throttle_rate = self.throttle_rate

        error_rate: float | None
        error_rate = self.error_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requests_per_minute": requests_per_minute,
                "baseline_requests_per_minute": baseline_requests_per_minute,
                "repeat_prompt_ratio": repeat_prompt_ratio,
                "throttle_rate": throttle_rate,
                "error_rate": error_rate,
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
        obj.requests_per_minute = (
            v
            if (v := d["requests_per_minute"]) is None
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_float_or_none(d["requests_per_minute"])
        )
        obj.baseline_requests_per_minute = (
            v
            if (v := d["baseline_requests_per_minute"]) is None
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_float_or_none(d["baseline_requests_per_minute"])
        )
        obj.repeat_prompt_ratio = (
            v
            if (v := d["repeat_prompt_ratio"]) is None
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_float_or_none(d["repeat_prompt_ratio"])
        )
        obj.throttle_rate = (
            v
            if (v := d["throttle_rate"]) is None
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_float_or_none(d["throttle_rate"])
        )
        obj.error_rate = (
            v
            if (v := d["error_rate"]) is None or v.__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float_or_none(d["error_rate"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 5 else {}
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
