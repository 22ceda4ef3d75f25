"""The spec layer: the OpenAPI document indexed (``document``), request validation
(``validation``) and the strict response contract (``contract``). It knows nothing of the server,
the runtime or any service."""

from __future__ import annotations

from .contract import ResponseContract
from .document import Media, Operation, Param, ResponseSpec, Spec, find_spec_file, load_document, pointer
from .roles import RoleHierarchy, required_role
from .validation import RequestValidator, ValidatorCache, details_of

__all__ = [
    "Media",
    "Operation",
    "Param",
    "RequestValidator",
    "ResponseContract",
    "ResponseSpec",
    "RoleHierarchy",
    "Spec",
    "ValidatorCache",
    "details_of",
    "find_spec_file",
    "load_document",
    "pointer",
    "required_role",
]
