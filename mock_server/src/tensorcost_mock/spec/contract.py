"""Strict mode: check every outgoing response against the spec before it leaves the server.

A JSON body is validated as it is sent, every time, unless the very same bytes already passed the
same schema: the same bytes are the same JSON document, so the verdict is the same, and only
passes are remembered (:class:`Passed`). A record changed in the store changes the bytes, so it is
validated again; an invalid answer is refused every time it is produced.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .document import Operation, Spec
from .validation import ValidatorCache, details_of

ERROR_SCHEMA = "/components/schemas/ErrorResponse"
#: ``parsed`` when the body was not serialized from JSON types (it is parsed from the bytes).
UNPARSED: Any = object()


def _header_value(raw: str, schema: dict[str, Any]) -> Any:
    types = schema.get("type")
    types = {types} if isinstance(types, str) else set(types or [])
    if "integer" in types:
        try:
            return int(raw)
        except ValueError:
            return raw
    if "number" in types:
        try:
            return float(raw)
        except ValueError:
            return raw
    return raw


class Passed:
    """Keys (a schema location and the bytes or text checked against it) that passed, within a
    budget of memory; when full it starts afresh. Only plain dict operations, so apps in several
    threads may share it."""

    #: What an entry costs besides its bytes or text (the tuple, the dict slot, the object header).
    OVERHEAD = 160

    def __init__(self, max_bytes: int, max_item_bytes: int = 256 * 1024) -> None:
        self.max_bytes = max_bytes
        self.max_item_bytes = max_item_bytes
        self._keys: dict[tuple[str, bytes | str], None] = {}
        self._bytes = 0

    def __contains__(self, key: tuple[str, bytes | str]) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: tuple[str, bytes | str]) -> None:
        if len(key[1]) > self.max_item_bytes:
            return
        size = len(key[1]) + self.OVERHEAD
        if self._bytes + size > self.max_bytes:
            self.clear()
        self._keys[key] = None
        self._bytes += size

    def clear(self) -> None:
        self._keys.clear()
        self._bytes = 0


class ResponseContract:
    """Compiles the response validators of every operation at startup."""

    def __init__(self, spec: Spec, cache: ValidatorCache) -> None:
        self.spec = spec
        self.cache = cache
        self._header_schemas: dict[str, dict[str, Any]] = {}
        #: (schema location, body bytes) and (header location, its text) that already passed;
        #: headers apart, as some are new in every answer (X-Request-Id) and would push bodies out.
        self.passed_bodies = Passed(max_bytes=4 * 1024 * 1024)
        self.passed_headers = Passed(max_bytes=1024 * 1024, max_item_bytes=1024)
        for op in spec.operations:
            for resp in op.responses.values():
                for media in resp.content.values():
                    if media.schema_pointer and (media.media_type.endswith("json")):
                        cache.at(media.schema_pointer)
                for ptr in resp.headers.values():
                    cache.at(ptr)
                    self._header_schemas[ptr] = spec.deref(spec.resolve_pointer(ptr), ptr)[0]
        cache.at(ERROR_SCHEMA)

    def problems(
        self,
        op: Operation | None,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        media_type: str | None,
        parsed: Any = UNPARSED,
    ) -> list[str]:
        """What is wrong with a response (an empty list when it keeps the contract)."""
        if op is None:  # 404 for an unknown path, 405: only the envelope is specified
            return self._json_problems(ERROR_SCHEMA, body, parsed)
        resp = op.response_for(status)
        if resp is None:
            documented = ", ".join(op.responses)
            return [f"status {status} is not documented for {op.operation_id} (documented: {documented})"]
        out: list[str] = []
        lower = {k.lower(): v for k, v in headers.items()}
        for name, ptr in resp.headers.items():
            raw = lower.get(name.lower())
            if raw is None:
                out.append(f"header {name} is documented for {status} but missing")
                continue
            if (ptr, raw) in self.passed_headers:
                continue
            value = _header_value(raw, self._header_schemas[ptr])
            validator = self.cache.at(ptr)
            if validator.is_valid(value):
                self.passed_headers.add((ptr, raw))
            else:
                out += [f"header {name}: {d['message']}" for d in details_of(validator, value, "header")]
        if not resp.content:
            if body:
                out.append(f"status {status} of {op.operation_id} documents no body, but one was sent")
            return out
        media = (media_type or "").split(";", 1)[0].strip()
        if media not in resp.content:
            out.append(
                f"content type {media or '(none)'} is not documented (documented: {', '.join(resp.content)})"
            )
            return out
        spec_media = resp.content[media]
        if media.endswith("json"):
            if spec_media.schema_pointer:
                out += self._json_problems(spec_media.schema_pointer, body, parsed)
        elif not body:
            out.append(f"{media} response has an empty body")
        return out

    def _json_problems(self, ptr: str, body: bytes, parsed: Any) -> list[str]:
        """Problems of a JSON body; ``parsed`` (the object that was serialized, when it held only
        JSON types) spares parsing the bytes again."""
        if (ptr, body) in self.passed_bodies:
            return []
        if parsed is UNPARSED:
            try:
                parsed = json.loads(body)
            except ValueError:
                return ["the body is not JSON"]
        validator = self.cache.at(ptr)
        if validator.is_valid(parsed):
            self.passed_bodies.add((ptr, body))
            return []
        return [f"body {d['field']}: {d['message']}" for d in details_of(validator, parsed, "body")]
