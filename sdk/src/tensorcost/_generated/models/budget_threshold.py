from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models.budget_notification_type import (
    BUDGET_NOTIFICATION_TYPE_VALUES,
    BudgetNotificationType,
    check_budget_notification_type,
)
from ..models.budget_threshold_type import (
    BUDGET_THRESHOLD_TYPE_VALUES,
    BudgetThresholdType,
    check_budget_threshold_type,
)
from ..types import (
    model_repr,
    parse_datetime_or_none,
    parse_float,
    parse_object,
    parse_union,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="BudgetThreshold")
_FIELDS: frozenset[str] = frozenset(
    {
        "threshold",
        "threshold_type",
        "notification_type",
        "crossed_at",
    }
)


@_attrs_define(repr=False)
class BudgetThreshold:
    """An alert threshold of a budget (after AWS Budgets notifications)."""

    threshold: float | Money
    """ A threshold in the unit of what it is compared with. Spend (the `daily_spend` and `hourly_spend` metrics, an
    `absolute_value` budget threshold) is a `Money` object, like every amount in this API; anything else (percent,
    hours, score, tokens or requests per minute) is a plain number. In a request, a bare number for a spend metric,
    or Money for another metric, is a 400 `VALIDATION_FAILED`. """
    threshold_type: BudgetThresholdType
    """ Whether `threshold` is a percentage of the limit or an amount in the limit's currency. """
    notification_type: BudgetNotificationType
    """ Whether the threshold is compared with actual spend or with forecasted spend for the period. """
    crossed_at: datetime.datetime | None
    """ When the threshold was crossed in the current period; `null` if it has not been. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.money import Money  # noqa: PLC0415

        threshold: dict[str, Any] | float
        if isinstance(self.threshold, Money):
            threshold = self.threshold.to_dict()
        else:
            threshold = self.threshold

        threshold_type: str = self.threshold_type

        notification_type: str = self.notification_type

        crossed_at: None | str
        if isinstance(self.crossed_at, datetime.datetime):
            crossed_at = self.crossed_at.isoformat()
        else:
            crossed_at = self.crossed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threshold": threshold,
                "threshold_type": threshold_type,
                "notification_type": notification_type,
                "crossed_at": crossed_at,
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
        obj.threshold = parse_union(
            (
                parse_float,
                _money.Money.from_dict,
            ),
            d["threshold"],
        )
        obj.threshold_type = (
            v
            if (v := d["threshold_type"]) in BUDGET_THRESHOLD_TYPE_VALUES
            else check_budget_threshold_type(d["threshold_type"], "BudgetThreshold.threshold_type")
        )
        obj.notification_type = (
            v
            if (v := d["notification_type"]) in BUDGET_NOTIFICATION_TYPE_VALUES
            else check_budget_notification_type(d["notification_type"], "BudgetThreshold.notification_type")
        )
        obj.crossed_at = parse_datetime_or_none(d["crossed_at"])
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
