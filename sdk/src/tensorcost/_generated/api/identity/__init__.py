"""The `identity` operations as typed service classes (rendered from codegen/templates)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ... import models as _models
from ...types import UNSET, Unset
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
    identity_create_agent_credential,
    identity_get_sso_config,
    identity_list_audit_events,
    identity_revoke_agent_credential,
)

if TYPE_CHECKING:
    from ...models.agent_credential import AgentCredential
    from ...models.agent_credential_created import AgentCredentialCreated
    from ...models.audit_event import AuditEvent
    from ...models.audit_outcome import AuditOutcome
    from ...models.create_agent_credential_request import CreateAgentCredentialRequest
    from ...models.sso_config import SsoConfig


def _parse_create_agent_credential(body: Any) -> AgentCredentialCreated:
    return _models.AgentCredentialCreatedResponse.from_dict(body).data


_CREATE_AGENT_CREDENTIAL: Operation[AgentCredentialCreated] = Operation(
    "identity_create_agent_credential",
    _parse_create_agent_credential,
    idempotency_header=True,
)


def _parse_get_sso_config(body: Any) -> SsoConfig:
    return _models.SsoConfigResponse.from_dict(body).data


_GET_SSO_CONFIG: Operation[SsoConfig] = Operation(
    "identity_get_sso_config",
    _parse_get_sso_config,
)


def _parse_list_audit_events(body: Any) -> PageData[AuditEvent]:
    envelope = _models.AuditEventListResponse.from_dict(body)
    cursor = envelope.next_cursor
    return envelope.data, cursor if isinstance(cursor, str) else None


_LIST_AUDIT_EVENTS: Operation[PageData[AuditEvent]] = Operation(
    "identity_list_audit_events",
    _parse_list_audit_events,
    paginated=True,
)


def _parse_revoke_agent_credential(body: Any) -> AgentCredential:
    return _models.AgentCredentialResponse.from_dict(body).data


_REVOKE_AGENT_CREDENTIAL: Operation[AgentCredential] = Operation(
    "identity_revoke_agent_credential",
    _parse_revoke_agent_credential,
)


class IdentityService:
    """The `identity` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> IdentityServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return IdentityServiceWithRawResponse(self._runner)

    def create_agent_credential(
        self,
        *,
        body: CreateAgentCredentialRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AgentCredentialCreated:
        """Create an agent credential.

        Mint an HMAC-SHA256 key for a GPU agent or an internal agent, limited to `scopes`. The
        plaintext `secret` is in this response only: store it at once (e.g. in your secret
        manager); it cannot be read again, and a lost secret means revoking the key and minting
        a new one. The key is `active` until it is revoked or `expires_at` passes.
        Credential names are unique per tenant; a second active credential with the same name is a
        409 `DUPLICATE`.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `identity_create_agent_credential`: POST `/v1/identity/agent-credentials`.
        """

        request_kwargs = identity_create_agent_credential._get_kwargs(
            body=self._runner.as_body(_models.CreateAgentCredentialRequest.from_dict, body),
        )

        return self._runner.request(
            _CREATE_AGENT_CREDENTIAL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def get_sso_config(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SsoConfig:
        """Get the SSO configuration.

        The tenant's single sign-on set-up: the protocol (`saml`, `oidc` or `none`), the
        identity provider's settings (`null` when the protocol is `none`), whether password
        login is refused (`enforce_sso`) and which email domains may sign in. Client secrets
        are never returned.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `identity_get_sso_config`: GET `/v1/identity/sso`.
        """

        request_kwargs = identity_get_sso_config._get_kwargs()

        return self._runner.request(
            _GET_SSO_CONFIG,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_audit_events(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        action: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        outcome: AuditOutcome | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SyncPage[AuditEvent]:
        """List identity audit events.

        The identity-domain audit trail (logins, token refreshes, SSO changes, agent credentials
        minted and revoked, invitations and role changes), newest first. Filter by exact
        `action`, by `actor_id`, by `outcome`, and by `start`/`end`, which bound `occurred_at`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `identity_list_audit_events`: GET `/v1/identity/audit`.

        Args:
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
            action (str, optional): Only events with this action, e.g. `member.role_updated`.
            actor_id (str, optional): Only events by this actor (a member id, an agent key id, or a
                service name for system actors).
            outcome (AuditOutcome, optional): Only events with this outcome, e.g. `failure` to
                review refused logins.
        """

        request_kwargs = identity_list_audit_events._get_kwargs(
            limit=limit,
            cursor=cursor,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            action=action,
            actor_id=actor_id,
            outcome=outcome,
        )

        return self._runner.paginate(
            _LIST_AUDIT_EVENTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def revoke_agent_credential(
        self,
        key_id: str,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AgentCredential:
        """Revoke an agent credential.

        Revoke an agent key at once: requests signed with it are refused from now on. Returns
        the credential with status `revoked` (never its secret). An unknown or already revoked
        key answers 404.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `identity_revoke_agent_credential`: DELETE `/v1/identity/agent-credentials/{key_id}`.

        Args:
            key_id (str): The credential's key id. Opaque string; ids start with `key_`.
        """

        request_kwargs = identity_revoke_agent_credential._get_kwargs(
            key_id=key_id,
        )

        return self._runner.request(
            _REVOKE_AGENT_CREDENTIAL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class IdentityServiceWithRawResponse:
    """The `identity` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_agent_credential(
        self,
        *,
        body: CreateAgentCredentialRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AgentCredentialCreated]:
        """`IdentityService.create_agent_credential`, returning the raw response."""
        request_kwargs = identity_create_agent_credential._get_kwargs(
            body=self._runner.as_body(_models.CreateAgentCredentialRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _CREATE_AGENT_CREDENTIAL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def get_sso_config(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SsoConfig]:
        """`IdentityService.get_sso_config`, returning the raw response."""
        request_kwargs = identity_get_sso_config._get_kwargs()

        return self._runner.request_raw(
            _GET_SSO_CONFIG,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def list_audit_events(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        action: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        outcome: AuditOutcome | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SyncPage[AuditEvent]]:
        """`IdentityService.list_audit_events`, returning the raw response."""
        request_kwargs = identity_list_audit_events._get_kwargs(
            limit=limit,
            cursor=cursor,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            action=action,
            actor_id=actor_id,
            outcome=outcome,
        )

        return self._runner.paginate_raw(
            _LIST_AUDIT_EVENTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    def revoke_agent_credential(
        self,
        key_id: str,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AgentCredential]:
        """`IdentityService.revoke_agent_credential`, returning the raw response."""
        request_kwargs = identity_revoke_agent_credential._get_kwargs(
            key_id=key_id,
        )

        return self._runner.request_raw(
            _REVOKE_AGENT_CREDENTIAL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncIdentityService:
    """The `identity` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncIdentityServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncIdentityServiceWithRawResponse(self._runner)

    async def create_agent_credential(
        self,
        *,
        body: CreateAgentCredentialRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AgentCredentialCreated:
        """Create an agent credential.

        Mint an HMAC-SHA256 key for a GPU agent or an internal agent, limited to `scopes`. The
        plaintext `secret` is in this response only: store it at once (e.g. in your secret
        manager); it cannot be read again, and a lost secret means revoking the key and minting
        a new one. The key is `active` until it is revoked or `expires_at` passes.
        Credential names are unique per tenant; a second active credential with the same name is a
        409 `DUPLICATE`.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `identity_create_agent_credential`: POST `/v1/identity/agent-credentials`.
        """

        request_kwargs = identity_create_agent_credential._get_kwargs(
            body=self._runner.as_body(_models.CreateAgentCredentialRequest.from_dict, body),
        )

        return await self._runner.request(
            _CREATE_AGENT_CREDENTIAL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def get_sso_config(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> SsoConfig:
        """Get the SSO configuration.

        The tenant's single sign-on set-up: the protocol (`saml`, `oidc` or `none`), the
        identity provider's settings (`null` when the protocol is `none`), whether password
        login is refused (`enforce_sso`) and which email domains may sign in. Client secrets
        are never returned.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `identity_get_sso_config`: GET `/v1/identity/sso`.
        """

        request_kwargs = identity_get_sso_config._get_kwargs()

        return await self._runner.request(
            _GET_SSO_CONFIG,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_audit_events(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        action: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        outcome: AuditOutcome | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[AuditEvent]:
        """List identity audit events.

        The identity-domain audit trail (logins, token refreshes, SSO changes, agent credentials
        minted and revoked, invitations and role changes), newest first. Filter by exact
        `action`, by `actor_id`, by `outcome`, and by `start`/`end`, which bound `occurred_at`.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `identity_list_audit_events`: GET `/v1/identity/audit`.

        Args:
            limit (int, optional): Page size. Default: `100`.
            cursor (str, optional): Opaque cursor from the previous page's `next_cursor`. Omit for
                the first page. A cursor this server did not issue, or one that has expired, is a 400
                `VALIDATION_FAILED`.
            start (datetime.datetime, optional): Window start (inclusive), UTC. Defaults to the
                start of the current calendar month.
            end (datetime.datetime, optional): Window end (exclusive), UTC. Defaults to now. Must be
                after `start`; a window with `start >= end` is a 400 `VALIDATION_FAILED`.
            action (str, optional): Only events with this action, e.g. `member.role_updated`.
            actor_id (str, optional): Only events by this actor (a member id, an agent key id, or a
                service name for system actors).
            outcome (AuditOutcome, optional): Only events with this outcome, e.g. `failure` to
                review refused logins.
        """

        request_kwargs = identity_list_audit_events._get_kwargs(
            limit=limit,
            cursor=cursor,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            action=action,
            actor_id=actor_id,
            outcome=outcome,
        )

        return await self._runner.paginate(
            _LIST_AUDIT_EVENTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def revoke_agent_credential(
        self,
        key_id: str,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> AgentCredential:
        """Revoke an agent credential.

        Revoke an agent key at once: requests signed with it are refused from now on. Returns
        the credential with status `revoked` (never its secret). An unknown or already revoked
        key answers 404.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `identity_revoke_agent_credential`: DELETE `/v1/identity/agent-credentials/{key_id}`.

        Args:
            key_id (str): The credential's key id. Opaque string; ids start with `key_`.
        """

        request_kwargs = identity_revoke_agent_credential._get_kwargs(
            key_id=key_id,
        )

        return await self._runner.request(
            _REVOKE_AGENT_CREDENTIAL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


class AsyncIdentityServiceWithRawResponse:
    """The `identity` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create_agent_credential(
        self,
        *,
        body: CreateAgentCredentialRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AgentCredentialCreated]:
        """`AsyncIdentityService.create_agent_credential`, returning the raw response."""
        request_kwargs = identity_create_agent_credential._get_kwargs(
            body=self._runner.as_body(_models.CreateAgentCredentialRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _CREATE_AGENT_CREDENTIAL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def get_sso_config(
        self,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[SsoConfig]:
        """`AsyncIdentityService.get_sso_config`, returning the raw response."""
        request_kwargs = identity_get_sso_config._get_kwargs()

        return await self._runner.request_raw(
            _GET_SSO_CONFIG,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def list_audit_events(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        start: datetime.datetime | datetime.date | str | Unset = UNSET,
        end: datetime.datetime | datetime.date | str | Unset = UNSET,
        action: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        outcome: AuditOutcome | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AsyncPage[AuditEvent]]:
        """`AsyncIdentityService.list_audit_events`, returning the raw response."""
        request_kwargs = identity_list_audit_events._get_kwargs(
            limit=limit,
            cursor=cursor,
            start=start if isinstance(start, Unset) else self._runner.as_datetime("start", start),
            end=end if isinstance(end, Unset) else self._runner.as_datetime("end", end),
            action=action,
            actor_id=actor_id,
            outcome=outcome,
        )

        return await self._runner.paginate_raw(
            _LIST_AUDIT_EVENTS,
            request_kwargs,
            tenant_id=tenant_id,
            timeout=timeout,
        )

    async def revoke_agent_credential(
        self,
        key_id: str,
        *,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[AgentCredential]:
        """`AsyncIdentityService.revoke_agent_credential`, returning the raw response."""
        request_kwargs = identity_revoke_agent_credential._get_kwargs(
            key_id=key_id,
        )

        return await self._runner.request_raw(
            _REVOKE_AGENT_CREDENTIAL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )


__all__ = (
    "AsyncIdentityService",
    "AsyncIdentityServiceWithRawResponse",
    "IdentityService",
    "IdentityServiceWithRawResponse",
)
