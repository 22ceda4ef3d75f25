"""An independent generator consumes the spec: datamodel-code-generator's pydantic v2 models.

The SDK's own models come from openapi-python-client; a second, unrelated generator proves the
spec is usable as written by other toolchains (its patterns compile in pydantic-core's Rust
regex engine, its `$ref`s and unions resolve) and that the mock's answers fit the models it
builds. Every GET of the mock that needs no path parameter is called and its JSON answer, the
whole envelope, validated in pydantic's strict mode.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import pytest_asyncio
from _spec import SPEC_PATH, load_spec, resolve
from conftest import import_module
from pydantic_core import SchemaError
from tensorcost_mock import create_app

MOCK_ORIGIN = "http://127.0.0.1:4010"
SEEDED_ADMIN = "ana.ruiz@acme-ai.com"
# Before the pre-/v1 paths' sunset (2026-09-30), so the deprecated GETs answer too.
BEFORE_SUNSET = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


def generate_models(spec_path: Path, out_dir: Path) -> Path:
    """Run datamodel-code-generator (pinned in noxfile.py) on a spec; return the module's path."""
    out = out_dir / "independent_models.py"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(spec_path),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--disable-timestamp",
            "--formatters",
            "builtin",
            "--output",
            str(out),
        ],
        check=True,
    )
    return out


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    path = generate_models(SPEC_PATH, tmp_path_factory.mktemp("datamodel"))
    yield import_module(path)
    sys.modules.pop(path.stem, None)


def _query_value(spec: dict[str, Any], param: dict[str, Any]) -> Any:
    """A value for a required query parameter, taken from the spec (example, default or enum)."""
    schema = resolve(spec, param.get("schema", {}))
    for candidate in (param.get("example"), schema.get("example"), schema.get("default")):
        if candidate is not None:
            return candidate
    if schema.get("enum"):
        return schema["enum"][0]
    raise AssertionError(f"required query parameter {param['name']} has no example, default or enum")


def id_free_gets() -> list[tuple[str, str, dict[str, Any], str]]:
    """(path, operationId, required query, envelope schema name) of every GET without path params."""
    spec = load_spec()
    found = []
    for path, item in spec["paths"].items():
        op = item.get("get")
        if op is None:
            continue
        params = [resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
        if any(p["in"] == "path" for p in params):
            continue
        ok = next(r for code, r in op["responses"].items() if code.startswith("2"))
        ref = ok["content"]["application/json"]["schema"]["$ref"]
        query = {p["name"]: _query_value(spec, p) for p in params if p["in"] == "query" and p.get("required")}
        found.append((path, op["operationId"], query, ref.rsplit("/", 1)[1]))
    return found


GETS = id_free_gets()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def mock_client() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(seed=42, now=BEFORE_SUNSET, freeze_clock=True, strict=True)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=MOCK_ORIGIN) as client:
        token = (await client.get("/_mock/token", params={"email": SEEDED_ADMIN})).json()
        client.headers["Authorization"] = f"Bearer {token['access_token']}"
        yield client


def test_released_1_0_0_models_did_not_import(tmp_path: Path) -> None:
    """Spec 1.0.0's role_arn pattern outgrew Rust regex's compiled-size limit (issue 9)."""
    path = generate_models(SPEC_PATH.parent / "released" / "1.0.0.yaml", tmp_path)
    with pytest.raises(SchemaError, match=r"(?s)role_arn.*exceeds size limit"):
        import_module(path)
    sys.modules.pop(path.stem, None)


def test_there_are_id_free_gets_to_check() -> None:
    assert len(GETS) >= 30
    assert "cost_get_summary" in {op_id for _, op_id, _, _ in GETS}


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(("path", "op_id", "query", "envelope"), GETS, ids=[g[1] for g in GETS])
async def test_mock_answer_validates_against_independent_models(
    models: ModuleType,
    mock_client: httpx.AsyncClient,
    path: str,
    op_id: str,
    query: dict[str, Any],
    envelope: str,
) -> None:
    response = await mock_client.get(path, params=query)
    assert response.status_code == 200, f"{op_id}: {response.status_code} {response.text[:300]}"
    model = getattr(models, envelope)
    parsed = model.model_validate_json(response.content, strict=True)
    assert parsed.success is True
    # Nothing the mock sent was dropped or reshaped on the way into the models.
    assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == response.json()
