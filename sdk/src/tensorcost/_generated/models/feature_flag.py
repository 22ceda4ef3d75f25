from __future__ import annotations

import json
from collections.abc import Mapping
from functools import partial
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_flag_source import (
    FEATURE_FLAG_SOURCE_VALUES,
    FeatureFlagSource,
    check_feature_flag_source,
)
from ..types import (
    model_repr,
    parse_bool,
    parse_float,
    parse_nullable,
    parse_object,
    parse_str,
    parse_union,
)

T = TypeVar("T", bound="FeatureFlag")
_FIELDS: frozenset[str] = frozenset(
    {
        "key",
        "enabled",
        "value",
        "source",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.key = v if (v := d["key"]).__class__ is str else parse_str(d["key"])
        obj.enabled = v if (v := d["enabled"]).__class__ is bool else parse_bool(d["enabled"])
        obj.value = parse_nullable(
            partial(
                parse_union,
                (
                    parse_str,
                    parse_float,
                    parse_bool,
                ),
            ),
            d["value"],
        )
        obj.source = (
            v
            if (v := d["source"]) in FEATURE_FLAG_SOURCE_VALUES
            else check_feature_flag_source(d["source"], "FeatureFlag.source")
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 4 else {}
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
