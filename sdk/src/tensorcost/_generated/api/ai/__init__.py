"""The `ai` operations as typed service classes (rendered from codegen/templates)."""

from __future__ import annotations

import datetime
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
    ai_get_agent_cost,
    ai_get_cache_recommendations,
    ai_get_provisioned_throughput_recommendations,
    ai_get_routing_recommendations,
    ai_get_spend_summary,
    ai_get_unit_economics,
    ai_get_workflow_cost,
    ai_list_anomalies,
    ai_list_spend,
)

if TYPE_CHECKING:
    from ...models.ai_anomaly import AiAnomaly
    from ...models.ai_anomaly_status import AiAnomalyStatus
    from ...models.ai_anomaly_type import AiAnomalyType
    from ...models.ai_attributed_cost import AiAttributedCost
    from ...models.ai_cache_recommendation import AiCacheRecommendation
    from ...models.ai_inference_event import AiInferenceEvent
    from ...models.ai_provisioned_throughput_recommendation import (
        AiProvisionedThroughputRecommendation,
    )
    from ...models.ai_routing_recommendation import AiRoutingRecommendation
    from ...models.ai_spend_summary import AiSpendSummary
    from ...models.ai_unit_economics_report import AiUnitEconomicsReport
    from ...models.alert_severity import AlertSeverity
    from ...models.source import Source


def _parse_get_agent_cost(body: Any) -> AiAttributedCost:
    return _models.AiAttributedCostResponse.from_dict(body).data


_GET_AGENT_COST: Operation[AiAttributedCost] = Operation(
    "ai_get_agent_cost",
    _parse_get_agent_cost,
)


def _parse_get_cache_recommendations(body: Any) -> ResultList[AiCacheRecommendation]:
    return _models.AiCacheRecommendationListResponse.from_dict(body).data


_GET_CACHE_RECOMMENDATIONS: Operation[ResultList[AiCacheRecommendation]] = Operation(
    "ai_get_cache_recommendations",
    _parse_get_cache_recommendations,
)


def _parse_get_provisioned_throughput_recommendations(
    body: Any,
) -> ResultList[AiProvisionedThroughputRecommendation]:
    return _models.AiProvisionedThroughputRecommendationListResponse.from_dict(body).data


_GET_PROVISIONED_THROUGHPUT_RECOMMENDATIONS: Operation[ResultList[AiProvisionedThroughputRecommendation]] = (
    Operation(
        "ai_get_provisioned_throughput_recommendations",
        _parse_get_provisioned_throughput_recommendations,
    )
)


def _parse_get_routing_recommendations(body: Any) -> ResultList[AiRoutingRecommendation]:
    return _models.AiRoutingRecommendationListResponse.from_dict(body).data


_GET_ROUTING_RECOMMENDATIONS: Operation[ResultList[AiRoutingRecommendation]] = Operation(
    "ai_get_routing_recommendations",
    _parse_get_routing_recommendations,
)


def _parse_get_spend_summary(body: Any) -> AiSpendSummary:
    return _models.AiSpendSummaryResponse.from_dict(body).data


_GET_SPEND_SUMMARY: Operation[AiSpendSummary] = Operation(
    "ai_get_spend_summary",
    _parse_get_spend_summary,
)


def _parse_get_unit_economics(body: Any) -> AiUnitEconomicsReport:
    return _models.AiUnitEconomicsResponse.from_dict(body).data


_GET_UNIT_ECONOMICS: Operation[AiUnitEconomicsReport] = Operation(
    "ai_get_unit_economics",
    _parse_get_unit_economics,
)


def _parse_get_workflow_cost(body: Any) -> AiAttributedCost:
    return _models.AiAttributedCostResponse.from_dict(body).data


_GET_WORKFLOW_COST: Operation[AiAttributedCost] = Operation(
    "ai_get_workflow_cost",
    _parse_get_workflow_cost,
)


