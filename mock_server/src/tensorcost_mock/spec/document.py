"""Load the OpenAPI document and index its operations; nothing here is typed twice from the spec."""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
#: Where the spec sits when the package runs from a source checkout (src/tensorcost_mock/spec/ -> repo root).
_SOURCE_TREE_SPEC = Path(__file__).resolve().parents[4] / "openapi" / "tensorcost.yaml"


def find_spec_file(explicit: Path | None = None) -> Path:
    """The spec to serve: ``explicit`` (``--spec``/env), else the repo's file, else the wheel's copy."""
    if explicit is not None:
        if not explicit.is_file():
            raise FileNotFoundError(
                f"Spec file {explicit} does not exist; pass --spec PATH to an OpenAPI YAML file"
            )
        return explicit
    if _SOURCE_TREE_SPEC.is_file():
        return _SOURCE_TREE_SPEC
    packaged = importlib.resources.files("tensorcost_mock") / "_data" / "tensorcost.yaml"
    if packaged.is_file():
        return Path(str(packaged))
    raise FileNotFoundError(
        "No spec found: not in the source tree (openapi/tensorcost.yaml) nor in the package; pass --spec PATH"
    )


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tensorcost-mock"


def load_document(path: Path) -> dict[str, Any]:
    """The parsed spec. YAML parsing is a fifth of startup, so the result is cached as JSON,
    keyed by the file's hash (a changed spec is parsed again; an unwritable cache is skipped)."""
    raw = path.read_bytes()
    cached = _cache_dir() / f"spec-{hashlib.sha256(raw).hexdigest()[:24]}.json"
    try:
        doc = json.loads(cached.read_bytes())
    except (OSError, ValueError):
        doc = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        _write_cache(cached, doc)
    if not isinstance(doc, dict) or "paths" not in doc:
        raise ValueError(f"{path} is not an OpenAPI document (no `paths`)")
    return doc


def _write_cache(target: Path, doc: Any) -> None:
    try:
        text = json.dumps(doc)  # fails (and skips the cache) if YAML produced non-JSON values, e.g. dates
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text)
        tmp.replace(target)
    except (OSError, TypeError, ValueError):
        pass


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str) -> str:
    """A JSON pointer (``/a/b~1c``) from raw tokens."""
    return "".join("/" + _escape(t) for t in tokens)


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # path | query | header
    required: bool
    #: Dereferenced at the top level, keeping keywords beside a ``$ref``; for coercion and defaults.
    schema: dict[str, Any]
    schema_pointer: str
    style: str
    explode: bool

    @property
    def default(self) -> Any:
        return self.schema.get("default")


@dataclass(frozen=True)
class Media:
    media_type: str
    schema_pointer: str | None
    example: Any
    examples: dict[str, Any]  # name -> value


@dataclass(frozen=True)
class ResponseSpec:
    status: str  # "200", "4XX", "default"
    headers: dict[str, str]  # header name -> schema pointer
    required_headers: frozenset[str]
    content: dict[str, Media]

    def json_media(self) -> Media | None:
        for media_type, media in self.content.items():
            if media_type == "application/json" or media_type.endswith("+json"):
                return media
        return None


@dataclass
class Operation:
    """One operation of the spec, with everything the request pipeline needs."""

    operation_id: str
    method: str  # upper case
    path: str
    tags: list[str]
    security_required: bool
    deprecated: bool
    params: list[Param]
    body_required: bool
    body_schema_pointer: str | None
    body_media_types: tuple[str, ...]
    responses: dict[str, ResponseSpec]
    extensions: dict[str, Any] = field(default_factory=dict)

    @property
    def is_write(self) -> bool:
        return self.method not in ("GET", "HEAD", "OPTIONS")

    @functools.cached_property
    def success_status(self) -> int:
        """The lowest documented 2xx status (200 for reads, 201 for creates)."""
        codes = sorted(int(s) for s in self.responses if s.isdigit() and s.startswith("2"))
        return codes[0] if codes else 200

    def response_for(self, status: int) -> ResponseSpec | None:
        """The documented response for a status, honouring ``4XX`` ranges and ``default``."""
        return (
            self.responses.get(str(status))
            or self.responses.get(f"{str(status)[0]}XX")
            or self.responses.get("default")
        )

    def documents(self, status: int) -> bool:
        return self.response_for(status) is not None

    @property
    def paginated(self) -> bool:
        return self.extensions.get("x-pagination") == "cursor"


