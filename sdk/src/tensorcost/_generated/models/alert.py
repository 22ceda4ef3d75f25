from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import alert_custom_details as _alert_custom_details
from ..models import alert_scope as _alert_scope
from ..models import money as _money
from ..models.alert_severity import (
    ALERT_SEVERITY_VALUES,
    AlertSeverity,
    check_alert_severity,
)
from ..models.alert_status import (
    ALERT_STATUS_VALUES,
    AlertStatus,
    check_alert_status,
)
from ..models.alert_type import (
    ALERT_TYPE_VALUES,
    AlertType,
    check_alert_type,
)
from ..models.monitored_metric import (
    MONITORED_METRIC_VALUES,
    MonitoredMetric,
    check_monitored_metric_or_none,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_datetime_or_none,
    parse_float,
    parse_int,
    parse_nullable,
    parse_object,
    parse_str,
    parse_str_or_none,
    parse_union,
)

if TYPE_CHECKING:
    from ..models.alert_custom_details import AlertCustomDetails
    from ..models.alert_scope import AlertScope
    from ..models.money import Money


T = TypeVar("T", bound="Alert")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "dedup_key",
        "summary",
        "severity",
        "status",
        "type",
        "metric",
        "observed_value",
        "threshold",
        "cost_impact",
        "scope",
        "rule_id",
        "incident_id",
        "escalation_policy_id",
        "escalation_level",
        "event_count",
        "triggered_at",
        "last_event_at",
        "acknowledged_at",
        "acknowledged_by",
        "resolved_at",
        "resolved_by",
        "resolution_note",
        "ignored_at",
        "ignored_by",
        "ignored_reason",
        "custom_details",
    }
)


