"""The `enforcement` operations as typed service classes (rendered from codegen/templates)."""

from __future__ import annotations

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
    enforcement_approve_action,
    enforcement_cancel_action,
    enforcement_create_policy,
    enforcement_create_policy_from_template,
    enforcement_list_actions,
    enforcement_list_policies,
    enforcement_list_templates,
    enforcement_simulate_policy,
    enforcement_toggle_policy,
)

if TYPE_CHECKING:
    from ...models.approve_action_request import ApproveActionRequest
    from ...models.cancel_action_request import CancelActionRequest
    from ...models.create_policy_from_template_request import (
        CreatePolicyFromTemplateRequest,
    )
    from ...models.create_policy_request import CreatePolicyRequest
    from ...models.enforcement_action import EnforcementAction
    from ...models.enforcement_action_status import EnforcementActionStatus
    from ...models.enforcement_policy import EnforcementPolicy
    from ...models.policy_mode import PolicyMode
    from ...models.policy_simulation import PolicySimulation
    from ...models.policy_template import PolicyTemplate
    from ...models.simulate_policy_request import SimulatePolicyRequest
    from ...models.toggle_policy_request import TogglePolicyRequest


def _parse_approve_action(body: Any) -> EnforcementAction:
    return _models.EnforcementActionResponse.from_dict(body).data


_APPROVE_ACTION: Operation[EnforcementAction] = Operation(
    "enforcement_approve_action",
    _parse_approve_action,
    idempotency_header=True,
)


def _parse_cancel_action(body: Any) -> EnforcementAction:
    return _models.EnforcementActionResponse.from_dict(body).data


_CANCEL_ACTION: Operation[EnforcementAction] = Operation(
    "enforcement_cancel_action",
    _parse_cancel_action,
    idempotency_header=True,
)


def _parse_create_policy(body: Any) -> EnforcementPolicy:
    return _models.EnforcementPolicyResponse.from_dict(body).data


_CREATE_POLICY: Operation[EnforcementPolicy] = Operation(
    "enforcement_create_policy",
    _parse_create_policy,
    idempotency_header=True,
)


def _parse_create_policy_from_template(body: Any) -> EnforcementPolicy:
    return _models.EnforcementPolicyResponse.from_dict(body).data


_CREATE_POLICY_FROM_TEMPLATE: Operation[EnforcementPolicy] = Operation(
    "enforcement_create_policy_from_template",
    _parse_create_policy_from_template,
    idempotency_header=True,
)


def _parse_list_actions(body: Any) -> PageData[EnforcementAction]:
    envelope = _models.EnforcementActionListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_ACTIONS: Operation[PageData[EnforcementAction]] = Operation(
    "enforcement_list_actions",
    _parse_list_actions,
    paginated=True,
)


def _parse_list_policies(body: Any) -> ResultList[EnforcementPolicy]:
    return _models.EnforcementPolicyListResponse.from_dict(body).data


_LIST_POLICIES: Operation[ResultList[EnforcementPolicy]] = Operation(
    "enforcement_list_policies",
    _parse_list_policies,
)


def _parse_list_templates(body: Any) -> ResultList[PolicyTemplate]:
    return _models.PolicyTemplateListResponse.from_dict(body).data


_LIST_TEMPLATES: Operation[ResultList[PolicyTemplate]] = Operation(
    "enforcement_list_templates",
    _parse_list_templates,
)


def _parse_simulate_policy(body: Any) -> PolicySimulation:
    return _models.PolicySimulationResponse.from_dict(body).data


_SIMULATE_POLICY: Operation[PolicySimulation] = Operation(
    "enforcement_simulate_policy",
    _parse_simulate_policy,
    idempotency_header=True,
)


def _parse_toggle_policy(body: Any) -> EnforcementPolicy:
    return _models.EnforcementPolicyResponse.from_dict(body).data


_TOGGLE_POLICY: Operation[EnforcementPolicy] = Operation(
    "enforcement_toggle_policy",
    _parse_toggle_policy,
)


