from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models.monitored_metric import (
    MONITORED_METRIC_VALUES,
    MonitoredMetric,
    check_monitored_metric,
)
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


T = TypeVar("T", bound="PolicyCondition")
_FIELDS: frozenset[str] = frozenset(
    {
        "metric",
        "operator",
        "threshold",
        "window_minutes",
    }
)


@_attrs_define(repr=False)
class PolicyCondition:
    """One condition of a policy."""

    metric: MonitoredMetric
    """ A metric that alert rules and policy conditions watch; the threshold's unit depends on it.
    `daily_spend`: effective cost so far in the current UTC day (a `Money` threshold).
    `hourly_spend`: effective cost in the trailing 60 minutes (a `Money` threshold). `budget_burn_pct`: percent of
    the budget's limit
    consumed in the current period. `forecast_overrun`: forecasted period-end spend above the
    budget limit, percent of the limit. `idle_gpu_hours`: consecutive hours an instance has been
    below the idle threshold. `gpu_util_pct`: average GPU utilisation (DCGM_FI_DEV_GPU_UTIL), percent.
    `anomaly_score`: anomaly detector score, 0 to 1. `token_rate`: input plus output tokens per
    minute. `request_rate`: inference requests per minute.
     """
    operator: ThresholdOperator
    """ How the metric is compared with the threshold: `gt` >, `gte` >=, `lt` <, `lte` <=. """
    threshold: float | Money
    """ A threshold in the unit of what it is compared with. Spend (the `daily_spend` and `hourly_spend` metrics, an
    `absolute_value` budget threshold) is a `Money` object, like every amount in this API; anything else (percent,
    hours, score, tokens or requests per minute) is a plain number. In a request, a bare number for a spend metric,
    or Money for another metric, is a 400 `VALIDATION_FAILED`. """
    window_minutes: int
    """ How long the condition must hold before it counts as met. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.money import Money  # noqa: PLC0415

        metric: str = self.metric

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
                "metric": metric,
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
        obj.metric = (
            v
            if (v := d["metric"]) in MONITORED_METRIC_VALUES
            else check_monitored_metric(d["metric"], "PolicyCondition.metric")
        )
        obj.operator = (
            v
            if (v := d["operator"]) in THRESHOLD_OPERATOR_VALUES
            else check_threshold_operator(d["operator"], "PolicyCondition.operator")
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
