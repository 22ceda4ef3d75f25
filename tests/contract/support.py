"""What the contract tests share: the spec's operations, server processes, a request recorder.

Nothing here knows a credential, an id or a response shape by heart: all of it is read from
``openapi/tensorcost.yaml``, so the suite follows the spec when it changes.
"""

from __future__ import annotations

import functools
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from _net import free_port
from _spec import load_spec

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "tensorcost.yaml"
_spec_path = SPEC_PATH
HTTP_METHODS = ("get", "put", "post", "patch", "delete")


# -- the spec ---------------------------------------------------------------------------------------


def use_spec(path: Path) -> None:
    """Read another copy of the spec (``--spec``): set before collection, as everything reads it."""
    global _spec_path
    _spec_path = path.resolve()
    for cached in (operations, _by_method):
        cached.cache_clear()


def spec_path() -> Path:
    return _spec_path


def spec() -> dict[str, Any]:
    """The spec under test, parsed once (shared and read-only)."""
    return load_spec(_spec_path)


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str  # upper case
    path: str
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def tag(self) -> str:
        return str(self.raw.get("tags", [self.operation_id.split("_", 1)[0]])[0])

    @property
    def deprecated(self) -> bool:
        return bool(self.raw.get("deprecated"))

    @property
    def is_read(self) -> bool:
        return self.method == "GET"

    @property
    def parameters(self) -> list[dict[str, Any]]:
        item = spec()["paths"][self.path]
        params = [resolve(p) for p in item.get("parameters", [])]
        params += [resolve(p) for p in self.raw.get("parameters", [])]
        return params

    @property
    def statuses(self) -> list[str]:
        return [str(s) for s in self.raw["responses"]]

    @property
    def success_status(self) -> int:
        return min(int(s) for s in self.statuses if s.isdigit() and s.startswith("2"))

    @property
    def paginated(self) -> bool:
        return self.raw.get("x-pagination") == "cursor"

    def request_example(self) -> Any:
        """The example of the request body (``example``, else the first of ``examples``)."""
        body = resolve(self.raw.get("requestBody") or {})
        for media in (body.get("content") or {}).values():
            if "example" in media:
                return media["example"]
            for example in (media.get("examples") or {}).values():
                return resolve(example).get("value")
        raise LookupError(f"{self.operation_id} documents no request body example")

    def response_examples(self, status: int | str) -> dict[str, Any]:
        """``{name: value}`` of every example of a response (the single ``example`` is named ``default``)."""
        response = resolve(self.raw["responses"].get(str(status)) or {})
        found: dict[str, Any] = {}
        for media in (response.get("content") or {}).values():
            if "example" in media:
                found.setdefault("default", media["example"])
            for name, example in (media.get("examples") or {}).items():
                found.setdefault(name, resolve(example).get("value"))
        return found

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(self.path))
        return re.compile(f"^{pattern}$")

    @property
    def specificity(self) -> tuple[int, ...]:
        """Literal segments sort before templated ones (``/instances/idle`` before ``/instances/{id}``)."""
        return tuple(1 if seg.startswith("{") else 0 for seg in self.path.strip("/").split("/"))


@functools.cache
def operations() -> dict[str, SpecOperation]:
    """Every operation of the spec by operationId, in the spec's order."""
    ops: dict[str, SpecOperation] = {}
    for path, item in spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                ops[op["operationId"]] = SpecOperation(op["operationId"], method.upper(), path, op)
    return ops


@functools.cache
def _by_method() -> dict[str, list[SpecOperation]]:
    table: dict[str, list[SpecOperation]] = {}
    for op in operations().values():
        table.setdefault(op.method, []).append(op)
    for ops in table.values():
        ops.sort(key=lambda o: o.specificity)
    return table


def match(method: str, path: str) -> SpecOperation | None:
    """The spec operation a request goes to (as the mock routes it), or None."""
    for op in _by_method().get(method.upper(), []):
        if op.regex.match(path):
            return op
    return None


def login_example() -> dict[str, Any]:
    """The spec's own ``auth_login`` request example: the contract suite's only credentials."""
    example = operations()["auth_login"].request_example()
    assert isinstance(example, dict), example
    return example


def login(base_url: str) -> str:
    """Log in with the spec's own ``auth_login`` request example; the access token."""
    response = httpx.post(f"{base_url}/v1/auth/login", json=login_example(), timeout=30)
    assert response.status_code == 200, (
        f"login with the spec's example failed: {response.status_code} {response.text}"
    )
    return str(response.json()["data"]["accessToken"])


# -- server processes -------------------------------------------------------------------------------


