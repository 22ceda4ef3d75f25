from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models.enforcement_action_type import (
    ENFORCEMENT_ACTION_TYPE_VALUES,
    EnforcementActionType,
    check_enforcement_action_type,
)
from ..types import (
    model_repr,
    parse_bool,
    parse_int,
    parse_object,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="SimulatedAction")
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "count",
        "targets",
        "would_require_approval",
        "estimated_savings",
    }
)


@_attrs_define(repr=False)
class SimulatedAction:
    """How often one action type would have run in the window."""

    type_: EnforcementActionType
    """ What an action does: `notify` sends to channels; `throttle` caps request and token rates;
    `block_model` refuses calls to models; `route_model` sends traffic to a cheaper model;
    `stop_instance` stops GPU instances; `scale_down` shrinks a GPU group; `revoke_key` revokes
    agent credentials.
     """
    count: int
    """ Times the action would have run (after cooldowns). """
    targets: int
    """ Distinct targets it would have acted on. """
    would_require_approval: bool
    """ Whether each run would have waited for approval. """
    estimated_savings: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        type_: str = self.type_

        count = self.count

        targets = self.targets

        would_require_approval = self.would_require_approval

        estimated_savings = self.estimated_savings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "count": count,
                "targets": targets,
                "would_require_approval": would_require_approval,
                "estimated_savings": estimated_savings,
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
        obj.type_ = (
            v
            if (v := d["type"]) in ENFORCEMENT_ACTION_TYPE_VALUES
            else check_enforcement_action_type(d["type"], "SimulatedAction.type")
        )
        obj.count = v if (v := d["count"]).__class__ is int else parse_int(d["count"])
        obj.targets = v if (v := d["targets"]).__class__ is int else parse_int(d["targets"])
        obj.would_require_approval = (
            v
            if (v := d["would_require_approval"]).__class__ is bool
            else parse_bool(d["would_require_approval"])
        )
        obj.estimated_savings = _money.Money.from_dict(d["estimated_savings"])
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
