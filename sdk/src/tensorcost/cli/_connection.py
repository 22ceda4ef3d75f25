"""Which API, tenant and token a command uses: flags, then environment, then the stored login."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from functools import partial

from tensorcost import AsyncTensorCost, InvalidArgumentError, TensorCost
from tensorcost._arguments import tenant_uuid
from tensorcost._client import api_origin
from tensorcost._constants import DEFAULT_BASE_URL, ENV_API_TOKEN, ENV_BASE_URL, ENV_TENANT_ID

from . import _credentials
from ._errors import UsageError


@dataclass(frozen=True)
class Connection:
    base_url: str
    tenant_id: str | None
    api_token: str
    refresh_token: str | None
    profile: str | None  # the stored login the tokens came from (rotated tokens are saved back)

    def client(self, *, timeout: float | None, max_retries: int | None) -> TensorCost:
        hook = partial(_credentials.update_tokens, self.profile) if self.profile else None
        return TensorCost(
            api_token=self.api_token,
            refresh_token=self.refresh_token,
            base_url=self.base_url,
            tenant_id=self.tenant_id,
            timeout=timeout,
            max_retries=max_retries,
            on_token_refresh=hook,
        )

    def async_client(
        self, *, timeout: float | None, max_retries: int | None, tenant_id: str | None
    ) -> AsyncTensorCost:
        hook = partial(_credentials.update_tokens, self.profile) if self.profile else None
        return AsyncTensorCost(
            api_token=self.api_token,
            refresh_token=self.refresh_token,
            base_url=self.base_url,
            tenant_id=tenant_id,
            timeout=timeout,
            max_retries=max_retries,
            on_token_refresh=hook,
        )


def tenant_option(flag: str | None) -> str | None:
    """The tenant of `--tenant-id`, else TENSORCOST_TENANT_ID, checked to be a UUID."""
    value = flag or os.environ.get(ENV_TENANT_ID) or None
    if value is None:
        return None
    try:
        return tenant_uuid(value, "--tenant-id" if flag else ENV_TENANT_ID)
    except InvalidArgumentError as exc:
        raise UsageError(str(exc)) from None


def _same_api(a: str, b: str) -> bool:
    try:
        return api_origin(a) == api_origin(b)
    except ValueError:
        return False


def resolve(args: argparse.Namespace) -> Connection:
    """The connection of a command. A stored login is used only for the API it was made
    against, so its tokens are never sent to another server."""
    profile: str = args.profile
    try:
        stored = _credentials.load(profile)
    except _credentials.CredentialsError as exc:
        raise UsageError(str(exc)) from None
    base_url = (
        args.base_url or os.environ.get(ENV_BASE_URL) or (stored.base_url if stored else DEFAULT_BASE_URL)
    )
    try:
        api_origin(base_url)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    tenant_id = tenant_option(args.tenant_id)
    token = os.environ.get(ENV_API_TOKEN)
    if token:
        return Connection(base_url, tenant_id, token, None, None)
    if stored is None or not _same_api(stored.base_url, base_url):
        where = f" for {base_url}" if stored else ""
        raise UsageError(
            f"not logged in{where}: run `tensorcost login --base-url {base_url} ...` "
            f"or set {ENV_API_TOKEN} (and {ENV_BASE_URL})"
        )
    return Connection(
        base_url, tenant_id or stored.tenant_id, stored.access_token, stored.refresh_token, profile
    )
