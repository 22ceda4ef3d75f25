from __future__ import annotations

import json
from collections.abc import Mapping
from functools import partial
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
    UNSET,
    Unset,
    model_repr,
    parse_bool,
    parse_list,
    parse_object,
    parse_optional,
    parse_optional_nullable,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.alert_condition import AlertCondition
    from ..models.alert_scope import AlertScope


T = TypeVar("T", bound="CreateAlertRuleRequest")
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "metric",
        "condition",
        "severity",
        "description",
        "scope",
        "escalation_policy_id",
        "channel_ids",
        "enabled",
    }
)


@_attrs_define(repr=False)
class CreateAlertRuleRequest:
    """Body of `alert_create_rule`."""

    name: str
    """ Rule name, unique in the tenant. """
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
    condition: AlertCondition
    """ When an alert rule fires. """
    severity: AlertSeverity
    """ Severity on the PagerDuty Events v2 scale, shared by alerts, incidents and anomalies. """
    description: None | str | Unset = UNSET
    """ What the rule is for. """
    scope: AlertScope | Unset = UNSET
    """ What an alert rule watches, or what an alert is about. Every field is optional; an omitted
    or null field does not narrow the scope.
     """
    escalation_policy_id: None | str | Unset = UNSET
    """ Escalation policy to start when the rule fires; omit or null for notification only. Opaque string; ids start
    with `esc_`. """
    channel_ids: list[str] | Unset = UNSET
    """ Notification channels to tell when the rule fires. Each must be a channel of this tenant (see
    `notification_list_channels`); an unknown id is a 400 `VALIDATION_FAILED`. """
    enabled: bool | Unset = True
    """ Whether the rule is evaluated from the start. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        name = self.name

        metric: str = self.metric

        condition = self.condition.to_dict()

        severity: str = self.severity

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        escalation_policy_id: None | str | Unset
        if isinstance(self.escalation_policy_id, Unset):
            escalation_policy_id = UNSET
        else:
            escalation_policy_id = self.escalation_policy_id

        channel_ids: list[str] | Unset = UNSET
        if not isinstance(self.channel_ids, Unset):
            channel_ids = self.channel_ids

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "metric": metric,
                "condition": condition,
                "severity": severity,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scope is not UNSET:
            field_dict["scope"] = scope
        if escalation_policy_id is not UNSET:
            field_dict["escalation_policy_id"] = escalation_policy_id
        if channel_ids is not UNSET:
            field_dict["channel_ids"] = channel_ids
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

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
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.metric = (
            v
            if (v := d["metric"]) in MONITORED_METRIC_VALUES
            else check_monitored_metric(d["metric"], "CreateAlertRuleRequest.metric")
        )
        obj.condition = _alert_condition.AlertCondition.from_dict(d["condition"])
        obj.severity = (
            v
            if (v := d["severity"]) in ALERT_SEVERITY_VALUES
            else check_alert_severity(d["severity"], "CreateAlertRuleRequest.severity")
        )
        obj.description = (
            v
            if (v := d.get("description", UNSET)) is UNSET or v is None or v.__class__ is str
            else parse_optional_nullable(parse_str, d.get("description", UNSET))
        )
        obj.scope = parse_optional(_alert_scope.AlertScope.from_dict, d.get("scope", UNSET))
        obj.escalation_policy_id = (
            v
            if (v := d.get("escalation_policy_id", UNSET)) is UNSET or v is None or v.__class__ is str
            else parse_optional_nullable(parse_str, d.get("escalation_policy_id", UNSET))
        )
        obj.channel_ids = parse_optional(partial(parse_list, parse_str), d.get("channel_ids", UNSET))
        obj.enabled = (
            v
            if (v := d.get("enabled", UNSET)) is UNSET or v.__class__ is bool
            else parse_optional(parse_bool, d.get("enabled", UNSET))
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
