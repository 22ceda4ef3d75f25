"""The `notification` operations as typed service classes (rendered from codegen/templates)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ... import models as _models
from ...types import UNSET, ResultList, Unset
from .. import (
    AsyncRunner,
    Operation,
    RawResponse,
    SyncRunner,
    TimeoutTypes,
)
from . import (
    notification_create_channel,
    notification_list_channels,
    notification_test_channel,
)

if TYPE_CHECKING:
    from ...models.channel_test_result import ChannelTestResult
    from ...models.create_notification_channel_request import (
        CreateNotificationChannelRequest,
    )
    from ...models.notification_channel import NotificationChannel
    from ...models.notification_channel_type import NotificationChannelType


def _parse_create_channel(body: Any) -> NotificationChannel:
    return _models.NotificationChannelResponse.from_dict(body).data


_CREATE_CHANNEL: Operation[NotificationChannel] = Operation(
    "notification_create_channel",
    _parse_create_channel,
    idempotency_header=True,
)


def _parse_list_channels(body: Any) -> ResultList[NotificationChannel]:
    return _models.NotificationChannelListResponse.from_dict(body).data


_LIST_CHANNELS: Operation[ResultList[NotificationChannel]] = Operation(
    "notification_list_channels",
    _parse_list_channels,
)


def _parse_test_channel(body: Any) -> ChannelTestResult:
    return _models.ChannelTestResultResponse.from_dict(body).data


_TEST_CHANNEL: Operation[ChannelTestResult] = Operation(
    "notification_test_channel",
    _parse_test_channel,
    idempotency_header=True,
)


class NotificationService:
    """The `notification` operations. Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> NotificationServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return NotificationServiceWithRawResponse(self._runner)

    def create_channel(
        self,
        *,
        body: CreateNotificationChannelRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> NotificationChannel:
        """Create a notification channel.

        Creates a Slack, PagerDuty, Teams, email or webhook channel; `config.type` selects the
        variant. Secrets in `config` are stored encrypted and never returned. Channel names are
        unique per tenant: a second channel with the same name answers 409 `DUPLICATE`. Send a
        test with `notification_test_channel` before routing alerts to it.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `notification_create_channel`: POST `/v1/notification/channels`.
        """

        request_kwargs = notification_create_channel._get_kwargs(
            body=self._runner.as_body(_models.CreateNotificationChannelRequest.from_dict, body),
        )

        return self._runner.request(
            _CREATE_CHANNEL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def list_channels(
        self,
        *,
        type: NotificationChannelType | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[NotificationChannel]:
        """List notification channels.

        The tenant's notification channels (Slack, PagerDuty, Microsoft Teams, email, webhook).
        Secrets (webhook URLs, routing keys, signing secrets) are never returned; each config
        shows only their last four characters. `type` narrows the list to one channel type.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `notification_list_channels`: GET `/v1/notification/channels`.

        Args:
            type (NotificationChannelType, optional): Only channels of this type. Omit for all.
        """

        request_kwargs = notification_list_channels._get_kwargs(
            type_=type,
        )

        return self._runner.request(
            _LIST_CHANNELS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def test_channel(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ChannelTestResult:
        """Send a test notification.

        Sends a `notification.test` event through the channel right away (also when the channel is
        disabled) and reports how the delivery went. Nothing about the channel changes except its
        `last_delivery_at` on success. `status_code` is the receiver's HTTP status, `null` for
        email or when no HTTP response arrived (timeout, DNS or TLS failure).

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `notification_test_channel`: POST `/v1/notification/channels/{id}/test`.

        Args:
            id (str): The channel id. Opaque string; ids start with `chn_`.
        """

        request_kwargs = notification_test_channel._get_kwargs(
            id=id,
        )

        return self._runner.request(
            _TEST_CHANNEL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


class NotificationServiceWithRawResponse:
    """The `notification` operations, returning raw responses."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def create_channel(
        self,
        *,
        body: CreateNotificationChannelRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[NotificationChannel]:
        """`NotificationService.create_channel`, returning the raw response."""
        request_kwargs = notification_create_channel._get_kwargs(
            body=self._runner.as_body(_models.CreateNotificationChannelRequest.from_dict, body),
        )

        return self._runner.request_raw(
            _CREATE_CHANNEL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    def list_channels(
        self,
        *,
        type: NotificationChannelType | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[NotificationChannel]]:
        """`NotificationService.list_channels`, returning the raw response."""
        request_kwargs = notification_list_channels._get_kwargs(
            type_=type,
        )

        return self._runner.request_raw(
            _LIST_CHANNELS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    def test_channel(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ChannelTestResult]:
        """`NotificationService.test_channel`, returning the raw response."""
        request_kwargs = notification_test_channel._get_kwargs(
            id=id,
        )

        return self._runner.request_raw(
            _TEST_CHANNEL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


class AsyncNotificationService:
    """The `notification` operations (async). Results are the unwrapped `data` of the success envelope."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @cached_property
    def with_raw_response(self) -> AsyncNotificationServiceWithRawResponse:
        """The same methods, returning the raw response (status, headers, trace id, `.parse()`)."""
        return AsyncNotificationServiceWithRawResponse(self._runner)

    async def create_channel(
        self,
        *,
        body: CreateNotificationChannelRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> NotificationChannel:
        """Create a notification channel.

        Creates a Slack, PagerDuty, Teams, email or webhook channel; `config.type` selects the
        variant. Secrets in `config` are stored encrypted and never returned. Channel names are
        unique per tenant: a second channel with the same name answers 409 `DUPLICATE`. Send a
        test with `notification_test_channel` before routing alerts to it.

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `notification_create_channel`: POST `/v1/notification/channels`.
        """

        request_kwargs = notification_create_channel._get_kwargs(
            body=self._runner.as_body(_models.CreateNotificationChannelRequest.from_dict, body),
        )

        return await self._runner.request(
            _CREATE_CHANNEL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def list_channels(
        self,
        *,
        type: NotificationChannelType | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ResultList[NotificationChannel]:
        """List notification channels.

        The tenant's notification channels (Slack, PagerDuty, Microsoft Teams, email, webhook).
        Secrets (webhook URLs, routing keys, signing secrets) are never returned; each config
        shows only their last four characters. `type` narrows the list to one channel type.

        Required role: `viewer`; allowed: `owner`, `admin`, `finops_analyst`, `engineer`, `viewer`.

        Operation `notification_list_channels`: GET `/v1/notification/channels`.

        Args:
            type (NotificationChannelType, optional): Only channels of this type. Omit for all.
        """

        request_kwargs = notification_list_channels._get_kwargs(
            type_=type,
        )

        return await self._runner.request(
            _LIST_CHANNELS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def test_channel(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> ChannelTestResult:
        """Send a test notification.

        Sends a `notification.test` event through the channel right away (also when the channel is
        disabled) and reports how the delivery went. Nothing about the channel changes except its
        `last_delivery_at` on success. `status_code` is the receiver's HTTP status, `null` for
        email or when no HTTP response arrived (timeout, DNS or TLS failure).

        Required role: `admin`; allowed: `owner`, `admin`.

        Operation `notification_test_channel`: POST `/v1/notification/channels/{id}/test`.

        Args:
            id (str): The channel id. Opaque string; ids start with `chn_`.
        """

        request_kwargs = notification_test_channel._get_kwargs(
            id=id,
        )

        return await self._runner.request(
            _TEST_CHANNEL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


class AsyncNotificationServiceWithRawResponse:
    """The `notification` operations (async), returning raw responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create_channel(
        self,
        *,
        body: CreateNotificationChannelRequest | Mapping[str, Any],
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[NotificationChannel]:
        """`AsyncNotificationService.create_channel`, returning the raw response."""
        request_kwargs = notification_create_channel._get_kwargs(
            body=self._runner.as_body(_models.CreateNotificationChannelRequest.from_dict, body),
        )

        return await self._runner.request_raw(
            _CREATE_CHANNEL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )

    async def list_channels(
        self,
        *,
        type: NotificationChannelType | Unset = UNSET,
        tenant_id: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ResultList[NotificationChannel]]:
        """`AsyncNotificationService.list_channels`, returning the raw response."""
        request_kwargs = notification_list_channels._get_kwargs(
            type_=type,
        )

        return await self._runner.request_raw(
            _LIST_CHANNELS,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=None,
            timeout=timeout,
        )

    async def test_channel(
        self,
        id: str,
        *,
        tenant_id: str | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> RawResponse[ChannelTestResult]:
        """`AsyncNotificationService.test_channel`, returning the raw response."""
        request_kwargs = notification_test_channel._get_kwargs(
            id=id,
        )

        return await self._runner.request_raw(
            _TEST_CHANNEL,
            request_kwargs,
            tenant_id=tenant_id,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )


__all__ = (
    "AsyncNotificationService",
    "AsyncNotificationServiceWithRawResponse",
    "NotificationService",
    "NotificationServiceWithRawResponse",
)
