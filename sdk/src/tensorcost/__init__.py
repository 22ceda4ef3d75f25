"""The TensorCost Python SDK.

Quick start (the client reads TENSORCOST_API_TOKEN, TENSORCOST_BASE_URL, TENSORCOST_TENANT_ID)::

    from tensorcost import TensorCost

    tc = TensorCost()
    tc.cost.get_summary()
"""

from . import webhooks
from ._client import AsyncTensorCost, TensorCost
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    TensorCostError,
    WebhookSignatureError,
)
from ._money import to_decimal
from ._pagination import AsyncPage, SyncPage
from ._ratelimit import RateLimitInfo
from ._response import APIResponse
from ._retry import RetryEvent, RetryPolicy
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncTensorCost",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "ResponseValidationError",
    "RetryEvent",
    "RetryPolicy",
    "SyncPage",
    "TensorCost",
    "TensorCostError",
    "WebhookSignatureError",
    "__version__",
    "to_decimal",
    "webhooks",
]
