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
    AlertSeverity,
    check_alert_severity,
)
from ..models.alert_status import (
    AlertStatus,
    check_alert_status,
)
from ..models.alert_type import AlertType, check_alert_type
from ..models.monitored_metric import (
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
        alert = cls(
            id=parse_str(d["id"]),
            dedup_key=parse_str(d["dedup_key"]),
            summary=parse_str(d["summary"]),
            severity=check_alert_severity(d["severity"], "Alert.severity"),
            status=check_alert_status(d["status"], "Alert.status"),
            type_=check_alert_type(d["type"], "Alert.type"),
            metric=check_monitored_metric_or_none(d["metric"], "Alert.metric"),
            observed_value=parse_nullable(
                partial(
                    parse_union,
                    (
                        parse_float,
                        _money.Money.from_dict,
                    ),
                ),
                d["observed_value"],
            ),
            threshold=parse_nullable(
                partial(
                    parse_union,
                    (
                        parse_float,
                        _money.Money.from_dict,
                    ),
                ),
                d["threshold"],
            ),
            cost_impact=parse_nullable(_money.Money.from_dict, d["cost_impact"]),
            scope=_alert_scope.AlertScope.from_dict(d["scope"]),
            rule_id=parse_str_or_none(d["rule_id"]),
            incident_id=parse_str_or_none(d["incident_id"]),
            escalation_policy_id=parse_str_or_none(d["escalation_policy_id"]),
            escalation_level=parse_int(d["escalation_level"]),
            event_count=parse_int(d["event_count"]),
            triggered_at=parse_datetime(d["triggered_at"]),
            last_event_at=parse_datetime(d["last_event_at"]),
            acknowledged_at=parse_datetime_or_none(d["acknowledged_at"]),
            acknowledged_by=parse_str_or_none(d["acknowledged_by"]),
            resolved_at=parse_datetime_or_none(d["resolved_at"]),
            resolved_by=parse_str_or_none(d["resolved_by"]),
            resolution_note=parse_str_or_none(d["resolution_note"]),
            ignored_at=parse_datetime_or_none(d["ignored_at"]),
            ignored_by=parse_str_or_none(d["ignored_by"]),
            ignored_reason=parse_str_or_none(d["ignored_reason"]),
            custom_details=_alert_custom_details.AlertCustomDetails.from_dict(
                d["custom_details"]
            ),
        )
        if len(d) > 27:  # optional or unknown fields
            alert.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return alert

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
