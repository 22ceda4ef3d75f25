from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import alert_condition as _alert_condition
from ..models import alert_scope as _alert_scope
from ..models.alert_severity import (
    ALERT_SEVERITY_VALUES,
    AlertSeverity,
    check_alert_severity,
)
from ..models.monitored_metric import (
    MONITORED_METRIC_VALUES,
    MonitoredMetric,
    check_monitored_metric,
)
from ..types import (
    model_repr,
    parse_bool,
    parse_datetime,
    parse_datetime_or_none,
    parse_list,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.alert_condition import AlertCondition
    from ..models.alert_scope import AlertScope


T = TypeVar("T", bound="AlertRule")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "metric",
        "scope",
        "condition",
        "severity",
        "escalation_policy_id",
        "channel_ids",
        "enabled",
        "created_by",
        "created_at",
        "updated_at",
        "last_triggered_at",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.id = v if (v := d["id"]).__class__ is str else parse_str(d["id"])
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.description = (
            v
            if (v := d["description"]) is None or v.__class__ is str
            else parse_str_or_none(d["description"])
        )
        obj.metric = (
            v
            if (v := d["metric"]) in MONITORED_METRIC_VALUES
            else check_monitored_metric(d["metric"], "AlertRule.metric")
        )
        obj.scope = _alert_scope.AlertScope.from_dict(d["scope"])
        obj.condition = _alert_condition.AlertCondition.from_dict(d["condition"])
        obj.severity = (
            v
            if (v := d["severity"]) in ALERT_SEVERITY_VALUES
            else check_alert_severity(d["severity"], "AlertRule.severity")
        )
        obj.escalation_policy_id = (
            v
            if (v := d["escalation_policy_id"]) is None or v.__class__ is str
            else parse_str_or_none(d["escalation_policy_id"])
        )
        obj.channel_ids = parse_list(parse_str, d["channel_ids"])
        obj.enabled = v if (v := d["enabled"]).__class__ is bool else parse_bool(d["enabled"])
        obj.created_by = v if (v := d["created_by"]).__class__ is str else parse_str(d["created_by"])
        obj.created_at = parse_datetime(d["created_at"])
        obj.updated_at = parse_datetime(d["updated_at"])
        obj.last_triggered_at = parse_datetime_or_none(d["last_triggered_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 14 else {}
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
