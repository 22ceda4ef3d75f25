"""A plain router for the spec's ``paths``: a dict for literal paths, then templates in order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tensorcost_mock.spec import Operation, RequestValidator, Spec, ValidatorCache


@dataclass(frozen=True)
class Route:
    """One spec path and its operations, each with its compiled request validator."""

    template: str
    ops: dict[str, Operation]  # METHOD -> operation
    validators: dict[str, RequestValidator] = field(compare=False)

    @property
    def allow(self) -> str:
        return ", ".join(sorted(self.ops))


def _sort_key(path: str) -> tuple[tuple[int, str], ...]:
    """Literal segments sort before templated ones, so /instances/idle wins over /instances/{id}."""
    return tuple((1 if seg.startswith("{") else 0, seg) for seg in path.strip("/").split("/"))


def _regex(template: str) -> re.Pattern[str]:
    """``/v1/gpu/instances/{id}`` -> ``^/v1/gpu/instances/(?P<id>[^/]+)$``."""
    parts = re.split(r"\{([^}]+)\}", template)
    pattern = "".join(f"(?P<{part}>[^/]+)" if i % 2 else re.escape(part) for i, part in enumerate(parts))
    return re.compile(f"^{pattern}$")


class Router:
    """Finds the spec path of a request path; literal segments win over templated ones."""

    def __init__(self, spec: Spec, cache: ValidatorCache) -> None:
        self.literal: dict[str, Route] = {}
        #: Templated routes by their number of ``/`` (a template segment matches one segment), in order.
        self.templated: dict[int, list[tuple[re.Pattern[str], Route]]] = {}
        for template in sorted(spec.paths, key=_sort_key):
            ops = spec.paths[template]
            route = Route(template, ops, {m: RequestValidator(op, cache) for m, op in ops.items()})
            if "{" in template:
                self.templated.setdefault(template.count("/"), []).append((_regex(template), route))
            else:
                self.literal[template] = route

    def match(self, path: str) -> tuple[Route, dict[str, str]] | None:
        route = self.literal.get(path)
        if route is not None:
            return route, {}
        for regex, route in self.templated.get(path.count("/"), ()):
            found = regex.match(path)
            if found:
                return route, found.groupdict()
        return None
