"""Additive drift (the spec is behind the server) told from breaking drift (the server broke the spec).

A response is read with the operation's response schema:

* **additive**: a value outside an enum the spec marks ``x-extensible-enum: true``, or a field
  an object's schema does not list in its ``properties`` (found by walking the body with the
  schema, whatever ``additionalProperties`` says). Reported; fails a run only with ``--strict``.
* **breaking**: a status the operation does not document, a body that is not the documented
  JSON envelope, a wrong type, a missing required field, a value outside a closed enum, any
  other schema violation. Fails the run.

Breaking drift is what a *tolerant* copy of the spec rejects: the same spec with the
extensible enums opened up (their values stay listed in the original, for the additive walk).
Nothing here is pytest-specific: Schemathesis' check (``schemathesis_hooks.py``) uses it too.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import jsonschema
from _spec import load_spec
from jsonschema.exceptions import ValidationError, best_match

EXTENSIBLE = "x-extensible-enum"
HTTP_METHODS = ("get", "put", "post", "patch", "delete")
Kind = Literal["additive", "breaking"]


@dataclass(frozen=True)
class Drift:
    kind: Kind
    operation_id: str
    path: str  # JSON path in the response body ("$.data[0].severity"), or "status" / "body"
    message: str
    value: str | None = None  # the offending value, JSON-encoded and shortened

    def line(self) -> str:
        value = f" = {self.value}" if self.value is not None else ""
        return f"{self.operation_id} {self.path}{value}: {self.message}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, line: str) -> Drift:
        return cls(**json.loads(line))


def _shown(value: Any, limit: int = 120) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def json_path(parts: Any) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def tolerant(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with every extensible enum opened up: the schema keeps its type, not its values."""
    opened = copy.deepcopy(spec)

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if node.get(EXTENSIBLE) is True and "enum" in node:
                values = node.pop("enum")
                if "type" not in node:
                    kinds = {_json_type(v) for v in values}
                    node["type"] = sorted(kinds) if len(kinds) > 1 else kinds.pop()
            for child in node.values():
                visit(child)
        elif isinstance(node, list):
            for child in node:
                visit(child)

    visit(opened)
    return opened


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return {str: "string", list: "array", dict: "object"}[type(value)]


