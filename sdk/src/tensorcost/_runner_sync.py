"""The sync twin of `_runner_async.py`, GENERATED from it by tools/unasync/unasync.py: do not
edit; change `_runner_async.py` and run `nox -s codegen`."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._arguments import tenant_uuid
from ._auth import RefreshUnavailable, TokenAuth
from ._constants import DOWNLOAD_CHUNK_SIZE
from ._download import PartFile, check_target
from ._exceptions import APIConnectionError
from ._logging import logger
from ._pagination import SyncPage
from ._progress import progress_bar
from ._response import APIResponse
from ._runner import (
    RunnerConfig,
    RunnerCore,
    download_length,
    next_page_data,
    parse_body,
    sync_sleep,
    with_cursor,
)

if TYPE_CHECKING:
    from ._generated.api import FileTarget, Operation, PageData, TimeoutTypes

T = TypeVar("T")


class HTTPRunner(RunnerCore):
    """The request pipeline (implements the generated `SyncRunner` protocol)."""

    __slots__ = ("_sleep",)
    _http: httpx.Client

    def __init__(
        self,
        config: RunnerConfig,
        http: httpx.Client,
        auth: TokenAuth,
        sleep: Callable[[float], None] = sync_sleep,
    ) -> None:
        super().__init__(config, auth)
        self._http = http
        self._sleep = sleep

    def _build(
        self,
        op: Operation[Any],
        request_kwargs: dict[str, Any],
        tenant_id: str | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes,
    ) -> tuple[httpx.Request, str]:
        tenant = tenant_uuid(tenant_id) if tenant_id else self._config.tenant_id or ""
        request = self._http.build_request(
            request_kwargs["method"],
            self._config.origin + request_kwargs["url"],
            params=request_kwargs.get("params") or None,  # an empty dict would re-parse the URL
            json=request_kwargs.get("json"),
            content=request_kwargs.get("content"),
            data=request_kwargs.get("data"),
            files=request_kwargs.get("files"),
            headers=self._headers(op, request_kwargs, tenant, idempotency_key),
            timeout=self._timeout(timeout),
        )
        return request, tenant

    def _send(
        self, op: Operation[Any], built: tuple[httpx.Request, str], *, stream: bool = False
    ) -> httpx.Response:
        request, tenant = built
        log = logger.isEnabledFor(logging.INFO)
        deadline = self._deadline()
        attempt = 0
        while True:
            wait = self._pacing_wait(op, tenant)
            if deadline is not None:
                deadline.before_wait(wait, request, "waiting for the rate limit")
            if wait > 0:
                self._sleep(wait)
            started = time.perf_counter() if log else 0.0
            try:
                if deadline is None:
                    response = self._http.send(request, auth=self._auth_flow(), stream=stream)
                else:
                    deadline.clip(request)
                    response = self._http.send(request, auth=self._auth_flow(), stream=True)
                    if not stream or not response.is_success:
                        response = deadline.read(response)
                    else:
                        deadline.bound(response)  # a download reads it, until the deadline
            except httpx.RequestError as exc:
                self._config.limiter.release(tenant)
                delay = self._error_retry(op, request, attempt, exc)
            except RefreshUnavailable as exc:  # a 429/503 of the refresh endpoint keeps its type
                self._config.limiter.release(tenant)
                delay = self._status_retry(op, request, attempt, exc.response)
            else:
                if log:
                    self._log(request, response, started, attempt)
                self._record(op, tenant, response)
                if response.is_success:
                    return response
                if stream and not response.is_closed:  # `_status_retry` reads an error body
                    response.read()
                delay = self._status_retry(op, request, attempt, response)
                response.close()
            attempt += 1
            if deadline is not None:
                deadline.before_wait(delay, request, f"retry {attempt} after a failed attempt")
            self._sleep(delay)

    def request(
        self,
        op: Operation[T],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes,
    ) -> T:
        response = self._send(op, self._build(op, request_kwargs, tenant_id, idempotency_key, timeout))
        return parse_body(op, response)

    def request_raw(
        self,
        op: Operation[T],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes,
    ) -> APIResponse[T]:
        response = self._send(op, self._build(op, request_kwargs, tenant_id, idempotency_key, timeout))
        return APIResponse(response, op.operation_id, partial(parse_body, op, response))

    def paginate(
        self,
        op: Operation[PageData[T]],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        timeout: TimeoutTypes,
    ) -> SyncPage[T]:
        items, cursor = self.request(
            op, request_kwargs, tenant_id=tenant_id, idempotency_key=None, timeout=timeout
        )
        return SyncPage(items, cursor, partial(self._next_page, op, request_kwargs, tenant_id, timeout))

    def _next_page(
        self,
        op: Operation[PageData[T]],
        request_kwargs: dict[str, Any],
        tenant_id: str | None,
        timeout: TimeoutTypes,
        cursor: str,
    ) -> SyncPage[T]:
        built = self._build(op, with_cursor(request_kwargs, cursor), tenant_id, None, timeout)
        response = self._send(op, built)
        items, next_cursor = next_page_data(op, response, cursor)
        return SyncPage(items, next_cursor, partial(self._next_page, op, request_kwargs, tenant_id, timeout))

    def paginate_raw(
        self,
        op: Operation[PageData[T]],
        request_kwargs: dict[str, Any],
        *,
        tenant_id: str | None,
        timeout: TimeoutTypes,
    ) -> APIResponse[SyncPage[T]]:
        response = self._send(op, self._build(op, request_kwargs, tenant_id, None, timeout))

        def page() -> SyncPage[T]:
            items, cursor = parse_body(op, response)
            return SyncPage(items, cursor, partial(self._next_page, op, request_kwargs, tenant_id, timeout))

        return APIResponse(response, op.operation_id, page)

    def download(
        self,
        op: Operation[bytes],
        request_kwargs: dict[str, Any],
        *,
        to: FileTarget | None,
        tenant_id: str | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes,
        progress: bool = False,
        overwrite: bool = False,
    ) -> bytes | None:
        path = check_target(to, overwrite=overwrite) if isinstance(to, str | os.PathLike) else None
        built = self._build(op, request_kwargs, tenant_id, idempotency_key, timeout)
        request = built[0]
        response = self._send(op, built, stream=True)
        try:
            with progress_bar(progress, op.operation_id, unit="B", total=download_length(response)) as bar:
                if to is None and not progress:
                    return response.read()
                if to is None:
                    data = bytearray()
                    for chunk in response.iter_bytes(DOWNLOAD_CHUNK_SIZE):
                        data += chunk
                        bar.update(len(chunk))
                    return bytes(data)
                if isinstance(to, str | os.PathLike):
                    part = PartFile(path or check_target(to, overwrite=overwrite), overwrite=overwrite)
                    try:
                        for chunk in response.iter_bytes(DOWNLOAD_CHUNK_SIZE):
                            part.file.write(chunk)
                            bar.update(len(chunk))
                    except BaseException:
                        part.abort()
                        raise
                    part.commit()  # only a complete file appears under the final name
                else:
                    for chunk in response.iter_bytes(DOWNLOAD_CHUNK_SIZE):
                        to.write(chunk)
                        bar.update(len(chunk))
            return None
        except httpx.RequestError as exc:
            raise APIConnectionError(
                f"{op.operation_id}: the download broke off ({type(exc).__name__}: {exc}); retry it.",
                request=request,
            ) from exc
        finally:
            response.close()