class Spec:
    """The parsed document plus an index of its operations."""

    def __init__(self, document: dict[str, Any], source: Path | None = None) -> None:
        self.document = document
        self.source = source
        self.operations: list[Operation] = []
        self.by_id: dict[str, Operation] = {}
        #: path template -> {METHOD: Operation}
        self.paths: dict[str, dict[str, Operation]] = {}
        global_security = document.get("security") or []
        for path, item in (document.get("paths") or {}).items():
            item, item_ptr = self.deref(item, pointer("paths", path))
            shared_params = item.get("parameters") or []
            for method in HTTP_METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                op = self._operation(
                    path, method, raw, item_ptr + "/" + method, shared_params, item_ptr, global_security
                )
                self.operations.append(op)
                self.by_id[op.operation_id] = op
                self.paths.setdefault(path, {})[op.method] = op

    @classmethod
    def load(cls, path: Path | None = None) -> Spec:
        source = find_spec_file(path)
        return cls(load_document(source), source)

    # -- references ---------------------------------------------------------------------------

    def resolve_pointer(self, ptr: str) -> Any:
        node: Any = self.document
        for raw in ptr.lstrip("/").split("/") if ptr else []:
            token = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def deref(self, node: Any, ptr: str) -> tuple[Any, str]:
        """Follow local ``$ref``s; returns the target and its pointer (so nested refs still resolve)."""
        seen = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
            ptr = node["$ref"][1:]
            if ptr in seen:
                raise ValueError(f"Circular $ref {ptr}")
            seen.add(ptr)
            node = self.resolve_pointer(ptr)
        return node, ptr

    def deref_merged(self, node: Any, ptr: str) -> Any:
        """Like :meth:`deref`, but keywords written next to a ``$ref`` (OpenAPI 3.1 allows them, e.g.
        ``{"$ref": "#/components/schemas/RecommendationStatus", "default": "open"}``) are kept over
        the target's, so a parameter's ``default`` beside a ``$ref`` is not lost."""
        siblings: dict[str, Any] = {}
        seen = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
            siblings = {**{k: v for k, v in node.items() if k != "$ref"}, **siblings}
            ptr = node["$ref"][1:]
            if ptr in seen:
                raise ValueError(f"Circular $ref {ptr}")
            seen.add(ptr)
            node = self.resolve_pointer(ptr)
        if siblings and isinstance(node, dict):
            return {**node, **siblings}
        return node

    # -- operations ---------------------------------------------------------------------------

    def _operation(
        self,
        path: str,
        method: str,
        raw: dict[str, Any],
        ptr: str,
        shared_params: list[Any],
        item_ptr: str,
        global_security: list[Any],
    ) -> Operation:
        params: dict[tuple[str, str], Param] = {}
        sources = [(p, f"{item_ptr}/parameters/{i}") for i, p in enumerate(shared_params)]
        sources += [(p, f"{ptr}/parameters/{i}") for i, p in enumerate(raw.get("parameters") or [])]
        for node, node_ptr in sources:  # operation-level parameters override path-level ones
            param, param_ptr = self.deref(node, node_ptr)
            if param["in"] == "cookie":
                continue
            schema = self.deref_merged(param.get("schema") or {}, param_ptr + "/schema")
            style = param.get("style") or ("form" if param["in"] == "query" else "simple")
            explode = param.get("explode", style == "form")
            name = param["name"]
            params[(param["in"], name.lower() if param["in"] == "header" else name)] = Param(
                name=name,
                location=param["in"],
                required=bool(param.get("required")) or param["in"] == "path",
                schema=schema,
                schema_pointer=param_ptr + "/schema",
                style=style,
                explode=explode,
            )

        body_schema_pointer = None
        body_media: tuple[str, ...] = ()
        body_required = False
        if "requestBody" in raw:
            body, body_ptr = self.deref(raw["requestBody"], ptr + "/requestBody")
            body_required = bool(body.get("required"))
            body_media = tuple(body.get("content") or {})
            for media_type in body_media:
                if media_type == "application/json" and "schema" in body["content"][media_type]:
                    body_schema_pointer = pointer_join(body_ptr, "content", media_type, "schema")

        responses: dict[str, ResponseSpec] = {}
        for status, node in (raw.get("responses") or {}).items():
            resp, resp_ptr = self.deref(node, pointer_join(ptr, "responses", str(status)))
            headers: dict[str, str] = {}
            required_headers = set()
            for hname, hnode in (resp.get("headers") or {}).items():
                header, h_ptr = self.deref(hnode, pointer_join(resp_ptr, "headers", hname))
                headers[hname] = h_ptr + "/schema"
                if header.get("required"):
                    required_headers.add(hname)
            content: dict[str, Media] = {}
            for media_type, media in (resp.get("content") or {}).items():
                media_ptr = pointer_join(resp_ptr, "content", media_type)
                examples = {
                    name: self.deref(ex, pointer_join(media_ptr, "examples", name))[0].get("value")
                    for name, ex in (media.get("examples") or {}).items()
                }
                content[media_type] = Media(
                    media_type=media_type,
                    schema_pointer=media_ptr + "/schema" if "schema" in media else None,
                    example=media.get("example"),
                    examples=examples,
                )
            responses[str(status)] = ResponseSpec(str(status), headers, frozenset(required_headers), content)

        security = raw.get("security", global_security)
        return Operation(
            operation_id=raw.get("operationId") or f"{method}_{path}",
            method=method.upper(),
            path=path,
            tags=list(raw.get("tags") or []),
            security_required=any(bool(req) for req in security) if security else False,
            deprecated=bool(raw.get("deprecated")),
            params=list(params.values()),
            body_required=body_required,
            body_schema_pointer=body_schema_pointer,
            body_media_types=body_media,
            responses=responses,
            extensions={k: v for k, v in raw.items() if k.startswith("x-")},
        )


def pointer_join(base: str, *tokens: str) -> str:
    return base + pointer(*tokens)
