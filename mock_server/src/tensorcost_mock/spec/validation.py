"""Request and response validation with JSON Schema 2020-12, compiled once per spec location.

Every schema is referenced in place (``urn:tensorcost:spec#/paths/...``), so ``$ref``s inside it
resolve against the spec document itself and no schema is copied.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote

import jsonschema_rs

from tensorcost_mock.errors import ApiError, validation_error

from .document import Operation, Param, Spec

SPEC_URI = "urn:tensorcost:spec"
_FRAGMENT_SAFE = "/~-._!$&'()*+,;=:@"


def ref(ptr: str) -> dict[str, str]:
    """A ``$ref`` to a spec location (a JSON pointer, percent-encoded as a URI fragment)."""
    return {"$ref": SPEC_URI + "#" + quote(ptr, safe=_FRAGMENT_SAFE)}


Validator = Any  # a compiled jsonschema_rs validator


#: How deep a request body's arrays and objects may nest (deeper is 400 MALFORMED_JSON, never a 500).
MAX_NESTING = 64


def nesting_exceeds(value: Any, limit: int) -> bool:
    """True when ``value``'s arrays and objects nest deeper than ``limit`` (checked without recursion)."""
    todo: list[tuple[Any, int]] = [(value, 0)]
    while todo:
        node, depth = todo.pop()
        if isinstance(node, dict | list):
            if depth >= limit:
                return True
            children = node.values() if isinstance(node, dict) else node
            todo.extend((child, depth + 1) for child in children)
    return False


class _NeverSent:
    """Custom ``writeOnly`` keyword for outgoing messages: a write-only value (a password, a
    secret) may be received but never sent, so its mere presence is a violation."""

    def __init__(self, parent_schema: dict[str, Any], value: Any, schema_path: list[str | int]) -> None:
        self.enabled = value is True

    def validate(self, instance: Any) -> None:
        if self.enabled:
            raise ValueError("is writeOnly (a secret or password) and must never be sent by the server")


class ValidatorCache:
    """Compiles each spec location once and shares it between operations (error responses repeat).

    ``outgoing=True`` compiles for what the server sends (responses, webhook events), where
    ``writeOnly`` properties are refused. ``shares`` reuses another cache's registry of the same
    spec (the document indexed once: a few MB less).
    """

    def __init__(self, spec: Spec, *, outgoing: bool = False, shares: ValidatorCache | None = None) -> None:
        self.spec = spec
        self.registry: jsonschema_rs.Registry = (
            shares.registry
            if shares is not None and shares.spec is spec
            else jsonschema_rs.Registry([(SPEC_URI, spec.document)], draft=jsonschema_rs.Draft202012)
        )
        self._keywords: dict[str, type[jsonschema_rs.KeywordValidator]] | None = (
            {"writeOnly": _NeverSent} if outgoing else None
        )
        self._cache: dict[str, Validator] = {}

    def compile(self, schema: dict[str, Any]) -> Validator:
        return jsonschema_rs.Draft202012Validator(
            schema, registry=self.registry, validate_formats=True, keywords=self._keywords
        )

    def at(self, ptr: str) -> Validator:
        validator = self._cache.get(ptr)
        if validator is None:
            validator = self._cache[ptr] = self.compile(ref(ptr))
        return validator


def _field(path: list[Any], kind: Any) -> str:
    parts = [str(p) for p in path]
    if getattr(kind, "name", None) == "required":
        parts.append(str(kind.property))
    return ".".join(parts)


def _listed(values: Any) -> str:
    return ", ".join(json.dumps(v) if not isinstance(v, str) else v for v in values)


#: keyword -> the rule as a message, from the keyword's parameters (``kind.as_dict()``) only.
_RULES: dict[str, Callable[[dict[str, Any]], str]] = {
    "required": lambda k: "is required",
    "type": lambda k: f"must be of type {' or '.join(k['types'])}",
    "enum": lambda k: f"must be one of: {_listed(k['options'])}",
    "const": lambda k: f"must be {json.dumps(k['expected_value'])}",
    "pattern": lambda k: f"must match the pattern {k['pattern']}",
    "format": lambda k: f"must be a valid {k['format']}",
    "minLength": lambda k: f"must be at least {k['limit']} characters long",
    "maxLength": lambda k: f"must be at most {k['limit']} characters long",
    "minimum": lambda k: f"must be greater than or equal to {k['limit']}",
    "maximum": lambda k: f"must be less than or equal to {k['limit']}",
    "exclusiveMinimum": lambda k: f"must be greater than {k['limit']}",
    "exclusiveMaximum": lambda k: f"must be less than {k['limit']}",
    "multipleOf": lambda k: f"must be a multiple of {k['multiple_of']}",
    "minItems": lambda k: f"must have at least {k['limit']} items",
    "maxItems": lambda k: f"must have at most {k['limit']} items",
    "uniqueItems": lambda k: "must not contain duplicate items",
    "minProperties": lambda k: f"must have at least {k['limit']} properties",
    "maxProperties": lambda k: f"must have at most {k['limit']} properties",
    "additionalProperties": lambda k: f"has unknown properties: {_listed(k['unexpected'])}",
    "unevaluatedProperties": lambda k: f"has unknown properties: {_listed(k['unexpected'])}",
    "oneOf": lambda k: "matches none of the allowed shapes (oneOf)",
    "anyOf": lambda k: "matches none of the allowed shapes (anyOf)",
    "oneOfMultipleValid": lambda k: "matches more than one of the allowed shapes (oneOf)",
    "not": lambda k: "matches a shape that is not allowed",
    "falseSchema": lambda k: "is not allowed",
}


