"""The spec's evolution markers (issue 9): extensible enums and marked assumptions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from _spec import iter_operations

SCHEMA_REF = "#/components/schemas/"


def _walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping under `node`, with a JSON-pointer-like location."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def _reachable(spec: dict[str, Any], roots: list[tuple[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Every mapping reachable from `roots`, following `$ref`s to component schemas once each."""
    schemas = spec["components"]["schemas"]
    found: list[tuple[str, dict[str, Any]]] = []
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        where, root = todo.pop()
        for at, node in _walk(root, where):
            found.append((at, node))
            ref = node.get("$ref", "")
            if ref.startswith(SCHEMA_REF) and ref not in seen:
                seen.add(ref)
                name = ref.removeprefix(SCHEMA_REF)
                todo.append((f"{SCHEMA_REF}{name}", schemas[name]))
    return found


def _response_roots(spec: dict[str, Any]) -> list[tuple[str, Any]]:
    roots: list[tuple[str, Any]] = []
    for path, method, op in iter_operations(spec):
        for code, response in op["responses"].items():
            roots.append((f"{method.upper()} {path} {code}", response))
    roots.extend((f"#/components/responses/{n}", r) for n, r in spec["components"]["responses"].items())
    roots.extend((f"webhook {n}", item) for n, item in spec.get("webhooks", {}).items())
    return roots


def _request_roots(spec: dict[str, Any]) -> list[tuple[str, Any]]:
    roots: list[tuple[str, Any]] = []
    for path, method, op in iter_operations(spec):
        roots.append((f"{method.upper()} {path} parameters", op.get("parameters", [])))
        roots.append((f"{method.upper()} {path} requestBody", op.get("requestBody", {})))
    roots.extend((f"#/components/parameters/{n}", p) for n, p in spec["components"]["parameters"].items())
    return roots


def _enums(nodes: list[tuple[str, dict[str, Any]]]) -> dict[int, tuple[str, dict[str, Any]]]:
    return {id(node): (where, node) for where, node in nodes if "enum" in node}


def test_every_response_enum_is_marked_extensible_or_explicitly_closed(spec: dict[str, Any]) -> None:
    unmarked = [
        where
        for where, node in _enums(_reachable(spec, _response_roots(spec))).values()
        if not isinstance(node.get("x-extensible-enum"), bool)
    ]
    assert unmarked == []


def test_request_only_enums_stay_closed_and_unmarked(spec: dict[str, Any]) -> None:
    responses = _enums(_reachable(spec, _response_roots(spec)))
    requests = _enums(_reachable(spec, _request_roots(spec)))
    request_only = [requests[key] for key in requests.keys() - responses.keys()]
    assert request_only, "the spec has request-only enums (e.g. a policy's condition_logic)"
    marked = [where for where, node in request_only if "x-extensible-enum" in node]
    assert marked == []


def test_most_response_enums_are_extensible(spec: dict[str, Any]) -> None:
    """Closing an enum is the exception: only where the API reference itself lists every value."""
    enums = _enums(_reachable(spec, _response_roots(spec))).values()
    closed = {where for where, node in enums if node.get("x-extensible-enum") is False}
    assert closed == {
        "#/components/schemas/ExportFormat",
        "#/components/schemas/ForecastHorizonDays",
    }
    for where, node in enums:
        if node.get("x-extensible-enum") is False:
            assert "Closed" in node["description"], f"{where} says why it is closed"


def test_extension_marker_sits_only_beside_an_enum(spec: dict[str, Any]) -> None:
    stray = [where for where, node in _walk(spec, "#") if "x-extensible-enum" in node and "enum" not in node]
    assert stray == []


def test_markers_are_documented_in_the_info_description(spec: dict[str, Any]) -> None:
    description = spec["info"]["description"]
    assert "`x-extensible-enum: true`" in description
    assert "must accept an unknown value" in description
    assert "`x-assumption" in description


def test_assumption_markers_are_one_line_reasons(spec: dict[str, Any]) -> None:
    markers = [(where, node["x-assumption"]) for where, node in _walk(spec, "#") if "x-assumption" in node]
    for where, reason in markers:
        assert isinstance(reason, str), where
        assert reason.strip(), f"{where}: say why"
        assert "\n" not in reason.strip(), f"{where}: one line"


def _is_id_name(name: str) -> bool:
    """A TensorCost id (AWS's `external_id` is the customer's secret phrase, checked by AWS's rules)."""
    if name == "external_id":
        return False
    return name in {"id", "keyId", "templateId"} or name.endswith(("_id", "_ids", "_uuid"))


def test_ids_have_no_format_regex(spec: dict[str, Any]) -> None:
    """The reference gives ids no format: an id of another shape must reach the server (and 404)."""
    patterned: list[str] = []
    for where, node in _walk(spec, "#"):
        if node.get("in") == "path" and "pattern" in node.get("schema", {}):
            patterned.append(f"{where} ({node['name']})")
        for name, sub in (
            node.get("properties", {}).items() if isinstance(node.get("properties"), dict) else ()
        ):
            if _is_id_name(name) and "pattern" in (sub.get("items") or sub):
                patterned.append(f"{where}/properties/{name}")
    assert patterned == []


def test_id_path_parameters_mark_the_opaque_id_assumption(spec: dict[str, Any]) -> None:
    for path, method, op in iter_operations(spec):
        for param in op.get("parameters", []):
            if "$ref" in param:
                param = spec["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
            if param["in"] == "path" and param["name"] != "resource":
                assert "opaque" in param["x-assumption"], f"{method} {path} {param['name']}"
                assert "404" in param["x-assumption"]


def test_lists_that_can_grow_without_bound_page_with_a_cursor(spec: dict[str, Any]) -> None:
    ops = {op["operationId"]: op for _, _, op in iter_operations(spec)}
    for op_id in ("cost_list_recommendations", "ai_list_anomalies"):
        assert ops[op_id].get("x-pagination") == "cursor", op_id
        refs = {p.get("$ref", "").rsplit("/", 1)[-1] for p in ops[op_id]["parameters"]}
        assert {"Limit", "Cursor"} <= refs, op_id
    names = {p.get("name") for p in ops["ai_list_anomalies"]["parameters"]}
    assert {"start", "end"} <= names, "anomalies take a time window like the other lists"


def test_every_ref_property_says_what_it_means_here(spec: dict[str, Any]) -> None:
    """A `$ref` names a type; the sibling `description` (OpenAPI 3.1) says what this field is for."""
    bare = [
        f"{where}/properties/{name}"
        for where, node in _walk(spec["components"]["schemas"], "#/components/schemas")
        if isinstance(node.get("properties"), dict)
        for name, sub in node["properties"].items()
        if isinstance(sub, dict) and "$ref" in sub and not sub.get("description")
    ]
    assert bare == []


def test_cost_columns_explain_their_difference(spec: dict[str, Any]) -> None:
    props = spec["components"]["schemas"]["CostSummary"]["properties"]
    assert "amortised" in props["effective_cost"]["description"]
    assert "invoice" in props["billed_cost"]["description"]
    assert "list prices" in props["list_cost"]["description"]
