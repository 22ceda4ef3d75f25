from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_notification_type import (
    BudgetNotificationType,
    check_budget_notification_type,
)
from ..models.budget_threshold_type import (
    BudgetThresholdType,
    check_budget_threshold_type,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="BudgetThreshold")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_threshold(data: object) -> float | Money:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_threshold_type_1 = Money.from_dict(data)

                return componentsschemas_threshold_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | Money, data)

        threshold = _parse_threshold(d.pop("threshold"))

        threshold_type = check_budget_threshold_type(d.pop("threshold_type"))

        notification_type = check_budget_notification_type(d.pop("notification_type"))

        def _parse_crossed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                crossed_at_type_0 = datetime.datetime.fromisoformat(data)

                return crossed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        crossed_at = _parse_crossed_at(d.pop("crossed_at"))

        budget_threshold = cls(
            threshold=threshold,
            threshold_type=threshold_type,
            notification_type=notification_type,
            crossed_at=crossed_at,
        )

        budget_threshold.additional_properties = d
        return budget_threshold

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