def _message(err: Any) -> str:
    """The rule ``err`` broke, built from the schema's keyword and its parameters only: the submitted
    value (which may be a ``writeOnly`` password or secret) never appears in a message."""
    kind = err.kind
    name = str(getattr(kind, "name", ""))
    rule = _RULES.get(name)
    if rule is None:
        custom = kind.as_dict().get("message") if name == "writeOnly" else None
        return str(custom) if custom else f"breaks the rule {name}" if name else "is invalid"
    try:
        return rule(kind.as_dict())
    except (KeyError, TypeError):
        return f"breaks the rule {name}"


def _branch(err: Any) -> list[Any] | None:
    """The errors of the one ``oneOf``/``anyOf`` branch the value meant to match (the only branch
    whose discriminating ``const`` it meets), so a 400 names the real field; None when unclear."""
    if getattr(err.kind, "name", None) not in ("oneOf", "anyOf"):
        return None
    context = getattr(err.kind, "context", None) or []
    meant = [errors for errors in context if errors and not any(e.kind.name == "const" for e in errors)]
    return meant[0] if len(meant) == 1 else None


def details_of(
    validator: Validator, instance: Any, location: str, prefix: list[Any] | None = None
) -> list[dict[str, str]]:
    """Field-level problems of ``instance``: ``[{location, field, message}]`` (the rule, never the value)."""
    out = []
    todo = list(validator.iter_errors(instance))
    while todo:
        err = todo.pop(0)
        branch = _branch(err)
        if branch is not None:
            todo[:0] = branch
            continue
        path = list(prefix or []) + list(err.instance_path)
        out.append(
            {"location": location, "field": _field(path, err.kind) or "(body)", "message": _message(err)}
        )
    return out


# -- parameter coercion ---------------------------------------------------------------------------


_JSON_TYPES = {str: "string", bool: "boolean", int: "integer", float: "number", type(None): "null"}


def _types(spec: Spec, schema: dict[str, Any]) -> set[str]:
    schema, _ = spec.deref(schema, "")
    t = schema.get("type")
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return set(t)
    if "enum" in schema or "const" in schema:
        values = schema.get("enum") or [schema.get("const")]
        return {_JSON_TYPES.get(type(v), "string") for v in values}
    out: set[str] = set()
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key) or []:
            out |= _types(spec, sub)
    return out


def _scalar_coercer(types: set[str]) -> Callable[[str], Any]:
    def coerce(raw: str) -> Any:
        if "integer" in types:
            try:
                return int(raw)
            except ValueError:
                pass
        if "number" in types:
            try:
                number = float(raw)
                return (
                    int(number)
                    if number.is_integer() and "." not in raw and "e" not in raw.lower()
                    else number
                )
            except ValueError:
                pass
        if "boolean" in types and raw in ("true", "false"):
            return raw == "true"
        if "null" in types and raw in ("", "null") and "string" not in types:
            return None
        return raw  # left as a string, so the validator names the type mismatch

    return coerce


@dataclass
class _ParamReader:
    param: Param
    coerce: Callable[[str], Any]
    is_array: bool
    is_object: bool


#: How many valid query strings each operation remembers, and the longest one remembered.
QUERY_CACHE_SIZE = 256
QUERY_CACHE_MAX_LENGTH = 2048


