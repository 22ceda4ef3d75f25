"""The role hierarchy and each operation's least role, as the spec states them.

``Role`` carries ``x-role-includes`` (role -> the roles directly below it); every operation
carries ``x-required-role``. Nothing here restates the table: both are read from the document.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .document import Operation

ROLE_SCHEMA = ("components", "schemas", "Role")
INCLUDES = "x-role-includes"
REQUIRED = "x-required-role"


class RoleHierarchy:
    """Which roles each role includes (itself and, transitively, every role below it)."""

    def __init__(self, includes: Mapping[str, list[str]]) -> None:
        self._closure: dict[str, frozenset[str]] = {role: self._below(role, includes) for role in includes}

    @staticmethod
    def _below(role: str, includes: Mapping[str, list[str]]) -> frozenset[str]:
        seen: set[str] = set()
        todo = [role]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(includes.get(current, []))
        return frozenset(seen)

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> RoleHierarchy:
        node: Any = document
        for token in ROLE_SCHEMA:
            node = node.get(token) if isinstance(node, Mapping) else None
        raw = node.get(INCLUDES) if isinstance(node, Mapping) else None
        if not isinstance(raw, Mapping):
            raise ValueError(f"The spec's Role schema has no {INCLUDES} mapping")
        return cls({str(role): [str(r) for r in below or []] for role, below in raw.items()})

    def allows(self, role: str, required: str) -> bool:
        """True when ``role`` is ``required`` or includes it; an unknown role includes only itself."""
        return required in self._closure.get(role, frozenset({role}))


def required_role(op: Operation) -> str | None:
    """The least role the operation needs (``x-required-role``), or None when it names none."""
    value = op.extensions.get(REQUIRED)
    return value if isinstance(value, str) else None
