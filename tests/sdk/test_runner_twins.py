"""The sync request loop is the async one with the I/O made blocking (tools/unasync generates it)."""

from __future__ import annotations

import ast
import importlib.util
import inspect
from pathlib import Path
from types import ModuleType

from tensorcost._runner_async import AsyncHTTPRunner
from tensorcost._runner_sync import HTTPRunner

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unasync", ROOT / "tools" / "unasync" / "unasync.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_substitutions_make_the_io_blocking_and_touch_only_whole_words() -> None:
    convert = _tool().convert
    assert convert("        return await response.aread()\n") == "        return response.read()\n"
    assert (
        convert("    async def request(self) -> AsyncPage[T]:\n") == "    def request(self) -> SyncPage[T]:\n"
    )
    assert convert("async for chunk in r.aiter_bytes(n):\n") == "for chunk in r.iter_bytes(n):\n"
    assert convert("http: httpx.AsyncClient, sleep: Callable[[float], Awaitable[None]] = async_sleep\n") == (
        "http: httpx.Client, sleep: Callable[[float], None] = sync_sleep\n"
    )
    untouched = "bread = awaited + my_aread + AsyncHTTPRunnerX + 'the asyncio loop'\n"
    assert convert(untouched) == untouched


def test_the_committed_sync_twin_has_no_async_code_and_says_it_is_generated() -> None:
    path = ROOT / "sdk" / "src" / "tensorcost" / "_runner_sync.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert "GENERATED" in (ast.get_docstring(tree) or "")
    asynchronous = (ast.AsyncFunctionDef, ast.Await, ast.AsyncFor, ast.AsyncWith)
    assert not [node for node in ast.walk(tree) if isinstance(node, asynchronous)]


def test_the_twins_offer_the_same_methods_with_the_same_parameters() -> None:
    def methods(cls: type) -> dict[str, list[str]]:
        return {
            name: list(inspect.signature(fn).parameters)
            for name, fn in vars(cls).items()
            if inspect.isfunction(fn)
            and (not name.startswith("_") or name in ("__init__", "_send", "_build"))
        }

    sync, asynchronous = methods(HTTPRunner), methods(AsyncHTTPRunner)
    assert sync == asynchronous
    assert {"request", "request_raw", "paginate", "paginate_raw", "download"} <= set(sync)
    for name in ("request", "paginate", "download", "_send"):
        assert inspect.iscoroutinefunction(getattr(AsyncHTTPRunner, name))
        assert not inspect.iscoroutinefunction(getattr(HTTPRunner, name))