class ServerProcess:
    """A server started as a subprocess on 127.0.0.1, stopped by its PID (``stop()`` is idempotent)."""

    def __init__(
        self, name: str, argv: list[str], port: int, log_path: Path, env: dict[str, str] | None = None
    ):
        self.name = name
        self.argv = argv
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = log_path
        self.env = env
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, ready: Callable[[], bool], timeout: float = 60.0) -> ServerProcess:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            self.argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=ROOT, env=self.env
        )
        log.close()
        deadline = time.monotonic() + timeout
        try:
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError(
                        f"{self.name} exited with {self.proc.returncode} on start:\n{self.log_tail()}"
                    )
                try:
                    if ready():
                        return self
                except (httpx.HTTPError, OSError):
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"{self.name} did not answer within {timeout:.0f} s:\n{self.log_tail()}"
                    )
                time.sleep(0.2)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


class MockServer(ServerProcess):
    """``python -m tensorcost_mock serve`` with its ``/_mock`` control surface."""

    def __init__(
        self, log_dir: Path, *, seed: int = 42, rate_limit: int = 1_000_000, extra: list[str] | None = None
    ):
        port = free_port()
        argv = [
            sys.executable, "-m", "tensorcost_mock", "serve",
            "--host", "127.0.0.1", "--port", str(port), "--seed", str(seed),
            "--strict", "--rate-limit", str(rate_limit), *(extra or []),
        ]  # fmt: skip
        super().__init__("tensorcost-mock", argv, port, log_dir / f"mock-{port}.log")
        self._http = httpx.Client(base_url=self.url, timeout=10)

    def launch(self) -> MockServer:
        self.start(lambda: self._http.get("/_mock/").status_code == 200)
        return self

    def stop(self) -> None:
        super().stop()
        self._http.close()

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self._http.request(method, f"/_mock/{path.lstrip('/')}", json=body)
        assert response.status_code < 300, f"{method} /_mock/{path}: {response.status_code} {response.text}"
        return response.json()

    def info(self) -> dict[str, Any]:
        return dict(self.control("GET", "/"))

    def reset(self) -> None:
        """Back to the seeded state at the real time (fixtures are seeded relative to the clock)."""
        self.control("POST", "clock", {"now": _utc_now(), "frozen": False})
        self.control("POST", "reset")

    def fault(self, fault: str, operation_id: str, **options: Any) -> dict[str, Any]:
        return dict(self.control("POST", "faults", {"fault": fault, "operation_id": operation_id, **options}))

    def faults(self) -> list[dict[str, Any]]:
        return list(self.control("GET", "faults")["faults"])

    def clear_faults(self) -> None:
        self.control("DELETE", "faults")

    def clock(self, **change: Any) -> dict[str, Any]:
        return dict(self.control("POST", "clock", change))

    def violations(self) -> list[dict[str, Any]]:
        return list(self.info().get("violations", []))


def _utc_now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def prism_bin() -> Path:
    return Path(os.environ.get("PRISM_BIN") or ROOT / "node_modules" / ".bin" / "prism")


class PrismServer(ServerProcess):
    """``prism mock`` (static examples) or ``prism proxy ... --errors`` of the spec."""

    def __init__(self, log_dir: Path, mode: str, upstream: str | None = None, spec_file: Path | None = None):
        port = free_port()
        argv = [str(prism_bin()), mode, str(spec_file or spec_path())]
        if mode == "proxy":
            assert upstream
            argv += [upstream, "--errors"]
        argv += ["--host", "127.0.0.1", "--port", str(port)]
        env = {**os.environ, "NODE_NO_WARNINGS": "1"}
        super().__init__(f"prism {mode}", argv, port, log_dir / f"prism-{mode}-{port}.log", env=env)

    def launch(self) -> PrismServer:
        # Prism answers 404 NO_PATH_MATCHED on / once it listens.
        self.start(lambda: httpx.get(self.url + "/", timeout=2).status_code > 0, timeout=90)
        return self


# -- read-only means read-only ---------------------------------------------------------------------

#: What a read-only staging run (no --allow-writes) lets leave the machine.
READ_ONLY_METHODS = frozenset({"GET", "HEAD"})


class WriteRefused(RuntimeError):
    """A read-only run was about to send something other than GET or HEAD."""


def refuse_writes(request: httpx.Request) -> None:
    """An httpx request hook: a read-only run never sends anything but GET and HEAD."""
    if request.method.upper() not in READ_ONLY_METHODS:
        raise WriteRefused(
            f"read-only run: {request.method} {request.url.path} was not sent (--allow-writes sends it)"
        )


async def arefuse_writes(request: httpx.Request) -> None:
    refuse_writes(request)


#: Drift found by this run (the per-operation checks and Schemathesis'); conftest prints it.
DRIFTS: list[Any] = []


