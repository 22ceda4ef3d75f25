"""`TensorCost` and `AsyncTensorCost`: configuration, lazily built services, lifecycle."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

import httpx

from ._arguments import tenant_uuid
from ._auth import Credentials, TokenAuth, TokenRefreshHook, seconds_or_none
from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_TIMEOUT,
    ENV_API_TOKEN,
    ENV_BASE_URL,
    ENV_RATE_LIMIT_URL,
    ENV_TENANT_ID,
    USER_AGENT,
)
from ._exceptions import MissingTokenError
from ._generated.api import AsyncServices, SyncServices
from ._logging import setup_logging
from ._not_given import NOT_GIVEN, NotGiven
from ._notebook import install as install_notebook_methods
from ._ratelimit import RateLimiter
from ._retry import RetryEvent, RetryPolicy
from ._runner import RunnerConfig
from ._runner_async import AsyncHTTPRunner
from ._runner_sync import HTTPRunner

if TYPE_CHECKING:
    from ._generated.models.login_result import LoginResult

__all__ = ["AsyncTensorCost", "TensorCost"]

_C = TypeVar("_C", bound="_ClientBase")


def api_origin(base_url: str) -> str:
    """The base URL without a trailing `/v1` (or `/v1/`): the spec's paths carry the prefix."""
    url = base_url.strip().rstrip("/")
    if url.endswith("/v1"):
        url = url[: -len("/v1")]
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
    return url


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    seconds = DEFAULT_TIMEOUT if timeout is None else timeout
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_CONNECT_TIMEOUT))


def _limiter(store: str | None, origin: str) -> RateLimiter:
    """This process's limiter, or one whose bucket is shared through Redis (imported only then)."""
    if store is None:
        return RateLimiter()
    from ._shared_ratelimit import SharedRateLimiter

    return SharedRateLimiter(store, origin)


def _total_timeout(seconds: float | None) -> float | None:
    if seconds is not None and not seconds > 0:
        raise ValueError(f"total_timeout must be a positive number of seconds or None, got {seconds!r}")
    return seconds


class _ClientBase:
    """What the sync and async clients share: resolving arguments, options, repr."""

    _config: RunnerConfig
    _credentials: Credentials
    _owns_http: bool
    _client_headers: dict[str, str]

    def _configure(
        self,
        *,
        api_token: str | None,
        refresh_token: str | None,
        base_url: str | None,
        tenant_id: str | None,
        max_retries: int | None,
        timeout: float | httpx.Timeout | None,
        total_timeout: float | None,
        retry_policy: RetryPolicy | None,
        on_retry: Callable[[RetryEvent], None] | None,
        pace_rate_limits: bool,
        rate_limit_store: str | None,
        on_token_refresh: TokenRefreshHook | None,
        default_headers: Mapping[str, str] | None,
        owns_http: bool,
    ) -> None:
        setup_logging()
        install_notebook_methods()
        token = api_token if api_token is not None else os.environ.get(ENV_API_TOKEN) or None
        if token is None:
            raise MissingTokenError()
        tenant = tenant_id or os.environ.get(ENV_TENANT_ID) or None
        if tenant is not None:
            tenant = tenant_uuid(tenant, "tenant_id" if tenant_id else ENV_TENANT_ID)
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = policy.replace(max_retries=max_retries)
        if on_retry is not None:
            policy = policy.replace(on_retry=on_retry)
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        headers.update(default_headers or {})
        # Our own pool carries the fixed headers once; a caller's client gets them per request.
        self._owns_http = owns_http
        self._client_headers = headers if owns_http else {}
        origin = api_origin(base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL)
        self._config = RunnerConfig(
            origin=origin,
            headers={} if owns_http else headers,
            timeout=_timeout(timeout),
            policy=policy,
            tenant_id=tenant,
            pace_rate_limits=pace_rate_limits,
            limiter=_limiter(rate_limit_store or os.environ.get(ENV_RATE_LIMIT_URL) or None, origin),
            total_timeout=_total_timeout(total_timeout),
            own_pool=owns_http,
        )
        self._credentials = Credentials(token, refresh_token if token else None, on_refresh=on_token_refresh)

    def _auth(self) -> TokenAuth:
        return TokenAuth(self._credentials, self._config.origin)

    def _derive(
        self: _C,
        *,
        tenant_id: str | NotGiven | None,
        max_retries: int | NotGiven,
        timeout: float | httpx.Timeout | NotGiven | None,
        total_timeout: float | NotGiven | None,
        retry_policy: RetryPolicy | NotGiven,
        on_retry: Callable[[RetryEvent], None] | NotGiven | None,
    ) -> _C:
        """A client sharing this one's connection pool, tokens and rate-limit state."""
        clone = object.__new__(type(self))
        # Private state only: the cached services of this client are bound to its runner.
        clone.__dict__.update(
            {k: v for k, v in self.__dict__.items() if k.startswith("_") and k != "_runner"}
        )
        config = self._config
        policy = config.policy
        if not isinstance(max_retries, NotGiven):
            policy = policy.replace(max_retries=max_retries)
        if not isinstance(on_retry, NotGiven):
            policy = policy.replace(on_retry=on_retry)
        if not isinstance(retry_policy, NotGiven):
            policy = retry_policy
        updates: dict[str, Any] = {"policy": policy}
        if not isinstance(tenant_id, NotGiven):
            updates["tenant_id"] = None if tenant_id is None else tenant_uuid(tenant_id)
        if not isinstance(timeout, NotGiven):
            updates["timeout"] = _timeout(timeout)
        if not isinstance(total_timeout, NotGiven):
            updates["total_timeout"] = _total_timeout(total_timeout)
        clone._config = config.replace(**updates)
        clone._owns_http = False  # the original closes the shared pool
        return clone

    @property
    def base_url(self) -> str:
        """The API's base URL, with the `/v1` prefix."""
        return self._config.origin + "/v1"

    @property
    def tenant_id(self) -> str | None:
        return self._config.tenant_id

    def __repr__(self) -> str:
        auth = "none"
        if self._credentials.access_token:
            auth = "token+refresh" if self._credentials.can_refresh() else "token"
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, tenant_id={self.tenant_id!r}, auth={auth!r})"
        )

    def _use_login(self, result: LoginResult) -> None:
        # In place: every service and derived client shares these credentials.
        self._credentials.set(result.access_token, result.refresh_token, seconds_or_none(result.expires_in))


