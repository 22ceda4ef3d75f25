"""Typed per-tag services over the generated endpoint modules.

Rendered from codegen/templates/api_init.py.jinja; do not edit. The services hold no HTTP logic:
each method builds its request with the endpoint module's `_get_kwargs` and hands it to a runner
(the SDK runtime) through the protocols declared here, so the generated layer imports nothing
hand-written.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Generic,
    Literal,
    Protocol,
    TypeAlias,
    TypeVar,
)

import httpx

if TYPE_CHECKING:
    from ..models.alert_resolved_event import AlertResolvedEvent
    from ..models.alert_triggered_event import AlertTriggeredEvent
    from ..models.anomaly_detected_event import AnomalyDetectedEvent
    from ..models.budget_threshold_crossed_event import BudgetThresholdCrossedEvent
    from ..models.enforcement_action_queued_event import EnforcementActionQueuedEvent
    from ..models.integration_sync_failed_event import IntegrationSyncFailedEvent
    from ..models.notification_test_event import NotificationTestEvent
    from ..models.recommendation_created_event import RecommendationCreatedEvent
    from .ai import AiService, AsyncAiService
    from .alert import AlertService, AsyncAlertService
    from .auth import AsyncAuthService, AuthService
    from .cost import AsyncCostService, CostService
    from .enforcement import AsyncEnforcementService, EnforcementService
    from .gpu import AsyncGpuService, GpuService
    from .identity import AsyncIdentityService, IdentityService
    from .integration import AsyncIntegrationService, IntegrationService
    from .notification import AsyncNotificationService, NotificationService
    from .report import AsyncReportService, ReportService
    from .tenant import AsyncTenantService, TenantService

    WebhookEvent: TypeAlias = (
        AlertResolvedEvent
        | AlertTriggeredEvent
        | AnomalyDetectedEvent
        | BudgetThresholdCrossedEvent
        | EnforcementActionQueuedEvent
        | IntegrationSyncFailedEvent
        | NotificationTestEvent
        | RecommendationCreatedEvent
    )
    """Every webhook event model of the spec."""

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
B = TypeVar("B")

TimeoutTypes = float | httpx.Timeout | None
"""Seconds for every phase, an `httpx.Timeout`, or None for the client's default."""
FileTarget = str | os.PathLike[str] | IO[bytes]
"""Where a download goes: a path, or a binary file object opened for writing."""
PageData = tuple[list[T], str | None]
"""The items of one page and the cursor of the next (None on the last page)."""
BodyKind = Literal["json", "binary", "empty"]


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """What the runtime needs to know about one operation of the spec."""

    operation_id: str
    parse: Callable[[Any], T]
    """Turns the decoded success body (JSON value, bytes, or None) into the method's result."""
    body_kind: BodyKind = "json"
    idempotency_header: bool = False
    """The operation accepts `Idempotency-Key`, so a retry of it is safe."""
    paginated: bool = False
    accept: str = "application/json"
    """The `Accept` header: the success response's media types, then (`;q=0.5`) those of the
    documented error responses when they differ (a file download still gets its JSON errors)."""


def parse_bytes(body: Any) -> bytes:
    """Parse function of operations whose success body is a file."""
    if not isinstance(body, bytes):
        raise TypeError(f"expected the file's bytes, got {type(body).__name__}")
    return body


def parse_empty(body: Any) -> None:
    """Parse function of operations whose success response has no body."""
    return None


