"""Bearer tokens as an `httpx.Auth` flow: refresh once on 401 and before `exp`, single-flight."""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING, Any

import httpx

from ._constants import RETRY_STATUSES, TOKEN_REFRESH_LEEWAY, USER_AGENT
from ._exceptions import AuthenticationError, status_error

if TYPE_CHECKING:
    import asyncio

TokenRefreshHook = Callable[[str, str], None]
"""Called with (access_token, refresh_token) after every refresh, e.g. to persist them."""


def seconds_or_none(expires_in: object) -> float | None:
    """`expiresIn` when the server sent a number (it is optional in the login and refresh answers)."""
    return (
        float(expires_in)
        if isinstance(expires_in, int | float) and not isinstance(expires_in, bool)
        else None
    )


def jwt_claims(token: str) -> dict[str, Any] | None:
    """The claims of a JWT, read without verifying the signature (the server verifies)."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    segment = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(segment))
    except (ValueError, binascii.Error):
        return None
    return claims if isinstance(claims, dict) else None


def jwt_expiry(token: str) -> float | None:
    """The `exp` claim of a JWT, read without verifying the signature (the server verifies)."""
    claims = jwt_claims(token)
    exp = claims.get("exp") if claims is not None else None
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        return None
    return float(exp)


def is_service_token(token: str | None) -> bool:
    """A backend-issued service token (claim `typ: "service"`): long-lived, never refreshed."""
    claims = jwt_claims(token) if token else None
    return claims is not None and claims.get("typ") == "service"


def expired_token_hint(credentials: Credentials, code: str | None) -> str | None:
    """What to do about a `401 TOKEN_EXPIRED`, for the flow the token came from."""
    if code != "TOKEN_EXPIRED":
        return None
    if is_service_token(credentials.access_token):
        return "Service tokens are not refreshed: get a new one from its issuer and replace TENSORCOST_API_TOKEN."
    if credentials.can_refresh():
        return "The token was refreshed and still refused: log in again."
    return (
        "A login's access token lives 15 minutes and this client has no refresh token: log in "
        "again (`tensorcost login`, or TensorCost.login(...), which refreshes by itself), pass "
        "refresh_token=, or use a service token for CI jobs."
    )


class RefreshUnavailable(Exception):
    """The refresh endpoint answered 408/429/5xx: the request pipeline retries and raises it as such."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"refreshing the access token got HTTP {response.status_code}")
        self.response = response


class Credentials:
    """The current token pair. Never shows the tokens in its repr."""

    __slots__ = (
        "_async_locks",
        "_lock",
        "access_token",
        "expires_at",
        "on_refresh",
        "refresh_token",
        "version",
    )

    def __init__(
        self,
        access_token: str | None = None,
        refresh_token: str | None = None,
        *,
        expires_in: float | None = None,
        on_refresh: TokenRefreshHook | None = None,
    ) -> None:
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.expires_at = _expiry(access_token, expires_in) if access_token else None
        self.version = 0  # bumped with every new pair: callers compare it, never the token itself
        self.on_refresh = on_refresh
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        access = "'***'" if self.access_token else "None"
        refresh = "'***'" if self.refresh_token else "None"
        return f"Credentials(access_token={access}, refresh_token={refresh}, expires_at={self.expires_at})"

    def can_refresh(self) -> bool:
        return self.refresh_token is not None

    def expires_soon(self, now: float | None = None) -> bool:
        if self.expires_at is None:
            return False
        return (time.time() if now is None else now) >= self.expires_at - TOKEN_REFRESH_LEEWAY

    def set(self, access_token: str, refresh_token: str | None, expires_in: float | None) -> None:
        """Replace the pair, e.g. after logging in."""
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.expires_at = _expiry(access_token, expires_in)
        self.version += 1

    def update(self, access_token: str, refresh_token: str, expires_in: float | None) -> None:
        """Replace the pair after a refresh and tell the `on_refresh` hook."""
        self.set(access_token, refresh_token, expires_in)
        if self.on_refresh is not None:
            self.on_refresh(access_token, refresh_token)

    def async_lock(self) -> asyncio.Lock:
        """One asyncio lock per event loop (a lock cannot be shared between loops)."""
        import asyncio  # only async clients need it; keeps `import tensorcost` light

        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock


