from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.threshold_operator import ThresholdOperator, check_threshold_operator

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AlertCondition")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        operator = check_threshold_operator(d.pop("operator"))

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

        window_minutes = d.pop("window_minutes")

        alert_condition = cls(
            operator=operator,
            threshold=threshold,
            window_minutes=window_minutes,
        )

        alert_condition.additional_properties = d
        return alert_condition

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
