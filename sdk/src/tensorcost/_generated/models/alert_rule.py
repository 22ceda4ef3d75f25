from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_severity import AlertSeverity, check_alert_severity
from ..models.monitored_metric import MonitoredMetric, check_monitored_metric

if TYPE_CHECKING:
    from ..models.alert_condition import AlertCondition
    from ..models.alert_scope import AlertScope


T = TypeVar("T", bound="AlertRule")


@_attrs_define
class AlertRule:
    """An alert rule."""

    id: str
    """ Rule id. Opaque string; ids start with `rul_`. """
    name: str
    """ Rule name, unique in the tenant. """
    description: None | str
    """ What the rule is for. """
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
    scope: AlertScope
    """ What an alert rule watches, or what an alert is about. Every field is optional; an omitted
    or null field does not narrow the scope.
     """
    condition: AlertCondition
    """ When an alert rule fires. """
    severity: AlertSeverity
    """ Severity on the PagerDuty Events v2 scale, shared by alerts, incidents and anomalies. """
    escalation_policy_id: None | str
    """ Escalation policy started when the rule fires; null for notification only. Opaque string; ids start with
    `esc_`. """
    channel_ids: list[str]
    """ Notification channels told when the rule fires. """
    enabled: bool
    """ Whether the rule is evaluated. """
    created_by: str
    """ Who created the rule. """
    created_at: datetime.datetime
    """ When the rule was created. """
    updated_at: datetime.datetime
    """ When the rule last changed. """
    last_triggered_at: datetime.datetime | None
    """ When the rule last fired; null if never. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        metric: str = self.metric

        scope = self.scope.to_dict()

        condition = self.condition.to_dict()

        severity: str = self.severity

        escalation_policy_id: None | str
        escalation_policy_id = self.escalation_policy_id

        channel_ids = self.channel_ids

        enabled = self.enabled

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_triggered_at: None | str
        if isinstance(self.last_triggered_at, datetime.datetime):
            last_triggered_at = self.last_triggered_at.isoformat()
        else:
            last_triggered_at = self.last_triggered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "metric": metric,
                "scope": scope,
                "condition": condition,
                "severity": severity,
                "escalation_policy_id": escalation_policy_id,
                "channel_ids": channel_ids,
                "enabled": enabled,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "last_triggered_at": last_triggered_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_condition import AlertCondition  # noqa: PLC0415
        from ..models.alert_scope import AlertScope  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        metric = check_monitored_metric(d.pop("metric"))

        scope = AlertScope.from_dict(d.pop("scope"))

        condition = AlertCondition.from_dict(d.pop("condition"))

        severity = check_alert_severity(d.pop("severity"))

        def _parse_escalation_policy_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        escalation_policy_id = _parse_escalation_policy_id(
            d.pop("escalation_policy_id")
        )

        channel_ids = cast(list[str], d.pop("channel_ids"))

        enabled = d.pop("enabled")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_last_triggered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_triggered_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_triggered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_triggered_at = _parse_last_triggered_at(d.pop("last_triggered_at"))

        alert_rule = cls(
            id=id,
            name=name,
            description=description,
            metric=metric,
            scope=scope,
            condition=condition,
            severity=severity,
            escalation_policy_id=escalation_policy_id,
            channel_ids=channel_ids,
            enabled=enabled,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            last_triggered_at=last_triggered_at,
        )

        alert_rule.additional_properties = d
        return alert_rule

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