class Classifier:
    """Classifies the answers of one spec's operations."""

    def __init__(self, spec: dict[str, Any]):
        self.spec = spec
        self._tolerant_components = tolerant(spec).get("components", {})
        self._validators: dict[int, tuple[dict[str, Any], jsonschema.Draft202012Validator]] = {}
        self._operations: dict[str, tuple[str, str, dict[str, Any]]] = {}
        for path, item in spec.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    self._operations[item[method]["operationId"]] = (method.upper(), path, item[method])

    @classmethod
    def from_path(cls, path: Path) -> Classifier:
        return cls(load_spec(path))

    def extensible_enums(self) -> int:
        """How many schemas of the spec carry the marker."""
        return sum(1 for node in _nodes(self.spec) if node.get(EXTENSIBLE) is True and "enum" in node)

    # -- the spec -------------------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _response(self, operation_id: str, status: int) -> dict[str, Any] | None:
        responses = self._operations[operation_id][2]["responses"]
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in responses:
                return dict(self.resolve(responses[key]))
        return None

    def _validator(self, schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
        """A validator of ``schema`` (a node of ``self.spec``, so its identity is stable), built once."""
        cached = self._validators.get(id(schema))
        if cached is None or cached[0] is not schema:
            # The tolerant components sit beside the schema, so its "#/components/..." refs resolve.
            root = {"allOf": [schema], "components": self._tolerant_components}
            cached = self._validators[id(schema)] = (schema, jsonschema.Draft202012Validator(root))
        return cached[1]

    # -- a response -----------------------------------------------------------------------------

    def classify(self, operation_id: str, status: int, content_type: str, body: bytes) -> list[Drift]:
        """Every drift of one answer; an empty list when it keeps the spec's promise."""
        response = self._response(operation_id, status)
        if response is None:
            documented = ", ".join(self._operations[operation_id][2]["responses"])
            return [
                Drift(
                    "breaking",
                    operation_id,
                    "status",
                    f"undocumented status (documented: {documented})",
                    str(status),
                )
            ]
        content = response.get("content") or {}
        media = content.get("application/json")
        if media is None or "schema" not in media:
            return []  # no body to check (204, CSV, PDF): the status is the contract
        if not content_type.split(";")[0].strip().endswith("json"):
            return [
                Drift(
                    "breaking", operation_id, "body", "not the documented JSON envelope", _shown(content_type)
                )
            ]
        try:
            value = json.loads(body)
        except ValueError:
            return [
                Drift(
                    "breaking", operation_id, "body", "not JSON", _shown(body[:80].decode(errors="replace"))
                )
            ]
        return self.classify_value(operation_id, media["schema"], value)

    def classify_value(self, operation_id: str, schema: dict[str, Any], value: Any) -> list[Drift]:
        found = [self._breaking(operation_id, error) for error in self._validator(schema).iter_errors(value)]
        found += self._additive(operation_id, schema, value, [])
        return found

    def _breaking(self, operation_id: str, error: ValidationError) -> Drift:
        if error.context:  # anyOf / oneOf: the branch that came closest says what is wrong
            error = best_match(error.context)
        message = error.message
        if message.startswith(repr(error.instance)):  # "'abc' is not of type ...": the value is shown apart
            message = "the value" + message[len(repr(error.instance)) :]
        return Drift(
            "breaking", operation_id, json_path(error.absolute_path), message[:300], _shown(error.instance)
        )

    def _matches(self, schema: Any, value: Any) -> bool:
        return not isinstance(schema, dict) or self._validator(schema).is_valid(value)

    def _additive(
        self, operation_id: str, schema: Any, value: Any, where: list[Any], listed: set[str] | None = None
    ) -> list[Drift]:
        """Additive drift under ``schema``. ``listed``: the field names of the whole composition when
        ``schema`` is one of its allOf/anyOf/oneOf branches (the composition's top flags the rest)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return []
        found: list[Drift] = []
        enum = schema.get("enum")
        if (
            schema.get(EXTENSIBLE) is True
            and enum is not None
            and value not in enum
            and _fits_type(schema, value)  # a value of the wrong type is breaking, not new
        ):
            found.append(
                Drift(
                    "additive", operation_id, json_path(where),
                    f"not among the extensible enum's values {enum}", _shown(value),
                )
            )  # fmt: skip
        names = (
            (listed if listed is not None else self._listed(schema, value))
            if isinstance(value, dict)
            else None
        )
        branches = list(schema.get("allOf") or [])
        for keyword in ("anyOf", "oneOf"):
            matching = [option for option in schema.get(keyword) or [] if self._matches(option, value)]
            branches += matching[:1]  # the branch the value is read with
        for branch in branches:
            found += self._additive(operation_id, branch, value, where, names)
        if isinstance(value, dict):
            assert names is not None
            properties = schema.get("properties") or {}
            extra = schema.get("additionalProperties")
            for key, item in value.items():
                if key in properties:
                    found += self._additive(operation_id, properties[key], item, [*where, key])
                elif key in names:
                    continue  # another branch of the composition lists it
                elif names and listed is None and not _pattern_listed(schema, key):
                    found.append(
                        Drift(
                            "additive", operation_id, json_path([*where, key]),
                            "a field the spec does not list", _shown(item),
                        )
                    )  # fmt: skip
                elif isinstance(extra, dict):  # a typed map: its keys are data, its values have a schema
                    found += self._additive(operation_id, extra, item, [*where, key])
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            for index, item in enumerate(value):
                found += self._additive(operation_id, schema["items"], item, [*where, index])
        return found

    def _listed(self, schema: dict[str, Any], value: Any) -> set[str]:
        """Field names an object schema lists, with those of its allOf and matching anyOf/oneOf
        branches. Empty for a free-form map (no ``properties`` anywhere): its keys are data."""
        names = set((schema.get("properties") or {}).keys())
        for branch in schema.get("allOf") or []:
            names |= self._listed(self.resolve(branch), value)
        for keyword in ("anyOf", "oneOf"):
            for option in schema.get(keyword) or []:
                if self._matches(option, value):
                    names |= self._listed(self.resolve(option), value)
                    break
        return names


def _fits_type(schema: dict[str, Any], value: Any) -> bool:
    declared = schema.get("type")
    if declared is None:
        return True
    kinds = {_json_type(value)} | ({"number"} if _json_type(value) == "integer" else set())
    return bool(kinds & set(declared if isinstance(declared, list) else [declared]))


def _pattern_listed(schema: dict[str, Any], key: str) -> bool:
    return any(re.search(pattern, key) for pattern in schema.get("patternProperties") or {})


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for child in node.values():
            yield from _nodes(child)
    elif isinstance(node, list):
        for child in node:
            yield from _nodes(child)


# -- a run's drift, shared by the pytest run and the Schemathesis subprocess -------------------------


def append(log: Path, drifts: list[Drift]) -> None:
    if drifts:
        with log.open("a") as out:
            out.writelines(d.to_json() + "\n" for d in drifts)


def read(log: Path) -> list[Drift]:
    if not log.exists():
        return []
    return [Drift.from_json(line) for line in log.read_text().splitlines() if line.strip()]


def unique(drifts: list[Drift]) -> list[Drift]:
    """One finding per (kind, operation, path with list indexes folded, message)."""
    seen: dict[tuple[str, str, str, str], Drift] = {}
    for drift in drifts:
        key = (drift.kind, drift.operation_id, re.sub(r"\[\d+\]", "[*]", drift.path), drift.message)
        seen.setdefault(key, drift)
    return list(seen.values())
