"""The TensorCost Python SDK.

Quick start (the client reads TENSORCOST_API_TOKEN, TENSORCOST_BASE_URL, TENSORCOST_TENANT_ID)::

    from tensorcost import TensorCost

    tc = TensorCost()
    tc.cost.get_summary()
"""

from typing import TYPE_CHECKING, Any

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
    InvalidAmountError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    MissingTokenError,
    NotFoundError,
    PayloadTooLargeError,
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

if TYPE_CHECKING:
    from ._dataframe import plot_forecast, to_pandas
    from ._generated.types import UnknownEnumValue

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
    "InvalidAmountError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "MissingTokenError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "ResponseValidationError",
    "RetryEvent",
    "RetryPolicy",
    "SyncPage",
    "TensorCost",
    "TensorCostError",
    "UnknownEnumValue",
    "WebhookSignatureError",
    "__version__",
    "plot_forecast",
    "to_decimal",
    "to_pandas",
    "webhooks",
]

# Notebook helpers, imported on first access so that `import tensorcost` stays as cheap as it is
# (pandas and matplotlib are imported only when they are called).
_LAZY = {"plot_forecast", "to_pandas"}


def __getattr__(name: str) -> Any:
    if name == "UnknownEnumValue":  # the generated layer loads with the first service, not here
        from ._generated.types import UnknownEnumValue

        globals()[name] = UnknownEnumValue
        return UnknownEnumValue
    if name in _LAZY:
        from . import _dataframe

        value = getattr(_dataframe, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, "UnknownEnumValue"})
