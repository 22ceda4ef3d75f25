"""The `cost` operations as typed service classes (rendered from codegen/templates)."""

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
    cost_accept_recommendation,
    cost_dismiss_recommendation,
    cost_get_by_source,
    cost_get_by_tag,
    cost_get_costs_legacy,
    cost_get_forecast,
    cost_get_summary,
    cost_list_budgets,
    cost_list_recommendations,
    cost_list_savings_ledger,
)

if TYPE_CHECKING:
    from ...models.accept_recommendation_request import AcceptRecommendationRequest
    from ...models.budget import Budget
    from ...models.cost_by_source import CostBySource
    from ...models.cost_by_tag import CostByTag
    from ...models.cost_forecast import CostForecast
    from ...models.cost_summary import CostSummary
    from ...models.cost_tag_dimension import CostTagDimension
    from ...models.dismiss_recommendation_request import DismissRecommendationRequest
    from ...models.forecast_granularity import ForecastGranularity
    from ...models.forecast_horizon_days import ForecastHorizonDays
    from ...models.prediction_interval_level import PredictionIntervalLevel
    from ...models.recommendation import Recommendation
    from ...models.recommendation_acceptance import RecommendationAcceptance
    from ...models.recommendation_status import RecommendationStatus
    from ...models.recommendation_type import RecommendationType
    from ...models.savings_ledger_entry import SavingsLedgerEntry
    from ...models.savings_status import SavingsStatus


def _parse_accept_recommendation(body: Any) -> RecommendationAcceptance:
    return _models.RecommendationAcceptanceResponse.from_dict(body).data


_ACCEPT_RECOMMENDATION: Operation[RecommendationAcceptance] = Operation(
    "cost_accept_recommendation",
    _parse_accept_recommendation,
    idempotency_header=True,
)


def _parse_dismiss_recommendation(body: Any) -> Recommendation:
    return _models.RecommendationResponse.from_dict(body).data


_DISMISS_RECOMMENDATION: Operation[Recommendation] = Operation(
    "cost_dismiss_recommendation",
    _parse_dismiss_recommendation,
    idempotency_header=True,
)


def _parse_get_by_source(body: Any) -> CostBySource:
    return _models.CostBySourceResponse.from_dict(body).data


_GET_BY_SOURCE: Operation[CostBySource] = Operation(
    "cost_get_by_source",
    _parse_get_by_source,
)


def _parse_get_by_tag(body: Any) -> CostByTag:
    return _models.CostByTagResponse.from_dict(body).data


_GET_BY_TAG: Operation[CostByTag] = Operation(
    "cost_get_by_tag",
    _parse_get_by_tag,
)


def _parse_get_costs_legacy(body: Any) -> CostSummary:
    return _models.CostSummaryResponse.from_dict(body).data


_GET_COSTS_LEGACY: Operation[CostSummary] = Operation(
    "cost_get_costs_legacy",
    _parse_get_costs_legacy,
)


def _parse_get_forecast(body: Any) -> CostForecast:
    return _models.CostForecastResponse.from_dict(body).data


_GET_FORECAST: Operation[CostForecast] = Operation(
    "cost_get_forecast",
    _parse_get_forecast,
)


def _parse_get_summary(body: Any) -> CostSummary:
    return _models.CostSummaryResponse.from_dict(body).data


_GET_SUMMARY: Operation[CostSummary] = Operation(
    "cost_get_summary",
    _parse_get_summary,
)


def _parse_list_budgets(body: Any) -> ResultList[Budget]:
    return _models.BudgetListResponse.from_dict(body).data


_LIST_BUDGETS: Operation[ResultList[Budget]] = Operation(
    "cost_list_budgets",
    _parse_list_budgets,
)


def _parse_list_recommendations(body: Any) -> PageData[Recommendation]:
    envelope = _models.RecommendationListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_RECOMMENDATIONS: Operation[PageData[Recommendation]] = Operation(
    "cost_list_recommendations",
    _parse_list_recommendations,
    paginated=True,
)