def _expiry(token: str, expires_in: float | None) -> float | None:
    candidates = [t for t in (jwt_expiry(token), time.time() + expires_in if expires_in else None) if t]
    return min(candidates) if candidates else None


class TokenAuth(httpx.Auth):
    """Sends `Authorization: Bearer`, and with a refresh token renews the pair.

    The pair is renewed before the access token's `exp` and once after a 401, then the request
    is repeated. Concurrent requests that need a refresh wait for the one refresh in flight and
    reuse its result (a thread lock for sync clients, an asyncio lock for async ones).
    """

    def __init__(self, credentials: Credentials, base_url: str) -> None:
        self.credentials = credentials
        self._base_url = base_url.rstrip("/")

    def __repr__(self) -> str:
        return f"TokenAuth({self.credentials!r})"

    # Shared logic -------------------------------------------------------------------------

    def _refresh_request(self) -> httpx.Request:
        from ._generated.api.auth import auth_refresh_tokens
        from ._generated.models.refresh_tokens_request import RefreshTokensRequest

        token = self.credentials.refresh_token or ""
        kwargs: dict[str, Any] = auth_refresh_tokens._get_kwargs(
            body=RefreshTokensRequest(refresh_token=token)
        )
        return httpx.Request(
            kwargs["method"].upper(),
            self._base_url + kwargs["url"],
            json=kwargs.get("json"),
            # Sent as built (a client's default headers are not merged into an auth flow's own
            # requests), so it names the SDK itself.
            headers={"User-Agent": USER_AGENT, **(kwargs.get("headers") or {})},
        )

    def _apply_refresh(self, response: httpx.Response) -> None:
        from ._generated.models.token_pair_response import TokenPairResponse

        if response.status_code in RETRY_STATUSES:
            raise RefreshUnavailable(response)  # the server's trouble, not the token's
        if response.status_code != 200:
            error = status_error(response)
            raise AuthenticationError(
                f"Refreshing the access token failed ({error}); log in again.",
                status_code=response.status_code,
                code=error.code,
                trace_id=error.trace_id,
                body=error.body,
                response=response,
            )
        try:
            pair = TokenPairResponse.from_dict(json.loads(response.content)).data
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise AuthenticationError(
                "Refreshing the access token returned an unreadable body; log in again.",
                status_code=response.status_code,
                response=response,
            ) from exc
        self.credentials.update(pair.access_token, pair.refresh_token, seconds_or_none(pair.expires_in))

    def _authorize(self, request: httpx.Request) -> int | None:
        """Set the header; the pair's version (not the token: locals show up in tracebacks)."""
        creds = self.credentials
        if not creds.access_token:
            return None
        request.headers["Authorization"] = f"Bearer {creds.access_token}"
        return creds.version

    # Sync and async flows: only the locking and the reads differ ---------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        creds = self.credentials
        if creds.can_refresh() and creds.expires_soon():
            stale = creds.version
            with creds._lock:
                if creds.version == stale:
                    refreshed = yield self._refresh_request()
                    refreshed.read()
                    self._apply_refresh(refreshed)
        sent = self._authorize(request)
        response = yield request
        if response.status_code == 401 and sent is not None and creds.can_refresh():
            with creds._lock:
                if creds.version == sent:
                    refreshed = yield self._refresh_request()
                    refreshed.read()
                    self._apply_refresh(refreshed)
            self._authorize(request)
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        creds = self.credentials
        if creds.can_refresh() and creds.expires_soon():
            stale = creds.version
            async with creds.async_lock():
                if creds.version == stale:
                    refreshed = yield self._refresh_request()
                    await refreshed.aread()
                    self._apply_refresh(refreshed)
        sent = self._authorize(request)
        response = yield request
        if response.status_code == 401 and sent is not None and creds.can_refresh():
            async with creds.async_lock():
                if creds.version == sent:
                    refreshed = yield self._refresh_request()
                    await refreshed.aread()
                    self._apply_refresh(refreshed)
            self._authorize(request)
            yield request
