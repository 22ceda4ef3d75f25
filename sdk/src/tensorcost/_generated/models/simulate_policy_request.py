from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import policy_definition as _policy_definition
from ..models import time_window as _time_window
from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_int,
    parse_object,
    parse_optional,
)

if TYPE_CHECKING:
    from ..models.policy_definition import PolicyDefinition
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="SimulatePolicyRequest")
_FIELDS: frozenset[str] = frozenset(
    {
        "policy",
        "window",
        "sample_size",
    }
)


@_attrs_define(repr=False)
class SimulatePolicyRequest:
    """Body of `enforcement_simulate_policy`."""

    policy: PolicyDefinition
    """ The behaviour of a policy without its name or mode, as `enforcement_simulate_policy` takes it. """
    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    sample_size: int | Unset = 10
    """ How many matching events to return in `sample_matches`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        policy = self.policy.to_dict()

        window = self.window.to_dict()

        sample_size = self.sample_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy": policy,
                "window": window,
            }
        )
        if sample_size is not UNSET:
            field_dict["sample_size"] = sample_size

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
        obj.policy = _policy_definition.PolicyDefinition.from_dict(d["policy"])
        obj.window = _time_window.TimeWindow.from_dict(d["window"])
        obj.sample_size = (
            v
            if (v := d.get("sample_size", UNSET)) is UNSET or v.__class__ is int
            else parse_optional(parse_int, d.get("sample_size", UNSET))
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 2 else {}
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
