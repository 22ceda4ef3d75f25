"""`MockServer`: the reference mock (`tensorcost-mock`) for tests, with a ready client and controls."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import date, datetime, timedelta
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import httpx

from tensorcost._arguments import instant as as_instant

from ._transport import AsyncASGITransport, SyncASGITransport

if TYPE_CHECKING:
    from tensorcost import AsyncTensorCost, TensorCost

Mode = Literal["asgi", "port"]
#: The seeded admin of the first tenant (Acme AI), the user the ready client logs in as.
DEFAULT_EMAIL = "ana.ruiz@acme-ai.com"
#: Host name of the in-process mock; `.invalid` never resolves, so nothing leaves the process.
ASGI_ORIGIN = "http://tensorcost-mock.invalid"
_START_TIMEOUT = 15.0


class MockControlError(RuntimeError):
    """The mock's control surface (`/_mock/...`) refused a request."""


def _iso(value: datetime | date | str) -> str:
    return as_instant(value, "instant").isoformat()


def _parse_now(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class MockClock:
    """The mock's clock: token expiry, rate-limit windows and the generated data read it."""

    def __init__(self, server: MockServer) -> None:
        self._server = server

    def now(self) -> datetime:
        return _parse_now(self._server.control("GET", "/clock")["now"])

    @property
    def frozen(self) -> bool:
        return bool(self._server.control("GET", "/clock")["frozen"])

    def set(self, instant: datetime | date | str) -> datetime:
        """Move the clock to `instant`: an aware datetime (naive means UTC), a date (midnight UTC)
        or an ISO-8601 string; anything else raises `InvalidArgumentError` naming `instant`."""
        return _parse_now(self._server.control("POST", "/clock", {"now": _iso(instant)})["now"])

    def advance(self, by: timedelta | float) -> datetime:
        """Move the clock forward by a timedelta or a number of seconds."""
        seconds = by.total_seconds() if isinstance(by, timedelta) else float(by)
        return _parse_now(self._server.control("POST", "/clock", {"advance_seconds": seconds})["now"])

    def freeze(self) -> None:
        """Stop the clock; it then moves only through `set` and `advance`."""
        self._server.control("POST", "/clock", {"frozen": True})

    def unfreeze(self) -> None:
        self._server.control("POST", "/clock", {"frozen": False})


class MockFaults:
    """Fault injection: make matching requests fail the way a real network or backend does."""

    def __init__(self, server: MockServer) -> None:
        self._server = server

    def inject(
        self,
        operation_id: str | None = None,
        fault: str = "503",
        *,
        path: str | None = None,
        method: str | None = None,
        times: int | None = 1,
        delay_ms: int | None = None,
        retry_after: int | None = None,
    ) -> dict[str, Any]:
        """Arm a fault for an operation (`"cost_get_summary"`) or a path; `times=None` keeps it
        armed until `clear()`. Kinds: see `kinds()` ("500", "503", "520", "429", "reset",
        "truncated", "html", "slow")."""
        spec: dict[str, Any] = {"fault": fault, "times": times}
        for key, value in (
            ("operation_id", operation_id),
            ("path", path),
            ("method", method),
            ("delay_ms", delay_ms),
            ("retry_after", retry_after),
        ):
            if value is not None:
                spec[key] = value
        result: dict[str, Any] = self._server.control("POST", "/faults", spec)
        return result

    def list(self) -> list[dict[str, Any]]:
        """The armed faults, with how often each has fired (`hits`)."""
        faults: list[dict[str, Any]] = self._server.control("GET", "/faults")["faults"]
        return faults

    def kinds(self) -> dict[str, str]:
        kinds: dict[str, str] = self._server.control("GET", "/faults")["kinds"]
        return kinds

    def clear(self) -> None:
        self._server.control("DELETE", "/faults")


class MockServer:
    """The reference mock server for tests, in this process (`mode="asgi"`, no socket) or on a
    free 127.0.0.1 port (`mode="port"`, for code that needs a URL, such as a subprocess).

        with MockServer(seed=7) as mock:
            mock.client.cost.get_summary()
            mock.faults.inject("cost_get_summary", "503")
            mock.clock.advance(timedelta(days=1))

    Keyword settings are the mock's own (`seed`, `now`, `freeze_clock`, `rate_limit`, `strict`...).
    """

    def __init__(self, *, mode: Mode = "asgi", **settings: Any) -> None:
        if mode not in ("asgi", "port"):
            raise ValueError(f"mode must be 'asgi' or 'port', not {mode!r}")
        self.mode: Mode = mode
        self._settings = {k: v for k, v in settings.items() if v is not None}
        self._app: Any = None
        self._transport: SyncASGITransport | None = None
        self._uvicorn: Any = None
        self._thread: threading.Thread | None = None
        self._origin = ""
        self._http_clients: list[httpx.Client] = []
        self._tc_clients: list[TensorCost] = []

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> MockServer:
        """Build the app and, in port mode, serve it; returns self."""
        try:
            from tensorcost_mock import create_app
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "MockServer needs the mock server, installed next to the SDK: "
                f"pip install './sdk[testing]' ./mock_server from the repository; see docs/install.md ({exc})"
            ) from exc
        if self._app is not None:
            return self
        self._app = create_app(**self._settings)
        if self.mode == "asgi":
            self._transport = SyncASGITransport(self._app)
            self._origin = ASGI_ORIGIN
        else:
            self._serve_on_loopback()
        return self

    def _serve_on_loopback(self) -> None:
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        config = uvicorn.Config(self._app, lifespan="off", log_level="warning", access_log=False)
        server = uvicorn.Server(config)
        self._uvicorn = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="tensorcost-mock-uvicorn", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("tensorcost-mock did not start on 127.0.0.1")
            time.sleep(0.01)
        self._origin = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        """Close every client made here and stop the server (idempotent)."""
        for tc in self._tc_clients:
            tc.close()
        for http in self._http_clients:
            http.close()
        self._tc_clients.clear()
        self._http_clients.clear()
        self.__dict__.pop("client", None)
        self.__dict__.pop("_control_http", None)
        if self._uvicorn is not None and self._thread is not None:
            self._uvicorn.should_exit = True
            self._thread.join(timeout=10)
        if self._transport is not None:
            self._transport.shutdown()
        self._uvicorn = self._thread = self._transport = self._app = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- addresses and HTTP clients -----------------------------------------------------------

    def _require_started(self) -> None:
        if self._app is None:
            raise RuntimeError("the mock server is not running; call start() or use it as a context manager")

    @property
    def app(self) -> Any:
        """The mock's ASGI app."""
        self._require_started()
        return self._app

    @property
    def base_url(self) -> str:
        """The API's base URL (with `/v1`); in ASGI mode it only works through `http_client()`."""
        self._require_started()
        return self._origin + "/v1"

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """A new `httpx.Client` that reaches the mock (closed by `stop()`)."""
        self._require_started()
        if self._transport is not None:
            kwargs.setdefault("transport", self._transport)
        client = httpx.Client(**kwargs)
        self._http_clients.append(client)
        return client

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """A new `httpx.AsyncClient` that reaches the mock; close it yourself (`await c.aclose()`)."""
        self._require_started()
        if self.mode == "asgi":
            kwargs.setdefault("transport", AsyncASGITransport(self._app))
        return httpx.AsyncClient(**kwargs)

    # -- SDK clients ----------------------------------------------------------------------------

    @cached_property
    def client(self) -> TensorCost:
        """A `TensorCost` logged in as the seeded admin of the first tenant (Ana Ruiz, Acme AI)."""
        return self.client_for()

    def client_for(
        self, email: str = DEFAULT_EMAIL, tenant_id: str | None = None, **options: Any
    ) -> TensorCost:
        """A `TensorCost` logged in as a seeded user (any `TensorCost` options apply)."""
        from tensorcost import TensorCost

        options.setdefault("http_client", self.http_client())
        tc = TensorCost.login(
            email=email,
            password=self.password,
            tenant_id=tenant_id or self.tenant_of(email),
            base_url=self.base_url,
            **options,
        )
        self._tc_clients.append(tc)
        return tc

    @asynccontextmanager
    async def async_client(
        self, email: str = DEFAULT_EMAIL, tenant_id: str | None = None, **options: Any
    ) -> AsyncIterator[AsyncTensorCost]:
        """An `AsyncTensorCost` logged in as a seeded user, closed on leaving the block:

        async with mock.async_client() as tc:
            await tc.cost.get_summary()
        """
        from tensorcost import AsyncTensorCost

        given = options.pop("http_client", None)
        http = given if given is not None else self.async_http_client()
        try:
            tc = await AsyncTensorCost.login(
                email=email,
                password=self.password,
                tenant_id=tenant_id or self.tenant_of(email),
                base_url=self.base_url,
                http_client=http,
                **options,
            )
            async with tc:
                yield tc
        finally:
            if given is None:
                await http.aclose()

    @property
    def password(self) -> str:
        """The password of every seeded user."""
        from tensorcost_mock.fixtures import PASSWORD

        return str(PASSWORD)

    def users(self) -> list[dict[str, Any]]:
        """The seeded users: `{id, email, memberships: {tenant_id: role}}`."""
        users: list[dict[str, Any]] = self.control("GET", "/")["users"]
        return users

    def tenant_of(self, email: str) -> str:
        """The first tenant a seeded user belongs to."""
        for user in self.users():
            if user["email"].lower() == email.lower():
                return str(next(iter(user["memberships"])))
        raise MockControlError(
            f"no seeded user {email}; seeded: {', '.join(u['email'] for u in self.users())}"
        )

    def token(self, email: str = DEFAULT_EMAIL, tenant_id: str | None = None, ttl: int | None = None) -> str:
        """A ready access token for a seeded user (for code that takes a token, not a client)."""
        params: dict[str, str] = {"email": email}
        if tenant_id:
            params["tenant_id"] = tenant_id
        if ttl is not None:
            params["ttl"] = str(ttl)
        return str(self.control("GET", "/token", params=params)["access_token"])

    def service_token(
        self,
        tenant_id: str | None = None,
        *,
        name: str = "ci",
        role: str = "viewer",
        ttl: str | int = "90d",
    ) -> str:
        """A long-lived service token (no refresh token; `ttl` in seconds or like `90d`, `12h`),
        as a CI job or a partner integration gets from its issuer."""
        params = {"service": "true", "name": name, "role": role, "ttl": str(ttl)}
        if tenant_id:
            params["tenant_id"] = tenant_id
        return str(self.control("GET", "/token", params=params)["access_token"])

    # -- controls -----------------------------------------------------------------------------

    @cached_property
    def _control_http(self) -> httpx.Client:
        token = self._settings.get("control_token")  # the mock's --control-token, if it was given one
        headers = {"X-Mock-Control-Token": str(token)} if token else {}
        return self.http_client(base_url=self._origin + "/_mock", timeout=30.0, headers=headers)

    def control(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        params: Mapping[str, str] | None = None,
    ) -> Any:
        """Call the mock's control surface (`/_mock{path}`) and return its JSON."""
        self._require_started()
        response = self._control_http.request(method, path, json=body, params=params)
        data = response.json()
        if response.is_error:
            raise MockControlError(f"{method} /_mock{path}: {response.status_code} {data.get('error', data)}")
        return data

    def info(self) -> dict[str, Any]:
        """What the mock serves: operations, seed, clock, users, strict-mode violations."""
        info: dict[str, Any] = self.control("GET", "/")
        return info

    def reset(self, seed: int | None = None) -> None:
        """Back to the seeded state (data, tokens, rate limits, idempotency keys, faults)."""
        self.control("POST", "/reset", {} if seed is None else {"seed": seed})

    def seed(self, seed: int) -> None:
        """Regenerate every tenant's data from another seed (a `reset` with that seed)."""
        self.reset(seed)

    @cached_property
    def clock(self) -> MockClock:
        return MockClock(self)

    @cached_property
    def faults(self) -> MockFaults:
        return MockFaults(self)

    def __repr__(self) -> str:
        where = self._origin or "not started"
        return f"MockServer(mode={self.mode!r}, url={where!r})"