class RawResponse(Protocol[T_co]):
    """The HTTP response of a call, with the typed result one `.parse()` away."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx.Headers: ...
    @property
    def trace_id(self) -> str | None: ...
    @property
    def http_response(self) -> httpx.Response: ...
    def parse(self) -> T_co: ...


class SyncPage(Protocol[T]):
    """One page of a cursor-paginated list; iterating it walks every later page lazily."""

    @property
    def data(self) -> list[T]: ...
    @property
    def next_cursor(self) -> str | None: ...
    def has_next_page(self) -> bool: ...
    def __iter__(self) -> Iterator[T]: ...
    def iter_pages(self, *, progress: bool = False) -> Iterator[SyncPage[T]]: ...

    def iter_items(self, *, progress: bool = False) -> Iterator[T]:
        """Every item of this and later pages; `progress=True` shows a progress bar."""
        ...

    def to_pandas(
        self,
        *,
        money: Literal["decimal", "float"] = "decimal",
        max_items: int | None = None,
        progress: bool = False,
    ) -> Any:
        """A DataFrame of every item of this and later pages (`tensorcost[pandas]`)."""
        ...


class AsyncPage(Protocol[T]):
    """One page of a cursor-paginated list; `async for` walks every later page lazily."""

    @property
    def data(self) -> list[T]: ...
    @property
    def next_cursor(self) -> str | None: ...
    def has_next_page(self) -> bool: ...
    def __aiter__(self) -> AsyncIterator[T]: ...
    def iter_pages(self, *, progress: bool = False) -> AsyncIterator[AsyncPage[T]]: ...

    def iter_items(self, *, progress: bool = False) -> AsyncIterator[T]:
        """Every item of this and later pages; `progress=True` shows a progress bar."""
        ...

    async def to_pandas(
        self,
        *,
        money: Literal["decimal", "float"] = "decimal",
        max_items: int | None = None,
        progress: bool = False,
    ) -> Any:
        """A DataFrame of every item of this and later pages (`tensorcost[pandas]`)."""
        ...


class SyncRunner(Protocol):
    """Sends what a service method built; implemented by the SDK runtime."""

    def as_datetime(self, argument: str, value: datetime.datetime | datetime.date | str) -> datetime.datetime:
        """A date-time argument as an aware datetime (naive ones and dates are UTC, strings ISO-8601);
        raises the SDK's typed argument error naming `argument`."""
        ...

    def as_body(self, read: Callable[[Mapping[str, Any]], B], value: B | Mapping[str, Any]) -> B:
        """A request body given as a mapping, read into its model with `read` (its `from_dict`);
        a missing or mistyped field raises the SDK's typed argument error naming it."""
        ...

    def request(
        self,
        op: Operation[T],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes,
    ) -> T: ...

    def request_raw(
        self,
        op: Operation[T],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes,
    ) -> RawResponse[T]: ...

    def paginate(
        self,
        op: Operation[PageData[T]],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        timeout: TimeoutTypes,
    ) -> SyncPage[T]: ...

    def paginate_raw(
        self,
        op: Operation[PageData[T]],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        timeout: TimeoutTypes,
    ) -> RawResponse[SyncPage[T]]: ...

    def download(
        self,
        op: Operation[bytes],
        request_kwargs: dict[str, Any],
        *,
        to: FileTarget | None,
        tenant_id: str | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes,
        progress: bool = False,
        overwrite: bool = False,
    ) -> bytes | None: ...


class AsyncRunner(Protocol):
    """The async twin of `SyncRunner`."""

    def as_datetime(self, argument: str, value: datetime.datetime | datetime.date | str) -> datetime.datetime:
        """As `SyncRunner.as_datetime`."""
        ...

    def as_body(self, read: Callable[[Mapping[str, Any]], B], value: B | Mapping[str, Any]) -> B:
        """As `SyncRunner.as_body`."""
        ...

    async def request(
        self,
        op: Operation[T],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes,
    ) -> T: ...

    async def request_raw(
        self,
        op: Operation[T],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes,
    ) -> RawResponse[T]: ...

    async def paginate(
        self,
        op: Operation[PageData[T]],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        timeout: TimeoutTypes,
    ) -> AsyncPage[T]: ...

    async def paginate_raw(
        self,
        op: Operation[PageData[T]],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        timeout: TimeoutTypes,
    ) -> RawResponse[AsyncPage[T]]: ...

    async def download(
        self,
        op: Operation[bytes],
        request_kwargs: dict[str, Any],
        *,
        to: FileTarget | None,
        tenant_id: str | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes,
        progress: bool = False,
        overwrite: bool = False,
    ) -> bytes | None: ...


TAGS: tuple[str, ...] = (
    "ai",
    "alert",
    "auth",
    "cost",
    "enforcement",
    "gpu",
    "identity",
    "integration",
    "notification",
    "report",
    "tenant",
)
"""Every tag of the spec, one service per tag."""

