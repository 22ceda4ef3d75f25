"""Every store key has one owning service, and only that service's modules name it.

The ownership table is ``registry.py``'s ``STORE_KEYS``. The test parses every module of
the mock's ``api/``, ``domain/`` and ``seed/`` packages with ``ast`` and finds each place a store key
is named: ``store.collection("k")``, ``store.collections.get("k")``, ``store.collections["k"]``,
``store.singletons["k"]``, ``store.singletons.get("k")``, ``store.singletons.setdefault("k", ...)``,
``"k" in store.singletons``. A module of service X (its file name: ``domain/cost.py`` is cost's) may
name only keys X owns; the shared modules (``common.py``, ``context.py``, ``refs.py``, ...) none.
A key computed at run time cannot be checked, so it fails too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
import tensorcost_mock
from tensorcost_mock import registry

PACKAGE = Path(tensorcost_mock.__file__).parent
LAYERS = ("api", "domain", "seed")

_MAPS = {"collections", "singletons"}
_MAP_METHODS = {"get", "setdefault", "pop"}


def _is_map(node: ast.expr) -> bool:
    """``<anything>.collections`` or ``<anything>.singletons``."""
    return isinstance(node, ast.Attribute) and node.attr in _MAPS


def store_keys(tree: ast.AST) -> Iterator[tuple[int, str | None]]:
    """(line, key) of every store key named in ``tree``; the key is None when it is not a literal."""
    for node in ast.walk(tree):
        key: ast.expr | None = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            named = node.func.attr == "collection" or (
                node.func.attr in _MAP_METHODS and _is_map(node.func.value)
            )
            if named:
                key = node.args[0] if node.args else next((k.value for k in node.keywords), None)
        elif isinstance(node, ast.Subscript) and _is_map(node.value):
            key = node.slice
        elif isinstance(node, ast.Compare) and any(_is_map(c) for c in node.comparators):
            key = node.left
        if key is None:
            continue
        literal = key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None
        yield node.lineno, literal


def modules() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (PACKAGE / layer).glob("*.py") if p.name != "__init__.py")


def service_of(path: Path) -> str | None:
    """The service a module belongs to (its file name), or None for a shared module."""
    services = set(registry.STORE_KEYS.values()) | {m.__name__.rsplit(".", 1)[1] for m in registry.SERVICES}
    return path.stem if path.stem in services else None


def test_the_checker_sees_every_way_of_naming_a_key() -> None:
    source = """
store.collection("a", kind="x")
ctx.store.collections.get("b")
store.collections["c"]
store.singletons["d"] = 1
store.singletons.get("e")
store.singletons.setdefault("f", {})
"g" in event.store.singletons
store.collection(name)
other.get("not a key")
"""
    assert [k for _, k in store_keys(ast.parse(source))] == ["a", "b", "c", "d", "e", "f", "g", None]


def test_every_store_key_is_named_only_by_its_owner() -> None:
    wrong: list[str] = []
    for path in modules():
        rel = path.relative_to(PACKAGE).as_posix()
        service = service_of(path)
        for line, key in store_keys(ast.parse(path.read_text(), rel)):
            where = f"{rel}:{line}"
            if key is None:
                wrong.append(f"{where}: a store key computed at run time (name it literally)")
            elif key not in registry.STORE_KEYS:
                wrong.append(f"{where}: {key!r} is not in registry.py's STORE_KEYS")
            elif registry.STORE_KEYS[key] != service:
                owner = registry.STORE_KEYS[key]
                wrong.append(
                    f"{where}: {key!r} belongs to {owner}; read it through a function {owner} owns, "
                    "handed in by registry.py (or publish an event for a write)"
                )
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize("service", sorted(set(registry.STORE_KEYS.values())))
def test_every_owner_is_a_service_of_the_registry(service: str) -> None:
    assert service in {m.__name__.rsplit(".", 1)[1] for m in registry.SERVICES}


def test_every_owned_key_is_used_by_its_owner() -> None:
    """The table lists no key nobody uses (a renamed key would leave a stale entry)."""
    named: set[tuple[str, str | None]] = set()
    for path in modules():
        for _, key in store_keys(ast.parse(path.read_text())):
            if key is not None:
                named.add((key, service_of(path)))
    stale = sorted(k for k, owner in registry.STORE_KEYS.items() if (k, owner) not in named)
    assert stale == []
