"""Request builder of `auth_login`: POST `/v1/auth/login`."""

from typing import Any

from ...models.login_request import LoginRequest
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: LoginRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
