"""The `auth` operations as typed service classes (rendered from codegen/templates)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ... import models as _models
from .. import (
    AsyncRunner,
    Operation,
    RawResponse,
    SyncRunner,
    TimeoutTypes,
)
from . import (
    auth_login,
    auth_refresh_tokens,
)

if TYPE_CHECKING:
    from ...models.login_request import LoginRequest
    from ...models.login_result import LoginResult
    from ...models.refresh_tokens_request import RefreshTokensRequest
    from ...models.token_pair import TokenPair


def _parse_login(body: Any) -> LoginResult:
    return _models.LoginResponse.from_dict(body).data


_LOGIN: Operation[LoginResult] = Operation(
    "auth_login",
    _parse_login,
    idempotency_header=True,
)


def _parse_refresh_tokens(body: Any) -> TokenPair:
    return _models.TokenPairResponse.from_dict(body).data


_REFRESH_TOKENS: Operation[TokenPair] = Operation(
    "auth_refresh_tokens",
    _parse_refresh_tokens,
    idempotency_header=True,
)


class AuthService:
    """The `auth` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AuthServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AuthServiceWithRawResponse(self._runner)

    def login(
        self,
        *,
        body: LoginRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> LoginResult:
        """Log in.

        Exchange email, password and tenant id for an access token and a refresh token.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `auth_login`: POST `/v1/auth/login`.
        """

        request_kwargs = auth_login._get_kwargs(
            body=self._runner.as_body(_models.LoginRequest.from_dict, body),
        )

        return self._runner.request(
            _LOGIN,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def refresh_tokens(
        self,
        *,
        body: RefreshTokensRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> TokenPair:
        """Refresh tokens.

        Exchange a refresh token for a new access token and a new refresh token. Refresh tokens
        rotate: the one sent stops working once it has been used.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `auth_refresh_tokens`: POST `/v1/auth/refresh-tokens`.
        """

        request_kwargs = auth_refresh_tokens._get_kwargs(
            body=self._runner.as_body(_models.RefreshTokensRequest.from_dict, body),
        )

        return self._runner.request(
            _REFRESH_TOKENS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


class AuthServiceWithRawResponse:
    """The `auth` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def login(
        self,
        *,
        body: LoginRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[LoginResult]:
        """`AuthService.login`, returning the raw response."""
        request_kwargs = auth_login._get_kwargs(
            body=self._runner.as_body(_models.LoginRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _LOGIN,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def refresh_tokens(
        self,
        *,
        body: RefreshTokensRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[TokenPair]:
        """`AuthService.refresh_tokens`, returning the raw response."""
        request_kwargs = auth_refresh_tokens._get_kwargs(
            body=self._runner.as_body(_models.RefreshTokensRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _REFRESH_TOKENS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


class AsyncAuthService:
    """The `auth` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncAuthServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncAuthServiceWithRawResponse(self._runner)

    async def login(
        self,
        *,
        body: LoginRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> LoginResult:
        """Log in.

        Exchange email, password and tenant id for an access token and a refresh token.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `auth_login`: POST `/v1/auth/login`.
        """

        request_kwargs = auth_login._get_kwargs(
            body=self._runner.as_body(_models.LoginRequest.from_dict, body),
        )

        return await self._runner.request(
            _LOGIN,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def refresh_tokens(
        self,
        *,
        body: RefreshTokensRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> TokenPair:
        """Refresh tokens.

        Exchange a refresh token for a new access token and a new refresh token. Refresh tokens
        rotate: the one sent stops working once it has been used.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `auth_refresh_tokens`: POST `/v1/auth/refresh-tokens`.
        """

        request_kwargs = auth_refresh_tokens._get_kwargs(
            body=self._runner.as_body(_models.RefreshTokensRequest.from_dict, body),
        )

        return await self._runner.request(
            _REFRESH_TOKENS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


class AsyncAuthServiceWithRawResponse:
    """The `auth` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def login(
        self,
        *,
        body: LoginRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[LoginResult]:
        """`AsyncAuthService.login`, returning the raw response."""
        request_kwargs = auth_login._get_kwargs(
            body=self._runner.as_body(_models.LoginRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _LOGIN,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def refresh_tokens(
        self,
        *,
        body: RefreshTokensRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[TokenPair]:
        """`AsyncAuthService.refresh_tokens`, returning the raw response."""
        request_kwargs = auth_refresh_tokens._get_kwargs(
            body=self._runner.as_body(_models.RefreshTokensRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _REFRESH_TOKENS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


__all__ = (
    "AsyncAuthService",
    "AsyncAuthServiceWithRawResponse",
    "AuthService",
    "AuthServiceWithRawResponse",
)