def _parse_list_anomalies(body: Any) -> PageData[AiAnomaly]:
    envelope = _models.AiAnomalyListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_ANOMALIES: Operation[PageData[AiAnomaly]] = Operation(
    "ai_list_anomalies",
    _parse_list_anomalies,
    paginated=True,
)


def _parse_list_spend(body: Any) -> PageData[AiInferenceEvent]:
    envelope = _models.AiInferenceEventListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_SPEND: Operation[PageData[AiInferenceEvent]] = Operation(
    "ai_list_spend",
    _parse_list_spend,
    paginated=True,
)


class AiService:
    """The `ai` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AiServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AiServiceWithRawResponse(self._runner)

    def get_agent_cost(
        self,
        id: str,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AiAttributedCost:
        """Get an agent's cost.

        Inference cost attributed to one AI agent (events whose `attribution.agent_id` is this
        id) for a window (default: the current calendar month to now), with requests, tokens and
        a breakdown by model.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_agent_cost`: GET `/v1/ai/agents/{id}/cost`.

        Args:
            id (str): The AI agent id, as carried in `attribution.agent_id`. Opaque string; ids
                start with `agt_`.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = ai_get_agent_cost._get_kwargs(
            id=id,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request(
            _GET_AGENT_COST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_cache_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[AiCacheRecommendation]:
        """Get prompt-cache recommendations.

        Recommendations to enable or retune prompt caching where requests share a long stable
        prefix. Savings use Anthropic's multipliers on the base input price: 1.25x for a 5-minute
        cache write, 2x for a 1-hour write, 0.1x for a cache read; a 5-minute cache pays off after
        one reuse, a 1-hour cache after two. They also appear in `cost_list_recommendations` with
        `type: prompt_cache`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_cache_recommendations`: GET `/v1/ai/recommenders/cache`.
        """

        request_kwargs = ai_get_cache_recommendations._get_kwargs()

        return self._runner.request(
            _GET_CACHE_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_provisioned_throughput_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[AiProvisionedThroughputRecommendation]:
        """Get provisioned-throughput break-even analysis.

        For each Bedrock and Azure OpenAI model with steady traffic, compares on-demand cost with
        provisioned capacity (Bedrock model units with no commitment, 1 or 6 months; Azure PTUs,
        global deployments minimum 15 and in steps of 5) and reports the break-even utilisation.
        `verdict` is `provision` when projected utilisation exceeds break-even. Provisioning
        verdicts also appear in `cost_list_recommendations` with `type: provisioned_throughput`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_provisioned_throughput_recommendations`: GET `/v1/ai/recommenders/provisioned-throughput`.
        """

        request_kwargs = ai_get_provisioned_throughput_recommendations._get_kwargs()

        return self._runner.request(
            _GET_PROVISIONED_THROUGHPUT_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_routing_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[AiRoutingRecommendation]:
        """Get model-routing recommendations.

        Recommendations to route part of a workload's traffic to a cheaper model, based on the
        last 30 days of requests and an offline evaluation on a replayed sample. They also
        appear in `cost_list_recommendations` with `type: model_routing`; accept or dismiss them
        there.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_routing_recommendations`: GET `/v1/ai/recommenders/routing`.
        """

        request_kwargs = ai_get_routing_recommendations._get_kwargs()

        return self._runner.request(
            _GET_ROUTING_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_spend_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AiSpendSummary:
        """Get the inference spend summary.

        Managed-inference totals for a window (default: the current calendar month to now),
        grouped four ways: by provider (`source`), model, application and team. Each breakdown
        sums to the totals; spend without an application or team tag is grouped under
        `__unallocated__`. Groups are ordered by cost, highest first.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_spend_summary`: GET `/v1/ai/spend/summary`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = ai_get_spend_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request(
            _GET_SPEND_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_unit_economics(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AiUnitEconomicsReport:
        """Get inference unit economics.

        Cost per 1K input tokens, per 1K output tokens and per request, and the prompt-cache hit
        rate, for a window (default: the current calendar month to now), tenant-wide and per model.
        The input price blends uncached input, cache writes and cache reads, so good caching lowers
        it.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_unit_economics`: GET `/v1/ai/unit-economics`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = ai_get_unit_economics._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request(
            _GET_UNIT_ECONOMICS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_workflow_cost(
        self,
        id: str,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AiAttributedCost:
        """Get a workflow's cost.

        Inference cost attributed to one workflow (events whose `attribution.workflow_id` is this
        id, across all the agents and calls it made) for a window (default: the current calendar
        month to now), with requests, tokens and a breakdown by model.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_workflow_cost`: GET `/v1/ai/workflows/{id}/cost`.

        Args:
            id (str): The workflow id, as carried in `attribution.workflow_id`. Opaque string; ids
                start with `wf_`.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = ai_get_workflow_cost._get_kwargs(
            id=id,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request(
            _GET_WORKFLOW_COST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_anomalies(
        self,
        *,
        type: AiAnomalyType | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        status: AiAnomalyStatus | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[AiAnomaly]:
        """List inference anomalies.

        Detected spend anomalies (runaway agent loops, cost spikes, retry storms), newest first,
        each with its scope, baseline against observed cost, excess cost and the signals that
        fired. Filters combine with AND: `type`, `severity` and `status` match exactly; `start` and
        `end` keep the anomalies whose `window` overlaps them (either may be omitted: unbounded).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_list_anomalies`: GET `/v1/ai/anomalies`.

        Args:
            type (AiAnomalyType, optional): Only anomalies of this type.
            severity (AlertSeverity, optional): Only anomalies of this severity.
            status (AiAnomalyStatus, optional): Only anomalies in this status.
            start (datetime.datetime, optional): Keep anomalies whose window ends after this instant
                (UTC). Omitted, no lower bound, so that an old anomaly still open is listed.
            end (datetime.datetime, optional): Keep anomalies whose window starts before this
                instant (UTC). Omitted, no upper bound. Must be after `start` (400 `VALIDATION_FAILED`
                otherwise).
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = ai_list_anomalies._get_kwargs(
            type_=type,
            severity=severity,
            status=status,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate(
            _LIST_ANOMALIES,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_spend(
        self,
        *,
        source: Source | Unset = UNSET,
        model_id: str | Unset = UNSET,
        application: str | Unset = UNSET,
        team: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[AiInferenceEvent]:
        """List inference spend events.

        Per-event managed-inference spend, newest first. Each event is one request (or, for
        providers that only report aggregates, one aggregated usage record) with its token usage,
        cost, latency and attribution. Filters combine with AND: `source`, `model_id`,
        `application` and `team` match exactly; `start`/`end` bound `occurred_at`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_list_spend`: GET `/v1/ai/spend`.

        Args:
            source (Source, optional): Only events from this source.
            model_id (str, optional): Only events for this provider-native model id (exact match).
            application (str, optional): Only events attributed to this application tag;
                `__unallocated__` selects events without one.
            team (str, optional): Only events attributed to this team tag; `__unallocated__` selects
                events without one.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = ai_list_spend._get_kwargs(
            source=source,
            model_id=model_id,
            application=application,
            team=team,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate(
            _LIST_SPEND,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )


class AiServiceWithRawResponse:
    """The `ai` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_agent_cost(
        self,
        id: str,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AiAttributedCost]:
        """`AiService.get_agent_cost`, returning the raw response."""
        request_kwargs = ai_get_agent_cost._get_kwargs(
            id=id,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request_raw(
            _GET_AGENT_COST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_cache_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[AiCacheRecommendation]]:
        """`AiService.get_cache_recommendations`, returning the raw response."""
        request_kwargs = ai_get_cache_recommendations._get_kwargs()

        return self._runner.request_raw(
            _GET_CACHE_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_provisioned_throughput_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[AiProvisionedThroughputRecommendation]]:
        """`AiService.get_provisioned_throughput_recommendations`, returning the raw response."""
        request_kwargs = ai_get_provisioned_throughput_recommendations._get_kwargs()

        return self._runner.request_raw(
            _GET_PROVISIONED_THROUGHPUT_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_routing_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[AiRoutingRecommendation]]:
        """`AiService.get_routing_recommendations`, returning the raw response."""
        request_kwargs = ai_get_routing_recommendations._get_kwargs()

        return self._runner.request_raw(
            _GET_ROUTING_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_spend_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AiSpendSummary]:
        """`AiService.get_spend_summary`, returning the raw response."""
        request_kwargs = ai_get_spend_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request_raw(
            _GET_SPEND_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_unit_economics(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AiUnitEconomicsReport]:
        """`AiService.get_unit_economics`, returning the raw response."""
        request_kwargs = ai_get_unit_economics._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request_raw(
            _GET_UNIT_ECONOMICS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_workflow_cost(
        self,
        id: str,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AiAttributedCost]:
        """`AiService.get_workflow_cost`, returning the raw response."""
        request_kwargs = ai_get_workflow_cost._get_kwargs(
            id=id,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request_raw(
            _GET_WORKFLOW_COST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_anomalies(
        self,
        *,
        type: AiAnomalyType | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        status: AiAnomalyStatus | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[AiAnomaly]]:
        """`AiService.list_anomalies`, returning the raw response."""
        request_kwargs = ai_list_anomalies._get_kwargs(
            type_=type,
            severity=severity,
            status=status,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate_raw(
            _LIST_ANOMALIES,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_spend(
        self,
        *,
        source: Source | Unset = UNSET,
        model_id: str | Unset = UNSET,
        application: str | Unset = UNSET,
        team: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[AiInferenceEvent]]:
        """`AiService.list_spend`, returning the raw response."""
        request_kwargs = ai_list_spend._get_kwargs(
            source=source,
            model_id=model_id,
            application=application,
            team=team,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate_raw(
            _LIST_SPEND,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )


class AsyncAiService:
    """The `ai` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncAiServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncAiServiceWithRawResponse(self._runner)

    async def get_agent_cost(
        self,
        id: str,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AiAttributedCost:
        """Get an agent's cost.

        Inference cost attributed to one AI agent (events whose `attribution.agent_id` is this
        id) for a window (default: the current calendar month to now), with requests, tokens and
        a breakdown by model.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_agent_cost`: GET `/v1/ai/agents/{id}/cost`.

        Args:
            id (str): The AI agent id, as carried in `attribution.agent_id`. Opaque string; ids
                start with `agt_`.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = ai_get_agent_cost._get_kwargs(
            id=id,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request(
            _GET_AGENT_COST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_cache_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[AiCacheRecommendation]:
        """Get prompt-cache recommendations.

        Recommendations to enable or retune prompt caching where requests share a long stable
        prefix. Savings use Anthropic's multipliers on the base input price: 1.25x for a 5-minute
        cache write, 2x for a 1-hour write, 0.1x for a cache read; a 5-minute cache pays off after
        one reuse, a 1-hour cache after two. They also appear in `cost_list_recommendations` with
        `type: prompt_cache`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_cache_recommendations`: GET `/v1/ai/recommenders/cache`.
        """

        request_kwargs = ai_get_cache_recommendations._get_kwargs()

        return await self._runner.request(
            _GET_CACHE_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_provisioned_throughput_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[AiProvisionedThroughputRecommendation]:
        """Get provisioned-throughput break-even analysis.

        For each Bedrock and Azure OpenAI model with steady traffic, compares on-demand cost with
        provisioned capacity (Bedrock model units with no commitment, 1 or 6 months; Azure PTUs,
        global deployments minimum 15 and in steps of 5) and reports the break-even utilisation.
        `verdict` is `provision` when projected utilisation exceeds break-even. Provisioning
        verdicts also appear in `cost_list_recommendations` with `type: provisioned_throughput`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_provisioned_throughput_recommendations`: GET `/v1/ai/recommenders/provisioned-throughput`.
        """

        request_kwargs = ai_get_provisioned_throughput_recommendations._get_kwargs()

        return await self._runner.request(
            _GET_PROVISIONED_THROUGHPUT_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_routing_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[AiRoutingRecommendation]:
        """Get model-routing recommendations.

        Recommendations to route part of a workload's traffic to a cheaper model, based on the
        last 30 days of requests and an offline evaluation on a replayed sample. They also
        appear in `cost_list_recommendations` with `type: model_routing`; accept or dismiss them
        there.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_routing_recommendations`: GET `/v1/ai/recommenders/routing`.
        """

        request_kwargs = ai_get_routing_recommendations._get_kwargs()

        return await self._runner.request(
            _GET_ROUTING_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_spend_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AiSpendSummary:
        """Get the inference spend summary.

        Managed-inference totals for a window (default: the current calendar month to now),
        grouped four ways: by provider (`source`), model, application and team. Each breakdown
        sums to the totals; spend without an application or team tag is grouped under
        `__unallocated__`. Groups are ordered by cost, highest first.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_spend_summary`: GET `/v1/ai/spend/summary`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = ai_get_spend_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request(
            _GET_SPEND_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_unit_economics(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AiUnitEconomicsReport:
        """Get inference unit economics.

        Cost per 1K input tokens, per 1K output tokens and per request, and the prompt-cache hit
        rate, for a window (default: the current calendar month to now), tenant-wide and per model.
        The input price blends uncached input, cache writes and cache reads, so good caching lowers
        it.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_unit_economics`: GET `/v1/ai/unit-economics`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = ai_get_unit_economics._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request(
            _GET_UNIT_ECONOMICS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_workflow_cost(
        self,
        id: str,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AiAttributedCost:
        """Get a workflow's cost.

        Inference cost attributed to one workflow (events whose `attribution.workflow_id` is this
        id, across all the agents and calls it made) for a window (default: the current calendar
        month to now), with requests, tokens and a breakdown by model.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_get_workflow_cost`: GET `/v1/ai/workflows/{id}/cost`.

        Args:
            id (str): The workflow id, as carried in `attribution.workflow_id`. Opaque string; ids
                start with `wf_`.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = ai_get_workflow_cost._get_kwargs(
            id=id,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request(
            _GET_WORKFLOW_COST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_anomalies(
        self,
        *,
        type: AiAnomalyType | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        status: AiAnomalyStatus | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[AiAnomaly]:
        """List inference anomalies.

        Detected spend anomalies (runaway agent loops, cost spikes, retry storms), newest first,
        each with its scope, baseline against observed cost, excess cost and the signals that
        fired. Filters combine with AND: `type`, `severity` and `status` match exactly; `start` and
        `end` keep the anomalies whose `window` overlaps them (either may be omitted: unbounded).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_list_anomalies`: GET `/v1/ai/anomalies`.

        Args:
            type (AiAnomalyType, optional): Only anomalies of this type.
            severity (AlertSeverity, optional): Only anomalies of this severity.
            status (AiAnomalyStatus, optional): Only anomalies in this status.
            start (datetime.datetime, optional): Keep anomalies whose window ends after this instant
                (UTC). Omitted, no lower bound, so that an old anomaly still open is listed.
            end (datetime.datetime, optional): Keep anomalies whose window starts before this
                instant (UTC). Omitted, no upper bound. Must be after `start` (400 `VALIDATION_FAILED`
                otherwise).
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = ai_list_anomalies._get_kwargs(
            type_=type,
            severity=severity,
            status=status,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate(
            _LIST_ANOMALIES,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_spend(
        self,
        *,
        source: Source | Unset = UNSET,
        model_id: str | Unset = UNSET,
        application: str | Unset = UNSET,
        team: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[AiInferenceEvent]:
        """List inference spend events.

        Per-event managed-inference spend, newest first. Each event is one request (or, for
        providers that only report aggregates, one aggregated usage record) with its token usage,
        cost, latency and attribution. Filters combine with AND: `source`, `model_id`,
        `application` and `team` match exactly; `start`/`end` bound `occurred_at`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `ai_list_spend`: GET `/v1/ai/spend`.

        Args:
            source (Source, optional): Only events from this source.
            model_id (str, optional): Only events for this provider-native model id (exact match).
            application (str, optional): Only events attributed to this application tag;
                `__unallocated__` selects events without one.
            team (str, optional): Only events attributed to this team tag; `__unallocated__` selects
                events without one.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = ai_list_spend._get_kwargs(
            source=source,
            model_id=model_id,
            application=application,
            team=team,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate(
            _LIST_SPEND,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )


class AsyncAiServiceWithRawResponse:
    """The `ai` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_agent_cost(
        self,
        id: str,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AiAttributedCost]:
        """`AsyncAiService.get_agent_cost`, returning the raw response."""
        request_kwargs = ai_get_agent_cost._get_kwargs(
            id=id,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request_raw(
            _GET_AGENT_COST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_cache_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[AiCacheRecommendation]]:
        """`AsyncAiService.get_cache_recommendations`, returning the raw response."""
        request_kwargs = ai_get_cache_recommendations._get_kwargs()

        return await self._runner.request_raw(
            _GET_CACHE_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_provisioned_throughput_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[AiProvisionedThroughputRecommendation]]:
        """`AsyncAiService.get_provisioned_throughput_recommendations`, returning the raw response."""
        request_kwargs = ai_get_provisioned_throughput_recommendations._get_kwargs()

        return await self._runner.request_raw(
            _GET_PROVISIONED_THROUGHPUT_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_routing_recommendations(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[AiRoutingRecommendation]]:
        """`AsyncAiService.get_routing_recommendations`, returning the raw response."""
        request_kwargs = ai_get_routing_recommendations._get_kwargs()

        return await self._runner.request_raw(
            _GET_ROUTING_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_spend_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AiSpendSummary]:
        """`AsyncAiService.get_spend_summary`, returning the raw response."""
        request_kwargs = ai_get_spend_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request_raw(
            _GET_SPEND_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_unit_economics(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AiUnitEconomicsReport]:
        """`AsyncAiService.get_unit_economics`, returning the raw response."""
        request_kwargs = ai_get_unit_economics._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request_raw(
            _GET_UNIT_ECONOMICS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_workflow_cost(
        self,
        id: str,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AiAttributedCost]:
        """`AsyncAiService.get_workflow_cost`, returning the raw response."""
        request_kwargs = ai_get_workflow_cost._get_kwargs(
            id=id,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request_raw(
            _GET_WORKFLOW_COST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_anomalies(
        self,
        *,
        type: AiAnomalyType | Unset = UNSET,
        severity: AlertSeverity | Unset = UNSET,
        status: AiAnomalyStatus | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[AiAnomaly]]:
        """`AsyncAiService.list_anomalies`, returning the raw response."""
        request_kwargs = ai_list_anomalies._get_kwargs(
            type_=type,
            severity=severity,
            status=status,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate_raw(
            _LIST_ANOMALIES,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_spend(
        self,
        *,
        source: Source | Unset = UNSET,
        model_id: str | Unset = UNSET,
        application: str | Unset = UNSET,
        team: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[AiInferenceEvent]]:
        """`AsyncAiService.list_spend`, returning the raw response."""
        request_kwargs = ai_list_spend._get_kwargs(
            source=source,
            model_id=model_id,
            application=application,
            team=team,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate_raw(
            _LIST_SPEND,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )


__all__ = (
    "AsyncAiService",
    "AsyncAiServiceWithRawResponse",
    "AiService",
    "AiServiceWithRawResponse",
)
