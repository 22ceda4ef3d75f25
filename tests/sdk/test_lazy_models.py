"""The generated models are imported lazily: a first call loads its own models and no others."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tensorcost._generated import models

from .helpers import operations, success_example

MODELS_DIR = Path(models.__file__).parent


def _imported_models(module: str) -> set[str]:
    """The model modules `module` imports when it runs (not those imported for type checkers)."""
    tree = ast.parse((MODELS_DIR / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:  # module level only: an `if TYPE_CHECKING:` block is an `If`
        if isinstance(node, ast.ImportFrom) and node.level and node.module in (None, "models"):
            found.update(alias.name for alias in node.names)  # `from ..models import money as _money`
        elif isinstance(node, ast.ImportFrom) and node.level and node.module:
            found.add(node.module.rsplit(".", 1)[-1])  # `from ..models.status import check_status`
    return found & {p.stem for p in MODELS_DIR.glob("*.py")}


def _closure(module: str) -> set[str]:
    """`module` and every model module it imports, directly or not."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(_imported_models(current) - seen)
    return seen


def _envelope_module(operation_id: str) -> str:
    """The module of the model that an operation's success envelope is read into."""
    _, _, op = operations()[operation_id]
    response = next(r for status, r in op["responses"].items() if str(status).startswith("2"))
    schema = next(iter(response["content"].values()))["schema"]
    name = schema["$ref"].rsplit("/", 1)[-1]
    return getattr(models, name).__module__.rsplit(".", 1)[-1]


def _loaded_models_after(code: str) -> set[str]:
    script = (
        "import sys\n"
        f"{code}\n"
        "prefix = 'tensorcost._generated.models.'\n"
        "print(sorted(m[len(prefix):] for m in sys.modules if m.startswith(prefix)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    return set(json.loads(out.stdout.replace("'", '"')))


def test_a_first_call_imports_only_the_models_it_reads() -> None:
    _, _, body = success_example("cost_get_summary")
    loaded = _loaded_models_after(
        "import respx, tensorcost\n"
        "with respx.mock(base_url='http://api.test') as router:\n"
        f"    router.get('/v1/cost/summary').respond(200, json={body!r})\n"
        "    tensorcost.TensorCost(api_token='t', base_url='http://api.test/v1').cost.get_summary()\n"
    )
    expected = _closure(_envelope_module("cost_get_summary"))
    assert loaded == expected
    every = {p.stem for p in MODELS_DIR.glob("*.py")} - {"__init__"}
    assert len(expected) * 10 < len(every), (len(expected), len(every))


def test_a_model_imports_only_the_models_it_nests() -> None:
    assert _loaded_models_after("import tensorcost; tensorcost.TensorCost(api_token='t').cost") == set()
    loaded = _loaded_models_after("from tensorcost.types import CostSummary")
    assert loaded == _closure("cost_summary")
    assert {"cost_summary", "money", "time_window"} <= loaded


def test_the_models_package_is_lazy_but_complete() -> None:
    assert "CostSummary" in dir(models)
    assert "CostSummary" in models.__all__
    for name in models.__all__:
        value = getattr(models, name)
        assert vars(models)[name] is value  # imported once, then an ordinary attribute
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018