class RequestValidator:
    """Parses and validates one operation's path, query, header parameters and JSON body."""

    def __init__(self, op: Operation, cache: ValidatorCache) -> None:
        self.op = op
        spec = cache.spec
        self.readers: dict[str, dict[str, _ParamReader]] = {"path": {}, "query": {}, "header": {}}
        self.validators: dict[str, Validator] = {}
        for location in ("path", "query", "header"):
            params = [p for p in op.params if p.location == location]
            if not params:
                continue
            for p in params:
                types = _types(spec, p.schema)
                is_array = "array" in types
                items = spec.deref(p.schema.get("items") or {}, "")[0] if is_array else p.schema
                key = p.name.lower() if location == "header" else p.name
                self.readers[location][key] = _ParamReader(
                    p, _scalar_coercer(_types(spec, items)), is_array, "object" in types and not is_array
                )
            wrapper = {
                "type": "object",
                "properties": {p.name: ref(p.schema_pointer) for p in params},
                "required": [p.name for p in params if p.required],
            }
            self.validators[location] = cache.compile(wrapper)
        self.defaults = {
            p.name: p.default for p in op.params if p.location == "query" and p.default is not None
        }
        self.body_validator = cache.at(op.body_schema_pointer) if op.body_schema_pointer else None
        #: query string -> its values, for query strings that passed (clients repeat theirs).
        self._valid_queries: dict[str, dict[str, Any]] = {}

    # Each parse_* returns (values, problems) so that every problem of the request is reported at once.

    def _read(self, reader: _ParamReader, values: list[str]) -> Any:
        if reader.is_array:
            raw = values if reader.param.explode else [v for value in values for v in value.split(",")]
            return [reader.coerce(v) for v in raw]
        return reader.coerce(values[-1])

    def parse_query(self, query_string: str) -> tuple[dict[str, Any], list[dict[str, str]]]:
        readers = self.readers["query"]
        grouped: dict[str, list[str]] = {}
        deep: dict[str, dict[str, Any]] = {}
        problems = []
        for name, value in parse_qsl(query_string, keep_blank_values=True):
            if "[" in name and name.endswith("]"):
                base, key = name[:-1].split("[", 1)
                reader = readers.get(base)
                if reader is not None and reader.is_object:
                    deep.setdefault(base, {})[key] = value
                    continue
            if name not in readers:
                expected = ", ".join(sorted(readers)) or "none"
                problems.append(
                    {
                        "location": "query",
                        "field": name,
                        "message": f"is not a parameter of {self.op.operation_id} (expected: {expected})",
                    }
                )
                continue
            grouped.setdefault(name, []).append(value)
        values: dict[str, Any] = {name: self._read(readers[name], raw) for name, raw in grouped.items()}
        values.update(deep)
        return values, problems

    def read_query(self, query_string: str) -> tuple[dict[str, Any], list[dict[str, str]]]:
        """``parse_query`` and ``check("query", ...)`` at once. The values of a query string that
        passed are remembered (up to ``QUERY_CACHE_SIZE``) and answered as a fresh copy."""
        known = self._valid_queries.get(query_string)
        if known is None:
            values, problems = self.parse_query(query_string)
            problems += self.check("query", values)
            if problems or len(query_string) > QUERY_CACHE_MAX_LENGTH:
                return values, problems
            if len(self._valid_queries) >= QUERY_CACHE_SIZE:
                self._valid_queries.clear()
            self._valid_queries[query_string] = known = values
        return {k: v.copy() if isinstance(v, list | dict) else v for k, v in known.items()}, []

    def parse_headers(self, headers: Mapping[str, str]) -> dict[str, Any]:
        out = {}
        for key, reader in self.readers["header"].items():
            raw = headers.get(key)
            if raw is not None:
                out[reader.param.name] = self._read(reader, [raw])
        return out

    def parse_path(self, path_params: Mapping[str, str]) -> dict[str, Any]:
        readers = self.readers["path"]
        return {
            name: readers[name].coerce(value) if name in readers else value
            for name, value in path_params.items()
        }

    def check(self, location: str, values: dict[str, Any]) -> list[dict[str, str]]:
        validator = self.validators.get(location)
        if validator is None or validator.is_valid(values):
            return []
        return details_of(validator, values, location)

    def parse_body(self, content_type: str | None, raw: bytes) -> tuple[Any, list[dict[str, str]]]:
        """The JSON body, or problems; raises 400 MALFORMED_JSON when it is not JSON."""
        op = self.op
        if not op.body_media_types:
            return None, []
        if not raw.strip():
            if op.body_required:
                return None, [
                    {"location": "body", "field": "(body)", "message": "is required (a JSON object)"}
                ]
            return None, []
        media = (content_type or "").split(";", 1)[0].strip().lower()
        if (
            self.body_validator is not None
            and media
            and media != "application/json"
            and not media.endswith("+json")
        ):
            return None, [
                {
                    "location": "header",
                    "field": "Content-Type",
                    "message": f"must be application/json, not {media}",
                }
            ]
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(
                400, "MALFORMED_JSON", f"The request body is not valid JSON ({exc}); send a JSON document"
            ) from None
        except RecursionError:  # nested deeper than the parser goes
            too_deep = True
        else:
            too_deep = nesting_exceeds(body, MAX_NESTING)
        if too_deep:
            raise ApiError(
                400,
                "MALFORMED_JSON",
                f"The request body nests deeper than {MAX_NESTING} levels; send a flatter JSON document",
            )
        if self.body_validator is None or self.body_validator.is_valid(body):
            return body, []
        return body, details_of(self.body_validator, body, "body")


def raise_if(problems: list[dict[str, str]]) -> None:
    if problems:
        raise validation_error(problems)