@_attrs_define(repr=False)
class Alert:
    """An alert (PagerDuty Events v2 model). Repeated trigger events with the same `dedup_key`
    update the open alert instead of opening a new one.

    """

    id: str
    """ Alert id. Opaque string; ids start with `alr_`. """
    dedup_key: str
    """ Deduplication key; events with the same key fold into this alert while it is open. """
    summary: str
    """ One-line description of what happened. """
    severity: AlertSeverity
    """ Severity on the PagerDuty Events v2 scale, shared by alerts, incidents and anomalies. """
    status: AlertStatus
    """ Alert status, as in PagerDuty (`triggered`, `acknowledged`, `resolved`) plus `ignored`, an
    audit-trailed dismissal. `triggered` and `acknowledged` are open; the other two are final.
     """
    type_: AlertType
    """ What kind of condition raised the alert. Rule-based types follow the rule's metric
    (`spend_threshold` for daily/hourly spend, `budget_threshold` for budget burn,
    `forecast_overrun`, `cost_anomaly` for anomaly score, `idle_gpu` for idle hours and GPU
    utilisation, `token_rate` for token and request rates); `agent_disconnected`,
    `sync_failure` and `enforcement_failed` are raised by the platform itself.
     """
    metric: MonitoredMetric | None
    """ The metric that crossed the threshold; null for platform alerts. """
    observed_value: float | Money | None
    """ The metric's value when the alert last fired, in the metric's unit (a `Money` object for the spend metrics);
    null for platform alerts. """
    threshold: float | Money | None
    """ The rule's threshold, in the metric's unit (a `Money` object for the spend metrics); null for platform
    alerts. """
    cost_impact: Money | None
    """ Estimated spend attributable to the condition (e.g. spend above the threshold, or idle cost); null when not
    a cost condition. """
    scope: AlertScope
    """ What an alert rule watches, or what an alert is about. Every field is optional; an omitted
    or null field does not narrow the scope.
     """
    rule_id: None | str
    """ The rule that raised it; null for platform alerts. Opaque string; ids start with `rul_`. """
    incident_id: None | str
    """ The incident it is grouped into, if any. Opaque string; ids start with `inc_`. """
    escalation_policy_id: None | str
    """ The escalation policy notifying people about it, if any. Opaque string; ids start with `esc_`. """
    escalation_level: int
    """ The escalation rule reached so far (1 = first); 0 when no policy applies. """
    event_count: int
    """ Trigger events deduplicated into this alert. """
    triggered_at: datetime.datetime
    """ When the first event opened the alert. """
    last_event_at: datetime.datetime
    """ When the latest deduplicated event arrived. """
    acknowledged_at: datetime.datetime | None
    """ When it was acknowledged. """
    acknowledged_by: None | str
    """ Who acknowledged it. """
    resolved_at: datetime.datetime | None
    """ When it was resolved (by a user, or automatically when the condition cleared). """
    resolved_by: None | str
    """ Who resolved it: a user's email, or `system` when the condition cleared. """
    resolution_note: None | str
    """ The note given when resolving. """
    ignored_at: datetime.datetime | None
    """ When it was ignored. """
    ignored_by: None | str
    """ Who ignored it (audit trail). """
    ignored_reason: None | str
    """ Why it was ignored (audit trail); null when no reason was given. """
    custom_details: AlertCustomDetails
    """ Free-form context from the rule or detector (PagerDuty `custom_details`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.money import Money  # noqa: PLC0415

        id = self.id

        dedup_key = self.dedup_key

        summary = self.summary

        severity: str = self.severity

        status: str = self.status

        type_: str = self.type_

        metric: None | str
        if isinstance(self.metric, str):
            metric = self.metric
        else:
            metric = self.metric

        observed_value: dict[str, Any] | float | None
        if isinstance(self.observed_value, Money):
            observed_value = self.observed_value.to_dict()
        else:
            observed_value = self.observed_value

        threshold: dict[str, Any] | float | None
        if isinstance(self.threshold, Money):
            threshold = self.threshold.to_dict()
        else:
            threshold = self.threshold

        cost_impact: dict[str, Any] | None
        if isinstance(self.cost_impact, Money):
            cost_impact = self.cost_impact.to_dict()
        else:
            cost_impact = self.cost_impact

        scope = self.scope.to_dict()

        rule_id: None | str
        rule_id = self.rule_id

        incident_id: None | str
        incident_id = self.incident_id

        escalation_policy_id: None | str
        escalation_policy_id = self.escalation_policy_id

        escalation_level = self.escalation_level

        event_count = self.event_count

        triggered_at = self.triggered_at.isoformat()

        last_event_at = self.last_event_at.isoformat()

        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        acknowledged_by: None | str
        acknowledged_by = self.acknowledged_by

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        resolved_by: None | str
        resolved_by = self.resolved_by

        resolution_note: None | str
        resolution_note = self.resolution_note

        ignored_at: None | str
        if isinstance(self.ignored_at, datetime.datetime):
            ignored_at = self.ignored_at.isoformat()
        else:
            ignored_at = self.ignored_at

        ignored_by: None | str
        ignored_by = self.ignored_by

        ignored_reason: None | str
        ignored_reason = self.ignored_reason

        custom_details = self.custom_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dedup_key": dedup_key,
                "summary": summary,
                "severity": severity,
                "status": status,
                "type": type_,
                "metric": metric,
                "observed_value": observed_value,
                "threshold": threshold,
                "cost_impact": cost_impact,
                "scope": scope,
                "rule_id": rule_id,
                "incident_id": incident_id,
                "escalation_policy_id": escalation_policy_id,
                "escalation_level": escalation_level,
                "event_count": event_count,
                "triggered_at": triggered_at,
                "last_event_at": last_event_at,
                "acknowledged_at": acknowledged_at,
                "acknowledged_by": acknowledged_by,
                "resolved_at": resolved_at,
                "resolved_by": resolved_by,
                "resolution_note": resolution_note,
                "ignored_at": ignored_at,
                "ignored_by": ignored_by,
                "ignored_reason": ignored_reason,
                "custom_details": custom_details,
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
        obj.dedup_key = v if (v := d["dedup_key"]).__class__ is str else parse_str(d["dedup_key"])
        obj.summary = v if (v := d["summary"]).__class__ is str else parse_str(d["summary"])
        obj.severity = (
            v
            if (v := d["severity"]) in ALERT_SEVERITY_VALUES
            else check_alert_severity(d["severity"], "Alert.severity")
        )
        obj.status = (
            v
            if (v := d["status"]) in ALERT_STATUS_VALUES
            else check_alert_status(d["status"], "Alert.status")
        )
        obj.type_ = v if (v := d["type"]) in ALERT_TYPE_VALUES else check_alert_type(d["type"], "Alert.type")
        obj.metric = (
            v
            if (v := d["metric"]) is None or v in MONITORED_METRIC_VALUES
            else check_monitored_metric_or_none(d["metric"], "Alert.metric")
        )
        obj.observed_value = parse_nullable(
            partial(
                parse_union,
                (
                    parse_float,
                    _money.Money.from_dict,
                ),
            ),
            d["observed_value"],
        )
        obj.threshold = parse_nullable(
            partial(
                parse_union,
                (
                    parse_float,
                    _money.Money.from_dict,
                ),
            ),
            d["threshold"],
        )
        obj.cost_impact = parse_nullable(_money.Money.from_dict, d["cost_impact"])
        obj.scope = _alert_scope.AlertScope.from_dict(d["scope"])
        obj.rule_id = (
            v if (v := d["rule_id"]) is None or v.__class__ is str else parse_str_or_none(d["rule_id"])
        )
        obj.incident_id = (
            v
            if (v := d["incident_id"]) is None or v.__class__ is str
            else parse_str_or_none(d["incident_id"])
        )
        obj.escalation_policy_id = (
            v
            if (v := d["escalation_policy_id"]) is None or v.__class__ is str
            else parse_str_or_none(d["escalation_policy_id"])
        )
        obj.escalation_level = (
            v if (v := d["escalation_level"]).__class__ is int else parse_int(d["escalation_level"])
        )
        obj.event_count = v if (v := d["event_count"]).__class__ is int else parse_int(d["event_count"])
        obj.triggered_at = parse_datetime(d["triggered_at"])
        obj.last_event_at = parse_datetime(d["last_event_at"])
        obj.acknowledged_at = parse_datetime_or_none(d["acknowledged_at"])
        obj.acknowledged_by = (
            v
            if (v := d["acknowledged_by"]) is None or v.__class__ is str
            else parse_str_or_none(d["acknowledged_by"])
        )
        obj.resolved_at = parse_datetime_or_none(d["resolved_at"])
        obj.resolved_by = (
            v
            if (v := d["resolved_by"]) is None or v.__class__ is str
            else parse_str_or_none(d["resolved_by"])
        )
        obj.resolution_note = (
            v
            if (v := d["resolution_note"]) is None or v.__class__ is str
            else parse_str_or_none(d["resolution_note"])
        )
        obj.ignored_at = parse_datetime_or_none(d["ignored_at"])
        obj.ignored_by = (
            v if (v := d["ignored_by"]) is None or v.__class__ is str else parse_str_or_none(d["ignored_by"])
        )
        obj.ignored_reason = (
            v
            if (v := d["ignored_reason"]) is None or v.__class__ is str
            else parse_str_or_none(d["ignored_reason"])
        )
        obj.custom_details = _alert_custom_details.AlertCustomDetails.from_dict(d["custom_details"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 27 else {}
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