# -- recording what the SDK sends -------------------------------------------------------------------


@dataclass
class Exchange:
    route: str  # "direct" or "prism"
    flavour: str  # "sync" or "async"
    test: str
    operation_id: str | None
    method: str
    path: str
    status: int
    violations: list[str]


class Recorder:
    """Every request the SDK sent in the end-to-end tests, with Prism's verdict on it."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []
        self.current_test = ""
        self.e2e_deselected = 0  # end-to-end tests left out of this run (-k, --deselect)
        self.e2e_failed = 0
        self._lock = threading.Lock()

    def record(self, route: str, flavour: str, response: httpx.Response) -> None:
        request = response.request
        op = match(request.method, request.url.path)
        violations: list[str] = []
        header = response.headers.get("sl-violations")
        if header:
            try:
                violations += [f"{v.get('location')}: {v.get('message')}" for v in json.loads(header)]
            except ValueError:
                violations.append(header)
        if response.headers.get("content-type", "").startswith("application/problem+json"):
            # Prism's own answer (the request broke the spec, or --errors turned a response violation
            # into an error): the mock never answers problem+json.
            response.read()
            violations.append(f"prism answered {response.status_code}: {response.text[:600]}")
        with self._lock:
            self.exchanges.append(
                Exchange(
                    route, flavour, self.current_test, op.operation_id if op else None,
                    request.method, request.url.path, response.status_code, violations,
                )
            )  # fmt: skip

    def sync_hook(self, route: str, flavour: str) -> Callable[[httpx.Response], None]:
        return lambda response: self.record(route, flavour, response)

    def async_hook(self, route: str, flavour: str) -> Callable[[httpx.Response], Any]:
        async def hook(response: httpx.Response) -> None:
            if response.headers.get("content-type", "").startswith("application/problem+json"):
                await response.aread()
            self.record(route, flavour, response)

        return hook

    def for_test(self, test: str) -> list[Exchange]:
        with self._lock:
            return [e for e in self.exchanges if e.test == test]

    def succeeded(self, route: str | None = None) -> set[str]:
        """operationIds that answered 2xx at least once (through ``route`` when given)."""
        with self._lock:
            return {
                e.operation_id
                for e in self.exchanges
                if e.operation_id and 200 <= e.status < 300 and (route is None or e.route == route)
            }


RECORDER = Recorder()


# -- the async client behind a synchronous face -----------------------------------------------------


class LoopThread:
    """An event loop in a daemon thread; ``run(coro)`` waits for the coroutine's result."""

    def __init__(self) -> None:
        import asyncio

        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="contract-async-loop", daemon=True)
        self.thread.start()

    def run(self, awaitable: Any) -> Any:
        import asyncio

        return asyncio.run_coroutine_threadsafe(_awaited(awaitable), self.loop).result()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


class AsyncFacade:
    """Drives an ``AsyncTensorCost`` (and its services, pages, raw responses) from synchronous test code.

    Each method call is awaited on the loop thread, ``AsyncPage``s iterate with ``async for``
    underneath: the same test body exercises the async client end to end.
    """

    def __init__(self, target: Any, loop: LoopThread):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_loop", loop)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value) and not isinstance(value, type):
            return functools.wraps(value)(lambda *a, **kw: self._wrap(value(*a, **kw)))
        return self._wrap(value)

    def _wrap(self, value: Any) -> Any:
        import inspect

        from tensorcost import AsyncPage, AsyncTensorCost
        from tensorcost._response import APIResponse

        loop: LoopThread = self._loop
        if inspect.isawaitable(value):
            value = loop.run(value)
        if isinstance(value, AsyncPage):
            return PageFacade(value, loop)
        if isinstance(value, APIResponse):
            return RawFacade(value, loop)
        if isinstance(value, AsyncTensorCost) or type(value).__name__.startswith("Async"):
            return AsyncFacade(value, loop)
        return value

    def __repr__(self) -> str:
        return f"AsyncFacade({self._target!r})"


class RawFacade:
    def __init__(self, raw: Any, loop: LoopThread):
        self._raw = raw
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def parse(self) -> Any:
        from tensorcost import AsyncPage

        value = self._raw.parse()
        return PageFacade(value, self._loop) if isinstance(value, AsyncPage) else value