OPERATIONS: dict[str, tuple[str, str]] = {
    "ai_get_agent_cost": ("ai", "get_agent_cost"),
    "ai_get_cache_recommendations": ("ai", "get_cache_recommendations"),
    "ai_get_provisioned_throughput_recommendations": ("ai", "get_provisioned_throughput_recommendations"),
    "ai_get_routing_recommendations": ("ai", "get_routing_recommendations"),
    "ai_get_spend_summary": ("ai", "get_spend_summary"),
    "ai_get_unit_economics": ("ai", "get_unit_economics"),
    "ai_get_workflow_cost": ("ai", "get_workflow_cost"),
    "ai_list_anomalies": ("ai", "list_anomalies"),
    "ai_list_spend": ("ai", "list_spend"),
    "alert_acknowledge_alert": ("alert", "acknowledge_alert"),
    "alert_create_rule": ("alert", "create_rule"),
    "alert_get_alerts_summary": ("alert", "get_alerts_summary"),
    "alert_ignore_alert": ("alert", "ignore_alert"),
    "alert_list_alerts": ("alert", "list_alerts"),
    "alert_list_escalation_policies": ("alert", "list_escalation_policies"),
    "alert_list_incidents": ("alert", "list_incidents"),
    "alert_list_rules": ("alert", "list_rules"),
    "alert_resolve_alert": ("alert", "resolve_alert"),
    "auth_login": ("auth", "login"),
    "auth_refresh_tokens": ("auth", "refresh_tokens"),
    "cost_accept_recommendation": ("cost", "accept_recommendation"),
    "cost_dismiss_recommendation": ("cost", "dismiss_recommendation"),
    "cost_get_by_source": ("cost", "get_by_source"),
    "cost_get_by_tag": ("cost", "get_by_tag"),
    "cost_get_costs_legacy": ("cost", "get_costs_legacy"),
    "cost_get_forecast": ("cost", "get_forecast"),
    "cost_get_summary": ("cost", "get_summary"),
    "cost_list_budgets": ("cost", "list_budgets"),
    "cost_list_recommendations": ("cost", "list_recommendations"),
    "cost_list_savings_ledger": ("cost", "list_savings_ledger"),
    "enforcement_approve_action": ("enforcement", "approve_action"),
    "enforcement_cancel_action": ("enforcement", "cancel_action"),
    "enforcement_create_policy": ("enforcement", "create_policy"),
    "enforcement_create_policy_from_template": ("enforcement", "create_policy_from_template"),
    "enforcement_list_actions": ("enforcement", "list_actions"),
    "enforcement_list_policies": ("enforcement", "list_policies"),
    "enforcement_list_templates": ("enforcement", "list_templates"),
    "enforcement_simulate_policy": ("enforcement", "simulate_policy"),
    "enforcement_toggle_policy": ("enforcement", "toggle_policy"),
    "gpu_get_instance": ("gpu", "get_instance"),
    "gpu_get_instance_metrics": ("gpu", "get_instance_metrics"),
    "gpu_get_mig_topology": ("gpu", "get_mig_topology"),
    "gpu_list_agents": ("gpu", "list_agents"),
    "gpu_list_idle_instances": ("gpu", "list_idle_instances"),
    "gpu_list_instances": ("gpu", "list_instances"),
    "gpu_list_instances_legacy": ("gpu", "list_instances_legacy"),
    "identity_create_agent_credential": ("identity", "create_agent_credential"),
    "identity_get_sso_config": ("identity", "get_sso_config"),
    "identity_list_audit_events": ("identity", "list_audit_events"),
    "identity_revoke_agent_credential": ("identity", "revoke_agent_credential"),
    "integration_create_connection": ("integration", "create_connection"),
    "integration_list_connections": ("integration", "list_connections"),
    "integration_list_sync_history": ("integration", "list_sync_history"),
    "integration_rotate_secret": ("integration", "rotate_secret"),
    "integration_validate_connection": ("integration", "validate_connection"),
    "notification_create_channel": ("notification", "create_channel"),
    "notification_list_channels": ("notification", "list_channels"),
    "notification_test_channel": ("notification", "test_channel"),
    "report_create_scheduled_export": ("report", "create_scheduled_export"),
    "report_export": ("report", "export"),
    "report_list_scheduled_exports": ("report", "list_scheduled_exports"),
    "tenant_get_branding": ("tenant", "get_branding"),
    "tenant_get_feature_flags": ("tenant", "get_feature_flags"),
    "tenant_get_settings": ("tenant", "get_settings"),
    "tenant_invite_member": ("tenant", "invite_member"),
    "tenant_list_members": ("tenant", "list_members"),
    "tenant_update_member_role": ("tenant", "update_member_role"),
}
"""operationId -> (tag, method name) for every operation of the spec."""


