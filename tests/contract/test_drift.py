"""Every GET operation is its own test case: called at the target, its answer read for drift.

One verdict per operation (in the terminal and the JUnit file), so one drifting operation never
hides another. Breaking drift (an undocumented status, a broken envelope, a wrong type, a missing
required field, a value outside a closed enum) fails the case; additive drift (a value outside an
``x-extensible-enum``, a field the spec does not list) is attached to the case as
``additive_drift`` properties and to the run's summary, and fails only with ``--strict``.

Against the local mock the same cases run and must find no drift at all. Ids for path parameters
come from the target's own lists (``ID_SOURCES``); nothing here knows an id by heart.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from . import drift
from .conftest import ContractOptions, Target
from .support import DRIFTS, SpecOperation, operations, refuse_writes, resolve, spec

#: Path parameter -> (operation listing them, field of a listed item): where an id is found.
ID_SOURCES: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("gpu_get_instance", "id"): ("gpu_list_instances", ("id",)),
    ("gpu_get_instance_metrics", "id"): ("gpu_list_instances", ("id",)),
    ("ai_get_agent_cost", "id"): ("ai_list_spend", ("attribution", "agent_id")),
    ("ai_get_workflow_cost", "id"): ("ai_list_spend", ("attribution", "workflow_id")),
    ("integration_list_sync_history", "id"): ("integration_list_connections", ("id",)),
}
RATE_LIMIT_RETRIES = 3


def _reads() -> list[str]:
    return [op_id for op_id, op in operations().items() if op.is_read]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "operation_id" in metafunc.fixturenames:
        only = set(metafunc.config.getoption("--operation"))
        selected = [op_id for op_id in _reads() if not only or op_id in only]
        metafunc.parametrize("operation_id", selected)


class Probe:
    """One GET per operation at the target, with the ids its lists give."""

    def __init__(self, target: Target):
        headers = {"Authorization": f"Bearer {target.token}"}
        if target.tenant_id:
            headers["X-Active-Tenant-Id"] = target.tenant_id
        self.http = httpx.Client(
            base_url=target.base_url,
            headers=headers,
            timeout=httpx.Timeout(30.0, connect=5.0),
            event_hooks={"request": [refuse_writes]},  # this module only reads, in any mode
        )
        self._lists: dict[str, httpx.Response] = {}

    def get(self, op: SpecOperation, path_values: dict[str, str]) -> httpx.Response:
        path = op.path
        for name, value in path_values.items():
            path = path.replace("{" + name + "}", value)
        for _ in range(RATE_LIMIT_RETRIES):
            response = self.http.get(path, params=_required_query(op))
            if response.status_code != 429:
                break
            time.sleep(min(float(response.headers.get("Retry-After", "1") or 1), 10.0))
        return response

    def listed(self, operation_id: str) -> httpx.Response:
        if operation_id not in self._lists:
            self._lists[operation_id] = self.get(operations()[operation_id], {})
        return self._lists[operation_id]

    def close(self) -> None:
        self.http.close()


def _required_query(op: SpecOperation) -> dict[str, Any]:
    """Required query parameters from the spec's examples (optional ones keep their defaults)."""
    query = {}
    for param in op.parameters:
        if param["in"] != "query" or not param.get("required"):
            continue
        schema = resolve(param.get("schema") or {})
        for source in (param, schema):
            if "example" in source:
                query[param["name"]] = source["example"]
                break
        else:
            query[param["name"]] = schema["default"]
    return query


@pytest.fixture(scope="module")
def probe(target: Target) -> Iterator[Probe]:
    client = Probe(target)
    yield client
    client.close()


@pytest.fixture(scope="module")
def classifier() -> drift.Classifier:
    return drift.Classifier(spec())


def _path_values(probe: Probe, op: SpecOperation) -> dict[str, str]:
    values = {}
    for param in op.parameters:
        if param["in"] != "path":
            continue
        name = param["name"]
        schema = resolve(param.get("schema") or {})
        if (op.operation_id, name) not in ID_SOURCES:
            hint = (
                f"{op.operation_id}: say in ID_SOURCES which list gives its {name!r} "
                "(only enumerated path parameters are taken from the spec's example)"
            )
            assert "enum" in schema, hint
            assert "example" in (param | schema), hint
            values[name] = str(param.get("example", schema.get("example")))
            continue
        source, field = ID_SOURCES[(op.operation_id, name)]
        listed = probe.listed(source)
        items = listed.json().get("data") if listed.status_code == 200 else None
        found = [_dig(item, field) for item in items or [] if isinstance(item, dict)]
        found = [value for value in found if isinstance(value, str) and value]
        if not found:
            pytest.fail(
                f"{op.operation_id}: no {name} to test with: {source} answered {listed.status_code} "
                f"with no item carrying {'.'.join(field)}",
                pytrace=False,
            )
        values[name] = found[0]
    return values


def _dig(item: Any, field: tuple[str, ...]) -> Any:
    for part in field:
        item = item.get(part) if isinstance(item, dict) else None
    return item


def test_every_read_has_its_id_source() -> None:
    """A GET with a free-form path parameter needs an entry in ID_SOURCES, naming a real list."""
    for (operation_id, name), (source, _) in ID_SOURCES.items():
        assert operations()[operation_id].is_read
        assert name in {p["name"] for p in operations()[operation_id].parameters if p["in"] == "path"}
        assert operations()[source].is_read
        assert not [p for p in operations()[source].parameters if p["in"] == "path"]


def test_operation_keeps_the_contract(
    operation_id: str,
    probe: Probe,
    classifier: drift.Classifier,
    options: ContractOptions,
    target: Target,
    request: pytest.FixtureRequest,
) -> None:
    op = operations()[operation_id]
    response = probe.get(op, _path_values(probe, op))
    found = drift.unique(
        classifier.classify(
            operation_id, response.status_code, response.headers.get("content-type", ""), response.content
        )
    )
    DRIFTS.extend(found)
    # <property> elements of this test case in the JUnit file (what record_property writes, without
    # its warning about the xunit2 schema, which CI readers do not enforce)
    for item in found:
        request.node.user_properties.append((f"{item.kind}_drift", item.line()))
    request.node.user_properties.append(("status", response.status_code))
    breaking = [d.line() for d in found if d.kind == "breaking"]
    additive = [d.line() for d in found if d.kind == "additive"]
    problems = breaking + (additive if options.strict or not target.staging else [])
    # A deprecated path past its documented sunset answers its documented 410; anything else must
    # be a success, or the success shape was never seen.
    gone = op.deprecated and response.status_code == 410
    if not breaking and not (200 <= response.status_code < 300 or gone):
        problems.append(
            f"{operation_id} answered {response.status_code} (documented, but no success to check): "
            f"{response.text[:300]}"
        )
    assert not problems, "\n".join(problems)
