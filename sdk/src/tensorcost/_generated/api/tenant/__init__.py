"""The `tenant` operations as typed service classes (rendered from codegen/templates)."""

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
    tenant_get_branding,
    tenant_get_feature_flags,
    tenant_get_settings,
    tenant_invite_member,
    tenant_list_members,
    tenant_update_member_role,
)

if TYPE_CHECKING:
    from ...models.branding import Branding
    from ...models.feature_flag import FeatureFlag
    from ...models.invite_member_request import InviteMemberRequest
    from ...models.member import Member
    from ...models.member_status import MemberStatus
    from ...models.role import Role
    from ...models.tenant_settings import TenantSettings
    from ...models.update_member_role_request import UpdateMemberRoleRequest


def _parse_get_branding(body: Any) -> Branding:
    return _models.BrandingResponse.from_dict(body).data


_GET_BRANDING: Operation[Branding] = Operation(
    "tenant_get_branding",
    _parse_get_branding,
)


def _parse_get_feature_flags(body: Any) -> ResultList[FeatureFlag]:
    return _models.FeatureFlagsResponse.from_dict(body).data


_GET_FEATURE_FLAGS: Operation[ResultList[FeatureFlag]] = Operation(
    "tenant_get_feature_flags",
    _parse_get_feature_flags,
)


def _parse_get_settings(body: Any) -> TenantSettings:
    return _models.TenantSettingsResponse.from_dict(body).data


_GET_SETTINGS: Operation[TenantSettings] = Operation(
    "tenant_get_settings",
    _parse_get_settings,
)


def _parse_invite_member(body: Any) -> Member:
    return _models.MemberResponse.from_dict(body).data


_INVITE_MEMBER: Operation[Member] = Operation(
    "tenant_invite_member",
    _parse_invite_member,
    idempotency_header=True,
)


def _parse_list_members(body: Any) -> PageData[Member]:
    envelope = _models.MemberListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_MEMBERS: Operation[PageData[Member]] = Operation(
    "tenant_list_members",
    _parse_list_members,
    paginated=True,
)


def _parse_update_member_role(body: Any) -> Member:
    return _models.MemberResponse.from_dict(body).data


_UPDATE_MEMBER_ROLE: Operation[Member] = Operation(
    "tenant_update_member_role",
    _parse_update_member_role,
)


