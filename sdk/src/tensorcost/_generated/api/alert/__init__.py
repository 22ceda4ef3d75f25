"""The `alert` operations as typed service classes (rendered from codegen/templates)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ... import models as _models
from ...types import UNSET, ResultList, Unset
from .. import (
    AsyncPage,
    AsyncRunner,
    Operation,
    PageData,
    RawResponse,
    SyncPage,
    SyncRunner,
    TimeoutTypes,
)
from . import (
    alert_acknowledge_alert,
    alert_create_rule,
    alert_get_alerts_summary,
    alert_ignore_alert,
    alert_list_alerts,
    alert_list_escalation_policies,
    alert_list_incidents,
    alert_list_rules,
    alert_resolve_alert,
)

if TYPE_CHECKING:
    from ...models.alert import Alert
    from ...models.alert_rule import AlertRule
    from ...models.alert_severity import AlertSeverity
    from ...models.alert_status import AlertStatus
    from ...models.alert_type import AlertType
    from ...models.alerts_summary import AlertsSummary
    from ...models.create_alert_rule_request import CreateAlertRuleRequest
    from ...models.escalation_policy import EscalationPolicy
    from ...models.ignore_alert_request import IgnoreAlertRequest
    from ...models.incident import Incident
    from ...models.incident_status import IncidentStatus
    from ...models.resolve_alert_request import ResolveAlertRequest


def _parse_acknowledge_alert(body: Any) -> Alert:
    return _models.AlertResponse.from_dict(body).data


_ACKNOWLEDGE_ALERT: Operation[Alert] = Operation(
    "alert_acknowledge_alert",
    _parse_acknowledge_alert,
    idempotency_header=True,
)


def _parse_create_rule(body: Any) -> AlertRule:
    return _models.AlertRuleResponse.from_dict(body).data


_CREATE_RULE: Operation[AlertRule] = Operation(
    "alert_create_rule",
    _parse_create_rule,
    idempotency_header=True,
)


def _parse_get_alerts_summary(body: Any) -> AlertsSummary:
    return _models.AlertsSummaryResponse.from_dict(body).data


_GET_ALERTS_SUMMARY: Operation[AlertsSummary] = Operation(
    "alert_get_alerts_summary",
    _parse_get_alerts_summary,
)


def _parse_ignore_alert(body: Any) -> Alert:
    return _models.AlertResponse.from_dict(body).data


_IGNORE_ALERT: Operation[Alert] = Operation(
    "alert_ignore_alert",
    _parse_ignore_alert,
)


def _parse_list_alerts(body: Any) -> PageData[Alert]:
    envelope = _models.AlertListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_ALERTS: Operation[PageData[Alert]] = Operation(
    "alert_list_alerts",
    _parse_list_alerts,
    paginated=True,
)


def _parse_list_escalation_policies(body: Any) -> ResultList[EscalationPolicy]:
    return _models.EscalationPolicyListResponse.from_dict(body).data


_LIST_ESCALATION_POLICIES: Operation[ResultList[EscalationPolicy]] = Operation(
    "alert_list_escalation_policies",
    _parse_list_escalation_policies,
)


def _parse_list_incidents(body: Any) -> PageData[Incident]:
    envelope = _models.IncidentListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_INCIDENTS: Operation[PageData[Incident]] = Operation(
    "alert_list_incidents",
    _parse_list_incidents,
    paginated=True,
)


def _parse_list_rules(body: Any) -> ResultList[AlertRule]:
    return _models.AlertRuleListResponse.from_dict(body).data


_LIST_RULES: Operation[ResultList[AlertRule]] = Operation(
    "alert_list_rules",
    _parse_list_rules,
)


def _parse_resolve_alert(body: Any) -> Alert:
    return _models.AlertResponse.from_dict(body).data


_RESOLVE_ALERT: Operation[Alert] = Operation(
    "alert_resolve_alert",
    _parse_resolve_alert,
)


class AlertService:
    """The `alert` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AlertServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AlertServiceWithRawResponse(self._runner)

    def acknowledge_alert(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Alert:
        """Acknowledge an alert.

        Move a `triggered` alert to `acknowledged` and stop its escalation chain: no further
        escalation levels are notified. Acknowledging an already acknowledged alert changes
        nothing and returns it; acknowledging a `resolved` or `ignored` alert is a 409
        `INVALID_STATE_TRANSITION`. Takes no body.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `alert_acknowledge_alert`: POST `/v1/alert/alerts/{id}/acknowledge`.

        Args:
            id (str): The alert id. Opaque string; ids start with `alr_`.
        """

        request_kwargs = alert_acknowledge_alert._get_kwargs(
            id=id,
        )

        return self._runner.request(
            _ACKNOWLEDGE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def create_rule(
        self,
        *,
        body: CreateAlertRuleRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AlertRule:
        """Create an alert rule.

        Create an alert rule. The rule is evaluated every minute; it fires an alert of its
        `severity` when `metric`, restricted to `scope`, meets `condition` for `window_minutes`,
        notifies `channel_ids` and, if set, starts `escalation_policy_id`. Rule names are unique
        in a tenant (409 `DUPLICATE`); an unknown escalation policy or channel is a 400.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `alert_create_rule`: POST `/v1/alert/rules`.
        """

        request_kwargs = alert_create_rule._get_kwargs(
            body=self._runner.as_body(_models.CreateAlertRuleRequest.from_dict, body),
        )

        return self._runner.request(
            _CREATE_RULE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def get_alerts_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AlertsSummary:
        """Get alert counts.

        Counts of alerts triggered in the window (`start`/`end` on `triggered_at`), by severity and
        by type. `open` counts alerts still `triggered` or `acknowledged`; `total` counts every
        alert whatever its status. Types with no alerts in the window are left out of `by_type`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `alert_get_alerts_summary`: GET `/v1/alert/alerts/summary`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = alert_get_alerts_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request(
            _GET_ALERTS_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def ignore_alert(
        self,
        id: str,
        *,
        body: IgnoreAlertRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Alert:
        """Ignore an alert.

        Mark a `triggered` or `acknowledged` alert `ignored` (a known, accepted condition), stop its
        escalation chain and write an audit-trail entry. The optional reason is returned with the
        caller as `ignored_reason` and `ignored_by`. Ignoring an alert that is already
        `resolved` or `ignored` is a 409 `INVALID_STATE_TRANSITION`.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `alert_ignore_alert`: PATCH `/v1/alert/alerts/{id}/ignore`.

        Args:
            id (str): The alert id. Opaque string; ids start with `alr_`.
        """

        request_kwargs = alert_ignore_alert._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.IgnoreAlertRequest.from_dict, body),
        )

        return self._runner.request(
            _IGNORE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_alerts(
        self,
        *,
        status: AlertStatus | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        type: AlertType | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[Alert]:
        """List alerts.

        Active and historical alerts, newest `triggered_at` first. Alerts follow the PagerDuty
        Events v2 model: events with the same `dedup_key` fold into one alert (`event_count`).
        `status`, `severity` and `type` narrow the list to one value each; `start`/`end` select
        alerts by `triggered_at` (an alert still open from an earlier month needs an earlier
        `start`).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `alert_list_alerts`: GET `/v1/alert/alerts`.

        Args:
            status (AlertStatus, optional): Only alerts in this status. `triggered` and
                `acknowledged` are the open ones.
            severity (AlertSeverity, optional): Only alerts of this severity.
            type (AlertType, optional): Only alerts of this type.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = alert_list_alerts._get_kwargs(
            status=status,
            severity=severity,
            type_=type,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate(
            _LIST_ALERTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_escalation_policies(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[EscalationPolicy]:
        """List escalation policies.

        Escalation policies in the PagerDuty model. When an alert fires, the targets of the first
        rule are notified; if nobody acknowledges within its `escalation_delay_in_minutes`, the
        next rule's targets are, and so on. After the last rule the chain repeats `num_loops` times.
        Acknowledging, resolving or ignoring the alert stops the chain.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `alert_list_escalation_policies`: GET `/v1/alert/escalation-policies`.
        """

        request_kwargs = alert_list_escalation_policies._get_kwargs()

        return self._runner.request(
            _LIST_ESCALATION_POLICIES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_incidents(
        self,
        *,
        status: IncidentStatus | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[Incident]:
        """List incidents.

        Incidents, newest first, each with the alerts grouped into it and its timeline (trigger,
        notifications, escalations, acknowledgement, notes, enforcement actions, resolution) in
        time order. `status` and `severity` narrow the list; `start`/`end` select incidents by
        `created_at`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `alert_list_incidents`: GET `/v1/alert/incidents`.

        Args:
            status (IncidentStatus, optional): Only incidents in this status.
            severity (AlertSeverity, optional): Only incidents of this severity (the highest
                severity among their alerts).
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = alert_list_incidents._get_kwargs(
            status=status,
            severity=severity,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate(
            _LIST_INCIDENTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_rules(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[AlertRule]:
        """List alert rules.

        Every alert rule in the tenant, enabled or not, sorted by name. A rule fires an alert when
        its metric, within its scope, meets the condition for `window_minutes`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `alert_list_rules`: GET `/v1/alert/rules`.
        """

        request_kwargs = alert_list_rules._get_kwargs()

        return self._runner.request(
            _LIST_RULES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def resolve_alert(
        self,
        id: str,
        *,
        body: ResolveAlertRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Alert:
        """Resolve an alert.

        Mark a `triggered` or `acknowledged` alert `resolved`, stop its escalation chain and record
        who resolved it with an optional note. A later event with the same `dedup_key` opens a new
        alert. Resolving an alert that is already `resolved` or `ignored` is a 409
        `INVALID_STATE_TRANSITION`.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `alert_resolve_alert`: PATCH `/v1/alert/alerts/{id}/resolve`.

        Args:
            id (str): The alert id. Opaque string; ids start with `alr_`.
        """

        request_kwargs = alert_resolve_alert._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.ResolveAlertRequest.from_dict, body),
        )

        return self._runner.request(
            _RESOLVE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AlertServiceWithRawResponse:
    """The `alert` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def acknowledge_alert(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Alert]:
        """`AlertService.acknowledge_alert`, returning the raw response."""
        request_kwargs = alert_acknowledge_alert._get_kwargs(
            id=id,
        )

        return self._runner.request_raw(
            _ACKNOWLEDGE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def create_rule(
        self,
        *,
        body: CreateAlertRuleRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AlertRule]:
        """`AlertService.create_rule`, returning the raw response."""
        request_kwargs = alert_create_rule._get_kwargs(
            body=self._runner.as_body(_models.CreateAlertRuleRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _CREATE_RULE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def get_alerts_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AlertsSummary]:
        """`AlertService.get_alerts_summary`, returning the raw response."""
        request_kwargs = alert_get_alerts_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request_raw(
            _GET_ALERTS_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def ignore_alert(
        self,
        id: str,
        *,
        body: IgnoreAlertRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Alert]:
        """`AlertService.ignore_alert`, returning the raw response."""
        request_kwargs = alert_ignore_alert._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.IgnoreAlertRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _IGNORE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_alerts(
        self,
        *,
        status: AlertStatus | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        type: AlertType | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[Alert]]:
        """`AlertService.list_alerts`, returning the raw response."""
        request_kwargs = alert_list_alerts._get_kwargs(
            status=status,
            severity=severity,
            type_=type,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate_raw(
            _LIST_ALERTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_escalation_policies(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[EscalationPolicy]]:
        """`AlertService.list_escalation_policies`, returning the raw response."""
        request_kwargs = alert_list_escalation_policies._get_kwargs()

        return self._runner.request_raw(
            _LIST_ESCALATION_POLICIES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_incidents(
        self,
        *,
        status: IncidentStatus | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[Incident]]:
        """`AlertService.list_incidents`, returning the raw response."""
        request_kwargs = alert_list_incidents._get_kwargs(
            status=status,
            severity=severity,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate_raw(
            _LIST_INCIDENTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_rules(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[AlertRule]]:
        """`AlertService.list_rules`, returning the raw response."""
        request_kwargs = alert_list_rules._get_kwargs()

        return self._runner.request_raw(
            _LIST_RULES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def resolve_alert(
        self,
        id: str,
        *,
        body: ResolveAlertRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Alert]:
        """`AlertService.resolve_alert`, returning the raw response."""
        request_kwargs = alert_resolve_alert._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.ResolveAlertRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _RESOLVE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncAlertService:
    """The `alert` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncAlertServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncAlertServiceWithRawResponse(self._runner)

    async def acknowledge_alert(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Alert:
        """Acknowledge an alert.

        Move a `triggered` alert to `acknowledged` and stop its escalation chain: no further
        escalation levels are notified. Acknowledging an already acknowledged alert changes
        nothing and returns it; acknowledging a `resolved` or `ignored` alert is a 409
        `INVALID_STATE_TRANSITION`. Takes no body.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `alert_acknowledge_alert`: POST `/v1/alert/alerts/{id}/acknowledge`.

        Args:
            id (str): The alert id. Opaque string; ids start with `alr_`.
        """

        request_kwargs = alert_acknowledge_alert._get_kwargs(
            id=id,
        )

        return await self._runner.request(
            _ACKNOWLEDGE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def create_rule(
        self,
        *,
        body: CreateAlertRuleRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AlertRule:
        """Create an alert rule.

        Create an alert rule. The rule is evaluated every minute; it fires an alert of its
        `severity` when `metric`, restricted to `scope`, meets `condition` for `window_minutes`,
        notifies `channel_ids` and, if set, starts `escalation_policy_id`. Rule names are unique
        in a tenant (409 `DUPLICATE`); an unknown escalation policy or channel is a 400.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `alert_create_rule`: POST `/v1/alert/rules`.
        """

        request_kwargs = alert_create_rule._get_kwargs(
            body=self._runner.as_body(_models.CreateAlertRuleRequest.from_dict, body),
        )

        return await self._runner.request(
            _CREATE_RULE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def get_alerts_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AlertsSummary:
        """Get alert counts.

        Counts of alerts triggered in the window (`start`/`end` on `triggered_at`), by severity and
        by type. `open` counts alerts still `triggered` or `acknowledged`; `total` counts every
        alert whatever its status. Types with no alerts in the window are left out of `by_type`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `alert_get_alerts_summary`: GET `/v1/alert/alerts/summary`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = alert_get_alerts_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request(
            _GET_ALERTS_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def ignore_alert(
        self,
        id: str,
        *,
        body: IgnoreAlertRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Alert:
        """Ignore an alert.

        Mark a `triggered` or `acknowledged` alert `ignored` (a known, accepted condition), stop its
        escalation chain and write an audit-trail entry. The optional reason is returned with the
        caller as `ignored_reason` and `ignored_by`. Ignoring an alert that is already
        `resolved` or `ignored` is a 409 `INVALID_STATE_TRANSITION`.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `alert_ignore_alert`: PATCH `/v1/alert/alerts/{id}/ignore`.

        Args:
            id (str): The alert id. Opaque string; ids start with `alr_`.
        """

        request_kwargs = alert_ignore_alert._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.IgnoreAlertRequest.from_dict, body),
        )

        return await self._runner.request(
            _IGNORE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_alerts(
        self,
        *,
        status: AlertStatus | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        type: AlertType | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Alert]:
        """List alerts.

        Active and historical alerts, newest `triggered_at` first. Alerts follow the PagerDuty
        Events v2 model: events with the same `dedup_key` fold into one alert (`event_count`).
        `status`, `severity` and `type` narrow the list to one value each; `start`/`end` select
        alerts by `triggered_at` (an alert still open from an earlier month needs an earlier
        `start`).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `alert_list_alerts`: GET `/v1/alert/alerts`.

        Args:
            status (AlertStatus, optional): Only alerts in this status. `triggered` and
                `acknowledged` are the open ones.
            severity (AlertSeverity, optional): Only alerts of this severity.
            type (AlertType, optional): Only alerts of this type.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = alert_list_alerts._get_kwargs(
            status=status,
            severity=severity,
            type_=type,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate(
            _LIST_ALERTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_escalation_policies(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[EscalationPolicy]:
        """List escalation policies.

        Escalation policies in the PagerDuty model. When an alert fires, the targets of the first
        rule are notified; if nobody acknowledges within its `escalation_delay_in_minutes`, the
        next rule's targets are, and so on. After the last rule the chain repeats `num_loops` times.
        Acknowledging, resolving or ignoring the alert stops the chain.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `alert_list_escalation_policies`: GET `/v1/alert/escalation-policies`.
        """

        request_kwargs = alert_list_escalation_policies._get_kwargs()

        return await self._runner.request(
            _LIST_ESCALATION_POLICIES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_incidents(
        self,
        *,
        status: IncidentStatus | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Incident]:
        """List incidents.

        Incidents, newest first, each with the alerts grouped into it and its timeline (trigger,
        notifications, escalations, acknowledgement, notes, enforcement actions, resolution) in
        time order. `status` and `severity` narrow the list; `start`/`end` select incidents by
        `created_at`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `alert_list_incidents`: GET `/v1/alert/incidents`.

        Args:
            status (IncidentStatus, optional): Only incidents in this status.
            severity (AlertSeverity, optional): Only incidents of this severity (the highest
                severity among their alerts).
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = alert_list_incidents._get_kwargs(
            status=status,
            severity=severity,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate(
            _LIST_INCIDENTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_rules(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[AlertRule]:
        """List alert rules.

        Every alert rule in the tenant, enabled or not, sorted by name. A rule fires an alert when
        its metric, within its scope, meets the condition for `window_minutes`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `alert_list_rules`: GET `/v1/alert/rules`.
        """

        request_kwargs = alert_list_rules._get_kwargs()

        return await self._runner.request(
            _LIST_RULES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def resolve_alert(
        self,
        id: str,
        *,
        body: ResolveAlertRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Alert:
        """Resolve an alert.

        Mark a `triggered` or `acknowledged` alert `resolved`, stop its escalation chain and record
        who resolved it with an optional note. A later event with the same `dedup_key` opens a new
        alert. Resolving an alert that is already `resolved` or `ignored` is a 409
        `INVALID_STATE_TRANSITION`.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `alert_resolve_alert`: PATCH `/v1/alert/alerts/{id}/resolve`.

        Args:
            id (str): The alert id. Opaque string; ids start with `alr_`.
        """

        request_kwargs = alert_resolve_alert._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.ResolveAlertRequest.from_dict, body),
        )

        return await self._runner.request(
            _RESOLVE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncAlertServiceWithRawResponse:
    """The `alert` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def acknowledge_alert(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Alert]:
        """`AsyncAlertService.acknowledge_alert`, returning the raw response."""
        request_kwargs = alert_acknowledge_alert._get_kwargs(
            id=id,
        )

        return await self._runner.request_raw(
            _ACKNOWLEDGE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def create_rule(
        self,
        *,
        body: CreateAlertRuleRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AlertRule]:
        """`AsyncAlertService.create_rule`, returning the raw response."""
        request_kwargs = alert_create_rule._get_kwargs(
            body=self._runner.as_body(_models.CreateAlertRuleRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _CREATE_RULE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def get_alerts_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AlertsSummary]:
        """`AsyncAlertService.get_alerts_summary`, returning the raw response."""
        request_kwargs = alert_get_alerts_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request_raw(
            _GET_ALERTS_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def ignore_alert(
        self,
        id: str,
        *,
        body: IgnoreAlertRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Alert]:
        """`AsyncAlertService.ignore_alert`, returning the raw response."""
        request_kwargs = alert_ignore_alert._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.IgnoreAlertRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _IGNORE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_alerts(
        self,
        *,
        status: AlertStatus | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        type: AlertType | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[Alert]]:
        """`AsyncAlertService.list_alerts`, returning the raw response."""
        request_kwargs = alert_list_alerts._get_kwargs(
            status=status,
            severity=severity,
            type_=type,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate_raw(
            _LIST_ALERTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_escalation_policies(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[EscalationPolicy]]:
        """`AsyncAlertService.list_escalation_policies`, returning the raw response."""
        request_kwargs = alert_list_escalation_policies._get_kwargs()

        return await self._runner.request_raw(
            _LIST_ESCALATION_POLICIES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_incidents(
        self,
        *,
        status: IncidentStatus | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[Incident]]:
        """`AsyncAlertService.list_incidents`, returning the raw response."""
        request_kwargs = alert_list_incidents._get_kwargs(
            status=status,
            severity=severity,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate_raw(
            _LIST_INCIDENTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_rules(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[AlertRule]]:
        """`AsyncAlertService.list_rules`, returning the raw response."""
        request_kwargs = alert_list_rules._get_kwargs()

        return await self._runner.request_raw(
            _LIST_RULES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def resolve_alert(
        self,
        id: str,
        *,
        body: ResolveAlertRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Alert]:
        """`AsyncAlertService.resolve_alert`, returning the raw response."""
        request_kwargs = alert_resolve_alert._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.ResolveAlertRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _RESOLVE_ALERT,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


__all__ = (
    "AsyncAlertService",
    "AsyncAlertServiceWithRawResponse",
    "AlertService",
    "AlertServiceWithRawResponse",
)
