"""The `gpu` operations as typed service classes (rendered from codegen/templates)."""

from __future__ import annotations

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
    gpu_get_instance,
    gpu_get_instance_metrics,
    gpu_get_mig_topology,
    gpu_list_agents,
    gpu_list_idle_instances,
    gpu_list_instances,
    gpu_list_instances_legacy,
)

if TYPE_CHECKING:
    from ...models.gpu_agent import GpuAgent
    from ...models.gpu_idle_instance import GpuIdleInstance
    from ...models.gpu_instance import GpuInstance
    from ...models.gpu_instance_detail import GpuInstanceDetail
    from ...models.gpu_metric_sample import GpuMetricSample
    from ...models.gpu_mig_host import GpuMigHost
    from ...models.instance_state import InstanceState
    from ...models.legacy_gpu_instance import LegacyGpuInstance


def _parse_get_instance(body: Any) -> GpuInstanceDetail:
    return _models.GpuInstanceDetailResponse.from_dict(body).data


_GET_INSTANCE: Operation[GpuInstanceDetail] = Operation(
    "gpu_get_instance",
    _parse_get_instance,
)


def _parse_get_instance_metrics(body: Any) -> PageData[GpuMetricSample]:
    envelope = _models.GpuMetricSampleListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_GET_INSTANCE_METRICS: Operation[PageData[GpuMetricSample]] = Operation(
    "gpu_get_instance_metrics",
    _parse_get_instance_metrics,
    paginated=True,
)


def _parse_get_mig_topology(body: Any) -> ResultList[GpuMigHost]:
    return _models.GpuMigTopologyResponse.from_dict(body).data


_GET_MIG_TOPOLOGY: Operation[ResultList[GpuMigHost]] = Operation(
    "gpu_get_mig_topology",
    _parse_get_mig_topology,
)


def _parse_list_agents(body: Any) -> ResultList[GpuAgent]:
    return _models.GpuAgentListResponse.from_dict(body).data


_LIST_AGENTS: Operation[ResultList[GpuAgent]] = Operation(
    "gpu_list_agents",
    _parse_list_agents,
)


def _parse_list_idle_instances(body: Any) -> ResultList[GpuIdleInstance]:
    return _models.GpuIdleInstanceListResponse.from_dict(body).data


_LIST_IDLE_INSTANCES: Operation[ResultList[GpuIdleInstance]] = Operation(
    "gpu_list_idle_instances",
    _parse_list_idle_instances,
)


def _parse_list_instances(body: Any) -> PageData[GpuInstance]:
    envelope = _models.GpuInstanceListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_INSTANCES: Operation[PageData[GpuInstance]] = Operation(
    "gpu_list_instances",
    _parse_list_instances,
    paginated=True,
)


def _parse_list_instances_legacy(body: Any) -> ResultList[LegacyGpuInstance]:
    return _models.LegacyGpuInstanceListResponse.from_dict(body).data


_LIST_INSTANCES_LEGACY: Operation[ResultList[LegacyGpuInstance]] = Operation(
    "gpu_list_instances_legacy",
    _parse_list_instances_legacy,
)