class TenantService:
    """The `tenant` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> TenantServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return TenantServiceWithRawResponse(self._runner)

    def get_branding(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Branding:
        """Get branding.

        The tenant's logo, colours and custom domain as used by the console and exported PDFs.
        `custom_domain` is `null` when none is set; `domain_verified` turns `true` once its DNS
        record has been checked.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `tenant_get_branding`: GET `/v1/tenant/branding`.
        """

        request_kwargs = tenant_get_branding._get_kwargs()

        return self._runner.request(
            _GET_BRANDING,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_feature_flags(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[FeatureFlag]:
        """Get feature flags.

        Live flag values evaluated for the calling user in the current tenant. Each flag says
        where its value came from (`source`): the default, the tenant's plan, a tenant or user
        override, or a percentage rollout.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `tenant_get_feature_flags`: GET `/v1/tenant/feature-flags`.
        """

        request_kwargs = tenant_get_feature_flags._get_kwargs()

        return self._runner.request(
            _GET_FEATURE_FLAGS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_settings(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> TenantSettings:
        """Get tenant settings.

        Settings of the current tenant (the one in the token, or `X-Active-Tenant-Id`): plan,
        API rate limit, default currency and time zone for reports, and the GPU idle threshold
        used by idle detection.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `tenant_get_settings`: GET `/v1/tenant`.
        """

        request_kwargs = tenant_get_settings._get_kwargs()

        return self._runner.request(
            _GET_SETTINGS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def invite_member(
        self,
        *,
        body: InviteMemberRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Member:
        """Invite a member.

        Invite someone by email with a role. The member is created with status `invited` and an
        invitation email is sent; it becomes `active` when accepted. An email that is already a
        member (invited, active or suspended) is refused with 409 `DUPLICATE`.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `tenant_invite_member`: POST `/v1/tenant/members`.
        """

        request_kwargs = tenant_invite_member._get_kwargs(
            body=self._runner.as_body(_models.InviteMemberRequest.from_dict, body),
        )

        return self._runner.request(
            _INVITE_MEMBER,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def list_members(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        role: Role | Unset = UNSET,
        status: MemberStatus | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[Member]:
        """List members.

        Members of the tenant with their roles and status, ordered by email. Filter by `role`
        and by `status` (e.g. `invited` for invitations not yet accepted).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `tenant_list_members`: GET `/v1/tenant/members`.

        Args:
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
            role (Role, optional): Only members with this role.
            status (MemberStatus, optional): Only members in this status.
        """

        request_kwargs = tenant_list_members._get_kwargs(
            limit=limit,
            cursor=cursor,
            role=role,
            status=status,
        )

        return self._runner.paginate(
            _LIST_MEMBERS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def update_member_role(
        self,
        id: str,
        *,
        body: UpdateMemberRoleRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Member:
        """Change a member's role.

        Set a member's role; it applies to their next request. A change that would leave the
        tenant without an active `owner` is refused with 409 `INVALID_STATE_TRANSITION`.

        Required role: `owner`; allowed: `owner`.

        Operation `tenant_update_member_role`: PATCH `/v1/tenant/members/{id}/role`.

        Args:
            id (str): The member id. Opaque string; ids start with `mem_`.
        """

        request_kwargs = tenant_update_member_role._get_kwargs(
            id=id,
            body=self._runner.as_body(_models.UpdateMemberRoleRequest.from_dict, body),
        )

        return self._runner.request(
            _UPDATE_MEMBER_ROLE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class TenantServiceWithRawResponse:
    """The `tenant` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_branding(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Branding]:
        """`TenantService.get_branding`, returning the raw response."""
        request_kwargs = tenant_get_branding._get_kwargs()

        return self._runner.request_raw(
            _GET_BRANDING,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_feature_flags(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[FeatureFlag]]:
        """`TenantService.get_feature_flags`, returning the raw response."""
        request_kwargs = tenant_get_feature_flags._get_kwargs()

        return self._runner.request_raw(
            _GET_FEATURE_FLAGS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def get_settings(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[TenantSettings]:
        """`TenantService.get_settings`, returning the raw response."""
        request_kwargs = tenant_get_settings._get_kwargs()

        return self._runner.request_raw(
            _GET_SETTINGS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def invite_member(
        self,
        *,
        body: InviteMemberRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Member]:
        """`TenantService.invite_member`, returning the raw response."""
        request_kwargs = tenant_invite_member._get_kwargs(
            body=self._runner.as_body(_models.InviteMemberRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _INVITE_MEMBER,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def list_members(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        role: Role | Unset = UNSET,
        status: MemberStatus | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[Member]]:
        """`TenantService.list_members`, returning the raw response."""
        request_kwargs = tenant_list_members._get_kwargs(
            limit=limit,
            cursor=cursor,
            role=role,
            status=status,
        )

        return self._runner.paginate_raw(
            _LIST_MEMBERS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def update_member_role(
        self,
        id: str,
        *,
        body: UpdateMemberRoleRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Member]:
        """`TenantService.update_member_role`, returning the raw response."""
        request_kwargs = tenant_update_member_role._get_kwargs(
            id=id,
            body=self._runner.as_body(_models.UpdateMemberRoleRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _UPDATE_MEMBER_ROLE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncTenantService:
    """The `tenant` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncTenantServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncTenantServiceWithRawResponse(self._runner)

    async def get_branding(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Branding:
        """Get branding.

        The tenant's logo, colours and custom domain as used by the console and exported PDFs.
        `custom_domain` is `null` when none is set; `domain_verified` turns `true` once its DNS
        record has been checked.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `tenant_get_branding`: GET `/v1/tenant/branding`.
        """

        request_kwargs = tenant_get_branding._get_kwargs()

        return await self._runner.request(
            _GET_BRANDING,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_feature_flags(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[FeatureFlag]:
        """Get feature flags.

        Live flag values evaluated for the calling user in the current tenant. Each flag says
        where its value came from (`source`): the default, the tenant's plan, a tenant or user
        override, or a percentage rollout.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `tenant_get_feature_flags`: GET `/v1/tenant/feature-flags`.
        """

        request_kwargs = tenant_get_feature_flags._get_kwargs()

        return await self._runner.request(
            _GET_FEATURE_FLAGS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_settings(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> TenantSettings:
        """Get tenant settings.

        Settings of the current tenant (the one in the token, or `X-Active-Tenant-Id`): plan,
        API rate limit, default currency and time zone for reports, and the GPU idle threshold
        used by idle detection.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `tenant_get_settings`: GET `/v1/tenant`.
        """

        request_kwargs = tenant_get_settings._get_kwargs()

        return await self._runner.request(
            _GET_SETTINGS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def invite_member(
        self,
        *,
        body: InviteMemberRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Member:
        """Invite a member.

        Invite someone by email with a role. The member is created with status `invited` and an
        invitation email is sent; it becomes `active` when accepted. An email that is already a
        member (invited, active or suspended) is refused with 409 `DUPLICATE`.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `tenant_invite_member`: POST `/v1/tenant/members`.
        """

        request_kwargs = tenant_invite_member._get_kwargs(
            body=self._runner.as_body(_models.InviteMemberRequest.from_dict, body),
        )

        return await self._runner.request(
            _INVITE_MEMBER,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def list_members(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        role: Role | Unset = UNSET,
        status: MemberStatus | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Member]:
        """List members.

        Members of the tenant with their roles and status, ordered by email. Filter by `role`
        and by `status` (e.g. `invited` for invitations not yet accepted).

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `tenant_list_members`: GET `/v1/tenant/members`.

        Args:
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
            role (Role, optional): Only members with this role.
            status (MemberStatus, optional): Only members in this status.
        """

        request_kwargs = tenant_list_members._get_kwargs(
            limit=limit,
            cursor=cursor,
            role=role,
            status=status,
        )

        return await self._runner.paginate(
            _LIST_MEMBERS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def update_member_role(
        self,
        id: str,
        *,
        body: UpdateMemberRoleRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Member:
        """Change a member's role.

        Set a member's role; it applies to their next request. A change that would leave the
        tenant without an active `owner` is refused with 409 `INVALID_STATE_TRANSITION`.

        Required role: `owner`; allowed: `owner`.

        Operation `tenant_update_member_role`: PATCH `/v1/tenant/members/{id}/role`.

        Args:
            id (str): The member id. Opaque string; ids start with `mem_`.
        """

        request_kwargs = tenant_update_member_role._get_kwargs(
            id=id,
            body=self._runner.as_body(_models.UpdateMemberRoleRequest.from_dict, body),
        )

        return await self._runner.request(
            _UPDATE_MEMBER_ROLE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncTenantServiceWithRawResponse:
    """The `tenant` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_branding(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Branding]:
        """`AsyncTenantService.get_branding`, returning the raw response."""
        request_kwargs = tenant_get_branding._get_kwargs()

        return await self._runner.request_raw(
            _GET_BRANDING,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_feature_flags(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[FeatureFlag]]:
        """`AsyncTenantService.get_feature_flags`, returning the raw response."""
        request_kwargs = tenant_get_feature_flags._get_kwargs()

        return await self._runner.request_raw(
            _GET_FEATURE_FLAGS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def get_settings(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[TenantSettings]:
        """`AsyncTenantService.get_settings`, returning the raw response."""
        request_kwargs = tenant_get_settings._get_kwargs()

        return await self._runner.request_raw(
            _GET_SETTINGS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def invite_member(
        self,
        *,
        body: InviteMemberRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Member]:
        """`AsyncTenantService.invite_member`, returning the raw response."""
        request_kwargs = tenant_invite_member._get_kwargs(
            body=self._runner.as_body(_models.InviteMemberRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _INVITE_MEMBER,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def list_members(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        role: Role | Unset = UNSET,
        status: MemberStatus | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[Member]]:
        """`AsyncTenantService.list_members`, returning the raw response."""
        request_kwargs = tenant_list_members._get_kwargs(
            limit=limit,
            cursor=cursor,
            role=role,
            status=status,
        )

        return await self._runner.paginate_raw(
            _LIST_MEMBERS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def update_member_role(
        self,
        id: str,
        *,
        body: UpdateMemberRoleRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[Member]:
        """`AsyncTenantService.update_member_role`, returning the raw response."""
        request_kwargs = tenant_update_member_role._get_kwargs(
            id=id,
            body=self._runner.as_body(_models.UpdateMemberRoleRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _UPDATE_MEMBER_ROLE,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


__all__ = (
    "AsyncTenantService",
    "AsyncTenantServiceWithRawResponse",
    "TenantService",
    "TenantServiceWithRawResponse",
)
