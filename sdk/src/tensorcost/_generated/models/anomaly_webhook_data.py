from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_anomaly_type import AiAnomalyType, check_ai_anomaly_type
from ..models.alert_severity import AlertSeverity, check_alert_severity

if TYPE_CHECKING:
    from ..models.anomaly_webhook_scope import AnomalyWebhookScope
    from ..models.anomaly_webhook_signals import AnomalyWebhookSignals
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="AnomalyWebhookData")


@_attrs_define
class AnomalyWebhookData:
    """A detected spend anomaly."""

    id: str
    """ Anomaly id. Opaque string; ids start with `anm_`. """
    type_: AiAnomalyType
    """ Kind of anomaly: an agent repeating itself, a spend jump, or clients retrying failed or throttled calls. """
    severity: AlertSeverity
    """ Severity on the PagerDuty Events v2 scale, shared by alerts, incidents and anomalies. """
    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    scope: AnomalyWebhookScope
    """ What the anomalous spend is attributed to; absent keys are not part of the scope. """
    baseline_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    observed_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    excess_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    signals: AnomalyWebhookSignals
    """ The signals that flagged the anomaly, over the anomaly window. """
    detected_at: datetime.datetime
    """ When the anomaly was detected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        severity: str = self.severity

        window = self.window.to_dict()

        scope = self.scope.to_dict()

        baseline_cost = self.baseline_cost.to_dict()

        observed_cost = self.observed_cost.to_dict()

        excess_cost = self.excess_cost.to_dict()

        signals = self.signals.to_dict()

        detected_at = self.detected_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "severity": severity,
                "window": window,
                "scope": scope,
                "baseline_cost": baseline_cost,
                "observed_cost": observed_cost,
                "excess_cost": excess_cost,
                "signals": signals,
                "detected_at": detected_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.anomaly_webhook_scope import AnomalyWebhookScope  # noqa: PLC0415
        from ..models.anomaly_webhook_signals import AnomalyWebhookSignals  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.time_window import TimeWindow  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_ai_anomaly_type(d.pop("type"))

        severity = check_alert_severity(d.pop("severity"))

        window = TimeWindow.from_dict(d.pop("window"))

        scope = AnomalyWebhookScope.from_dict(d.pop("scope"))

        baseline_cost = Money.from_dict(d.pop("baseline_cost"))

        observed_cost = Money.from_dict(d.pop("observed_cost"))

        excess_cost = Money.from_dict(d.pop("excess_cost"))

        signals = AnomalyWebhookSignals.from_dict(d.pop("signals"))

        detected_at = datetime.datetime.fromisoformat(d.pop("detected_at"))

        anomaly_webhook_data = cls(
            id=id,
            type_=type_,
            severity=severity,
            window=window,
            scope=scope,
            baseline_cost=baseline_cost,
            observed_cost=observed_cost,
            excess_cost=excess_cost,
            signals=signals,
            detected_at=detected_at,
        )

        anomaly_webhook_data.additional_properties = d
        return anomaly_webhook_data

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