class GpuService:
    """The `gpu` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> GpuServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return GpuServiceWithRawResponse(self._runner)

    def get_instance(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> GpuInstanceDetail:
        """Get a GPU instance.

        One instance with its inventory fields and the latest DCGM sample of each of its GPUs
        (`latest_metrics` is empty when the instance has no connected agent).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_get_instance`: GET `/v1/gpu/instances/{id}`.

        Args:
            id (str): The GPU instance id. Opaque string; ids start with `gpu_`.
        """

        request_kwargs = gpu_get_instance._get_kwargs(
            id=id,
        )

        return self._runner.request(
            _GET_INSTANCE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_instance_metrics(
        self,
        id: str,
        *,
        hours: int | Unset = 24,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[GpuMetricSample]:
        """Get GPU metrics for an instance.

        The DCGM time series of one instance over the last `hours` hours: one sample per GPU
        index per collection interval (60 s by default), ordered by `timestamp` ascending, then
        `gpu_index`. `limit` caps the samples per page; follow `next_cursor` for the rest.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_get_instance_metrics`: GET `/v1/gpu/instances/{id}/metrics`.

        Args:
            id (str): The GPU instance id. Opaque string; ids start with `gpu_`.
            hours (int, optional): How many hours back from now the series starts. Default: `24`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = gpu_get_instance_metrics._get_kwargs(
            id=id,
            hours=hours,
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate(
            _GET_INSTANCE_METRICS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def get_mig_topology(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[GpuMigHost]:
        """Get the MIG topology.

        Multi-Instance GPU layout by host: each host's GPUs with their MIG mode and, for
        MIG-enabled GPUs, the GPU-instance slices with profile, compute and memory slices,
        placement and what each slice is allocated to. Hosts without any MIG-capable GPU are left
        out.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_get_mig_topology`: GET `/v1/gpu/mig`.
        """

        request_kwargs = gpu_get_mig_topology._get_kwargs()

        return self._runner.request(
            _GET_MIG_TOPOLOGY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_agents(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[GpuAgent]:
        """List GPU agents.

        The TensorCost GPU agents (the DCGM collectors running on GPU hosts) with their
        connection status, last heartbeat, agent version and NVIDIA driver version.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_list_agents`: GET `/v1/gpu/agents`.
        """

        request_kwargs = gpu_list_agents._get_kwargs()

        return self._runner.request(
            _LIST_AGENTS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_idle_instances(
        self,
        *,
        threshold: float | Unset = UNSET,
        lookback_hours: int | Unset = 24,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[GpuIdleInstance]:
        """List idle GPU instances.

        Running instances whose average GPU activity over the last `lookback_hours` is below
        `threshold` percent, most wasted cost first. Activity is DCGM `gr_engine_active`
        (DCGM_FI_PROF_GR_ENGINE_ACTIVE) as a percentage, averaged over all GPUs and MIG slices of
        the instance; GPU_UTIL is not used because DCGM does not report it per MIG instance.
        Read-only: nothing is stopped (use an enforcement policy for that).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_list_idle_instances`: GET `/v1/gpu/instances/idle`.

        Args:
            threshold (float, optional): Idle threshold in percent; an instance whose average
                activity is below it is idle. Omit it to use the tenant's `idle_threshold_pct`
                (`tenant_get_settings`).
            lookback_hours (int, optional): How many hours back the average activity is computed
                over. Default: `24`.
        """

        request_kwargs = gpu_list_idle_instances._get_kwargs(
            threshold=threshold,
            lookback_hours=lookback_hours,
        )

        return self._runner.request(
            _LIST_IDLE_INSTANCES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_instances(
        self,
        *,
        state: InstanceState | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        gpu_type: str | Unset = UNSET,
        region: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[GpuInstance]:
        """List GPU instances.

        The GPU fleet inventory: every instance TensorCost tracks, across clouds and on-prem hosts,
        newest launch first. Filters combine with AND: `state`, `instance_type`, `gpu_type` and
        `region` match exactly; every `key:value` pair in `tags` must be present on the instance.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_list_instances`: GET `/v1/gpu/instances`.

        Args:
            state (InstanceState, optional): Only instances in this lifecycle state.
            instance_type (str, optional): Only instances of this provider instance type (exact
                match), e.g. `p5.48xlarge`.
            gpu_type (str, optional): Only instances with this GPU model (exact match; not an enum,
                new models appear as they ship).
            region (str, optional): Only instances in this provider region (exact match), e.g. `us-
                east-1` or `eastus`.
            tags (list[str], optional): Tag filter: comma-separated `key:value` pairs
                (`?tags=team:ml-platform,environment:prod`); an instance must carry all of them. A
                repeated `tags` parameter adds more pairs.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = gpu_list_instances._get_kwargs(
            state=state,
            instance_type=instance_type,
            gpu_type=gpu_type,
            region=region,
            tags=tags,
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate(
            _LIST_INSTANCES,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_instances_legacy(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[LegacyGpuInstance]:
        """List GPU instances (deprecated).

        Deprecated pre-`/v1` path; use `gpu_list_instances` (`GET /v1/gpu/instances`). Until the
        sunset it answers like the first page of `gpu_list_instances` with default filters (no
        filter, cursor or limit parameters are read), plus `Deprecation`, `Sunset` and a `Link`
        to the successor. After Wed, 30 Sep 2026 23:59:59 GMT it answers 410 `GONE`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_list_instances_legacy`: GET `/api/instances`.
        """

        request_kwargs = gpu_list_instances_legacy._get_kwargs()

        return self._runner.request(
            _LIST_INSTANCES_LEGACY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class GpuServiceWithRawResponse:
    """The `gpu` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_instance(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[GpuInstanceDetail]:
        """`GpuService.get_instance`, returning the raw response."""
        request_kwargs = gpu_get_instance._get_kwargs(
            id=id,
        )

        return self._runner.request_raw(
            _GET_INSTANCE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_instance_metrics(
        self,
        id: str,
        *,
        hours: int | Unset = 24,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[GpuMetricSample]]:
        """`GpuService.get_instance_metrics`, returning the raw response."""
        request_kwargs = gpu_get_instance_metrics._get_kwargs(
            id=id,
            hours=hours,
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate_raw(
            _GET_INSTANCE_METRICS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def get_mig_topology(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[GpuMigHost]]:
        """`GpuService.get_mig_topology`, returning the raw response."""
        request_kwargs = gpu_get_mig_topology._get_kwargs()

        return self._runner.request_raw(
            _GET_MIG_TOPOLOGY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_agents(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[GpuAgent]]:
        """`GpuService.list_agents`, returning the raw response."""
        request_kwargs = gpu_list_agents._get_kwargs()

        return self._runner.request_raw(
            _LIST_AGENTS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_idle_instances(
        self,
        *,
        threshold: float | Unset = UNSET,
        lookback_hours: int | Unset = 24,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[GpuIdleInstance]]:
        """`GpuService.list_idle_instances`, returning the raw response."""
        request_kwargs = gpu_list_idle_instances._get_kwargs(
            threshold=threshold,
            lookback_hours=lookback_hours,
        )

        return self._runner.request_raw(
            _LIST_IDLE_INSTANCES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_instances(
        self,
        *,
        state: InstanceState | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        gpu_type: str | Unset = UNSET,
        region: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[GpuInstance]]:
        """`GpuService.list_instances`, returning the raw response."""
        request_kwargs = gpu_list_instances._get_kwargs(
            state=state,
            instance_type=instance_type,
            gpu_type=gpu_type,
            region=region,
            tags=tags,
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate_raw(
            _LIST_INSTANCES,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_instances_legacy(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[LegacyGpuInstance]]:
        """`GpuService.list_instances_legacy`, returning the raw response."""
        request_kwargs = gpu_list_instances_legacy._get_kwargs()

        return self._runner.request_raw(
            _LIST_INSTANCES_LEGACY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncGpuService:
    """The `gpu` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncGpuServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncGpuServiceWithRawResponse(self._runner)

    async def get_instance(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> GpuInstanceDetail:
        """Get a GPU instance.

        One instance with its inventory fields and the latest DCGM sample of each of its GPUs
        (`latest_metrics` is empty when the instance has no connected agent).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_get_instance`: GET `/v1/gpu/instances/{id}`.

        Args:
            id (str): The GPU instance id. Opaque string; ids start with `gpu_`.
        """

        request_kwargs = gpu_get_instance._get_kwargs(
            id=id,
        )

        return await self._runner.request(
            _GET_INSTANCE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_instance_metrics(
        self,
        id: str,
        *,
        hours: int | Unset = 24,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[GpuMetricSample]:
        """Get GPU metrics for an instance.

        The DCGM time series of one instance over the last `hours` hours: one sample per GPU
        index per collection interval (60 s by default), ordered by `timestamp` ascending, then
        `gpu_index`. `limit` caps the samples per page; follow `next_cursor` for the rest.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_get_instance_metrics`: GET `/v1/gpu/instances/{id}/metrics`.

        Args:
            id (str): The GPU instance id. Opaque string; ids start with `gpu_`.
            hours (int, optional): How many hours back from now the series starts. Default: `24`.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = gpu_get_instance_metrics._get_kwargs(
            id=id,
            hours=hours,
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate(
            _GET_INSTANCE_METRICS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def get_mig_topology(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[GpuMigHost]:
        """Get the MIG topology.

        Multi-Instance GPU layout by host: each host's GPUs with their MIG mode and, for
        MIG-enabled GPUs, the GPU-instance slices with profile, compute and memory slices,
        placement and what each slice is allocated to. Hosts without any MIG-capable GPU are left
        out.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_get_mig_topology`: GET `/v1/gpu/mig`.
        """

        request_kwargs = gpu_get_mig_topology._get_kwargs()

        return await self._runner.request(
            _GET_MIG_TOPOLOGY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_agents(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[GpuAgent]:
        """List GPU agents.

        The TensorCost GPU agents (the DCGM collectors running on GPU hosts) with their
        connection status, last heartbeat, agent version and NVIDIA driver version.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_list_agents`: GET `/v1/gpu/agents`.
        """

        request_kwargs = gpu_list_agents._get_kwargs()

        return await self._runner.request(
            _LIST_AGENTS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_idle_instances(
        self,
        *,
        threshold: float | Unset = UNSET,
        lookback_hours: int | Unset = 24,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[GpuIdleInstance]:
        """List idle GPU instances.

        Running instances whose average GPU activity over the last `lookback_hours` is below
        `threshold` percent, most wasted cost first. Activity is DCGM `gr_engine_active`
        (DCGM_FI_PROF_GR_ENGINE_ACTIVE) as a percentage, averaged over all GPUs and MIG slices of
        the instance; GPU_UTIL is not used because DCGM does not report it per MIG instance.
        Read-only: nothing is stopped (use an enforcement policy for that).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_list_idle_instances`: GET `/v1/gpu/instances/idle`.

        Args:
            threshold (float, optional): Idle threshold in percent; an instance whose average
                activity is below it is idle. Omit it to use the tenant's `idle_threshold_pct`
                (`tenant_get_settings`).
            lookback_hours (int, optional): How many hours back the average activity is computed
                over. Default: `24`.
        """

        request_kwargs = gpu_list_idle_instances._get_kwargs(
            threshold=threshold,
            lookback_hours=lookback_hours,
        )

        return await self._runner.request(
            _LIST_IDLE_INSTANCES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_instances(
        self,
        *,
        state: InstanceState | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        gpu_type: str | Unset = UNSET,
        region: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[GpuInstance]:
        """List GPU instances.

        The GPU fleet inventory: every instance TensorCost tracks, across clouds and on-prem hosts,
        newest launch first. Filters combine with AND: `state`, `instance_type`, `gpu_type` and
        `region` match exactly; every `key:value` pair in `tags` must be present on the instance.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_list_instances`: GET `/v1/gpu/instances`.

        Args:
            state (InstanceState, optional): Only instances in this lifecycle state.
            instance_type (str, optional): Only instances of this provider instance type (exact
                match), e.g. `p5.48xlarge`.
            gpu_type (str, optional): Only instances with this GPU model (exact match; not an enum,
                new models appear as they ship).
            region (str, optional): Only instances in this provider region (exact match), e.g. `us-
                east-1` or `eastus`.
            tags (list[str], optional): Tag filter: comma-separated `key:value` pairs
                (`?tags=team:ml-platform,environment:prod`); an instance must carry all of them. A
                repeated `tags` parameter adds more pairs.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = gpu_list_instances._get_kwargs(
            state=state,
            instance_type=instance_type,
            gpu_type=gpu_type,
            region=region,
            tags=tags,
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate(
            _LIST_INSTANCES,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_instances_legacy(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[LegacyGpuInstance]:
        """List GPU instances (deprecated).

        Deprecated pre-`/v1` path; use `gpu_list_instances` (`GET /v1/gpu/instances`). Until the
        sunset it answers like the first page of `gpu_list_instances` with default filters (no
        filter, cursor or limit parameters are read), plus `Deprecation`, `Sunset` and a `Link`
        to the successor. After Wed, 30 Sep 2026 23:59:59 GMT it answers 410 `GONE`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `gpu_list_instances_legacy`: GET `/api/instances`.
        """

        request_kwargs = gpu_list_instances_legacy._get_kwargs()

        return await self._runner.request(
            _LIST_INSTANCES_LEGACY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncGpuServiceWithRawResponse:
    """The `gpu` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_instance(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[GpuInstanceDetail]:
        """`AsyncGpuService.get_instance`, returning the raw response."""
        request_kwargs = gpu_get_instance._get_kwargs(
            id=id,
        )

        return await self._runner.request_raw(
            _GET_INSTANCE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_instance_metrics(
        self,
        id: str,
        *,
        hours: int | Unset = 24,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[GpuMetricSample]]:
        """`AsyncGpuService.get_instance_metrics`, returning the raw response."""
        request_kwargs = gpu_get_instance_metrics._get_kwargs(
            id=id,
            hours=hours,
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate_raw(
            _GET_INSTANCE_METRICS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def get_mig_topology(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[GpuMigHost]]:
        """`AsyncGpuService.get_mig_topology`, returning the raw response."""
        request_kwargs = gpu_get_mig_topology._get_kwargs()

        return await self._runner.request_raw(
            _GET_MIG_TOPOLOGY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_agents(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[GpuAgent]]:
        """`AsyncGpuService.list_agents`, returning the raw response."""
        request_kwargs = gpu_list_agents._get_kwargs()

        return await self._runner.request_raw(
            _LIST_AGENTS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_idle_instances(
        self,
        *,
        threshold: float | Unset = UNSET,
        lookback_hours: int | Unset = 24,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[GpuIdleInstance]]:
        """`AsyncGpuService.list_idle_instances`, returning the raw response."""
        request_kwargs = gpu_list_idle_instances._get_kwargs(
            threshold=threshold,
            lookback_hours=lookback_hours,
        )

        return await self._runner.request_raw(
            _LIST_IDLE_INSTANCES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_instances(
        self,
        *,
        state: InstanceState | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        gpu_type: str | Unset = UNSET,
        region: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[GpuInstance]]:
        """`AsyncGpuService.list_instances`, returning the raw response."""
        request_kwargs = gpu_list_instances._get_kwargs(
            state=state,
            instance_type=instance_type,
            gpu_type=gpu_type,
            region=region,
            tags=tags,
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate_raw(
            _LIST_INSTANCES,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_instances_legacy(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[LegacyGpuInstance]]:
        """`AsyncGpuService.list_instances_legacy`, returning the raw response."""
        request_kwargs = gpu_list_instances_legacy._get_kwargs()

        return await self._runner.request_raw(
            _LIST_INSTANCES_LEGACY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


__all__ = (
    "AsyncGpuService",
    "AsyncGpuServiceWithRawResponse",
    "GpuService",
    "GpuServiceWithRawResponse",
)