class TensorCost(SyncServices, _ClientBase):
    """The TensorCost API client: one service per tag, e.g. `tc.cost.get_summary()`.

    Arguments fall back to the environment: `api_token` to TENSORCOST_API_TOKEN, `base_url` to
    TENSORCOST_BASE_URL (then https://api.tensorcost.com/v1; with or without the trailing /v1),
    `tenant_id` (sent as `X-Active-Tenant-Id`) to TENSORCOST_TENANT_ID. With a `refresh_token`
    the client renews the access token before it expires and after a 401.
    `timeout` is seconds (60 by default, 5 to connect) or an `httpx.Timeout`, for each phase of
    each attempt; `total_timeout` (seconds, off by default) bounds a whole call, retries, rate-limit
    waits and a body that trickles in included, and raises `APITimeoutError`; `max_retries`
    (2 by default, 0 turns retries off) and `on_retry` adjust the `retry_policy`.
    `pace_rate_limits` waits for the rate-limit reset instead of sending a request that would
    get a 429; `rate_limit_store` (or TENSORCOST_RATE_LIMIT_URL), e.g. "redis://host:6379/0",
    shares that pacing with every process using the same store (`pip install 'tensorcost[redis]'`).
    `http_client` lets you bring your own `httpx.Client` (proxies, certificates).
    """

    def __init__(
        self,
        *,
        api_token: str | None = None,
        base_url: str | None = None,
        tenant_id: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        total_timeout: float | None = None,
        http_client: httpx.Client | None = None,
        refresh_token: str | None = None,
        retry_policy: RetryPolicy | None = None,
        on_retry: Callable[[RetryEvent], None] | None = None,
        pace_rate_limits: bool = True,
        rate_limit_store: str | None = None,
        on_token_refresh: TokenRefreshHook | None = None,
        default_headers: Mapping[str, str] | None = None,
        _sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._configure(
            api_token=api_token,
            refresh_token=refresh_token,
            base_url=base_url,
            tenant_id=tenant_id,
            max_retries=max_retries,
            timeout=timeout,
            total_timeout=total_timeout,
            retry_policy=retry_policy,
            on_retry=on_retry,
            pace_rate_limits=pace_rate_limits,
            rate_limit_store=rate_limit_store,
            on_token_refresh=on_token_refresh,
            default_headers=default_headers,
            owns_http=http_client is None,
        )
        self._http = (
            http_client
            if http_client is not None
            else httpx.Client(headers=self._client_headers, timeout=self._config.timeout)
        )
        self._sleep = _sleep
        self._runner = self._make_runner()

    def _make_runner(self) -> HTTPRunner:
        if self._sleep is None:
            return HTTPRunner(self._config, self._http, self._auth())
        return HTTPRunner(self._config, self._http, self._auth(), self._sleep)

    @classmethod
    def login(
        cls,
        *,
        email: str,
        password: str,
        tenant_id: str,
        base_url: str | None = None,
        **options: Any,
    ) -> TensorCost:
        """Log in with email, password and tenant; the client refreshes its tokens itself."""
        from ._generated.models.login_request import LoginRequest

        client = cls(api_token="", base_url=base_url, **options)
        result = client.auth.login(
            body=LoginRequest(email=email, password=password, tenant_id=UUID(tenant_uuid(tenant_id)))
        )
        client._use_login(result)
        return client

    def with_options(
        self,
        *,
        tenant_id: str | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        retry_policy: RetryPolicy | NotGiven = NOT_GIVEN,
        on_retry: Callable[[RetryEvent], None] | NotGiven | None = NOT_GIVEN,
    ) -> TensorCost:
        """A client with some options changed, sharing this one's connections, tokens and pacing."""
        clone = self._derive(
            tenant_id=tenant_id,
            max_retries=max_retries,
            timeout=timeout,
            total_timeout=total_timeout,
            retry_policy=retry_policy,
            on_retry=on_retry,
        )
        clone._runner = clone._make_runner()
        return clone

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> TensorCost:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncTensorCost(AsyncServices, _ClientBase):
    """The async twin of `TensorCost`: `await tc.cost.get_summary()`; same arguments."""

    def __init__(
        self,
        *,
        api_token: str | None = None,
        base_url: str | None = None,
        tenant_id: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        total_timeout: float | None = None,
        http_client: httpx.AsyncClient | None = None,
        refresh_token: str | None = None,
        retry_policy: RetryPolicy | None = None,
        on_retry: Callable[[RetryEvent], None] | None = None,
        pace_rate_limits: bool = True,
        rate_limit_store: str | None = None,
        on_token_refresh: TokenRefreshHook | None = None,
        default_headers: Mapping[str, str] | None = None,
        _sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._configure(
            api_token=api_token,
            refresh_token=refresh_token,
            base_url=base_url,
            tenant_id=tenant_id,
            max_retries=max_retries,
            timeout=timeout,
            total_timeout=total_timeout,
            retry_policy=retry_policy,
            on_retry=on_retry,
            pace_rate_limits=pace_rate_limits,
            rate_limit_store=rate_limit_store,
            on_token_refresh=on_token_refresh,
            default_headers=default_headers,
            owns_http=http_client is None,
        )
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(headers=self._client_headers, timeout=self._config.timeout)
        )
        self._sleep = _sleep
        self._runner = self._make_runner()

    def _make_runner(self) -> AsyncHTTPRunner:
        if self._sleep is None:
            return AsyncHTTPRunner(self._config, self._http, self._auth())
        return AsyncHTTPRunner(self._config, self._http, self._auth(), self._sleep)

    @classmethod
    async def login(
        cls,
        *,
        email: str,
        password: str,
        tenant_id: str,
        base_url: str | None = None,
        **options: Any,
    ) -> AsyncTensorCost:
        """Log in with email, password and tenant; the client refreshes its tokens itself."""
        from ._generated.models.login_request import LoginRequest

        client = cls(api_token="", base_url=base_url, **options)
        result = await client.auth.login(
            body=LoginRequest(email=email, password=password, tenant_id=UUID(tenant_uuid(tenant_id)))
        )
        client._use_login(result)
        return client

    def with_options(
        self,
        *,
        tenant_id: str | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        retry_policy: RetryPolicy | NotGiven = NOT_GIVEN,
        on_retry: Callable[[RetryEvent], None] | NotGiven | None = NOT_GIVEN,
    ) -> AsyncTensorCost:
        """A client with some options changed, sharing this one's connections, tokens and pacing."""
        clone = self._derive(
            tenant_id=tenant_id,
            max_retries=max_retries,
            timeout=timeout,
            total_timeout=total_timeout,
            retry_policy=retry_policy,
            on_retry=on_retry,
        )
        clone._runner = clone._make_runner()
        return clone

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncTensorCost:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