WEBHOOK_EVENT_MODELS: dict[str, tuple[str, str]] = {
    "alert.resolved": ("alert_resolved_event", "AlertResolvedEvent"),
    "alert.triggered": ("alert_triggered_event", "AlertTriggeredEvent"),
    "anomaly.detected": ("anomaly_detected_event", "AnomalyDetectedEvent"),
    "budget.threshold_crossed": ("budget_threshold_crossed_event", "BudgetThresholdCrossedEvent"),
    "enforcement.action_queued": ("enforcement_action_queued_event", "EnforcementActionQueuedEvent"),
    "integration.sync_failed": ("integration_sync_failed_event", "IntegrationSyncFailedEvent"),
    "notification.test": ("notification_test_event", "NotificationTestEvent"),
    "recommendation.created": ("recommendation_created_event", "RecommendationCreatedEvent"),
}
"""Webhook event type -> (module under models/, class), imported only when an event arrives."""


class SyncServices:
    """One lazily built service per tag; the client sets `_runner`."""

    _runner: SyncRunner

    @cached_property
    def ai(self) -> AiService:
        """The `ai` operations."""
        from .ai import AiService

        return AiService(self._runner)

    @cached_property
    def alert(self) -> AlertService:
        """The `alert` operations."""
        from .alert import AlertService

        return AlertService(self._runner)

    @cached_property
    def auth(self) -> AuthService:
        """The `auth` operations."""
        from .auth import AuthService

        return AuthService(self._runner)

    @cached_property
    def cost(self) -> CostService:
        """The `cost` operations."""
        from .cost import CostService

        return CostService(self._runner)

    @cached_property
    def enforcement(self) -> EnforcementService:
        """The `enforcement` operations."""
        from .enforcement import EnforcementService

        return EnforcementService(self._runner)

    @cached_property
    def gpu(self) -> GpuService:
        """The `gpu` operations."""
        from .gpu import GpuService

        return GpuService(self._runner)

    @cached_property
    def identity(self) -> IdentityService:
        """The `identity` operations."""
        from .identity import IdentityService

        return IdentityService(self._runner)

    @cached_property
    def integration(self) -> IntegrationService:
        """The `integration` operations."""
        from .integration import IntegrationService

        return IntegrationService(self._runner)

    @cached_property
    def notification(self) -> NotificationService:
        """The `notification` operations."""
        from .notification import NotificationService

        return NotificationService(self._runner)

    @cached_property
    def report(self) -> ReportService:
        """The `report` operations."""
        from .report import ReportService

        return ReportService(self._runner)

    @cached_property
    def tenant(self) -> TenantService:
        """The `tenant` operations."""
        from .tenant import TenantService

        return TenantService(self._runner)


class AsyncServices:
    """One lazily built async service per tag; the client sets `_runner`."""

    _runner: AsyncRunner

    @cached_property
    def ai(self) -> AsyncAiService:
        """The `ai` operations."""
        from .ai import AsyncAiService

        return AsyncAiService(self._runner)

    @cached_property
    def alert(self) -> AsyncAlertService:
        """The `alert` operations."""
        from .alert import AsyncAlertService

        return AsyncAlertService(self._runner)

    @cached_property
    def auth(self) -> AsyncAuthService:
        """The `auth` operations."""
        from .auth import AsyncAuthService

        return AsyncAuthService(self._runner)

    @cached_property
    def cost(self) -> AsyncCostService:
        """The `cost` operations."""
        from .cost import AsyncCostService

        return AsyncCostService(self._runner)

    @cached_property
    def enforcement(self) -> AsyncEnforcementService:
        """The `enforcement` operations."""
        from .enforcement import AsyncEnforcementService

        return AsyncEnforcementService(self._runner)

    @cached_property
    def gpu(self) -> AsyncGpuService:
        """The `gpu` operations."""
        from .gpu import AsyncGpuService

        return AsyncGpuService(self._runner)

    @cached_property
    def identity(self) -> AsyncIdentityService:
        """The `identity` operations."""
        from .identity import AsyncIdentityService

        return AsyncIdentityService(self._runner)

    @cached_property
    def integration(self) -> AsyncIntegrationService:
        """The `integration` operations."""
        from .integration import AsyncIntegrationService

        return AsyncIntegrationService(self._runner)

    @cached_property
    def notification(self) -> AsyncNotificationService:
        """The `notification` operations."""
        from .notification import AsyncNotificationService

        return AsyncNotificationService(self._runner)

    @cached_property
    def report(self) -> AsyncReportService:
        """The `report` operations."""
        from .report import AsyncReportService

        return AsyncReportService(self._runner)

    @cached_property
    def tenant(self) -> AsyncTenantService:
        """The `tenant` operations."""
        from .tenant import AsyncTenantService

        return AsyncTenantService(self._runner)
