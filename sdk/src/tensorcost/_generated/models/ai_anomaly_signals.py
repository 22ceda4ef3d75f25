from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AiAnomalySignals")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_requests_per_minute(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        requests_per_minute = _parse_requests_per_minute(d.pop("requests_per_minute"))

        def _parse_baseline_requests_per_minute(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        baseline_requests_per_minute = _parse_baseline_requests_per_minute(
            d.pop("baseline_requests_per_minute")
        )

        def _parse_repeat_prompt_ratio(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        repeat_prompt_ratio = _parse_repeat_prompt_ratio(d.pop("repeat_prompt_ratio"))

        def _parse_throttle_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        throttle_rate = _parse_throttle_rate(d.pop("throttle_rate"))

        def _parse_error_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        error_rate = _parse_error_rate(d.pop("error_rate"))

        ai_anomaly_signals = cls(
            requests_per_minute=requests_per_minute,
            baseline_requests_per_minute=baseline_requests_per_minute,
            repeat_prompt_ratio=repeat_prompt_ratio,
            throttle_rate=throttle_rate,
            error_rate=error_rate,
        )

        ai_anomaly_signals.additional_properties = d
        return ai_anomaly_signals

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
