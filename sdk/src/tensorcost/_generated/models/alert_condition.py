from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models.threshold_operator import (
    THRESHOLD_OPERATOR_VALUES,
    ThresholdOperator,
    check_threshold_operator,
)
from ..types import (
    model_repr,
    parse_float,
    parse_int,
    parse_object,
    parse_union,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AlertCondition")
_FIELDS: frozenset[str] = frozenset(
    {
        "operator",
        "threshold",
        "window_minutes",
    }
)


@_attrs_define(repr=False)
class AlertCondition:
    """When an alert rule fires."""

    operator: ThresholdOperator
    """ How the metric is compared with the threshold: `gt` >, `gte` >=, `lt` <, `lte` <=. """
    threshold: float | Money
    """ A threshold in the unit of what it is compared with. Spend (the `daily_spend` and `hourly_spend` metrics, an
    `absolute_value` budget threshold) is a `Money` object, like every amount in this API; anything else (percent,
    hours, score, tokens or requests per minute) is a plain number. In a request, a bare number for a spend metric,
    or Money for another metric, is a 400 `VALIDATION_FAILED`. """
    window_minutes: int
    """ How long the condition must hold before the rule fires; shorter breaches are ignored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.money import Money  # noqa: PLC0415

        operator: str = self.operator

        threshold: dict[str, Any] | float
        if isinstance(self.threshold, Money):
            threshold = self.threshold.to_dict()
        else:
            threshold = self.threshold

        window_minutes = self.window_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "threshold": threshold,
                "window_minutes": window_minutes,
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
        obj.operator = (
            v
            if (v := d["operator"]) in THRESHOLD_OPERATOR_VALUES
            else check_threshold_operator(d["operator"], "AlertCondition.operator")
        )
        obj.threshold = parse_union(
            (
                parse_float,
                _money.Money.from_dict,
            ),
            d["threshold"],
        )
        obj.window_minutes = (
            v if (v := d["window_minutes"]).__class__ is int else parse_int(d["window_minutes"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 3 else {}
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
