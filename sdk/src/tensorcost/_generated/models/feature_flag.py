from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_flag_source import FeatureFlagSource, check_feature_flag_source

T = TypeVar("T", bound="FeatureFlag")


@_attrs_define
class FeatureFlag:
    """A feature flag evaluated for the current user."""

    key: str
    """ Flag key, e.g. `gpu.mig_recommendations`. """
    enabled: bool
    """ Whether the feature is on for this user. """
    value: bool | float | None | str
    """ The flag's value for multivariate flags (a string, number or boolean); `null` when the flag is only on/off.
    """
    source: FeatureFlagSource
    """ Where a flag value came from: the built-in `default`, the tenant's `plan`, a `tenant` override, a `user`
    override, or a percentage `rollout`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        enabled = self.enabled

        value: bool | float | None | str
        value = self.value

        source: str = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "enabled": enabled,
                "value": value,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        enabled = d.pop("enabled")

        def _parse_value(data: object) -> bool | float | None | str:
            if data is None:
                return data
            return cast(bool | float | None | str, data)

        value = _parse_value(d.pop("value"))

        source = check_feature_flag_source(d.pop("source"))

        feature_flag = cls(
            key=key,
            enabled=enabled,
            value=value,
            source=source,
        )

        feature_flag.additional_properties = d
        return feature_flag

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