class PageFacade:
    def __init__(self, page: Any, loop: LoopThread):
        self._page = page
        self._loop = loop

    @property
    def data(self) -> list[Any]:
        return list(self._page.data)

    @property
    def next_cursor(self) -> str | None:
        return self._page.next_cursor  # type: ignore[no-any-return]

    def has_next_page(self) -> bool:
        return bool(self._page.has_next_page())

    def next_page(self) -> PageFacade | None:
        page = self._loop.run(self._page.next_page())
        return None if page is None else PageFacade(page, self._loop)

    def _drain(self, agen: Any) -> Iterator[Any]:
        while True:
            try:
                yield self._loop.run(agen.__anext__())
            except StopAsyncIteration:
                return

    def __iter__(self) -> Iterator[Any]:
        return self._drain(self._page.__aiter__())

    def iter_pages(self) -> Iterator[PageFacade]:
        for page in self._drain(self._page.iter_pages()):
            yield PageFacade(page, self._loop)


# -- calling an SDK method with the spec's examples -------------------------------------------------


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).replace("-", "_").lower()


def example_arguments(
    op: SpecOperation, method: Callable[..., Any], *, optional: bool = True
) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments of an SDK method from the spec's parameter examples."""
    import datetime
    import inspect
    from uuid import UUID

    signature = inspect.signature(method)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in op.parameters:
        if param["in"] == "header":
            continue
        schema = resolve(param.get("schema") or {})
        if "example" in param:
            value = param["example"]
        elif "example" in schema:
            value = schema["example"]
        elif "default" in schema:
            value = schema["default"]
        else:
            assert not param.get("required"), (
                f"{op.operation_id}: required parameter {param['name']} has no example"
            )
            continue
        if not param.get("required") and not optional:
            continue
        name = snake(param["name"])
        if name not in signature.parameters:
            name = name + "_"
        assert name in signature.parameters, (
            f"{op.operation_id}: the SDK method has no argument for {param['name']}"
        )
        annotation = str(signature.parameters[name].annotation)
        if schema.get("format") == "date-time" or "datetime.datetime" in annotation:
            value = datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        elif schema.get("format") == "date" or "datetime.date" in annotation:
            value = datetime.date.fromisoformat(str(value))
        elif "UUID" in annotation and isinstance(value, str):
            value = UUID(value)
        if param["in"] == "path":
            args.append(value)
        else:
            kwargs[name] = value
    return args, kwargs


def sdk_method(client: Any, operation_id: str) -> Callable[..., Any]:
    """``client.<tag>.<method>`` of an operation, named as the SDK names it (operationId minus the tag)."""
    from tensorcost._generated.api import OPERATIONS

    tag, name = OPERATIONS[operation_id]
    return getattr(getattr(client, tag), name)  # type: ignore[no-any-return]


def raw_method(client: Any, operation_id: str) -> Callable[..., Any]:
    """``client.<tag>.with_raw_response.<method>``: the same call, returning the raw response."""
    from tensorcost._generated.api import OPERATIONS

    tag, name = OPERATIONS[operation_id]
    return getattr(getattr(client, tag).with_raw_response, name)  # type: ignore[no-any-return]


# -- typed results ---------------------------------------------------------------------------------


@functools.cache
def _public_types() -> dict[str, Any]:
    """Every name of `tensorcost.types`: the service modules import their models for type
    checkers only (they load lazily), so their annotations resolve against this namespace."""
    import tensorcost.types

    return {name: getattr(tensorcost.types, name) for name in tensorcost.types.__all__}


def assert_typed(method: Callable[..., Any], value: Any, where: str) -> None:
    hints = typing.get_type_hints(method, localns=_public_types())
    _check(value, hints["return"], where)


def _check(value: Any, expected: Any, where: str) -> None:
    origin = typing.get_origin(expected)
    args = typing.get_args(expected)
    if expected is Any:
        return
    if expected is type(None):
        assert value is None, f"{where}: expected None, got {type(value).__name__}"
        return
    if origin in (typing.Union, types.UnionType):
        errors = []
        for option in args:
            try:
                _check(value, option, where)
                return
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{where}: {value!r:.200} matches none of {expected}: {errors}")
    if origin is typing.Literal:
        assert value in args, f"{where}: {value!r} not in {args}"
        return
    if origin is list:
        assert isinstance(value, list), f"{where}: expected a list, got {type(value).__name__}"
        for item in value:
            _check(item, args[0], where + "[]")
        return
    if getattr(origin or expected, "__name__", "") in ("SyncPage", "AsyncPage"):
        from tensorcost import SyncPage

        assert isinstance(value, SyncPage | PageFacade), (
            f"{where}: expected a page, got {type(value).__name__}"
        )
        for item in value.data:
            _check(item, args[0], where + ".data[]")
        return
    if origin is not None:
        assert isinstance(value, origin), f"{where}: expected {expected}, got {type(value).__name__}"
        return
    assert isinstance(value, expected), f"{where}: expected {expected.__name__}, got {type(value).__name__}"