class EnforcementService:
    """The `enforcement` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> EnforcementServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return EnforcementServiceWithRawResponse(self._runner)

    def approve_action(
        self,
        id: str,
        *,
        body: ApproveActionRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> EnforcementAction:
        """Approve a queued action.

        Approve an action waiting in `pending_approval`; it moves to `approved` and the executor
        picks it up (`executing`, then `succeeded` or `failed`). The approver and the optional
        comment are recorded. Approving an action in any other status is a 409
        `INVALID_STATE_TRANSITION`.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `enforcement_approve_action`: POST `/v1/enforcement/actions/{id}/approve`.

        Args:
            id (str): The action id. Opaque string; ids start with `act_`.
        """

        request_kwargs = enforcement_approve_action._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.ApproveActionRequest.from_dict, body),
        )

        return self._runner.request(
            _APPROVE_ACTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def cancel_action(
        self,
        id: str,
        *,
        body: CancelActionRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> EnforcementAction:
        """Cancel a queued action.

        Cancel an action that has not started: one in `pending_approval` or `approved` moves to
        `cancelled` and never runs. The caller and the optional reason are recorded. Cancelling an
        action in any other status (already executing or finished) is a 409
        `INVALID_STATE_TRANSITION`.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `enforcement_cancel_action`: POST `/v1/enforcement/actions/{id}/cancel`.

        Args:
            id (str): The action id. Opaque string; ids start with `act_`.
        """

        request_kwargs = enforcement_cancel_action._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.CancelActionRequest.from_dict, body),
        )

        return self._runner.request(
            _CANCEL_ACTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def create_policy(
        self,
        *,
        body: CreatePolicyRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> EnforcementPolicy:
        """Create an enforcement policy.

        Create a policy from a full definition. New policies default to `dry_run`, which logs the
        actions that would run without running them; `enforce` queues real actions (held at
        `pending_approval` when `requires_approval` is true). Names are unique in a tenant
        (409 `DUPLICATE`). Try a definition first with `enforcement_simulate_policy`.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `enforcement_create_policy`: POST `/v1/enforcement/policies`.
        """

        request_kwargs = enforcement_create_policy._get_kwargs(
            body=self._runner.as_body(_models.CreatePolicyRequest.from_dict, body),
        )

        return self._runner.request(
            _CREATE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def create_policy_from_template(
        self,
        template_id: str,
        *,
        body: CreatePolicyFromTemplateRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> EnforcementPolicy:
        """Create a policy from a template.

        Clone a template into a new policy, filling it with `parameters` (validated against the
        template's `parameters_schema`; a mismatch is a 400 with field-level `details`). The new
        policy records `template_id`. An unknown template is a 404; a policy name already in use is
        a 409 `DUPLICATE`.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `enforcement_create_policy_from_template`: POST `/v1/enforcement/policies/from-template/{template_id}`.

        Args:
            template_id (str): The template id, from `enforcement_list_templates`. Opaque string;
                ids start with `tpl_`.
        """

        request_kwargs = enforcement_create_policy_from_template._get_kwargs(
            template_id=template_id,
            body=self._runner.as_body(_models.CreatePolicyFromTemplateRequest.from_dict, body),
        )

        return self._runner.request(
            _CREATE_POLICY_FROM_TEMPLATE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def list_actions(
        self,
        *,
        status: EnforcementActionStatus | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[EnforcementAction]:
        """List the action queue.

        Actions queued by `enforce`-mode policies and by accepted recommendations, newest
        `requested_at` first. `status` narrows the list to one state, e.g. `pending_approval` for
        what waits on a human. Pending actions move to `expired` when `expires_at` passes.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `enforcement_list_actions`: GET `/v1/enforcement/actions`.

        Args:
            status (EnforcementActionStatus, optional): Only actions in this status.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = enforcement_list_actions._get_kwargs(
            status=status,
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate(
            _LIST_ACTIONS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_policies(
        self,
        *,
        mode: PolicyMode | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[EnforcementPolicy]:
        """List enforcement policies.

        Every enforcement policy in the tenant, sorted by name. `mode` narrows the list to
        policies in one mode (`disabled` lists the switched-off ones).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `enforcement_list_policies`: GET `/v1/enforcement/policies`.

        Args:
            mode (PolicyMode, optional): Only policies in this mode.
        """

        request_kwargs = enforcement_list_policies._get_kwargs(
            mode=mode,
        )

        return self._runner.request(
            _LIST_POLICIES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_templates(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[PolicyTemplate]:
        """List policy templates.

        Pre-built policy templates. Each carries `parameters_schema`, a JSON Schema for the
        `parameters` that `enforcement_create_policy_from_template` accepts, and
        `default_parameters` that satisfy it.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `enforcement_list_templates`: GET `/v1/enforcement/policies/templates`.
        """

        request_kwargs = enforcement_list_templates._get_kwargs()

        return self._runner.request(
            _LIST_TEMPLATES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def simulate_policy(
        self,
        *,
        body: SimulatePolicyRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> PolicySimulation:
        """Simulate a policy.

        Dry-run a policy definition against the tenant's historical cost and usage events in
        `window`, without saving the policy or running anything. Returns how many events matched,
        a sample of them, the actions that would have run and the estimated savings.

        Required role: `finops_analyst`; allowed: `owner`, `admin`, `finops_analyst`.

        Operation `enforcement_simulate_policy`: POST `/v1/enforcement/policies/simulate`.
        """

        request_kwargs = enforcement_simulate_policy._get_kwargs(
            body=self._runner.as_body(_models.SimulatePolicyRequest.from_dict, body),
        )

        return self._runner.request(
            _SIMULATE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def toggle_policy(
        self,
        id: str,
        *,
        body: TogglePolicyRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> EnforcementPolicy:
        """Enable or disable a policy.

        Switch a policy off or back on. `enabled: false` sets `mode` to `disabled` and remembers
        the previous mode in `resume_mode`; `enabled: true` restores `resume_mode` (`dry_run` or
        `enforce`). Without a body the policy flips: a disabled policy is enabled, any other is
        disabled. Setting the state the policy already has changes nothing. Disabling a policy
        does not cancel actions it has already queued.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `enforcement_toggle_policy`: PATCH `/v1/enforcement/policies/{id}/toggle`.

        Args:
            id (str): The policy id. Opaque string; ids start with `pol_`.
        """

        request_kwargs = enforcement_toggle_policy._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.TogglePolicyRequest.from_dict, body),
        )

        return self._runner.request(
            _TOGGLE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class EnforcementServiceWithRawResponse:
    """The `enforcement` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def approve_action(
        self,
        id: str,
        *,
        body: ApproveActionRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[EnforcementAction]:
        """`EnforcementService.approve_action`, returning the raw response."""
        request_kwargs = enforcement_approve_action._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.ApproveActionRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _APPROVE_ACTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def cancel_action(
        self,
        id: str,
        *,
        body: CancelActionRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[EnforcementAction]:
        """`EnforcementService.cancel_action`, returning the raw response."""
        request_kwargs = enforcement_cancel_action._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.CancelActionRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _CANCEL_ACTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def create_policy(
        self,
        *,
        body: CreatePolicyRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[EnforcementPolicy]:
        """`EnforcementService.create_policy`, returning the raw response."""
        request_kwargs = enforcement_create_policy._get_kwargs(
            body=self._runner.as_body(_models.CreatePolicyRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _CREATE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def create_policy_from_template(
        self,
        template_id: str,
        *,
        body: CreatePolicyFromTemplateRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[EnforcementPolicy]:
        """`EnforcementService.create_policy_from_template`, returning the raw response."""
        request_kwargs = enforcement_create_policy_from_template._get_kwargs(
            template_id=template_id,
            body=self._runner.as_body(_models.CreatePolicyFromTemplateRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _CREATE_POLICY_FROM_TEMPLATE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def list_actions(
        self,
        *,
        status: EnforcementActionStatus | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[EnforcementAction]]:
        """`EnforcementService.list_actions`, returning the raw response."""
        request_kwargs = enforcement_list_actions._get_kwargs(
            status=status,
            limit=limit,
            cursor=cursor,
        )

        return self._runner.paginate_raw(
            _LIST_ACTIONS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def list_policies(
        self,
        *,
        mode: PolicyMode | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[EnforcementPolicy]]:
        """`EnforcementService.list_policies`, returning the raw response."""
        request_kwargs = enforcement_list_policies._get_kwargs(
            mode=mode,
        )

        return self._runner.request_raw(
            _LIST_POLICIES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_templates(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[PolicyTemplate]]:
        """`EnforcementService.list_templates`, returning the raw response."""
        request_kwargs = enforcement_list_templates._get_kwargs()

        return self._runner.request_raw(
            _LIST_TEMPLATES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def simulate_policy(
        self,
        *,
        body: SimulatePolicyRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[PolicySimulation]:
        """`EnforcementService.simulate_policy`, returning the raw response."""
        request_kwargs = enforcement_simulate_policy._get_kwargs(
            body=self._runner.as_body(_models.SimulatePolicyRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _SIMULATE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def toggle_policy(
        self,
        id: str,
        *,
        body: TogglePolicyRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[EnforcementPolicy]:
        """`EnforcementService.toggle_policy`, returning the raw response."""
        request_kwargs = enforcement_toggle_policy._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.TogglePolicyRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _TOGGLE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncEnforcementService:
    """The `enforcement` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncEnforcementServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncEnforcementServiceWithRawResponse(self._runner)

    async def approve_action(
        self,
        id: str,
        *,
        body: ApproveActionRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> EnforcementAction:
        """Approve a queued action.

        Approve an action waiting in `pending_approval`; it moves to `approved` and the executor
        picks it up (`executing`, then `succeeded` or `failed`). The approver and the optional
        comment are recorded. Approving an action in any other status is a 409
        `INVALID_STATE_TRANSITION`.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `enforcement_approve_action`: POST `/v1/enforcement/actions/{id}/approve`.

        Args:
            id (str): The action id. Opaque string; ids start with `act_`.
        """

        request_kwargs = enforcement_approve_action._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.ApproveActionRequest.from_dict, body),
        )

        return await self._runner.request(
            _APPROVE_ACTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def cancel_action(
        self,
        id: str,
        *,
        body: CancelActionRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> EnforcementAction:
        """Cancel a queued action.

        Cancel an action that has not started: one in `pending_approval` or `approved` moves to
        `cancelled` and never runs. The caller and the optional reason are recorded. Cancelling an
        action in any other status (already executing or finished) is a 409
        `INVALID_STATE_TRANSITION`.

        Required role: `engineer`; allowed: `owner`, `admin`, `engineer`.

        Operation `enforcement_cancel_action`: POST `/v1/enforcement/actions/{id}/cancel`.

        Args:
            id (str): The action id. Opaque string; ids start with `act_`.
        """

        request_kwargs = enforcement_cancel_action._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.CancelActionRequest.from_dict, body),
        )

        return await self._runner.request(
            _CANCEL_ACTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def create_policy(
        self,
        *,
        body: CreatePolicyRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> EnforcementPolicy:
        """Create an enforcement policy.

        Create a policy from a full definition. New policies default to `dry_run`, which logs the
        actions that would run without running them; `enforce` queues real actions (held at
        `pending_approval` when `requires_approval` is true). Names are unique in a tenant
        (409 `DUPLICATE`). Try a definition first with `enforcement_simulate_policy`.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `enforcement_create_policy`: POST `/v1/enforcement/policies`.
        """

        request_kwargs = enforcement_create_policy._get_kwargs(
            body=self._runner.as_body(_models.CreatePolicyRequest.from_dict, body),
        )

        return await self._runner.request(
            _CREATE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def create_policy_from_template(
        self,
        template_id: str,
        *,
        body: CreatePolicyFromTemplateRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> EnforcementPolicy:
        """Create a policy from a template.

        Clone a template into a new policy, filling it with `parameters` (validated against the
        template's `parameters_schema`; a mismatch is a 400 with field-level `details`). The new
        policy records `template_id`. An unknown template is a 404; a policy name already in use is
        a 409 `DUPLICATE`.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `enforcement_create_policy_from_template`: POST `/v1/enforcement/policies/from-template/{template_id}`.

        Args:
            template_id (str): The template id, from `enforcement_list_templates`. Opaque string;
                ids start with `tpl_`.
        """

        request_kwargs = enforcement_create_policy_from_template._get_kwargs(
            template_id=template_id,
            body=self._runner.as_body(_models.CreatePolicyFromTemplateRequest.from_dict, body),
        )

        return await self._runner.request(
            _CREATE_POLICY_FROM_TEMPLATE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def list_actions(
        self,
        *,
        status: EnforcementActionStatus | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[EnforcementAction]:
        """List the action queue.

        Actions queued by `enforce`-mode policies and by accepted recommendations, newest
        `requested_at` first. `status` narrows the list to one state, e.g. `pending_approval` for
        what waits on a human. Pending actions move to `expired` when `expires_at` passes.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `enforcement_list_actions`: GET `/v1/enforcement/actions`.

        Args:
            status (EnforcementActionStatus, optional): Only actions in this status.
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
        """

        request_kwargs = enforcement_list_actions._get_kwargs(
            status=status,
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate(
            _LIST_ACTIONS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_policies(
        self,
        *,
        mode: PolicyMode | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[EnforcementPolicy]:
        """List enforcement policies.

        Every enforcement policy in the tenant, sorted by name. `mode` narrows the list to
        policies in one mode (`disabled` lists the switched-off ones).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `enforcement_list_policies`: GET `/v1/enforcement/policies`.

        Args:
            mode (PolicyMode, optional): Only policies in this mode.
        """

        request_kwargs = enforcement_list_policies._get_kwargs(
            mode=mode,
        )

        return await self._runner.request(
            _LIST_POLICIES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_templates(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[PolicyTemplate]:
        """List policy templates.

        Pre-built policy templates. Each carries `parameters_schema`, a JSON Schema for the
        `parameters` that `enforcement_create_policy_from_template` accepts, and
        `default_parameters` that satisfy it.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `enforcement_list_templates`: GET `/v1/enforcement/policies/templates`.
        """

        request_kwargs = enforcement_list_templates._get_kwargs()

        return await self._runner.request(
            _LIST_TEMPLATES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def simulate_policy(
        self,
        *,
        body: SimulatePolicyRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> PolicySimulation:
        """Simulate a policy.

        Dry-run a policy definition against the tenant's historical cost and usage events in
        `window`, without saving the policy or running anything. Returns how many events matched,
        a sample of them, the actions that would have run and the estimated savings.

        Required role: `finops_analyst`; allowed: `owner`, `admin`, `finops_analyst`.

        Operation `enforcement_simulate_policy`: POST `/v1/enforcement/policies/simulate`.
        """

        request_kwargs = enforcement_simulate_policy._get_kwargs(
            body=self._runner.as_body(_models.SimulatePolicyRequest.from_dict, body),
        )

        return await self._runner.request(
            _SIMULATE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def toggle_policy(
        self,
        id: str,
        *,
        body: TogglePolicyRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> EnforcementPolicy:
        """Enable or disable a policy.

        Switch a policy off or back on. `enabled: false` sets `mode` to `disabled` and remembers
        the previous mode in `resume_mode`; `enabled: true` restores `resume_mode` (`dry_run` or
        `enforce`). Without a body the policy flips: a disabled policy is enabled, any other is
        disabled. Setting the state the policy already has changes nothing. Disabling a policy
        does not cancel actions it has already queued.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `enforcement_toggle_policy`: PATCH `/v1/enforcement/policies/{id}/toggle`.

        Args:
            id (str): The policy id. Opaque string; ids start with `pol_`.
        """

        request_kwargs = enforcement_toggle_policy._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.TogglePolicyRequest.from_dict, body),
        )

        return await self._runner.request(
            _TOGGLE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncEnforcementServiceWithRawResponse:
    """The `enforcement` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def approve_action(
        self,
        id: str,
        *,
        body: ApproveActionRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[EnforcementAction]:
        """`AsyncEnforcementService.approve_action`, returning the raw response."""
        request_kwargs = enforcement_approve_action._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.ApproveActionRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _APPROVE_ACTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def cancel_action(
        self,
        id: str,
        *,
        body: CancelActionRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[EnforcementAction]:
        """`AsyncEnforcementService.cancel_action`, returning the raw response."""
        request_kwargs = enforcement_cancel_action._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.CancelActionRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _CANCEL_ACTION,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def create_policy(
        self,
        *,
        body: CreatePolicyRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[EnforcementPolicy]:
        """`AsyncEnforcementService.create_policy`, returning the raw response."""
        request_kwargs = enforcement_create_policy._get_kwargs(
            body=self._runner.as_body(_models.CreatePolicyRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _CREATE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def create_policy_from_template(
        self,
        template_id: str,
        *,
        body: CreatePolicyFromTemplateRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[EnforcementPolicy]:
        """`AsyncEnforcementService.create_policy_from_template`, returning the raw response."""
        request_kwargs = enforcement_create_policy_from_template._get_kwargs(
            template_id=template_id,
            body=self._runner.as_body(_models.CreatePolicyFromTemplateRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _CREATE_POLICY_FROM_TEMPLATE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def list_actions(
        self,
        *,
        status: EnforcementActionStatus | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[EnforcementAction]]:
        """`AsyncEnforcementService.list_actions`, returning the raw response."""
        request_kwargs = enforcement_list_actions._get_kwargs(
            status=status,
            limit=limit,
            cursor=cursor,
        )

        return await self._runner.paginate_raw(
            _LIST_ACTIONS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def list_policies(
        self,
        *,
        mode: PolicyMode | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[EnforcementPolicy]]:
        """`AsyncEnforcementService.list_policies`, returning the raw response."""
        request_kwargs = enforcement_list_policies._get_kwargs(
            mode=mode,
        )

        return await self._runner.request_raw(
            _LIST_POLICIES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_templates(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[PolicyTemplate]]:
        """`AsyncEnforcementService.list_templates`, returning the raw response."""
        request_kwargs = enforcement_list_templates._get_kwargs()

        return await self._runner.request_raw(
            _LIST_TEMPLATES,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def simulate_policy(
        self,
        *,
        body: SimulatePolicyRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[PolicySimulation]:
        """`AsyncEnforcementService.simulate_policy`, returning the raw response."""
        request_kwargs = enforcement_simulate_policy._get_kwargs(
            body=self._runner.as_body(_models.SimulatePolicyRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _SIMULATE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def toggle_policy(
        self,
        id: str,
        *,
        body: TogglePolicyRequest | Mapping[str, Any] | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[EnforcementPolicy]:
        """`AsyncEnforcementService.toggle_policy`, returning the raw response."""
        request_kwargs = enforcement_toggle_policy._get_kwargs(
            id=id,
            body=body
            if isinstance(body, Unset)
            else self._runner.as_body(_models.TogglePolicyRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _TOGGLE_POLICY,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


__all__ = (
    "AsyncEnforcementService",
    "AsyncEnforcementServiceWithRawResponse",
    "EnforcementService",
    "EnforcementServiceWithRawResponse",
)
