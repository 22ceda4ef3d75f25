"""Every error the SDK raises. One function, `status_error`, maps an HTTP status to a class."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._constants import MAX_ERROR_BODY_CHARS
from ._logging import SENSITIVE_HEADERS

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidAmountError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "MissingTokenError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "TensorCostError",
    "WebhookSignatureError",
]


class TensorCostError(Exception):
    """Base of every error raised by the SDK."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle by state: the subclasses' constructors take keyword-only arguments.
        return (_rebuild, (type(self), self.args), self.__dict__)


def _rebuild(cls: type[TensorCostError], args: tuple[Any, ...]) -> TensorCostError:
    error = cls.__new__(cls)
    error.args = args
    return error


def redacted(request: httpx.Request | None) -> httpx.Request | None:
    """A copy of `request` for an error: credentials headers masked, no body (it may hold a
    password or a refresh token)."""
    if request is None:
        return None
    headers = [(k, "***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in request.headers.multi_items()]
    return httpx.Request(request.method, request.url, headers=headers)


class InvalidArgumentError(TensorCostError, ValueError):
    """An argument cannot be sent as given (checked before any request); `argument` names it."""

    argument: str

    def __init__(self, argument: str, problem: str) -> None:
        super().__init__(f"{argument} {problem}")
        self.argument = argument


class InvalidArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument has a type the SDK does not accept; `argument` names it."""


class MissingTokenError(TensorCostError):
    """A client was created without a token (argument, environment variable, or login)."""

    def __init__(self) -> None:
        super().__init__(
            "No API token. Give one of: TensorCost(api_token=...); the TENSORCOST_API_TOKEN "
            "environment variable (a service token for CI, or `tensorcost login --print-env`); "
            "or TensorCost.login(email=..., password=..., tenant_id=...)."
        )


class APIError(TensorCostError):
    """A request to the API failed. `request` is a redacted copy: no credentials, no body."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = redacted(request)


class APIConnectionError(APIError):
    """The API could not be reached (DNS, refused or reset connection, TLS, protocol error)."""

    def __init__(self, message: str = "", *, request: httpx.Request | None = None) -> None:
        super().__init__(
            message or "Could not reach the TensorCost API; check the base URL and your network.",
            request=request,
        )


class APITimeoutError(APIConnectionError):
    """The request timed out (after the configured retries)."""

    def __init__(self, *, request: httpx.Request | None = None, message: str = "") -> None:
        super().__init__(
            message or "The request to the TensorCost API timed out; raise `timeout=` or retry later.",
            request=request,
        )


class APIStatusError(APIError):
    """The API answered with a non-2xx status."""

    status_code: int
    code: str | None
    trace_id: str | None
    headers: httpx.Headers
    body: object
    response: httpx.Response | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        trace_id: str | None = None,
        body: object = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, request=response.request if response is not None else None)
        self.status_code = status_code
        self.code = code
        self.trace_id = trace_id
        self.body = body
        self.response = response
        if response is not None:
            response.request = self.request  # type: ignore[assignment]  # the redacted copy
            for earlier in response.history:  # e.g. the 401 before a refresh
                earlier.request = redacted(earlier.request)  # type: ignore[assignment]
        self.headers = response.headers if response is not None else httpx.Headers()

    def __str__(self) -> str:
        head = f"{self.status_code} {self.code}" if self.code else str(self.status_code)
        tail = f" (trace_id: {self.trace_id})" if self.trace_id else ""
        return f"{head}: {self.message}{tail}"


class BadRequestError(APIStatusError):
    """400: the request broke the spec; `body["details"]` names the fields."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or expired token, or wrong credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the role may not do this, or the user does not belong to the tenant."""


class NotFoundError(APIStatusError):
    """404: no such resource in the current tenant."""


class ConflictError(APIStatusError):
    """409: duplicate, invalid state transition, or an idempotency key reused with another body."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is larger than the API accepts (1 MiB); retrying the same body fails again."""


class RateLimitError(APIStatusError):
    """429, or a wait for the rate limit longer than the client's cap; retry after `retry_after` s."""

    retry_after: float | None

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("status_code", 429)
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def __str__(self) -> str:
        base = super().__str__()
        return base if self.retry_after is None else f"{base}; retry after {self.retry_after:.1f} s"


class InternalServerError(APIStatusError):
    """>= 500, including non-standard codes such as 520."""


class ResponseValidationError(APIError):
    """A 2xx response whose body does not match the spec (or is not JSON)."""

    operation_id: str
    field: str | None
    status_code: int | None
    """The response's status (a 2xx), or None when the error was raised without a response."""
    trace_id: str | None
    response: httpx.Response | None

    def __init__(
        self,
        *,
        operation_id: str,
        reason: str,
        field: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.field = field
        self.response = response
        self.status_code = response.status_code if response is not None else None
        if response is not None:
            response.request = redacted(response.request)  # type: ignore[assignment]
        self.trace_id = response.headers.get("X-Request-Id") if response is not None else None
        where = f" at field {field!r}" if field else ""
        which = f"the {self.status_code} response" if self.status_code is not None else "the response"
        message = (
            f"{operation_id}: {which} does not match the spec{where}: {reason}. "
            "Upgrade tensorcost, or report it quoting the trace id."
        )
        super().__init__(message, request=response.request if response is not None else None)

    def __str__(self) -> str:
        return self.message + (f" (trace_id: {self.trace_id})" if self.trace_id else "")


class InvalidAmountError(TensorCostError, ValueError):
    """A money amount that is not a finite decimal (`tensorcost.to_decimal`)."""


class WebhookSignatureError(TensorCostError):
    """A webhook's signature header is missing, malformed, stale, or matches no secret."""

    reason: str

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status (unknown 4xx/1xx/3xx: `APIStatusError`)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def status_error(response: httpx.Response, *, retry_after: float | None = None) -> APIStatusError:
    """The typed error for a non-2xx response, whatever its body (JSON envelope, HTML, empty)."""
    status = response.status_code
    trace_id = response.headers.get("X-Request-Id")
    code: str | None = None
    body: object
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    if isinstance(body, dict):
        raw_message = body.get("error")
        message = raw_message if isinstance(raw_message, str) else _describe(response)
        code = body.get("code") if isinstance(body.get("code"), str) else None
        trace_id = body.get("trace_id") if isinstance(body.get("trace_id"), str) else trace_id
    else:
        message = _describe(response)
    cls = error_class(status)
    kwargs: dict[str, Any] = {"status_code": status, "code": code, "trace_id": trace_id}
    if cls is RateLimitError:
        kwargs["retry_after"] = retry_after
    return cls(message, body=body, response=response, **kwargs)


def _describe(response: httpx.Response) -> str:
    reason = response.reason_phrase or "non-standard status"
    ctype = response.headers.get("Content-Type", "no content type")
    if not response.content:
        return f"HTTP {response.status_code} ({reason}) with an empty body"
    snippet = response.text[:MAX_ERROR_BODY_CHARS].replace("\n", " ")
    return f"HTTP {response.status_code} ({reason}) with a body that is not the API's error envelope ({ctype}): {snippet!r}"
