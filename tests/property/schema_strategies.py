"""Hypothesis strategies for the JSON Schema subset the spec uses (fast enough for every component).

hypothesis-jsonschema would be the library for this, but it does not run with current Hypothesis
and takes minutes on the larger envelopes; the spec keeps to a small, generator-friendly subset
(checked by tests/spec), so a direct translation is short.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import strategies as st

Schema = dict[str, Any]

_FORMATS: dict[str, st.SearchStrategy[str]] = {
    "date-time": st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
    ).map(lambda moment: moment.isoformat().replace("+00:00", "Z")),
    "date": st.dates(min_value=datetime(2000, 1, 1).date()).map(lambda day: day.isoformat()),
    "email": st.from_regex(r"[a-z]{1,8}\.[a-z]{1,8}@[a-z]{2,10}\.com", fullmatch=True),
    "uri": st.from_regex(r"https://[a-z]{2,10}\.example\.com/[a-z0-9]{0,12}", fullmatch=True),
    "uuid": st.uuids().map(str),
    "hostname": st.from_regex(r"[a-z][a-z0-9-]{0,10}\.[a-z]{2,6}", fullmatch=True),
}


def strategy(schema: Schema, schemas: dict[str, Schema]) -> st.SearchStrategy[Any]:
    """Values that match `schema`; `$ref`s resolve into `schemas` (components/schemas)."""
    if "$ref" in schema:
        return st.deferred(lambda: strategy(schemas[schema["$ref"].rsplit("/", 1)[1]], schemas))
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "allOf" in schema:
        return _object(_merge_all_of(schema, schemas), schemas)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([strategy(branch, schemas) for branch in schema[key]])
    types = schema.get("type", "object")
    if isinstance(types, list):
        return st.one_of([strategy({**schema, "type": one}, schemas) for one in types])
    return _BY_TYPE[types](schema, schemas)


def _merge_all_of(schema: Schema, schemas: dict[str, Schema]) -> Schema:
    merged: Schema = {"type": "object", "properties": {}, "required": []}
    for part in schema["allOf"]:
        while "$ref" in part:
            part = schemas[part["$ref"].rsplit("/", 1)[1]]
        if "allOf" in part:
            part = _merge_all_of(part, schemas)
        merged["properties"].update(part.get("properties", {}))
        merged["required"] += part.get("required", [])
    return merged


def _string(schema: Schema, _: dict[str, Schema]) -> st.SearchStrategy[str]:
    if "pattern" not in schema and schema.get("format") in _FORMATS:
        return _FORMATS[schema["format"]]
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if "pattern" not in schema:
        alphabet = st.characters(codec="utf-8", exclude_categories=("Cs",))
        return st.text(alphabet, min_size=low, max_size=high if high is not None else low + 24)
    # JSON Schema patterns are ECMA-262 regexes, where `\d` is [0-9] (Python's also matches other scripts' digits).
    values = st.from_regex(schema["pattern"].replace("\\d", "[0-9]"), fullmatch=True)
    return values.filter(lambda text: len(text) >= low and (high is None or len(text) <= high))


def _number(schema: Schema, _: dict[str, Schema]) -> st.SearchStrategy[float]:
    return st.floats(
        min_value=schema.get("minimum", schema.get("exclusiveMinimum")),
        max_value=schema.get("maximum", schema.get("exclusiveMaximum")),
        exclude_min="exclusiveMinimum" in schema,
        exclude_max="exclusiveMaximum" in schema,
        allow_nan=False,
        allow_infinity=False,
    )


def _integer(schema: Schema, _: dict[str, Schema]) -> st.SearchStrategy[int]:
    low = schema.get("minimum", schema.get("exclusiveMinimum", -(2**31)))
    high = schema.get("maximum", schema.get("exclusiveMaximum", 2**31))
    return st.integers(low + ("exclusiveMinimum" in schema), high - ("exclusiveMaximum" in schema))


def _array(schema: Schema, schemas: dict[str, Schema]) -> st.SearchStrategy[list[Any]]:
    return st.lists(
        strategy(schema.get("items", {"type": "string"}), schemas),
        min_size=schema.get("minItems", 0),
        max_size=min(schema.get("maxItems", 3), 3 if schema.get("minItems", 0) <= 3 else schema["minItems"]),
        unique_by=(lambda item: repr(item)) if schema.get("uniqueItems") else None,
    )


def _object(schema: Schema, schemas: dict[str, Schema]) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Schema] = schema.get("properties", {})
    required = set(schema.get("required", []))
    if not properties and isinstance(schema.get("additionalProperties"), dict):
        return st.dictionaries(
            st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True),
            strategy(schema["additionalProperties"], schemas),
            max_size=3,
        )
    return st.fixed_dictionaries(
        {name: strategy(sub, schemas) for name, sub in properties.items() if name in required},
        optional={name: strategy(sub, schemas) for name, sub in properties.items() if name not in required},
    )


_BY_TYPE = {
    "string": _string,
    "number": _number,
    "integer": _integer,
    "boolean": lambda _schema, _schemas: st.booleans(),
    "null": lambda _schema, _schemas: st.none(),
    "array": _array,
    "object": _object,
}