def _parse_list_savings_ledger(body: Any) -> PageData[SavingsLedgerEntry]:
    envelope = _models.SavingsLedgerListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_SAVINGS_LEDGER: Operation[PageData[SavingsLedgerEntry]] = Operation(
    "cost_list_savings_ledger",
    _parse_list_savings_ledger,
    paginated=True,
)


class CostService:
    """The `cost` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> CostServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return CostServiceWithRawResponse(self._runner)

    def accept_recommendation(
        self,
        id: str,
        *,
        body: AcceptRecommendationRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RecommendationAcceptance:
        """Accept a recommendation.

        Moves an `open` recommendation to `accepted` and records a `projected` entry in the
        savings ledger for the next 30 days. When remediation is wired for the recommendation
        type (e.g. stopping an idle instance), it also opens an entry in the enforcement action
        queue and returns its id as `action_id`; otherwise `action_id` stays `null` and the change
        is left to you. Any other status answers 409 `INVALID_STATE_TRANSITION`.

        Required role: `finops_analyst`; allowed: `owner`, `admin`, `finops_analyst`.

        Operation `cost_accept_recommendation`: POST `/v1/cost/recommendations/{id}/accept`.

        Args:
            id (str): The recommendation id. Opaque string; ids start with `rec_`.
        """

        request_kwargs = cost_accept_recommendation._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.AcceptRecommendationRequest.from_dict, body),
        )

        return self._runner.request(
            _ACCEPT_RECOMMENDATION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def dismiss_recommendation(
        self,
        id: str,
        *,
        body: DismissRecommendationRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Recommendation:
        """Dismiss a recommendation.

        Moves an `open` recommendation to `dismissed` with a reason. The reason feeds the
        recommenders' feedback loop, so similar recommendations are ranked lower or suppressed.
        Any other status answers 409 `INVALID_STATE_TRANSITION`.

        Required role: `finops_analyst`; allowed: `owner`, `admin`, `finops_analyst`.

        Operation `cost_dismiss_recommendation`: POST `/v1/cost/recommendations/{id}/dismiss`.

        Args:
            id (str): The recommendation id. Opaque string; ids start with `rec_`.
        """

        request_kwargs = cost_dismiss_recommendation._get_kwargs(
            id=id,
            body=self._runner.as_body(_models.DismissRecommendationRequest.from_dict, body),
        )

        return self._runner.request(
            _DISMISS_RECOMMENDATION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def get_by_source(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> CostBySource:
        """Get cost by source.

        Tenant-wide cost for a window (default: the current calendar month to now), broken down by
        where the spend comes from (`bedrock`, `azure_openai`, `vertex`, `openai_api`,
        `anthropic_api`, `gpu_agent`). Sources with no cost in the window are omitted. The items
        add up to the totals of `cost_get_summary` for the same window; `share` is each source's
        fraction of the total effective cost.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_get_by_source`: GET `/v1/cost/by-source`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = cost_get_by_source._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request(
            _GET_BY_SOURCE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_by_tag(
        self,
        *,
        group_by: CostTagDimension | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> CostByTag:
        """Get cost by tag.

        Tenant-wide cost for a window (default: the current calendar month to now), grouped by the
        value of one allocation tag (`group_by`: the FOCUS columns `x_application`, `x_team`,
        `x_environment` or `x_owner`). Cost that carries no such tag is reported under the
        reserved value `__unallocated__`, so the items always add up to `cost_get_summary` for
        the same window. Each item is also split by workload.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_get_by_tag`: GET `/v1/cost/by-tag`.

        Args:
            group_by (CostTagDimension, optional): The allocation tag to group by; `application`
                when omitted.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = cost_get_by_tag._get_kwargs(
            group_by=group_by,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request(
            _GET_BY_TAG,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_costs_legacy(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> CostSummary:
        """Get the cost summary (deprecated).

        Deprecated pre-`/v1` path; use `cost_get_summary` (`GET /v1/cost/summary`). Until the
        sunset it answers exactly like `cost_get_summary`, plus `Deprecation`, `Sunset` and a
        `Link` to the successor. After Wed, 30 Sep 2026 23:59:59 GMT it answers 410 `GONE`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_get_costs_legacy`: GET `/api/costs`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = cost_get_costs_legacy._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request(
            _GET_COSTS_LEGACY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_forecast(
        self,
        *,
        horizon_days: ForecastHorizonDays | Unset = UNSET,
        granularity: ForecastGranularity | Unset = UNSET,
        prediction_interval_level: PredictionIntervalLevel | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> CostForecast:
        """Get the cost forecast.

        Forecast of tenant-wide effective cost from now for the next `horizon_days` days, modelled
        on AWS GetCostForecast: a mean and a prediction interval at `prediction_interval_level`
        percent, for the whole horizon (`total`) and per `granularity` period (`results_by_time`;
        the first and last periods are clipped to the horizon). `history_window` is the history
        the model was fitted on.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_get_forecast`: GET `/v1/cost/forecast`.

        Args:
            horizon_days (ForecastHorizonDays, optional): How many days ahead to forecast.
            granularity (ForecastGranularity, optional): Length of each period in `results_by_time`.
            prediction_interval_level (PredictionIntervalLevel, optional): Confidence level, in
                percent, of `lower_bound` and `upper_bound`.
        """

        request_kwargs = cost_get_forecast._get_kwargs(
            horizon_days=horizon_days,
            granularity=granularity,
            prediction_interval_level=prediction_interval_level,
        )

        return self._runner.request(
            _GET_FORECAST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> CostSummary:
        """Get the cost summary.

        Tenant-wide totals across GPU, managed-inference and agent workloads for a window
        (default: the current calendar month to now). `savings` is `list_cost - effective_cost`.
        The totals equal the sum of `cost_get_by_source` and of `cost_get_by_tag` for the same
        window.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_get_summary`: GET `/v1/cost/summary`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = cost_get_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request(
            _GET_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_budgets(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[Budget]:
        """List budgets.

        Every budget of the tenant as a flat list that encodes the hierarchy (`parent_id`,
        `children_ids`; roots have `parent_id: null`), each with its spend and burn rate for the
        current period of its `time_unit`, and its alert thresholds. Thresholds that have been
        crossed this period carry `crossed_at`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_list_budgets`: GET `/v1/cost/budgets`.
        """

        request_kwargs = cost_list_budgets._get_kwargs()

        return self._runner.request(
            _LIST_BUDGETS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_recommendations(
        self,
        *,
        type: RecommendationType | Unset = UNSET,
        status: RecommendationStatus | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[Recommendation]:
        """List recommendations.

        Recommendations from every recommender (model routing, prompt cache, provisioned
        throughput, GPU idle, GPU rightsizing, MIG repartitioning), largest estimated monthly
        savings first. `type` narrows to one recommender; `status` defaults to `open`, the
        recommendations still awaiting a decision. Pages with `limit` and `cursor`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_list_recommendations`: GET `/v1/cost/recommendations`.

        Args:
            type (RecommendationType, optional): Only recommendations of this type. Omit for all
                types.
            status (RecommendationStatus, optional): Only recommendations in this status. Defaults
                to `open`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = cost_list_recommendations._get_kwargs(
            type_=type,
            status=status,
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate(
            _LIST_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_savings_ledger(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        status: SavingsStatus | Unset = UNSET,
        recommendation_id: str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[SavingsLedgerEntry]:
        """List the savings ledger.

        Projected and realized savings, each entry attributed to the recommendation that produced
        it. `savings` is `baseline_cost - actual_cost` over the entry's window. Filters narrow the
        list to entries whose window overlaps `start`/`end`, to one `status` and to one
        `recommendation_id`. Newest first.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_list_savings_ledger`: GET `/v1/cost/savings-ledger`.

        Args:
            start (datetime.datetime, optional): Keep entries whose window ends after this instant
                (UTC). Omitted, no lower bound (unlike the calendar-month default of the cost totals),
                so the ledger lists every saving by default.
            end (datetime.datetime, optional): Keep entries whose window starts before this instant
                (UTC). Omitted, no upper bound. Must be after `start` (400 `VALIDATION_FAILED`
                otherwise).
            status (SavingsStatus, optional): Only entries in this status. Omit for all.
            recommendation_id (str, optional): Only entries attributed to this recommendation.
                Opaque string; ids start with `rec_`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = cost_list_savings_ledger._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            status=status,
            recommendation_id=recommendation_id,
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate(
            _LIST_SAVINGS_LEDGER,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )


class CostServiceWithRawResponse:
    """The `cost` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def accept_recommendation(
        self,
        id: str,
        *,
        body: AcceptRecommendationRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[RecommendationAcceptance]:
        """`CostService.accept_recommendation`, returning the raw response."""
        request_kwargs = cost_accept_recommendation._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.AcceptRecommendationRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _ACCEPT_RECOMMENDATION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def dismiss_recommendation(
        self,
        id: str,
        *,
        body: DismissRecommendationRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Recommendation]:
        """`CostService.dismiss_recommendation`, returning the raw response."""
        request_kwargs = cost_dismiss_recommendation._get_kwargs(
            id=id,
            body=self._runner.as_body(_models.DismissRecommendationRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _DISMISS_RECOMMENDATION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def get_by_source(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[CostBySource]:
        """`CostService.get_by_source`, returning the raw response."""
        request_kwargs = cost_get_by_source._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request_raw(
            _GET_BY_SOURCE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_by_tag(
        self,
        *,
        group_by: CostTagDimension | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[CostByTag]:
        """`CostService.get_by_tag`, returning the raw response."""
        request_kwargs = cost_get_by_tag._get_kwargs(
            group_by=group_by,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request_raw(
            _GET_BY_TAG,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_costs_legacy(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[CostSummary]:
        """`CostService.get_costs_legacy`, returning the raw response."""
        request_kwargs = cost_get_costs_legacy._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request_raw(
            _GET_COSTS_LEGACY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_forecast(
        self,
        *,
        horizon_days: ForecastHorizonDays | Unset = UNSET,
        granularity: ForecastGranularity | Unset = UNSET,
        prediction_interval_level: PredictionIntervalLevel | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[CostForecast]:
        """`CostService.get_forecast`, returning the raw response."""
        request_kwargs = cost_get_forecast._get_kwargs(
            horizon_days=horizon_days,
            granularity=granularity,
            prediction_interval_level=prediction_interval_level,
        )

        return self._runner.request_raw(
            _GET_FORECAST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[CostSummary]:
        """`CostService.get_summary`, returning the raw response."""
        request_kwargs = cost_get_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return self._runner.request_raw(
            _GET_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_budgets(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[Budget]]:
        """`CostService.list_budgets`, returning the raw response."""
        request_kwargs = cost_list_budgets._get_kwargs()

        return self._runner.request_raw(
            _LIST_BUDGETS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_recommendations(
        self,
        *,
        type: RecommendationType | Unset = UNSET,
        status: RecommendationStatus | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[Recommendation]]:
        """`CostService.list_recommendations`, returning the raw response."""
        request_kwargs = cost_list_recommendations._get_kwargs(
            type_=type,
            status=status,
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate_raw(
            _LIST_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_savings_ledger(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        status: SavingsStatus | Unset = UNSET,
        recommendation_id: str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[SavingsLedgerEntry]]:
        """`CostService.list_savings_ledger`, returning the raw response."""
        request_kwargs = cost_list_savings_ledger._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            status=status,
            recommendation_id=recommendation_id,
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate_raw(
            _LIST_SAVINGS_LEDGER,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )


class AsyncCostService:
    """The `cost` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncCostServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncCostServiceWithRawResponse(self._runner)

    async def accept_recommendation(
        self,
        id: str,
        *,
        body: AcceptRecommendationRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RecommendationAcceptance:
        """Accept a recommendation.

        Moves an `open` recommendation to `accepted` and records a `projected` entry in the
        savings ledger for the next 30 days. When remediation is wired for the recommendation
        type (e.g. stopping an idle instance), it also opens an entry in the enforcement action
        queue and returns its id as `action_id`; otherwise `action_id` stays `null` and the change
        is left to you. Any other status answers 409 `INVALID_STATE_TRANSITION`.

        Required role: `finops_analyst`; allowed: `owner`, `admin`, `finops_analyst`.

        Operation `cost_accept_recommendation`: POST `/v1/cost/recommendations/{id}/accept`.

        Args:
            id (str): The recommendation id. Opaque string; ids start with `rec_`.
        """

        request_kwargs = cost_accept_recommendation._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.AcceptRecommendationRequest.from_dict, body),
        )

        return await self._runner.request(
            _ACCEPT_RECOMMENDATION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def dismiss_recommendation(
        self,
        id: str,
        *,
        body: DismissRecommendationRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Recommendation:
        """Dismiss a recommendation.

        Moves an `open` recommendation to `dismissed` with a reason. The reason feeds the
        recommenders' feedback loop, so similar recommendations are ranked lower or suppressed.
        Any other status answers 409 `INVALID_STATE_TRANSITION`.

        Required role: `finops_analyst`; allowed: `owner`, `admin`, `finops_analyst`.

        Operation `cost_dismiss_recommendation`: POST `/v1/cost/recommendations/{id}/dismiss`.

        Args:
            id (str): The recommendation id. Opaque string; ids start with `rec_`.
        """

        request_kwargs = cost_dismiss_recommendation._get_kwargs(
            id=id,
            body=self._runner.as_body(_models.DismissRecommendationRequest.from_dict, body),
        )

        return await self._runner.request(
            _DISMISS_RECOMMENDATION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def get_by_source(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> CostBySource:
        """Get cost by source.

        Tenant-wide cost for a window (default: the current calendar month to now), broken down by
        where the spend comes from (`bedrock`, `azure_openai`, `vertex`, `openai_api`,
        `anthropic_api`, `gpu_agent`). Sources with no cost in the window are omitted. The items
        add up to the totals of `cost_get_summary` for the same window; `share` is each source's
        fraction of the total effective cost.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_get_by_source`: GET `/v1/cost/by-source`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = cost_get_by_source._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request(
            _GET_BY_SOURCE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_by_tag(
        self,
        *,
        group_by: CostTagDimension | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> CostByTag:
        """Get cost by tag.

        Tenant-wide cost for a window (default: the current calendar month to now), grouped by the
        value of one allocation tag (`group_by`: the FOCUS columns `x_application`, `x_team`,
        `x_environment` or `x_owner`). Cost that carries no such tag is reported under the
        reserved value `__unallocated__`, so the items always add up to `cost_get_summary` for
        the same window. Each item is also split by workload.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_get_by_tag`: GET `/v1/cost/by-tag`.

        Args:
            group_by (CostTagDimension, optional): The allocation tag to group by; `application`
                when omitted.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = cost_get_by_tag._get_kwargs(
            group_by=group_by,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request(
            _GET_BY_TAG,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_costs_legacy(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> CostSummary:
        """Get the cost summary (deprecated).

        Deprecated pre-`/v1` path; use `cost_get_summary` (`GET /v1/cost/summary`). Until the
        sunset it answers exactly like `cost_get_summary`, plus `Deprecation`, `Sunset` and a
        `Link` to the successor. After Wed, 30 Sep 2026 23:59:59 GMT it answers 410 `GONE`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_get_costs_legacy`: GET `/api/costs`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = cost_get_costs_legacy._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request(
            _GET_COSTS_LEGACY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_forecast(
        self,
        *,
        horizon_days: ForecastHorizonDays | Unset = UNSET,
        granularity: ForecastGranularity | Unset = UNSET,
        prediction_interval_level: PredictionIntervalLevel | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> CostForecast:
        """Get the cost forecast.

        Forecast of tenant-wide effective cost from now for the next `horizon_days` days, modelled
        on AWS GetCostForecast: a mean and a prediction interval at `prediction_interval_level`
        percent, for the whole horizon (`total`) and per `granularity` period (`results_by_time`;
        the first and last periods are clipped to the horizon). `history_window` is the history
        the model was fitted on.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_get_forecast`: GET `/v1/cost/forecast`.

        Args:
            horizon_days (ForecastHorizonDays, optional): How many days ahead to forecast.
            granularity (ForecastGranularity, optional): Length of each period in `results_by_time`.
            prediction_interval_level (PredictionIntervalLevel, optional): Confidence level, in
                percent, of `lower_bound` and `upper_bound`.
        """

        request_kwargs = cost_get_forecast._get_kwargs(
            horizon_days=horizon_days,
            granularity=granularity,
            prediction_interval_level=prediction_interval_level,
        )

        return await self._runner.request(
            _GET_FORECAST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> CostSummary:
        """Get the cost summary.

        Tenant-wide totals across GPU, managed-inference and agent workloads for a window
        (default: the current calendar month to now). `savings` is `list_cost - effective_cost`.
        The totals equal the sum of `cost_get_by_source` and of `cost_get_by_tag` for the same
        window.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_get_summary`: GET `/v1/cost/summary`.

        Args:
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
        """

        request_kwargs = cost_get_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request(
            _GET_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_budgets(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[Budget]:
        """List budgets.

        Every budget of the tenant as a flat list that encodes the hierarchy (`parent_id`,
        `children_ids`; roots have `parent_id: null`), each with its spend and burn rate for the
        current period of its `time_unit`, and its alert thresholds. Thresholds that have been
        crossed this period carry `crossed_at`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_list_budgets`: GET `/v1/cost/budgets`.
        """

        request_kwargs = cost_list_budgets._get_kwargs()

        return await self._runner.request(
            _LIST_BUDGETS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_recommendations(
        self,
        *,
        type: RecommendationType | Unset = UNSET,
        status: RecommendationStatus | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Recommendation]:
        """List recommendations.

        Recommendations from every recommender (model routing, prompt cache, provisioned
        throughput, GPU idle, GPU rightsizing, MIG repartitioning), largest estimated monthly
        savings first. `type` narrows to one recommender; `status` defaults to `open`, the
        recommendations still awaiting a decision. Pages with `limit` and `cursor`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_list_recommendations`: GET `/v1/cost/recommendations`.

        Args:
            type (RecommendationType, optional): Only recommendations of this type. Omit for all
                types.
            status (RecommendationStatus, optional): Only recommendations in this status. Defaults
                to `open`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = cost_list_recommendations._get_kwargs(
            type_=type,
            status=status,
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate(
            _LIST_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_savings_ledger(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        status: SavingsStatus | Unset = UNSET,
        recommendation_id: str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[SavingsLedgerEntry]:
        """List the savings ledger.

        Projected and realized savings, each entry attributed to the recommendation that produced
        it. `savings` is `baseline_cost - actual_cost` over the entry's window. Filters narrow the
        list to entries whose window overlaps `start`/`end`, to one `status` and to one
        `recommendation_id`. Newest first.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `cost_list_savings_ledger`: GET `/v1/cost/savings-ledger`.

        Args:
            start (datetime.datetime, optional): Keep entries whose window ends after this instant
                (UTC). Omitted, no lower bound (unlike the calendar-month default of the cost totals),
                so the ledger lists every saving by default.
            end (datetime.datetime, optional): Keep entries whose window starts before this instant
                (UTC). Omitted, no upper bound. Must be after `start` (400 `VALIDATION_FAILED`
                otherwise).
            status (SavingsStatus, optional): Only entries in this status. Omit for all.
            recommendation_id (str, optional): Only entries attributed to this recommendation.
                Opaque string; ids start with `rec_`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = cost_list_savings_ledger._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            status=status,
            recommendation_id=recommendation_id,
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate(
            _LIST_SAVINGS_LEDGER,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )


class AsyncCostServiceWithRawResponse:
    """The `cost` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def accept_recommendation(
        self,
        id: str,
        *,
        body: AcceptRecommendationRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[RecommendationAcceptance]:
        """`AsyncCostService.accept_recommendation`, returning the raw response."""
        request_kwargs = cost_accept_recommendation._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.AcceptRecommendationRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _ACCEPT_RECOMMENDATION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def dismiss_recommendation(
        self,
        id: str,
        *,
        body: DismissRecommendationRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Recommendation]:
        """`AsyncCostService.dismiss_recommendation`, returning the raw response."""
        request_kwargs = cost_dismiss_recommendation._get_kwargs(
            id=id,
            body=self._runner.as_body(_models.DismissRecommendationRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _DISMISS_RECOMMENDATION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def get_by_source(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[CostBySource]:
        """`AsyncCostService.get_by_source`, returning the raw response."""
        request_kwargs = cost_get_by_source._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request_raw(
            _GET_BY_SOURCE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_by_tag(
        self,
        *,
        group_by: CostTagDimension | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[CostByTag]:
        """`AsyncCostService.get_by_tag`, returning the raw response."""
        request_kwargs = cost_get_by_tag._get_kwargs(
            group_by=group_by,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request_raw(
            _GET_BY_TAG,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_costs_legacy(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[CostSummary]:
        """`AsyncCostService.get_costs_legacy`, returning the raw response."""
        request_kwargs = cost_get_costs_legacy._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request_raw(
            _GET_COSTS_LEGACY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_forecast(
        self,
        *,
        horizon_days: ForecastHorizonDays | Unset = UNSET,
        granularity: ForecastGranularity | Unset = UNSET,
        prediction_interval_level: PredictionIntervalLevel | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[CostForecast]:
        """`AsyncCostService.get_forecast`, returning the raw response."""
        request_kwargs = cost_get_forecast._get_kwargs(
            horizon_days=horizon_days,
            granularity=granularity,
            prediction_interval_level=prediction_interval_level,
        )

        return await self._runner.request_raw(
            _GET_FORECAST,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_summary(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[CostSummary]:
        """`AsyncCostService.get_summary`, returning the raw response."""
        request_kwargs = cost_get_summary._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
        )

        return await self._runner.request_raw(
            _GET_SUMMARY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_budgets(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[Budget]]:
        """`AsyncCostService.list_budgets`, returning the raw response."""
        request_kwargs = cost_list_budgets._get_kwargs()

        return await self._runner.request_raw(
            _LIST_BUDGETS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_recommendations(
        self,
        *,
        type: RecommendationType | Unset = UNSET,
        status: RecommendationStatus | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[Recommendation]]:
        """`AsyncCostService.list_recommendations`, returning the raw response."""
        request_kwargs = cost_list_recommendations._get_kwargs(
            type_=type,
            status=status,
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate_raw(
            _LIST_RECOMMENDATIONS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_savings_ledger(
        self,
        *,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        status: SavingsStatus | Unset = UNSET,
        recommendation_id: str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[SavingsLedgerEntry]]:
        """`AsyncCostService.list_savings_ledger`, returning the raw response."""
        request_kwargs = cost_list_savings_ledger._get_kwargs(
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            status=status,
            recommendation_id=recommendation_id,
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate_raw(
            _LIST_SAVINGS_LEDGER,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )


__all__ = (
    "AsyncCostService",
    "AsyncCostServiceWithRawResponse",
    "CostService",
    "CostServiceWithRawResponse",
)
